package org.assetbasedarea.aba.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assetbasedarea.aba.plan.PlanFixtures.END;
import static org.assetbasedarea.aba.plan.PlanFixtures.START;
import static org.assetbasedarea.aba.plan.PlanFixtures.challenge;
import static org.assetbasedarea.aba.plan.PlanFixtures.goal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.PlanGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of a plan (docs/plans.md section 2), through AbaValidator and a plain Jakarta Validator. */
class PlanRulesTest {
  private static ValidatorFactory factory;
  private static Validator plain;

  @BeforeAll
  static void buildDefaultValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    plain = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  private static List<Issue> issues(Plan plan) {
    List<Issue> issues = AbaValidator.shared().validate(plan);
    // A plain Jakarta Validator finds the same places, so a case system's own @Valid misses none.
    TreeSet<String> plainPointers = plain.validate(plan).stream()
        .map(PlanRulesTest::pointer).collect(Collectors.toCollection(TreeSet::new));
    assertThat(plainPointers).as("plain Jakarta Validator")
        .isEqualTo(issues.stream().map(Issue::getPath).collect(Collectors.toCollection(TreeSet::new)));
    return issues;
  }

  private static String pointer(ConstraintViolation<?> violation) {
    StringBuilder pointer = new StringBuilder();
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.toString();
  }

  private static void assertOnly(Plan plan, IssueCode code, String path) {
    assertThat(issues(plan)).extracting(Issue::getCode, Issue::getPath)
        .containsExactly(tuple(code, path));
  }

  @Test
  void theFixtureAndGeneratedPlansAreValid() {
    assertThat(issues(challenge().build())).isEmpty();
    for (long seed = 0; seed < 300; seed++) {
      Plan plan = PlanGenerator.validPlan(new Random(AssessmentGenerator.BASE_SEED + seed));
      assertThat(issues(plan)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void theFrameworkIsKnown() {
    Plan plan = challenge().framework("aba-1999").build();
    assertThat(issues(plan)).extracting(Issue::getCode, Issue::getPath)
        .containsExactly(tuple(IssueCode.UNKNOWN_FRAMEWORK, "/framework"));
  }

  @Test
  void aPlanDoesNotEndBeforeItStarts() {
    Plan plan = challenge().endsOn(START.minusDays(1)).midpointReviewOn(START)
        .checkIns(List.of()).goals(List.of()).build();
    assertOnly(plan, IssueCode.INVALID_PERIOD, "/endsOn");
    // One day is a valid length.
    assertThat(issues(challenge().endsOn(START).midpointReviewOn(START).checkIns(List.of())
        .goals(List.of()).build())).isEmpty();
  }

  @Test
  void aHundredDayChallengeLastsAtMostOneHundredDays() {
    assertThat(issues(challenge().endsOn(START.plusDays(99)).build())).isEmpty();
    Plan plan = challenge().endsOn(START.plusDays(100)).build();
    assertOnly(plan, IssueCode.INVALID_PERIOD, "/endsOn");
    assertThat(issues(plan).get(0).getMessage()).contains("101 days");
    // An improvement plan may last longer.
    assertThat(issues(challenge().kind(PlanKind.IMPROVEMENT_PLAN).endsOn(START.plusDays(400))
        .build())).isEmpty();
  }

  @Test
  void aHundredDayChallengeHasAMidpointReview() {
    Plan plan = challenge().midpointReviewOn(Optional.empty()).build();
    assertOnly(plan, IssueCode.MISSING_REVIEW, "/midpointReviewOn");
    assertThat(issues(challenge().kind(PlanKind.IMPROVEMENT_PLAN)
        .midpointReviewOn(Optional.empty()).build())).isEmpty();
  }

  @Test
  void everyDateLiesInsideThePlan() {
    assertOnly(challenge().midpointReviewOn(END.plusDays(1)).build(),
        IssueCode.DATE_OUTSIDE_PLAN, "/midpointReviewOn");
    assertOnly(challenge().baselineAssessedOn(START.plusDays(1)).build(),
        IssueCode.DATE_OUTSIDE_PLAN, "/baselineAssessedOn");
    assertThat(issues(challenge().baselineAssessedOn(START).build())).isEmpty();
    Plan step = challenge().goals(List.of(
        goal("map-community-assets", 1, 2).addSteps(Step.of("Early", START.minusDays(1))).build(),
        goal("grant-giving", 2, 4).addSteps(Step.of("On time", END), Step.of("Late", END.plusDays(1)))
            .build())).build();
    assertThat(issues(step)).extracting(Issue::getCode, Issue::getPath).containsExactly(
        tuple(IssueCode.DATE_OUTSIDE_PLAN, "/goals/0/steps/0/dueOn"),
        tuple(IssueCode.DATE_OUTSIDE_PLAN, "/goals/1/steps/1/dueOn"));
    assertOnly(challenge().addCheckIns(CheckIn.builder().on(END.plusDays(3))
            .addGoals(GoalCheck.builder().action("grant-giving").status(GoalStatus.DONE).build())
            .build()).build(),
        IssueCode.DATE_OUTSIDE_PLAN, "/checkIns/1/on");
  }

  @Test
  void aRoleIsOnTheTeamOnce() {
    assertOnly(challenge().addTeam(Participant.of(Role.COUNCIL, 1)).build(),
        IssueCode.DUPLICATE_ROLE, "/team/2/role");
  }

  @Test
  void goalsNameActionsOfTheFrameworkOncePerAction() {
    assertOnly(challenge().addGoals(goal("fly-to-the-moon", 1, 2).build()).build(),
        IssueCode.UNKNOWN_ACTION, "/goals/2/action");
    assertOnly(challenge().addGoals(goal("grant-giving", 1, 2).build()).build(),
        IssueCode.DUPLICATE_ACTION, "/goals/2/action");
  }

  @Test
  void aTargetLiesAboveTheBaselineAndAtMostAtFour() {
    assertOnly(challenge().addGoals(goal("share-power", 3, 3).build()).build(),
        IssueCode.TARGET_NOT_ABOVE_BASELINE, "/goals/2/target");
    assertOnly(challenge().addGoals(goal("share-power", 4, 2).build()).build(),
        IssueCode.TARGET_NOT_ABOVE_BASELINE, "/goals/2/target");
    assertOnly(challenge().addGoals(goal("share-power", 3, 5).build()).build(),
        IssueCode.RATING_OUT_OF_RANGE, "/goals/2/target");
    assertOnly(challenge().addGoals(goal("share-power", 0, 2).build()).build(),
        IssueCode.RATING_OUT_OF_RANGE, "/goals/2/baseline");
  }

  @Test
  void anOutcomeTargetNamesAnIndicatorOfTheFrameworkWithinItsRange() {
    assertOnly(challenge().addGoals(goal("share-power", 1, 2)
            .outcomeTarget(OutcomeTarget.of("happiness-index", 3)).build()).build(),
        IssueCode.UNKNOWN_INDICATOR, "/goals/2/outcomeTarget/indicator");
    Plan outOfRange = challenge().addGoals(goal("share-power", 1, 2)
        .outcomeTarget(OutcomeTarget.of("ascof-1a", 25)).build()).build();
    assertOnly(outOfRange, IssueCode.VALUE_OUT_OF_RANGE, "/goals/2/outcomeTarget/value");
    assertThat(issues(outOfRange).get(0).getMessage()).contains("0-24");
    assertOnly(challenge().addGoals(goal("share-power", 1, 2)
            .outcomeTarget(OutcomeTarget.of("ascof-1b", 1.5)).build()).build(),
        IssueCode.VALUE_OUT_OF_RANGE, "/goals/2/outcomeTarget/value");
  }

  @Test
  void checkInsCheckThePlansGoalsOnceEachOncePerDay() {
    CheckIn unknown = CheckIn.builder().on(START.plusDays(60))
        .addGoals(GoalCheck.builder().action("grant-giving").status(GoalStatus.ON_TRACK).build(),
            GoalCheck.builder().action("share-power").status(GoalStatus.ON_TRACK).build(),
            GoalCheck.builder().action("grant-giving").status(GoalStatus.DONE).build())
        .build();
    assertThat(issues(challenge().addCheckIns(unknown).build()))
        .extracting(Issue::getCode, Issue::getPath).containsExactly(
            tuple(IssueCode.UNKNOWN_GOAL, "/checkIns/1/goals/1/action"),
            tuple(IssueCode.DUPLICATE_ACTION, "/checkIns/1/goals/2/action"));
    CheckIn sameDay = CheckIn.builder().on(START.plusDays(49))
        .addGoals(GoalCheck.builder().action("map-community-assets").status(GoalStatus.DONE).build())
        .build();
    assertOnly(challenge().addCheckIns(sameDay).build(), IssueCode.DUPLICATE_DATE, "/checkIns/1/on");
    assertOnly(challenge().addCheckIns(CheckIn.builder().on(START).build()).build(),
        IssueCode.VALUE_OUT_OF_RANGE, "/checkIns/1/goals");
  }

  @Test
  void textsAreCheckedAsEverywhereElse() {
    Plan plan = challenge().title(" ").goals(List.of(goal("share-power", 1, 2)
            .addSteps(Step.of("x".repeat(1001), START)).build()))
        .checkIns(List.of(CheckIn.builder().on(START).addGoals(
            GoalCheck.of("share-power", GoalStatus.ON_TRACK, "bell\u0007")).build()))
        .build();
    assertThat(issues(plan)).extracting(Issue::getCode, Issue::getPath).containsExactlyInAnyOrder(
        tuple(IssueCode.DISALLOWED_CHARACTER, "/checkIns/0/goals/0/note"),
        tuple(IssueCode.TEXT_TOO_LONG, "/goals/0/steps/0/description"),
        tuple(IssueCode.BLANK_TEXT, "/title"));
  }

  @Test
  void aTeamWithoutLivedExperienceCarersOrCommunityIsFlaggedNotRefused() {
    Plan council = challenge().team(List.of(Participant.of(Role.COUNCIL, 3),
        Participant.of(Role.NHS, 1))).build();
    assertThat(issues(council)).isEmpty();
    assertThat(council.isCoProduced()).isFalse();
    assertThat(challenge().build().isCoProduced()).isTrue();
    for (Role role : List.of(Role.LIVED_EXPERIENCE, Role.CARER, Role.COMMUNITY)) {
      assertThat(challenge().team(List.of(Participant.of(role, 1))).build().isCoProduced()).isTrue();
    }
  }

  @Test
  void aRegistryWithoutTheFrameworkReportsItUnknownAndNothingElse() {
    AbaValidator none = AbaValidator.create(FrameworkRegistry.of());
    assertThat(none.validate(challenge().build())).extracting(Issue::getCode)
        .containsExactly(IssueCode.UNKNOWN_FRAMEWORK);
  }

  @Test
  void daysLeftCountTodayAndTheLastDay() {
    Plan plan = challenge().build();
    assertThat(plan.lengthInDays()).isEqualTo(100);
    assertThat(plan.daysLeft(START.minusDays(5))).isEqualTo(100);
    assertThat(plan.daysLeft(START)).isEqualTo(100);
    assertThat(plan.daysLeft(END)).isEqualTo(1);
    assertThat(plan.daysLeft(END.plusDays(1))).isZero();
  }
}
