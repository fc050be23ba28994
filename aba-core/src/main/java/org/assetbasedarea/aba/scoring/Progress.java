package org.assetbasedarea.aba.scoring;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.immutables.value.Value;

/**
 * The progress of one area between two score reports made against the same framework under the
 * same rule set: per action the change in effective rating, per grouping and overall the change
 * in percentage and the direction of the band.
 */
@Value.Immutable
public abstract class Progress {
  Progress() {}

  /** @return the area, as the later report names it */
  public abstract @Valid Area getArea();

  /** @return the framework id both reports share */
  public abstract String getFramework();

  /** @return the rule set id both reports share */
  public abstract String getRules();

  /** @return the date of the earlier report */
  public abstract LocalDate getEarlierAssessedOn();

  /** @return the date of the later report */
  public abstract LocalDate getLaterAssessedOn();

  /** @return every action of the framework, in framework order */
  public abstract List<ActionProgress> getActions();

  /** @return every grouping, in framework order */
  public abstract List<GroupingProgress> getGroupings();

  /** @return the overall change */
  public abstract OverallProgress getOverall();

  /**
   * Compares two reports of an area, resolving their framework among the built-in ones for the
   * order of actions.
   *
   * @param earlier the earlier report
   * @param later the later report, dated no earlier than {@code earlier}
   * @return the progress
   * @throws NotComparableException when the area codes, frameworks or rule sets differ, or {@code
   *     earlier} is dated after {@code later}
   * @throws IllegalArgumentException when the framework is not built in (use {@link
   *     #between(ScoreReport, ScoreReport, Framework)} or {@link Scorer#progress}) or the reports
   *     do not match it
   */
  public static Progress between(ScoreReport earlier, ScoreReport later) {
    requireComparable(earlier, later);
    Framework framework = FrameworkRegistry.builtIn().find(later.getFramework())
        .orElseThrow(() -> new IllegalArgumentException("cannot compare: framework '"
            + later.getFramework() + "' is not built in; pass the framework itself"));
    return compare(earlier, later, framework);
  }

  /**
   * Compares two reports of an area made against a framework.
   *
   * @param earlier the earlier report
   * @param later the later report, dated no earlier than {@code earlier}
   * @param framework the framework both reports name, for the order of actions
   * @return the progress
   * @throws NotComparableException when the area codes, frameworks or rule sets differ, or {@code
   *     earlier} is dated after {@code later}
   * @throws IllegalArgumentException when the reports name another framework or an action it does
   *     not have
   */
  public static Progress between(ScoreReport earlier, ScoreReport later, Framework framework) {
    requireComparable(earlier, later);
    return compare(earlier, later, framework);
  }

  private static void requireComparable(ScoreReport earlier, ScoreReport later) {
    if (!earlier.getArea().getCode().equals(later.getArea().getCode())) {
      throw new NotComparableException(NotComparableException.Reason.AREA,
          "cannot compare reports of different areas: " + earlier.getArea().getCode() + " and "
              + later.getArea().getCode());
    }
    if (!earlier.getFramework().equals(later.getFramework())) {
      throw new NotComparableException(NotComparableException.Reason.FRAMEWORK,
          "cannot compare reports made against different frameworks: '" + earlier.getFramework()
              + "' and '" + later.getFramework() + "'");
    }
    if (!earlier.getRules().equals(later.getRules())) {
      throw new NotComparableException(NotComparableException.Reason.RULES,
          "cannot compare reports produced by different rule sets: '" + earlier.getRules()
              + "' and '" + later.getRules() + "'");
    }
    if (earlier.getAssessedOn().isAfter(later.getAssessedOn())) {
      throw new NotComparableException(NotComparableException.Reason.DATES,
          "cannot compare: the earlier report is dated " + earlier.getAssessedOn()
              + ", after the later report (" + later.getAssessedOn() + ")");
    }
  }

  private static Progress compare(ScoreReport earlier, ScoreReport later, Framework framework) {
    if (!framework.getId().equals(later.getFramework())) {
      throw new IllegalArgumentException("cannot compare: the reports name framework '"
          + later.getFramework() + "', not '" + framework.getId() + "'");
    }
    Map<String, Integer> before = effectiveRatings(earlier, framework);
    Map<String, Integer> after = effectiveRatings(later, framework);
    Builder progress = builder()
        .area(later.getArea())
        .framework(later.getFramework())
        .rules(later.getRules())
        .earlierAssessedOn(earlier.getAssessedOn())
        .laterAssessedOn(later.getAssessedOn());
    for (Action action : framework.getActions()) {
      Optional<Integer> from = Optional.ofNullable(before.get(action.getId()));
      Optional<Integer> to = Optional.ofNullable(after.get(action.getId()));
      progress.addActions(ActionProgress.builder()
          .action(action.getId())
          .earlier(from)
          .later(to)
          .change(from.isPresent() && to.isPresent()
              ? Optional.of(to.get() - from.get()) : Optional.empty())
          .build());
    }
    for (GroupingScore to : later.getGroupings()) {
      GroupingScore from = earlier.findGrouping(to.getGrouping())
          .orElseThrow(() -> new IllegalArgumentException("cannot compare: grouping '"
              + to.getGrouping() + "' is missing from the earlier report"));
      progress.addGroupings(GroupingProgress.builder()
          .grouping(to.getGrouping())
          .earlierPercentage(from.getPercentage())
          .laterPercentage(to.getPercentage())
          .change(change(from.getPercentage(), to.getPercentage()))
          .earlierBand(from.getBand())
          .laterBand(to.getBand())
          .direction(direction(from.getBand(), to.getBand()))
          .build());
    }
    OverallScore from = earlier.getOverall();
    OverallScore to = later.getOverall();
    progress.overall(OverallProgress.builder()
        .earlierPercentage(from.getPercentage())
        .laterPercentage(to.getPercentage())
        .change(change(from.getPercentage(), to.getPercentage()))
        .earlierBand(from.getBand())
        .laterBand(to.getBand())
        .direction(direction(from.getBand(), to.getBand()))
        .build());
    return progress.build();
  }

  private static Map<String, Integer> effectiveRatings(ScoreReport report, Framework framework) {
    Map<String, Integer> ratings = new HashMap<>();
    for (ActionScore action : report.getActions()) {
      if (framework.findAction(action.getAction()).isEmpty()) {
        throw new IllegalArgumentException("cannot compare: action '" + action.getAction()
            + "' is not in framework '" + framework.getId() + "'");
      }
      ratings.put(action.getAction(), action.getEffectiveRating());
    }
    return ratings;
  }

  private static Optional<BigDecimal> change(Optional<BigDecimal> from, Optional<BigDecimal> to) {
    return from.isPresent() && to.isPresent()
        ? Optional.of(to.get().subtract(from.get()).setScale(2))
        : Optional.empty();
  }

  private static Optional<Direction> direction(Optional<Band> from, Optional<Band> to) {
    return from.isPresent() && to.isPresent()
        ? Optional.of(Direction.between(from.get(), to.get()))
        : Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getEarlierAssessedOn().isAfter(getLaterAssessedOn())) {
      throw new IllegalArgumentException("progress: the earlier date is after the later date");
    }
  }

  /** Builds a {@link Progress}. */
  public static final class Builder extends ImmutableProgress.Builder {
    Builder() {}
  }
}
