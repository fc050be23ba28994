package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
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
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
