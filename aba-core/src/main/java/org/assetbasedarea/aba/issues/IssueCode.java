package org.assetbasedarea.aba.issues;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * The stable, machine-readable code of an {@link Issue}. Codes are never renamed or reused; new
 * ones may be added. One vocabulary covers the model's rules and the JSON reader's, so a caller
 * can switch on a code wherever the issue came from.
 */
public enum IssueCode {
  // -- the model's own rules --------------------------------------------------------------------
  /**
   * A text that must have content has no visible character: it is empty, or only white space,
   * control, format or other invisible characters (a zero-width space or a Hangul filler, say).
   */
  BLANK_TEXT,
  /**
   * A text contains a character no text of a document may contain: a control character other than
   * tab, line feed and carriage return, or a bidirectional embedding, override or isolate
   * (U+202A-U+202E, U+2066-U+2069), which can reverse how the text after it is displayed.
   */
  DISALLOWED_CHARACTER,
  /** A text is longer than its limit. */
  TEXT_TOO_LONG,
  /** A rating is outside 1-4. */
  RATING_OUT_OF_RANGE,
  /** A participant count is outside 1-100000. */
  COUNT_OUT_OF_RANGE,
  /** A rating carries more than 50 evidence items. */
  TOO_MANY_EVIDENCE_ITEMS,
  /** An evidence source is not an absolute {@code http} or {@code https} URI. */
  INVALID_SOURCE_URI,
  /** An area code is not a GSS code (E, W, S or N, then 8 digits). */
  INVALID_AREA_CODE,
  /** The assessment names a framework that is not known. */
  UNKNOWN_FRAMEWORK,
  /** A rating names an action that the framework does not have. */
  UNKNOWN_ACTION,
  /** An action is rated more than once. */
  DUPLICATE_ACTION,
  /** A participant role appears more than once. */
  DUPLICATE_ROLE,
  /** A framework breaks one of its invariants (ids, groupings, references). */
  INVALID_FRAMEWORK,
  /** An answer to an outcome measure is outside the range the measure allows. */
  ANSWER_OUT_OF_RANGE,
  /** A number other than an answer is outside its allowed range. */
  VALUE_OUT_OF_RANGE,
  /** Pre-aggregated figures contradict each other (a numerator above its denominator, say). */
  INCONSISTENT_FIGURES,
  /** An indicator id is not defined by the framework or the library. */
  UNKNOWN_INDICATOR,
  /** An indicator appears more than once where it may appear once. */
  DUPLICATE_INDICATOR,
  /** A period or plan ends before it starts, or a 100-day challenge lasts more than 100 days. */
  INVALID_PERIOD,
  /** Two score reports cannot be compared: different area, framework or rule set, or dates out of order. */
  NOT_COMPARABLE,
  /** A plan's step, check-in or review falls outside the plan, or its baseline assessment after its start. */
  DATE_OUTSIDE_PLAN,
  /** A 100-day challenge has no mid-point review. */
  MISSING_REVIEW,
  /** A goal's target rating is not above its baseline rating. */
  TARGET_NOT_ABOVE_BASELINE,
  /** A check-in checks a goal the plan does not have. */
  UNKNOWN_GOAL,
  /** Two check-ins of a plan share a day. */
  DUPLICATE_DATE,
  /** A plan does not match the assessment it says it starts from (area, framework, date or a goal's baseline). */
  BASELINE_MISMATCH,
  /**
   * Evidence names a community approach that the catalogue of approaches for the assessment's
   * framework does not have (or the framework has no catalogue).
   */
  UNKNOWN_APPROACH,
  /** Any other broken constraint. */
  CONSTRAINT_VIOLATED,

  // -- reading JSON -----------------------------------------------------------------------------
  /** The text is not well-formed JSON (including NaN, Infinity and trailing content). */
  MALFORMED_JSON,
  /** The bytes are not valid UTF-8, or contain unescaped control characters. */
  INVALID_ENCODING,
  /** An object has the same key twice. */
  DUPLICATE_KEY,
  /** An object has a field the contract does not define. */
  UNKNOWN_FIELD,
  /** A required field is missing or null. */
  MISSING_FIELD,
  /** A value has the wrong JSON type (a string where a number belongs, say). */
  WRONG_TYPE,
  /** A value has the right type but is not one of the allowed values or formats. */
  INVALID_VALUE,
  /** The {@code schemaVersion} is not one this library reads. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** The input exceeds a configured limit (size, nesting, string or number length, items). */
  LIMIT_EXCEEDED,

  // -- either -----------------------------------------------------------------------------------
  /**
   * More issues were found than are reported for one document: the first ones are reported, and
   * one issue of this code, last, says how many more were found.
   */
  TOO_MANY_ISSUES,
  /**
   * The library failed unexpectedly: a bug in aba, not a fault of the input. Please report it,
   * with the input if you can share it.
   */
  INTERNAL_ERROR;

  /**
   * Adds a violation that carries this code to a Jakarta constraint validator's context, at
   * {@code property}, {@code property.leaf} or {@code property[index].leaf}, or deeper when the
   * leaf is a path ({@code evidence/1/approach} at index 3 of {@code ratings} is {@code
   * ratings[3].evidence[1].approach}). The library's own
   * cross-field constraints report this way; a constraint of your own (for a local framework, say)
   * may too, and the library's validator then reports the violation with this code. The code
   * travels as Hibernate Validator's dynamic payload, so this needs Hibernate Validator (the
   * engine aba-core uses, and Spring Boot's) behind the context.
   *
   * @param context the constraint validator's context, its default violation already disabled
   * @param message a literal message, used as it is (never read as a message template)
   * @param property the property of the validated bean
   * @param index the index into {@code property} when it is a list, or -1
   * @param leaf the property of the list element or nested object, or a path deeper into it made
   *     of fields, each after at most one index ({@code steps/2/dueOn}, {@code target/value}), or
   *     null for {@code property}
   * @throws IllegalArgumentException when {@code leaf} is not such a path
   */
  public void addViolation(ConstraintValidatorContext context, String message, String property,
      int index, @Nullable String leaf) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(this);
    ConstraintViolationBuilder violation =
        context.buildConstraintViolationWithTemplate(literalTemplate(message));
    if (leaf == null) {
      violation.addPropertyNode(property).addConstraintViolation();
      return;
    }
    // A leaf may go deeper ("steps/2/dueOn", "outcomeTarget/value"): each name is a node; an
    // index marks the node after it as in the iterable of the node before, at that index.
    NodeBuilderCustomizableContext node = violation.addPropertyNode(property);
    NodeBuilderDefinedContext indexed = null;
    int pending = index;
    for (String token : leaf.split("/", -1)) {
      if (isIndex(token)) {
        if (pending >= 0) {
          throw new IllegalArgumentException("a leaf has fields, each after at most one index: "
              + leaf);
        }
        pending = Integer.parseInt(token);
        continue;
      }
      node = indexed != null ? indexed.addPropertyNode(token) : node.addPropertyNode(token);
      indexed = pending >= 0 ? node.inIterable().atIndex(pending) : null;
      pending = -1;
    }
    if (pending >= 0) {
      throw new IllegalArgumentException("a leaf ends in a field, not an index: " + leaf);
    }
    if (indexed != null) {
      indexed.addConstraintViolation();
    } else {
      node.addConstraintViolation();
    }
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a violation that carries this code to a Jakarta constraint validator's context, at the
   * validated bean itself (for {@link #TOO_MANY_ISSUES}, say). Needs Hibernate Validator behind
   * the context, as {@link #addViolation(ConstraintValidatorContext, String, String, int,
   * String)} does.
   *
   * @param context the constraint validator's context, its default violation already disabled
   * @param message a literal message, used as it is (never read as a message template)
   */
  public void addViolation(ConstraintValidatorContext context, String message) {
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(this);
    context.buildConstraintViolationWithTemplate(literalTemplate(message)).addConstraintViolation();
  }

  /** Escapes {@code \ { } $} so that no message interpolator reads the text as a template. */
  static String literalTemplate(String message) {
    StringBuilder escaped = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
