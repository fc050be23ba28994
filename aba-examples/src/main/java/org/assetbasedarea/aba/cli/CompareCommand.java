package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba compare EARLIER LATER [--format text|json]}. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
        "Shows the progress of one area between two assessments.",
        "Per action the change in effective rating; per grouping and overall the change in percentage"
            + " and the direction of the band."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:compared",
        "1:an assessment is not valid or cannot be read, or the two are not comparable (another area,"
            + " framework or rule set, or EARLIER dated after LATER)",
        "2:usage error"})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EARLIER", converter = Arguments.InputFile.class, description = "the earlier assessment (JSON)")
  String earlier = "";

  @Parameters(index = "1", paramLabel = "LATER", converter = Arguments.InputFile.class, description = "the later assessment (JSON)")
  String later = "";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (the default) or json (the progress contract)")
  Format format = Format.text;

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter out = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    Assessment first = Commands.assessment(tool, err, earlier);
    Assessment second = Commands.assessment(tool, err, later);
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
