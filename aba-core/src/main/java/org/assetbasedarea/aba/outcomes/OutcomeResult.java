package org.assetbasedarea.aba.outcomes;

import java.util.List;
import org.immutables.value.Value;

/**
 * One framework outcome in a report: the results of its indicators that have a value, beside the
 * actions the framework expects to move it. The library gives no combined outcome score.
 */
@Value.Immutable
public abstract class OutcomeResult {
  OutcomeResult() {}

  /** @return the framework outcome id */
  public abstract String getOutcome();

  /** @return the results of the outcome's indicators that have a value, in the outcome's order */
  public abstract List<IndicatorResult> getIndicators();

  /** @return ids of the actions expected to move this outcome, in the outcome's order */
  public abstract List<String> getActions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeResult}. */
  public static final class Builder extends ImmutableOutcomeResult.Builder {
    Builder() {}
  }
}
