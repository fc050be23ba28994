package org.assetbasedarea.aba.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assetbasedarea.aba.plan.PlanFixtures.BASELINE;
import static org.assetbasedarea.aba.plan.PlanFixtures.END;
import static org.assetbasedarea.aba.plan.PlanFixtures.START;
import static org.assetbasedarea.aba.plan.PlanFixtures.challenge;
import static org.assetbasedarea.aba.plan.PlanFixtures.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** Judging a plan against a later assessment, and checking it against its baseline (docs/plans.md sections 3-4). */
class PlanReviewTest {
  static final Framework ABA = Frameworks.aba2020();
  static final List<String> ACTIONS = ABA.getActions().stream().map(Action::getId).toList();

  /** A score of Northmoor on a day, ratings per action in framework order (0: not assessed), none capped. */
  static ScoreReport score(LocalDate on, int... ratings) {
    return Scorer.standard().score(assessment("E06000099", on, ratings));
  }

  /** As {@link #score} for the plan's area. */
  static ScoreReport scoreOf(Plan plan, LocalDate on, int... ratings) {
    return Scorer.standard().score(assessment(plan.getArea().getCode().toString(), on, ratings));
  }

  static Assessment assessment(String code, LocalDate on, int... ratings) {
    List<Rating> list = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] != 0) {
        list.add(Rating.of(ACTIONS.get(i), ratings[i],
            Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Panel minutes")));
      }
    }
    return Assessment.builder().framework("aba-2020").area(Area.of(code, "Northmoor (fictional)"))
        .assessedOn(on).addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 5),
            Participant.of(Role.COUNCIL, 2))
        .ratings(list).build();
  }

  // map-community-assets 1 -> 2, grant-giving 2 -> 4 in the fixture.
  @Test
  void eachGoalIsMetPartlyMetNotMetOrNotAssessed() {
    Plan plan = challenge().addGoals(goal("share-power", 1, 4).build(),
        goal("mutuals-and-co-ops", 2, 3).build()).build();
    //                                     map sp ti ss ab gg pm vs vl mc
    ScoreReport later = score(END.plusDays(30), 2, 2, 1, 1, 1, 3, 1, 1, 1, 0);
    PlanReview review = Plans.review(plan, later, ABA);
    assertThat(review.getGoals()).extracting(GoalReview::getAction, GoalReview::getResult,
        GoalReview::getLater, GoalReview::getGained, GoalReview::getNeeded,
        GoalReview::getProgress).containsExactly(
        tuple("map-community-assets", GoalResult.MET, Optional.of(2), Optional.of(1), 1,
            Optional.of(new BigDecimal("1.0000"))),
        tuple("share-power", GoalResult.PARTLY_MET, Optional.of(2), Optional.of(1), 3,
            Optional.of(new BigDecimal("0.3333"))),
        tuple("grant-giving", GoalResult.PARTLY_MET, Optional.of(3), Optional.of(1), 2,
            Optional.of(new BigDecimal("0.5000"))),
        tuple("mutuals-and-co-ops", GoalResult.NOT_ASSESSED, Optional.empty(), Optional.empty(),
            1, Optional.empty()));
    assertThat(review.count(GoalResult.MET)).isEqualTo(1);
    assertThat(review.count(GoalResult.PARTLY_MET)).isEqualTo(2);
    assertThat(review.getLaterAssessedOn()).isEqualTo(END.plusDays(30));
    assertThat(review.isCoProduced()).isTrue();
  }

  @Test
  void progressIsTheExactFractionRoundedOnce() {
    int[][] cases = { // baseline, target, later, progress x 10^4
        {1, 4, 2, 3333}, {1, 4, 3, 6667}, {1, 4, 4, 10000}, {2, 3, 4, 20000}, {3, 4, 1, -20000},
        {2, 4, 2, 0}, {1, 3, 2, 5000}, {1, 4, 1, 0}, {2, 3, 1, -10000}};
    for (int[] c : cases) {
      Plan plan = challenge().goals(List.of(goal("share-power", c[0], c[1]).build()))
          .checkIns(List.of()).build();
      int[] ratings = new int[10];
      ratings[1] = c[2];
      GoalReview goal = Plans.review(plan, score(END, ratings), ABA).getGoals().get(0);
      assertThat(goal.getProgress()).as("%d -> %d, later %d", c[0], c[1], c[2])
          .contains(BigDecimal.valueOf(c[3], 4));
      GoalResult expected = c[2] >= c[1] ? GoalResult.MET
          : c[2] > c[0] ? GoalResult.PARTLY_MET : GoalResult.NOT_MET;
      assertThat(goal.getResult()).isEqualTo(expected);
    }
  }

  @Test
  void theLastStatusIsTheLatestCheckInOnOrBeforeTheLaterAssessment() {
    Plan plan = challenge().addCheckIns(
        CheckIn.builder().on(START.plusDays(80)).addGoals(GoalCheck.of("grant-giving",
            GoalStatus.OFF_TRACK, "Funding moved")).build(),
        CheckIn.builder().on(START.plusDays(10)).addGoals(GoalCheck.of("grant-giving",
            GoalStatus.ON_TRACK, "Started")).build()).build();
    int[] ratings = {1, 1, 1, 1, 1, 2, 1, 1, 1, 1};
    assertThat(Plans.review(plan, score(START.plusDays(60), ratings), ABA).getGoals())
        .extracting(GoalReview::getAction, GoalReview::getLastStatus).containsExactly(
            tuple("map-community-assets", Optional.empty()),
            tuple("grant-giving", Optional.of(GoalStatus.AT_RISK)));
    assertThat(Plans.review(plan, score(END, ratings), ABA).getGoals().get(1).getLastStatus())
        .contains(GoalStatus.OFF_TRACK);
  }

  @Test
  void judgingAnotherAreaFrameworkOrAnAssessmentNotAfterTheBaselineIsAnError() {
    Plan plan = challenge().build();
    int[] ratings = {2, 1, 1, 1, 1, 3, 1, 1, 1, 1};
    ScoreReport elsewhere = Scorer.standard().score(assessment("E06000001", END, ratings));
    assertThatThrownBy(() -> Plans.review(plan, elsewhere, ABA))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.AREA));
    ScoreReport local = ScoreReport.builder().from(score(END, ratings)).framework("aba-local")
        .build();
    assertThatThrownBy(() -> Plans.review(plan, local, ABA))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.FRAMEWORK));
    for (LocalDate on : List.of(BASELINE, BASELINE.minusDays(1))) {
      assertThatThrownBy(() -> Plans.review(plan, score(on, ratings), ABA))
          .isInstanceOfSatisfying(NotComparableException.class,
              e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.DATES));
    }
    // A reassessment during the plan is allowed.
    assertThat(Plans.review(plan, score(BASELINE.plusDays(1), ratings), ABA).getGoals()).hasSize(2);
  }

  @Test
  void aPlanMatchesTheAssessmentItStartsFrom() {
    Plan plan = challenge().build();
    assertThat(Plans.checkBaseline(plan, score(BASELINE, 1, 3, 3, 3, 3, 2, 3, 3, 3, 3))).isEmpty();
    assertThat(Plans.checkBaseline(plan, score(BASELINE.plusDays(1), 2, 3, 3, 3, 3, 0, 3, 3, 3, 3)))
        .extracting(Issue::getCode, Issue::getPath).containsExactly(
            tuple(IssueCode.BASELINE_MISMATCH, "/baselineAssessedOn"),
            tuple(IssueCode.BASELINE_MISMATCH, "/goals/0/baseline"),
            tuple(IssueCode.BASELINE_MISMATCH, "/goals/1/action"));
    ScoreReport elsewhere = Scorer.standard().score(assessment("E06000001", BASELINE,
        1, 3, 3, 3, 3, 2, 3, 3, 3, 3));
    assertThat(Plans.checkBaseline(plan, elsewhere)).extracting(Issue::getPath)
        .containsExactly("/area/code");
  }

  @Test
  void anInvalidGoalIsRefusedNotDividedByZero() {
    Plan invalid = challenge().goals(List.of(goal("share-power", 3, 3).build()))
        .checkIns(List.of()).build();
    assertThatThrownBy(() -> Plans.review(invalid, score(END, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), ABA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validate the plan");
  }
}
