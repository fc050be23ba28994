package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** One of a framework's actions, such as {@code share-power}, belonging to exactly one grouping. */
@Value.Immutable
public abstract class Action {
  Action() {}

  /** @return the stable, lower-case kebab id, such as {@code share-power} */
  public abstract String getId();

  /** @return the id of the one grouping this action belongs to */
  public abstract String getGrouping();

  /** @return the action's title in plain English */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /** @return what the action means in practice, in plain English */
  @PlainText
  public abstract String getDescription();

  /**
   * What each rating level of this action looks like and the next steps from it: either none (a
   * framework need not describe its levels) or exactly the four levels 1 to 4, in order.
   *
   * @return the levels, empty or four
   */
  public abstract List<Level> getLevels();

  /**
   * One level of this action.
   *
   * @param rating a rating, 1-4
   * @return what that level looks like and its next steps, or empty when the framework does not
   *     describe this action's levels or the rating is outside 1-4
   */
  public Optional<Level> findLevel(int rating) {
    List<Level> levels = getLevels();
    return levels.isEmpty() || rating < 1 || rating > levels.size()
        ? Optional.empty() : Optional.of(levels.get(rating - 1));
  }

  /**
   * What moving this action up from a rating takes.
   *
   * @param rating the current rating, 1-3
   * @return the framework's next steps from that rating to the one above; empty when it describes
   *     none (at 4, or when the action's levels are not described)
   */
  public List<String> nextSteps(int rating) {
    return findLevel(rating).map(Level::getNextSteps).orElse(List.of());
  }

  /**
   * Creates an action.
   *
   * @param id stable lower-case kebab id
   * @param grouping id of its grouping
   * @param title plain English title
   * @param description what it means in practice
   * @return the action
   * @throws IllegalArgumentException when an id is not lower-case kebab case or the title is blank
   */
  public static Action of(String id, String grouping, String title, String description) {
    return builder().id(id).grouping(grouping).title(title).description(description).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the action's id and title, reporting both at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the action
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "action", getId());
    Ids.check(issues, "/grouping", "grouping", getGrouping());
    Ids.checkTitle(issues, "action '" + getId() + "'", getTitle());
    Ids.checkPlain(issues, "/description", "the description of action '" + getId() + "'",
        getDescription());
    List<Level> levels = getLevels();
    if (!levels.isEmpty() && levels.size() != 4) {
      issues.add(Issue.of("/levels", IssueCode.INVALID_FRAMEWORK, "action '" + getId()
          + "' describes " + levels.size() + " levels; describe none or all four (1 to 4)"));
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).getRating() != i + 1) {
        issues.add(Issue.of("/levels/" + i + "/rating", IssueCode.INVALID_FRAMEWORK,
            "action '" + getId() + "' must list its levels in order 1 to 4; level " + (i + 1)
                + " is rated " + levels.get(i).getRating()));
      }
    }
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
