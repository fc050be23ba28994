package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.assetbasedarea.aba.testing.AssessmentMutations.Kind;
import org.assetbasedarea.aba.testing.AssessmentMutations.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assessment fast path of {@link AbaJson#read(byte[], DocumentType)} accepts only documents
 * the full path (located parse, schema check, bind, validate) accepts, gives the same document
 * for them, and does accept the ordinary ones (or it buys nothing).
 */
class FastAssessmentReadTest {
  private static final AbaJson JSON = AbaJson.standard();

  static Stream<Long> seeds() {
    return LongStream.range(0, 10).mapToObj(i -> AssessmentGenerator.BASE_SEED + 101 * i);
  }

  /** The fast path's answer: null for "the full path decides". */
  private static Assessment fast(AbaJson json, byte[] bytes) {
    return json.fastAssessments().read(bytes, json.readValidator());
  }

  private static void assertAgreesWithFullPath(AbaJson json, byte[] bytes, String what) {
    Assessment fast = fast(json, bytes);
    ReadResult<Assessment> full = json.readWithoutFastPath(bytes, DocumentType.ASSESSMENT);
    if (fast != null) {
      assertThat(full.getIssues()).as("%s: fast path accepted what the full path rejects", what)
          .isEmpty();
      assertThat(full.getDocument()).as(what).contains(fast);
    }
    assertThat(json.read(bytes, DocumentType.ASSESSMENT).getIssues()).as(what)
        .isEqualTo(full.getIssues());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedValidAssessment_fastPathGivesTheFullPathsDocument_compactAndPretty(long seed) {
    Random random = new Random(seed);
    int taken = 0;
    for (int i = 0; i < 100; i++) {
      Assessment assessment = AssessmentGenerator.validAssessment(random);
      byte[] compact = JSON.write(assessment);
      byte[] pretty = JSON.writePretty(assessment).getBytes(StandardCharsets.UTF_8);
      assertAgreesWithFullPath(JSON, compact, "seed " + seed + " case " + i + " compact");
      assertAgreesWithFullPath(JSON, pretty, "seed " + seed + " case " + i + " pretty");
      boolean ordinary = !assessment.getParticipants().isEmpty()
          && !assessment.getRatings().isEmpty()
          && assessment.getRatings().stream().noneMatch(r -> r.getEvidence().isEmpty());
      if (ordinary) {
        taken++;
        assertThat(fast(JSON, compact)).as("seed %d case %d: ordinary document", seed, i)
            .isEqualTo(assessment);
        assertThat(fast(JSON, pretty)).as("seed %d case %d: pretty", seed, i).isEqualTo(assessment);
      }
    }
    assertThat(taken).as("ordinary documents among 100").isGreaterThan(10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySingleMutation_isLeftToTheFullPath(long seed) {
    Random random = new Random(seed);
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < 10; i++) {
        Mutation mutation = AssessmentMutations.mutate(random, kind);
        byte[] bytes = JSON.write(mutation.assessment());
        assertThat(fast(JSON, bytes)).as("seed %d: %s", seed, mutation).isNull();
        assertThat(JSON.read(bytes, DocumentType.ASSESSMENT).getIssues())
            .as("seed %d: %s", seed, mutation).isNotEmpty();
      }
    }
  }

  /** Valid in the model but not in the published schema, or beyond limits: never fast. */
  @Test
  void whatBindingAloneWouldAccept_isLeftToTheFullPath() {
    String good = "{\"schemaVersion\":1,\"framework\":\"aba-2020\","
        + "\"area\":{\"code\":\"E08000035\",\"name\":\"Leeds\"},\"assessedOn\":\"2026-03-31\","
        + "\"participants\":[{\"role\":\"CARER\",\"count\":2}],"
        + "\"ratings\":[{\"action\":\"share-power\",\"rating\":3,\"evidence\":["
        + "{\"kind\":\"PEOPLES_EXPERIENCE\",\"summary\":\"Minutes\",\"source\":\"https://example.org/m\"}"
        + "]}]}";
    assertThat(fast(JSON, good.getBytes(StandardCharsets.UTF_8))).as("the good document").isNotNull();
    List<String> bad = new ArrayList<>();
    bad.add(good.replace("\"2026-03-31\"", "\"2026-03-31T10:00:00\""));
    bad.add(good.replace("\"2026-03-31\"", "\" 2026-03-31\""));
    bad.add(good.replace("\"2026-03-31\"", "\"-2026-03-31\""));
    bad.add(good.replace("\"2026-03-31\"", "\"+2026-03-31\""));
    bad.add(good.replace("\"2026-03-31\"", "\"2026-02-30\""));
    bad.add(good.replace("\"CARER\"", "\" CARER\""));
    bad.add(good.replace("\"CARER\"", "\"CARER \""));
    bad.add(good.replace("\"CARER\"", "\"carer\""));
    bad.add(good.replace("\"CARER\"", "1"));
    bad.add(good.replace("\"PEOPLES_EXPERIENCE\"", "\"PEOPLES_EXPERIENCE \""));
    bad.add(good.replace("\"https://example.org/m\"", "\" https://example.org/m\""));
    bad.add(good.replace("\"https://example.org/m\"", "\"https://example.org/m \""));
    bad.add(good.replace("\"https://example.org/m\"", "\"https://under_score.example/m\""));
    bad.add(good.replace("\"https://example.org/m\"", "\"https://example.org/\\u00fc\""));
    bad.add(good.replace("\"https://example.org/m\"", "\"https://example.org/a?b=[1]\""));
    bad.add(good.replace("\"https://example.org/m\"", "\"https:example.org\""));
    bad.add(good.replace("\"https://example.org/m\"", "null"));
    bad.add(good.replace(",\"participants\":[{\"role\":\"CARER\",\"count\":2}]", ""));
    bad.add(good.replace("\"participants\":[{\"role\":\"CARER\",\"count\":2}],", ""));
    bad.add(good.replace(",\"evidence\":[{\"kind\":\"PEOPLES_EXPERIENCE\",\"summary\":\"Minutes\","
        + "\"source\":\"https://example.org/m\"}]", ""));
    bad.add(good.replace("\"schemaVersion\":1,", ""));
    bad.add(good.replace("\"schemaVersion\":1,", "\"schemaVersion\":1.0,"));
    bad.add(good.replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"schemaVersion\":1,"));
    bad.add(good.replace("\"count\":2", "\"count\":2.0"));
    bad.add(good.replace("\"count\":2", "\"count\":\"2\""));
    bad.add(good.replace("\"rating\":3", "\"rating\":3,\"rating\":3"));
    bad.add(good.replace("\"rating\":3", "\"rating\":3,\"rationale\":null"));
    bad.add(good.replace("\"rating\":3", "\"rating\":3,\"extra\":true"));
    bad.add(good.replace("\"name\":\"Leeds\"", "\"name\":\"\\u2003\""));
    String named = good.replace("\"source\":\"https://example.org/m\"}",
        "\"source\":\"https://example.org/m\",\"approach\":\"community-circles\"}");
    assertThat(fast(JSON, named.getBytes(StandardCharsets.UTF_8))).as("naming an approach")
        .isNotNull();
    bad.add(named.replace("\"community-circles\"", "\"no-such-approach\""));
    bad.add(named.replace("\"community-circles\"", "\" community-circles\""));
    bad.add(named.replace("\"community-circles\"", "\"Community-Circles\""));
    bad.add(named.replace("\"community-circles\"", "null"));
    bad.add(named.replace("\"community-circles\"", "1"));
    bad.add(named.replace("\"community-circles\"", "[\"community-circles\"]"));
    bad.add(named.replace("\"community-circles\"", "\"community-circles\",\"approach\":\"keyring\""));
    // a non-ASCII letter that case-folds to s: String.regionMatches(true, ...) would take it
    bad.add(good.replace("\"https://example.org/m\"", "\"http\u017f://example.org/m\""));
    bad.add(good.replace("\"https://example.org/m\"", "\"HTTP\u017f://example.org/m\""));
    bad.add(good + " x");
    bad.add(good + "{}");
    bad.add("[" + good + "]");
    for (String text : bad) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(fast(JSON, bytes)).as(text).isNull();
      assertThat(JSON.read(bytes, DocumentType.ASSESSMENT).getIssues()).as(text).isNotEmpty();
    }
  }

  /**
   * Under a string limit shorter than an enum name (16 characters of LIVED_EXPERIENCE) or a field
   * name (13 of schemaVersion), a document whose free texts all fit is still the full path's.
   */
  @Test
  void stringLimitsShorterThanFixedNames_leaveEvenShortDocumentsToTheFullPath() {
    String small = "{\"schemaVersion\":1,\"framework\":\"aba-2020\","
        + "\"area\":{\"code\":\"E08000035\",\"name\":\"Leeds\"},\"assessedOn\":\"2026-03-31\","
        + "\"participants\":[{\"role\":\"LIVED_EXPERIENCE\",\"count\":2}],"
        + "\"ratings\":[{\"action\":\"share-power\",\"rating\":3,\"evidence\":["
        + "{\"kind\":\"OUTCOMES\",\"summary\":\"Minutes\"}]}]}";
    byte[] bytes = small.getBytes(StandardCharsets.UTF_8);
    assertThat(fast(JSON, bytes)).isNotNull();
    for (int limit : new int[] {12, 15}) {
      AbaJson json = AbaJson.builder().limits(ReadLimits.builder().maxStringLength(limit).build())
          .build();
      assertThat(json.read(bytes, DocumentType.ASSESSMENT).getIssues()).as("limit %d", limit)
          .extracting(org.assetbasedarea.aba.issues.Issue::getCode)
          .contains(org.assetbasedarea.aba.issues.IssueCode.LIMIT_EXCEEDED);
      assertThat(fast(json, bytes)).as("limit %d", limit).isNull();
    }
  }

  @Test
  void customLimits_thatTheDocumentExceeds_leaveItToTheFullPath() {
    Assessment assessment = AssessmentGenerator.completeAssessment(new Random(42));
    byte[] bytes = JSON.write(assessment);
    List<ReadLimits> limits = List.of(
        ReadLimits.builder().maxStringLength(5).build(),
        ReadLimits.builder().maxArrayItems(3).build(),
        ReadLimits.builder().maxValues(40).build(),
        ReadLimits.builder().maxNestingDepth(3).build(),
        ReadLimits.builder().maxDocumentBytes(bytes.length - 1).build());
    for (ReadLimits limit : limits) {
      AbaJson json = AbaJson.builder().limits(limit).build();
      assertThat(json.read(bytes, DocumentType.ASSESSMENT).getIssues()).as("%s", limit).isNotEmpty();
      assertAgreesWithFullPath(json, bytes, limit.toString());
    }
  }

  /**
   * The date scanner matches the regular expression it replaces, on random strings (the source
   * address scanner is WebUri.Validator.isPlainWebUri, tested in aba-core).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void dateScanner_agreesWithItsRegularExpression(long seed) {
    Pattern date = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    String[] prefixes = {"", "http://", "https://", "HTTPS://", "hTtP://", "http:/", "ftp://"};
    String alphabet = "aZ09-._~:/?#@!$&'()*+,;=%[] \"\u00e9\u2003<>{}|^`";
    Random random = new Random(seed);
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = text.toString();
      String dateCandidate = random.nextBoolean() ? String.format("%04d-%02d-%02d",
          random.nextInt(10000), random.nextInt(100), random.nextInt(100)) : candidate;
      if (random.nextInt(4) == 0 && dateCandidate.length() > 3) {
        dateCandidate = dateCandidate.substring(1) + alphabet.charAt(random.nextInt(alphabet.length()));
      }
      assertThat(FastAssessmentRead.isPlainDate(dateCandidate)).as("date '%s'", dateCandidate)
          .isEqualTo(date.matcher(dateCandidate).matches());
    }
  }

  /** The binder's own date reading agrees with {@code LocalDate.parse} on every plain date. */
  @Test
  void dates_agreeWithIsoParsing_onEveryMonthAndDayOfSomeYears() {
    for (int year : new int[] {0, 1, 1900, 2000, 2023, 2024, 2100, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
          java.time.LocalDate expected;
          try {
            expected = java.time.LocalDate.parse(text);
          } catch (java.time.format.DateTimeParseException e) {
            expected = null;
          }
          assertThat(FastAssessmentRead.date(text)).as(text).isEqualTo(expected);
        }
      }
    }
  }

  /**
   * Every JSON-level mutation (unknown, duplicate and missing fields, nulls, fractions, numbers in
   * strings, type swaps, at every value) of generated documents: the streaming binder accepts one
   * only when the full path accepts it and gives its document.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyJsonLevelMutation_agreesWithTheFullPath(long seed) {
    Random random = new Random(seed);
    int checked = 0;
    for (int i = 0; i < 3; i++) {
      Assessment assessment = AssessmentGenerator.completeAssessment(random);
      tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder()
          .build().readTree(JSON.write(assessment));
      for (JsonMutations.Mutation mutation : JsonMutations.sample(tree, random, 150)) {
        byte[] bytes = mutation.text().getBytes(StandardCharsets.UTF_8);
        assertAgreesWithFullPath(JSON, bytes, "seed " + seed + ": " + mutation);
        if (mutation.alwaysInvalid()) {
          assertThat(fast(JSON, bytes)).as("seed %d: %s", seed, mutation).isNull();
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(450);
  }

  /** Fields may come in any order: the binder takes them all, and gives the same document. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fieldsInAnyOrder_areReadFast_asTheSameDocument(long seed) {
    Random random = new Random(seed);
    tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder()
        .build();
    int taken = 0;
    for (int i = 0; i < 40; i++) {
      Assessment assessment = AssessmentGenerator.validAssessment(random);
      tools.jackson.databind.JsonNode shuffled = shuffle(plain.readTree(JSON.write(assessment)),
          random);
      byte[] bytes = plain.writeValueAsBytes(shuffled);
      assertAgreesWithFullPath(JSON, bytes, "shuffled, seed " + seed + " case " + i);
      boolean ordinary = !assessment.getParticipants().isEmpty()
          && !assessment.getRatings().isEmpty()
          && assessment.getRatings().stream().noneMatch(r -> r.getEvidence().isEmpty());
      if (ordinary) {
        taken++;
        assertThat(fast(JSON, bytes) != null).as("seed %d case %d: shuffled, read fast", seed, i)
            .isTrue();
        assertThat(fast(JSON, bytes).equals(assessment)).as("seed %d case %d: same", seed, i)
            .isTrue();
      }
    }
    assertThat(taken).as("ordinary documents among 40").isGreaterThan(4);
  }

  private static tools.jackson.databind.JsonNode shuffle(tools.jackson.databind.JsonNode node,
      Random random) {
    if (node.isObject()) {
      List<java.util.Map.Entry<String, tools.jackson.databind.JsonNode>> fields =
          new ArrayList<>(node.properties());
      java.util.Collections.shuffle(fields, random);
      tools.jackson.databind.node.ObjectNode copy =
          tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> field : fields) {
        copy.set(field.getKey(), shuffle(field.getValue(), random));
      }
      return copy;
    }
    if (node.isArray()) {
      tools.jackson.databind.node.ArrayNode copy =
          tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      for (tools.jackson.databind.JsonNode item : node) {
        copy.add(shuffle(item, random));
      }
      return copy;
    }
    return node;
  }

  /**
   * The fast read looks for zero bytes only among the first four (so that Jackson reads UTF-8):
   * one anywhere else must still keep the document off the fast path, as Jackson refuses it.
   */
  @Test
  void aZeroByteAtAnyOffset_isLeftToTheFullPath() {
    byte[] good = JSON.write(Documents.typicalLike());
    assertThat(fast(JSON, good)).isNotNull();
    for (int at = 0; at <= good.length; at++) {
      byte[] bad = new byte[good.length + 1];
      System.arraycopy(good, 0, bad, 0, at);
      System.arraycopy(good, at, bad, at + 1, good.length - at);
      assertThat(fast(JSON, bad)).as("zero at %d", at).isNull();
      byte[] replaced = good.clone();
      if (at < good.length) {
        replaced[at] = 0;
        assertThat(fast(JSON, replaced)).as("zero replacing byte %d", at).isNull();
      }
    }
  }

  /**
   * Field names are matched in the parser's buffer: a name spelled with escapes, or a near miss,
   * must still be read as the full path reads it (or left to it).
   */
  @Test
  void fieldNamesWithEscapesOrNearMisses_agreeWithTheFullPath() {
    String good = new String(JSON.write(Documents.typicalLike()), StandardCharsets.UTF_8);
    List<String> variants = List.of(
        good.replace("\"schemaVersion\"", "\"\\u0073chemaVersion\""),
        good.replace("\"summary\"", "\"summ\\u0061ry\""),
        good.replace("\"kind\"", "\"kinD\""),
        good.replace("\"kind\"", "\"kind \""),
        good.replace("\"rating\":", "\"ratings\":"),
        good.replace("\"ratings\":", "\"rating\":"),
        good.replace("\"code\"", "\"c\u00f6de\""),
        good.replace("\"participants\"", "\"participantsparticipantsparticipants\""));
    for (String variant : variants) {
      assertThat(variant).isNotEqualTo(good);
      assertAgreesWithFullPath(JSON, variant.getBytes(StandardCharsets.UTF_8), variant);
    }
  }

  /** A small ordinary assessment. */
  private static final class Documents {
    static Assessment typicalLike() {
      Random random = new Random(7);
      while (true) {
        Assessment assessment = AssessmentGenerator.validAssessment(random);
        if (!assessment.getParticipants().isEmpty() && !assessment.getRatings().isEmpty()
            && assessment.getRatings().stream().noneMatch(r -> r.getEvidence().isEmpty())) {
          return assessment;
        }
      }
    }
  }
}
