package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents in and out over HTTP: what is stored and returned is exactly what {@code AbaJson}
 * writes, whatever layout the client sent; the {@code jsonb} column holds the same document; the
 * lists and the area summary read from the stored documents.
 */
class DocumentsHttpTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private final RunningService service = RunningService.get();
  private final AbaJson json = AbaJson.standard();

  @Test
  void assessment_storedAndReturnedByteForByte() {
    String area = RunningService.newArea();
    Assessment assessment = RunningService.sampleAssessment("brackenford-2025.json", area);
    String canonical = json.writeString(assessment);

    // sent pretty-printed, as a person's tool might: stored and returned in the canonical form
    HttpResponse<String> created =
        service.post("/areas/" + area + "/assessments", json.writePretty(assessment));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/areas/" + area + "/assessments/2025-03-31");
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(created.body()).isEqualTo(canonical);

    HttpResponse<String> read = service.get("/areas/" + area + "/assessments/2025-03-31");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(read.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(json.write(assessment));

    // the jsonb column itself: the same document (jsonb keeps its own key order and spacing)
    String column = service.jdbc.sql("SELECT body::text FROM assessments WHERE area_code = :a")
        .param("a", area).query(String.class).single();
    assertThat(json.read(column, DocumentType.ASSESSMENT).getDocument()).hasValue(assessment);
    assertThat(PLAIN.readTree(column)).isEqualTo(PLAIN.readTree(canonical));
    assertThat(service.jdbc.sql("SELECT body = CAST(:doc AS jsonb) FROM assessments"
        + " WHERE area_code = :a").param("doc", canonical).param("a", area)
        .query(Boolean.class).single()).isTrue();

    // the score report, computed on write and kept beside it as jsonb
    ScoreReport expected = Scorer.standard().score(assessment);
    HttpResponse<String> score = service.get("/areas/" + area + "/assessments/2025-03-31/score");
    assertThat(score.statusCode()).isEqualTo(200);
    assertThat(score.body()).isEqualTo(json.writeString(expected));
    String scoreColumn = service.jdbc.sql("SELECT score::text FROM assessments WHERE area_code = :a")
        .param("a", area).query(String.class).single();
    assertThat(PLAIN.readTree(scoreColumn)).isEqualTo(PLAIN.readTree(json.writeString(expected)));
  }

  @Test
  void outcomeDataAndPlans_storedAndReturnedByteForByte() {
    String area = RunningService.newArea();
    OutcomeData outcomes = RunningService.sampleOutcomes("brackenford-outcomes-2026.json", area);
    Plan plan = RunningService.samplePlan("brackenford-plan-2025.json", area);

    HttpResponse<String> created =
        service.post("/areas/" + area + "/outcome-data", json.writePretty(outcomes));
    assertThat(created.statusCode()).isEqualTo(201);
    String path = "/areas/" + area + "/outcome-data/" + outcomes.getPeriod().getStart() + "/"
        + outcomes.getPeriod().getEnd();
    assertThat(created.headers().firstValue("Location")).hasValue(path);
    assertThat(service.get(path).body()).isEqualTo(json.writeString(outcomes));
    String column = service.jdbc.sql("SELECT body::text FROM outcome_data WHERE area_code = :a")
        .param("a", area).query(String.class).single();
    assertThat(json.read(column, DocumentType.OUTCOME_DATA).getDocument()).hasValue(outcomes);

    HttpResponse<String> planCreated =
        service.post("/areas/" + area + "/plans", json.writePretty(plan));
    assertThat(planCreated.statusCode()).isEqualTo(201);
    assertThat(planCreated.headers().firstValue("Location"))
        .hasValue("/areas/" + area + "/plans/" + plan.getStartsOn());
    assertThat(service.get("/areas/" + area + "/plans/" + plan.getStartsOn()).body())
        .isEqualTo(json.writeString(plan));
    String planColumn = service.jdbc.sql("SELECT body::text FROM plans WHERE area_code = :a")
        .param("a", area).query(String.class).single();
    assertThat(json.read(planColumn, DocumentType.PLAN).getDocument()).hasValue(plan);
  }

  @Test
  void listsAndAreas_summariseTheStoredDocuments() {
    String area = RunningService.newArea();
    Assessment earlier = RunningService.sampleAssessment("brackenford-2025.json", area);
    Assessment later = RunningService.sampleAssessment("brackenford-2026.json", area);
    for (Assessment assessment : new Assessment[] {later, earlier}) {
      assertThat(service.post("/areas/" + area + "/assessments", json.writeString(assessment))
          .statusCode()).isEqualTo(201);
    }
    OutcomeData outcomes = RunningService.sampleOutcomes("brackenford-outcomes-2025.json", area);
    assertThat(service.post("/areas/" + area + "/outcome-data", json.writeString(outcomes))
        .statusCode()).isEqualTo(201);
    Plan plan = RunningService.samplePlan("brackenford-plan-2025.json", area);
    assertThat(service.post("/areas/" + area + "/plans", json.writeString(plan)).statusCode())
        .isEqualTo(201);

    String list = service.get("/areas/" + area + "/assessments").body();
    JsonNode assessments = PLAIN.readTree(list);
    assertThat(assessments).hasSize(2);
    assertThat(assessments.get(0).get("assessedOn").asString()).isEqualTo("2025-03-31");
    assertThat(assessments.get(1).get("assessedOn").asString()).isEqualTo("2026-03-31");
    ScoreReport latest = Scorer.standard().score(later);
    // two decimals, as in the score report
    assertThat(list).contains("\"percentage\":"
        + latest.getOverall().getPercentage().orElseThrow().toPlainString() + ",");
    assertThat(assessments.get(1).get("band").asString())
        .isEqualTo(latest.getOverall().getBand().orElseThrow().name());
    assertThat(assessments.get(1).get("status").asString()).isEqualTo(latest.getStatus().name());
    assertThat(assessments.get(1).get("version").asLong()).isEqualTo(1);
    assertThat(assessments.get(1).get("links").get("score").asString())
        .isEqualTo("/areas/" + area + "/assessments/2026-03-31/score");

    JsonNode data = PLAIN.readTree(service.get("/areas/" + area + "/outcome-data").body());
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("responses").asInt()).isEqualTo(outcomes.getResponses().size());
    JsonNode plans = PLAIN.readTree(service.get("/areas/" + area + "/plans").body());
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).get("title").asString()).isEqualTo(plan.getTitle());
    assertThat(plans.get(0).get("kind").asString()).isEqualTo(plan.getKind().name());

    JsonNode summary = PLAIN.readTree(service.get("/areas/" + area).body());
    assertThat(summary.get("code").asString()).isEqualTo(area);
    assertThat(summary.get("name").asString()).isEqualTo(later.getArea().getName());
    assertThat(summary.get("assessments").asInt()).isEqualTo(2);
    assertThat(summary.get("outcomeData").asInt()).isEqualTo(1);
    assertThat(summary.get("plans").asInt()).isEqualTo(1);
    assertThat(summary.get("latestAssessment").get("assessedOn").asString()).isEqualTo("2026-03-31");
    assertThat(summary.get("links").get("report").asString()).isEqualTo("/areas/" + area + "/report");

    JsonNode areas = PLAIN.readTree(service.get("/areas").body());
    assertThat(areas.valueStream().map(a -> a.get("code").asString())).contains(area);

    String empty = RunningService.newArea();
    assertThat(service.get("/areas/" + empty + "/assessments").body()).isEqualTo("[]");
    HttpResponse<String> none = service.get("/areas/" + empty);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void conditionalGet_notModifiedForTheCurrentETag() {
    String area = RunningService.newArea();
    Assessment assessment = RunningService.sampleAssessment("brackenford-2026.json", area);
    service.post("/areas/" + area + "/assessments", json.writeString(assessment));
    String path = "/areas/" + area + "/assessments/2026-03-31";
    HttpResponse<String> cached = service.send(java.net.http.HttpRequest.newBuilder(service.uri(path))
        .header("If-None-Match", "\"1\"").GET().build());
    assertThat(cached.statusCode()).isEqualTo(304);
    assertThat(cached.body()).isEmpty();
  }
}
