package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One person's answers to the ONS loneliness measures: the direct question, and the three UCLA
 * items, each coded 1 (hardly ever or never), 2 (some of the time) or 3 (often). Any may be
 * skipped.
 */
@Value.Immutable
public abstract class LonelinessAnswers {
  LonelinessAnswers() {}

  /** @return the answer to the direct question "How often do you feel lonely?" */
  public abstract Optional<LonelinessFrequency> getDirect();

  /** @return UCLA item "lack companionship", 1-3 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (hardly ever or never) to 3 (often)")
          @Max(value = 3, message = "must be from 1 (hardly ever or never) to 3 (often)") Integer>
      getLackCompanionship();

  /** @return UCLA item "left out", 1-3 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (hardly ever or never) to 3 (often)")
          @Max(value = 3, message = "must be from 1 (hardly ever or never) to 3 (often)") Integer>
      getLeftOut();

  /** @return UCLA item "isolated", 1-3 */
  public abstract Optional<
          @Min(value = 1, message = "must be from 1 (hardly ever or never) to 3 (often)")
          @Max(value = 3, message = "must be from 1 (hardly ever or never) to 3 (often)") Integer>
      getIsolated();

  /**
   * The UCLA three-item score: the sum of the three items, 3-9, higher is lonelier.
   *
   * @return the score, or empty unless all three items are answered
   * @throws IllegalArgumentException when an item is outside 1-3
   */
  public OptionalInt uclaScore() {
    Integer a = getLackCompanionship().orElse(null);
    Integer b = getLeftOut().orElse(null);
    Integer c = getIsolated().orElse(null);
    if (a == null || b == null || c == null) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Indicators.requireRange(a, 1, 3, "UCLA item")
        + Indicators.requireRange(b, 1, 3, "UCLA item")
        + Indicators.requireRange(c, 1, 3, "UCLA item"));
  }

  /**
   * Answers to the three UCLA items, without the direct question.
   *
   * @param lackCompanionship 1-3
   * @param leftOut 1-3
   * @param isolated 1-3
   * @return the answers
   */
  public static LonelinessAnswers ucla(int lackCompanionship, int leftOut, int isolated) {
    return builder().lackCompanionship(lackCompanionship).leftOut(leftOut).isolated(isolated).build();
  }

  /**
   * An answer to the direct question only.
   *
   * @param direct the answer
   * @return the answers
   */
  public static LonelinessAnswers direct(LonelinessFrequency direct) {
    return builder().direct(direct).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LonelinessAnswers}. */
  public static final class Builder extends ImmutableLonelinessAnswers.Builder {
    Builder() {}
  }
}
