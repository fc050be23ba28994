package org.assetbasedarea.aba.framework;

import java.util.List;
import org.assetbasedarea.aba.issues.Issue;

/**
 * A framework, or a part of one, breaks the framework rules: thrown when it is built, listing every
 * broken rule at once, each as an {@link Issue} with its own JSON Pointer.
 *
 * <p>The pointers are relative to the value being built: to the framework document's root when a
 * {@link Framework} is built ({@code /actions/3/id}, {@code /groupings/1}, {@code
 * /outcomes/0/indicators/2}), and to the part itself when a {@link Grouping}, {@link Action},
 * {@link Outcome} or {@link IndicatorDefinition} is built on its own ({@code /title}); a reader
 * binding a part inside a framework prefixes the part's own pointer. The codes are {@link
 * org.assetbasedarea.aba.issues.IssueCode#INVALID_FRAMEWORK}, or {@link
 * org.assetbasedarea.aba.issues.IssueCode#BLANK_TEXT} for a title without content. Messages name
 * only ids and the rule, never a title or description. The exception's message is the issues'
 * messages joined with {@code "; "} (exactly the one message when one rule is broken).
 */
public final class InvalidFrameworkException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Immutable. Issues are values, not Serializable: a serialized exception keeps its message. */
  @SuppressWarnings("serial")
  private final List<Issue> issues;

  InvalidFrameworkException(List<Issue> issues) {
    super(message(issues));
    this.issues = List.copyOf(issues);
  }

  private static String message(List<Issue> issues) {
    StringBuilder text = new StringBuilder();
    for (Issue issue : issues) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(issue.getMessage());
    }
    return text.toString();
  }

  /** @return every broken rule, at least one, in the order the rules are checked */
  public List<Issue> getIssues() {
    return issues;
  }
}
