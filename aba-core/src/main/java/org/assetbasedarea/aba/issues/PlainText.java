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
 * The text has no character that no text of a document may have ({@link
 * IssueCode#DISALLOWED_CHARACTER}): a control character other than tab, line feed and carriage
 * return (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+007F-U+009F), or a bidirectional
 * embedding, override or isolate (U+202A-U+202E, U+2066-U+2069), which can reverse how the text
 * after it is displayed. The bidirectional marks (U+200E, U+200F, U+061C), joiners, combining
 * marks and every script stay allowed. Every free text of every document carries it, required or
 * not; {@link #PATTERN} is the same rule as the published schemas write it. A null text is left to
 * other constraints.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  /** The pattern of the published schemas: the whole text is made of allowed characters. */
  String PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F"
      + "\\u202A-\\u202E\\u2066-\\u2069]*$";

  /** @return the message */
  String message() default "must not contain control characters or bidirectional overrides";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link PlainText}. */
  final class Validator implements ConstraintValidator<PlainText, CharSequence> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || isPlain(text);
    }

    /**
     * Whether a text has no disallowed character.
     *
     * @param text the text
     * @return true when none of its characters is disallowed
     */
    public static boolean isPlain(CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        if (isDisallowed(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a character is disallowed in every text (all of them are in the Basic Multilingual
     * Plane, so a UTF-16 unit is enough: no surrogate is one).
     *
     * @param c a UTF-16 unit
     * @return true when it is a disallowed control character or bidirectional control
     */
    public static boolean isDisallowed(char c) {
      if (c < 0x7F) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; // printable ASCII first
      }
      return c <= 0x9F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
  }
}
