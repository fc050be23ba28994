package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba score FILE [--format text|json]} and {@code aba score --ndjson FILE|-}. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Scores an assessment under the rules aba-score-1.",
        "With --ndjson, reads one assessment per line and writes one score report per line; an invalid"
            + " line gives {\"line\": N, \"valid\": false, \"issues\": [...]} and scoring goes on."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:scored",
        "1:the assessment (or an NDJSON line) is not valid, or the file cannot be read",
        "2:usage error"})
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", converter = Arguments.InputFile.class, description = "an assessment (JSON); - reads standard input")
  String file = "-";

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (a readable table, the default) or json (the score-report contract)")
  @Nullable Format format;

  @Option(names = "--ndjson", description = "read one assessment per line, write one JSON report per line")
  boolean ndjson;

  @Option(names = "--progress", negatable = true,
      description = "with --ndjson: draw a progress bar on standard error (--no-progress: never);"
          + " by default only when standard error is a terminal")
  @Nullable Boolean progress;

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    CommandLine commandLine = Commands.spec(spec).commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    if (ndjson) {
      if (format == Format.text) {
        throw new CommandLine.ParameterException(commandLine,
            "--ndjson writes JSON lines: --format text cannot be combined with it");
      }
      return ndjson(tool, out, err);
    }
    Assessment assessment = Commands.assessment(tool, err, file);
    Scorer scorer = tool.scorer();
    ScoreReport report = scorer.score(assessment);
    if (format == Format.json) {
      out.println(tool.documents().writePretty(report));
    } else {
      Framework framework = scorer.getRegistry().find(report.getFramework()).orElseThrow();
      out.print(TextFormat.score(report, framework));
    }
    return 0;
  }

  private int ndjson(Aba tool, PrintWriter out, PrintWriter err) {
    Documents documents = tool.documents();
    Scorer scorer = tool.scorer();
    long invalid = 0;
    long lines = 0;
    Inputs.Counting counting = new Inputs.Counting(Inputs.open(file, tool.stdin()));
    boolean draw = progress != null ? progress : tool.isTerminal();
    ProgressBar bar = draw ? new ProgressBar(err, Inputs.size(file)) : null;
    try (InputStream in = counting) {
      Iterator<Documents.Line> reader = documents.readAssessmentLines(in);
      while (reader.hasNext()) {
        Documents.Line line = reader.next();
        lines++;
        Loaded<Assessment> result = line.result();
        if (result.isValid()) {
          out.println(documents.write(scorer.score(result.document().orElseThrow())));
        } else {
          invalid++;
          out.println(documents.invalidLine(line.number(), result.issues()));
        }
        if (bar != null) {
          bar.update(lines, counting.count());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // UncheckedIOException's constructor requires its cause, so getCause() is never null
      IOException cause = e instanceof IOException ? (IOException) e
          : Objects.requireNonNull(((UncheckedIOException) e).getCause());
      out.flush();
      throw new UserException(file + ": " + Inputs.describe(cause) + " after " + lines + " lines");
    }
    out.flush();
    if (bar != null) {
      bar.finish(lines, counting.count());
    }
    if (invalid > 0) {
      err.println("aba score: " + invalid + " of " + lines + (lines == 1 ? " line is" : " lines are")
          + " not valid assessments");
      return 1;
    }
    return 0;
  }
}
