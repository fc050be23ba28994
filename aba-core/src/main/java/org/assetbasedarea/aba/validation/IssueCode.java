package org.assetbasedarea.aba.validation;

/**
 * The stable, machine-readable code of an {@link Issue}. Codes are never renamed or reused; new
 * ones may be added. One vocabulary covers the model's rules and the JSON reader's, so a caller
 * can switch on a code wherever the issue came from.
 */
public enum IssueCode {
  // -- the model's own rules --------------------------------------------------------------------
  /** A text that must have content is empty or only white space. */
  BLANK_TEXT,
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
  /** A period ends before it starts. */
  INVALID_PERIOD,
  /** Two score reports cannot be compared: different area, framework or rule set, or dates out of order. */
  NOT_COMPARABLE,
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
  LIMIT_EXCEEDED
}
