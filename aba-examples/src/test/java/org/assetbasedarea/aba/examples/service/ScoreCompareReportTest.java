package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.report.AreaReport;
import org.assetbasedarea.aba.report.HtmlReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The score of a stored assessment, the comparison of two, and an area's HTML report. */
class ScoreCompareReportTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private final RunningService service = RunningService.get();
  private final AbaJson json = AbaJson.standard();

  @Test
  void compare_isTheLibrarysProgress_andNotComparableIs422() {
    String area = RunningService.newArea();
    Assessment earlier = RunningService.sampleAssessment("brackenford-2025.json", area);
    Assessment later = RunningService.sampleAssessment("brackenford-2026.json", area);
    service.post("/areas/" + area + "/assessments", json.writeString(earlier));
    service.post("/areas/" + area + "/assessments", json.writeString(later));
    Scorer scorer = Scorer.standard();

    HttpResponse<String> progress =
        service.get("/areas/" + area + "/compare?earlier=2025-03-31&later=2026-03-31");
    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(progress.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(progress.body()).isEqualTo(json.writeString(
        scorer.progress(scorer.score(earlier), scorer.score(later))));

    HttpResponse<String> backwards =
        service.get("/areas/" + area + "/compare?earlier=2026-03-31&later=2025-03-31");
    assertThat(backwards.statusCode()).isEqualTo(422);
    assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = PLAIN.readTree(backwards.body());
    assertThat(problem.get("type").asString())
        .isEqualTo("https://assetbasedarea.org/problems/not-comparable");
    assertThat(problem.get("detail").asString()).contains("2026-03-31", "after the later report");

    assertThat(service.get("/areas/" + area + "/compare?earlier=2024-03-31&later=2026-03-31")
        .statusCode()).isEqualTo(404);
    HttpResponse<String> missingParameter = service.get("/areas/" + area + "/compare?earlier=2025-03-31");
    assertThat(missingParameter.statusCode()).isEqualTo(400);
    assertThat(missingParameter.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(service.get("/areas/" + area + "/compare?earlier=2025-02-30&later=2026-03-31")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void score_missingAssessmentIs404() {
    String area = RunningService.newArea();
    HttpResponse<String> missing = service.get("/areas/" + area + "/assessments/2025-03-31/score");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(PLAIN.readTree(missing.body()).get("detail").asString())
        .isEqualTo("no assessment " + area + ", 2025-03-31 is stored");
    assertThat(service.get("/areas/" + area + "/assessments/2025-13-01").statusCode())
        .isEqualTo(400);
  }

  @Test
  void report_isTheCliPageOfTheArea() {
    String area = RunningService.newArea();
    Assessment earlier = RunningService.sampleAssessment("brackenford-2025.json", area);
    Assessment later = RunningService.sampleAssessment("brackenford-2026.json", area);
    var outcomes = RunningService.sampleOutcomes("brackenford-outcomes-2026.json", area);
    var plan = RunningService.samplePlan("brackenford-plan-2025.json", area);
    service.post("/areas/" + area + "/assessments", json.writeString(earlier));
    service.post("/areas/" + area + "/assessments", json.writeString(later));
    service.post("/areas/" + area + "/outcome-data", json.writeString(outcomes));
    service.post("/areas/" + area + "/plans", json.writeString(plan));

    HttpResponse<String> page = service.send(HttpRequest.newBuilder(
        service.uri("/areas/" + area + "/report")).header("Accept", "text/html").GET().build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .startsWith("default-src 'none'");
    Scorer scorer = Scorer.standard();
    String expected = new HtmlReport(scorer).standalonePage(AreaReport.group(
        java.util.List.of(earlier, later), java.util.List.of(outcomes), java.util.List.of(plan),
        scorer, DisclosurePolicy.ASCOF).get(0));
    assertThat(page.body()).isEqualTo(expected)
        .contains("<span class=\"code\">" + area + "</span>")
        .contains(later.getArea().getName())
        .doesNotContain("index.html");

    assertThat(service.get("/areas/" + area + "/report?disclosure=nhs-small-numbers").statusCode())
        .isEqualTo(200);
    assertThat(service.get("/areas/" + area + "/report?disclosure=none").statusCode())
        .isEqualTo(400);
    HttpResponse<String> none = service.send(HttpRequest.newBuilder(
        service.uri("/areas/" + RunningService.newArea() + "/report"))
        .header("Accept", "text/html").GET().build());
    assertThat(none.statusCode()).isEqualTo(404);
  }
}
