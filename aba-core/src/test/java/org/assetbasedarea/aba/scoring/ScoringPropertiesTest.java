package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of aba-score-1 over seeded random assessments: 20 fixed seeds, 100 cases each (2000 per property),
 * per property. A failure names the case seed; replay it with {@code new Random(seed)}.
 */
class ScoringPropertiesTest {
  private static final int CASES = 100;
  private static final List<Framework> FRAMEWORKS =
      List.of(Frameworks.aba2020(), Fixtures.local3(), Fixtures.lopsided());
  private static final Scorer SCORER = Scorer.create(
      FrameworkRegistry.builtIn().with(Fixtures.local3()).with(Fixtures.lopsided()),
      ScoringRules.abaScore1());

  static LongStream seeds() {
    return LongStream.range(0, 20).map(i -> AssessmentGenerator.BASE_SEED + i);
  }

  /** Runs a property over CASES case seeds derived from one seed, naming the case seed on failure. */
  private static void forEachCase(long seed, Consumer<Random> property) {
    Random seeds = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      long caseSeed = seeds.nextLong();
      try {
        property.accept(new Random(caseSeed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property failed for case seed " + caseSeed + "L (seed " + seed
            + ", case " + i + "): " + e.getMessage(), e);
      }
    }
  }

  /** A valid assessment against one of three frameworks, usually aba-2020. */
  private static Assessment assessment(Random random) {
    if (random.nextInt(4) > 0) {
      return AssessmentGenerator.validAssessment(random);
    }
    Framework framework = FRAMEWORKS.get(random.nextInt(FRAMEWORKS.size()));
    return AssessmentGenerator.validAssessment(random, framework, random.nextInt(framework.size() + 1));
  }

  private static Framework frameworkOf(Assessment assessment) {
    return SCORER.getRegistry().find(assessment.getFramework()).orElseThrow();
  }

  private static Assessment withRatings(Assessment assessment, List<Rating> ratings) {
    return Assessment.builder().from(assessment).ratings(ratings).build();
  }

  private static int compare(Optional<Band> a, Optional<Band> b) {
    return a.orElseThrow().compareTo(b.orElseThrow());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void percentage_isWithin25To100WheneverAnythingIsRated(long seed) {
    BigDecimal min = new BigDecimal("25.00");
    forEachCase(seed, random -> {
      ScoreReport report = SCORER.score(assessment(random));
      OverallScore overall = report.getOverall();
      assertThat(overall.getPercentage().isPresent()).isEqualTo(overall.getRated() > 0);
      overall.getPercentage().ifPresent(p -> assertThat(p).isBetween(min, Percentages.HUNDRED));
      overall.getRoundedPercentage().ifPresent(r -> assertThat(r).isBetween(25, 100));
      for (GroupingScore grouping : report.getGroupings()) {
        assertThat(grouping.getPercentage().isPresent()).isEqualTo(grouping.getRated() > 0);
        grouping.getPercentage().ifPresent(p -> assertThat(p).isBetween(min, Percentages.HUNDRED));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void percentages_equalTheExactFormulaOverEffectiveRatings(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      ScoreReport report = SCORER.score(assessment);
      int total = 0;
      for (ActionScore action : report.getActions()) {
        Rating rating = assessment.findRating(action.getAction()).orElseThrow();
        int expected = rating.getRating();
        if (rating.getEvidence().isEmpty()) {
          expected = Math.min(expected, 1);
        }
        if (!rating.hasEvidence(EvidenceKind.PEOPLES_EXPERIENCE)) {
          expected = Math.min(expected, 2);
        }
        assertThat(action.getEffectiveRating()).isEqualTo(expected);
        total += expected;
      }
      int n = report.getActions().size();
      if (n > 0) {
        BigDecimal p = BigDecimal.valueOf(100L * total)
            .divide(BigDecimal.valueOf(4L * n), 40, RoundingMode.HALF_EVEN);
        assertThat(report.getOverall().getPercentage())
            .contains(p.setScale(2, RoundingMode.HALF_UP));
        assertThat(report.getOverall().getRoundedPercentage())
            .hasValue(p.setScale(0, RoundingMode.HALF_UP).intValueExact());
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingOneRating_neverLowersAnyPercentageOrBand(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      List<Rating> ratings = new ArrayList<>(assessment.getRatings());
      List<Integer> raisable = new ArrayList<>();
      for (int i = 0; i < ratings.size(); i++) {
        if (ratings.get(i).getRating() < 4) {
          raisable.add(i);
        }
      }
      if (raisable.isEmpty()) {
        return;
      }
      int i = raisable.get(random.nextInt(raisable.size()));
      Rating before = ratings.get(i);
      ratings.set(i, Rating.builder().from(before).rating(before.getRating() + 1).build());
      ScoreReport low = SCORER.score(assessment);
      ScoreReport high = SCORER.score(withRatings(assessment, ratings));

      assertThat(high.getStatus()).isEqualTo(low.getStatus());
      assertThat(high.getOverall().getPercentage().orElseThrow())
          .isGreaterThanOrEqualTo(low.getOverall().getPercentage().orElseThrow());
      for (int g = 0; g < low.getGroupings().size(); g++) {
        GroupingScore lowGrouping = low.getGroupings().get(g);
        GroupingScore highGrouping = high.getGroupings().get(g);
        if (lowGrouping.getPercentage().isPresent()) {
          assertThat(highGrouping.getPercentage().orElseThrow())
              .isGreaterThanOrEqualTo(lowGrouping.getPercentage().orElseThrow());
          assertThat(compare(highGrouping.getBand(), lowGrouping.getBand())).isNotNegative();
        }
      }
      if (low.getOverall().getBand().isPresent()) {
        assertThat(compare(high.getOverall().getPercentageBand(), low.getOverall().getPercentageBand()))
            .isNotNegative();
        assertThat(compare(high.getOverall().getBand(), low.getOverall().getBand())).isNotNegative();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingEvidence_neverLowersAnEffectiveRating(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      if (assessment.getRatings().isEmpty()) {
        return;
      }
      List<Rating> ratings = new ArrayList<>(assessment.getRatings());
      int i = random.nextInt(ratings.size());
      Rating before = ratings.get(i);
      if (before.getEvidence().size() == Rating.MAX_EVIDENCE) {
        return;
      }
      ratings.set(i, Rating.builder().from(before)
          .addEvidence(AssessmentGenerator.evidence(random)).build());
      ScoreReport less = SCORER.score(assessment);
      ScoreReport more = SCORER.score(withRatings(assessment, ratings));
      for (int a = 0; a < less.getActions().size(); a++) {
        assertThat(more.getActions().get(a).getEffectiveRating())
            .isGreaterThanOrEqualTo(less.getActions().get(a).getEffectiveRating());
        assertThat(more.getActions().get(a).getCaps())
            .isSubsetOf(less.getActions().get(a).getCaps());
      }
      assertThat(more.getOverall().getPercentage().orElseThrow())
          .isGreaterThanOrEqualTo(less.getOverall().getPercentage().orElseThrow());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void limiters_onlyEverLowerTheBand(long seed) {
    forEachCase(seed, random -> {
      ScoreReport report = SCORER.score(assessment(random));
      OverallScore overall = report.getOverall();
      if (overall.getPercentageBand().isEmpty()) {
        assertThat(overall.getBand()).isEmpty();
        assertThat(overall.getLimiters()).isEmpty();
        return;
      }
      Band percentageBand = overall.getPercentageBand().get();
      Band band = overall.getBand().orElseThrow();
      assertThat(band.compareTo(percentageBand)).isNotPositive();
      assertThat(band.isBelow(percentageBand)).isEqualTo(!overall.getLimiters().isEmpty());
      assertThat(overall.getLimiters()).isSorted().doesNotHaveDuplicates();
      Band expected = percentageBand;
      for (Limiter limiter : Limiter.values()) {
        Optional<Band> cap = limiter.capOf(report);
        boolean applies = cap.isPresent() && cap.get().isBelow(percentageBand);
        assertThat(overall.getLimiters().contains(limiter)).as("%s", limiter).isEqualTo(applies);
        if (applies) {
          expected = expected.atMost(cap.get());
        }
      }
      assertThat(band).isEqualTo(expected);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void report_doesNotDependOnTheOrderOfRatingsEvidenceOrParticipants(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      List<Rating> ratings = new ArrayList<>();
      for (Rating rating : assessment.getRatings()) {
        List<org.assetbasedarea.aba.assessment.Evidence> evidence = new ArrayList<>(rating.getEvidence());
        Collections.shuffle(evidence, random);
        ratings.add(Rating.builder().from(rating).evidence(evidence).build());
      }
      Collections.shuffle(ratings, random);
      List<Participant> participants = new ArrayList<>(assessment.getParticipants());
      Collections.shuffle(participants, random);
      Assessment shuffled = Assessment.builder().from(assessment)
          .ratings(ratings).participants(participants).build();

      assertThat(SCORER.score(shuffled)).isEqualTo(SCORER.score(assessment));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void status_followsCoverageExactly(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      Framework framework = frameworkOf(assessment);
      ScoreReport report = SCORER.score(assessment);
      int n = assessment.getRatings().size();
      int size = framework.size();
      boolean everyGrouping = true;
      for (Grouping grouping : framework.getGroupings()) {
        everyGrouping &= framework.actionsIn(grouping.getId()).stream()
            .anyMatch(a -> assessment.findRating(a.getId()).isPresent());
      }
      Status expected = n == size ? Status.COMPLETE
          : (n >= 0.7 * size - 1e-9 && everyGrouping) ? Status.PROVISIONAL : Status.INSUFFICIENT;
      assertThat(report.getStatus()).isEqualTo(expected);
      assertThat(report.getOverall().getRated()).isEqualTo(n);
      assertThat(report.getOverall().getActions()).isEqualTo(size);
      assertThat(report.getActions()).hasSize(n);
      assertThat(report.getNotAssessed()).hasSize(size - n);
      assertThat(report.getOverall().getBand().isPresent())
          .isEqualTo(expected != Status.INSUFFICIENT);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalInputs_giveEqualReports(long seed) {
    forEachCase(seed, random -> {
      long caseSeed = random.nextLong();
      Assessment one = assessment(new Random(caseSeed));
      Assessment two = assessment(new Random(caseSeed));
      ScoreReport first = SCORER.score(one);
      ScoreReport second = SCORER.score(two);
      assertThat(second).isEqualTo(first);
      assertThat(second.hashCode()).isEqualTo(first.hashCode());
      assertThat(second.explain()).isEqualTo(first.explain());
      assertThat(SCORER.score(one)).isEqualTo(first);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reports_listEverythingInFrameworkOrder(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      Framework framework = frameworkOf(assessment);
      ScoreReport report = SCORER.score(assessment);
      List<Integer> actionIndexes = new ArrayList<>();
      report.getActions().forEach(a -> actionIndexes.add(framework.indexOfAction(a.getAction())));
      List<Integer> notAssessedIndexes = new ArrayList<>();
      report.getNotAssessed().forEach(a -> notAssessedIndexes.add(framework.indexOfAction(a)));
      assertThat(actionIndexes).isSorted().doesNotContain(-1);
      assertThat(notAssessedIndexes).isSorted().doesNotContain(-1);
      assertThat(report.getGroupings()).extracting(GroupingScore::getGrouping)
          .isEqualTo(framework.getGroupings().stream().map(Grouping::getId).toList());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void progress_ofAReportWithItself_changesNothing(long seed) {
    forEachCase(seed, random -> {
      Assessment assessment = assessment(random);
      ScoreReport report = SCORER.score(assessment);
      Progress progress = SCORER.progress(report, report);
      assertThat(progress.getActions()).allSatisfy(a ->
          assertThat(a.getChange()).isEqualTo(a.getEarlier().map(x -> 0)));
      assertThat(progress.getOverall().getChange())
          .isEqualTo(report.getOverall().getPercentage().map(p -> new BigDecimal("0.00")));
      assertThat(progress.getOverall().getDirection())
          .isEqualTo(report.getOverall().getBand().map(b -> Direction.SAME));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scoringFromManyThreadsAcrossFrameworks_givesTheSameReportsAsOneThread(long seed)
      throws Exception {
    Random random = new Random(seed);
    List<Assessment> assessments = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Framework framework = FRAMEWORKS.get(i % FRAMEWORKS.size());
      assessments.add(AssessmentGenerator.validAssessment(random, framework,
          random.nextInt(framework.size() + 1)));
    }
    List<ScoreReport> expected = new ArrayList<>();
    for (Assessment assessment : assessments) {
      expected.add(SCORER.score(assessment));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<ScoreReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          List<ScoreReport> reports = new ArrayList<>();
          for (Assessment assessment : assessments) {
            reports.add(SCORER.score(assessment));
          }
          return reports;
        }));
      }
      for (java.util.concurrent.Future<List<ScoreReport>> future : futures) {
        assertThat(future.get()).as("seed %d", seed).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
