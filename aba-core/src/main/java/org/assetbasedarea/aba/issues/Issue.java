package org.assetbasedarea.aba.issues;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One problem found in a document: where (a JSON Pointer, and the line and column when the source
 * text has them), a stable code, and an English message. Messages never repeat the document's
 * free text, so they are safe to log.
 */
@Value.Immutable
public abstract class Issue {
  /**
   * The most issues reported for one document. When more are found, the first this many in
   * document order are reported, then one issue of code {@link IssueCode#TOO_MANY_ISSUES} at the
   * whole document (pointer {@code ""}) that says how many more were found.
   */
  public static final int MAX_PER_DOCUMENT = 1000;

  Issue() {}

  /** @return a JSON Pointer (RFC 6901) to the offending value, such as {@code /ratings/3/rating}; empty for the whole document */
  public abstract String getPath();

  /** @return the stable code */
  public abstract IssueCode getCode();

  /** @return what is wrong, in plain English */
  public abstract String getMessage();

  /**
   * @return the 1-based line in the source text, when the issue came from reading text (a long:
   *     an NDJSON file may have more than 2^31 lines)
   */
  public abstract OptionalLong getLine();

  /** @return the 1-based column in the source text, when the issue came from reading text */
  public abstract OptionalInt getColumn();

  /**
   * Creates an issue without a text location.
   *
   * @param path a JSON Pointer
   * @param code the stable code
   * @param message what is wrong
   * @return the issue
   */
  public static Issue of(String path, IssueCode code, String message) {
    return builder().path(path).code(code).message(message).build();
  }

  /**
   * The same issue at a location in the source text.
   *
   * @param line 1-based line
   * @param column 1-based column
   * @return a new issue; this one is unchanged
   */
  public Issue atLocation(long line, int column) {
    return builder().from(this).line(line).column(column).build();
  }

  /**
   * The issue that closes a list cut at {@link #MAX_PER_DOCUMENT}.
   *
   * @param more how many issues were found beyond the ones reported, at least 1
   * @return a {@link IssueCode#TOO_MANY_ISSUES} issue at the whole document
   */
  public static Issue tooMany(long more) {
    if (more < 1) {
      throw new IllegalArgumentException("more must be at least 1: " + more);
    }
    return of("", IssueCode.TOO_MANY_ISSUES, more == 1
        ? "and 1 more issue was found"
        : String.format(Locale.ROOT, "and %,d more issues were found", more));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return {@code path: message [CODE]}, or with {@code (line L, column C)} when known */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getPath().isEmpty() ? "/" : getPath());
    text.append(": ").append(getMessage()).append(" [").append(getCode()).append(']');
    if (getLine().isPresent()) {
      text.append(" (line ").append(getLine().getAsLong());
      getColumn().ifPresent(c -> text.append(", column ").append(c));
      text.append(')');
    }
    return text.toString();
  }

  /** Builds an {@link Issue}. */
  public static final class Builder extends ImmutableIssue.Builder {
    Builder() {}
  }
}
