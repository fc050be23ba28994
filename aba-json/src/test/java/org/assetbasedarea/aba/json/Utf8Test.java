package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#firstInvalid} reads eight ASCII bytes at a time: it must still find the first byte
 * that is not strict UTF-8 wherever it falls (any offset within or across the eight-byte steps),
 * exactly as a byte-by-byte reading does, and agree with the JDK's strict decoder on validity.
 */
class Utf8Test {
  /** The byte-by-byte reading the eight-byte steps must agree with. */
  private static int oracle(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      if (lead == 0) {
        return i;
      }
      if (lead < 0x80) {
        i++;
        continue;
      }
      int size;
      int min = 0x80;
      int max = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        size = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        size = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + size > bytes.length) {
        return i;
      }
      for (int k = 1; k < size; k++) {
        int next = bytes[i + k] & 0xFF;
        if (k == 1 ? next < min || next > max : next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += size;
    }
    return -1;
  }

  private static boolean jdkAccepts(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void randomTexts_mostlyAsciiWithOneOddByteAnywhere_agreeWithByteByByteAndTheJdk() {
    byte[] odd = {0, (byte) 0x80, (byte) 0xC0, (byte) 0xC2, (byte) 0xE0, (byte) 0xED,
        (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, 0x7F, 0x01};
    int invalid = 0;
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      for (int n = 0; n < 500; n++) {
        byte[] bytes = new byte[random.nextInt(40)];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) (0x20 + random.nextInt(0x5F));
        }
        // a few odd bytes or real multi-byte characters at random offsets
        for (int k = random.nextInt(3); k > 0 && bytes.length > 0; k--) {
          int at = random.nextInt(bytes.length);
          if (random.nextBoolean()) {
            bytes[at] = odd[random.nextInt(odd.length)];
          } else {
            byte[] character = new String(Character.toChars(
                random.nextBoolean() ? 0xE9 : random.nextBoolean() ? 0x20AC : 0x1F600))
                .getBytes(StandardCharsets.UTF_8);
            System.arraycopy(character, 0, bytes, at,
                Math.min(character.length, bytes.length - at));
          }
        }
        int expected = oracle(bytes);
        assertThat(Utf8.firstInvalid(bytes)).as("seed %d case %d", seed, n).isEqualTo(expected);
        assertThat(expected < 0).as("seed %d case %d: JDK", seed, n).isEqualTo(jdkAccepts(bytes));
        invalid += expected >= 0 ? 1 : 0;
      }
    }
    assertThat(invalid).as("invalid among 20,000").isBetween(2_000, 18_000);
  }

  @Test
  void aZeroOrHighByte_atEveryOffsetOfLongAscii_isFoundThere() {
    for (int length = 1; length <= 33; length++) {
      for (int at = 0; at < length; at++) {
        for (byte bad : new byte[] {0, (byte) 0x80, (byte) 0xFF}) {
          byte[] bytes = new byte[length];
          java.util.Arrays.fill(bytes, (byte) 'a');
          bytes[at] = bad;
          assertThat(Utf8.firstInvalid(bytes)).as("length %d at %d byte %d", length, at, bad)
              .isEqualTo(at);
        }
      }
      byte[] clean = new byte[length];
      java.util.Arrays.fill(clean, (byte) 0x7F);
      assertThat(Utf8.firstInvalid(clean)).isEqualTo(-1);
    }
  }

  /** A backslash-u anywhere (not an escaped backslash before a u) is found, at any offset. */
  @Test
  void unicodeEscapes_areFoundWhereverTheyFall_andEscapedBackslashesAreNot() {
    String alphabet = "ab\\u\"x0";
    for (long seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      for (int n = 0; n < 1000; n++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.append(random.nextInt(6) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
              : 'a');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        boolean expected = false;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == '\\') {
            if (i + 1 < bytes.length && bytes[i + 1] == 'u') {
              expected = true;
              break;
            }
            i++;
          }
        }
        assertThat(Utf8.hasUnicodeEscape(bytes)).as("seed %d: %s", seed, text).isEqualTo(expected);
      }
    }
    assertThat(Utf8.hasUnicodeEscape("01234567\\u00e9".getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
    assertThat(Utf8.hasUnicodeEscape("0123456\\\\u00e9".getBytes(StandardCharsets.US_ASCII)))
        .isFalse();
    assertThat(Utf8.hasUnicodeEscape("0123456\\".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }
}
