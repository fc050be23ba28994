package org.assetbasedarea.aba.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assetbasedarea.aba.issues.Issue;
import org.jspecify.annotations.Nullable;

/**
 * What the structural stages made of a text: the located tree, the issues (at most one per
 * pointer and code, the earliest stage's), and the bound value.
 */
final class Structure<T> {
  /** Issues in the order their values appear in the text. */
  static final Comparator<Issue> DOCUMENT_ORDER = Comparator
      .comparingLong((Issue issue) -> issue.getLine().orElse(Long.MAX_VALUE))
      .thenComparingInt(issue -> issue.getColumn().orElse(Integer.MAX_VALUE))
      .thenComparing(Issue::getPath)
      .thenComparing(Issue::getCode);

  private final LocatedTree tree;
  private final Map<String, Issue> issues = new LinkedHashMap<>();
  private @Nullable T document;

  Structure(LocatedTree tree) {
    this.tree = tree;
  }

  LocatedTree tree() {
    return tree;
  }

  /** @return the issues so far, by {@link #key(Issue)}; callers may add to the map */
  Map<String, Issue> issues() {
    return issues;
  }

  void add(Issue issue) {
    issues.putIfAbsent(key(issue), issue);
  }

  void bound(@Nullable T value) {
    this.document = value;
  }

  /** @return the bound value, present exactly when there is no issue */
  @Nullable T document() {
    return issues.isEmpty() ? document : null;
  }

  /**
   * @return the bound value even when earlier stages found issues (binding may still succeed,
   *     and the cross-field rules can then run on it), or null when binding failed
   */
  @Nullable T boundValue() {
    return document;
  }

  /** @return the issues, sorted in document order */
  List<Issue> sortedIssues() {
    return sorted(issues.values());
  }

  static String key(Issue issue) {
    return issue.getPath() + "\u0000" + issue.getCode();
  }

  /**
   * Issues in document order, at most {@link Issue#MAX_PER_DOCUMENT}, then one {@code
   * TOO_MANY_ISSUES} issue saying how many more were found.
   */
  static List<Issue> sorted(Iterable<Issue> issues) {
    List<Issue> list = new ArrayList<>();
    issues.forEach(list::add);
    list.sort(DOCUMENT_ORDER);
    if (list.size() > Issue.MAX_PER_DOCUMENT) {
      int more = list.size() - Issue.MAX_PER_DOCUMENT;
      list = new ArrayList<>(list.subList(0, Issue.MAX_PER_DOCUMENT));
      list.add(Issue.tooMany(more).atLocation(1, 1));
    }
    return List.copyOf(list);
  }
}
