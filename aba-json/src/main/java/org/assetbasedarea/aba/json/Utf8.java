package org.assetbasedarea.aba.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8, as RFC 3629 defines it: the shortest form of every code point from U+0000 to
 * U+10FFFF except the surrogates U+D800-U+DFFF. Jackson's decoder lets overlong forms and code
 * points above U+10FFFF through, so the reader checks the bytes itself, in one pass.
 */
final class Utf8 {
  /** Eight bytes as one {@code long}, in any byte order (each byte is tested alone). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private Utf8() {}

  /**
   * The offset of the first byte that does not belong to strict UTF-8 JSON text, or -1. A zero
   * byte counts: no JSON text holds one (a control character must be escaped), and it is how
   * UTF-16 and UTF-32 texts show themselves.
   */
  static int firstInvalid(byte[] bytes) {
    int i = 0;
    int length = bytes.length;
    while (i < length) {
      // Eight bytes at a time while they are all ASCII and none is zero (most of a document).
      while (i + 8 <= length) {
        long word = (long) LONGS.get(bytes, i);
        // all top bits clear (ASCII), and adding 0x7F to each byte sets every top bit (no zero)
        if ((word & HIGH) != 0 || ((word + LOW_SEVEN) & HIGH) != HIGH) {
          break; // a byte beyond ASCII, or a zero byte: look at them one by one
        }
        i += 8;
      }
      if (i >= length) {
        break;
      }
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        return i;
      }
      int lead = b & 0xFF;
      int size;
      int min;
      int max;
      if (lead >= 0xC2 && lead <= 0xDF) {
        size = 2;
        min = 0x80;
        max = 0xBF;
      } else if (lead == 0xE0) {
        size = 3;
        min = 0xA0; // below is an overlong form
        max = 0xBF;
      } else if (lead == 0xED) {
        size = 3;
        min = 0x80;
        max = 0x9F; // above are the surrogates
      } else if (lead >= 0xE1 && lead <= 0xEF) {
        size = 3;
        min = 0x80;
        max = 0xBF;
      } else if (lead == 0xF0) {
        size = 4;
        min = 0x90; // below is an overlong form
        max = 0xBF;
      } else if (lead >= 0xF1 && lead <= 0xF3) {
        size = 4;
        min = 0x80;
        max = 0xBF;
      } else if (lead == 0xF4) {
        size = 4;
        min = 0x80;
        max = 0x8F; // above is beyond U+10FFFF
      } else {
        return i; // a continuation byte, C0, C1 (overlong) or F5-FF
      }
      if (i + size > length) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return i;
      }
      for (int k = 2; k < size; k++) {
        int next = bytes[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += size;
    }
    return -1;
  }

  /**
   * Whether the bytes hold a backslash followed by {@code u}: the only way a JSON text in strict
   * UTF-8 can spell a surrogate (strict UTF-8 cannot encode one), so without it no decoded string
   * of the text holds an unpaired surrogate. (An escaped backslash before a {@code u} counts too:
   * a false "yes" only costs the caller a closer look.)
   */
  static boolean hasUnicodeEscape(byte[] bytes) {
    int length = bytes.length;
    int i = 0;
    while (i < length) {
      if (i + 8 <= length) {
        long word = (long) LONGS.get(bytes, i) ^ BACKSLASHES;
        // no zero byte in word, so no backslash in these eight (the "has a zero byte" test)
        if (((word - ONES) & ~word & HIGH) == 0) {
          i += 8;
          continue;
        }
      }
      if (bytes[i] == '\\') {
        if (i + 1 < length && bytes[i + 1] == 'u') {
          return true;
        }
        i += 2; // the backslash and the character it escapes (possibly a second backslash)
      } else {
        i++;
      }
    }
    return false;
  }

  /** Whether a decoded text holds a surrogate that is not half of a pair (from a JSON escape). */
  static boolean hasUnpairedSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The line and column (both from 1, the column in bytes as Jackson counts) of an offset. */
  static int[] lineAndColumn(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
