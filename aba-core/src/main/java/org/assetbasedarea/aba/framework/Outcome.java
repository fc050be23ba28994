package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/**
 * An outcome for people that the framework aims at, such as "people have control over their daily
 * life", with the indicators that measure it and the actions expected to move it.
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /** @return the stable, lower-case kebab id */
  public abstract String getId();

  /** @return the outcome in plain English */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /** @return ids of the indicators that measure this outcome, in the framework's indicator ids */
  public abstract List<String> getIndicators();

  /** @return ids of the actions expected to move this outcome */
  public abstract List<String> getActions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the outcome's id and title, reporting both at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the outcome
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "outcome", getId());
    Ids.checkTitle(issues, "outcome '" + getId() + "'", getTitle());
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
