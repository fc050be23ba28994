package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests (no jqwik; see docs/foundation.md): each case is named by its seed, so a
 * failure is replayed with {@code new Random(seed)}.
 */
class OutcomePropertiesTest {
  private static final Framework ABA = Frameworks.aba2020();

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).mapToObj(i -> AssessmentGenerator.BASE_SEED + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedData_isValid(long seed) {
    OutcomeData data = OutcomeGenerator.validOutcomeData(new Random(seed));
    assertThat(AbaValidator.shared().validate(data)).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void intervals_containTheValue_andSharesLieWithin0And1(long seed) {
    OutcomeReport report = Indicators.compute(OutcomeGenerator.validOutcomeData(new Random(seed)), ABA);
    for (IndicatorResult result : report.getIndicators()) {
      String what = "seed " + seed + ", " + result.getIndicator();
      assertThat(result.getRespondents()).as(what).isPositive();
      if (result.getStatistic() == Statistic.SHARE) {
        Interval interval = result.getInterval().orElseThrow();
        assertThat(interval.getLower()).as(what).isBetween(0.0, 1.0);
        assertThat(interval.getUpper()).as(what).isBetween(0.0, 1.0);
        assertThat(interval.contains(result.getValue())).as(what).isTrue();
      } else {
        assertThat(result.getInterval().isPresent()).as(what).isEqualTo(result.getRespondents() >= 2);
        result.getInterval().ifPresent(
            interval -> assertThat(interval.contains(result.getValue())).as(what).isTrue());
      }
      PublishedValue published = result.getPublished();
      assertThat(published.isSuppressed()).as(what).isEqualTo(result.getRespondents() <= 2);
      assertThat(published.getRespondents().isPresent()).as(what).isEqualTo(result.getRespondents() > 2);
      published.getRespondents().ifPresent(n -> assertThat(n % 5).as(what).isZero());
      double scale = result.getStatistic() == Statistic.SHARE ? 100 : 1;
      published.getValue().ifPresent(value -> assertThat(value.doubleValue())
          .as(what).isCloseTo(scale * result.getValue(), within(0.05 + 1e-9)));
      assertThat(result.getChange() == Change.NOT_COMPARABLE).as(what)
          .isEqualTo(result.getBaseline().isEmpty() || result.getInterval().isEmpty());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void report_isIndependentOfTheOrderOfResponsesFiguresAndBaselines(long seed) {
    Random random = new Random(seed);
    OutcomeData data = OutcomeGenerator.validOutcomeData(random);
    OutcomeData shuffled = OutcomeData.builder().from(data)
        .responses(shuffle(data.getResponses(), random))
        .shares(shuffle(data.getShares(), random))
        .means(shuffle(data.getMeans(), random))
        .baselines(shuffle(data.getBaselines(), random))
        .build();
    assertThat(Indicators.compute(shuffled, ABA)).as("seed %d", seed)
        .isEqualTo(Indicators.compute(data, ABA));
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aggregateFigures_equalToThePersonLevelComputation_giveTheSameResults(long seed) {
    Random random = new Random(seed);
    OutcomeData people = OutcomeData.builder()
        .from(OutcomeGenerator.validOutcomeData(random, 1 + random.nextInt(150)))
        .shares(List.of())
        .means(List.of())
        .build();
    OutcomeData.Builder figures = OutcomeData.builder().from(people).responses(List.of());
    for (IndicatorDefinition definition : ABA.getIndicators()) {
      List<Integer> values = perPerson(people.getResponses(), definition.getId());
      if (values.isEmpty()) {
        continue;
      }
      long n = values.size();
      if (definition.getStatistic() == Statistic.SHARE) {
        long x = values.stream().filter(v -> v == 1).count();
        figures.addShares(ShareFigure.of(definition.getId(), x, n));
      } else {
        double mean = values.stream().mapToInt(Integer::intValue).sum() / (double) n;
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sd = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        figures.addMeans(MeanFigure.of(definition.getId(), n, mean, sd));
      }
    }
    OutcomeData aggregate = figures.build();
    assertThat(AbaValidator.shared().validate(aggregate)).as("seed %d", seed).isEmpty();
    OutcomeReport fromPeople = Indicators.compute(people, ABA);
    OutcomeReport fromFigures = Indicators.compute(aggregate, ABA);
    assertThat(fromFigures.getIndicators()).hasSameSizeAs(fromPeople.getIndicators());
    for (int i = 0; i < fromPeople.getIndicators().size(); i++) {
      IndicatorResult a = fromPeople.getIndicators().get(i);
      IndicatorResult b = fromFigures.getIndicators().get(i);
      String what = "seed " + seed + ", " + a.getIndicator();
      assertThat(b.getIndicator()).as(what).isEqualTo(a.getIndicator());
      assertThat(b.getRespondents()).as(what).isEqualTo(a.getRespondents());
      assertThat(b.getValue()).as(what).isCloseTo(a.getValue(), within(1e-12));
      assertThat(b.getInterval().isPresent()).as(what).isEqualTo(a.getInterval().isPresent());
      if (a.getInterval().isPresent()) {
        assertThat(b.getInterval().get().getLower()).as(what)
            .isCloseTo(a.getInterval().get().getLower(), within(1e-9));
        assertThat(b.getInterval().get().getUpper()).as(what)
            .isCloseTo(a.getInterval().get().getUpper(), within(1e-9));
      }
      assertThat(b.getPublished()).as(what).isEqualTo(a.getPublished());
      assertThat(b.getBaseline()).as(what).isEqualTo(a.getBaseline());
    }
  }

  /**
   * Each respondent's value for an indicator, computed here from the definitions independently of
   * the library's accumulator: for a share 1 (in the category) or 0.
   */
  private static List<Integer> perPerson(List<PersonResponse> responses, String id) {
    List<Integer> values = new ArrayList<>();
    for (PersonResponse response : responses) {
      Optional<Integer> value = value(response, id);
      value.ifPresent(values::add);
    }
    return values;
  }

  private static Optional<Integer> value(PersonResponse response, String id) {
    for (Ons4Item item : Ons4Item.values()) {
      Optional<Integer> answer = response.getOns4().flatMap(a -> a.answerTo(item));
      if (id.equals(item.meanIndicator())) {
        return answer;
      }
      if (id.equals(item.highIndicator())) {
        int threshold = item == Ons4Item.ANXIETY ? 6 : 7;
        return answer.map(a -> a >= threshold ? 1 : 0);
      }
    }
    Optional<LonelinessAnswers> loneliness = response.getLoneliness();
    Optional<AscofAnswers> ascof = response.getAscof();
    Function<Boolean, Integer> bit = b -> b ? 1 : 0;
    switch (id) {
      case "loneliness-often-always":
        return loneliness.flatMap(LonelinessAnswers::getDirect)
            .map(d -> bit.apply(d == LonelinessFrequency.OFTEN_OR_ALWAYS));
      case "ucla3-loneliness":
        return loneliness.flatMap(l -> l.getLackCompanionship().flatMap(a -> l.getLeftOut()
            .flatMap(b -> l.getIsolated().map(c -> a + b + c))));
      case "ascof-1a":
        if (ascof.isEmpty()) {
          return Optional.empty();
        }
        AscofAnswers x = ascof.get();
        List<Optional<Integer>> codes = List.of(x.getControl(), x.getPersonalCare(),
            x.getFoodAndDrink(), x.getAccommodation(), x.getSafety(), x.getSocialContact(),
            x.getOccupation(), x.getDignity());
        int sum = 0;
        for (Optional<Integer> code : codes) {
          if (code.isEmpty()) {
            return Optional.empty();
          }
          sum += code.get();
        }
        return Optional.of(32 - sum);
      case "ascof-1b":
        return ascof.flatMap(AscofAnswers::getControl).map(c -> bit.apply(c <= 2));
      case "ascof-1i1":
        return ascof.flatMap(AscofAnswers::getSocialContact).map(c -> bit.apply(c == 1));
      default:
        throw new AssertionError("no per-person rule for " + id);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void compare_withItself_findsNoSignificantChange(long seed) {
    OutcomeReport report = Indicators.compute(OutcomeGenerator.validOutcomeData(new Random(seed)), ABA);
    OutcomeReport compared = Indicators.compare(report, aYearLater(report));
    for (IndicatorResult result : compared.getIndicators()) {
      Difference difference = result.getDifference().orElseThrow();
      assertThat(difference.getValue()).isZero();
      assertThat(result.getBaseline()).isEqualTo(
          report.findIndicator(result.getIndicator()).orElseThrow().getBaseline());
      assertThat(difference.getChange()).as("seed %d, %s", seed, result.getIndicator())
          .isEqualTo(result.getInterval().isPresent()
              ? Change.NO_SIGNIFICANT_CHANGE : Change.NOT_COMPARABLE);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countsFor_agreesWithTheReportsRespondentCounts(long seed) {
    OutcomeData data = OutcomeData.builder()
        .from(OutcomeGenerator.validOutcomeData(new Random(seed)))
        .shares(List.of()).means(List.of()).build();
    OutcomeReport report = Indicators.compute(data, ABA);
    for (IndicatorDefinition definition : ABA.getIndicators()) {
      long counted = data.getResponses().stream()
          .filter(r -> r.countsFor(definition.getId())).count();
      assertThat(report.findIndicator(definition.getId()).map(IndicatorResult::getRespondents)
          .orElse(0L)).as("seed %d, %s", seed, definition.getId()).isEqualTo(counted);
    }
  }

  @org.junit.jupiter.api.Test
  void wilson_forEveryShareUpTo300_liesWithin0And1_andContainsP() {
    for (long n = 1; n <= 300; n++) {
      for (long x = 0; x <= n; x++) {
        Interval interval = Interval.wilson(x, n);
        double p = (double) x / n;
        assertThat(interval.getLower()).as("%d of %d", x, n).isBetween(0.0, p);
        assertThat(interval.getUpper()).as("%d of %d", x, n).isBetween(p, 1.0);
        if (x > 0 && x < n) {
          assertThat(interval.getLower()).as("%d of %d", x, n).isPositive();
          assertThat(interval.getUpper()).as("%d of %d", x, n).isLessThan(1.0);
        }
      }
    }
  }

  /** The same report for the same dates a year later: a second, independent period. */
  static OutcomeReport aYearLater(OutcomeReport report) {
    Period period = report.getPeriod();
    Period later = Period.of(period.getEnd().plusDays(1),
        period.getEnd().plusDays(1).plusDays(period.getEnd().toEpochDay() - period.getStart().toEpochDay()));
    return OutcomeReport.builder().from(report).period(later).build();
  }
}
