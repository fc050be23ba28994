package org.assetbasedarea.aba.json;

import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by a Jackson mapper with {@link AbaModule} when JSON is not a valid aba value: it carries
 * every structural issue, as {@link AbaJson#read} would report them. Paths are JSON Pointers from
 * the value being bound (the document, or the part a caller binds on its own); Jackson's own
 * {@link #getPath()} says where that value sits in the caller's JSON.
 *
 * <p>The message names the first issues; it never repeats the document's text.
 */
public final class InvalidDocumentException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;
  private static final int ISSUES_IN_MESSAGE = 5;

  /** Not serialised: an exception read back from bytes has no issues. */
  private final transient List<Issue> issues;

  private InvalidDocumentException(JsonParser parser, String message, Class<?> type,
      List<Issue> issues) {
    super(parser, message, type);
    this.issues = issues;
  }

  static InvalidDocumentException of(JsonParser parser, Class<?> type, List<Issue> issues) {
    StringBuilder message = new StringBuilder("not a valid ").append(type.getSimpleName())
        .append(": ").append(issues.size()).append(issues.size() == 1 ? " issue" : " issues");
    for (int i = 0; i < Math.min(ISSUES_IN_MESSAGE, issues.size()); i++) {
      Issue issue = issues.get(i);
      message.append(i == 0 ? ": " : "; ").append(issue.getPath().isEmpty() ? "(root)"
          : issue.getPath()).append(' ').append(issue.getMessage())
          .append(" [").append(issue.getCode()).append(']');
    }
    if (issues.size() > ISSUES_IN_MESSAGE) {
      message.append("; ...");
    }
    return new InvalidDocumentException(parser, printable(message), type, List.copyOf(issues));
  }

  /**
   * The message as logs may show it: a pointer names the document's own field names, so control
   * characters, line and paragraph separators and bidirectional controls in them are written as
   * {@code \\uXXXX} (a log line cannot be split, retitled or reversed by a document). {@link
   * #getIssues()} keeps the pointers exact.
   */
  static String printable(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * @return every structural issue, in document order; never empty, except for an exception
   *     read back from Java serialisation, which does not carry its issues
   */
  public List<Issue> getIssues() {
    return issues == null ? List.of() : issues;
  }
}
