package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.files.SafeFiles;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.Plans;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba plan new ASSESSMENT [--starts YYYY-MM-DD] [--out FILE]}. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
        "Drafts a 100-day challenge from an assessment, as plan JSON.",
        "100 days from the start, a mid-point review on day 50, the assessment's participants as"
            + " the team, and as goals the weakest assessed actions (at most 3), each one level up,"
            + " with the framework's next steps as dated steps. Edit the draft with the team;"
            + " 'aba validate' checks it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:drafted",
        "1:the assessment is not valid or cannot be read, --starts is before the assessment, or"
            + " FILE exists or cannot be written",
        "2:usage error, including a malformed date"})
final class PlanNewCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable PlanCommand plan;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "the assessment the plan starts from (JSON; - reads standard input), or"
          + " assessments of one area (files, NDJSON, folders): the latest is used")
  List<String> inputs = List.of();

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Option(names = "--starts", paramLabel = "YYYY-MM-DD", converter = Arguments.Day.class,
      description = "the challenge's first day, on or after the assessment (default: the day after"
          + " the assessment)")
  @Nullable LocalDate starts;

  @Option(names = "--out", paramLabel = "FILE", converter = Arguments.OutputFile.class,
      description = "write the plan to FILE, a new file (an existing one is never replaced);"
          + " default: standard output")
  @Nullable Path out;

  @Override
  public Integer call() {
    Aba tool = PlanCommand.tool(plan);
    CommandLine commandLine = Commands.spec(spec).commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    frameworks.apply(tool, err);
    List<Assessment> assessments = inputs.size() == 1 && !Sources.isFolder(inputs.get(0))
        ? List.of(Commands.assessment(tool, err, inputs.get(0)))
        : Commands.oneArea(tool, err, "aba plan new", inputs, 1);
    Assessment from = assessments.get(assessments.size() - 1);
    LocalDate start = starts != null ? starts : from.getAssessedOn().plusDays(1);
    if (start.isBefore(from.getAssessedOn())) {
      throw new UserException("--starts " + start + " is before the assessment ("
          + from.getAssessedOn() + "): a plan starts on or after the assessment it starts from");
    }
    if (start.isAfter(LocalDate.parse(Plans.LAST_DAY).minusDays(Plan.HUNDRED_DAYS - 1L))) {
      throw new UserException("a 100-day challenge from " + start + " would end after "
          + Plans.LAST_DAY + ", the last date a document can hold; give an earlier --starts");
    }
    Plan draft = Plans.draft(from, tool.scorer(), start);
    String json = tool.documents().writePretty(draft) + "\n";
    if (out == null) {
      stdout.print(json);
    } else {
      stdout.println(TextFormat.safe(write(json, out).toString()));
    }
    stdout.flush();
    if (draft.getGoals().isEmpty()) {
      err.println(Aba.name(commandLine) + ": note: the draft has no goals (every assessed action is"
          + " at 4, or none is assessed); add them with the team");
    }
    return 0;
  }

  /** Writes the plan as a new file through {@link SafeFiles}: whole or not at all, never replacing. */
  private static Path write(String json, Path file) {
    Path parent = file.getParent();
    Path dir = parent == null ? Path.of(".") : parent;
    try {
      List<Path> written = SafeFiles.in(dir).newFilesOnly()
          .add(file.getFileName().toString(), json).commit();
      return parent == null ? file : written.get(0);
    } catch (IOException e) {
      throw new UserException(String.valueOf(e.getMessage()));
    }
  }
}
