package org.assetbasedarea.aba.network;

import java.util.List;

/** Inputs that give no network view: every problem found, each a sentence for a user. */
public final class NetworkInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; never empty. */
  @SuppressWarnings("serial") // an unmodifiable list of strings
  private final List<String> problems;

  /**
   * An exception listing problems.
   *
   * @param problems every problem, at least one
   */
  public NetworkInputException(List<String> problems) {
    super(problems.isEmpty() ? "no problem" : problems.get(0)
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, in the order found */
  public List<String> getProblems() {
    return problems;
  }
}
