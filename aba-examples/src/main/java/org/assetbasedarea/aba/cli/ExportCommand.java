package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.files.SafeFiles;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aba export INPUT... --format csv|ndjson --out DIR [--raw] [--disclosure POLICY]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Writes tidy tables for analysis in R, Python, DuckDB or a spreadsheet: actions, groupings,"
            + " overall (one row per area, assessment and action, grouping, or assessment) and outcomes"
            + " (one row per area, period and indicator), with a column dictionary, columns.csv.",
        "INPUTs are assessments and outcome data (JSON), NDJSON files of assessments (*.ndjson, read"
            + " as a stream in bounded memory), folders and -. Outcome figures are the published ones (after"
            + " disclosure control) unless --raw is given. Nothing is written unless every input is valid."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:written",
        "1:an input is not valid or cannot be read, or the output cannot be written",
        "2:usage error"})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Aba aba;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", converter = Arguments.InputFile.class,
      description = "assessments and outcome data: JSON files, NDJSON files of assessments (*.ndjson),"
          + " folders (searched for both), - for standard input")
  List<String> inputs = List.of();

  @Mixin
  FrameworkOptions frameworks = new FrameworkOptions();

  @Option(names = "--ndjson", description = "read each file named, and standard input, as NDJSON"
      + " (one assessment per line) whatever its name")
  boolean ndjson;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (RFC 4180 with a header row, the default) or ndjson (one JSON object per row)")
  TableWriter.Kind format = TableWriter.Kind.csv;

  @Option(names = "--out", required = true, paramLabel = "DIR", converter = Arguments.OutputDirectory.class,
      description = "the output directory; created when missing")
  Path out = Path.of("aba-export");

  @Option(names = "--raw",
      description = "add the raw outcome figures (not rounded, never suppressed): every file is then"
          + " named *-raw.* and every row says not_for_publication = true")
  boolean raw;

  @Mixin
  DisclosureOption disclosure = new DisclosureOption();

  @Override
  public Integer call() {
    Aba tool = Commands.tool(aba);
    PrintWriter stdout = Commands.spec(spec).commandLine().getOut();
    PrintWriter err = Commands.spec(spec).commandLine().getErr();
    frameworks.apply(tool, err);
    List<Path> written;
    try (SafeFiles files = SafeFiles.in(out)) {
      files.add(ExportTable.dictionaryFileName(raw), dictionary(raw));
      Map<ExportTable, TableWriter> tables = new EnumMap<>(ExportTable.class);
      boolean complete = false;
      try {
        for (ExportTable table : ExportTable.values()) {
          tables.put(table, TableWriter.of(format, files.writer(table.fileName(raw, format.name())),
              table.columns(raw), tool.documents()));
        }
        Export export = new Export(tool, err, tables);
        try (InputDocuments items = new InputDocuments(tool.documents(), tool.stdin(),
            Sources.expand(inputs, ndjson))) {
          while (items.hasNext()) {
            export.read(items.next());
          }
        }
        if (export.failed > 0) {
          throw new UserException(export.failed + (export.failed == 1 ? " input is" : " inputs are")
              + " not valid; nothing was written");
        }
        export.refuseDuplicates();
        export.writeOutcomes();
        for (TableWriter writer : tables.values()) {
          writer.close();
        }
        complete = true;
      } finally {
        if (!complete) {
          tables.values().forEach(ExportCommand::closeQuietly);
        }
      }
      written = files.commit();
    } catch (IOException e) {
      throw new UserException(String.valueOf(e.getMessage()));
    }
    for (Path path : written) {
      stdout.println(TextFormat.safe(path.toString()));
    }
    return 0;
  }

  /** Closes a table after a failure; the transaction is abandoned (by then, or by its close) either way. */
  private static void closeQuietly(TableWriter writer) {
    try {
      writer.close();
    } catch (IOException e) {
      // the failure that got here is the one to report; nothing of this run is kept
    }
  }

  /** The column dictionary as CSV: table, column, type, unit, description. */
  static String dictionary(boolean raw) throws IOException {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
        .setHeader(ExportTable.DICTIONARY_HEADER.toArray(String[]::new)).get())) {
      for (List<String> row : ExportTable.dictionary(raw)) {
        printer.printRecord(row);
      }
    }
    return text.toString();
  }

  /** An area's assessment dates as epoch days: four bytes an assessment. */
  private static final class Days {
    private int[] days = new int[4];
    private int size;

    void add(int day) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
      }
      days[size++] = day;
    }

    /** Each day that occurs more than once, once per extra occurrence. */
    List<Integer> repeated() {
      int[] sorted = Arrays.copyOf(days, size);
      Arrays.sort(sorted);
      List<Integer> repeated = new ArrayList<>();
      for (int i = 1; i < sorted.length; i++) {
        if (sorted[i] == sorted[i - 1]) {
          repeated.add(sorted[i]);
        }
      }
      return repeated;
    }
  }

  /** One run: reads inputs, writes the score tables' rows as assessments come, keeps outcome reports. */
  private final class Export {
    private final PrintWriter err;
    private final Scorer scorer;
    private final ExportRows rows;
    private final ExportRows.Sink sink;
    /** Outcome reports by area code and framework, in input order: outcome documents are few. */
    private final Map<String, List<OutcomeReport>> outcomes = new TreeMap<>();
    /** Each area's assessment dates (per framework), to refuse one assessment counted twice. */
    private final Map<String, Days> dates = new TreeMap<>();
    int failed;

    /**
     * Fails the run when an area has two assessments of one date (under one framework) or two
     * outcome data of one period: the same file given twice under two names, or a folder and a
     * copy, would count them twice in every analysis. Names up to ten, and how many.
     */
    void refuseDuplicates() {
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, Days> entry : dates.entrySet()) {
        for (int day : entry.getValue().repeated()) {
          found.add("area " + entry.getKey() + " has two assessments of "
              + LocalDate.ofEpochDay(day));
        }
      }
      for (Map.Entry<String, List<OutcomeReport>> entry : outcomes.entrySet()) {
        Set<Period> periods = new HashSet<>();
        for (OutcomeReport report : entry.getValue()) {
          if (!periods.add(report.getPeriod())) {
            found.add("area " + report.getArea().getCode() + " (" + report.getFramework()
                + ") has two outcome data for " + report.getPeriod().getStart() + " to "
                + report.getPeriod().getEnd());
          }
        }
      }
      if (found.isEmpty()) {
        return;
      }
      for (String line : found.subList(0, Math.min(10, found.size()))) {
        err.println("aba export: " + TextFormat.safe(line));
      }
      if (found.size() > 10) {
        err.println("aba export: and " + (found.size() - 10) + " more");
      }
      throw new UserException(found.size() + (found.size() == 1 ? " document is" : " documents are")
          + " given twice; keep one of each; nothing was written");
    }

    Export(Aba tool, PrintWriter err, Map<ExportTable, TableWriter> tables) {
      this.err = err;
      this.scorer = tool.scorer();
      this.rows = new ExportRows(raw);
      this.sink = (table, values) -> Objects.requireNonNull(tables.get(table)).write(values);
    }

    /** One document: its rows written (an assessment) or its report kept (outcome data), or its issues listed. */
    void read(InputDocuments.Item item) throws IOException {
      Loaded<Documents.Document> result = item.result();
      if (result == null) {
        err.println("aba export: " + TextFormat.safe(item.problemMessage()));
        failed++;
        return;
      }
      if (!result.isValid()) {
        Output.issues(err, item.where(), result.issues());
        failed++;
        return;
      }
      Documents.Document document = result.document().orElseThrow();
      switch (document.kind()) {
        case ASSESSMENT:
          assessment((Assessment) document.value());
          break;
        case OUTCOME_DATA:
          outcomeData((OutcomeData) document.value());
          break;
        default:
          // a folder of an area's documents holds plans too: not a table, not an error
          err.println("aba export: " + TextFormat.safe(item.where()) + ": skipped (" + document.kind().phrase()
              + " is not exported)");
      }
    }

    private void assessment(Assessment assessment) throws IOException {
      if (failed > 0) {
        return; // nothing will be written: only the issues of the remaining inputs matter
      }
      dates.computeIfAbsent(assessment.getArea().getCode() + " (" + assessment.getFramework() + ")",
          k -> new Days()).add((int) assessment.getAssessedOn().toEpochDay());
      ScoreReport report = scorer.score(assessment);
      rows.assessment(assessment, report, framework(report.getFramework()), sink);
    }

    /** Valid outcome data, read and checked by the reader: computing them cannot fail. */
    private void outcomeData(OutcomeData data) {
      OutcomeReport report = Indicators.compute(data, framework(data.getFramework()), disclosure.policy);
      outcomes.computeIfAbsent(report.getArea().getCode() + " " + report.getFramework(), k -> new ArrayList<>())
          .add(report);
    }

    /** A document's framework: known, since the reader refused any other (UNKNOWN_FRAMEWORK). */
    private Framework framework(String id) {
      return scorer.getRegistry().find(id).orElseThrow();
    }

    /**
     * The outcome table, by area and framework, then period: each report compared with the area's
     * previous period when the library can compare them (the earlier period ends before the later
     * starts; one policy), as {@code aba report} does.
     */
    void writeOutcomes() throws IOException {
      for (List<OutcomeReport> reports : outcomes.values()) {
        reports.sort(Comparator.comparing((OutcomeReport r) -> r.getPeriod().getStart())
            .thenComparing(r -> r.getPeriod().getEnd()));
        for (int i = 0; i < reports.size(); i++) {
          OutcomeReport report = reports.get(i);
          OutcomeReport earlier = i == 0 ? null : reports.get(i - 1);
          if (earlier != null) {
            try {
              report = Indicators.compare(earlier, report);
            } catch (IllegalArgumentException e) {
              earlier = null; // overlapping periods: no change between them
            }
          }
          rows.outcomes(report, earlier, framework(report.getFramework()), sink);
        }
      }
    }
  }
}
