package org.assetbasedarea.aba.outcomes;

import java.util.Map;
import org.immutables.value.Value;

/**
 * How an area's answers to one ONS4 item fall into the ONS bands: raw counts, before disclosure
 * control (round them with {@link DisclosurePolicy#roundCount(long)} before publishing).
 */
@Value.Immutable
public abstract class Ons4Distribution {
  Ons4Distribution() {}

  /** @return the item */
  public abstract Ons4Item getItem();

  /** @return how many people answered the item */
  public abstract long getRespondents();

  /** @return the count in each of the item's four bands, lowest band first, zero counts included */
  public abstract Map<Ons4Band, Long> getCounts();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Ons4Distribution}. */
  public static final class Builder extends ImmutableOns4Distribution.Builder {
    Builder() {}
  }
}
