package org.assetbasedarea.aba.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Research across many areas and years: scores every assessment in a folder and writes a tidy
 * CSV, one row per area, assessment and action (actions not assessed included, with empty
 * ratings), sorted by area code, assessment date, framework and then framework order.
 *
 * <pre>{@code
 * java -cp aba.jar org.assetbasedarea.aba.examples.ResearchExample assessments/ scores.csv
 * }</pre>
 */
public final class ResearchExample {
  /** The CSV columns, in order. */
  public static final List<String> COLUMNS = List.of("area_code", "area_name", "assessed_on",
      "framework", "rules", "action", "grouping", "rating", "effective_rating", "caps",
      "grouping_percentage", "overall_percentage", "overall_band", "status");

  private ResearchExample() {}

  /**
   * Scores a folder's assessments ({@code *.json}, not recursive) and writes the CSV.
   *
   * @param args the folder, then the CSV file (standard output when absent)
   * @throws IOException when the folder or the CSV cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ResearchExample FOLDER [CSV]");
      System.exit(2);
      return;
    }
    List<ScoreReport> reports = scoreFolder(Path.of(args[0]), System.err);
    if (args.length == 2) {
      try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
        write(reports, out);
      }
    } else {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      write(reports, out);
      out.flush();
    }
  }

  /**
   * Reads and scores every {@code .json} file of a folder that is a valid assessment; files that
   * are not are named on {@code log} with their first issue and skipped.
   *
   * @param folder the folder
   * @param log where to name skipped files
   * @return the reports, sorted by area code, date and framework
   * @throws IOException when the folder cannot be listed or a file cannot be read
   */
  public static List<ScoreReport> scoreFolder(Path folder, PrintStream log) throws IOException {
    AbaJson json = AbaJson.standard();
    Scorer scorer = Scorer.standard();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<ScoreReport> reports = new ArrayList<>();
    for (Path file : files) {
      ReadResult<Assessment> read = json.read(Files.readAllBytes(file), DocumentType.ASSESSMENT);
      if (read.isValid()) {
        reports.add(scorer.score(read.getDocument().orElseThrow()));
      } else {
        log.println("skipped " + file.getFileName() + ": " + read.getIssues().get(0));
      }
    }
    reports.sort(Comparator.comparing((ScoreReport r) -> r.getArea().getCode())
        .thenComparing(ScoreReport::getAssessedOn)
        .thenComparing(ScoreReport::getFramework)
        .thenComparing(r -> r.getArea().getName()));
    return reports;
  }

  /**
   * Writes the tidy CSV (RFC 4180, header first) of reports in the order given.
   *
   * @param reports score reports
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(List<ScoreReport> reports, Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0])).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (ScoreReport report : reports) {
        Framework framework = Scorer.standard().getRegistry().find(report.getFramework()).orElseThrow();
        for (Action action : framework.getActions()) {
          Optional<ActionScore> score = report.findAction(action.getId());
          List<String> caps = new ArrayList<>();
          score.ifPresent(s -> s.getCaps().forEach((Cap cap) -> caps.add(cap.name())));
          csv.printRecord(
              report.getArea().getCode(),
              report.getArea().getName(),
              report.getAssessedOn(),
              report.getFramework(),
              report.getRules(),
              action.getId(),
              action.getGrouping(),
              score.map(s -> String.valueOf(s.getRating())).orElse(""),
              score.map(s -> String.valueOf(s.getEffectiveRating())).orElse(""),
              String.join(";", caps),
              report.findGrouping(action.getGrouping()).flatMap(GroupingScore::getPercentage)
                  .map(BigDecimal::toPlainString).orElse(""),
              report.getOverall().getPercentage().map(BigDecimal::toPlainString).orElse(""),
              report.getOverall().getBand().map(Enum::name).orElse(""),
              report.getStatus().name());
        }
      }
    }
  }
}
