package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.plan.Plan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two concurrent updates of one document never lose one: with the same If-Match, exactly one
 * wins and the other gets 412; the loser, retrying from the fresh ETag, succeeds, and both changes
 * are in the stored document. Two concurrent creates of one key: one 201, one 409.
 */
class OptimisticVersioningTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final int ROUNDS = 8;
  private final RunningService service = RunningService.get();
  private final AbaJson json = AbaJson.standard();

  @Test
  void concurrentUpdates_oneWinsOneGets412_andTheRetryKeepsBoth() throws Exception {
    String area = RunningService.newArea();
    Assessment original = RunningService.sampleAssessment("brackenford-2025.json", area);
    String path = "/areas/" + area + "/assessments/2025-03-31";
    assertThat(service.post("/areas/" + area + "/assessments", json.writeString(original))
        .statusCode()).isEqualTo(201);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        int r = round;
        // two people edit the same version: one a rating's rationale, the other the participants
        UnaryOperator<Assessment> rationale = a -> Assessment.builder().from(a)
            .ratings(withRationale(a.getRatings(), "round " + r)).build();
        UnaryOperator<Assessment> participants = a -> Assessment.builder().from(a)
            .participants(withCouncil(a.getParticipants(), r)).build();
        HttpResponse<String> current = service.get(path);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        Assessment read = json.read(current.body(), DocumentType.ASSESSMENT).getDocument().orElseThrow();

        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (UnaryOperator<Assessment> edit : List.of(rationale, participants)) {
          String body = json.writeString(edit.apply(read));
          answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
            start.await();
            return service.put(path, etag, body);
          }));
        }
        HttpResponse<String> first = answers.get(0).get();
        HttpResponse<String> second = answers.get(1).get();
        assertThat(List.of(first.statusCode(), second.statusCode()))
            .as("round %d", round).containsExactlyInAnyOrder(200, 412);
        HttpResponse<String> lost = first.statusCode() == 412 ? first : second;
        UnaryOperator<Assessment> lostEdit = first.statusCode() == 412 ? rationale : participants;
        assertThat(lost.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(PLAIN.readTree(lost.body()).get("detail").asString())
            .contains("is at version \"" + (2 * round) + "\", not " + etag);

        // the loser reads again and applies its change to the fresh version
        HttpResponse<String> fresh = service.get(path);
        String freshTag = fresh.headers().firstValue("ETag").orElseThrow();
        assertThat(freshTag).isEqualTo("\"" + (2 * round) + "\"");
        Assessment latest = json.read(fresh.body(), DocumentType.ASSESSMENT).getDocument().orElseThrow();
        HttpResponse<String> retried =
            service.put(path, freshTag, json.writeString(lostEdit.apply(latest)));
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.headers().firstValue("ETag")).hasValue("\"" + (2 * round + 1) + "\"");

        Assessment stored = json.read(service.get(path).body(), DocumentType.ASSESSMENT)
            .getDocument().orElseThrow();
        assertThat(stored).isEqualTo(participants.apply(rationale.apply(read)));
        assertThat(stored.getRatings().get(0).getRationale()).hasValue("round " + round);
        assertThat(stored.getParticipants()).contains(Participant.of(Role.COUNCIL, round));
      }
    } finally {
      pool.shutdownNow();
    }
    // the stored score follows the document
    assertThat(service.jdbc.sql("SELECT version FROM assessments WHERE area_code = :a")
        .param("a", area).query(Long.class).single()).isEqualTo(2L * ROUNDS + 1);
  }

  @Test
  void concurrentCreates_one201_one409() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String area = RunningService.newArea();
        String body = json.writeString(RunningService.sampleAssessment("brackenford-2026.json", area));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
            start.await();
            return service.post("/areas/" + area + "/assessments", body);
          }));
        }
        HttpResponse<String> first = answers.get(0).get();
        HttpResponse<String> second = answers.get(1).get();
        assertThat(List.of(first.statusCode(), second.statusCode()))
            .containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> conflict = first.statusCode() == 409 ? first : second;
        assertThat(PLAIN.readTree(conflict.body()).get("detail").asString()).isEqualTo(
            "the assessment " + area + ", 2026-03-31 is stored already (version 1): change it"
                + " with PUT /areas/" + area + "/assessments/2026-03-31 and If-Match");
        assertThat(service.rows("assessments", area)).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void updates_needTheCurrentVersion() {
    String area = RunningService.newArea();
    Plan plan = RunningService.samplePlan("brackenford-plan-2025.json", area);
    String path = "/areas/" + area + "/plans/" + plan.getStartsOn();
    service.post("/areas/" + area + "/plans", json.writeString(plan));
    String changed = json.writeString(Plan.builder().from(plan).title("Renamed challenge").build());

    HttpResponse<String> without = service.put(path, null, changed);
    assertThat(without.statusCode()).isEqualTo(428);
    assertThat(without.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(service.put(path, "*", changed).statusCode()).isEqualTo(428);
    assertThat(service.put(path, "3", changed).statusCode()).isEqualTo(400);
    assertThat(service.put(path, "W/\"1\"", changed).statusCode()).isEqualTo(412);
    assertThat(service.put(path, "\"2\"", changed).statusCode()).isEqualTo(412);
    HttpResponse<String> updated = service.put(path, "\"7\", \"1\"", changed);
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(updated.body()).isEqualTo(changed);
    assertThat(service.get(path).body()).isEqualTo(changed);

    // a document that is not there, and one whose key is not the URL's
    String missing = RunningService.newArea();
    Plan elsewhere = RunningService.samplePlan("brackenford-plan-2025.json", missing);
    assertThat(service.put("/areas/" + missing + "/plans/" + plan.getStartsOn(), "\"1\"",
        json.writeString(elsewhere)).statusCode()).isEqualTo(404);
    HttpResponse<String> moved = service.put("/areas/" + area + "/plans/2020-01-01", "\"2\"", changed);
    assertThat(moved.statusCode()).isEqualTo(422);
    assertThat(PLAIN.readTree(moved.body()).get("type").asString()).endsWith("/key-mismatch");
    assertThat(service.get(path).body()).isEqualTo(changed);
  }

  private static List<Rating> withRationale(List<Rating> ratings, String rationale) {
    List<Rating> changed = new ArrayList<>(ratings);
    changed.set(0, Rating.builder().from(ratings.get(0)).rationale(rationale).build());
    return changed;
  }

  private static List<Participant> withCouncil(List<Participant> participants, int count) {
    List<Participant> changed = new ArrayList<>();
    for (Participant participant : participants) {
      changed.add(participant.getRole() == Role.COUNCIL ? Participant.of(Role.COUNCIL, count)
          : participant);
    }
    return changed;
  }
}
