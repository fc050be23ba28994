package org.assetbasedarea.aba.outcomes;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person's answers to the open outcome measures, and their survey weight when the survey
 * design gives one. It carries no identifier and no personal data: only the answers, each set
 * optional.
 */
@Value.Immutable
public abstract class PersonResponse {
  PersonResponse() {}

  /** @return answers to the ONS personal wellbeing questions */
  public abstract Optional<@Valid Ons4Answers> getOns4();

  /** @return answers to the ONS loneliness measures */
  public abstract Optional<@Valid LonelinessAnswers> getLoneliness();

  /** @return answers to the ASCOF quality-of-life domains */
  public abstract Optional<@Valid AscofAnswers> getAscof();

  /**
   * @return the person's survey weight, from {@link OutcomeData#MIN_WEIGHT} to {@link
   *     OutcomeData#MAX_WEIGHT}; either every response of a document has one or none has
   */
  public abstract Optional<Double> getWeight();

  /**
   * Whether this person counts as a respondent for a built-in indicator: whether their answers
   * give the indicator a value (for {@code ascof-1a} and {@code ucla3-loneliness}, all items
   * answered).
   *
   * @param indicatorId an indicator id
   * @return true when this response contributes to the indicator; false for ids not computed
   *     from person-level answers
   */
  public boolean countsFor(String indicatorId) {
    return Indicators.countsFor(this, indicatorId);
  }

  /**
   * A response with ONS4 answers only.
   *
   * @param ons4 the answers
   * @return the response
   */
  public static PersonResponse of(Ons4Answers ons4) {
    return builder().ons4(ons4).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonResponse}. */
  public static final class Builder extends ImmutablePersonResponse.Builder {
    Builder() {}
  }
}
