package org.assetbasedarea.aba.outcomes;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.immutables.value.Value;

/**
 * An area's outcome indicators for one period, computed by {@link Indicators#compute(OutcomeData,
 * org.assetbasedarea.aba.framework.Framework)}. An indicator with no respondents is absent.
 */
@Value.Immutable
public abstract class OutcomeReport {
  OutcomeReport() {}

  /** @return the framework id */
  public abstract String getFramework();

  /** @return the area */
  public abstract @Valid Area getArea();

  /** @return the period */
  public abstract Period getPeriod();

  /** @return the disclosure policy every published figure of the report follows */
  public abstract DisclosurePolicy getDisclosure();

  /** @return true when the responses carry survey weights */
  public abstract boolean isWeighted();

  /** @return the indicators that have a value, in framework order */
  public abstract List<IndicatorResult> getIndicators();

  /** @return the ONS4 band distributions of the items anyone answered, in item order */
  public abstract List<Ons4Distribution> getOns4Bands();

  /** @return each framework outcome with its indicator results and actions, in framework order */
  public abstract List<OutcomeResult> getOutcomes();

  /**
   * Looks an indicator result up.
   *
   * @param indicatorId an indicator id
   * @return its result, or empty when the indicator has no value in this report
   */
  public Optional<IndicatorResult> findIndicator(String indicatorId) {
    for (IndicatorResult result : getIndicators()) {
      if (result.getIndicator().equals(indicatorId)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeReport}. */
  public static final class Builder extends ImmutableOutcomeReport.Builder {
    Builder() {}
  }
}
