package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.json.AbaJson;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An invalid document is never stored: refused over HTTP (422 with every issue, 400 for bytes that
 * are not JSON, 413 past the size limit, 422 for a document filed under another area or date), by
 * the store whoever calls it (the application's plain Jakarta Validator), and by the tables' own
 * checks for hand-written SQL.
 */
class InvalidDocumentsTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private final RunningService service = RunningService.get();
  private final AbaJson json = AbaJson.standard();

  @Test
  void documentWithIssues_422WithEveryIssue_andNothingStored() {
    String area = RunningService.newArea();
    String valid = json.writeString(RunningService.sampleAssessment("brackenford-2025.json", area));
    String broken = valid.replaceFirst("\"rating\":2", "\"rating\":5")
        .replaceFirst("\"action\":\"share-power\"", "\"action\":\"no-such-action\"");
    assertThat(broken).isNotEqualTo(valid);

    HttpResponse<String> refused = service.post("/areas/" + area + "/assessments", broken);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = PLAIN.readTree(refused.body());
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("issues").valueStream().map(i -> i.get("code").asString()))
        .contains("RATING_OUT_OF_RANGE", "UNKNOWN_ACTION");
    assertThat(problem.get("issues").get(0).has("line")).isTrue();
    assertThat(service.rows("assessments", area)).isZero();
  }

  @Test
  void notJson_400_andTooLarge_413_andNothingStored() {
    String area = RunningService.newArea();
    HttpResponse<String> notJson = service.post("/areas/" + area + "/assessments", "{\"schemaVersion\": 1,");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(PLAIN.readTree(notJson.body()).get("issues").get(0).get("code").asString())
        .isEqualTo("MALFORMED_JSON");

    byte[] latin1 = "{\"schemaVersion\":1,\"framework\":\"caf\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> encoding = service.send(HttpRequest.newBuilder(
        service.uri("/areas/" + area + "/assessments")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
    assertThat(encoding.statusCode()).isEqualTo(400);
    assertThat(encoding.body()).contains("INVALID_ENCODING");

    // one byte past the default limit of 8 MiB
    String valid = json.writeString(RunningService.sampleAssessment("brackenford-2025.json", area));
    String huge = valid + " ".repeat(8 * 1024 * 1024 + 1 - valid.length());
    HttpResponse<String> tooLarge = service.post("/areas/" + area + "/assessments", huge);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("LIMIT_EXCEEDED");
    assertThat(service.rows("assessments", area)).isZero();
  }

  @Test
  void documentOfAnotherArea_422_andNothingStored() {
    String area = RunningService.newArea();
    String other = RunningService.newArea();
    Assessment assessment = RunningService.sampleAssessment("brackenford-2025.json", other);
    HttpResponse<String> refused =
        service.post("/areas/" + area + "/assessments", json.writeString(assessment));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = PLAIN.readTree(refused.body());
    assertThat(problem.get("type").asString())
        .isEqualTo("https://assetbasedarea.org/problems/key-mismatch");
    assertThat(problem.get("detail").asString())
        .isEqualTo("the assessment is of area " + other + ", but the URL names area " + area
            + "; post it to /areas/" + other + "/assessments");
    assertThat(problem.get("instance").asString()).isEqualTo("/areas/" + area + "/assessments");
    assertThat(service.rows("assessments", area) + service.rows("assessments", other)).isZero();

    // and a malformed area code in the URL
    HttpResponse<String> malformed = service.post("/areas/leeds/assessments",
        json.writeString(assessment));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(PLAIN.readTree(malformed.body()).get("detail").asString())
        .startsWith("'leeds' is not an ONS GSS area code");
  }

  @Test
  void store_refusesAnInvalidDocument_whoeverCallsIt() {
    String area = RunningService.newArea();
    Assessment valid = RunningService.sampleAssessment("brackenford-2025.json", area);
    Assessment broken = Assessment.builder().from(valid)
        .ratings(List.of(Rating.of("share-power", 5), Rating.of("no-such-action", 2)))
        .build();
    CaseStore store = service.context.getBean(CaseStore.class);
    assertThatThrownBy(() -> store.create(DocumentKind.ASSESSMENT, broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not stored: the assessment " + area + ", 2025-03-31 is not valid: ")
        .hasMessageContaining("ratings[0].rating: must be from 1 (not yet) to 4 (embedded)")
        .hasMessageContaining("ratings[1].action: is not an action of framework 'aba-2020'");
    assertThat(service.rows("assessments", area)).isZero();
  }

  /**
   * What the retired CaseSystemExample showed: the application's plain Jakarta Validator (the one
   * {@code @Valid} uses) sees every constraint of the model, the cross-field rules included.
   */
  @Test
  void applicationValidator_seesEveryConstraint() {
    Validator validator = service.context.getBean(Validator.class);
    Assessment valid = RunningService.sampleAssessment("brackenford-2025.json", "E09000001");
    assertThat(validator.validate(valid)).isEmpty();
    Set<ConstraintViolation<Assessment>> violations = validator.validate(
        Assessment.builder().from(valid).area(Area.of("E09000001", "City (fictional)"))
            .ratings(List.of(Rating.of("share-power", 5), Rating.of("no-such-action", 2)))
            .build());
    assertThat(violations).extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
        .containsExactlyInAnyOrder(
            "ratings[0].rating: must be from 1 (not yet) to 4 (embedded)",
            "ratings[1].action: is not an action of framework 'aba-2020'");
  }

  @Test
  void tables_refuseADocumentFiledUnderAnotherKey() {
    String area = RunningService.newArea();
    String other = RunningService.newArea();
    Assessment assessment = RunningService.sampleAssessment("brackenford-2025.json", other);
    String body = json.writeString(assessment);
    String score = json.writeString(org.assetbasedarea.aba.scoring.Scorer.standard().score(assessment));
    assertThatThrownBy(() -> service.jdbc.sql("INSERT INTO assessments (area_code, assessed_on,"
        + " body, score) VALUES (:a, DATE '2025-03-31', CAST(:b AS jsonb), CAST(:s AS jsonb))")
        .param("a", area).param("b", body).param("s", score).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("assessments_body_matches_key");
    assertThatThrownBy(() -> service.jdbc.sql("INSERT INTO assessments (area_code, assessed_on,"
        + " body, score) VALUES (:a, DATE '2025-04-01', CAST(:b AS jsonb), CAST(:s AS jsonb))")
        .param("a", other).param("b", body).param("s", score).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("assessments_body_matches_key");
    assertThat(service.rows("assessments", area) + service.rows("assessments", other)).isZero();
  }
}
