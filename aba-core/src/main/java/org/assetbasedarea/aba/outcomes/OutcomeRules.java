package org.assetbasedarea.aba.outcomes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/**
 * The cross-field rules of outcome data ({@link ConsistentOutcomeData}), shared by its constraint
 * validator and by {@code Indicators.compute}.
 */
final class OutcomeRules {
  private OutcomeRules() {}

  /**
   * Checks outcome data against a framework.
   *
   * @param data the data
   * @param framework the framework it names, or null when that is not known
   * @param sink receives every broken rule
   * @return true when no rule is broken
   */
  static boolean check(OutcomeData data, @Nullable Framework framework, RuleSink sink) {
    boolean valid = true;
    if (data.getPeriod().getEnd().isBefore(data.getPeriod().getStart())) {
      valid = false;
      sink.report(IssueCode.INVALID_PERIOD, "must not be before the period's start", "period",
          -1, "end");
    }
    if (!weights(data.getResponses(), sink)) {
      valid = false;
    }
    if (framework == null) {
      return false;
    }
    Set<String> figures = new HashSet<>();
    List<ShareFigure> shares = data.getShares();
    for (int i = 0; i < shares.size(); i++) {
      ShareFigure share = shares.get(i);
      if (!figure(framework, data, share.getIndicator(), Statistic.SHARE, figures, sink,
          "shares", i)) {
        valid = false;
      }
      if (share.getNumerator() > share.getDenominator()) {
        valid = false;
        sink.report(IssueCode.INCONSISTENT_FIGURES, "must not be greater than the denominator",
            "shares", i, "numerator");
      }
    }
    List<MeanFigure> means = data.getMeans();
    for (int i = 0; i < means.size(); i++) {
      MeanFigure mean = means.get(i);
      if (!figure(framework, data, mean.getIndicator(), Statistic.MEAN, figures, sink, "means",
          i)) {
        valid = false;
      }
      Range range = meanRange(framework, mean.getIndicator());
      if (!Double.isFinite(mean.getMean())) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE, "must be a finite number", "means", i, "mean");
      } else if (!range.contains(mean.getMean())) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE, "must be within the indicator's range "
            + range.describe(), "means", i, "mean");
      }
      double sd = mean.getStandardDeviation();
      if (!Double.isFinite(sd) || sd < 0 || sd > range.width()) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE,
            "must be a finite number from 0 to the width of the indicator's range ("
                + widthText(range) + ")",
            "means", i, "standardDeviation");
      }
    }
    Set<String> baselined = new HashSet<>();
    List<Baseline> baselines = data.getBaselines();
    for (int i = 0; i < baselines.size(); i++) {
      Baseline baseline = baselines.get(i);
      Optional<IndicatorDefinition> definition = framework.findIndicator(baseline.getIndicator());
      if (definition.isEmpty()) {
        valid = false;
        sink.report(IssueCode.UNKNOWN_INDICATOR,
            "is not an indicator of framework '" + framework.getId() + "'", "baselines", i,
            "indicator");
      } else if (!baselined.add(baseline.getIndicator())) {
        valid = false;
        sink.report(IssueCode.DUPLICATE_INDICATOR,
            "has more than one baseline; give each indicator at most one", "baselines", i,
            "indicator");
      }
      double value = baseline.getValue();
      if (!Double.isFinite(value)) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE, "must be a finite number", "baselines", i,
            "value");
      } else if (definition.isPresent()
          && definition.get().getStatistic() == Statistic.SHARE
          && (value < 0 || value > 1)) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE,
            "must be a proportion from 0 to 1 for a share (not a percentage)", "baselines", i,
            "value");
      } else if (definition.isPresent()
          && definition.get().getStatistic() == Statistic.MEAN) {
        Range range = definition.get().valueRange();
        if (!range.contains(value)) {
          valid = false;
          sink.report(IssueCode.VALUE_OUT_OF_RANGE,
              "must be within the indicator's range " + range.describe(), "baselines", i,
              "value");
        }
      }
    }
    return valid;
  }

  private static boolean figure(Framework framework, OutcomeData data, String indicator,
      Statistic statistic, Set<String> figures, RuleSink sink, String property, int index) {
    Optional<IndicatorDefinition> definition = framework.findIndicator(indicator);
    String kind = statistic == Statistic.SHARE ? "share" : "mean";
    if (definition.isEmpty()) {
      sink.report(IssueCode.UNKNOWN_INDICATOR,
          "is not an indicator of framework '" + framework.getId() + "'", property, index,
          "indicator");
      return false;
    }
    if (definition.get().getStatistic() != statistic) {
      sink.report(IssueCode.INCONSISTENT_FIGURES,
          "is not a " + kind + " indicator; give its figure under "
              + (statistic == Statistic.SHARE ? "means" : "shares"),
          property, index, "indicator");
      return false;
    }
    if (!figures.add(indicator)) {
      sink.report(IssueCode.DUPLICATE_INDICATOR,
          "has more than one aggregate figure; give each indicator at most one", property,
          index, "indicator");
      return false;
    }
    if (Indicators.builtIn(indicator) >= 0
        && anyCounts(data.getResponses(), indicator)) {
      sink.report(IssueCode.DUPLICATE_INDICATOR,
          "is also computed from the person-level responses; give responses or a figure, not"
              + " both",
          property, index, "indicator");
      return false;
    }
    return true;
  }

  private static boolean anyCounts(List<PersonResponse> responses, String indicator) {
    for (PersonResponse response : responses) {
      if (response.countsFor(indicator)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The range of a mean figure's indicator: its definition's, or {@link Range#UNBOUNDED} when the
   * framework does not define it (an issue reported on its own).
   */
  private static Range meanRange(Framework framework, String indicator) {
    Optional<IndicatorDefinition> definition = framework.findIndicator(indicator);
    return definition.isPresent() && definition.get().getStatistic() == Statistic.MEAN
        ? definition.get().valueRange() : Range.UNBOUNDED;
  }

  private static String widthText(Range range) {
    double width = range.width();
    return range.equals(Range.UNBOUNDED) ? "2e9"
        : width == Math.rint(width) ? String.valueOf((long) width) : String.valueOf(width);
  }

  /**
   * Checks survey weights: each from {@link OutcomeData#MIN_WEIGHT} to {@link
   * OutcomeData#MAX_WEIGHT}, and given for every response or for none (the first response
   * decides; each response that differs from it is reported).
   */
  private static boolean weights(List<PersonResponse> responses, RuleSink sink) {
    if (responses.isEmpty()) {
      return true;
    }
    boolean valid = true;
    boolean weighted = responses.get(0).getWeight().isPresent();
    for (int i = 0; i < responses.size(); i++) {
      Optional<Double> weight = responses.get(i).getWeight();
      if (weight.isPresent() != weighted) {
        valid = false;
        sink.report(IssueCode.INCONSISTENT_FIGURES, weighted
            ? "is missing: the first response has a survey weight, so every response needs one"
            : "is given, but the first response has no survey weight: give every response a"
                + " weight, or none", "responses", i, "weight");
      } else if (weight.isPresent() && !(weight.get() >= OutcomeData.MIN_WEIGHT
          && weight.get() <= OutcomeData.MAX_WEIGHT)) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE,
            "must be a survey weight from 0.000001 to 1000000", "responses", i, "weight");
      }
    }
    return valid;
  }
}
