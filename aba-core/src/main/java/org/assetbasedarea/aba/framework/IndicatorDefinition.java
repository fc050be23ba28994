package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/**
 * What an outcome indicator is: its id, the measure it derives from, its statistic, which direction
 * is better, the range of a mean's values and, for an indicator defined by an outside handbook, the
 * edition it follows. The library's built-in indicators are defined once, in {@link
 * IndicatorCatalogue}; a framework that uses a built-in id must define it as the catalogue does.
 */
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
   * @return the range of a mean indicator's per-person values, such as 0-10; empty for a share
   *     (always a proportion 0-1) and for a mean whose values have no known range
   */
  public abstract Optional<Range> getRange();

  /**
   * @return the edition of the outside definition the indicator follows, such as the ASCOF handbook
   *     of definitions it was taken from; empty when it has none
   */
  @VisibleText
  @PlainText
  public abstract Optional<String> getEdition();

  /**
   * The range an area value of this indicator lies in: {@link Range#PROPORTION} for a share, the
   * declared range of a mean, or {@link Range#UNBOUNDED} for a mean without one.
   *
   * @return the range
   */
  public Range valueRange() {
    if (getStatistic() == Statistic.SHARE) {
      return Range.PROPORTION;
    }
    return getRange().orElse(Range.UNBOUNDED);
  }

  /**
   * Creates an indicator definition.
   *
   * @param id stable lower-case kebab id
   * @param title plain English title
   * @param measure the measure it derives from
   * @param statistic mean or share
   * @param higherIsBetter whether higher is better
   * @return the definition
   * @throws InvalidFrameworkException when the id is not lower-case kebab case or the title is
   *     blank
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
    if (getStatistic() == Statistic.SHARE && getRange().isPresent()) {
      issues.add(Issue.of("/range", IssueCode.INVALID_FRAMEWORK, "indicator '" + getId()
          + "' is a share, whose values are always proportions from 0 to 1: give no range"));
    }
    if (getEdition().isPresent()) {
      String edition = getEdition().get();
      if (!VisibleText.Validator.hasVisible(edition)) {
        issues.add(Issue.of("/edition", IssueCode.BLANK_TEXT,
            "the edition of indicator '" + getId() + "' must not be blank; leave it out instead"));
      }
      Ids.checkPlain(issues, "/edition", "the edition of indicator '" + getId() + "'", edition);
    }
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link IndicatorDefinition}. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}
  }
}
