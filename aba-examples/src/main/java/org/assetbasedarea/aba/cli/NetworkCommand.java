package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.network.NetworkAccumulator;
import org.assetbasedarea.aba.network.NetworkInputException;
import org.assetbasedarea.aba.network.NetworkView;
import org.assetbasedarea.aba.network.PeerGroups;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.report.NetworkReport;
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

/** {@code aba network INPUT... --out DIR}. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the network view of many areas: network.html, network.json and CSV files.",
        "INPUTs are assessments and outcome data of one framework: JSON files, NDJSON files of"
            + " assessments (*.ndjson, or any file with --ndjson), folders, - for standard input. Comparisons (heatmap of effective"
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
      description = "assessments and outcome data: JSON files, NDJSON files of assessments"
          + " (*.ndjson), folders (searched for both), - for standard input")
  List<String> inputs = List.of();

  @Option(names = "--ndjson", description = "read each file named, and standard input, as NDJSON"
      + " (one assessment per line) whatever its name")
  boolean ndjson;

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

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

  @Mixin
  DisclosureOption disclosure = new DisclosureOption();

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
        peerGroups = PeerGroups.fromCsv(groupsText(groups, tool.stdin()), groups);
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
    frameworks.apply(tool, err);
    Scorer scorer = tool.scorer();
    NetworkAccumulator network = new NetworkAccumulator(scorer.getRegistry());
    long invalid = 0;
    try (InputDocuments items = new InputDocuments(tool.documents(), tool.stdin(),
        Sources.expand(inputs, ndjson))) {
      while (items.hasNext()) {
        InputDocuments.Item item = items.next();
        Loaded<Documents.Document> result = item.result();
        if (result == null) {
          err.println("aba network: " + TextFormat.safe(item.problemMessage()));
          failed++;
        } else if (!result.isValid()) {
          Output.issues(err, item.where(), result.issues());
          invalid++;
        } else {
          add(err, item, result.document().orElseThrow(), scorer, network);
        }
      }
    }
    if (failed > 0 || invalid > 0) {
      long total = failed + invalid;
      throw new UserException(total + (total == 1 ? " input is" : " inputs are") + " not valid"
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

  /**
   * The groups file's text: strictly UTF-8 (a malformed byte is an error, never a U+FFFD in a
   * published group name) and at most {@link Inputs#MAX_BYTES} (never cut at the limit).
   */
  private static String groupsText(String file, InputStream stdin) {
    byte[] bytes = Inputs.read(file, stdin);
    if (bytes.length > Inputs.MAX_BYTES) {
      throw new UserException(file + ": is larger than " + Inputs.MAX_BYTES
          + " bytes; a groups file has one short line per area");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserException(file + ": is not valid UTF-8; save it as UTF-8");
    }
  }

  /**
   * Adds a valid document. Its framework is known: the reader refused any document naming another
   * ({@code UNKNOWN_FRAMEWORK}).
   */
  private void add(PrintWriter err, InputDocuments.Item item, Documents.Document document,
      Scorer scorer, NetworkAccumulator network) {
    String source = item.source().name();
    switch (document.kind()) {
      case ASSESSMENT:
        network.add(scorer.score((Assessment) document.value()), source, item.line());
        break;
      case OUTCOME_DATA:
        OutcomeData data = (OutcomeData) document.value();
        Framework framework = scorer.getRegistry().find(data.getFramework()).orElseThrow();
        network.add(Indicators.compute(data, framework, disclosure.policy), source, item.line());
        break;
      default:
        // an area's folder holds plans too: not part of the view, not an error (as aba export)
        err.println("aba network: " + TextFormat.safe(item.where()) + ": skipped ("
            + document.kind().phrase() + " is not part of the network view)");
    }
  }

}
