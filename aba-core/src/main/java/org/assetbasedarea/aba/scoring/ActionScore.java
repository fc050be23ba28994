package org.assetbasedarea.aba.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The score of one rated action: its rating as given, the caps that lowered it, and what counts. */
@Value.Immutable
public abstract class ActionScore {
  ActionScore() {}

  /** @return the action id */
  public abstract String getAction();

  /** @return the id of the action's grouping */
  public abstract String getGrouping();

  /** @return the rating as given, 1-4 */
  public abstract int getRating();

  /** @return the rating that counts, after the caps: 1 to {@link #getRating()} */
  public abstract int getEffectiveRating();

  /** @return every cap whose limit is below the given rating, in {@link Cap} order */
  public abstract List<Cap> getCaps();

  /** @return true when a cap lowered the rating (not a field of the JSON contract) */
  public boolean isCapped() {
    return !getCaps().isEmpty();
  }

  /**
   * Why the rating counts as less than given, as a sentence a council can read, such as {@code
   * share-power: rated 4, but no evidence from people with lived experience, so counted as 2}.
   *
   * @return the sentence, or empty when no cap applies
   */
  public Optional<String> explain() {
    if (getCaps().isEmpty()) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    for (Cap cap : getCaps()) {
      reasons.add(cap.reason());
    }
    return Optional.of(getAction() + ": rated " + getRating() + ", but " + String.join(" and ", reasons)
        + ", so counted as " + getEffectiveRating());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getRating() < 1 || getRating() > 4) {
      throw new IllegalArgumentException(
          "action '" + getAction() + "': rating must be from 1 to 4, got " + getRating());
    }
    int expected = getRating();
    Cap previous = null;
    for (Cap cap : getCaps()) {
      if (cap.getLimit() >= getRating()) {
        throw new IllegalArgumentException("action '" + getAction() + "': cap " + cap
            + " is listed but its limit is not below the rating " + getRating());
      }
      if (previous != null && previous.compareTo(cap) >= 0) {
        throw new IllegalArgumentException(
            "action '" + getAction() + "': caps must be listed once each, in order");
      }
      previous = cap;
      expected = Math.min(expected, cap.getLimit());
    }
    if (getEffectiveRating() != expected) {
      throw new IllegalArgumentException("action '" + getAction() + "': effective rating must be "
          + expected + " for rating " + getRating() + " with caps " + getCaps() + ", got "
          + getEffectiveRating());
    }
  }

  /** Builds an {@link ActionScore}. */
  public static final class Builder extends ImmutableActionScore.Builder {
    Builder() {}
  }
}
