package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.network.NetworkAccumulator;
import org.assetbasedarea.aba.network.NetworkInputException;
import org.assetbasedarea.aba.network.NetworkView;
import org.assetbasedarea.aba.network.PeerGroups;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.report.NetworkReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba network INPUT... --out DIR}. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the network view of many areas: network.html, network.json and CSV files.",
        "INPUTs are assessments and outcome data (JSON), or NDJSON files of assessments (*.ndjson,"
            + " and - for standard input), of one framework. Comparisons (heatmap of effective"
            + " ratings, spread, positions, weakest and most improved actions, change over the"
            + " years) are published only for groups of at least the minimum size; smaller peer"
            + " groups are pooled or withheld. Nothing is written unless every input is valid."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:written",
        "1:an input is not valid or cannot be read, the inputs cannot make one network, or the"
            + " output cannot be written",
        "2:usage error"})
final class NetworkCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "assessments and outcome data (JSON), NDJSON files of assessments (*.ndjson);"
          + " - reads NDJSON assessments from standard input")
  List<String> inputs = List.of();

  @Option(names = "--out", required = true, paramLabel = "DIR", converter = Arguments.OutputDirectory.class,
      description = "the output directory; created when missing")
  Path out = Path.of("aba-network");

  @Option(names = "--groups", paramLabel = "FILE", converter = Arguments.InputFile.class,
      description = "peer groups as CSV with the header area,group (default: by the kind of"
          + " authority the GSS code names: E06 to E10, other areas)")
  @Nullable String groups;

  @Option(names = "--min-group-size", paramLabel = "N",
      description = "the smallest group a comparison is published for: 5 (the default) or more")
  int minGroupSize = NetworkView.MIN_GROUP_SIZE;

  @Option(names = "--disclosure", paramLabel = "POLICY", defaultValue = "ascof",
      converter = Arguments.Disclosure.class,
      description = "the disclosure policy of published outcome figures: ascof (default) or"
          + " nhs-small-numbers")
  DisclosurePolicy disclosure = DisclosurePolicy.ASCOF;

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    CommandLine commandLine = Commands.spec(spec).commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter err = commandLine.getErr();
    if (minGroupSize < NetworkView.MIN_GROUP_SIZE) {
      throw new CommandLine.ParameterException(commandLine, "--min-group-size must be at least "
          + NetworkView.MIN_GROUP_SIZE + " (a comparison of fewer areas could disclose one), not " + minGroupSize);
    }
    PeerGroups peerGroups = PeerGroups.gss();
    int failed = 0;
    if (groups != null) {
      try {
        peerGroups = PeerGroups.fromCsv(
            new String(Inputs.read(groups, tool.stdin()), StandardCharsets.UTF_8), groups);
      } catch (UserException e) {
        err.println("aba network: " + TextFormat.safe(String.valueOf(e.getMessage())));
        failed++;
      } catch (NetworkInputException e) {
        for (String problem : e.getProblems()) {
          err.println("aba network: " + TextFormat.safe(problem));
        }
        failed++;
      }
    }
    Scorer scorer = tool.scorer();
    NetworkAccumulator network = new NetworkAccumulator(scorer.getRegistry());
    long invalidLines = 0;
    for (String input : inputs) {
      if (input.equals("-") || input.endsWith(".ndjson")) {
        long invalid = ndjson(tool, err, input, scorer, network);
        if (invalid != 0) {
          invalidLines += Math.max(invalid, 0);
          failed++;
        }
      } else if (!document(tool, err, input, scorer, network)) {
        failed++;
      }
    }
    if (failed > 0) {
      throw new UserException(failed + (failed == 1 ? " input is" : " inputs are") + " not valid"
          + (invalidLines > 0 ? " (" + invalidLines + (invalidLines == 1 ? " invalid line" : " invalid lines") + ")" : "")
          + "; nothing was written");
    }
    NetworkView view;
    try {
      view = network.finish(peerGroups, minGroupSize);
    } catch (NetworkInputException e) {
      for (String problem : e.getProblems()) {
        err.println("aba network: " + TextFormat.safe(problem));
      }
      int n = e.getProblems().size();
      throw new UserException(n + (n == 1 ? " problem" : " problems") + " in the inputs; nothing was written");
    }
    List<Path> written;
    try {
      written = NetworkReport.write(view, out);
    } catch (IOException e) {
      throw new UserException(String.valueOf(e.getMessage()));
    }
    for (Path path : written) {
      stdout.println(TextFormat.safe(path.toString()));
    }
    return 0;
  }

  /** Reads an NDJSON file of assessments; returns its invalid lines, or -1 when it cannot be read. */
  private long ndjson(Aba tool, PrintWriter err, String input, Scorer scorer, NetworkAccumulator network) {
    long invalid = 0;
    long lines = 0;
    try (InputStream in = Inputs.open(input, tool.stdin())) {
      Iterator<Documents.Line> reader = tool.documents().readAssessmentLines(in);
      while (reader.hasNext()) {
        Documents.Line line = reader.next();
        lines++;
        Loaded<Assessment> result = line.result();
        if (result.isValid()) {
          network.add(scorer.score(result.document().orElseThrow()), input, line.number());
        } else {
          invalid++;
          Output.issues(err, input + ":" + line.number(), result.issues());
        }
      }
    } catch (UserException e) {
      err.println("aba network: " + TextFormat.safe(String.valueOf(e.getMessage())));
      return -1;
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof IOException ? (IOException) e
          : Objects.requireNonNull(((UncheckedIOException) e).getCause());
      err.println("aba network: " + TextFormat.safe(input + ": " + Inputs.describe(cause) + " after "
          + lines + " lines"));
      return -1;
    }
    return invalid;
  }

  /** Reads one JSON document; returns whether it was valid and of a kind the network takes. */
  private boolean document(Aba tool, PrintWriter err, String input, Scorer scorer, NetworkAccumulator network) {
    Loaded<Documents.Document> loaded;
    try {
      loaded = tool.documents().read(Inputs.read(input, tool.stdin()));
    } catch (UserException e) {
      err.println("aba network: " + TextFormat.safe(String.valueOf(e.getMessage())));
      return false;
    }
    if (!loaded.isValid()) {
      Output.issues(err, input, loaded.issues());
      return false;
    }
    Documents.Document document = loaded.document().orElseThrow();
    switch (document.kind()) {
      case ASSESSMENT:
        network.add(scorer.score((Assessment) document.value()), input, 0);
        return true;
      case OUTCOME_DATA:
        OutcomeData data = (OutcomeData) document.value();
        Framework framework = scorer.getRegistry().find(data.getFramework()).orElse(null);
        if (framework == null) {
          err.println("aba network: " + TextFormat.safe(input + ": framework '" + data.getFramework()
              + "' is not known"));
          return false;
        }
        network.add(Indicators.compute(data, framework, disclosure), input, 0);
        return true;
      default:
        err.println("aba network: " + TextFormat.safe(input) + ": is " + document.kind().phrase()
            + ", not an assessment or outcome data");
        return false;
    }
  }
}
