package org.assetbasedarea.aba.framework;

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
  public abstract String getTitle();

  /** @return what the action means in practice, in plain English */
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

  @Value.Check
  void check() {
    Ids.requireKebab("action", getId());
    Ids.requireKebab("grouping", getGrouping());
    if (getTitle().isBlank()) {
      throw new IllegalArgumentException("action '" + getId() + "' needs a title");
    }
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
