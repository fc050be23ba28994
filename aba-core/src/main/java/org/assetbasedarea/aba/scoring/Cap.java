package org.assetbasedarea.aba.scoring;

import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Rating;

/**
 * A cap on a rating for want of evidence. A cap applies to a rating when its condition holds and
 * its limit is below the rating; the effective rating is the rating lowered to the smallest cap
 * that applies. Declared in the order reports list them.
 */
public enum Cap {
  /** A rating of 2 or more with no evidence item counts as 1. */
  NO_EVIDENCE(1, "no evidence was given"),
  /** A rating of 3 or more with no evidence of people's experience counts as at most 2. */
  NO_LIVED_EXPERIENCE_EVIDENCE(2, "no evidence from people with lived experience");

  private final int limit;
  private final String reason;

  Cap(int limit, String reason) {
    this.limit = limit;
    this.reason = reason;
  }

  /** @return the highest rating this cap lets count: 1 or 2 */
  public int getLimit() {
    return limit;
  }

  /**
   * Whether this cap applies to a rating: its condition holds and its limit is below the rating.
   *
   * @param rating a rating with its evidence
   * @return true when the cap lowers the rating
   */
  public boolean appliesTo(Rating rating) {
    if (rating.getRating() <= limit) {
      return false;
    }
    switch (this) {
      case NO_EVIDENCE:
        return rating.getEvidence().isEmpty();
      case NO_LIVED_EXPERIENCE_EVIDENCE:
        return !rating.hasEvidence(EvidenceKind.PEOPLES_EXPERIENCE);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * A sentence a council can read, such as {@code rated 4, but no evidence from people with lived
   * experience, so counted as 2}.
   *
   * @param rating the rating as given, above this cap's limit and at most 4
   * @return the explanation
   * @throws IllegalArgumentException when the cap would not lower the rating
   */
  public String explain(int rating) {
    if (rating <= limit || rating > 4) {
      throw new IllegalArgumentException(
          "cap " + name() + " lowers only ratings from " + (limit + 1) + " to 4, got " + rating);
    }
    return "rated " + rating + ", but " + reason + ", so counted as " + limit;
  }

  String reason() {
    return reason;
  }
}
