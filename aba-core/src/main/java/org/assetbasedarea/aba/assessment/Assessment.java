package org.assetbasedarea.aba.assessment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area's self-assessment against one framework version: who took part, and a rating with
 * evidence for each assessed action. An action with no rating is not assessed.
 *
 * <p>Field constraints (ranges, lengths) and the cross-field rules (actions known to the named
 * framework, at most one rating per action, a role at most once) are Jakarta constraints, so any
 * Jakarta Validator enforces them; {@link org.assetbasedarea.aba.validation.AbaValidator} returns
 * them as issues with JSON Pointers and stable codes.
 */
@Value.Immutable
@ConsistentAssessment
public abstract class Assessment {
  Assessment() {}

  /** @return the id of the framework this assessment was made against, such as {@code aba-2020} */
  public abstract String getFramework();

  /** @return the assessed area */
  public abstract @Valid Area getArea();

  /** @return the date of the assessment */
  public abstract LocalDate getAssessedOn();

  /** @return who took part, a role at most once */
  public abstract List<@Valid Participant> getParticipants();

  /** @return the ratings, at most one per action */
  public abstract List<@Valid Rating> getRatings();

  /**
   * The rating of one action.
   *
   * @param actionId an action id
   * @return its rating, or empty when the action was not assessed
   */
  public Optional<Rating> findRating(String actionId) {
    for (Rating rating : getRatings()) {
      if (rating.getAction().equals(actionId)) {
        return Optional.of(rating);
      }
    }
    return Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
