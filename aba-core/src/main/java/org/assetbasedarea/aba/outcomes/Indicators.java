package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorCatalogue;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/**
 * Computes an area's outcome indicators from {@link OutcomeData}, and compares two periods. The
 * statistics live on the values they compute: {@link Interval} (Wilson, normal and difference
 * intervals), {@link Change} (the judgements), {@link Difference} (two periods) and {@link
 * DisclosurePolicy} (published figures). The rules are those of {@code docs/statistics.md}.
 *
 * <p>Person-level answers give the built-in indicators of {@link IndicatorCatalogue}:
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
 * simply leaves them out of that indicator. Responses with survey weights give weighted shares and
 * means whose intervals use the Kish effective sample size; without weights (or with equal ones)
 * every figure is computed exactly from integer counts. Every method is thread-safe.
 *
 * <p>Person-level answers and {@link Tally tallies} of per-person values are one input: responses
 * are first reduced to tallies ({@link Tally#fromResponses}), and every figure is derived from the
 * tallies, so tallies computed elsewhere (by an SQL engine, say) give the same report.
 */
public final class Indicators {
  // Indexes of the built-in indicators in the accumulators.
  static final int HIGH = 4; // ONS4 item i has its "-high" share at HIGH + i
  static final int LONELY = 8;
  static final int UCLA = 9;
  static final int ASCOF_1A = 10;
  static final int ASCOF_1B = 11;
  static final int ASCOF_1I1 = 12;
  static final int BUILT_IN_COUNT = 13;
  /** Per-person values lie from 0 to 24 (ASCOF 1A); shares use 0 and 1. */
  private static final int VALUES = 25;

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

  // -- the report -------------------------------------------------------------------------------

  /**
   * Computes an area's outcome indicators, publishing them under {@link DisclosurePolicy#ASCOF}.
   *
   * @param data valid outcome data (see {@link org.assetbasedarea.aba.validation.AbaValidator})
   * @param framework the framework {@code data} names
   * @return the report
   * @throws IllegalArgumentException when the data name another framework or break a rule the
   *     validator reports (an answer out of range, an unknown or duplicate indicator, say)
   */
  public static OutcomeReport compute(OutcomeData data, Framework framework) {
    return compute(data, framework, DisclosurePolicy.ASCOF);
  }

  /**
   * Computes an area's outcome indicators.
   *
   * <p>Each indicator of the framework gets its value from the person-level responses when at
   * least one response counts for it, otherwise from its aggregate figure, if any; an indicator
   * with neither is absent. A baseline gives the indicator a {@link Change} against it. Every
   * published figure follows {@code policy}.
   *
   * @param data valid outcome data (see {@link org.assetbasedarea.aba.validation.AbaValidator})
   * @param framework the framework {@code data} names
   * @param policy the disclosure policy of the published figures
   * @return the report
   * @throws IllegalArgumentException when the data name another framework or break a rule the
   *     validator reports (an answer out of range, an unknown or duplicate indicator, say)
   */
  public static OutcomeReport compute(
      OutcomeData data, Framework framework, DisclosurePolicy policy) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(policy, "policy");
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
    List<PersonResponse> responses = data.getResponses();
    boolean weighted = isWeighted(data);
    Accumulator totals = new Accumulator(weighted);
    for (PersonResponse response : responses) {
      totals.add(response);
    }
    for (Tally tally : data.getTallies()) {
      totals.add(tally);
    }
    totals.finish();
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
      if (index >= 0 && totals.respondents(index) > 0) {
        results.add(totals.result(index, definition, baseline, policy));
      } else if (definition.getStatistic() == Statistic.SHARE && shares.containsKey(id)) {
        ShareFigure figure = shares.get(id);
        results.add(share(definition, figure.getNumerator(), figure.getDenominator(), baseline,
            policy));
      } else if (definition.getStatistic() == Statistic.MEAN && means.containsKey(id)) {
        MeanFigure figure = means.get(id);
        long n = figure.getRespondents();
        Optional<Double> sd =
            n >= 2 ? Optional.of(figure.getStandardDeviation()) : Optional.empty();
        Optional<Interval> interval = sd.map(s -> Interval.mean(figure.getMean(), s, (double) n));
        results.add(result(definition, n, (double) n, figure.getMean(), sd, interval, baseline,
            policy.publish(policy.suppresses(n), BigDecimal.valueOf(figure.getMean()), interval,
                n)));
      }
    }
    return OutcomeReport.builder()
        .framework(framework.getId())
        .area(data.getArea())
        .period(data.getPeriod())
        .disclosure(policy)
        .weighted(weighted)
        .indicators(results)
        .ons4Bands(totals.distributions())
        .outcomes(outcomes(framework, results))
        .build();
  }

  /**
   * Whether outcome data carry survey weights: the first response decides, or without responses
   * the first tally (the rules require the others to agree).
   */
  static boolean isWeighted(OutcomeData data) {
    if (!data.getResponses().isEmpty()) {
      return data.getResponses().get(0).getWeight().isPresent();
    }
    return !data.getTallies().isEmpty() && data.getTallies().get(0).isWeighted();
  }

  /** The tallies of person-level responses ({@link Tally#fromResponses}). */
  static List<Tally> tallies(Iterable<PersonResponse> responses) {
    Iterator<PersonResponse> iterator = responses.iterator();
    if (!iterator.hasNext()) {
      return List.of();
    }
    Accumulator totals = new Accumulator(iterator.next().getWeight().isPresent());
    for (PersonResponse response : responses) {
      if (response.getWeight().isPresent() != totals.weighted) {
        throw new IllegalArgumentException(
            "survey weights must be given for every response or for none");
      }
      totals.add(response);
    }
    return totals.tallies();
  }

  /**
   * Compares a report with an earlier one: the later report with each indicator that both reports
   * have given its {@link Difference} from the earlier period (the difference of the two estimates
   * with its own 95 per cent interval, and the change judged on it). Baselines and their changes
   * are kept as they are; the published differences follow the later report's policy.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return a copy of {@code later} with differences from {@code earlier}
   * @throws IllegalArgumentException when the reports differ in framework, area code or
   *     disclosure policy, or the earlier period does not end before the later one starts (the
   *     rules assume two independent samples; overlapping periods may share respondents)
   */
  public static OutcomeReport compare(OutcomeReport earlier, OutcomeReport later) {
    if (!earlier.getFramework().equals(later.getFramework())) {
      throw new IllegalArgumentException("reports made against different frameworks cannot be compared");
    }
    if (!earlier.getArea().getCode().equals(later.getArea().getCode())) {
      throw new IllegalArgumentException("reports for different areas cannot be compared");
    }
    if (!earlier.getPeriod().getEnd().isBefore(later.getPeriod().getStart())) {
      throw new IllegalArgumentException("the earlier report's period must end before the later"
          + " one's starts: a change between periods compares two independent samples");
    }
    if (!earlier.getDisclosure().equals(later.getDisclosure())) {
      throw new IllegalArgumentException("reports published under different disclosure policies"
          + " cannot be compared ('" + earlier.getDisclosure().getId() + "' and '"
          + later.getDisclosure().getId() + "')");
    }
    List<IndicatorResult> results = new ArrayList<>(later.getIndicators().size());
    for (IndicatorResult result : later.getIndicators()) {
      Optional<Difference> difference = earlier.findIndicator(result.getIndicator())
          .filter(e -> e.getStatistic() == result.getStatistic())
          .map(e -> Difference.between(e, earlier.getPeriod(), result, later.getDisclosure()));
      results.add(IndicatorResult.builder().from(result).difference(difference).build());
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

  /** An unweighted share of {@code x} in {@code n}, its value published as an exact ratio. */
  private static IndicatorResult share(IndicatorDefinition definition, long x, long n,
      Optional<Double> baseline, DisclosurePolicy policy) {
    if (n > OutcomeData.MAX_COUNT) {
      throw new IllegalArgumentException("a share may rest on at most 100000000 respondents");
    }
    Interval interval = Interval.wilson(x, n);
    return result(definition, n, (double) n, (double) x / n, Optional.empty(), Optional.of(interval),
        baseline, policy.publish(policy.suppressesShare(x, n),
            policy.roundRatio(Math.multiplyExact(100L, x), n), Optional.of(percent(interval)), n));
  }

  private static Interval percent(Interval proportion) {
    return Interval.of(proportion.getLower() * 100, proportion.getUpper() * 100);
  }

  private static IndicatorResult result(IndicatorDefinition definition, long n, double nEffective,
      double value, Optional<Double> standardDeviation, Optional<Interval> interval,
      Optional<Double> baseline, PublishedValue published) {
    return IndicatorResult.builder()
        .indicator(definition.getId())
        .statistic(definition.getStatistic())
        .higherIsBetter(definition.isHigherIsBetter())
        .respondents(n)
        .effectiveRespondents(nEffective)
        .value(value)
        .standardDeviation(standardDeviation)
        .interval(interval)
        .baseline(baseline)
        .change(Change.against(interval, baseline, definition.isHigherIsBetter()))
        .published(published)
        .build();
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
  static double sampleStandardDeviation(long sum, long sumSquares, long n) {
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

  /**
   * Running totals of every built-in indicator, gathered as tallies: respondents (and, for
   * weighted data, the sum of their weights, of their squares, the smallest and the largest) per
   * {@link TallyItem} and per-person value, from person-level responses and from tallies alike,
   * with no allocation per person. {@link #finish} then derives every indicator's counts and sums
   * from the tallies in one fixed order, so the figures are a function of the tallies alone, and
   * unweighted figures are exact in integers.
   */
  static final class Accumulator {
    private static final TallyItem[] TALLY_ITEMS = TallyItem.values();
    private static final int SLOTS = TALLY_ITEMS.length * VALUES;

    /** Respondents per tally item and value, at {@code item * VALUES + value}. */
    private final long[] tallied = new long[SLOTS];
    private final boolean weighted;
    private final double[] weightSums;
    private final double[] weightSquareSums;
    private final double[] weightMins;
    private final double[] weightMaxes;
    private double weight = 1;

    /** Respondents per indicator and per-person value, at {@code index * VALUES + value}. */
    private final long[] counts = new long[BUILT_IN_COUNT * VALUES];
    /** Whether the figures use the weights: weighted data whose weights are not all the same. */
    private boolean floating;
    private double[][] weights = new double[0][0];
    private double[] weightSquares = new double[0];

    Accumulator(boolean weighted) {
      this.weighted = weighted;
      int slots = weighted ? SLOTS : 0;
      this.weightSums = new double[slots];
      this.weightSquareSums = new double[slots];
      this.weightMins = new double[slots];
      this.weightMaxes = new double[slots];
      Arrays.fill(weightMins, Double.POSITIVE_INFINITY);
      Arrays.fill(weightMaxes, Double.NEGATIVE_INFINITY);
    }

    void add(PersonResponse response) {
      if (weighted) {
        weight = response.getWeight().orElseThrow();
      }
      Ons4Answers ons4 = response.getOns4().orElse(null);
      if (ons4 != null) {
        ons4(TallyItem.ONS4_LIFE_SATISFACTION, ons4.getLifeSatisfaction().orElse(null));
        ons4(TallyItem.ONS4_WORTHWHILE, ons4.getWorthwhile().orElse(null));
        ons4(TallyItem.ONS4_HAPPINESS, ons4.getHappiness().orElse(null));
        ons4(TallyItem.ONS4_ANXIETY, ons4.getAnxiety().orElse(null));
      }
      LonelinessAnswers loneliness = response.getLoneliness().orElse(null);
      if (loneliness != null) {
        LonelinessFrequency direct = loneliness.getDirect().orElse(null);
        if (direct != null) {
          person(TallyItem.LONELINESS_DIRECT, direct.code());
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
          person(TallyItem.UCLA3_SUM, a + b + c);
        }
      }
      AscofAnswers ascof = response.getAscof().orElse(null);
      if (ascof != null) {
        ascof(ascof);
      }
    }

    /** ASCOF 1B, 1I(1) and 1A, reading each of the eight codes once. */
    private void ascof(AscofAnswers a) {
      int control = code(a.getControl());
      int personalCare = code(a.getPersonalCare());
      int foodAndDrink = code(a.getFoodAndDrink());
      int accommodation = code(a.getAccommodation());
      int safety = code(a.getSafety());
      int social = code(a.getSocialContact());
      int occupation = code(a.getOccupation());
      int dignity = code(a.getDignity());
      if (control > 0) {
        person(TallyItem.ASCOF_CONTROL, control);
      }
      if (social > 0) {
        person(TallyItem.ASCOF_SOCIAL_CONTACT, social);
      }
      int sum = control + personalCare + foodAndDrink + accommodation + safety + social
          + occupation + dignity;
      if (sum > 0) {
        person(TallyItem.ASCOF_QUALITY_OF_LIFE, 32 - sum);
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

    private void ons4(TallyItem item, @Nullable Integer answer) {
      if (answer != null) {
        person(item, requireRange(answer, 0, 10, "ONS4 answer"));
      }
    }

    /** One person with a value. */
    private void person(TallyItem item, int value) {
      int slot = item.ordinal() * VALUES + value;
      tallied[slot]++;
      if (weighted) {
        weightSums[slot] += weight;
        weightSquareSums[slot] += weight * weight;
        weightMins[slot] = Math.min(weightMins[slot], weight);
        weightMaxes[slot] = Math.max(weightMaxes[slot], weight);
      }
    }

    /** A tally of valid outcome data: an item and value no response or other tally has. */
    void add(Tally tally) {
      TallyItem item = tally.getItem();
      int slot = item.ordinal() * VALUES
          + requireRange(tally.getValue(), item.min(), item.max(), "tally value");
      tallied[slot] += tally.getRespondents();
      if (weighted) {
        weightSums[slot] += tally.getWeightSum().orElseThrow();
        weightSquareSums[slot] += tally.getWeightSquareSum().orElseThrow();
        weightMins[slot] = Math.min(weightMins[slot], tally.getWeightMin().orElseThrow());
        weightMaxes[slot] = Math.max(weightMaxes[slot], tally.getWeightMax().orElseThrow());
      }
    }

    /** The tallies gathered, in item order and by ascending value. */
    List<Tally> tallies() {
      List<Tally> tallies = new ArrayList<>();
      for (int slot = 0; slot < SLOTS; slot++) {
        if (tallied[slot] == 0) {
          continue;
        }
        TallyItem item = TALLY_ITEMS[slot / VALUES];
        int value = slot % VALUES;
        tallies.add(weighted
            ? Tally.weighted(item, value, tallied[slot], weightSums[slot], weightSquareSums[slot],
                weightMins[slot], weightMaxes[slot])
            : Tally.of(item, value, tallied[slot]));
      }
      return tallies;
    }

    /**
     * Derives every indicator's counts, and for weights that are not all the same its weight
     * sums, from the tallies, in item order and by ascending value.
     */
    void finish() {
      floating = weighted && !sameWeight();
      if (floating) {
        weights = new double[BUILT_IN_COUNT][VALUES];
        weightSquares = new double[BUILT_IN_COUNT];
      }
      for (int slot = 0; slot < SLOTS; slot++) {
        if (tallied[slot] == 0) {
          continue;
        }
        TallyItem item = TALLY_ITEMS[slot / VALUES];
        int value = slot % VALUES;
        switch (item) {
          case LONELINESS_DIRECT:
            derive(slot, LONELY, value == LonelinessFrequency.OFTEN_OR_ALWAYS.code() ? 1 : 0);
            break;
          case UCLA3_SUM:
            derive(slot, UCLA, value);
            break;
          case ASCOF_QUALITY_OF_LIFE:
            derive(slot, ASCOF_1A, value);
            break;
          case ASCOF_CONTROL:
            derive(slot, ASCOF_1B, value <= 2 ? 1 : 0);
            break;
          case ASCOF_SOCIAL_CONTACT:
            derive(slot, ASCOF_1I1, value == 1 ? 1 : 0);
            break;
          default: // the four ONS4 items, in Ons4Item order
            int ons4 = item.ordinal();
            derive(slot, ons4, value);
            derive(slot, HIGH + ons4, value >= ITEMS[ons4].highFrom() ? 1 : 0);
            break;
        }
      }
    }

    /** Whether every person tallied has one and the same weight (then it changes nothing). */
    private boolean sameWeight() {
      double first = Double.NaN;
      for (int slot = 0; slot < SLOTS; slot++) {
        if (tallied[slot] == 0) {
          continue;
        }
        if (Double.isNaN(first)) {
          first = weightMins[slot];
        }
        if (weightMins[slot] != first || weightMaxes[slot] != first) {
          return false;
        }
      }
      return true;
    }

    private void derive(int slot, int index, int value) {
      counts[index * VALUES + value] += tallied[slot];
      if (floating) {
        weights[index][value] += weightSums[slot];
        weightSquares[index] += weightSquareSums[slot];
      }
    }

    /** How many respondents built-in indicator {@code index} has. */
    long respondents(int index) {
      long n = 0;
      for (int value = 0; value < VALUES; value++) {
        n += counts[index * VALUES + value];
      }
      return n;
    }

    /** The result of built-in indicator {@code index}, which at least one response counts for. */
    IndicatorResult result(int index, IndicatorDefinition definition, Optional<Double> baseline,
        DisclosurePolicy policy) {
      long respondents = respondents(index);
      long[] count = Arrays.copyOfRange(counts, index * VALUES, (index + 1) * VALUES);
      if (definition.getStatistic() == Statistic.SHARE) {
        if (!floating) {
          return Indicators.share(definition, count[1], respondents, baseline, policy);
        }
        double total = weights[index][0] + weights[index][1];
        double p = weights[index][1] / total;
        double nEffective = total * total / weightSquares[index];
        Interval interval = Interval.wilson(p, nEffective);
        return Indicators.result(definition, respondents, nEffective, p, Optional.empty(),
            Optional.of(interval), baseline, policy.publish(
                policy.suppressesShare(count[1], respondents), BigDecimal.valueOf(100 * p),
                Optional.of(percent(interval)), respondents));
      }
      boolean suppressed = policy.suppresses(respondents);
      if (!floating) {
        long sum = 0;
        long sumSquares = 0;
        for (int value = 0; value < VALUES; value++) {
          sum += value * count[value];
          sumSquares += (long) value * value * count[value];
        }
        double mean = (double) sum / respondents;
        Optional<Double> sd = respondents >= 2
            ? Optional.of(sampleStandardDeviation(sum, sumSquares, respondents))
            : Optional.empty();
        Optional<Interval> interval = sd.map(s -> Interval.mean(mean, s, (double) respondents));
        return Indicators.result(definition, respondents, (double) respondents, mean, sd, interval,
            baseline, policy.publish(suppressed, policy.roundRatio(sum, respondents), interval,
                respondents));
      }
      double[] w = weights[index];
      double total = 0;
      double weightedSum = 0;
      for (int value = 0; value < VALUES; value++) {
        total += w[value];
        weightedSum += value * w[value];
      }
      double mean = weightedSum / total;
      double squares = 0;
      for (int value = 0; value < VALUES; value++) {
        squares += w[value] * (value - mean) * (value - mean);
      }
      double nEffective = total * total / weightSquares[index];
      Optional<Double> sd = respondents >= 2 && nEffective > 1
          ? Optional.of(Math.sqrt(squares / total * nEffective / (nEffective - 1)))
          : Optional.empty();
      Optional<Interval> interval = sd.map(s -> Interval.mean(mean, s, nEffective));
      return Indicators.result(definition, respondents, nEffective, mean, sd, interval, baseline,
          policy.publish(suppressed, BigDecimal.valueOf(mean), interval, respondents));
    }

    List<Ons4Distribution> distributions() {
      List<Ons4Distribution> result = new ArrayList<>(ITEMS.length);
      for (Ons4Item item : ITEMS) {
        long respondents = respondents(item.ordinal());
        if (respondents == 0) {
          continue;
        }
        Map<Ons4Band, Long> bands = new EnumMap<>(Ons4Band.class);
        for (Ons4Band band : item.bands()) {
          bands.put(band, 0L);
        }
        long[] count =
            Arrays.copyOfRange(counts, item.ordinal() * VALUES, (item.ordinal() + 1) * VALUES);
        for (int answer = 0; answer <= 10; answer++) {
          bands.merge(item.band(answer), count[answer], Long::sum);
        }
        result.add(Ons4Distribution.builder()
            .item(item).respondents(respondents).counts(bands).build());
      }
      return result;
    }
  }
}
