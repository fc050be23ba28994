package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba compare INPUT... [--format text|json]}. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
        "Shows the progress of one area from its earliest to its latest assessment among the inputs.",
        "Per action the change in effective rating; per grouping and overall the change in percentage"
            + " and the direction of the band."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:compared",
        "1:an input is not valid or cannot be read, fewer than two assessments, assessments of"
            + " several areas or two of one date, or not comparable (another framework or rule set)",
        "2:usage error"})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "assessments of one area (JSON or NDJSON files, folders, - for standard input);"
          + " the earliest and the latest by date are compared")
  List<String> inputs = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json (the progress contract)")
  Format format = Format.text;

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter out = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    frameworks.apply(tool, err);
    List<Assessment> assessments = Commands.oneArea(tool, err, "aba compare", inputs, 2);
    Assessment first = assessments.get(0);
    Assessment second = assessments.get(assessments.size() - 1);
    Scorer scorer = tool.scorer();
    Progress progress;
    try {
      progress = scorer.progress(scorer.score(first), scorer.score(second));
    } catch (NotComparableException e) {
      throw new UserException("not comparable: " + e.getMessage());
    }
    if (format == Format.json) {
      out.println(tool.documents().writePretty(progress));
    } else {
      out.print(TextFormat.progress(progress));
    }
    return 0;
  }
}
