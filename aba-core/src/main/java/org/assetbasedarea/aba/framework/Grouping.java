package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** One of a framework's groupings of actions, such as {@code co-production}. */
@Value.Immutable
public abstract class Grouping {
  Grouping() {}

  /** @return the stable, lower-case kebab id, such as {@code co-production} */
  public abstract String getId();

  /** @return the grouping's title in plain English */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /**
   * Creates a grouping.
   *
   * @param id stable lower-case kebab id
   * @param title plain English title
   * @return the grouping
   * @throws IllegalArgumentException when the id is not lower-case kebab case or the title is blank
   */
  public static Grouping of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the grouping's id and title, reporting both at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the grouping
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "grouping", getId());
    Ids.checkTitle(issues, "grouping '" + getId() + "'", getTitle());
    Ids.throwIfAny(issues);
  }


  /** Builds a {@link Grouping}. */
  public static final class Builder extends ImmutableGrouping.Builder {
    Builder() {}
  }
}
