package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's answers to the four ONS personal wellbeing questions (ONS4), each 0-10. A person may
 * skip any item; a skipped item is empty and the person does not count for that item's indicators.
 */
@Value.Immutable
public abstract class Ons4Answers {
  Ons4Answers() {}

  /** @return life satisfaction, 0-10 */
  public abstract Optional<
          @Min(value = 0, message = "must be from 0 to 10")
          @Max(value = 10, message = "must be from 0 to 10") Integer>
      getLifeSatisfaction();

  /** @return the feeling that the things one does in life are worthwhile, 0-10 */
  public abstract Optional<
          @Min(value = 0, message = "must be from 0 to 10")
          @Max(value = 10, message = "must be from 0 to 10") Integer>
      getWorthwhile();

  /** @return happiness yesterday, 0-10 */
  public abstract Optional<
          @Min(value = 0, message = "must be from 0 to 10")
          @Max(value = 10, message = "must be from 0 to 10") Integer>
      getHappiness();

  /** @return anxiety yesterday, 0-10 (higher is worse) */
  public abstract Optional<
          @Min(value = 0, message = "must be from 0 to 10")
          @Max(value = 10, message = "must be from 0 to 10") Integer>
      getAnxiety();

  /**
   * The answer to one item.
   *
   * @param item an ONS4 item
   * @return the answer, or empty when skipped
   */
  public Optional<Integer> answerTo(Ons4Item item) {
    switch (item) {
      case LIFE_SATISFACTION:
        return getLifeSatisfaction();
      case WORTHWHILE:
        return getWorthwhile();
      case HAPPINESS:
        return getHappiness();
      default:
        return getAnxiety();
    }
  }

  /**
   * Answers to all four items.
   *
   * @param lifeSatisfaction 0-10
   * @param worthwhile 0-10
   * @param happiness 0-10
   * @param anxiety 0-10
   * @return the answers
   */
  public static Ons4Answers of(int lifeSatisfaction, int worthwhile, int happiness, int anxiety) {
    return builder()
        .lifeSatisfaction(lifeSatisfaction)
        .worthwhile(worthwhile)
        .happiness(happiness)
        .anxiety(anxiety)
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Ons4Answers}. */
  public static final class Builder extends ImmutableOns4Answers.Builder {
    Builder() {}
  }
}
