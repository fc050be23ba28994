package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanReview;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code aba plan status PLAN [ASSESSMENT] [--baseline FILE] [--today YYYY-MM-DD] [--format
 * text|json]}.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
        "Shows where a plan stands: its dates and the day it has reached, its team, goals and"
            + " steps, and its check-ins by date.",
        "With ASSESSMENT, a later assessment of the same area and framework, also each goal's later"
            + " rating, its result (met, partly met, not met, not assessed) and its progress,"
            + " (later - baseline) / (target - baseline)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:shown",
        "1:the plan or an assessment is not valid or cannot be read, the plan does not match its"
            + " --baseline assessment, or the assessment cannot judge the plan (another area or"
            + " framework, or not made after the plan's baseline)",
        "2:usage error, including a malformed --today"})
final class PlanStatusCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable PlanCommand plan;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAN", converter = Arguments.InputFile.class,
      description = "the plan (JSON); - reads standard input")
  String planFile = "-";

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "ASSESSMENT",
      converter = Arguments.InputFile.class,
      description = "a later assessment of the area (JSON) to judge the plan by; with several"
          + " (files, NDJSON, folders), the latest")
  List<String> assessmentFiles = new ArrayList<>();

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Option(names = "--baseline", paramLabel = "FILE", converter = Arguments.InputFile.class,
      description = "the assessment the plan starts from (JSON): the plan's baselines are checked"
          + " against it (area, framework, date, each goal's effective rating)")
  @Nullable String baselineFile;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = Arguments.Day.class,
      description = "the day to count from (default: today's date)")
  @Nullable LocalDate today;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json (an object with the day, the plan and the review)")
  Format format = Format.text;

  @Override
  public Integer call() {
    Aba tool = PlanCommand.tool(plan);
    CommandLine commandLine = Commands.spec(spec).commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    frameworks.apply(tool, err);
    Plan document = Commands.plan(tool, err, planFile);
    Optional<Assessment> later = Optional.empty();
    String assessmentFile = String.join(", ", assessmentFiles);
    if (assessmentFiles.size() == 1 && !Sources.isFolder(assessmentFiles.get(0))) {
      later = Optional.of(Commands.assessment(tool, err, assessmentFiles.get(0)));
    } else if (!assessmentFiles.isEmpty()) {
      List<Assessment> all = Commands.oneArea(tool, err, "aba plan status", assessmentFiles, 1);
      later = Optional.of(all.get(all.size() - 1));
    }
    Scorer scorer = tool.scorer();
    Framework framework = scorer.getRegistry().find(document.getFramework())
        .orElseThrow(() -> new UserException(planFile + ": names framework '"
            + document.getFramework() + "', which the tool does not know"));
    if (baselineFile != null) {
      Assessment baseline = Commands.assessment(tool, err, baselineFile);
      List<Issue> mismatches = Plans.checkBaseline(document, scorer.score(baseline));
      if (!mismatches.isEmpty()) {
        Output.issues(err, planFile, mismatches);
        throw new UserException(planFile + ": does not match the assessment it starts from, "
            + baselineFile + " (" + mismatches.size()
            + (mismatches.size() == 1 ? " issue)" : " issues)"));
      }
    }
    Optional<PlanReview> review = Optional.empty();
    if (later.isPresent()) {
      try {
        review = Optional.of(Plans.review(document, scorer.score(later.get()), framework));
      } catch (NotComparableException e) {
        throw new UserException(assessmentFile + ": " + e.getMessage());
      }
    }
    PlanText.Day day = new PlanText.Day(document, today != null ? today : tool.today());
    if (format == Format.json) {
      out.println(tool.documents().writePrettyObject(PlanText.json(document, framework, day, review)));
    } else {
      out.print(PlanText.status(document, framework, day, review));
    }
    return 0;
  }
}
