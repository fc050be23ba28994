package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.immutables.value.Value;

/**
 * What one rating level of an action looks like in practice, and the next steps from it to the
 * level above: guidance for co-produced reflection, not a rule of scoring. Level 4 (embedded) has
 * no next steps; levels 1 to 3 have at least one.
 */
@Value.Immutable
public abstract class Level {
  /** The most next steps one level may carry. */
  public static final int MAX_NEXT_STEPS = 10;
  /** The most characters of what a level looks like. */
  public static final int MAX_LOOKS_LIKE_CHARS = 2000;
  /**
   * The most characters of one next step: as many as a plan's step may have, so that a plan drafted
   * from the next steps is valid.
   */
  public static final int MAX_STEP_CHARS = 1000;

  Level() {}

  /** The names of the rating levels 1 to 4, in order. */
  private static final List<String> NAMES = List.of("not yet", "emerging", "established", "embedded");

  /**
   * The name of a rating level, as people say it.
   *
   * @param rating 1-4
   * @return {@code not yet}, {@code emerging}, {@code established} or {@code embedded}
   * @throws IllegalArgumentException when the rating is outside 1-4
   */
  public static String nameOf(int rating) {
    if (rating < 1 || rating > NAMES.size()) {
      throw new IllegalArgumentException("a rating is from 1 to 4, got " + rating);
    }
    return NAMES.get(rating - 1);
  }

  /** @return the rating this level describes: 1 not yet, 2 emerging, 3 established, 4 embedded */
  public abstract int getRating();

  /** @return what the action looks like at this level, a sentence or two */
  public abstract String getLooksLike();

  /** @return what moving from this level to the next takes, in order; empty at level 4 */
  public abstract List<String> getNextSteps();

  /**
   * Creates a level.
   *
   * @param rating 1-4
   * @param looksLike what the action looks like at this level
   * @param nextSteps the next steps to the level above; none at level 4
   * @return the level
   * @throws InvalidFrameworkException when the rating is outside 1-4, a text is blank or has a
   *     disallowed character, or the next steps do not fit the level
   */
  public static Level of(int rating, String looksLike, String... nextSteps) {
    return builder().rating(rating).looksLike(looksLike).addNextSteps(nextSteps).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the level's rating and texts, reporting every broken rule at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the level
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    int rating = getRating();
    if (rating < 1 || rating > 4) {
      issues.add(Issue.of("/rating", IssueCode.INVALID_FRAMEWORK,
          "a level's rating must be from 1 (not yet) to 4 (embedded), got " + rating));
    }
    Ids.checkText(issues, "/looksLike", "what level " + rating + " looks like", getLooksLike(),
        MAX_LOOKS_LIKE_CHARS);
    List<String> steps = getNextSteps();
    if (rating == 4 && !steps.isEmpty()) {
      issues.add(Issue.of("/nextSteps", IssueCode.INVALID_FRAMEWORK,
          "level 4 (embedded) is the top level and has no next steps"));
    } else if (rating >= 1 && rating < 4 && steps.isEmpty()) {
      issues.add(Issue.of("/nextSteps", IssueCode.INVALID_FRAMEWORK,
          "level " + rating + " needs at least one next step to level " + (rating + 1)));
    }
    if (steps.size() > MAX_NEXT_STEPS) {
      issues.add(Issue.of("/nextSteps", IssueCode.INVALID_FRAMEWORK,
          "a level has at most " + MAX_NEXT_STEPS + " next steps, got " + steps.size()));
    }
    for (int i = 0; i < steps.size(); i++) {
      Ids.checkText(issues, "/nextSteps/" + i, "a next step of level " + rating, steps.get(i),
          MAX_STEP_CHARS);
    }
    Ids.throwIfAny(issues);
  }


  /** Builds a {@link Level}. */
  public static final class Builder extends ImmutableLevel.Builder {
    Builder() {}
  }
}
