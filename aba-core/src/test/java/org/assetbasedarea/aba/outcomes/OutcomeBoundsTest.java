package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bound of outcome data: a value at the bound is valid and computes to finite figures; one
 * beyond it is an issue. A seeded property test then computes outcome data made of values at and
 * near every bound.
 */
class OutcomeBoundsTest {
  private static final int MAX = OutcomeData.MAX_COUNT;
  private static final double BIG = OutcomeData.MAX_MAGNITUDE;

  /** A local framework: a mean and a share indicator of its own, without ranges. */
  static final Framework LOCAL = Framework.builder()
      .id("local-2026").title("Local")
      .addGroupings(Grouping.of("g", "G"))
      .addActions(Action.of("a", "g", "A", "An action."))
      .addIndicators(
          IndicatorDefinition.of("own-mean", "Own mean", Measure.OTHER, Statistic.MEAN, true),
          IndicatorDefinition.of("own-share", "Own share", Measure.OTHER, Statistic.SHARE, false))
      .build();
  private static final AbaValidator VALIDATOR =
      AbaValidator.create(FrameworkRegistry.of(Frameworks.aba2020(), LOCAL));

  private static OutcomeData.Builder data(String framework) {
    return OutcomeData.builder().framework(framework).area(Area.of("E08000035", "Leeds"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
  }

  private static Framework framework(OutcomeData data) {
    return data.getFramework().equals(LOCAL.getId()) ? LOCAL : Frameworks.aba2020();
  }

  /** Valid, and computes to finite figures without an exception. */
  static void assertComputesFinite(OutcomeData data) {
    assertThat(VALIDATOR.validate(data)).as("issues").isEmpty();
    OutcomeReport report = Indicators.compute(data, framework(data));
    for (IndicatorResult result : report.getIndicators()) {
      assertThat(Double.isFinite(result.getValue())).as("value of %s", result).isTrue();
      result.getInterval().ifPresent(interval -> {
        assertThat(Double.isFinite(interval.getLower())).isTrue();
        assertThat(Double.isFinite(interval.getUpper())).isTrue();
      });
      result.getBaseline().ifPresent(b -> assertThat(Double.isFinite(b)).isTrue());
      result.getPublished().getRespondents().ifPresent(n -> assertThat(n).isNotNegative());
    }
    assertThatCode(() -> Indicators.compare(report, OutcomePropertiesTest.aYearLater(report)))
        .doesNotThrowAnyException();
  }

  static void assertIssue(OutcomeData data, String path) {
    List<Issue> issues = VALIDATOR.validate(data);
    assertThat(issues).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void shareCounts_atTheBound_compute_andBeyond_areIssues() {
    assertComputesFinite(data("aba-2020").addShares(ShareFigure.of("ascof-1b", MAX, MAX)).build());
    assertComputesFinite(data("aba-2020").addShares(ShareFigure.of("ascof-1b", 0, MAX)).build());
    assertComputesFinite(data("local-2026").addShares(ShareFigure.of("own-share", MAX - 1, MAX))
        .build());
    assertIssue(data("aba-2020").addShares(ShareFigure.of("ascof-1b", 1, MAX + 1L)).build(),
        "/shares/0/denominator");
    assertIssue(data("aba-2020").addShares(ShareFigure.of("ascof-1b", 1,
        Long.MAX_VALUE)).build(), "/shares/0/denominator");
  }

  @Test
  void shareNumerator_beyondTheBound_isAnIssue() {
    List<Issue> issues = VALIDATOR.validate(
        data("aba-2020").addShares(ShareFigure.of("ascof-1b", MAX + 1L, MAX)).build());
    assertThat(issues).extracting(Issue::getPath, Issue::getCode).contains(
        org.assertj.core.groups.Tuple.tuple("/shares/0/numerator", IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void meanRespondents_atTheBound_compute_andBeyond_areIssues() {
    assertComputesFinite(data("aba-2020")
        .addMeans(MeanFigure.of("ascof-1a", MAX, 24, 24)).build());
    assertIssue(data("aba-2020").addMeans(MeanFigure.of("ascof-1a", MAX + 1L, 12, 1)).build(),
        "/means/0/respondents");
    assertIssue(data("aba-2020").addMeans(MeanFigure.of("ascof-1a", Long.MAX_VALUE, 12, 1))
        .build(), "/means/0/respondents");
  }

  @ParameterizedTest
  @ValueSource(longs = {2, 3, MAX})
  void localMean_atEveryBound_computes(long respondents) {
    for (double mean : new double[] {-BIG, BIG, 0}) {
      assertComputesFinite(data("local-2026")
          .addMeans(MeanFigure.of("own-mean", respondents, mean, 2 * BIG))
          .addBaselines(Baseline.of("own-mean", -mean))
          .build());
    }
  }

  @Test
  void localMean_beyondItsBounds_isAnIssue() {
    assertIssue(data("local-2026").addMeans(MeanFigure.of("own-mean", 5, Math.nextUp(BIG), 1))
        .build(), "/means/0/mean");
    assertIssue(data("local-2026").addMeans(MeanFigure.of("own-mean", 5, -1e308, 1))
        .build(), "/means/0/mean");
    assertIssue(data("local-2026").addMeans(MeanFigure.of("own-mean", 5, 1, Math.nextUp(2 * BIG)))
        .build(), "/means/0/standardDeviation");
    assertIssue(data("local-2026").addMeans(MeanFigure.of("own-mean", 5, 1, 1e308))
        .build(), "/means/0/standardDeviation");
    assertIssue(data("local-2026").addBaselines(Baseline.of("own-mean", Math.nextDown(-BIG)))
        .build(), "/baselines/0/value");
  }

  @Test
  void builtInMean_standardDeviation_atMostTheRangeWidth() {
    assertComputesFinite(data("aba-2020").addMeans(MeanFigure.of("ascof-1a", 2, 0, 24)).build());
    assertComputesFinite(data("aba-2020")
        .addMeans(MeanFigure.of("ucla3-loneliness", 2, 9, 6)).build());
    assertIssue(data("aba-2020").addMeans(MeanFigure.of("ascof-1a", 2, 0, Math.nextUp(24.0)))
        .build(), "/means/0/standardDeviation");
    assertIssue(data("aba-2020").addMeans(MeanFigure.of("ons4-happiness", 2, 5, 10.5))
        .build(), "/means/0/standardDeviation");
  }

  /** A value at, next to, or well inside a bound. */
  private static long count(Random random, long min, long max) {
    switch (random.nextInt(5)) {
      case 0: return min;
      case 1: return max;
      case 2: return Math.min(max, min + 1);
      case 3: return Math.max(min, max - 1);
      default: return min + (long) (random.nextDouble() * (max - min));
    }
  }

  private static double real(Random random, double min, double max) {
    switch (random.nextInt(5)) {
      case 0: return min;
      case 1: return max;
      case 2: return Math.nextDown(max);
      case 3: return Math.nextUp(min);
      default: return min + random.nextDouble() * (max - min);
    }
  }

  @Test
  void extremeOutcomeData_alwaysComputeToFiniteFigures() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      boolean local = random.nextBoolean();
      OutcomeData.Builder data = data(local ? "local-2026" : "aba-2020");
      long denominator = count(random, 1, MAX);
      long respondents = count(random, 1, MAX);
      if (local) {
        data.addShares(ShareFigure.of("own-share", count(random, 0, denominator), denominator));
        data.addMeans(MeanFigure.of("own-mean", respondents, real(random, -BIG, BIG),
            real(random, 0, 2 * BIG)));
        data.addBaselines(Baseline.of("own-mean", real(random, -BIG, BIG)));
        data.addBaselines(Baseline.of("own-share", real(random, 0, 1)));
      } else {
        data.addShares(ShareFigure.of("ascof-1b", count(random, 0, denominator), denominator));
        data.addMeans(MeanFigure.of("ascof-1a", respondents, real(random, 0, 24),
            real(random, 0, 24)));
        data.addMeans(MeanFigure.of("ucla3-loneliness", count(random, 1, MAX), real(random, 3, 9),
            real(random, 0, 6)));
        data.addBaselines(Baseline.of("ascof-1a", real(random, 0, 24)));
        data.addBaselines(Baseline.of("ascof-1b", real(random, 0, 1)));
        List<PersonResponse> people = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          int edge = random.nextBoolean() ? 10 : 0;
          people.add(PersonResponse.of(Ons4Answers.builder().lifeSatisfaction(edge)
              .worthwhile(10 - edge).happiness(edge).anxiety(edge).build()));
        }
        data.responses(people);
      }
      OutcomeData built = data.build();
      assertThatCode(() -> assertComputesFinite(built)).as("seed %d: %s", seed, built)
          .doesNotThrowAnyException();
    }
  }
}
