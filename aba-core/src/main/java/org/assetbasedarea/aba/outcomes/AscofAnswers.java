package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One person's answers to the eight quality-of-life questions of the Adult Social Care Survey that
 * ASCOF 1A uses, one per domain, each coded 1 (the best outcome) to 4 (the worst). Any may be
 * skipped. The library holds the domain names only, not the questions' wording: ask the questions
 * as the survey does and record the codes here.
 *
 * <p>ASCOF 1B uses {@link #getControl()} and ASCOF 1I(1) uses {@link #getSocialContact()}.
 */
@Value.Immutable
public abstract class AscofAnswers {
  /** The number of domains of ASCOF 1A. */
  public static final int DOMAINS = 8;

  AscofAnswers() {}

  /** @return the ASCOF domain "control over daily life", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getControl();

  /** @return the ASCOF domain "personal cleanliness and comfort", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getPersonalCare();

  /** @return the ASCOF domain "food and drink", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getFoodAndDrink();

  /** @return the ASCOF domain "accommodation cleanliness and comfort", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getAccommodation();

  /** @return the ASCOF domain "safety", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getSafety();

  /** @return the ASCOF domain "social participation and involvement", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getSocialContact();

  /** @return the ASCOF domain "occupation (doing things one values and enjoys)", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getOccupation();

  /** @return the ASCOF domain "dignity", coded 1 (best) to 4 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (best) to 4 (worst)")
          @Max(value = 4, message = "must be from 1 (best) to 4 (worst)") Integer>
      getDignity();

  /**
   * The ASCOF 1A score of this person: 32 minus the sum of the eight codes, 0-24, higher is better.
   *
   * @return the score, or empty unless all eight domains are answered
   * @throws IllegalArgumentException when a code is outside 1-4
   */
  public OptionalInt qualityOfLifeScore() {
    int sum = Indicators.ascofSum(this);
    return sum < 0 ? OptionalInt.empty() : OptionalInt.of(32 - sum);
  }

  /**
   * Answers to all eight domains, in the order of the getters.
   *
   * @param control control over daily life
   * @param personalCare personal cleanliness and comfort
   * @param foodAndDrink food and drink
   * @param accommodation accommodation cleanliness and comfort
   * @param safety safety
   * @param socialContact social participation and involvement
   * @param occupation occupation
   * @param dignity dignity
   * @return the answers
   */
  public static AscofAnswers of(int control, int personalCare, int foodAndDrink, int accommodation,
      int safety, int socialContact, int occupation, int dignity) {
    return builder()
        .control(control)
        .personalCare(personalCare)
        .foodAndDrink(foodAndDrink)
        .accommodation(accommodation)
        .safety(safety)
        .socialContact(socialContact)
        .occupation(occupation)
        .dignity(dignity)
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AscofAnswers}. */
  public static final class Builder extends ImmutableAscofAnswers.Builder {
    Builder() {}
  }
}
