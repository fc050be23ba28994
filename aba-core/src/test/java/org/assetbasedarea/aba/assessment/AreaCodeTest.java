package org.assetbasedarea.aba.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AreaCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"E08000035", "W06000015", "S12000036", "N09000003", "E00000000",
      "E99999999"})
  void of_eachNationWithEightDigits_isAccepted(String code) {
    AreaCode areaCode = AreaCode.of(code);
    assertThat(areaCode).hasToString(code);
    assertThat(areaCode.getNation()).isEqualTo(code.charAt(0));
    assertThat(areaCode.getEntity()).isEqualTo(code.substring(0, 3));
    assertThat(AreaCode.isValid(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"E0800003", "E080000351", "E", "", "08000035E", "E08 000035"})
  void of_areaCodeOfWrongLength_isRejected(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.of(code))
        .withMessage("area code must be E, W, S or N followed by 8 digits, like E08000035");
    assertThat(AreaCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"e08000035", "w06000015", "s12000036", "n09000003"})
  void of_areaCodeWithLowerCaseLetter_isRejected(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.of(code));
    assertThat(AreaCode.isValid(code)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"K02000001", "X08000035", "EE8000035", "E0800003A", "E08O00035",
      "E08-00035", "E08\u0660\u0660\u0660\u0660\u0660\u0660", "\u041508000035", "E08000035\n",
      " E08000035", "E08000035 "})
  void of_areaCodeWithWrongLetterOrLettersInDigits_isRejected(String code) {
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.of(code));
    assertThat(AreaCode.isValid(code)).isFalse();
  }

  @Test
  void of_null_throwsNpeNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> AreaCode.of(null)).withMessage("code");
  }

  @Test
  void isValid_null_throwsNpeNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> AreaCode.isValid(null)).withMessage("code");
  }

  @Test
  void pattern_agreesWithOf() {
    Pattern published = Pattern.compile(AreaCode.PATTERN);
    for (String code : List.of("E08000035", "e08000035", "E0800003", "N12345678", "S1234567X", "E080000351")) {
      assertThat(published.matcher(code).find()).as(code).isEqualTo(AreaCode.isValid(code));
    }
  }

  @Test
  void of_randomStrings_agreeWithARegexOracle_seeded() {
    Pattern oracle = Pattern.compile("[EWSN][0-9]{8}");
    String alphabet = "EWSNewsnKX0123456789 -\u0660";
    for (long seed = 0; seed < 20; seed++) {
      java.util.Random random = new java.util.Random(seed);
      for (int i = 0; i < 500; i++) {
        StringBuilder candidate = new StringBuilder();
        int length = random.nextInt(4) == 0 ? random.nextInt(12) : 9;
        for (int j = 0; j < length; j++) {
          candidate.append(j == 0 && random.nextBoolean()
              ? "EWSN".charAt(random.nextInt(4))
              : j > 0 && random.nextInt(8) != 0
                  ? (char) ('0' + random.nextInt(10))
                  : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String code = candidate.toString();
        boolean expected = oracle.matcher(code).matches();
        assertThat(AreaCode.isValid(code)).as("seed %d: '%s'", seed, code).isEqualTo(expected);
        if (expected) {
          assertThat(AreaCode.of(code)).hasToString(code);
        } else {
          assertThatIllegalArgumentException().as("seed %d: '%s'", seed, code)
              .isThrownBy(() -> AreaCode.of(code));
        }
      }
    }
  }

  @Test
  void equalsAndHashCode_byCode() {
    AreaCode leeds = AreaCode.of("E08000035");
    assertThat(leeds).isEqualTo(AreaCode.of("E08000035")).hasSameHashCodeAs(AreaCode.of("E08000035"));
    assertThat(leeds).isNotEqualTo(AreaCode.of("E08000036"));
    assertThat(leeds).isNotEqualTo("E08000035");
    assertThat(leeds.equals(null)).isFalse();
  }

  @Test
  void compareTo_ordersByCode() {
    List<AreaCode> codes = new ArrayList<>(List.of(AreaCode.of("W06000015"),
        AreaCode.of("E09000001"), AreaCode.of("E08000035"), AreaCode.of("S12000036")));
    Collections.sort(codes);
    assertThat(codes).extracting(AreaCode::toString)
        .containsExactly("E08000035", "E09000001", "S12000036", "W06000015");
    assertThat(AreaCode.of("E08000035").compareTo(AreaCode.of("E08000035"))).isZero();
  }

  @Test
  void serialization_roundTrip_isEqual() throws Exception {
    AreaCode code = AreaCode.of("W06000015");
    Object back = deserialize(serialize(code));
    assertThat(back).isEqualTo(code).isInstanceOf(AreaCode.class);
  }

  @Test
  void readResolve_tamperedStreamWithMalformedCode_isRejected() throws Exception {
    byte[] bytes = serialize(AreaCode.of("E08000035"));
    byte[] tampered = replace(bytes, "E08000035", "e08000035");
    assertThatThrownBy(() -> deserialize(tampered))
        .isInstanceOfAny(IllegalArgumentException.class, InvalidObjectException.class);
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
    byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
    byte[] copy = bytes.clone();
    for (int i = 0; i + needle.length <= copy.length; i++) {
      boolean match = true;
      for (int j = 0; j < needle.length && match; j++) {
        match = copy[i + j] == needle[j];
      }
      if (match) {
        System.arraycopy(replacement, 0, copy, i, replacement.length);
        return copy;
      }
    }
    throw new AssertionError("code not found in the serialized form");
  }
}
