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

  /** {@link #check}: nothing against strict UTF-8 JSON found, and no {@code \\u} escape. */
  static final int VALID = -1;
  /** {@link #check}: nothing against strict UTF-8 JSON found, and a {@code \\u} escape. */
  static final int VALID_WITH_UNICODE_ESCAPE = -2;

  /**
   * The offset of the first byte that does not belong to strict UTF-8 JSON text, or -1. A zero
   * byte counts: no JSON text holds one (a control character must be escaped), and it is how
   * UTF-16 and UTF-32 texts show themselves.
   */
  static int firstInvalid(byte[] bytes) {
    int i = 0;
    int length = bytes.length;
    while (i < length) {
      if (i + 8 <= length) {
        // Eight bytes at a time while they are ASCII and none is zero (most of a document): top
        // bits clear, and adding 0x7F to each byte sets every top bit (no zero byte).
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH) == 0 && ((word + LOW_SEVEN) & HIGH) == HIGH) {
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        return i;
      }
      int end = sequenceEnd(bytes, i);
      if (end < 0) {
        return i;
      }
      i = end;
    }
    return VALID;
  }

  /**
   * What the fast read needs to know before it lets Jackson parse a text, in one cheap pass: every
   * byte beyond ASCII in strict UTF-8, the first four bytes not zero (so Jackson reads the text as
   * UTF-8, not UTF-16 or UTF-32), and whether there is a backslash followed by {@code u}: the only
   * way a JSON text in strict UTF-8 can spell a surrogate (strict UTF-8 cannot encode one), so
   * without it no decoded string of the text holds an unpaired surrogate. A zero byte further on
   * is not looked for: Jackson refuses one anywhere in UTF-8 JSON (raw, it is a control character
   * in a string or a stray character outside). An escaped backslash before a {@code u} counts as
   * an escape too: a false "yes" only costs the caller a closer look.
   *
   * @return the offset of the first invalid byte found, or {@link #VALID}, or {@link
   *     #VALID_WITH_UNICODE_ESCAPE}
   */
  static int check(byte[] bytes) {
    int length = bytes.length;
    for (int i = 0; i < Math.min(4, length); i++) {
      if (bytes[i] == 0) {
        return firstInvalid(bytes); // the first invalid byte, which may come before this zero
      }
    }
    long backslashes = 0;
    int i = 0;
    while (i + 8 <= length) {
      long word = (long) LONGS.get(bytes, i);
      // a backslash among the eight is a zero byte once XORed (the "has a zero byte" test),
      // gathered without a branch: typical texts have none, and then need no closer look
      long xored = word ^ BACKSLASHES;
      backslashes |= (xored - ONES) & ~xored;
      if ((word & HIGH) == 0) {
        i += 8; // ASCII
        continue;
      }
      int end = i + 8;
      while (i < end) {
        if (bytes[i] >= 0) {
          i++;
        } else {
          int next = sequenceEnd(bytes, i);
          if (next < 0) {
            return i;
          }
          i = next;
        }
      }
    }
    boolean escape = (backslashes & HIGH) != 0;
    for (; i < length; i++) {
      if (bytes[i] == '\\') {
        escape = true;
      } else if (bytes[i] < 0) {
        int next = sequenceEnd(bytes, i);
        if (next < 0) {
          return i;
        }
        i = next - 1;
      }
    }
    return escape && hasUnicodeEscape(bytes, 0, length) ? VALID_WITH_UNICODE_ESCAPE : VALID;
  }

  /** Whether a backslash at an offset from {@code from} to {@code to} is followed by {@code u}. */
  private static boolean hasUnicodeEscape(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\\' && i + 1 < bytes.length && bytes[i + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the multi-byte sequence that starts at an offset, or -1 when it is not the shortest
   * form of a code point from U+0080 to U+10FFFF that is not a surrogate.
   */
  private static int sequenceEnd(byte[] bytes, int i) {
    int length = bytes.length;
    int lead = bytes[i] & 0xFF;
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
      return -1; // a continuation byte, C0, C1 (overlong) or F5-FF
    }
    if (i + size > length) {
      return -1;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < min || second > max) {
      return -1;
    }
    for (int k = 2; k < size; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
    }
    return i + size;
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
