package org.assetbasedarea.aba.framework;

import java.util.List;
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
  public abstract String getTitle();

  /** @return ids of the indicators that measure this outcome, in the framework's indicator ids */
  public abstract List<String> getIndicators();

  /** @return ids of the actions expected to move this outcome */
  public abstract List<String> getActions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("outcome", getId());
    if (getTitle().isBlank()) {
      throw new IllegalArgumentException("outcome '" + getId() + "' needs a title");
    }
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
