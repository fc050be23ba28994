package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.report.AreaReport;
import org.assetbasedarea.aba.report.HtmlReport;
import org.assetbasedarea.aba.report.ReportMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba report INPUT... --out DIR}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a self-contained HTML page per area and an index.html linking them.",
        "FILEs are assessments, outcome data and plans, matched to areas by area code; several"
            + " assessments of one area show its progress over time, and a plan is judged against"
            + " the latest assessment after its baseline. Pages use inline CSS and SVG only: no"
            + " scripts, no network. Nothing is written unless every file is valid."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:written",
        "1:a file is not valid or cannot be read, or the output cannot be written",
        "2:usage error"})
final class ReportCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "assessments, outcome data and plans: JSON files, NDJSON files of assessments,"
          + " folders (searched for both), - for standard input")
  List<String> files = List.of();

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Option(names = "--out", required = true, paramLabel = "DIR", converter = Arguments.OutputDirectory.class,
      description = "the output directory; created when missing")
  Path out = Path.of("aba-report");

  @Mixin
  DisclosureOption disclosure = new DisclosureOption();

  @Mixin
  AnalystOption audience = new AnalystOption();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter stdout = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    frameworks.apply(tool, err);
    List<Assessment> assessments = new ArrayList<>();
    List<OutcomeData> outcomes = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    List<Commands.Found> found;
    try {
      found = Commands.readAll(tool, err, "aba report", files, false);
    } catch (UserException e) {
      throw new UserException(e.getMessage() + "; nothing was written");
    }
    int failed = 0;
    for (Commands.Found f : found) {
      Documents.Document document = f.document();
      switch (document.kind()) {
        case ASSESSMENT:
          assessments.add((Assessment) document.value());
          break;
        case OUTCOME_DATA:
          outcomes.add((OutcomeData) document.value());
          break;
        case PLAN:
          plans.add((Plan) document.value());
          break;
        default:
          err.println("aba report: " + TextFormat.safe(f.where()) + ": is " + document.kind().phrase()
              + ", not an assessment, outcome data or a plan");
          failed++;
      }
    }
    if (failed > 0) {
      throw new UserException(failed + (failed == 1 ? " input is" : " inputs are")
          + " not an assessment, outcome data or a plan; nothing was written");
    }
    List<Path> written =
        write(tool, AreaReport.group(assessments, outcomes, plans, tool.scorer(), disclosure.policy), out,
            audience.mode());
    for (Path path : written) {
      stdout.println(TextFormat.safe(path.toString()));
    }
    return 0;
  }

  /**
   * Writes the report as one {@link org.assetbasedarea.aba.files.SafeFiles} transaction: every
   * page rendered in memory, then all files or none; a failure is a user error (exit 1) whose
   * message names the path and says that nothing was written or changed.
   */
  static List<Path> write(Aba tool, List<AreaReport> areas, Path out, ReportMode mode) {
    try {
      return new HtmlReport(tool.scorer(), mode).write(areas, out);
    } catch (IOException e) {
      throw new UserException(String.valueOf(e.getMessage()));
    }
  }
}
