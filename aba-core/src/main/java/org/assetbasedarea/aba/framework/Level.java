package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.VisibleText;
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
  /** The most characters (code points) a level's text or one next step may have. */
  public static final int MAX_TEXT = 2000;

  Level() {}

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
    checkText(issues, "/looksLike", "what level " + rating + " looks like", getLooksLike());
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
      checkText(issues, "/nextSteps/" + i, "a next step of level " + rating, steps.get(i));
    }
    Ids.throwIfAny(issues);
  }

  private static void checkText(List<Issue> issues, String pointer, String what, String text) {
    if (!VisibleText.Validator.hasVisible(text)) {
      issues.add(Issue.of(pointer, IssueCode.BLANK_TEXT, what + " needs a visible character"));
    }
    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
      issues.add(Issue.of(pointer, IssueCode.TEXT_TOO_LONG,
          what + " must be at most " + MAX_TEXT + " characters"));
    }
    Ids.checkPlain(issues, pointer, what, text);
  }

  /** Builds a {@link Level}. */
  public static final class Builder extends ImmutableLevel.Builder {
    Builder() {}
  }
}
