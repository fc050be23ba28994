package org.assetbasedarea.aba.scoring;

import java.util.Optional;
import org.immutables.value.Value;

/** How one action's effective rating changed between two reports. */
@Value.Immutable
public abstract class ActionProgress {
  ActionProgress() {}

  /** @return the action id */
  public abstract String getAction();

  /** @return the effective rating in the earlier report; empty when it was not assessed */
  public abstract Optional<Integer> getEarlier();

  /** @return the effective rating in the later report; empty when it was not assessed */
  public abstract Optional<Integer> getLater();

  /** @return later minus earlier effective rating; empty when either side did not assess it */
  public abstract Optional<Integer> getChange();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Optional<Integer> expected = getEarlier().isPresent() && getLater().isPresent()
        ? Optional.of(getLater().get() - getEarlier().get())
        : Optional.empty();
    if (!getChange().equals(expected)) {
      throw new IllegalArgumentException(
          "action '" + getAction() + "': change must be later minus earlier, present only when both are");
    }
  }

  /** Builds an {@link ActionProgress}. */
  public static final class Builder extends ImmutableActionProgress.Builder {
    Builder() {}
  }
}
