package org.assetbasedarea.aba.framework;

import org.immutables.value.Value;

/** What an outcome indicator is: its id, the measure it derives from, and which direction is better. */
@Value.Immutable
public abstract class IndicatorDefinition {
  IndicatorDefinition() {}

  /** @return the stable, lower-case kebab id, such as {@code ascof-1b} */
  public abstract String getId();

  /** @return a plain English title */
  public abstract String getTitle();

  /** @return the open measure the indicator derives from */
  public abstract Measure getMeasure();

  /** @return whether the area value is a mean or a share */
  public abstract Statistic getStatistic();

  /** @return true when a higher value is a better outcome for people */
  public abstract boolean isHigherIsBetter();

  /**
   * Creates an indicator definition.
   *
   * @param id stable lower-case kebab id
   * @param title plain English title
   * @param measure the measure it derives from
   * @param statistic mean or share
   * @param higherIsBetter whether higher is better
   * @return the definition
   * @throws IllegalArgumentException when the id is not lower-case kebab case or the title is blank
   */
  public static IndicatorDefinition of(
      String id, String title, Measure measure, Statistic statistic, boolean higherIsBetter) {
    return builder()
        .id(id)
        .title(title)
        .measure(measure)
        .statistic(statistic)
        .higherIsBetter(higherIsBetter)
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("indicator", getId());
    if (getTitle().isBlank()) {
      throw new IllegalArgumentException("indicator '" + getId() + "' needs a title");
    }
  }

  /** Builds an {@link IndicatorDefinition}. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}
  }
}
