package org.assetbasedarea.aba.issues;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The text has content: at least one visible character. A text made only of characters that show
 * nothing is blank ({@link IssueCode#BLANK_TEXT}): white space of any kind (no-break spaces, the
 * ideographic space and every other space separator included), control characters, format
 * characters (zero-width space, joiners, word joiner, soft hyphen, byte order mark, bidirectional
 * marks and controls), default-ignorable code points (Hangul fillers, the combining grapheme
 * joiner, variation selectors, tags) and the braille blank. The set is fixed (it does not follow
 * the Unicode version of the running JVM) and is exactly what {@link #PATTERN}, the pattern of
 * the published schemas, excludes. A null text is left to other constraints.
 *
 * <p>The Arabic and other number signs that are format characters but are drawn (U+0600-U+0605,
 * U+06DD, U+070F, U+0890, U+0891, U+08E2, U+110BD, U+110CD) count as visible.
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {
  /**
   * The pattern the published schemas give a text that must have content: one character that is
   * not in the invisible set, found anywhere in the text. It is written as ECMA-262 with the
   * {@code u} flag and Java read it: a character outside the Basic Multilingual Plane is written
   * as its escaped surrogate pair and matched as one code point.
   */
  String PATTERN = Validator.INVISIBLE_NEGATED;

  /** @return the message */
  String message() default "must have a visible character";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link VisibleText}. */
  final class Validator implements ConstraintValidator<VisibleText, CharSequence> {
    /** The code points that show nothing, as inclusive ranges (first, last), ascending. */
    private static final int[] INVISIBLE = {
      0x0000, 0x0020, // C0 controls, space
      0x007F, 0x00A0, // DEL, C1 controls (NEL among them), no-break space
      0x00AD, 0x00AD, // soft hyphen
      0x034F, 0x034F, // combining grapheme joiner
      0x061C, 0x061C, // Arabic letter mark
      0x115F, 0x1160, // Hangul choseong and jungseong fillers
      0x1680, 0x1680, // Ogham space mark
      0x17B4, 0x17B5, // Khmer inherent vowels
      0x180B, 0x180F, // Mongolian free variation selectors, vowel separator
      0x2000, 0x200F, // spaces, zero-width space, ZWNJ, ZWJ, LRM, RLM
      0x2028, 0x202F, // line and paragraph separators, bidi embeddings and overrides, narrow NBSP
      0x205F, 0x206F, // medium mathematical space, word joiner, invisible operators, isolates
      0x2800, 0x2800, // braille pattern blank
      0x3000, 0x3000, // ideographic space
      0x3164, 0x3164, // Hangul filler
      0xFE00, 0xFE0F, // variation selectors
      0xFEFF, 0xFEFF, // zero-width no-break space (byte order mark)
      0xFFA0, 0xFFA0, // halfwidth Hangul filler
      0xFFF0, 0xFFFB, // unassigned default-ignorables, interlinear annotation
      0x13430, 0x1343F, // Egyptian hieroglyph format controls
      0x1BCA0, 0x1BCA3, // shorthand format controls
      0x1D173, 0x1D17A, // musical symbol format controls
      0xE0000, 0xE0FFF, // tags, variation selectors supplement, reserved default-ignorables
    };

    /** {@link VisibleText#PATTERN}. */
    static final String INVISIBLE_NEGATED = negatedClass(INVISIBLE);

    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || hasVisible(text);
    }

    /**
     * Whether a text has at least one visible character.
     *
     * @param text the text
     * @return true when some code point of it is not in the invisible set
     */
    public static boolean hasVisible(CharSequence text) {
      for (int i = 0; i < text.length(); ) {
        int c = Character.codePointAt(text, i);
        if (!isInvisible(c)) {
          return true;
        }
        i += Character.charCount(c);
      }
      return false;
    }

    /**
     * Whether a code point shows nothing (see {@link VisibleText}).
     *
     * @param codePoint a code point
     * @return true when it is in the invisible set
     */
    public static boolean isInvisible(int codePoint) {
      if (codePoint > 0x20 && codePoint < 0x7F) {
        return false; // printable ASCII, the common case
      }
      return inRanges(INVISIBLE, codePoint);
    }

    static boolean inRanges(int[] ranges, int codePoint) {
      for (int i = 0; i < ranges.length; i += 2) {
        if (codePoint < ranges[i]) {
          return false;
        }
        if (codePoint <= ranges[i + 1]) {
          return true;
        }
      }
      return false;
    }

    /** A regular expression class of the code points not in {@code ranges}. */
    static String negatedClass(int[] ranges) {
      StringBuilder pattern = new StringBuilder("[^");
      for (int i = 0; i < ranges.length; i += 2) {
        escape(pattern, ranges[i]);
        if (ranges[i + 1] != ranges[i]) {
          pattern.append('-');
          escape(pattern, ranges[i + 1]);
        }
      }
      return pattern.append(']').toString();
    }

    private static void escape(StringBuilder pattern, int codePoint) {
      for (char unit : Character.toChars(codePoint)) {
        pattern.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) unit));
      }
    }
  }
}
