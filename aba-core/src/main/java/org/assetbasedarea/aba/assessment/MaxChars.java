package org.assetbasedarea.aba.assessment;

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
 * The text has at most {@link #value()} characters, counted as Unicode code points, as JSON
 * Schema's {@code maxLength} counts them (an emoji is one character, not two UTF-16 units), so the
 * library and its published schemas agree on every text limit.
 */
@Documented
@Constraint(validatedBy = MaxChars.Validator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxChars {
  /** @return the most characters (code points) allowed */
  int value();

  /** @return the message */
  String message();

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link MaxChars}. */
  final class Validator implements ConstraintValidator<MaxChars, CharSequence> {
    private int max;

    /** Creates the validator. */
    public Validator() {}

    @Override
    public void initialize(MaxChars annotation) {
      this.max = annotation.value();
    }

    @Override
    public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
      return text == null || fits(text, max);
    }

    /**
     * Whether a text has at most {@code max} code points.
     *
     * @param text the text
     * @param max the most code points allowed
     * @return true when it fits
     */
    public static boolean fits(CharSequence text, int max) {
      int length = text.length();
      return length <= max
          || Character.codePointCount(text, 0, length) <= max;
    }
  }
}
