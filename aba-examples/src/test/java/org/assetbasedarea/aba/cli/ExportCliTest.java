package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aba export} end to end: the tables hold the library's figures, all files or none. */
class ExportCliTest {
  @TempDir
  Path dir;

  ExportFixtures fixtures;

  @BeforeEach
  void inputs() throws IOException {
    fixtures = ExportFixtures.write(Files.createDirectories(dir.resolve("in")));
  }

  Cli export(String... options) {
    List<String> args = new ArrayList<>(List.of("export"));
    args.addAll(fixtures.inputs);
    args.addAll(List.of(options));
    return Cli.run(JsonDocuments::new, Cli.stdin(""), false, args.toArray(String[]::new));
  }

  static String text(BigDecimal value) {
    return value.toPlainString();
  }

  @Test
  void csv_parsesBackToTheLibrarysScores() throws IOException {
    Path out = dir.resolve("export");
    Cli cli = export("--out", out.toString());
    assertThat(cli.code).as(cli.toString()).isZero();
    assertThat(cli.out.lines()).containsExactly(out.resolve("columns.csv").toString(),
        out.resolve("actions.csv").toString(), out.resolve("groupings.csv").toString(),
        out.resolve("overall.csv").toString(), out.resolve("outcomes.csv").toString());
    Scorer scorer = Scorer.standard();
    List<CSVRecord> overall = ExportFixtures.csv(out.resolve("overall.csv"));
    List<CSVRecord> groupings = ExportFixtures.csv(out.resolve("groupings.csv"));
    List<CSVRecord> actions = ExportFixtures.csv(out.resolve("actions.csv"));
    int size = Frameworks.aba2020().getActions().size();
    int groups = Frameworks.aba2020().getGroupings().size();
    assertThat(overall).hasSize(fixtures.assessments.size());
    assertThat(actions).hasSize(fixtures.assessments.size() * size);
    assertThat(groupings).hasSize(fixtures.assessments.size() * groups);
    for (int i = 0; i < fixtures.assessments.size(); i++) {
      Assessment a = fixtures.assessments.get(i);
      ScoreReport report = scorer.score(a);
      CSVRecord o = overall.get(i);
      assertThat(o.get("area_code")).isEqualTo(a.getArea().getCode().toString());
      assertThat(o.get("area_name")).isEqualTo(a.getArea().getName());
      assertThat(o.get("assessed_on")).isEqualTo(a.getAssessedOn().toString());
      assertThat(o.get("rules")).isEqualTo("aba-score-1");
      assertThat(o.get("rated")).isEqualTo(String.valueOf(report.getOverall().getRated()));
      assertThat(o.get("percentage")).isEqualTo(report.getOverall().getPercentage().map(ExportCliTest::text).orElse(""));
      assertThat(o.get("percentage_rounded")).isEqualTo(report.getOverall().getRoundedPercentage().isPresent()
          ? String.valueOf(report.getOverall().getRoundedPercentage().getAsInt()) : "");
      assertThat(o.get("band")).isEqualTo(report.getOverall().getBand().map(Enum::name).orElse(""));
      assertThat(o.get("percentage_band")).isEqualTo(report.getOverall().getPercentageBand().map(Enum::name).orElse(""));
      assertThat(o.get("limiters")).isEqualTo(report.getOverall().getLimiters().stream().map(Enum::name)
          .collect(Collectors.joining(";")));
      assertThat(o.get("status")).isEqualTo(report.getStatus().name());
      assertThat(o.get("co_produced")).isEqualTo(String.valueOf(report.isCoProduced()));
      for (int g = 0; g < groups; g++) {
        GroupingScore expected = report.getGroupings().get(g);
        CSVRecord row = groupings.get(i * groups + g);
        assertThat(row.get("assessed_on")).isEqualTo(a.getAssessedOn().toString());
        assertThat(row.get("grouping")).isEqualTo(expected.getGrouping());
        assertThat(row.get("percentage")).isEqualTo(expected.getPercentage().map(ExportCliTest::text).orElse(""));
        assertThat(row.get("band")).isEqualTo(expected.getBand().map(Enum::name).orElse(""));
      }
      for (int k = 0; k < size; k++) {
        String id = Frameworks.aba2020().getActions().get(k).getId();
        CSVRecord row = actions.get(i * size + k);
        assertThat(row.get("action")).isEqualTo(id);
        assertThat(row.get("area_code")).isEqualTo(a.getArea().getCode().toString());
        Optional<ActionScore> score = report.findAction(id);
        assertThat(row.get("status")).isEqualTo(score.isPresent() ? "RATED" : "NOT_ASSESSED");
        assertThat(row.get("effective_rating")).isEqualTo(score.map(s -> String.valueOf(s.getEffectiveRating())).orElse(""));
        assertThat(row.get("rating")).isEqualTo(score.map(s -> String.valueOf(s.getRating())).orElse(""));
        assertThat(row.get("caps")).isEqualTo(score.map(s -> s.getCaps().stream().map(Enum::name)
            .collect(Collectors.joining(";"))).orElse(""));
        assertThat(row.get("evidence_count")).isEqualTo(a.getRatings().stream().filter(r -> r.getAction().equals(id))
            .findFirst().map(r -> String.valueOf(r.getEvidence().size())).orElse(""));
      }
    }
  }

  /** The outcome reports the export must show: by area, then period, each compared with the one before. */
  List<OutcomeReport> expectedOutcomes(DisclosurePolicy policy) {
    Map<String, List<OutcomeReport>> byArea = new TreeMap<>();
    for (OutcomeData data : fixtures.outcomes) {
      byArea.computeIfAbsent(data.getArea().getCode().toString(), c -> new ArrayList<>())
          .add(Indicators.compute(data, Frameworks.aba2020(), policy));
    }
    List<OutcomeReport> reports = new ArrayList<>();
    for (List<OutcomeReport> area : byArea.values()) {
      area.sort((x, y) -> x.getPeriod().getStart().compareTo(y.getPeriod().getStart()));
      for (int i = 0; i < area.size(); i++) {
        reports.add(i == 0 ? area.get(i) : Indicators.compare(area.get(i - 1), area.get(i)));
      }
    }
    return reports;
  }

  @Test
  void outcomes_publishedFiguresOnly_withTheChangeBetweenPeriods() throws IOException {
    Path out = dir.resolve("export");
    Cli cli = export("--out", out.toString(), "--disclosure", "nhs-small-numbers");
    assertThat(cli.code).as(cli.toString()).isZero();
    List<CSVRecord> rows = ExportFixtures.csv(out.resolve("outcomes.csv"));
    assertThat(ExportFixtures.header(out.resolve("outcomes.csv")))
        .noneMatch(c -> c.startsWith("raw_") || c.equals("not_for_publication"));
    int r = 0;
    int differences = 0;
    for (OutcomeReport report : expectedOutcomes(DisclosurePolicy.NHS_SMALL_NUMBERS)) {
      for (IndicatorResult result : report.getIndicators()) {
        CSVRecord row = rows.get(r++);
        PublishedValue p = result.getPublished();
        assertThat(row.get("area_code")).isEqualTo(report.getArea().getCode().toString());
        assertThat(row.get("period_start")).isEqualTo(report.getPeriod().getStart().toString());
        assertThat(row.get("indicator")).isEqualTo(result.getIndicator());
        assertThat(row.get("policy")).isEqualTo("nhs-small-numbers");
        assertThat(row.get("marker")).isEqualTo(p.getMarker().map(m -> m.symbol()).orElse(""));
        assertThat(row.get("value")).isEqualTo(p.getValue().map(ExportCliTest::text).orElse(""));
        assertThat(row.get("lower")).isEqualTo(p.getLower().map(ExportCliTest::text).orElse(""));
        assertThat(row.get("upper")).isEqualTo(p.getUpper().map(ExportCliTest::text).orElse(""));
        assertThat(row.get("respondents")).isEqualTo(p.getRespondents().isPresent()
            ? String.valueOf(p.getRespondents().getAsLong()) : "");
        if (result.getDifference().isPresent()) {
          differences++;
          PublishedValue d = result.getDifference().get().getPublished();
          assertThat(row.get("difference")).isEqualTo(d.getValue().map(ExportCliTest::text).orElse(""));
          assertThat(row.get("difference_marker")).isEqualTo(d.getMarker().map(m -> m.symbol()).orElse(""));
          assertThat(row.get("change")).isEqualTo(d.getMarker().isPresent() ? ""
              : result.getDifference().get().getChange().name());
          assertThat(row.get("earlier_period_end")).isEqualTo(ExportFixtures.PERIODS.get(0).getEnd().toString());
        } else {
          assertThat(row.get("difference")).isEmpty();
          assertThat(row.get("change")).isEmpty();
        }
        if (p.getMarker().isPresent()) {
          assertThat(row.get("baseline_change")).isEmpty();
        }
      }
    }
    assertThat(rows).hasSize(r);
    assertThat(differences).isPositive();
  }

  @Test
  void raw_everyFileNamedRaw_everyRowNotForPublication_rawColumnsAdded() throws IOException {
    Path out = dir.resolve("export");
    Cli cli = export("--out", out.toString(), "--raw", "--format", "ndjson");
    assertThat(cli.code).as(cli.toString()).isZero();
    assertThat(CliOutputFilesTest.snapshot(out).keySet()).containsExactlyInAnyOrder("columns-raw.csv", "actions-raw.ndjson",
        "groupings-raw.ndjson", "overall-raw.ndjson", "outcomes-raw.ndjson");
    JsonMapper mapper = JsonMapper.builder().build();
    for (String table : List.of("actions", "groupings", "overall", "outcomes")) {
      List<String> lines = Files.readAllLines(out.resolve(table + "-raw.ndjson"));
      assertThat(lines).isNotEmpty();
      for (String line : lines) {
        JsonNode row = mapper.readTree(line);
        assertThat(row.get("not_for_publication").asBoolean()).isTrue();
        assertThat(row.propertyNames().iterator().next()).isEqualTo("not_for_publication");
      }
    }
    List<OutcomeReport> expected = expectedOutcomes(DisclosurePolicy.ASCOF);
    List<String> lines = Files.readAllLines(out.resolve("outcomes-raw.ndjson"));
    int r = 0;
    for (OutcomeReport report : expected) {
      for (IndicatorResult result : report.getIndicators()) {
        JsonNode row = mapper.readTree(lines.get(r++));
        double scale = result.getStatistic().name().equals("SHARE") ? 100 : 1;
        assertThat(row.get("raw_respondents").asLong()).isEqualTo(result.getRespondents());
        assertThat(row.get("raw_value").asDouble()).isCloseTo(result.getValue() * scale,
            org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row.get("value").isNull()).isEqualTo(result.getPublished().getValue().isEmpty());
      }
    }
    assertThat(lines).hasSize(r);
  }

  @Test
  void ndjson_everyLineAnObject_withTheColumnsInOrder_sameFiguresAsCsv() throws IOException {
    Path csv = dir.resolve("csv");
    Path nd = dir.resolve("nd");
    assertThat(export("--out", csv.toString()).code).isZero();
    assertThat(export("--out", nd.toString(), "--format", "ndjson").code).isZero();
    // decimals as written, not through a double
    JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    for (String table : List.of("actions", "groupings", "overall", "outcomes")) {
      List<String> header = ExportFixtures.header(csv.resolve(table + ".csv"));
      List<CSVRecord> records = ExportFixtures.csv(csv.resolve(table + ".csv"));
      List<String> lines = Files.readAllLines(nd.resolve(table + ".ndjson"), StandardCharsets.UTF_8);
      assertThat(lines).hasSize(records.size());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode row = mapper.readTree(lines.get(i));
        assertThat(new ArrayList<>(row.propertyNames())).isEqualTo(header);
        for (String column : header) {
          JsonNode value = row.get(column);
          String cell = records.get(i).get(column);
          if (value.isNumber()) {
            assertThat(value.decimalValue()).as(table + " line " + (i + 1) + " " + column)
                .isEqualByComparingTo(new BigDecimal(cell));
          } else {
            assertThat(value.isNull() ? "" : value.isString() ? value.asString() : value.toString())
                .as(table + " line " + (i + 1) + " " + column).isEqualTo(cell);
          }
        }
      }
    }
  }

  @Test
  void csv_utf8WithoutBom_rfc4180_header() throws IOException {
    Path out = dir.resolve("export");
    assertThat(export("--out", out.toString()).code).isZero();
    byte[] bytes = Files.readAllBytes(out.resolve("overall.csv"));
    assertThat(bytes[0]).isEqualTo((byte) 'a');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("area_code,area_name,framework,rules,assessed_on,rated,actions,percentage,"
        + "percentage_rounded,percentage_band,band,limiters,status,co_produced\r\n");
    assertThat(text).contains("\"Hartlepool, \"\"the\"\" town\"").contains("City of London \uD83D\uDE00");
  }

  @Test
  void dictionary_coversEveryColumnOfEveryTable_andNothingElse() throws IOException {
    for (boolean raw : new boolean[] {false, true}) {
      Path out = dir.resolve("export-" + raw);
      Cli cli = raw ? export("--out", out.toString(), "--raw") : export("--out", out.toString());
      assertThat(cli.code).as(cli.toString()).isZero();
      String suffix = raw ? "-raw" : "";
      Set<String> dictionary = new LinkedHashSet<>();
      for (CSVRecord row : ExportFixtures.csv(out.resolve("columns" + suffix + ".csv"))) {
        assertThat(row.get("type")).isIn("text", "integer", "decimal", "boolean", "date");
        assertThat(row.get("description")).isNotBlank();
        dictionary.add(row.get("table") + "." + row.get("column"));
      }
      Set<String> files = new LinkedHashSet<>();
      for (String table : List.of("actions", "groupings", "overall", "outcomes")) {
        for (String column : ExportFixtures.header(out.resolve(table + suffix + ".csv"))) {
          assertThat(column).matches("[a-z][a-z0-9_]*");
          files.add(table + "." + column);
        }
      }
      assertThat(dictionary).containsExactlyElementsOf(files);
    }
  }

  @Test
  void invalidInput_issuesListed_nothingWritten_earlierExportByteIdentical() throws IOException {
    Path out = dir.resolve("export");
    assertThat(export("--out", out.toString()).code).isZero();
    Map<String, String> before = CliOutputFilesTest.snapshot(out);
    Path ndjson = Path.of(fixtures.inputs.get(0));
    List<String> lines = new ArrayList<>(Files.readAllLines(ndjson));
    lines.set(2, lines.get(2).replace("\"aba-2020\"", "\"no-such-framework\""));
    Files.write(ndjson, lines);
    Files.writeString(dir.resolve("in/more/c.json"), "{\"schemaVersion\": 1");
    Cli cli = export("--out", out.toString(), "--format", "ndjson");
    assertThat(cli.code).as(cli.toString()).isEqualTo(1);
    assertThat(cli.err).contains(ndjson + ":3:/framework: ").contains("[UNKNOWN_FRAMEWORK]")
        .contains(dir.resolve("in/more/c.json") + ":/").contains("[MALFORMED_JSON]")
        .contains("aba export: 2 inputs are not valid; nothing was written");
    assertThat(cli.out).isEmpty();
    assertThat(CliOutputFilesTest.snapshot(out)).isEqualTo(before);
    Path fresh = dir.resolve("fresh/export");
    assertThat(export("--out", fresh.toString()).code).isEqualTo(1);
    assertThat(dir.resolve("fresh")).doesNotExist();
  }

  @Test
  void sameFileTwice_readOnce_aCopyOfADocument_refused_nothingWritten() throws IOException {
    Path out = dir.resolve("export");
    List<String> twice = new ArrayList<>(fixtures.inputs);
    twice.addAll(fixtures.inputs);
    twice.add(dir.resolve("in").toString());
    List<String> args = new ArrayList<>(List.of("export"));
    args.addAll(twice);
    args.addAll(List.of("--out", out.toString()));
    Cli again = Cli.run(JsonDocuments::new, Cli.stdin(""), false, args.toArray(String[]::new));
    Cli once = export("--out", dir.resolve("once").toString());
    assertThat(again.code).as(again.toString()).isZero();
    assertThat(once.code).as(once.toString()).isZero();
    assertThat(CliOutputFilesTest.snapshot(out)).isEqualTo(CliOutputFilesTest.snapshot(dir.resolve("once")));

    Path ndjson = Path.of(fixtures.inputs.get(0));
    String line = Files.readAllLines(ndjson).get(0);
    Path copy = Files.writeString(dir.resolve("copy.ndjson"), line + "\n");
    List<String> withCopy = new ArrayList<>(List.of("export"));
    withCopy.addAll(fixtures.inputs);
    withCopy.addAll(List.of(copy.toString(), "--out", dir.resolve("copied").toString()));
    Cli copied = Cli.run(JsonDocuments::new, Cli.stdin(""), false, withCopy.toArray(String[]::new));
    assertThat(copied.code).as(copied.toString()).isEqualTo(1);
    assertThat(copied.err).containsPattern("aba export: area [A-Z0-9]+ \\(aba-2020\\) has two assessments of [0-9-]+\n")
        .endsWith("aba export: 1 document is given twice; keep one of each; nothing was written\n");
    assertThat(dir.resolve("copied")).doesNotExist();
  }

  @Test
  void earlierExport_replacedOnSuccess() throws IOException {
    Path out = Files.createDirectories(dir.resolve("export"));
    Files.writeString(out.resolve("overall.csv"), "old");
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThat(export("--out", out.toString()).code).isZero();
    assertThat(Files.readString(out.resolve("overall.csv"))).startsWith("area_code,");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(CliOutputFilesTest.snapshot(out).keySet()).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void links_aFileLinkInDir_refused_aDanglingDir_refused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("export"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(out.resolve("groupings.csv"), secret);
    Cli cli = export("--out", out.toString());
    assertThat(cli.code).isEqualTo(1);
    assertThat(cli.err).contains("groupings.csv: is a symbolic link; aba never writes through a link");
    assertThat(Files.readString(secret)).isEqualTo("secret");
    assertThat(CliOutputFilesTest.snapshot(out)).containsOnlyKeys("groupings.csv");
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    Cli second = export("--out", dangling.toString());
    assertThat(second.code).isEqualTo(1);
    assertThat(second.err).contains("is a symbolic link that leads nowhere");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void otherKindsSkippedWithANote_usageErrors() throws IOException {
    Path plan = dir.resolve("in/more/plan.json");
    Files.copy(Path.of("src/main/resources/org/assetbasedarea/aba/examples/samples/brackenford-plan-2025.json"), plan);
    Path out = dir.resolve("export");
    Cli cli = export("--out", out.toString());
    assertThat(cli.code).as(cli.toString()).isZero();
    assertThat(cli.err).contains(plan + ": skipped (a plan is not exported)");
    assertThat(Cli.run(JsonDocuments::new, Cli.stdin(""), false, "export", plan.toString(), "--out",
        out.toString(), "--format", "xml").code).isEqualTo(2);
    assertThat(Cli.run(JsonDocuments::new, Cli.stdin(""), false, "export", plan.toString()).code).isEqualTo(2);
  }

  @Test
  void standardInput_asNdjson() throws IOException {
    Path ndjson = Path.of(fixtures.inputs.get(0));
    Path out = dir.resolve("export");
    Cli cli = Cli.run(JsonDocuments::new, Cli.stdin(Files.readString(ndjson)), false, "export", "-",
        "--ndjson", "--out", out.toString());
    assertThat(cli.code).as(cli.toString()).isZero();
    assertThat(ExportFixtures.csv(out.resolve("overall.csv"))).hasSize(fixtures.assessments.size() - 2);
  }
}
