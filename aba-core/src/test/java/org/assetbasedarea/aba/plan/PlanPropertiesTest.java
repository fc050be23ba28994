package org.assetbasedarea.aba.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.PlanGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of plans over seeded generated documents (the project's way of property testing:
 * docs/foundation.md); each case names its seed so a failure is replayed from it.
 */
class PlanPropertiesTest {
  private static final int CASES = 400;

  private static Stream<DynamicTest> cases(String name, SeedCheck check) {
    return LongStream.range(0, CASES).mapToObj(i -> AssessmentGenerator.BASE_SEED + i)
        .map(seed -> DynamicTest.dynamicTest(name + " (seed " + seed + ")",
            () -> check.run(new Random(seed))));
  }

  @FunctionalInterface
  interface SeedCheck {
    void run(Random random);
  }

  @TestFactory
  Stream<DynamicTest> aPlanDraftedFromAnyValidAssessmentIsValidAndMatchesIt() {
    return cases("draft", random -> {
      Assessment assessment = AssessmentGenerator.validAssessment(random);
      Plan plan = Plans.draft(assessment, Scorer.standard(),
          assessment.getAssessedOn().plusDays(random.nextInt(60)));
      assertThat(AbaValidator.shared().validate(plan)).isEmpty();
      ScoreReport score = Scorer.standard().score(assessment);
      assertThat(Plans.checkBaseline(plan, score)).isEmpty();
      int weakest = score.getActions().stream().mapToInt(ActionScore::getEffectiveRating).min()
          .orElse(4);
      assertThat(plan.getGoals()).hasSizeLessThanOrEqualTo(Plans.MAX_DRAFT_GOALS)
          .allSatisfy(goal -> {
            assertThat(goal.getBaseline()).isEqualTo(weakest);
            assertThat(goal.getTarget()).isEqualTo(weakest + 1);
            assertThat(goal.getSteps()).isNotEmpty();
          });
      assertThat(plan.getGoals().isEmpty()).isEqualTo(weakest == 4);
    });
  }

  @TestFactory
  Stream<DynamicTest> progressNeverFallsWhenTheLaterRatingRises() {
    return cases("monotone", random -> {
      Plan plan = PlanGenerator.validPlan(random);
      for (Goal goal : plan.getGoals()) {
        int index = Frameworks.aba2020().indexOfAction(goal.getAction());
        BigDecimal previous = null;
        GoalResult previousResult = null;
        for (int later = 1; later <= 4; later++) {
          int[] ratings = new int[10];
          ratings[index] = later;
          GoalReview review = Plans.review(plan, PlanReviewTest.scoreOf(plan,
              plan.getBaselineAssessedOn().plusDays(1 + random.nextInt(500)), ratings),
              Frameworks.aba2020()).getGoals().stream()
              .filter(g -> g.getAction().equals(goal.getAction())).findFirst().orElseThrow();
          BigDecimal progress = review.getProgress().orElseThrow();
          if (previous != null) {
            assertThat(progress).isGreaterThan(previous);
            assertThat(review.getResult().compareTo(previousResult)).isLessThanOrEqualTo(0);
          }
          previous = progress;
          previousResult = review.getResult();
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> judgingDoesNotDependOnTheOrderOfGoalsAndCheckIns() {
    return cases("order", random -> {
      Plan plan = PlanGenerator.validPlan(random);
      int[] ratings = new int[10];
      for (int i = 0; i < ratings.length; i++) {
        ratings[i] = random.nextInt(5);
      }
      ScoreReport later = PlanReviewTest.scoreOf(plan, plan.getEndsOn().plusDays(random.nextInt(90)),
          ratings);
      PlanReview review = Plans.review(plan, later, Frameworks.aba2020());
      List<Goal> goals = new ArrayList<>(plan.getGoals());
      List<CheckIn> checkIns = new ArrayList<>(plan.getCheckIns());
      Collections.shuffle(goals, random);
      Collections.shuffle(checkIns, random);
      Plan shuffled = Plan.builder().from(plan).goals(goals).checkIns(checkIns).build();
      assertThat(AbaValidator.shared().validate(shuffled)).isEmpty();
      assertThat(Plans.review(shuffled, later, Frameworks.aba2020())).isEqualTo(review);
    });
  }
}
