package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** What an outcome indicator is: its id, the measure it derives from, and which direction is better. */
@Value.Immutable
public abstract class IndicatorDefinition {
  IndicatorDefinition() {}

  /** @return the stable, lower-case kebab id, such as {@code ascof-1b} */
  public abstract String getId();

  /** @return a plain English title */
  @VisibleText
  @PlainText
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

  /**
   * Checks the indicator's id and title, reporting both at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the indicator
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "indicator", getId());
    Ids.checkTitle(issues, "indicator '" + getId() + "'", getTitle());
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link IndicatorDefinition}. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}
  }
}
