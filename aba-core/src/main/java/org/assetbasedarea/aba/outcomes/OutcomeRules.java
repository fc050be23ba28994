package org.assetbasedarea.aba.outcomes;

import java.util.ArrayList;
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
    Set<String> tallied = new HashSet<>();
    if (!tallies(data, tallied, sink)) {
      valid = false;
    }
    if (framework == null) {
      return false;
    }
    Set<String> figures = new HashSet<>();
    List<ShareFigure> shares = data.getShares();
    for (int i = 0; i < shares.size(); i++) {
      ShareFigure share = shares.get(i);
      if (!figure(framework, data, share.getIndicator(), Statistic.SHARE, figures, tallied, sink,
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
      if (!figure(framework, data, mean.getIndicator(), Statistic.MEAN, figures, tallied, sink,
          "means", i)) {
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
      Statistic statistic, Set<String> figures, Set<String> tallied, RuleSink sink,
      String property, int index) {
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
    if (tallied.contains(indicator)) {
      sink.report(IssueCode.DUPLICATE_INDICATOR,
          "is also computed from the tallies; give tallies or a figure, not both", property,
          index, "indicator");
      return false;
    }
    return true;
  }

  /** The largest sum of weights a tally may carry: {@code MAX_COUNT * MAX_WEIGHT}. */
  static final double MAX_WEIGHT_SUM = OutcomeData.MAX_COUNT * OutcomeData.MAX_WEIGHT;

  /** The largest sum of squared weights a tally may carry: {@code MAX_COUNT * MAX_WEIGHT^2}. */
  static final double MAX_WEIGHT_SQUARE_SUM =
      OutcomeData.MAX_COUNT * OutcomeData.MAX_WEIGHT * OutcomeData.MAX_WEIGHT;

  /** The smallest sum of squared weights a tally may carry: {@code MIN_WEIGHT^2}. */
  static final double MIN_WEIGHT_SQUARE_SUM = OutcomeData.MIN_WEIGHT * OutcomeData.MIN_WEIGHT;

  /**
   * Checks the tallies: each value within its item's range, an item and value at most once, no
   * item that a response answers for the same indicators, and survey weights given on every
   * tally and response or none, all four figures of a weighted tally within their bounds and
   * consistent with each other.
   *
   * @param tallied receives the indicators the tallies give
   */
  private static boolean tallies(OutcomeData data, Set<String> tallied, RuleSink sink) {
    List<Tally> tallies = data.getTallies();
    if (tallies.isEmpty()) {
      return true;
    }
    boolean valid = true;
    boolean weighted = Indicators.isWeighted(data);
    boolean byResponses = !data.getResponses().isEmpty();
    Set<String> counted = counted(data.getResponses());
    Set<Long> seen = new HashSet<>();
    Set<TallyItem> items = new HashSet<>();
    for (int i = 0; i < tallies.size(); i++) {
      Tally tally = tallies.get(i);
      TallyItem item = tally.getItem();
      int value = tally.getValue();
      if (value < item.min() || value > item.max()) {
        valid = false;
        sink.report(IssueCode.ANSWER_OUT_OF_RANGE, "must be from " + item.min() + " to "
            + item.max() + " for this item", "tallies", i, "value");
      } else if (!seen.add((long) item.ordinal() << 32 | value)) {
        valid = false;
        sink.report(IssueCode.DUPLICATE_INDICATOR,
            "repeats the item and value of an earlier tally; give each at most once", "tallies",
            i, "value");
      }
      boolean answered = false;
      for (String indicator : item.indicators()) {
        answered |= counted.contains(indicator);
        tallied.add(indicator);
      }
      if (answered && items.add(item)) { // once per item, at its first tally
        valid = false;
        sink.report(IssueCode.DUPLICATE_INDICATOR,
            "is also answered in the person-level responses; give responses or tallies for an"
                + " item, not both", "tallies", i, "item");
      }
      if (!tallyWeights(tally, weighted, byResponses, sink, i)) {
        valid = false;
      }
    }
    return valid;
  }

  private static boolean tallyWeights(Tally tally, boolean weighted, boolean byResponses,
      RuleSink sink, int i) {
    boolean given = tally.getWeightSum().isPresent();
    if (given != weighted) {
      String source = byResponses ? "the responses carry" : "the first tally carries";
      sink.report(IssueCode.INCONSISTENT_FIGURES, weighted
          ? "is missing: " + source + " survey weights, so every tally needs them"
          : "is given, but " + source + " no survey weights: give every tally and response"
              + " weights, or none",
          "tallies", i, "weightSum");
      return false;
    }
    boolean valid = true;
    valid &= together(given, tally.getWeightSquareSum(), sink, i, "weightSquareSum");
    valid &= together(given, tally.getWeightMin(), sink, i, "weightMin");
    valid &= together(given, tally.getWeightMax(), sink, i, "weightMax");
    if (!given || !valid) {
      return valid;
    }
    double sum = tally.getWeightSum().orElseThrow();
    double squares = tally.getWeightSquareSum().orElseThrow();
    double min = tally.getWeightMin().orElseThrow();
    double max = tally.getWeightMax().orElseThrow();
    valid &= within(min, OutcomeData.MIN_WEIGHT, OutcomeData.MAX_WEIGHT,
        "must be a survey weight from 0.000001 to 1000000", sink, i, "weightMin");
    valid &= within(max, OutcomeData.MIN_WEIGHT, OutcomeData.MAX_WEIGHT,
        "must be a survey weight from 0.000001 to 1000000", sink, i, "weightMax");
    valid &= within(sum, OutcomeData.MIN_WEIGHT, MAX_WEIGHT_SUM,
        "must be a sum of survey weights from 0.000001 to 100000000000000", sink, i,
        "weightSum");
    valid &= within(squares, MIN_WEIGHT_SQUARE_SUM, MAX_WEIGHT_SQUARE_SUM,
        "must be a sum of squared survey weights from 0.000000000001 to"
            + " 100000000000000000000", sink, i, "weightSquareSum");
    if (!valid) {
      return false;
    }
    long n = tally.getRespondents();
    if (n < 1 || n > OutcomeData.MAX_COUNT) {
      return true; // the count's own constraint reports it
    }
    double low = 1 - OutcomeData.WEIGHT_SUM_TOLERANCE;
    double high = 1 + OutcomeData.WEIGHT_SUM_TOLERANCE;
    if (min > max || (n == 1 && min != max)) {
      sink.report(IssueCode.INCONSISTENT_FIGURES, n == 1
          ? "must equal weightMin: the tally is of one person"
          : "must not be below weightMin", "tallies", i, "weightMax");
      return false;
    }
    if (!(sum >= n * min * low && sum <= n * max * high)) {
      sink.report(IssueCode.INCONSISTENT_FIGURES,
          "must lie from respondents * weightMin to respondents * weightMax", "tallies", i,
          "weightSum");
      return false;
    }
    if (!(squares >= sum * min * low && squares <= sum * max * high
        && n * squares * high >= sum * sum)) {
      sink.report(IssueCode.INCONSISTENT_FIGURES,
          "must lie from weightSum * weightMin to weightSum * weightMax, and at least"
              + " weightSum^2 / respondents", "tallies", i, "weightSquareSum");
      return false;
    }
    return true;
  }

  /** A weight figure given exactly when the tally's weight sum is. */
  private static boolean together(boolean given, Optional<Double> figure, RuleSink sink, int i,
      String leaf) {
    if (figure.isPresent() == given) {
      return true;
    }
    sink.report(IssueCode.INCONSISTENT_FIGURES, given
        ? "is missing: a weighted tally needs weightSum, weightSquareSum, weightMin and weightMax"
        : "is given without weightSum: a weighted tally needs all four weight figures",
        "tallies", i, leaf);
    return false;
  }

  private static boolean within(double value, double min, double max, String message,
      RuleSink sink, int i, String leaf) {
    if (value >= min && value <= max) {
      return true;
    }
    sink.report(IssueCode.VALUE_OUT_OF_RANGE, message, "tallies", i, leaf);
    return false;
  }

  /** The built-in indicators that some response counts for, in one pass over the responses. */
  private static Set<String> counted(List<PersonResponse> responses) {
    Set<String> counted = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (TallyItem item : TallyItem.values()) {
      ids.addAll(item.indicators());
    }
    for (PersonResponse response : responses) {
      for (String id : ids) {
        if (!counted.contains(id) && response.countsFor(id)) {
          counted.add(id);
        }
      }
      if (counted.size() == ids.size()) {
        break;
      }
    }
    return counted;
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
