package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;

/**
 * Generated inputs for the export's tests: assessments of four areas (of four kinds) over five
 * years, most in an NDJSON file and two as JSON files in a folder, and outcome data of three
 * areas, two of them over two periods. Seeded: the same documents every run.
 */
final class ExportFixtures {
  static final List<Area> AREAS = List.of(
      Area.of("E06000001", "Hartlepool, \"the\" town"),
      Area.of("E08000001", "Bolton, north"),
      Area.of("E09000001", "City of London \uD83D\uDE00"),
      Area.of("E10000002", "=Buckinghamshire"));
  static final List<Period> PERIODS = List.of(
      Period.of(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 2, 28)),
      Period.of(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 2, 28)));

  final List<Assessment> assessments = new ArrayList<>();
  final List<OutcomeData> outcomes = new ArrayList<>();
  /** The inputs, in the order given on the command line. */
  final List<String> inputs = new ArrayList<>();

  private ExportFixtures() {}

  /** Writes the inputs under {@code dir}. */
  static ExportFixtures write(Path dir) throws IOException {
    ExportFixtures f = new ExportFixtures();
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    AbaJson json = AbaJson.standard();
    for (int year = 2021; year <= 2025; year++) {
      for (Area area : AREAS) {
        Assessment generated = AssessmentGenerator.validAssessment(random);
        f.assessments.add(Assessment.builder().from(generated).area(area)
            .assessedOn(LocalDate.of(year, 3, 31)).build());
      }
    }
    StringBuilder lines = new StringBuilder();
    for (Assessment a : f.assessments.subList(0, f.assessments.size() - 2)) {
      lines.append(new String(json.write(a), StandardCharsets.UTF_8)).append('\n');
    }
    Path ndjson = Files.writeString(dir.resolve("assessments.ndjson"), lines);
    Path more = Files.createDirectories(dir.resolve("more"));
    int n = f.assessments.size();
    Files.write(more.resolve("a.json"), json.write(f.assessments.get(n - 2)));
    Files.write(more.resolve("b.json"), json.write(f.assessments.get(n - 1)));
    f.inputs.add(ndjson.toString());
    f.inputs.add(more.toString());
    int i = 0;
    for (Area area : AREAS.subList(0, 3)) {
      for (Period period : area == AREAS.get(2) ? PERIODS.subList(1, 2) : PERIODS) {
        OutcomeData generated = OutcomeGenerator.validOutcomeData(random, 40 + random.nextInt(120));
        OutcomeData data = OutcomeData.builder().from(generated).area(area).period(period).build();
        f.outcomes.add(data);
        Path file = Files.write(dir.resolve("outcomes-" + i++ + ".json"), json.write(data));
        f.inputs.add(file.toString());
      }
    }
    return f;
  }

  /** The records of a CSV export, header parsed. */
  static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  /** The header of a CSV export. */
  static List<String> header(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getHeaderNames();
    }
  }
}
