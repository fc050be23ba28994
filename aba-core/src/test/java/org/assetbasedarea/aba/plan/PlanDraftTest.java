package org.assetbasedarea.aba.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.scoring.ScoringRules;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;

/** Drafting a 100-day challenge from an assessment (docs/plans.md section 3). */
class PlanDraftTest {
  private static final LocalDate ASSESSED = LocalDate.of(2025, 3, 31);

  @Test
  void theWeakestActionsOneLevelUpAtMostThreeInFrameworkOrder() {
    //                                                           map sp ti ss ab gg pm vs vl mc
    Assessment assessment = PlanReviewTest.assessment("E06000099", ASSESSED, 3, 2, 3, 2, 4, 0, 2, 2, 3, 4);
    LocalDate start = LocalDate.of(2025, 4, 7);
    Plan plan = Plans.draft(assessment, Scorer.standard(), start);
    assertThat(plan.getKind()).isEqualTo(PlanKind.HUNDRED_DAY_CHALLENGE);
    assertThat(plan.getStartsOn()).isEqualTo(start);
    assertThat(plan.getEndsOn()).isEqualTo(start.plusDays(99));
    assertThat(plan.lengthInDays()).isEqualTo(100);
    assertThat(plan.getMidpointReviewOn()).contains(start.plusDays(49));
    assertThat(plan.getBaselineAssessedOn()).isEqualTo(ASSESSED);
    assertThat(plan.getTeam()).isEqualTo(assessment.getParticipants());
    assertThat(plan.getCheckIns()).isEmpty();
    assertThat(plan.getGoals()).extracting(Goal::getAction, Goal::getBaseline, Goal::getTarget,
        Goal::getOwner).containsExactly(
        tuple("share-power", 2, 3, Role.COUNCIL),
        tuple("shared-story-and-outcomes", 2, 3, Role.COUNCIL),
        tuple("provider-market-development", 2, 3, Role.COUNCIL));
    assertThat(AbaValidator.shared().validate(plan)).isEmpty();
  }

  @Test
  void stepsAreTheFrameworksNextStepsDueEvenlyThroughTheHundredDays() {
    Framework base = Frameworks.aba2020();
    List<Action> actions = new ArrayList<>();
    for (Action action : base.getActions()) {
      actions.add(Action.builder().from(action).levels(List.of(
          Level.of(1, "Nothing yet.", "First step.", "Second step.", "Third step."),
          Level.of(2, "Something.", "Only step."),
          Level.of(3, "Much.", "Keep going."),
          Level.of(4, "All."))).build());
    }
    Framework local = Framework.builder().from(base).id("aba-2020-local").actions(actions).build();
    Scorer scorer = Scorer.create(FrameworkRegistry.of(local), ScoringRules.abaScore1());
    Assessment assessment = Assessment.builder()
        .from(PlanReviewTest.assessment("E06000099", ASSESSED, 1, 3, 3, 3, 3, 3, 3, 3, 2, 3))
        .framework("aba-2020-local").participants(List.of(Participant.of(Role.CARER, 2)))
        .build();
    LocalDate start = ASSESSED;
    Plan plan = Plans.draft(assessment, scorer, start);
    assertThat(plan.getGoals()).hasSize(1);
    Goal goal = plan.getGoals().get(0);
    assertThat(goal.getOwner()).isEqualTo(Role.CARER);
    assertThat(goal.getSteps()).extracting(Step::getDescription, Step::getDueOn).containsExactly(
        tuple("First step.", start.plusDays(24)),
        tuple("Second step.", start.plusDays(49)),
        tuple("Third step.", start.plusDays(74)));
    assertThat(AbaValidator.create(FrameworkRegistry.of(local)).validate(plan)).isEmpty();
  }

  @Test
  void anAreaWithEveryActionEmbeddedGetsNoGoalsAndAStartBeforeTheAssessmentIsRefused() {
    Assessment embedded = PlanReviewTest.assessment("E06000099", ASSESSED, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    assertThat(Plans.draft(embedded, Scorer.standard(), ASSESSED).getGoals()).isEmpty();
    Assessment none = PlanReviewTest.assessment("E06000099", ASSESSED, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThat(Plans.draft(none, Scorer.standard(), ASSESSED).getGoals()).isEmpty();
    assertThatThrownBy(() -> Plans.draft(embedded, Scorer.standard(), ASSESSED.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03-31");
  }

  @Test
  void aChallengeThatWouldEndAfterTheLastDateADocumentHoldsIsRefused() {
    LocalDate last = LocalDate.parse(Plans.LAST_DAY);
    Assessment late = Assessment.builder()
        .from(PlanReviewTest.assessment("E06000099", ASSESSED, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0))
        .assessedOn(last.minusDays(120)).build();
    Plan latest = Plans.draft(late, Scorer.standard(), last.minusDays(99));
    assertThat(latest.getEndsOn()).isEqualTo(last);
    assertThat(AbaValidator.shared().validate(latest)).isEmpty();
    assertThatThrownBy(() -> Plans.draft(late, Scorer.standard(), last.minusDays(98)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999-12-31");
    Assessment max = Assessment.builder().from(late).assessedOn(LocalDate.MAX).build();
    assertThatThrownBy(() -> Plans.draft(max, Scorer.standard(), LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFrameworkWithoutLevelsAndAVeryLongTitleStillDraftsAValidPlan() {
    Framework base = Frameworks.aba2020();
    List<Action> actions = new ArrayList<>();
    for (Action action : base.getActions()) {
      actions.add(Action.builder().from(action).title("T".repeat(5000)).levels(List.of()).build());
    }
    Framework local = Framework.builder().from(base).id("aba-2020-long").actions(actions).build();
    FrameworkRegistry registry = FrameworkRegistry.of(local);
    Assessment assessment = Assessment.builder()
        .from(PlanReviewTest.assessment("E06000099", ASSESSED, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3))
        .framework(local.getId()).build();
    Plan plan = Plans.draft(assessment, Scorer.create(registry, ScoringRules.abaScore1()), ASSESSED);
    assertThat(plan.getGoals().get(0).getSteps()).singleElement()
        .satisfies(step -> assertThat(step.getDescription()).contains("from level 1 to level 2"));
    assertThat(AbaValidator.create(registry).validate(plan)).isEmpty();
  }
}
