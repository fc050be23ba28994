package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way a text can fail to be UTF-8, or carry a character UTF-8 cannot hold, is {@code
 * INVALID_ENCODING}: on the full path and the assessment fast path, for every document type, in
 * a string value and in a field name, at the first, a middle and the last string of a document;
 * and for whole documents in UTF-16 or UTF-32, with and without a byte-order mark.
 */
class EncodingTest {
  private static final AbaJson JSON = AbaJson.standard();

  /** Defects placed right after the opening quote of a string, as the bytes of the text. */
  static Stream<Arguments> defects() {
    return Stream.of(
        Arguments.of("escaped lone high surrogate", ascii("\\ud800")),
        Arguments.of("escaped lone low surrogate", ascii("\\udc00")),
        Arguments.of("escaped high surrogate twice", ascii("\\ud83d\\ud83d")),
        Arguments.of("escaped surrogates reversed", ascii("\\ude00\\ud83d")),
        Arguments.of("escaped high surrogate then a letter", ascii("\\ud83dx")),
        Arguments.of("escaped high surrogate at the end", ascii("x\\uD800")),
        Arguments.of("overlong slash, 2 bytes", hex("c0af")),
        Arguments.of("overlong C1 lead", hex("c1bf")),
        Arguments.of("overlong slash, 3 bytes", hex("e080af")),
        Arguments.of("overlong slash, 4 bytes", hex("f08080af")),
        Arguments.of("overlong NUL, 2 bytes", hex("c080")),
        Arguments.of("surrogate encoded in UTF-8 (CESU)", hex("eda080")),
        Arguments.of("surrogate pair encoded in UTF-8 (CESU)", hex("eda0bdedb880")),
        Arguments.of("above U+10FFFF (F4 90)", hex("f4908080")),
        Arguments.of("above U+10FFFF (F5)", hex("f5808080")),
        Arguments.of("five-byte form", hex("f888808080")),
        Arguments.of("six-byte form", hex("fc8480808080")),
        Arguments.of("lone continuation byte", hex("80")),
        Arguments.of("truncated three-byte sequence", hex("e282")),
        Arguments.of("lead byte then ASCII", hex("e228a1")),
        Arguments.of("byte FE", hex("fe")),
        Arguments.of("byte FF", hex("ff")),
        Arguments.of("Latin-1 e acute", hex("e9")));
  }

  static Stream<Arguments> wholeDocumentEncodings() {
    return Stream.of(
        Arguments.of("UTF-16BE", StandardCharsets.UTF_16BE, ""),
        Arguments.of("UTF-16LE", StandardCharsets.UTF_16LE, ""),
        Arguments.of("UTF-16BE with BOM", StandardCharsets.UTF_16BE, "feff"),
        Arguments.of("UTF-16LE with BOM", StandardCharsets.UTF_16LE, "fffe"),
        Arguments.of("UTF-32BE", Charset.forName("UTF-32BE"), ""),
        Arguments.of("UTF-32LE", Charset.forName("UTF-32LE"), ""),
        Arguments.of("UTF-32BE with BOM", Charset.forName("UTF-32BE"), "0000feff"),
        Arguments.of("UTF-32LE with BOM", Charset.forName("UTF-32LE"), "fffe0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aDefectInAStringValue_isInvalidEncoding_forEveryTypeOnBothPaths(String name, byte[] defect) {
    for (DocumentType<?> type : DocumentType.values()) {
      byte[] document = document(type);
      List<Integer> strings = stringStarts(document);
      for (int at : List.of(strings.get(0), strings.get(strings.size() / 2),
          strings.get(strings.size() - 1))) {
        assertInvalidEncoding(type, insert(document, at, defect), name + " at byte " + at);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aDefectInAFieldName_isInvalidEncoding_forEveryTypeOnBothPaths(String name, byte[] defect) {
    for (DocumentType<?> type : DocumentType.values()) {
      byte[] document = document(type);
      byte[] member = concat(ascii("\"x"), defect, ascii("\":1,"));
      assertInvalidEncoding(type, insert(document, 1, member), name + " in a field name");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeDocumentEncodings")
  void aWholeDocumentInAnotherEncoding_isInvalidEncoding(String name, Charset charset,
      String bom) {
    for (DocumentType<?> type : DocumentType.values()) {
      String text = new String(document(type), StandardCharsets.UTF_8);
      for (String prefix : List.of("", " ", "\n")) {
        byte[] encoded = concat(hex(bom), (prefix + text).getBytes(charset));
        assertInvalidEncoding(type, encoded, name + " after '" + prefix + "'");
      }
    }
  }

  /**
   * An escaped surrogate reaches a caller's mapper as characters: the module refuses it with the
   * reader's issues, whether the caller's text was bytes or a string.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void anEscapedSurrogate_isRefusedByTheModule_withTheReadersIssues(String name, byte[] defect) {
    if (defect[0] != '\\' && defect[0] != 'x') {
      return; // raw bytes are the caller's parser's to decode: see docs/json.md
    }
    JsonMapper plain = JsonMapper.builder().addModule(new AbaModule()).build();
    for (DocumentType<?> type : DocumentType.values()) {
      byte[] document = document(type);
      List<Integer> strings = stringStarts(document);
      byte[] input = insert(document, strings.get(strings.size() / 2), defect);
      // Lines and columns are the copy's (docs/json.md): pointers and codes are compared.
      List<String> expected = keys(JSON.readWithoutFastPath(input, type).getIssues());
      for (Object source : List.of(input, new String(input, StandardCharsets.UTF_8))) {
        assertThatThrownBy(() -> {
          if (source instanceof byte[]) {
            plain.readValue((byte[]) source, type.getJavaType());
          } else {
            plain.readValue((String) source, type.getJavaType());
          }
        }).as("%s: %s", type, name).isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(keys(e.getIssues())).isEqualTo(expected));
      }
    }
  }

  /** Bad bytes outside a string belong to the object or array that holds them, not a sibling. */
  @org.junit.jupiter.api.Test
  void badBytesBetweenValues_areAtTheContainer() {
    String text = AbaJson.standard().writeString(ValidDocuments.document(
        new Random(AssessmentGenerator.BASE_SEED), DocumentType.ASSESSMENT));
    int afterFramework = text.indexOf(",\"area\"");
    int secondRating = text.indexOf("\"ratings\":[") + "\"ratings\":[".length();
    int inName = text.indexOf("\"assessedOn\"") + 3;
    for (Object[] c : new Object[][] {{afterFramework, ""}, {secondRating, "/ratings"},
        {inName, ""}}) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      byte[] input = insert(bytes, (Integer) c[0], hex("ff"));
      assertThat(JSON.read(input, DocumentType.ASSESSMENT).getIssues())
          .extracting(Issue::getPath, Issue::getCode).as("0xFF at %s", c[0])
          .containsExactly(org.assertj.core.groups.Tuple.tuple(c[1], IssueCode.INVALID_ENCODING));
    }
  }

  /**
   * A valid document of text beyond ASCII binds through the module under the same limit that
   * {@code read} applies: the module's copy is no larger than the caller's text.
   */
  @org.junit.jupiter.api.Test
  void nonAsciiText_bindsThroughTheModule_underTheReadersLimit() {
    org.assetbasedarea.aba.assessment.Assessment valid =
        org.assetbasedarea.aba.assessment.Assessment.builder()
            .from(org.assetbasedarea.aba.testing.AssessmentGenerator.validAssessment(new Random(5)))
            .area(org.assetbasedarea.aba.assessment.Area.of("E08000035", "\u4e2d".repeat(150)))
            .build();
    byte[] bytes = JSON.write(valid);
    AbaJson tight = AbaJson.builder().limits(ReadLimits.builder()
        .maxDocumentBytes(bytes.length + 8).build()).build();
    assertThat(tight.read(bytes, DocumentType.ASSESSMENT).isValid()).isTrue();
    assertThat(tight.mapper().readValue(bytes, org.assetbasedarea.aba.assessment.Assessment.class))
        .isEqualTo(valid);
  }

  private static <T> void assertInvalidEncoding(DocumentType<T> type, byte[] input, String what) {
    ReadResult<T> full = JSON.readWithoutFastPath(input, type);
    ReadResult<T> either = JSON.read(input, type);
    assertThat(full.isValid()).as("%s: full path, %s", type, what).isFalse();
    assertThat(either.isValid()).as("%s: read, %s", type, what).isFalse();
    assertThat(full.getIssues()).extracting(Issue::getCode)
        .as("%s: full path, %s: %s", type, what, full.getIssues())
        .contains(IssueCode.INVALID_ENCODING);
    assertThat(either.getIssues()).as("%s: both paths agree, %s", type, what)
        .isEqualTo(full.getIssues());
    for (Issue issue : full.getIssues()) {
      assertThat(issue.getPath()).as("%s: %s", type, what).doesNotContain("\uFFFD");
      assertThat(Pointer.isValid(issue.getPath())).isTrue();
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(issue.getPath())).isTrue();
      assertThat(issue.getLine()).isPresent();
    }
  }

  private static List<String> keys(List<Issue> issues) {
    return issues.stream().map(issue -> issue.getPath() + " " + issue.getCode()).toList();
  }

  private static byte[] document(DocumentType<?> type) {
    return AbaJson.standard().write(ValidDocuments.document(
        new Random(AssessmentGenerator.BASE_SEED), type));
  }

  /** The offsets just after the opening quote of every string value (not field names). */
  private static List<Integer> stringStarts(byte[] json) {
    List<Integer> starts = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
        int before = i - 1;
        if (before >= 0 && (json[before] == ':' || json[before] == '[' || json[before] == ',')
            && !(json[before] == ',' && isKeyAfterComma(json, i))) {
          starts.add(i + 1);
        }
      }
    }
    return starts;
  }

  /** Whether the string starting at {@code quote} is followed by a colon (a field name). */
  private static boolean isKeyAfterComma(byte[] json, int quote) {
    for (int i = quote + 1; i < json.length; i++) {
      if (json[i] == '\\') {
        i++;
      } else if (json[i] == '"') {
        return i + 1 < json.length && json[i + 1] == ':';
      }
    }
    return false;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static byte[] insert(byte[] text, int at, byte[] piece) {
    return concat(java.util.Arrays.copyOf(text, at), piece,
        java.util.Arrays.copyOfRange(text, at, text.length));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }
}
