package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/**
 * Computes outcome indicators from {@link OutcomeData}, and the statistics behind them: Wilson
 * score intervals for shares, normal intervals for means, change against a baseline, and
 * disclosure control. The rules are those of {@code docs/statistics.md}.
 *
 * <p>Person-level answers give the built-in indicators:
 *
 * <ul>
 *   <li>{@code ons4-<item>}: the mean answer 0-10; {@code ons4-<item>-high}: the share answering
 *       7-10 (anxiety: 6-10);
 *   <li>{@code loneliness-often-always}: the share answering "often or always";
 *   <li>{@code ucla3-loneliness}: the mean of per-person sums 3-9, people who answered all three
 *       items only;
 *   <li>{@code ascof-1a}: the mean of per-person {@code 32 - sum} of the eight codes, people who
 *       answered all eight only; {@code ascof-1b}: the share coding control 1 or 2; {@code
 *       ascof-1i1}: the share coding social contact 1.
 * </ul>
 *
 * <p>Each respondent counts for an indicator when they answered what it needs; a skipped item
 * simply leaves them out of that indicator. Every method is thread-safe.
 */
public final class Indicators {
  /** The 97.5th percentile of the standard normal distribution, for 95 per cent intervals. */
  public static final double Z = 1.959963984540054;

  private static final double Z2 = Z * Z;

  // Indexes of the built-in indicators in the accumulators.
  static final int LIFE_SATISFACTION = 0;
  static final int HIGH = 4; // ONS4 item i has its "-high" share at HIGH + i
  static final int LONELY = 8;
  static final int UCLA = 9;
  static final int ASCOF_1A = 10;
  static final int ASCOF_1B = 11;
  static final int ASCOF_1I1 = 12;
  static final int BUILT_IN_COUNT = 13;

  private static final String[] BUILT_IN_IDS = {
    "ons4-life-satisfaction", "ons4-worthwhile", "ons4-happiness", "ons4-anxiety",
    "ons4-life-satisfaction-high", "ons4-worthwhile-high", "ons4-happiness-high",
    "ons4-anxiety-high", "loneliness-often-always", "ucla3-loneliness", "ascof-1a", "ascof-1b",
    "ascof-1i1"
  };
  private static final Map<String, Integer> BUILT_IN_INDEX = builtInIndex();
  private static final Ons4Item[] ITEMS = Ons4Item.values();

  private Indicators() {}

  private static Map<String, Integer> builtInIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < BUILT_IN_IDS.length; i++) {
      index.put(BUILT_IN_IDS[i], i);
    }
    return Map.copyOf(index);
  }

  /**
   * The index of a built-in indicator computed from answers, or -1.
   *
   * @param indicatorId an id
   * @return its index
   */
  static int builtIn(String indicatorId) {
    Integer index = BUILT_IN_INDEX.get(indicatorId);
    return index == null ? -1 : index;
  }

  /**
   * The statistic of a built-in indicator computed from answers.
   *
   * @param indicatorId an indicator id
   * @return its statistic, or empty when the library does not compute it from person-level answers
   */
  public static Optional<Statistic> builtInStatistic(String indicatorId) {
    int index = builtIn(indicatorId);
    if (index < 0) {
      return Optional.empty();
    }
    boolean mean = index < HIGH || index == UCLA || index == ASCOF_1A;
    return Optional.of(mean ? Statistic.MEAN : Statistic.SHARE);
  }

  // -- the report -------------------------------------------------------------------------------

  /**
   * Computes an area's outcome indicators.
   *
   * <p>Each indicator of the framework gets its value from the person-level responses when at
   * least one response counts for it, otherwise from its aggregate figure, if any; an indicator
   * with neither is absent. A baseline gives the indicator a {@link Change}.
   *
   * @param data valid outcome data (see {@link org.assetbasedarea.aba.validation.AbaValidator})
   * @param framework the framework {@code data} names
   * @return the report
   * @throws IllegalArgumentException when the data name another framework or break a rule the
   *     validator reports (an answer out of range, an unknown or duplicate indicator, say)
   */
  public static OutcomeReport compute(OutcomeData data, Framework framework) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(framework, "framework");
    if (!data.getFramework().equals(framework.getId())) {
      throw new IllegalArgumentException(
          "outcome data name framework '" + data.getFramework() + "', not '" + framework.getId()
              + "'");
    }
    OutcomeRules.check(data, framework, (code, message, property, index, leaf) -> {
      throw new IllegalArgumentException(
          "invalid outcome data at " + RuleSink.pointer(property, index, leaf) + ": " + message
              + " [" + code + "]");
    });
    Accumulator totals = new Accumulator();
    for (PersonResponse response : data.getResponses()) {
      totals.add(response);
    }
    Map<String, ShareFigure> shares = new HashMap<>();
    for (ShareFigure share : data.getShares()) {
      shares.put(share.getIndicator(), share);
    }
    Map<String, MeanFigure> means = new HashMap<>();
    for (MeanFigure mean : data.getMeans()) {
      means.put(mean.getIndicator(), mean);
    }
    Map<String, Double> baselines = new HashMap<>();
    for (Baseline baseline : data.getBaselines()) {
      baselines.put(baseline.getIndicator(), baseline.getValue());
    }
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorDefinition definition : framework.getIndicators()) {
      String id = definition.getId();
      Optional<Double> baseline = Optional.ofNullable(baselines.get(id));
      int index = builtIn(id);
      boolean computed = index >= 0
          && builtInStatistic(id).orElseThrow() == definition.getStatistic()
          && totals.n[index] > 0;
      if (computed) {
        results.add(definition.getStatistic() == Statistic.SHARE
            ? share(definition, totals.sum[index], totals.n[index], baseline)
            : personMean(definition, totals.sum[index], totals.sumSquares[index], totals.n[index],
                baseline));
      } else if (definition.getStatistic() == Statistic.SHARE && shares.containsKey(id)) {
        ShareFigure figure = shares.get(id);
        results.add(share(definition, figure.getNumerator(), figure.getDenominator(), baseline));
      } else if (definition.getStatistic() == Statistic.MEAN && means.containsKey(id)) {
        MeanFigure figure = means.get(id);
        Optional<Interval> interval = figure.getRespondents() >= 2
            ? Optional.of(meanInterval(figure.getMean(), figure.getStandardDeviation(),
                figure.getRespondents()))
            : Optional.empty();
        results.add(result(definition, figure.getRespondents(), figure.getMean(), interval,
            baseline, publish(figure.getMean(), figure.getRespondents())));
      }
    }
    return OutcomeReport.builder()
        .framework(framework.getId())
        .area(data.getArea())
        .period(data.getPeriod())
        .indicators(results)
        .ons4Bands(totals.distributions())
        .outcomes(outcomes(framework, results))
        .build();
  }

  /**
   * Compares a report against an earlier one: the later report with each indicator's baseline set
   * to the earlier report's value of that indicator (or removed, when the earlier report has none)
   * and its change judged again.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return a copy of {@code later} with baselines from {@code earlier}
   * @throws IllegalArgumentException when the reports differ in framework or area code, or the
   *     earlier period starts after the later one
   */
  public static OutcomeReport compare(OutcomeReport earlier, OutcomeReport later) {
    if (!earlier.getFramework().equals(later.getFramework())) {
      throw new IllegalArgumentException("reports made against different frameworks cannot be compared");
    }
    if (!earlier.getArea().getCode().equals(later.getArea().getCode())) {
      throw new IllegalArgumentException("reports for different areas cannot be compared");
    }
    if (earlier.getPeriod().getStart().isAfter(later.getPeriod().getStart())) {
      throw new IllegalArgumentException("the earlier report's period starts after the later one's");
    }
    List<IndicatorResult> results = new ArrayList<>(later.getIndicators().size());
    for (IndicatorResult result : later.getIndicators()) {
      Optional<Double> baseline =
          earlier.findIndicator(result.getIndicator()).map(IndicatorResult::getValue);
      results.add(IndicatorResult.builder()
          .from(result)
          .baseline(baseline)
          .change(change(result.getInterval(), baseline, result.isHigherIsBetter()))
          .build());
    }
    List<OutcomeResult> outcomes = new ArrayList<>(later.getOutcomes().size());
    for (OutcomeResult outcome : later.getOutcomes()) {
      List<IndicatorResult> indicators = new ArrayList<>(outcome.getIndicators().size());
      for (IndicatorResult indicator : outcome.getIndicators()) {
        indicators.add(find(results, indicator.getIndicator()));
      }
      outcomes.add(OutcomeResult.builder().from(outcome).indicators(indicators).build());
    }
    return OutcomeReport.builder().from(later).indicators(results).outcomes(outcomes).build();
  }

  private static IndicatorResult find(List<IndicatorResult> results, String id) {
    for (IndicatorResult result : results) {
      if (result.getIndicator().equals(id)) {
        return result;
      }
    }
    throw new IllegalStateException("outcome indicator missing from the report: " + id);
  }

  private static List<OutcomeResult> outcomes(Framework framework, List<IndicatorResult> results) {
    List<OutcomeResult> outcomes = new ArrayList<>(framework.getOutcomes().size());
    for (Outcome outcome : framework.getOutcomes()) {
      OutcomeResult.Builder builder =
          OutcomeResult.builder().outcome(outcome.getId()).actions(outcome.getActions());
      for (String indicator : outcome.getIndicators()) {
        for (IndicatorResult result : results) {
          if (result.getIndicator().equals(indicator)) {
            builder.addIndicators(result);
          }
        }
      }
      outcomes.add(builder.build());
    }
    return outcomes;
  }

  private static IndicatorResult share(
      IndicatorDefinition definition, long x, long n, Optional<Double> baseline) {
    return result(definition, n, (double) x / n, Optional.of(wilson(x, n)), baseline,
        publishRatio(Math.multiplyExact(100L, x), n, n));
  }

  private static IndicatorResult personMean(IndicatorDefinition definition, long sum,
      long sumSquares, long n, Optional<Double> baseline) {
    double mean = (double) sum / n;
    Optional<Interval> interval = n >= 2
        ? Optional.of(meanInterval(mean, sampleStandardDeviation(sum, sumSquares, n), n))
        : Optional.empty();
    return result(definition, n, mean, interval, baseline, publishRatio(sum, n, n));
  }

  private static IndicatorResult result(IndicatorDefinition definition, long n, double value,
      Optional<Interval> interval, Optional<Double> baseline, PublishedValue published) {
    return IndicatorResult.builder()
        .indicator(definition.getId())
        .statistic(definition.getStatistic())
        .higherIsBetter(definition.isHigherIsBetter())
        .respondents(n)
        .value(value)
        .interval(interval)
        .baseline(baseline)
        .change(change(interval, baseline, definition.isHigherIsBetter()))
        .published(published)
        .build();
  }

  // -- statistics -------------------------------------------------------------------------------

  /**
   * The 95 per cent Wilson score interval of a share {@code p = x / n}, with {@link #Z}: centre
   * {@code (p + z^2/(2n)) / (1 + z^2/n)}, half-width {@code z * sqrt(p(1-p)/n + z^2/(4n^2)) / (1 +
   * z^2/n)}. The ends are clamped to {@code [0, 1]} and to contain {@code p}, which only absorbs
   * floating-point rounding (mathematically they always hold): with {@code x = 0} the lower end is
   * exactly 0, with {@code x = n} the upper end exactly 1.
   *
   * @param x respondents in the category, 0 to {@code n}
   * @param n respondents, at least 1
   * @return the interval
   * @throws IllegalArgumentException when {@code n < 1} or {@code x} is outside {@code 0..n}
   */
  public static Interval wilson(long x, long n) {
    if (n < 1 || x < 0 || x > n) {
      throw new IllegalArgumentException(
          "a share needs 0 <= x <= n and n >= 1, got x = " + x + ", n = " + n);
    }
    double p = (double) x / n;
    double nd = n;
    double denominator = 1 + Z2 / nd;
    double centre = (p + Z2 / (2 * nd)) / denominator;
    double halfWidth = Z * Math.sqrt(p * (1 - p) / nd + Z2 / (4 * nd * nd)) / denominator;
    double lower = x == 0 ? 0 : Math.max(0, Math.min(p, centre - halfWidth));
    double upper = x == n ? 1 : Math.min(1, Math.max(p, centre + halfWidth));
    return Interval.of(lower, upper);
  }

  /**
   * The 95 per cent normal interval of a mean: {@code mean +/- z * sd / sqrt(n)}, with {@link #Z}
   * and the sample standard deviation (divisor {@code n - 1}).
   *
   * @param mean the mean, finite
   * @param standardDeviation the sample standard deviation, finite and not negative
   * @param n respondents, at least 2
   * @return the interval
   * @throws IllegalArgumentException when {@code n < 2}, or a value is not finite or negative
   */
  public static Interval meanInterval(double mean, double standardDeviation, long n) {
    if (n < 2) {
      throw new IllegalArgumentException("a mean has an interval only for n >= 2, got n = " + n);
    }
    if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation) || standardDeviation < 0) {
      throw new IllegalArgumentException(
          "a mean interval needs a finite mean and a finite, non-negative standard deviation");
    }
    double halfWidth = Z * standardDeviation / Math.sqrt((double) n);
    return Interval.of(mean - halfWidth, mean + halfWidth);
  }

  /**
   * The sample standard deviation (divisor {@code n - 1}) of integer values from their count, sum
   * and sum of squares, computed exactly in integers before the final square root.
   *
   * @param sum the sum of the values
   * @param sumSquares the sum of their squares
   * @param n how many values, at least 2
   * @return the sample standard deviation
   * @throws IllegalArgumentException when {@code n < 2} or the sums are inconsistent
   */
  public static double sampleStandardDeviation(long sum, long sumSquares, long n) {
    if (n < 2) {
      throw new IllegalArgumentException("a sample standard deviation needs n >= 2, got n = " + n);
    }
    // variance = (n * sumSquares - sum^2) / (n (n - 1)), exact numerator
    double numerator;
    try {
      numerator = Math.subtractExact(Math.multiplyExact(n, sumSquares), Math.multiplyExact(sum, sum));
    } catch (ArithmeticException overflow) {
      numerator = BigInteger.valueOf(n).multiply(BigInteger.valueOf(sumSquares))
          .subtract(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(sum))).doubleValue();
    }
    if (numerator < 0) {
      throw new IllegalArgumentException("sum of squares is inconsistent with the sum");
    }
    return Math.sqrt(numerator / ((double) n * (n - 1)));
  }

  /**
   * Judges change against a baseline: {@link Change#IMPROVING} when the whole interval lies
   * strictly on the better side of the baseline (above it when higher is better, below it
   * otherwise), {@link Change#WORSENING} when it lies strictly on the worse side, otherwise {@link
   * Change#NO_SIGNIFICANT_CHANGE} (an interval end equal to the baseline is not a change).
   *
   * @param interval the indicator's 95 per cent interval
   * @param baseline the baseline value, in the unit of the indicator's value
   * @param higherIsBetter whether a higher value is better
   * @return the change
   */
  public static Change change(Interval interval, double baseline, boolean higherIsBetter) {
    boolean above = interval.getLower() > baseline;
    boolean below = interval.getUpper() < baseline;
    if (above) {
      return higherIsBetter ? Change.IMPROVING : Change.WORSENING;
    }
    if (below) {
      return higherIsBetter ? Change.WORSENING : Change.IMPROVING;
    }
    return Change.NO_SIGNIFICANT_CHANGE;
  }

  /**
   * Judges change when the interval or the baseline may be missing.
   *
   * @param interval the interval, if any
   * @param baseline the baseline, if any
   * @param higherIsBetter whether a higher value is better
   * @return {@link Change#NOT_COMPARABLE} when either is missing, else {@link #change(Interval,
   *     double, boolean)}
   */
  public static Change change(
      Optional<Interval> interval, Optional<Double> baseline, boolean higherIsBetter) {
    if (interval.isEmpty() || baseline.isEmpty()) {
      return Change.NOT_COMPARABLE;
    }
    return change(interval.get(), baseline.get(), higherIsBetter);
  }

  // -- disclosure control -----------------------------------------------------------------------

  /**
   * Applies disclosure control to a value: suppressed when {@code respondents} is 1 or 2;
   * otherwise the value rounded to one decimal place half away from zero. The double is read as
   * the decimal it prints as ({@link BigDecimal#valueOf(double)}, i.e. {@link
   * Double#toString(double)}), so 0.25 rounds to 0.3 and -0.25 to -0.3 although neither double is
   * exact. Give a share as a percentage (0-100).
   *
   * @param value the value, finite
   * @param respondents how many people it rests on, not negative
   * @return the published value
   * @throws IllegalArgumentException when the value is not finite or respondents is negative
   */
  public static PublishedValue publish(double value, long respondents) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("only a finite value can be published");
    }
    return published(BigDecimal.valueOf(value), respondents);
  }

  /**
   * Applies disclosure control to a value that is an exact ratio, rounding the ratio itself (not a
   * double near it) to one decimal place half away from zero. The library publishes a share of
   * {@code x} in {@code n} as {@code publishRatio(100 * x, n, n)} and a mean of integer per-person
   * values as {@code publishRatio(sum, n, n)}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, at least 1
   * @param respondents how many people the value rests on, not negative
   * @return the published value
   * @throws IllegalArgumentException when the denominator is below 1 or respondents is negative
   */
  public static PublishedValue publishRatio(long numerator, long denominator, long respondents) {
    if (denominator < 1) {
      throw new IllegalArgumentException("the denominator must be at least 1");
    }
    return published(
        BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 1,
            RoundingMode.HALF_UP),
        respondents);
  }

  private static PublishedValue published(BigDecimal value, long respondents) {
    if (respondents < 0) {
      throw new IllegalArgumentException("respondents must not be negative");
    }
    boolean suppressed = isSuppressed(respondents);
    PublishedValue.Builder builder =
        PublishedValue.builder().suppressed(suppressed).respondents(roundCount(respondents));
    if (!suppressed) {
      builder.value(value.setScale(1, RoundingMode.HALF_UP));
    }
    return builder.build();
  }

  /**
   * Whether a value resting on this many respondents is suppressed: when there are 1 or 2.
   *
   * @param respondents a respondent count
   * @return true for 1 and 2
   */
  public static boolean isSuppressed(long respondents) {
    return respondents == 1 || respondents == 2;
  }

  /**
   * Rounds a count to the nearest 5, as ASCOF publishes counts. A whole number is never exactly
   * halfway between two multiples of 5, so no tie rule is needed: 1 and 2 round to 0, 3 and 4 to 5,
   * 7 to 5, 8 to 10.
   *
   * @param count a count, not negative
   * @return the rounded count
   * @throws IllegalArgumentException when the count is negative
   */
  public static long roundCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative");
    }
    long remainder = count % 5;
    return remainder < 3 ? count - remainder : count - remainder + 5;
  }

  // -- per-person values ------------------------------------------------------------------------

  static int requireRange(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be from " + min + " to " + max);
    }
    return value;
  }

  /** The sum of the eight ASCOF codes, or -1 when any is missing. */
  static int ascofSum(AscofAnswers a) {
    return Accumulator.ascofTotal(a);
  }

  static boolean countsFor(PersonResponse response, String indicatorId) {
    int index = builtIn(indicatorId);
    if (index < 0) {
      return false;
    }
    if (index < LONELY) {
      Optional<Ons4Answers> ons4 = response.getOns4();
      return ons4.isPresent() && ons4.get().answerTo(ITEMS[index % HIGH]).isPresent();
    }
    if (index == LONELY) {
      return response.getLoneliness().flatMap(LonelinessAnswers::getDirect).isPresent();
    }
    if (index == UCLA) {
      Optional<LonelinessAnswers> loneliness = response.getLoneliness();
      return loneliness.isPresent()
          && loneliness.get().getLackCompanionship().isPresent()
          && loneliness.get().getLeftOut().isPresent()
          && loneliness.get().getIsolated().isPresent();
    }
    Optional<AscofAnswers> ascof = response.getAscof();
    if (ascof.isEmpty()) {
      return false;
    }
    if (index == ASCOF_1A) {
      AscofAnswers a = ascof.get();
      return a.getControl().isPresent() && a.getPersonalCare().isPresent()
          && a.getFoodAndDrink().isPresent() && a.getAccommodation().isPresent()
          && a.getSafety().isPresent() && a.getSocialContact().isPresent()
          && a.getOccupation().isPresent() && a.getDignity().isPresent();
    }
    return index == ASCOF_1B ? ascof.get().getControl().isPresent()
        : ascof.get().getSocialContact().isPresent();
  }

  /** Running totals of every built-in indicator over person-level responses: no allocation per person. */
  static final class Accumulator {
    final long[] n = new long[BUILT_IN_COUNT];
    final long[] sum = new long[BUILT_IN_COUNT]; // a share's numerator, or a mean's sum
    final long[] sumSquares = new long[BUILT_IN_COUNT];
    final long[][] bands = new long[ITEMS.length][Ons4Band.values().length];

    void add(PersonResponse response) {
      Ons4Answers ons4 = response.getOns4().orElse(null);
      if (ons4 != null) {
        ons4(0, ons4.getLifeSatisfaction().orElse(null));
        ons4(1, ons4.getWorthwhile().orElse(null));
        ons4(2, ons4.getHappiness().orElse(null));
        ons4(3, ons4.getAnxiety().orElse(null));
      }
      LonelinessAnswers loneliness = response.getLoneliness().orElse(null);
      if (loneliness != null) {
        LonelinessFrequency direct = loneliness.getDirect().orElse(null);
        if (direct != null) {
          share(LONELY, direct == LonelinessFrequency.OFTEN_OR_ALWAYS);
        }
        Integer a = loneliness.getLackCompanionship().orElse(null);
        Integer b = loneliness.getLeftOut().orElse(null);
        Integer c = loneliness.getIsolated().orElse(null);
        if (a != null) {
          requireRange(a, 1, 3, "UCLA item");
        }
        if (b != null) {
          requireRange(b, 1, 3, "UCLA item");
        }
        if (c != null) {
          requireRange(c, 1, 3, "UCLA item");
        }
        if (a != null && b != null && c != null) {
          mean(UCLA, a + b + c);
        }
      }
      AscofAnswers ascof = response.getAscof().orElse(null);
      if (ascof != null) {
        Integer control = ascof.getControl().orElse(null);
        if (control != null) {
          share(ASCOF_1B, requireRange(control, 1, 4, "ASCOF code") <= 2);
        }
        Integer social = ascof.getSocialContact().orElse(null);
        if (social != null) {
          share(ASCOF_1I1, requireRange(social, 1, 4, "ASCOF code") == 1);
        }
        int total = ascofTotal(ascof);
        if (total >= 0) {
          mean(ASCOF_1A, 32 - total);
        }
      }
    }

    /** The sum of the eight codes, or a negative number when any is missing; checks every code given. */
    static int ascofTotal(AscofAnswers a) {
      int sum = code(a.getControl()) + code(a.getPersonalCare()) + code(a.getFoodAndDrink())
          + code(a.getAccommodation()) + code(a.getSafety()) + code(a.getSocialContact())
          + code(a.getOccupation()) + code(a.getDignity());
      return sum < 0 ? -1 : sum;
    }

    private static int code(Optional<Integer> answer) {
      return answer.isPresent() ? requireRange(answer.get(), 1, 4, "ASCOF code") : -1000;
    }

    private void ons4(int item, @Nullable Integer answer) {
      if (answer == null) {
        return;
      }
      int value = requireRange(answer, 0, 10, "ONS4 answer");
      mean(item, value);
      Ons4Item which = ITEMS[item];
      share(HIGH + item, which.isHigh(value));
      bands[item][which.band(value).ordinal()]++;
    }

    private void mean(int index, int value) {
      n[index]++;
      sum[index] += value;
      sumSquares[index] += (long) value * value;
    }

    private void share(int index, boolean inCategory) {
      n[index]++;
      if (inCategory) {
        sum[index]++;
      }
    }

    List<Ons4Distribution> distributions() {
      List<Ons4Distribution> result = new ArrayList<>(ITEMS.length);
      for (Ons4Item item : ITEMS) {
        long respondents = n[item.ordinal()];
        if (respondents == 0) {
          continue;
        }
        Map<Ons4Band, Long> counts = new EnumMap<>(Ons4Band.class);
        for (Ons4Band band : item.bands()) {
          counts.put(band, bands[item.ordinal()][band.ordinal()]);
        }
        result.add(Ons4Distribution.builder()
            .item(item).respondents(respondents).counts(counts).build());
      }
      return result;
    }
  }
}
