package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and malformed input is answered with issues: never an exception, a hang or a document. */
class HostileInputTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final String VALID = JSON.writeString(
      AssessmentGenerator.completeAssessment(new Random(AssessmentGenerator.BASE_SEED)));

  private static String withRating(String value) {
    return VALID.replaceFirst("\"rating\":[0-9]", "\"rating\":" + value.replace("$", "\\$"));
  }

  static Stream<Arguments> hostileTexts() {
    return Stream.of(
        Arguments.of("NaN rating", withRating("NaN"), IssueCode.MALFORMED_JSON),
        Arguments.of("Infinity rating", withRating("Infinity"), IssueCode.MALFORMED_JSON),
        Arguments.of("negative Infinity", withRating("-Infinity"), IssueCode.MALFORMED_JSON),
        Arguments.of("huge exponent", withRating("1e999999"), IssueCode.LIMIT_EXCEEDED),
        Arguments.of("huge negative exponent", withRating("1e-999999"), IssueCode.LIMIT_EXCEEDED),
        Arguments.of("40-digit integer", withRating("1234567890123456789012345678901234567890"),
            IssueCode.RATING_OUT_OF_RANGE),
        Arguments.of("100-digit integer", withRating("1".repeat(100)), IssueCode.LIMIT_EXCEEDED),
        Arguments.of("float for int", withRating("3.5"), IssueCode.WRONG_TYPE),
        Arguments.of("string for int", withRating("\"3\""), IssueCode.WRONG_TYPE),
        Arguments.of("object for int", withRating("{}"), IssueCode.WRONG_TYPE),
        Arguments.of("array for int", withRating("[3]"), IssueCode.WRONG_TYPE),
        Arguments.of("boolean for int", withRating("true"), IssueCode.WRONG_TYPE),
        Arguments.of("null rating", withRating("null"), IssueCode.MISSING_FIELD),
        Arguments.of("object for array", VALID.replace("\"participants\":[", "\"participants\":{\"x\":[")
            .replace("],\"ratings\"", "]},\"ratings\""), IssueCode.WRONG_TYPE),
        Arguments.of("@class field", VALID.replaceFirst("\\{", "{\"@class\":\"java.lang.Runtime\","),
            IssueCode.UNKNOWN_FIELD),
        Arguments.of("class array as area",
            VALID.replaceFirst("\"area\":\\{[^}]*\\}", "\"area\":[\"java.lang.Runtime\",{\"exec\":\"x\"}]"),
            IssueCode.WRONG_TYPE),
        Arguments.of("duplicate key", VALID.replaceFirst("\\{", "{\"framework\":\"aba-2020\","),
            IssueCode.DUPLICATE_KEY),
        Arguments.of("trailing tokens", VALID + " {}", IssueCode.MALFORMED_JSON),
        Arguments.of("trailing garbage", VALID + "x", IssueCode.MALFORMED_JSON),
        Arguments.of("truncated", VALID.substring(0, VALID.length() / 2), IssueCode.MALFORMED_JSON),
        Arguments.of("empty", "", IssueCode.MALFORMED_JSON),
        Arguments.of("only white space", "  \n ", IssueCode.MALFORMED_JSON),
        Arguments.of("single quotes", "{'schemaVersion':1}", IssueCode.MALFORMED_JSON),
        Arguments.of("comment", "/* x */" + VALID, IssueCode.MALFORMED_JSON),
        Arguments.of("trailing comma", VALID.replaceFirst("\\]\\}$", "],}"), IssueCode.MALFORMED_JSON),
        Arguments.of("leading zero", withRating("03"), IssueCode.MALFORMED_JSON),
        Arguments.of("unescaped control character",
            VALID.replaceFirst("\"name\":\"", "\"name\":\"\u0001"), IssueCode.INVALID_ENCODING),
        Arguments.of("deep nesting", "[".repeat(100_000) + "]".repeat(100_000),
            IssueCode.LIMIT_EXCEEDED),
        Arguments.of("deep object nesting", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
            IssueCode.LIMIT_EXCEEDED),
        Arguments.of("huge string", VALID.replaceFirst("\"name\":\"", "\"name\":\"" + "x".repeat(50_000)),
            IssueCode.LIMIT_EXCEEDED),
        Arguments.of("huge field name", "{\"" + "k".repeat(20_000) + "\":1}", IssueCode.LIMIT_EXCEEDED),
        Arguments.of("huge array", VALID.replace("\"participants\":[",
            "\"participants\":[" + "1,".repeat(20_000)), IssueCode.LIMIT_EXCEEDED),
        Arguments.of("huge object", "{" + java.util.stream.IntStream.range(0, 20_000)
            .mapToObj(i -> "\"k" + i + "\":1").collect(java.util.stream.Collectors.joining(","))
            + "}", IssueCode.LIMIT_EXCEEDED),
        Arguments.of("many small arrays", "[" + "[1,1,1,1,1,1,1,1,1],".repeat(30_000) + "1]",
            IssueCode.LIMIT_EXCEEDED),
        Arguments.of("root is an array", "[" + VALID + "]", IssueCode.WRONG_TYPE),
        Arguments.of("root is a string", "\"assessment\"", IssueCode.WRONG_TYPE),
        Arguments.of("schemaVersion 2", VALID.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            IssueCode.UNSUPPORTED_SCHEMA_VERSION),
        Arguments.of("schemaVersion as string",
            VALID.replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""), IssueCode.WRONG_TYPE),
        Arguments.of("schemaVersion 1.0", VALID.replace("\"schemaVersion\":1", "\"schemaVersion\":1.0"),
            IssueCode.UNSUPPORTED_SCHEMA_VERSION),
        Arguments.of("rating 3.0", withRating("3.0"), IssueCode.WRONG_TYPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  void hostileText_givesIssues_withCodeAndLocation(String name, String text, IssueCode expected) {
    ReadResult<Assessment> result = JSON.read(text, DocumentType.ASSESSMENT);
    assertThat(result.isValid()).as(name).isFalse();
    assertThat(result.getDocument()).isEmpty();
    assertThat(result.getIssues()).as(name).extracting(Issue::getCode).contains(expected);
    assertWellFormed(result.getIssues());
  }

  @Test
  void invalidUtf8_isAnEncodingIssue() {
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88})) {
      String prefix = "{\"schemaVersion\":1,\"framework\":\"";
      byte[] text = new byte[valid.length + bad.length];
      System.arraycopy(valid, 0, text, 0, prefix.length());
      System.arraycopy(bad, 0, text, prefix.length(), bad.length);
      System.arraycopy(valid, prefix.length(), text, prefix.length() + bad.length,
          valid.length - prefix.length());
      ReadResult<Assessment> result = JSON.read(text, DocumentType.ASSESSMENT);
      assertThat(result.getIssues()).extracting(Issue::getCode).containsExactly(IssueCode.INVALID_ENCODING);
      assertWellFormed(result.getIssues());
    }
  }

  @Test
  void utf16Input_isAnEncodingIssue() {
    ReadResult<Assessment> result =
        JSON.read(VALID.getBytes(StandardCharsets.UTF_16LE), DocumentType.ASSESSMENT);
    assertThat(result.getIssues()).extracting(Issue::getCode).containsExactly(IssueCode.INVALID_ENCODING);
  }

  @Test
  void unpairedSurrogateInString_isAnEncodingIssue() {
    ReadResult<Assessment> result =
        JSON.read(VALID.replaceFirst("\"name\":\"", "\"name\":\"\uD800"), DocumentType.ASSESSMENT);
    assertThat(result.getIssues()).extracting(Issue::getCode).containsExactly(IssueCode.INVALID_ENCODING);
  }

  @Test
  void documentOverSizeLimit_isRejectedBeforeParsing_fromBytesStringAndStream() {
    AbaJson small = AbaJson.builder().limits(ReadLimits.builder().maxDocumentBytes(100).build()).build();
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    assertThat(small.read(bytes, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(small.read(VALID, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    assertThat(small.read(endless, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), DocumentType.ASSESSMENT).isValid()).isTrue();
  }

  @Test
  void customLimits_applyToStringsArraysNumbersAndDepth() {
    AbaJson strict = AbaJson.builder().limits(ReadLimits.builder()
        .maxStringLength(5).maxArrayItems(2).maxNumberLength(3).maxNestingDepth(2).build()).build();
    assertThat(strict.read("{\"a\":\"123456\"}", DocumentType.ASSESSMENT).getIssues())
        .filteredOn(issue -> issue.getPath().equals("/a"))
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(strict.read("{\"a\":[1,2,3]}", DocumentType.ASSESSMENT).getIssues())
        .filteredOn(issue -> issue.getPath().equals("/a"))
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(strict.read("{\"a\":1234}", DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(strict.read("{\"a\":{\"b\":[1]}}", DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
    assertThat(strict.read("{\"a\":1,\"b\":2,\"c\":3}", DocumentType.ASSESSMENT).getIssues())
        .filteredOn(issue -> issue.getPath().isEmpty())
        .extracting(Issue::getCode).contains(IssueCode.LIMIT_EXCEEDED);
    assertThat(strict.read(VALID, DocumentType.ASSESSMENT).isValid()).isFalse();
    AbaJson fewValues = AbaJson.builder().limits(ReadLimits.builder().maxValues(10).build()).build();
    assertThat(fewValues.read(VALID, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.LIMIT_EXCEEDED);
  }

  @Test
  void issueMessages_neverRepeatTheDocumentsText() {
    String secret = "SECRET-PERSONAL-DATA";
    String text = VALID.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":" + "{\"x\":\"" + secret + "\"}")
        .replaceFirst("\\{", "{\"" + "z" + "\":\"" + secret + "\",")
        .replace("\"framework\":\"aba-2020\"", "\"framework\":\"" + secret + "\"");
    ReadResult<Assessment> result = JSON.read(text, DocumentType.ASSESSMENT);
    assertThat(result.getIssues()).isNotEmpty();
    assertThat(result.getIssues()).allSatisfy(
        issue -> assertThat(issue.getMessage()).doesNotContain(secret));
  }

  /**
   * A number beyond what its field's Java type holds is an issue at its own pointer with a range
   * code, in every integer field of the outcome data, never one at the root.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"numerator", "denominator",
      "respondents"})
  void integersBeyondLong_areOutOfRangeAtTheirPointer(String field) {
    org.assetbasedarea.aba.outcomes.OutcomeData data =
        org.assetbasedarea.aba.outcomes.OutcomeData.builder()
            .framework("aba-2020")
            .area(org.assetbasedarea.aba.assessment.Area.of("E08000035", "Leeds"))
            .period(org.assetbasedarea.aba.outcomes.Period.of(
                java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2026, 3, 31)))
            .addShares(org.assetbasedarea.aba.outcomes.ShareFigure.of("ascof-1b", 40, 100))
            .addMeans(org.assetbasedarea.aba.outcomes.MeanFigure.of("ascof-1a", 120, 19.5, 2.5))
            .build();
    String text = JSON.writeString(data);
    for (String huge : List.of("9223372036854775808", "100000000000000000000000000000",
        "-9223372036854775809")) {
      String broken = text.replaceFirst("\"" + field + "\":[0-9]+", "\"" + field + "\":" + huge);
      List<Issue> issues = JSON.read(broken, DocumentType.OUTCOME_DATA).getIssues();
      assertWellFormed(issues);
      assertThat(issues).as("%s = %s", field, huge).extracting(Issue::getPath)
          .allSatisfy(path -> assertThat(path).endsWith("/" + field));
      assertThat(issues).extracting(Issue::getCode).as("%s = %s", field, huge)
          .containsAnyOf(IssueCode.VALUE_OUT_OF_RANGE, IssueCode.COUNT_OUT_OF_RANGE)
          .doesNotContain(IssueCode.CONSTRAINT_VIOLATED, IssueCode.INTERNAL_ERROR);
    }
  }

  static void assertWellFormed(List<Issue> issues) {
    assertThat(issues).isNotEmpty();
    for (Issue issue : issues) {
      assertThat(Pointer.isValid(issue.getPath())).as(issue.getPath()).isTrue();
      assertThat(issue.getMessage()).isNotBlank();
      assertThat(issue.getLine()).isPresent();
      assertThat(issue.getColumn()).isPresent();
      assertThat(issue.getLine().getAsLong()).isPositive();
      assertThat(issue.getColumn().getAsInt()).isPositive();
    }
  }
}
