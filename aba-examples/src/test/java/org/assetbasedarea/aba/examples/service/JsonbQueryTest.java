package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code jsonb} query (every area whose latest band was lowered by L3), run as
 * printed through JDBC over many generated assessments stored through the API, returns exactly the
 * areas the library finds by scoring the same assessments.
 */
class JsonbQueryTest {
  private static final Pattern SQL_BLOCK = Pattern.compile("(?s)```sql\\n(.*?)```");
  private static final int AREAS = 60;
  private final RunningService service = RunningService.get();
  private final AbaJson json = AbaJson.standard();

  @Test
  void readmeQuery_returnsTheAreasTheLibraryFinds() throws IOException {
    String query = readmeQuery();
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    Map<String, List<Assessment>> byArea = new TreeMap<>();
    for (int i = 0; i < AREAS; i++) {
      String area = RunningService.newArea();
      List<Assessment> assessments = new ArrayList<>();
      Set<LocalDate> dates = new HashSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        Assessment assessment = generated(random, area);
        if (dates.add(assessment.getAssessedOn())) {
          assessments.add(assessment);
          assertThat(service.post("/areas/" + area + "/assessments", json.writeString(assessment))
              .statusCode()).isEqualTo(201);
        }
      }
      byArea.put(area, assessments);
    }

    Set<String> expected = new TreeSet<>();
    Scorer scorer = Scorer.standard();
    for (Map.Entry<String, List<Assessment>> area : byArea.entrySet()) {
      Assessment latest = area.getValue().stream()
          .max((a, b) -> a.getAssessedOn().compareTo(b.getAssessedOn())).orElseThrow();
      ScoreReport report = scorer.score(latest);
      if (report.getOverall().getLimiters().contains(Limiter.L3_NOT_CO_PRODUCED)) {
        expected.add(area.getKey());
      }
    }
    assertThat(expected).as("areas lowered by L3").hasSizeBetween(5, AREAS - 5);

    // the query as the README prints it, over the whole table; this test's areas are compared
    List<Map<String, Object>> rows = service.jdbc.sql(query).query().listOfRows();
    Set<String> found = new TreeSet<>();
    for (Map<String, Object> row : rows) {
      String area = String.valueOf(row.get("area_code"));
      if (byArea.containsKey(area)) {
        found.add(area);
        assertThat(row.get("band")).isEqualTo("EMERGING");
        assertThat(row.get("percentage_band")).isIn("ESTABLISHED", "ASSET_BASED");
      }
    }
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void readmeQuery_isTheOneInTheCaseServiceGuide_whoseQueriesAllRun() throws IOException {
    String guide = Files.readString(Path.of("../docs/case-service.md"), StandardCharsets.UTF_8);
    assertThat(guide).contains(readmeQuery());
    Matcher sql = SQL_BLOCK.matcher(guide);
    int queries = 0;
    while (sql.find()) {
      service.jdbc.sql(sql.group(1)).query().listOfRows();
      queries++;
    }
    assertThat(queries).isEqualTo(2);
  }

  /** The README's only {@code sql} block (the query of the case service section). */
  static String readmeQuery() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher sql = SQL_BLOCK.matcher(readme);
    assertThat(sql.find()).as("an sql block in the README").isTrue();
    String query = sql.group(1);
    assertThat(sql.find()).as("a second sql block in the README").isFalse();
    return query;
  }

  /**
   * A generated assessment of the area: about half complete and strong (ratings 3 and 4 with
   * evidence from people's experience, so the percentage band is ESTABLISHED or above), and about
   * half of them without any co-producing role among the participants, so L3 applies to some.
   */
  private static Assessment generated(Random random, String area) {
    boolean strong = random.nextBoolean();
    Assessment base = strong ? AssessmentGenerator.completeAssessment(random)
        : AssessmentGenerator.validAssessment(random);
    Assessment.Builder assessment = Assessment.builder().from(base)
        .area(Area.of(area, base.getArea().getName()));
    if (strong) {
      List<Rating> ratings = new ArrayList<>();
      for (Rating rating : base.getRatings()) {
        ratings.add(Rating.of(rating.getAction(), 3 + random.nextInt(2),
            Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Residents' own account")));
      }
      assessment.ratings(ratings);
    }
    if (random.nextBoolean()) {
      List<Participant> professionals = new ArrayList<>();
      for (Participant participant : base.getParticipants()) {
        Role role = participant.getRole();
        if (role != Role.LIVED_EXPERIENCE && role != Role.CARER && role != Role.COMMUNITY) {
          professionals.add(participant);
        }
      }
      assessment.participants(professionals);
    }
    return assessment.build();
  }
}
