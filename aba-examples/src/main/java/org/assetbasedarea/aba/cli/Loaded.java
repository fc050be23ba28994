package org.assetbasedarea.aba.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.issues.Issue;
import org.jspecify.annotations.Nullable;

/** What reading one input gave: the document, or every issue. Never both. */
final class Loaded<T> {
  private final @Nullable T document;
  private final List<Issue> issues;

  private Loaded(@Nullable T document, List<Issue> issues) {
    this.document = document;
    this.issues = List.copyOf(issues);
  }

  static <T> Loaded<T> valid(T document) {
    return new Loaded<>(Objects.requireNonNull(document, "document"), List.of());
  }

  static <T> Loaded<T> invalid(List<Issue> issues) {
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one issue");
    }
    return new Loaded<>(null, issues);
  }

  boolean isValid() {
    return document != null;
  }

  Optional<T> document() {
    return Optional.ofNullable(document);
  }

  List<Issue> issues() {
    return issues;
  }
}
