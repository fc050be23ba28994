package org.assetbasedarea.aba.outcomes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
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
      double[] range = meanRange(mean.getIndicator()).orElse(ANY_RANGE);
      if (!Double.isFinite(mean.getMean())) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE, "must be a finite number", "means", i, "mean");
      } else if (mean.getMean() < range[0] || mean.getMean() > range[1]) {
        valid = false;
        sink.report(IssueCode.VALUE_OUT_OF_RANGE, "must be within the indicator's range "
            + rangeText(range), "means", i, "mean");
      }
      double sd = mean.getStandardDeviation();
      if (!Double.isFinite(sd) || sd < 0 || sd > range[1] - range[0]) {
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
        double[] range = meanRange(baseline.getIndicator()).orElse(ANY_RANGE);
        if (value < range[0] || value > range[1]) {
          valid = false;
          sink.report(IssueCode.VALUE_OUT_OF_RANGE,
              "must be within the indicator's range " + rangeText(range), "baselines", i,
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
    if (Indicators.builtInStatistic(indicator).orElse(null) == statistic
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

  /** The range of a mean indicator without a range of its own (a local framework's). */
  private static final double[] ANY_RANGE =
      {-OutcomeData.MAX_MAGNITUDE, OutcomeData.MAX_MAGNITUDE};

  /** The range of a built-in mean indicator's value, or empty for others. */
  private static Optional<double[]> meanRange(String indicator) {
    switch (indicator) {
      case "ons4-life-satisfaction":
      case "ons4-worthwhile":
      case "ons4-happiness":
      case "ons4-anxiety":
        return Optional.of(new double[] {0, 10});
      case "ucla3-loneliness":
        return Optional.of(new double[] {3, 9});
      case "ascof-1a":
        return Optional.of(new double[] {0, 24});
      default:
        return Optional.empty();
    }
  }

  private static String rangeText(double[] range) {
    return range == ANY_RANGE ? "-1e9 to 1e9" : Math.round(range[0]) + "-" + Math.round(range[1]);
  }

  private static String widthText(double[] range) {
    return range == ANY_RANGE ? "2e9" : String.valueOf(Math.round(range[1] - range[0]));
  }
}
