package org.assetbasedarea.aba.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.issues.Issue;
import org.jspecify.annotations.Nullable;

/**
 * What reading one document gave: the document when it is valid, or every issue found. Never both,
 * and never a partial document.
 *
 * @param <T> the document's Java type
 */
public final class ReadResult<T> {
  private final @Nullable T document;
  private final List<Issue> issues;

  private ReadResult(@Nullable T document, List<Issue> issues) {
    this.document = document;
    this.issues = List.copyOf(issues);
  }

  static <T> ReadResult<T> valid(T document) {
    return new ReadResult<>(Objects.requireNonNull(document, "document"), List.of());
  }

  static <T> ReadResult<T> invalid(List<Issue> issues) {
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one issue");
    }
    return new ReadResult<>(null, issues);
  }

  /** @return true when the document was read and has no issue */
  public boolean isValid() {
    return document != null;
  }

  /** @return the document, present exactly when {@link #isValid()} */
  public Optional<T> getDocument() {
    return Optional.ofNullable(document);
  }

  /**
   * @return every issue, in document order (by line and column), each with a JSON Pointer, a
   *     stable code and a message; empty exactly when {@link #isValid()}
   */
  public List<Issue> getIssues() {
    return issues;
  }

  @Override
  public String toString() {
    return document != null ? "ReadResult{valid}" : "ReadResult{issues=" + issues + "}";
  }
}
