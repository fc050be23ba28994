package org.assetbasedarea.aba.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** How the overall percentage and band changed between two reports. */
@Value.Immutable
public abstract class OverallProgress {
  OverallProgress() {}

  /** @return the earlier overall percentage; empty when nothing was rated */
  public abstract Optional<BigDecimal> getEarlierPercentage();

  /** @return the later overall percentage; empty when nothing was rated */
  public abstract Optional<BigDecimal> getLaterPercentage();

  /** @return later minus earlier percentage, scale 2; empty when either is absent */
  public abstract Optional<BigDecimal> getChange();

  /** @return the earlier overall band (after limiters); empty when that report had none */
  public abstract Optional<Band> getEarlierBand();

  /** @return the later overall band (after limiters); empty when that report had none */
  public abstract Optional<Band> getLaterBand();

  /** @return whether the overall band went up, down or stayed the same; empty when either is absent */
  public abstract Optional<Direction> getDirection();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverallProgress}. */
  public static final class Builder extends ImmutableOverallProgress.Builder {
    Builder() {}
  }
}
