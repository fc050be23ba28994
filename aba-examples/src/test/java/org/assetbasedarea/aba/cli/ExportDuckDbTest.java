package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB recipe of docs/export.md: each SQL block runs, through the JDBC driver, over a real
 * export and real {@code aba score --ndjson} output, and its answers are the library's figures.
 */
class ExportDuckDbTest {
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\n(-- ([^\n]+)\n.*?)```", Pattern.DOTALL);

  @TempDir
  static Path dir;

  static ExportFixtures fixtures;
  static Map<String, String> queries = new LinkedHashMap<>();
  static Scorer scorer = Scorer.standard();

  @BeforeAll
  static void exportAndScore() throws IOException {
    fixtures = ExportFixtures.write(Files.createDirectories(dir.resolve("in")));
    List<String> args = new ArrayList<>(List.of("export"));
    args.addAll(fixtures.inputs);
    args.addAll(List.of("--out", dir.resolve("export").toString()));
    Cli export = Cli.run(JsonDocuments::new, Cli.stdin(""), false, args.toArray(String[]::new));
    assertThat(export.code).as(export.toString()).isZero();
    Cli score = Cli.run(JsonDocuments::new, Cli.stdin(""), false, "score", "--ndjson", fixtures.inputs.get(0));
    assertThat(score.code).as(score.toString()).isZero();
    Files.writeString(dir.resolve("scores.ndjson"), score.out, StandardCharsets.UTF_8);
    String doc = Files.readString(Path.of("../docs/export.md"), StandardCharsets.UTF_8);
    Matcher sql = SQL_BLOCK.matcher(doc);
    while (sql.find()) {
      String query = sql.group(1).replace("'export/", "'" + dir.resolve("export") + "/")
          .replace("'scores.ndjson'", "'" + dir.resolve("scores.ndjson") + "'");
      queries.put(sql.group(2).trim(), query);
    }
  }

  static List<Map<String, @Nullable Object>> run(String name) throws SQLException {
    String query = queries.get(name);
    assertThat(query).as("an sql block headed -- " + name).isNotNull();
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(Objects.requireNonNull(query))) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static @Nullable Double number(@Nullable Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  static @Nullable Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void assertClose(@Nullable Object actual, @Nullable Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(number(actual)).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void everySqlBlockOfTheDocs_isChecked() {
    assertThat(queries.keySet()).containsExactly("median overall percentage by year",
        "mean effective rating by area kind", "actions joined to outcomes", "score reports by band");
  }

  @Test
  void medianOverallPercentageByYear() throws SQLException {
    Map<Integer, List<Double>> byYear = new TreeMap<>();
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Assessment a : fixtures.assessments) {
      int year = a.getAssessedOn().getYear();
      counts.merge(year, 1, Integer::sum);
      List<Double> values = byYear.computeIfAbsent(year, y -> new ArrayList<>());
      scorer.score(a).getOverall().getPercentage().ifPresent(p -> values.add(p.doubleValue()));
    }
    List<Map<String, @Nullable Object>> rows = run("median overall percentage by year");
    assertThat(rows).hasSize(byYear.size());
    int i = 0;
    for (Map.Entry<Integer, List<Double>> year : byYear.entrySet()) {
      Map<String, @Nullable Object> row = rows.get(i++);
      assertThat(((Number) Objects.requireNonNull(row.get("year"))).intValue()).isEqualTo(year.getKey());
      assertClose(row.get("median_percentage"), median(year.getValue()), "median " + year.getKey());
      assertThat(((Number) Objects.requireNonNull(row.get("assessments"))).intValue()).isEqualTo(counts.get(year.getKey()));
    }
  }

  @Test
  void meanEffectiveRatingByAreaKind() throws SQLException {
    Map<String, List<Integer>> ratings = new TreeMap<>();
    for (Assessment a : fixtures.assessments) {
      ScoreReport report = scorer.score(a);
      for (var action : Frameworks.aba2020().getActions()) {
        List<Integer> list = ratings.computeIfAbsent(a.getArea().getCode().getEntity() + " " + action.getId(),
            k -> new ArrayList<>());
        report.findAction(action.getId()).map(ActionScore::getEffectiveRating).ifPresent(list::add);
      }
    }
    List<Map<String, @Nullable Object>> rows = run("mean effective rating by area kind");
    assertThat(rows).hasSize(ratings.size());
    for (Map<String, @Nullable Object> row : rows) {
      List<Integer> list = ratings.get(row.get("area_kind") + " " + row.get("action"));
      assertThat(list).as(row.toString()).isNotNull();
      assertClose(row.get("mean_effective_rating"), Objects.requireNonNull(list).isEmpty() ? null
          : list.stream().mapToInt(Integer::intValue).average().orElseThrow(), row.toString());
      assertThat(((Number) Objects.requireNonNull(row.get("rated"))).intValue()).isEqualTo(list.size());
    }
  }

  @Test
  void actionsJoinedToOutcomes() throws SQLException, IOException {
    Map<String, ScoreReport> byAreaAndYear = new HashMap<>();
    for (Assessment a : fixtures.assessments) {
      byAreaAndYear.put(a.getArea().getCode() + " " + a.getAssessedOn().getYear(), scorer.score(a));
    }
    List<String> expected = new ArrayList<>();
    for (CSVRecord o : ExportFixtures.csv(dir.resolve("export/outcomes.csv"))) {
      if (!o.get("marker").isEmpty() || o.get("expected_actions").isEmpty()) {
        continue;
      }
      String year = o.get("period_end").substring(0, 4);
      ScoreReport report = byAreaAndYear.get(o.get("area_code") + " " + year);
      if (report == null) {
        continue;
      }
      Set<String> wanted = Set.copyOf(Arrays.asList(o.get("expected_actions").split(";")));
      double mean = report.getActions().stream().filter(a -> wanted.contains(a.getAction()))
          .mapToInt(ActionScore::getEffectiveRating).average().orElse(Double.NaN);
      expected.add(o.get("area_code") + " " + o.get("period_end") + " " + o.get("indicator") + " "
          + new BigDecimal(o.get("value")).doubleValue() + " " + mean);
    }
    List<String> actual = new ArrayList<>();
    for (Map<String, @Nullable Object> row : run("actions joined to outcomes")) {
      Double mean = number(row.get("expected_actions_mean_rating"));
      actual.add(row.get("area_code") + " " + row.get("period_end") + " " + row.get("indicator") + " "
          + number(row.get("value")) + " " + (mean == null ? Double.NaN : mean));
    }
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void scoreReportsByBand_fromTheScoreNdjson() throws SQLException {
    Map<String, List<Double>> byBand = new TreeMap<>();
    for (Assessment a : fixtures.assessments.subList(0, fixtures.assessments.size() - 2)) {
      ScoreReport report = scorer.score(a);
      List<Double> list = byBand.computeIfAbsent(report.getOverall().getBand().map(Enum::name).orElse("~none"),
          k -> new ArrayList<>());
      report.getOverall().getPercentage().ifPresent(p -> list.add(p.doubleValue()));
      if (report.getOverall().getPercentage().isEmpty()) {
        list.add(Double.NaN); // counted, not in the median
      }
    }
    List<Map<String, @Nullable Object>> rows = run("score reports by band");
    assertThat(rows).hasSize(byBand.size());
    int i = 0;
    for (Map.Entry<String, List<Double>> band : byBand.entrySet()) {
      Map<String, @Nullable Object> row = rows.get(i++);
      assertThat(row.get("band")).isEqualTo(band.getKey().equals("~none") ? null : band.getKey());
      assertThat(((Number) Objects.requireNonNull(row.get("assessments"))).intValue()).isEqualTo(band.getValue().size());
      assertClose(row.get("median_percentage"),
          median(band.getValue().stream().filter(d -> !d.isNaN()).toList()), band.getKey());
    }
  }
}
