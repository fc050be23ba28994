package org.assetbasedarea.aba.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** How one grouping's percentage and band changed between two reports. */
@Value.Immutable
public abstract class GroupingProgress {
  GroupingProgress() {}

  /** @return the grouping id */
  public abstract String getGrouping();

  /** @return the earlier percentage; empty when nothing in the grouping was rated */
  public abstract Optional<BigDecimal> getEarlierPercentage();

  /** @return the later percentage; empty when nothing in the grouping was rated */
  public abstract Optional<BigDecimal> getLaterPercentage();

  /** @return later minus earlier percentage, scale 2; empty when either is absent */
  public abstract Optional<BigDecimal> getChange();

  /** @return the earlier band; empty when nothing in the grouping was rated */
  public abstract Optional<Band> getEarlierBand();

  /** @return the later band; empty when nothing in the grouping was rated */
  public abstract Optional<Band> getLaterBand();

  /** @return whether the band went up, down or stayed the same; empty when either band is absent */
  public abstract Optional<Direction> getDirection();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupingProgress}. */
  public static final class Builder extends ImmutableGroupingProgress.Builder {
    Builder() {}
  }
}
