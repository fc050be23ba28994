package org.assetbasedarea.aba.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.issues.PlainText;
import org.immutables.value.Value;

/**
 * The rating an area gives itself for one action, with its evidence: 1 not yet, 2 emerging,
 * 3 established, 4 embedded.
 */
@Value.Immutable
public abstract class Rating {
  /** The most evidence items one rating may carry. */
  public static final int MAX_EVIDENCE = 50;

  Rating() {}

  /** @return the id of the rated action in the assessment's framework */
  public abstract String getAction();

  /** @return the rating, 1-4 */
  @Min(value = 1, message = "must be from 1 (not yet) to 4 (embedded)")
  @Max(value = 4, message = "must be from 1 (not yet) to 4 (embedded)")
  public abstract int getRating();

  /** @return the evidence, 0-50 items */
  @Size(max = MAX_EVIDENCE, message = "must have at most 50 evidence items")
  public abstract List<@Valid Evidence> getEvidence();

  /** @return why the rating was given, at most 4000 characters, none disallowed */
  public abstract Optional<@PlainText @MaxChars(value = 4000, message = "must be at most 4000 characters") String>
      getRationale();

  /**
   * Whether any evidence item is of a kind.
   *
   * @param kind an evidence kind
   * @return true when at least one item is of that kind
   */
  public boolean hasEvidence(EvidenceKind kind) {
    for (Evidence evidence : getEvidence()) {
      if (evidence.getKind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Creates a rating.
   *
   * @param action the action id
   * @param rating 1-4
   * @param evidence the evidence items
   * @return the rating
   */
  public static Rating of(String action, int rating, Evidence... evidence) {
    return builder().action(action).rating(rating).addEvidence(evidence).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rating}. */
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }
}
