package org.assetbasedarea.aba.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.Ons4Item;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.outcomes.TallyItem;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written check of every constraint an {@link OutcomeData} carries, so that {@link
 * AbaValidator} can answer valid outcome data without Hibernate Validator's traversal (about 3 us
 * per person). It only decides "certainly valid": when it finds anything, the validator runs
 * Hibernate Validator and the class-level rules, which report the issues. The Jakarta annotations
 * and {@link ConsistentOutcomeData} stay the definition; a test pins the constraint inventory this
 * check mirrors and that it agrees with a plain Jakarta Validator on generated valid and
 * single-mutation invalid outcome data.
 *
 * <p>Mirrors: {@code Area.name} not blank, plain, at most 200 chars; {@code Ons4Answers} items
 * 0-10; {@code LonelinessAnswers} UCLA items 1-3; {@code AscofAnswers} domains 1-4; {@code
 * ShareFigure.numerator} 0-100000000 and {@code denominator} 1-100000000; {@code
 * MeanFigure.respondents} 1-100000000; and {@code ConsistentOutcomeData}: framework known, period
 * ordered, survey weights from {@link OutcomeData#MIN_WEIGHT} to {@link OutcomeData#MAX_WEIGHT}
 * on every response or none, each figure naming a known indicator of its statistic at most once
 * and none that a response counts for, numerator not above denominator, means and standard
 * deviations finite and within the indicator's {@link IndicatorDefinition#valueRange()}, each
 * baseline naming a known indicator at most once with a finite value within its range; {@code
 * Tally.respondents} 1-100000000, and each tally's value within its item's range, its item and
 * value at most once, none for an indicator a response counts for (nor a figure for one a tally
 * gives), its four weight figures on every tally when the document is weighted and on none
 * otherwise, within their bounds and consistent up to {@link OutcomeData#WEIGHT_SUM_TOLERANCE}.
 *
 * <p>Time is linear: one pass over the responses, a comparison or two per answer, gathering which
 * built-in indicators they count for in one bit mask, so that each figure is checked against it in
 * constant time (the rules themselves look through the responses once per figure); the figures and
 * baselines, at most one per indicator, cost the framework's size. The only allocations per person
 * are the {@code Optional}s the generated getters return, one per answer given: C2 removes them on
 * JDK 25 (measured: none) but not on JDK 17, whose escape analysis gives up where {@code
 * Optional.ofNullable} merges a new {@code Optional} with the shared empty one (about 190 bytes per
 * generated person, short-lived). Reading the answers without them would need the model to expose
 * them otherwise.
 */
final class OutcomeFastPath {
  // Bits of the built-in indicators computed from answers, in the mask of a response.
  private static final int ONS4_HIGH_SHIFT = 4; // ONS4 item i: mean at bit i, share at bit 4 + i
  private static final int LONELY = 1 << 8;
  private static final int UCLA = 1 << 9;
  private static final int ASCOF_1A = 1 << 10;
  private static final int ASCOF_1B = 1 << 11;
  private static final int ASCOF_1I1 = 1 << 12;
  /** A response with an answer out of range: every bit, and negative. */
  private static final int INVALID = -1;

  private static final Map<String, Integer> BUILT_IN = builtIn();

  private OutcomeFastPath() {}

  private static Map<String, Integer> builtIn() {
    Map<String, Integer> bits = new HashMap<>();
    for (Ons4Item item : Ons4Item.values()) {
      bits.put(item.meanIndicator(), 1 << item.ordinal());
      bits.put(item.highIndicator(), 1 << (ONS4_HIGH_SHIFT + item.ordinal()));
    }
    bits.put("loneliness-often-always", LONELY);
    bits.put("ucla3-loneliness", UCLA);
    bits.put("ascof-1a", ASCOF_1A);
    bits.put("ascof-1b", ASCOF_1B);
    bits.put("ascof-1i1", ASCOF_1I1);
    return Map.copyOf(bits);
  }

  /**
   * Whether outcome data certainly have no issue.
   *
   * @param data the outcome data
   * @param registry the frameworks they are resolved against
   * @return true when every constraint holds; false when any may not
   */
  static boolean isCertainlyValid(OutcomeData data, FrameworkRegistry registry) {
    String name = data.getArea().getName();
    if (!MaxChars.Validator.fits(name, 200) || !VisibleText.Validator.hasVisible(name)
        || !PlainText.Validator.isPlain(name)) {
      return false;
    }
    Period period = data.getPeriod();
    if (period.getEnd().isBefore(period.getStart())) {
      return false;
    }
    Optional<Framework> found = registry.find(data.getFramework());
    if (found.isEmpty()) {
      return false;
    }
    int counted = responses(data.getResponses());
    if (counted < 0) {
      return false;
    }
    int tallied = tallies(data, counted);
    if (tallied < 0) {
      return false;
    }
    List<IndicatorDefinition> indicators = found.get().getIndicators();
    return figures(data.getShares(), data.getMeans(), indicators, counted | tallied)
        && baselines(data.getBaselines(), indicators);
  }

  /**
   * Checks the responses' answers and weights.
   *
   * @return the built-in indicators any response counts for, as bits; negative when a response
   *     breaks a rule
   */
  private static int responses(List<PersonResponse> responses) {
    if (responses.isEmpty()) {
      return 0;
    }
    boolean weighted = responses.get(0).getWeight().isPresent();
    int counted = 0;
    for (int i = 0; i < responses.size(); i++) {
      PersonResponse response = responses.get(i);
      Double weight = response.getWeight().orElse(null);
      if (weight == null) {
        if (weighted) {
          return INVALID;
        }
      } else if (!weighted
          || !(weight >= OutcomeData.MIN_WEIGHT && weight <= OutcomeData.MAX_WEIGHT)) {
        return INVALID;
      }
      counted |= countedBy(response);
    }
    return counted;
  }

  /**
   * The built-in indicators a response counts for, as bits, checking its answers' ranges.
   *
   * @param response a response
   * @return the bits, as {@link PersonResponse#countsFor} decides; {@link #INVALID} when an answer
   *     is out of range
   */
  static int countedBy(PersonResponse response) {
    int counted = 0;
    Ons4Answers ons4 = response.getOns4().orElse(null);
    if (ons4 != null) {
      counted |= ons4(ons4.getLifeSatisfaction().orElse(null), 0)
          | ons4(ons4.getWorthwhile().orElse(null), 1)
          | ons4(ons4.getHappiness().orElse(null), 2)
          | ons4(ons4.getAnxiety().orElse(null), 3);
    }
    LonelinessAnswers loneliness = response.getLoneliness().orElse(null);
    if (loneliness != null) {
      if (loneliness.getDirect().isPresent()) {
        counted |= LONELY;
      }
      Integer a = loneliness.getLackCompanionship().orElse(null);
      Integer b = loneliness.getLeftOut().orElse(null);
      Integer c = loneliness.getIsolated().orElse(null);
      if (!within(a, 1, 3) || !within(b, 1, 3) || !within(c, 1, 3)) {
        return INVALID;
      }
      if (a != null && b != null && c != null) {
        counted |= UCLA;
      }
    }
    AscofAnswers ascof = response.getAscof().orElse(null);
    if (ascof != null) {
      counted |= ascof(ascof);
    }
    return counted;
  }

  /**
   * Checks the tallies: values in range, an item and value at most once, counts in bounds, no
   * item whose indicators a response counts for, weights on every tally when the document is
   * weighted (and none otherwise), within bounds and consistent.
   *
   * @param counted the indicators the responses count for, as bits
   * @return the built-in indicators the tallies give, as bits; negative when a tally breaks a rule
   */
  private static int tallies(OutcomeData data, int counted) {
    List<Tally> tallies = data.getTallies();
    if (tallies.isEmpty()) {
      return 0;
    }
    List<PersonResponse> responses = data.getResponses();
    boolean weighted = responses.isEmpty() ? tallies.get(0).getWeightSum().isPresent()
        : responses.get(0).getWeight().isPresent();
    boolean[] seen = new boolean[TallyItem.values().length * 32];
    int tallied = 0;
    for (int i = 0; i < tallies.size(); i++) {
      Tally tally = tallies.get(i);
      TallyItem item = tally.getItem();
      int value = tally.getValue();
      long n = tally.getRespondents();
      if (value < item.min() || value > item.max() || seen[item.ordinal() * 32 + value]
          || n < 1 || n > OutcomeData.MAX_COUNT) {
        return INVALID;
      }
      seen[item.ordinal() * 32 + value] = true;
      int bits = 0;
      for (String indicator : item.indicators()) {
        bits |= bit(indicator);
      }
      if ((counted & bits) != 0) {
        return INVALID;
      }
      tallied |= bits;
      if (!tallyWeights(tally, weighted, n)) {
        return INVALID;
      }
    }
    return tallied;
  }

  private static boolean tallyWeights(Tally tally, boolean weighted, long n) {
    Double sum = tally.getWeightSum().orElse(null);
    Double squares = tally.getWeightSquareSum().orElse(null);
    Double min = tally.getWeightMin().orElse(null);
    Double max = tally.getWeightMax().orElse(null);
    if (!weighted) {
      return sum == null && squares == null && min == null && max == null;
    }
    if (sum == null || squares == null || min == null || max == null) {
      return false;
    }
    double low = 1 - OutcomeData.WEIGHT_SUM_TOLERANCE;
    double high = 1 + OutcomeData.WEIGHT_SUM_TOLERANCE;
    double maxSum = OutcomeData.MAX_COUNT * OutcomeData.MAX_WEIGHT;
    double maxSquares = maxSum * OutcomeData.MAX_WEIGHT;
    return min >= OutcomeData.MIN_WEIGHT && min <= OutcomeData.MAX_WEIGHT
        && max >= OutcomeData.MIN_WEIGHT && max <= OutcomeData.MAX_WEIGHT
        && sum >= OutcomeData.MIN_WEIGHT && sum <= maxSum
        && squares >= OutcomeData.MIN_WEIGHT * OutcomeData.MIN_WEIGHT && squares <= maxSquares
        && min <= max && (n != 1 || min.equals(max))
        && sum >= n * min * low && sum <= n * max * high
        && squares >= sum * min * low && squares <= sum * max * high
        && n * squares * high >= sum * sum;
  }

  private static int ons4(@Nullable Integer answer, int item) {
    if (answer == null) {
      return 0;
    }
    return answer >= 0 && answer <= 10 ? (1 << item) | (1 << (ONS4_HIGH_SHIFT + item)) : INVALID;
  }

  private static int ascof(AscofAnswers answers) {
    Integer control = answers.getControl().orElse(null);
    Integer personalCare = answers.getPersonalCare().orElse(null);
    Integer foodAndDrink = answers.getFoodAndDrink().orElse(null);
    Integer accommodation = answers.getAccommodation().orElse(null);
    Integer safety = answers.getSafety().orElse(null);
    Integer socialContact = answers.getSocialContact().orElse(null);
    Integer occupation = answers.getOccupation().orElse(null);
    Integer dignity = answers.getDignity().orElse(null);
    if (!within(control, 1, 4) || !within(personalCare, 1, 4) || !within(foodAndDrink, 1, 4)
        || !within(accommodation, 1, 4) || !within(safety, 1, 4) || !within(socialContact, 1, 4)
        || !within(occupation, 1, 4) || !within(dignity, 1, 4)) {
      return INVALID;
    }
    int counted = 0;
    if (control != null) {
      counted |= ASCOF_1B;
    }
    if (socialContact != null) {
      counted |= ASCOF_1I1;
    }
    if (control != null && personalCare != null && foodAndDrink != null && accommodation != null
        && safety != null && socialContact != null && occupation != null && dignity != null) {
      counted |= ASCOF_1A;
    }
    return counted;
  }

  /** Whether an optional answer is absent or from {@code min} to {@code max}. */
  private static boolean within(@Nullable Integer answer, int min, int max) {
    return answer == null || (answer >= min && answer <= max);
  }

  /**
   * The bit of a built-in indicator computed from answers in {@link #countedBy}'s mask.
   *
   * @param indicator an indicator id
   * @return its bit, or 0 when no response counts for it
   */
  static int bit(String indicator) {
    Integer bit = BUILT_IN.get(indicator);
    return bit == null ? 0 : bit;
  }

  /**
   * Checks the aggregate figures: each for a known indicator of its statistic, at most one per
   * indicator across shares and means, none for an indicator a response counts for, counts and
   * values within their bounds.
   */
  private static boolean figures(List<ShareFigure> shares, List<MeanFigure> means,
      List<IndicatorDefinition> indicators, int counted) {
    if (shares.isEmpty() && means.isEmpty()) {
      return true;
    }
    if (shares.size() + means.size() > indicators.size()) {
      return false; // an unknown indicator or one given twice
    }
    boolean[] given = new boolean[indicators.size()];
    for (int i = 0; i < shares.size(); i++) {
      ShareFigure share = shares.get(i);
      int index = figure(share.getIndicator(), Statistic.SHARE, indicators, given, counted);
      long numerator = share.getNumerator();
      long denominator = share.getDenominator();
      if (index < 0 || numerator < 0 || numerator > OutcomeData.MAX_COUNT || denominator < 1
          || denominator > OutcomeData.MAX_COUNT || numerator > denominator) {
        return false;
      }
    }
    for (int i = 0; i < means.size(); i++) {
      MeanFigure mean = means.get(i);
      int index = figure(mean.getIndicator(), Statistic.MEAN, indicators, given, counted);
      if (index < 0) {
        return false;
      }
      long respondents = mean.getRespondents();
      Range range = indicators.get(index).valueRange();
      double value = mean.getMean();
      double sd = mean.getStandardDeviation();
      if (respondents < 1 || respondents > OutcomeData.MAX_COUNT || !Double.isFinite(value)
          || !range.contains(value) || !Double.isFinite(sd) || sd < 0 || sd > range.width()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of a figure's indicator in the framework, marking it given.
   *
   * @return the index; -1 when the indicator is unknown, of another statistic, already given or
   *     counted by a response
   */
  private static int figure(String indicator, Statistic statistic,
      List<IndicatorDefinition> indicators, boolean[] given, int counted) {
    int index = indexOf(indicators, indicator);
    if (index < 0 || given[index] || indicators.get(index).getStatistic() != statistic
        || (counted & bit(indicator)) != 0) {
      return -1;
    }
    given[index] = true;
    return index;
  }

  /** Checks the baselines: a known indicator each, at most once, a finite value in its range. */
  private static boolean baselines(List<Baseline> baselines, List<IndicatorDefinition> indicators) {
    if (baselines.isEmpty()) {
      return true;
    }
    if (baselines.size() > indicators.size()) {
      return false; // an unknown indicator or one given twice
    }
    boolean[] given = new boolean[indicators.size()];
    for (int i = 0; i < baselines.size(); i++) {
      Baseline baseline = baselines.get(i);
      int index = indexOf(indicators, baseline.getIndicator());
      if (index < 0 || given[index]) {
        return false;
      }
      given[index] = true;
      IndicatorDefinition definition = indicators.get(index);
      double value = baseline.getValue();
      if (!Double.isFinite(value)) {
        return false;
      }
      if (definition.getStatistic() == Statistic.SHARE ? value < 0 || value > 1
          : definition.getStatistic() == Statistic.MEAN
              && !definition.valueRange().contains(value)) {
        return false;
      }
    }
    return true;
  }

  /** The position of an indicator in the framework (the first with that id), or -1. */
  private static int indexOf(List<IndicatorDefinition> indicators, String id) {
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).getId().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
