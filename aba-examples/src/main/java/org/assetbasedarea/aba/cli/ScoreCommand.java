package org.assetbasedarea.aba.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.scoring.ScoreReport;
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

/** {@code aba score [INPUT...] [--format text|json]} and {@code aba score --ndjson INPUT...}. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
        "Scores assessments under the rules aba-score-1.",
        "One FILE gives one report (json: the score-report object); several inputs, a folder or"
            + " NDJSON give one report each (json: an array of them), in input order.",
        "With --ndjson, writes one compact score report per line (files named and standard input are"
            + " read one assessment per line); an invalid document gives {\"file\": F, \"line\": N,"
            + " \"valid\": false, \"issues\": [...]} and scoring goes on."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:scored",
        "1:an assessment (or an NDJSON line) is not valid, or an input cannot be read",
        "2:usage error"})
final class ScoreCommand implements Callable<Integer> {
  /** The most threads {@code --threads} takes. */
  static final int MAX_THREADS = 256;

  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "assessments: JSON files, NDJSON files (*.ndjson), folders (searched for both);"
          + " - or nothing reads standard input")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (a readable table, the default) or json (the score-report contract)")
  @Nullable Format format;

  @Option(names = "--ndjson", description = "write one JSON report per line; read each file named,"
      + " and standard input, one assessment per line")
  boolean ndjson;

  @Option(names = "--progress", negatable = true,
      description = "with --ndjson: draw a progress bar on standard error (--no-progress: never);"
          + " by default only when standard error is a terminal")
  @Nullable Boolean progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "with --ndjson: read and score lines on N threads (default: one per processor)"
          + "; reports still come in input order")
  @Nullable Integer threads;

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    CommandLine commandLine = Commands.spec(spec).commandLine();
    if (ndjson && format == Format.text) {
      throw new CommandLine.ParameterException(commandLine,
          "--ndjson writes JSON lines: --format text cannot be combined with it");
    }
    if (threads != null && !ndjson) {
      throw new CommandLine.ParameterException(commandLine, "--threads works with --ndjson only");
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new CommandLine.ParameterException(commandLine,
          "--threads must be from 1 to " + MAX_THREADS + ", not " + threads);
    }
    return run(tool, commandLine.getOut(), commandLine.getErr());
  }

  /**
   * Whether these arguments are {@code score FILE} and nothing else, read by picocli in one way
   * only: the file is its one positional parameter, as {@link Arguments.InputFile} accepts it (not
   * blank), and no option ({@code -}...), argument file ({@code @}...) or picocli system property
   * (such as {@code picocli.trace}) can change that. {@link Aba#scoreWithoutPicocli} runs them.
   */
  static boolean isPlain(String... args) {
    if (args.length != 2 || !args[0].equals("score") || args[1].isBlank()
        || args[1].startsWith("-") || args[1].startsWith("@")) {
      return false;
    }
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return false;
      }
    }
    return true;
  }

  /** Scores as the fields say, writing to these streams; returns the exit code. */
  int run(Aba tool, PrintWriter out, PrintWriter err) {
    frameworks.apply(tool, err);
    List<Sources.Source> sources = Sources.expand(inputs.isEmpty() ? List.of("-") : inputs, ndjson);
    // one file named (or standard input): one report, and the messages of a one-file command
    boolean single = !ndjson && inputs.size() <= 1 && sources.size() == 1
        && !sources.get(0).lines() && sources.get(0).name().equals(inputs.isEmpty() ? "-" : inputs.get(0));
    Documents documents = tool.documents();
    Scorer scorer = tool.scorer();
    boolean draw = ndjson && (progress != null ? progress : tool.isTerminal());
    ProgressBar bar = draw ? new ProgressBar(err, Sources.size(sources)) : null;
    long read = 0;
    long invalid = 0;
    long written = 0;
    Format shown = format == null ? Format.text : format;
    boolean array = !ndjson && !single && shown == Format.json;
    if (array) {
      out.print("[");
    }
    // --ndjson: every report or invalid-line answer is made, as UTF-8 bytes, on a worker thread
    // (InputDocuments.prepare); this thread writes them out in input order
    PrintStream lineOut = ndjson ? tool.stdoutBytes(out) : null;
    byte[] newline = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
    try (InputDocuments items = new InputDocuments(documents, tool.stdin(), sources)) {
      if (ndjson) {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        items.prepare(workers, item -> answer(documents, scorer, item));
      }
      while (items.hasNext()) {
        InputDocuments.Item item = items.next();
        Loaded<Documents.Document> result = item.result();
        read++;
        if (single) {
          result = Commands.require(result, item, Documents.Kind.ASSESSMENT, err);
        }
        if (result == null) {
          flush(out, lineOut);
          err.println("aba score: " + TextFormat.safe(item.problemMessage()));
          invalid++;
          continue;
        }
        List<Issue> issues = result.issues();
        if (result.isValid() && result.document().orElseThrow().kind() != Documents.Kind.ASSESSMENT) {
          issues = List.of();
          flush(out, lineOut);
          err.println("aba score: " + TextFormat.safe(item.where()) + ": is "
              + result.document().orElseThrow().kind().phrase() + ", not an assessment");
          invalid++;
        } else if (!result.isValid()) {
          invalid++;
          if (lineOut != null) {
            lineOut.writeBytes((byte[]) Objects.requireNonNull(item.prepared()));
            lineOut.writeBytes(newline);
          } else {
            out.flush();
            Output.issues(err, item.where(), issues);
          }
        } else if (lineOut != null) {
          lineOut.writeBytes((byte[]) Objects.requireNonNull(item.prepared()));
          lineOut.writeBytes(newline);
          written++;
        } else {
          ScoreReport report = scorer.score((Assessment) result.document().orElseThrow().value());
          if (shown == Format.json) {
            out.print(array ? (written == 0 ? "\n" : ",\n") + documents.write(report)
                : documents.writePretty(report) + "\n");
          } else {
            StringBuilder text = new StringBuilder(2048);
            if (!single) {
              TextWrap.wrap(text.append(written == 0 ? "" : "\n"), "== ", "   ", TextFormat.safe(item.where()));
            }
            out.print(text.append(TextFormat.score(report)));
          }
          written++;
        }
        if (bar != null) {
          bar.update(read, items.bytesRead());
        }
      }
      if (bar != null) {
        bar.finish(read, items.bytesRead());
      }
    } finally {
      if (lineOut != null) {
        lineOut.flush(); // what was written before a failure, too
      }
    }
    if (array) {
      out.println(written == 0 ? "]" : "\n]");
    }
    flush(out, lineOut);
    if (invalid > 0) {
      boolean lines = sources.stream().allMatch(Sources.Source::lines);
      err.println("aba score: " + invalid + " of " + read + " " + (lines ? "line" : "input")
          + (read == 1 ? " is" : "s are") + " not valid assessments");
      return 1;
    }
    return 0;
  }

  /**
   * What {@code --ndjson} writes for an item, as UTF-8 bytes without the line end: the compact
   * report of a valid assessment, the invalid-line object of one with issues. Nothing for a
   * problem or a document that is not an assessment (the command says so on standard error).
   * Runs on a worker thread: the documents and the scorer are thread-safe.
   */
  private static InputDocuments.Item answer(Documents documents, Scorer scorer,
      InputDocuments.Item item) {
    Loaded<Documents.Document> result = item.result();
    if (result == null) {
      return item;
    }
    if (!result.isValid()) {
      return item.prepared(documents.invalidLineBytes(item.source().name(), item.line(),
          result.issues()));
    }
    Documents.Document document = result.document().orElseThrow();
    if (document.kind() != Documents.Kind.ASSESSMENT) {
      return item;
    }
    return item.prepared(documents.writeBytes(scorer.score((Assessment) document.value())));
  }

  private static void flush(PrintWriter out, @Nullable PrintStream lines) {
    if (lines != null) {
      lines.flush();
    }
    out.flush();
  }
}
