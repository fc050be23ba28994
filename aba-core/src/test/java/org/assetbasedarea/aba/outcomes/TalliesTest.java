package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.testing.ReportComparison;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tallies give exactly the report of the person-level responses they sum up: bit for bit when
 * their sums are the library's own (unweighted always, since counts are integers), and, for
 * weighted data summed in another order, as {@link ReportComparison} states.
 */
class TalliesTest {
  private static final Framework ABA = Frameworks.aba2020();
  private static final DisclosurePolicy[] POLICIES =
      {DisclosurePolicy.ASCOF, DisclosurePolicy.NHS_SMALL_NUMBERS};

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).mapToObj(i -> AssessmentGenerator.BASE_SEED + 17 * i);
  }

  /** Responses without weights, or with weights from the generator (some documents all equal). */
  private static OutcomeData people(Random random) {
    OutcomeData data = OutcomeGenerator.validOutcomeData(random, random.nextInt(150));
    return OutcomeData.builder().from(data).shares(List.of()).means(List.of())
        .baselines(List.of()).responses(random.nextBoolean() ? data.getResponses()
            : OutcomeGenerator.weighted(random, data).getResponses()).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void libraryTallies_wholeOrPart_giveExactlyTheSameReport(long seed) {
    Random random = new Random(seed);
    OutcomeData data = OutcomeGenerator.validOutcomeDataSometimesWeighted(random);
    for (DisclosurePolicy policy : POLICIES) {
      OutcomeReport expected = Indicators.compute(data, ABA, policy);
      for (boolean all : new boolean[] {false, true}) {
        OutcomeData tallied = OutcomeGenerator.moveToTallies(random, data, all);
        assertThat(AbaValidator.shared().validateAll(tallied)).as("seed %d", seed).isEmpty();
        assertThat(Indicators.compute(tallied, ABA, policy)).as("seed %d, all %s", seed, all)
            .isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void independentTallies_inResponseOrder_giveExactlyTheSameReport(long seed) {
    Random random = new Random(seed);
    OutcomeData data = people(random);
    List<Tally> tallies = tally(data.getResponses());
    Collections.shuffle(tallies, random); // the order of the tallies does not matter
    OutcomeData tallied = OutcomeData.builder().from(data).responses(List.of())
        .tallies(tallies).build();
    assertThat(AbaValidator.shared().validateAll(tallied)).as("seed %d", seed).isEmpty();
    for (DisclosurePolicy policy : POLICIES) {
      assertThat(Indicators.compute(tallied, ABA, policy)).as("seed %d", seed)
          .isEqualTo(Indicators.compute(data, ABA, policy));
    }
  }

  @Test
  void independentTallies_summedInAnotherOrder_agreeAsSummationOrderAllows() {
    int weighted = 0;
    int notBitForBit = 0;
    for (long seed : seeds().toList()) {
      Random random = new Random(seed);
      OutcomeData data = people(random);
      List<PersonResponse> shuffled = new ArrayList<>(data.getResponses());
      Collections.shuffle(shuffled, random);
      OutcomeData tallied = OutcomeData.builder().from(data).responses(List.of())
          .tallies(tally(shuffled)).build();
      for (DisclosurePolicy policy : POLICIES) {
        OutcomeReport expected = Indicators.compute(data, ABA, policy);
        OutcomeReport actual = Indicators.compute(tallied, ABA, policy);
        if (!expected.isWeighted() || equalWeights(data)) {
          assertThat(actual).as("seed %d: counts are exact", seed).isEqualTo(expected);
          continue;
        }
        weighted++;
        notBitForBit += actual.equals(expected) ? 0 : 1;
        assertThat(ReportComparison.differences(expected, actual)).as("seed %d", seed).isEmpty();
      }
    }
    assertThat(weighted).isGreaterThan(50);
    // The comparison is needed: another order really changes the last bits of some figures.
    assertThat(notBitForBit).isPositive();
  }

  @Test
  void equalWeights_asTallies_giveExactlyTheUnweightedFigures() {
    for (double weight : new double[] {0.1, 1, 3.7, OutcomeData.MIN_WEIGHT,
        OutcomeData.MAX_WEIGHT}) {
      for (long seed : seeds().limit(40).toList()) {
        Random random = new Random(seed);
        OutcomeData data = people(random);
        List<PersonResponse> same = new ArrayList<>();
        for (PersonResponse response : data.getResponses()) {
          same.add(PersonResponse.builder().from(response).weight(weight).build());
        }
        Collections.shuffle(same, random);
        List<PersonResponse> none = new ArrayList<>();
        for (PersonResponse response : data.getResponses()) {
          none.add(PersonResponse.builder().from(response)
              .weight(java.util.Optional.empty()).build());
        }
        OutcomeData unweighted = OutcomeData.builder().from(data).responses(none).build();
        OutcomeData tallied = OutcomeData.builder().from(data).responses(List.of())
            .tallies(tally(same)).build();
        OutcomeReport expected = Indicators.compute(unweighted, ABA);
        OutcomeReport actual = Indicators.compute(tallied, ABA);
        // exactly the unweighted figures (and the person-level report with these weights)
        assertThat(actual.getIndicators()).as("weight %s seed %d", weight, seed)
            .isEqualTo(expected.getIndicators());
        assertThat(actual).isEqualTo(Indicators.compute(
            OutcomeData.builder().from(data).responses(same).build(), ABA));
        assertThat(actual.getOns4Bands()).isEqualTo(expected.getOns4Bands());
        assertThat(actual.isWeighted()).isEqualTo(!tally(same).isEmpty());
      }
    }
  }

  @Test
  void aWrongTally_givesAnotherReport() {
    OutcomeData data = people(new Random(5));
    List<Tally> tallies = new ArrayList<>(tally(data.getResponses()));
    OutcomeData right = OutcomeData.builder().from(data).responses(List.of()).tallies(tallies)
        .build();
    Tally first = tallies.get(0);
    tallies.set(0, Tally.builder().from(first).respondents(first.getRespondents() + 1).build());
    OutcomeData wrong = OutcomeData.builder().from(right).tallies(tallies).build();
    assertThat(Indicators.compute(right, ABA)).isEqualTo(Indicators.compute(data, ABA));
    assertThat(Indicators.compute(wrong, ABA)).isNotEqualTo(Indicators.compute(data, ABA));
  }

  @Test
  void fromResponses_mixedWeights_isRefused() {
    PersonResponse weighted = PersonResponse.builder().ons4(Ons4Answers.of(1, 2, 3, 4))
        .weight(2.0).build();
    PersonResponse unweighted = PersonResponse.of(Ons4Answers.of(1, 2, 3, 4));
    assertThatThrownBy(() -> Tally.fromResponses(List.of(weighted, unweighted)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Tally.fromResponses(List.of())).isEmpty();
    assertThat(Tally.fromResponses(List.of(weighted, weighted))).first()
        .isEqualTo(Tally.weighted(TallyItem.ONS4_LIFE_SATISFACTION, 1, 2, 4, 8, 2, 2));
  }

  @Test
  void rules_reportEachBrokenTallyAtItsPointer() {
    OutcomeData base = OutcomeData.builder().from(people(new Random(9))).responses(List.of(
        PersonResponse.of(Ons4Answers.builder().anxiety(3).build()))).build();
    OutcomeData data = OutcomeData.builder().from(base).tallies(List.of(
        Tally.of(TallyItem.UCLA3_SUM, 2, 4),
        Tally.of(TallyItem.ASCOF_CONTROL, 2, 4),
        Tally.of(TallyItem.ASCOF_CONTROL, 2, 1),
        Tally.of(TallyItem.ONS4_ANXIETY, 5, 1),
        Tally.of(TallyItem.ONS4_ANXIETY, 6, 1),
        Tally.weighted(TallyItem.LONELINESS_DIRECT, 1, 2, 2, 2, 1, 1),
        Tally.of(TallyItem.ASCOF_QUALITY_OF_LIFE, 25, 1)))
        .addShares(ShareFigure.of("ascof-1b", 1, 2)).build();
    List<Issue> issues = AbaValidator.shared().validateAll(data);
    assertThat(issues).extracting(Issue::getPath, Issue::getCode).containsExactlyInAnyOrder(
        tuple("/tallies/0/value", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/tallies/2/value", IssueCode.DUPLICATE_INDICATOR),
        tuple("/tallies/3/item", IssueCode.DUPLICATE_INDICATOR),
        tuple("/tallies/5/weightSum", IssueCode.INCONSISTENT_FIGURES),
        tuple("/tallies/6/value", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/shares/0/indicator", IssueCode.DUPLICATE_INDICATOR));
    assertThatThrownBy(() -> Indicators.compute(data, ABA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/tallies/0/value");
  }

  @Test
  void rules_weightFiguresNotFinite_areOutOfRange() {
    OutcomeData base = OutcomeData.builder().from(people(new Random(9))).responses(List.of())
        .build();
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      OutcomeData data = OutcomeData.builder().from(base).tallies(List.of(
          Tally.weighted(TallyItem.UCLA3_SUM, 3, 2, 2, 2, 1, 1),
          Tally.weighted(TallyItem.UCLA3_SUM, 4, 2, bad, 2, 1, 1),
          Tally.weighted(TallyItem.UCLA3_SUM, 5, 2, 2, bad, 1, 1),
          Tally.weighted(TallyItem.UCLA3_SUM, 6, 2, 2, 2, bad, 1),
          Tally.weighted(TallyItem.UCLA3_SUM, 7, 2, 2, 2, 1, bad))).build();
      assertThat(AbaValidator.shared().validateAll(data))
          .extracting(Issue::getPath, Issue::getCode).containsExactly(
              tuple("/tallies/1/weightSum", IssueCode.VALUE_OUT_OF_RANGE),
              tuple("/tallies/2/weightSquareSum", IssueCode.VALUE_OUT_OF_RANGE),
              tuple("/tallies/3/weightMin", IssueCode.VALUE_OUT_OF_RANGE),
              tuple("/tallies/4/weightMax", IssueCode.VALUE_OUT_OF_RANGE));
    }
  }

  @Test
  void rules_weightSums_mayStrayByTheToleranceOnly() {
    OutcomeData base = OutcomeData.builder().from(people(new Random(9))).responses(List.of())
        .build();
    double t = OutcomeData.WEIGHT_SUM_TOLERANCE;
    // four people weighing 1 to 2: sums from 4 to 8, squares from sum * 1 to sum * 2 and at
    // least sum^2 / 4
    assertThat(issues(base, 8 * (1 + t / 2), 16 * (1 + t / 2))).isEmpty();
    assertThat(issues(base, 4 * (1 - t / 2), 4.5)).isEmpty();
    assertThat(issues(base, 8 * (1 + 2 * t), 16)).containsExactly("/tallies/0/weightSum");
    assertThat(issues(base, 4 * (1 - 2 * t), 4.5)).containsExactly("/tallies/0/weightSum");
    assertThat(issues(base, 6, 6 * 2 * (1 + 2 * t))).containsExactly("/tallies/0/weightSquareSum");
    assertThat(issues(base, 6, 36.0 / 4 * (1 - 2 * t)))
        .containsExactly("/tallies/0/weightSquareSum");
  }

  private static List<String> issues(OutcomeData base, double sum, double squares) {
    OutcomeData data = OutcomeData.builder().from(base).tallies(List.of(
        Tally.weighted(TallyItem.ONS4_HAPPINESS, 7, 4, sum, squares, 1, 2))).build();
    return AbaValidator.shared().validateAll(data).stream().map(Issue::getPath).toList();
  }

  private static boolean equalWeights(OutcomeData data) {
    return data.getResponses().stream().map(PersonResponse::getWeight).distinct().count() == 1;
  }

  /**
   * The tallies of responses, computed here without the library: per item and value, the count,
   * and for weighted responses the sums of the weights and of their squares (in the order given)
   * and the smallest and largest weight.
   */
  static List<Tally> tally(List<PersonResponse> responses) {
    Map<String, double[]> sums = new TreeMap<>();
    for (PersonResponse r : responses) {
      double w = r.getWeight().orElse(Double.NaN);
      r.getOns4().ifPresent(a -> {
        a.getLifeSatisfaction().ifPresent(v -> add(sums, "ONS4_LIFE_SATISFACTION", v, w));
        a.getWorthwhile().ifPresent(v -> add(sums, "ONS4_WORTHWHILE", v, w));
        a.getHappiness().ifPresent(v -> add(sums, "ONS4_HAPPINESS", v, w));
        a.getAnxiety().ifPresent(v -> add(sums, "ONS4_ANXIETY", v, w));
      });
      r.getLoneliness().ifPresent(a -> {
        a.getDirect().ifPresent(v -> add(sums, "LONELINESS_DIRECT", v.ordinal() + 1, w));
        if (a.getLackCompanionship().isPresent() && a.getLeftOut().isPresent()
            && a.getIsolated().isPresent()) {
          add(sums, "UCLA3_SUM", a.getLackCompanionship().get() + a.getLeftOut().get()
              + a.getIsolated().get(), w);
        }
      });
      r.getAscof().ifPresent(a -> {
        a.getControl().ifPresent(v -> add(sums, "ASCOF_CONTROL", v, w));
        a.getSocialContact().ifPresent(v -> add(sums, "ASCOF_SOCIAL_CONTACT", v, w));
        List<java.util.Optional<Integer>> all = List.of(a.getControl(), a.getPersonalCare(),
            a.getFoodAndDrink(), a.getAccommodation(), a.getSafety(), a.getSocialContact(),
            a.getOccupation(), a.getDignity());
        if (all.stream().allMatch(java.util.Optional::isPresent)) {
          add(sums, "ASCOF_QUALITY_OF_LIFE",
              32 - all.stream().mapToInt(java.util.Optional::get).sum(), w);
        }
      });
    }
    List<Tally> tallies = new ArrayList<>();
    for (Map.Entry<String, double[]> entry : sums.entrySet()) {
      String[] key = entry.getKey().split(":");
      double[] s = entry.getValue();
      TallyItem item = TallyItem.valueOf(key[0]);
      int value = Integer.parseInt(key[1]);
      tallies.add(Double.isNaN(s[1])
          ? Tally.of(item, value, (long) s[0])
          : Tally.weighted(item, value, (long) s[0], s[1], s[2], s[3], s[4]));
    }
    return tallies;
  }

  private static void add(Map<String, double[]> sums, String item, int value, double w) {
    double[] s = sums.computeIfAbsent(item + ":" + value,
        k -> new double[] {0, 0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
    s[0]++;
    s[1] += w;
    s[2] += w * w;
    s[3] = Math.min(s[3], w);
    s[4] = Math.max(s[4], w);
  }
}
