package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadLimits;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.spring.consumer.ConsumerApplication;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh Spring Boot application with only aba-spring-boot added ({@link ConsumerApplication}:
 * {@code @Valid @RequestBody} of each document type), over real HTTP: every document is read and
 * written as {@link AbaJson} reads and writes it, and every rejected body is answered with problem
 * details listing exactly the issues the reader (and so {@code aba validate}) reports.
 */
class ConsumerHttpTest {
  private static final int LIMIT = 65_536;
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** The reader as the application is configured: the local framework, the smaller limit. */
  private static AbaJson reference;
  private static ConfigurableApplicationContext app;
  private static HttpClient http;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    Framework local;
    try (InputStream in = resource("frameworks/leeds-local-2026.json")) {
      local = AbaJson.standard().read(in, DocumentType.FRAMEWORK).getDocument().orElseThrow();
    }
    reference = AbaJson.builder().registry(FrameworkRegistry.builtIn().with(local))
        .limits(ReadLimits.builder().maxDocumentBytes(LIMIT).build()).build();
    app = new SpringApplicationBuilder(ConsumerApplication.class)
        .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
            "aba.json.max-document-bytes=" + LIMIT, "aba.frameworks=classpath:frameworks/*.json")
        .run();
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    base = "http://127.0.0.1:" + port;
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static InputStream resource(String name) {
    InputStream in = ConsumerHttpTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  static byte[] bytes(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse<byte[]> post(String path, byte[] body, String... headers) {
    return send(path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  static HttpResponse<byte[]> send(String path, HttpRequest.BodyPublisher body,
      String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(body)
        .header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The problem's issues must be exactly these, member for member. */
  static void assertIssues(HttpResponse<byte[]> response, List<Issue> expected) {
    JsonNode problem = PLAIN.readTree(response.body());
    JsonNode wanted = PLAIN.readTree(PLAIN.writeValueAsString(RejectedDocumentException.asMaps(expected)));
    assertThat(problem.get("issues")).isEqualTo(wanted);
  }

  static <T> void assertAnswersAsTheReader(String path, byte[] body, DocumentType<T> type) {
    ReadResult<T> expected = reference.read(body, type);
    HttpResponse<byte[]> response = post(path, body);
    if (expected.isValid()) {
      assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
          .isEqualTo(200);
      assertThat(response.body()).isEqualTo(reference.write(expected.getDocument().orElseThrow()));
      return;
    }
    boolean notJson = expected.getIssues().stream().anyMatch(i ->
        i.getCode() == IssueCode.MALFORMED_JSON || i.getCode() == IssueCode.INVALID_ENCODING);
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(notJson ? 400 : 422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertIssues(response, expected.getIssues());
  }

  // -- documents in and out ---------------------------------------------------------------------

  @Test
  void score_validAssessment_answersTheReportAsAbaJsonWritesIt() {
    byte[] body = bytes("documents/assessment-contract-example.json");
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    ScoreReport expected = Scorer.standard()
        .score(reference.read(body, DocumentType.ASSESSMENT).getDocument().orElseThrow());
    assertThat(response.body()).isEqualTo(reference.write(expected));
    assertThat(response.headers().firstValueAsLong("Content-Length"))
        .hasValue(response.body().length);
  }

  @Test
  void everyDocumentType_readAndWrittenByteForByteAsAbaJson() {
    Assessment assessment = reference.read(bytes("documents/assessment-contract-example.json"),
        DocumentType.ASSESSMENT).getDocument().orElseThrow();
    Assessment later = Assessment.builder().from(assessment)
        .assessedOn(assessment.getAssessedOn().plusYears(1))
        .ratings(List.of(Rating.of(assessment.getRatings().get(0).getAction(), 4))).build();
    Scorer scorer = Scorer.standard();
    OutcomeData outcomes = OutcomeGenerator.validOutcomeData(new Random(7));
    Plan plan = Plans.draft(assessment, scorer, LocalDate.of(2026, 5, 1));
    Map<DocumentType<?>, Object> documents = new LinkedHashMap<>();
    documents.put(DocumentType.ASSESSMENT, assessment);
    documents.put(DocumentType.FRAMEWORK, Frameworks.aba2020());
    documents.put(DocumentType.SCORE_REPORT, scorer.score(assessment));
    documents.put(DocumentType.PROGRESS,
        scorer.progress(scorer.score(assessment), scorer.score(later)));
    documents.put(DocumentType.OUTCOME_DATA, outcomes);
    documents.put(DocumentType.OUTCOME_REPORT, reference.read(
        bytes("documents/outcome-report-compared.json"), DocumentType.OUTCOME_REPORT)
        .getDocument().orElseThrow());
    documents.put(DocumentType.PLAN, plan);
    documents.put(DocumentType.APPROACH_CATALOGUE, Frameworks.aba2020Approaches());
    assertThat(documents.keySet()).containsExactlyInAnyOrderElementsOf(DocumentType.values());
    documents.forEach((type, document) -> {
      byte[] written = reference.writePretty(document).getBytes(StandardCharsets.UTF_8);
      HttpResponse<byte[]> response = post("/echo/" + type.getName(), written);
      assertThat(response.statusCode()).as(type.getName()).isEqualTo(200);
      assertThat(response.body()).as(type.getName()).isEqualTo(reference.write(document));
    });
  }

  @Test
  void everyDocumentType_unknownField_is422WithTheReadersIssues() {
    byte[] body = "{\"schemaVersion\": 1, \"bogus\": true}".getBytes(StandardCharsets.UTF_8);
    for (DocumentType<?> type : DocumentType.values()) {
      HttpResponse<byte[]> response = post("/echo/" + type.getName(), body);
      assertThat(response.statusCode()).as(type.getName()).isEqualTo(422);
      assertIssues(response, reference.read(body, type).getIssues());
      assertThat(PLAIN.readTree(response.body()).get("documentType").asString())
          .isEqualTo(type.getName());
    }
  }

  // -- the bug this module exists for -----------------------------------------------------------

  @Test
  void typoInAFieldName_is422_notASilentlyWrongScore() {
    String text = new String(bytes("documents/assessment-contract-example.json"),
        StandardCharsets.UTF_8).replace("\"ratings\"", "\"ratngs\"");
    HttpResponse<byte[]> response = post("/score", text.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = PLAIN.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo(RejectedDocumentException.PROBLEM_TYPE);
    assertThat(problem.get("title").asString()).isEqualTo("Invalid document");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("instance").asString()).isEqualTo("/score");
    assertThat(problem.get("documentType").asString()).isEqualTo("assessment");
    assertThat(problem.get("detail").asString()).startsWith("The assessment has ");
    assertThat(problem.get("issues").findValuesAsString("code")).contains("UNKNOWN_FIELD");
    assertIssues(response, reference.read(text, DocumentType.ASSESSMENT).getIssues());
  }

  @Test
  void problem_isProblemJson_whateverTheClientAccepts() {
    byte[] body = "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8);
    for (String accept : List.of("application/json", "application/xml", "text/html", "*/*")) {
      HttpResponse<byte[]> response = post("/score", body, "Accept", accept);
      assertThat(response.statusCode()).as(accept).isEqualTo(422);
      assertThat(response.headers().firstValue("Content-Type")).as(accept)
          .hasValue("application/problem+json");
      assertIssues(response, reference.read(body, DocumentType.ASSESSMENT).getIssues());
    }
  }

  // -- generated bad input ----------------------------------------------------------------------

  private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\":");
  private static final Pattern NUMBER = Pattern.compile(": (-?[0-9]+(\\.[0-9]+)?)");
  private static final Pattern STRING_VALUE = Pattern.compile(": (\"[^\"]*\")");

  /** One seeded text mutation of a pretty-printed document; some leave it valid. */
  static String mutate(String json, Random random) {
    switch (random.nextInt(9)) {
      case 0: return at(json, KEY, random, m -> "\"" + m.group(1) + "x\":");
      case 1: return at(json, NUMBER, random, m -> ": \"" + m.group(1) + "\"");
      case 2: return at(json, NUMBER, random, m -> ": " + (random.nextBoolean() ? "99" : "-1"));
      case 3: {
        int i = random.nextInt(json.length());
        return json.substring(0, i) + json.substring(i + 1);
      }
      case 4: return json.substring(0, random.nextInt(json.length()));
      case 5: return "{\"extra\": 1, " + json.substring(json.indexOf('{') + 1);
      case 6: return at(json, KEY, random, m -> m.group() + " 1, " + m.group());
      case 7: return at(json, STRING_VALUE, random, m -> ": \"\"");
      default: return json;
    }
  }

  private static String at(String json, Pattern pattern, Random random,
      Function<Matcher, String> replacement) {
    Matcher matcher = pattern.matcher(json);
    List<int[]> spans = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(), matcher.end()});
      replacements.add(replacement.apply(matcher));
    }
    if (spans.isEmpty()) {
      return json;
    }
    int pick = random.nextInt(spans.size());
    return json.substring(0, spans.get(pick)[0]) + replacements.get(pick)
        + json.substring(spans.get(pick)[1]);
  }

  @Test
  void generatedAndMutatedAssessments_answeredExactlyAsTheReaderReadsThem() {
    long seed = AssessmentGenerator.BASE_SEED + 15;
    Random random = new Random(seed);
    int valid = 0;
    int rejected = 0;
    for (int i = 0; i < 200; i++) {
      Assessment generated = AssessmentGenerator.validAssessment(random);
      String text = mutate(reference.writePretty(generated), random);
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      if (reference.read(body, DocumentType.ASSESSMENT).isValid()) {
        valid++;
      } else {
        rejected++;
      }
      assertAnswersAsTheReader("/echo/assessment", body, DocumentType.ASSESSMENT);
    }
    assertThat(valid).as("seed %d", seed).isGreaterThan(10);
    assertThat(rejected).as("seed %d", seed).isGreaterThan(100);
  }

  @Test
  void notJson_is400WithTheReadersIssue() {
    byte[] body = "ratings: 3".getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(PLAIN.readTree(response.body()).get("title").asString()).isEqualTo("Not JSON");
    assertIssues(response, reference.read(body, DocumentType.ASSESSMENT).getIssues());
    assertThat(reference.read(body, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.MALFORMED_JSON);
  }

  @Test
  void emptyBody_is400WithTheReadersIssue() {
    HttpResponse<byte[]> response = post("/score", new byte[0]);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertIssues(response, reference.read(new byte[0], DocumentType.ASSESSMENT).getIssues());
  }

  @Test
  void invalidUtf8_is400WithTheReadersIssue() {
    byte[] body = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertIssues(response, reference.read(body, DocumentType.ASSESSMENT).getIssues());
    assertThat(reference.read(body, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).contains(IssueCode.INVALID_ENCODING);
  }

  @Test
  void tooLarge_withContentLength_is413WithTheReadersIssue() {
    byte[] body = oversized();
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(PLAIN.readTree(response.body()).get("title").asString())
        .isEqualTo("Document too large");
    assertIssues(response, reference.read(body, DocumentType.ASSESSMENT).getIssues());
  }

  @Test
  void tooLarge_streamedWithoutContentLength_is413WithTheReadersIssue() {
    byte[] body = oversized();
    HttpResponse<byte[]> response = send("/score",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertIssues(response, reference.read(body, DocumentType.ASSESSMENT).getIssues());
  }

  @Test
  void justUnderTheLimit_isReadNotRefusedForItsSize() {
    byte[] document = bytes("documents/assessment-contract-example.json");
    byte[] padded = new byte[LIMIT];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(document, 0, padded, 0, document.length);
    HttpResponse<byte[]> response = post("/score", padded);
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private static byte[] oversized() {
    byte[] document = bytes("documents/assessment-contract-example.json");
    byte[] padded = new byte[LIMIT + 1];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(document, 0, padded, 0, document.length);
    return padded;
  }

  // -- local frameworks -------------------------------------------------------------------------

  @Test
  void localFramework_readsValidatesAndScores() {
    byte[] body = bytes("documents/assessment-local-framework.json");
    assertThat(AbaJson.standard().read(body, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.UNKNOWN_FRAMEWORK);
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(PLAIN.readTree(response.body()).get("framework").asString())
        .isEqualTo("leeds-local-2026");
  }

  @Test
  void localFramework_theApplicationsValidatorKnowsIt() {
    Assessment local = reference.read(bytes("documents/assessment-local-framework.json"),
        DocumentType.ASSESSMENT).getDocument().orElseThrow();
    Validator validator = app.getBean(Validator.class);
    assertThat(validator.validate(local)).isEmpty();
    Assessment unknownAction = Assessment.builder().from(local)
        .addRatings(Rating.of("no-such-action", 2)).build();
    assertThat(validator.validate(unknownAction)).hasSize(1);
  }
}
