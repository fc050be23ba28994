package org.assetbasedarea.aba.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Drafting a plan from an assessment, checking a plan against the assessment it starts from, and
 * judging it against a later one (docs/plans.md sections 3 and 4).
 */
public final class Plans {
  /** The most goals {@link #draft} sets: a 100-day challenge works on a few things at once. */
  public static final int MAX_DRAFT_GOALS = 3;
  /** The last date a document can hold: dates are written with four-digit years. */
  public static final String LAST_DAY = "9999-12-31";
  /** Places of {@link GoalReview#getProgress()}. */
  private static final int PROGRESS_SCALE = 4;

  private Plans() {}

  /**
   * Drafts a 100-day challenge from a valid assessment: from {@code startsOn} for 100 days, with
   * the mid-point review on day 50 and the assessment's participants as the team. Its goals are
   * the weakest assessed actions (the lowest effective rating below 4; at most {@value
   * #MAX_DRAFT_GOALS} of them, in framework order), each one level up, owned by the council when
   * it took part (else the first role of the team), with the framework's next steps from that
   * level as steps, due at even intervals through the challenge. A plan drafted from any valid
   * assessment is valid.
   *
   * @param assessment a valid assessment
   * @param scorer the scorer whose registry knows its framework
   * @param startsOn the challenge's first day, on or after the assessment
   * @return the draft, with no check-ins; without goals when every assessed action is at 4 or
   *     none is assessed
   * @throws IllegalArgumentException when {@code startsOn} is before the assessment, the
   *     challenge would end after {@value #LAST_DAY} (the last date a document can hold), or the
   *     assessment cannot be scored
   */
  public static Plan draft(Assessment assessment, Scorer scorer, LocalDate startsOn) {
    Objects.requireNonNull(startsOn, "startsOn");
    if (startsOn.isBefore(assessment.getAssessedOn())) {
      throw new IllegalArgumentException("a plan starts on or after the assessment it starts from ("
          + assessment.getAssessedOn() + "), not on " + startsOn);
    }
    if (startsOn.isAfter(LocalDate.parse(LAST_DAY).minusDays(Plan.HUNDRED_DAYS - 1L))) {
      throw new IllegalArgumentException("a 100-day challenge from " + startsOn
          + " would end after " + LAST_DAY + ", the last date a document can hold");
    }
    ScoreReport score = scorer.score(assessment);
    Framework framework = scorer.getRegistry().find(assessment.getFramework()).orElseThrow();
    LocalDate endsOn = startsOn.plusDays(Plan.HUNDRED_DAYS - 1L);
    Role owner = owner(assessment.getParticipants());
    int weakest = 5;
    for (ActionScore action : score.getActions()) {
      weakest = Math.min(weakest, action.getEffectiveRating());
    }
    Plan.Builder plan = Plan.builder()
        .framework(assessment.getFramework())
        .area(assessment.getArea())
        .kind(PlanKind.HUNDRED_DAY_CHALLENGE)
        .title("100-day challenge from the assessment of " + assessment.getAssessedOn())
        .startsOn(startsOn)
        .endsOn(endsOn)
        .midpointReviewOn(startsOn.plusDays(Plan.HUNDRED_DAYS / 2 - 1L))
        .baselineAssessedOn(assessment.getAssessedOn())
        .addAllTeam(assessment.getParticipants());
    if (weakest < 4) {
      int goals = 0;
      for (ActionScore action : score.getActions()) { // framework order
        if (action.getEffectiveRating() == weakest && goals < MAX_DRAFT_GOALS) {
          goals++;
          Action definition = framework.findAction(action.getAction()).orElseThrow();
          plan.addGoals(draftGoal(definition, weakest, owner, startsOn));
        }
      }
    }
    return plan.build();
  }

  private static Role owner(List<Participant> team) {
    for (Participant member : team) {
      if (member.getRole() == Role.COUNCIL) {
        return Role.COUNCIL;
      }
    }
    return team.isEmpty() ? Role.COUNCIL : team.get(0).getRole();
  }

  private static Goal draftGoal(Action action, int from, Role owner, LocalDate startsOn) {
    List<String> texts = action.nextSteps(from);
    if (texts.isEmpty()) {
      // Not the action's title: a framework's titles have no length limit, a step has.
      texts = List.of("Agree with the team what moving this action from level " + from
          + " to level " + (from + 1) + " takes, and start on it.");
    }
    Goal.Builder goal = Goal.builder()
        .action(action.getId())
        .baseline(from)
        .target(from + 1)
        .owner(owner);
    int m = texts.size();
    for (int k = 1; k <= m; k++) {
      // Due at even intervals through the 100 days: with three steps, days 25, 50 and 75.
      long day = (long) k * (Plan.HUNDRED_DAYS - 1) / (m + 1);
      goal.addSteps(Step.of(texts.get(k - 1), startsOn.plusDays(day)));
    }
    return goal.build();
  }

  /**
   * Checks a plan against the assessment it says it starts from: the same area code and
   * framework, the assessment's date is the plan's {@code baselineAssessedOn}, and every goal's
   * action was assessed there with the goal's baseline as its effective rating. Each mismatch is
   * a {@link IssueCode#BASELINE_MISMATCH} issue at its place in the plan.
   *
   * @param plan a valid plan
   * @param baseline the score report of the assessment it starts from
   * @return every mismatch, in plan order; empty when the plan matches
   */
  public static List<Issue> checkBaseline(Plan plan, ScoreReport baseline) {
    List<Issue> issues = new ArrayList<>();
    if (!plan.getArea().getCode().equals(baseline.getArea().getCode())) {
      issues.add(Issue.of("/area/code", IssueCode.BASELINE_MISMATCH,
          "names another area than the baseline assessment (" + baseline.getArea().getCode()
              + ")"));
    }
    if (!plan.getFramework().equals(baseline.getFramework())) {
      issues.add(Issue.of("/framework", IssueCode.BASELINE_MISMATCH,
          "names another framework than the baseline assessment ('" + baseline.getFramework()
              + "')"));
    }
    if (!plan.getBaselineAssessedOn().equals(baseline.getAssessedOn())) {
      issues.add(Issue.of("/baselineAssessedOn", IssueCode.BASELINE_MISMATCH,
          "does not match the baseline assessment's date (" + baseline.getAssessedOn() + ")"));
    }
    List<Goal> goals = plan.getGoals();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      Optional<ActionScore> action = baseline.findAction(goal.getAction());
      if (action.isEmpty()) {
        issues.add(Issue.of("/goals/" + i + "/action", IssueCode.BASELINE_MISMATCH,
            "was not assessed in the baseline assessment"));
      } else if (action.get().getEffectiveRating() != goal.getBaseline()) {
        issues.add(Issue.of("/goals/" + i + "/baseline", IssueCode.BASELINE_MISMATCH,
            "must be the action's effective rating in the baseline assessment ("
                + action.get().getEffectiveRating() + ")"));
      }
    }
    return List.copyOf(issues);
  }

  /**
   * Judges a plan against a later assessment of its area: per goal, met when the later effective
   * rating reaches the target, partly met when it is above the baseline, not met otherwise, not
   * assessed when the later assessment did not rate the action; and the progress {@code (later -
   * baseline) / (target - baseline)}. The result does not depend on the order of the plan's goals
   * or check-ins.
   *
   * @param plan a valid plan
   * @param later the score report of an assessment of the same area and framework, made after the
   *     plan's baseline assessment
   * @param framework the framework both name, for the order of goals
   * @return the review, goals in framework order
   * @throws NotComparableException when the area codes or frameworks differ, or the assessment is
   *     not after the plan's baseline assessment
   * @throws IllegalArgumentException when {@code framework} is not the one the report names, or a
   *     goal names an action it does not have or a target not above its baseline (an invalid
   *     plan: validate it first)
   */
  public static PlanReview review(Plan plan, ScoreReport later, Framework framework) {
    if (!plan.getArea().getCode().equals(later.getArea().getCode())) {
      throw new NotComparableException(NotComparableException.Reason.AREA,
          "cannot judge a plan of " + plan.getArea().getCode() + " by an assessment of "
              + later.getArea().getCode());
    }
    if (!plan.getFramework().equals(later.getFramework())) {
      throw new NotComparableException(NotComparableException.Reason.FRAMEWORK,
          "cannot judge a plan made against framework '" + plan.getFramework()
              + "' by an assessment made against '" + later.getFramework() + "'");
    }
    if (!later.getAssessedOn().isAfter(plan.getBaselineAssessedOn())) {
      throw new NotComparableException(NotComparableException.Reason.DATES,
          "cannot judge a plan by an assessment dated " + later.getAssessedOn()
              + ": it must be made after the plan's baseline assessment ("
              + plan.getBaselineAssessedOn() + ")");
    }
    if (!framework.getId().equals(later.getFramework())) {
      throw new IllegalArgumentException("cannot judge: the assessment names framework '"
          + later.getFramework() + "', not '" + framework.getId() + "'");
    }
    List<GoalReview> goals = new ArrayList<>();
    for (Goal goal : plan.getGoals()) {
      if (framework.findAction(goal.getAction()).isEmpty()) {
        throw new IllegalArgumentException("cannot judge: action '" + goal.getAction()
            + "' is not in framework '" + framework.getId() + "'");
      }
      if (goal.getTarget() <= goal.getBaseline()) {
        throw new IllegalArgumentException("cannot judge: the goal for '" + goal.getAction()
            + "' has a target not above its baseline; validate the plan first");
      }
      goals.add(review(plan, goal, later));
    }
    goals.sort(Comparator.comparingInt(g -> framework.indexOfAction(g.getAction())));
    return PlanReview.builder()
        .area(plan.getArea())
        .framework(plan.getFramework())
        .title(plan.getTitle())
        .kind(plan.getKind())
        .baselineAssessedOn(plan.getBaselineAssessedOn())
        .laterAssessedOn(later.getAssessedOn())
        .coProduced(plan.isCoProduced())
        .goals(goals)
        .build();
  }

  private static GoalReview review(Plan plan, Goal goal, ScoreReport later) {
    Optional<Integer> rating =
        later.findAction(goal.getAction()).map(ActionScore::getEffectiveRating);
    int needed = goal.getTarget() - goal.getBaseline();
    GoalReview.Builder review = GoalReview.builder()
        .action(goal.getAction())
        .baseline(goal.getBaseline())
        .target(goal.getTarget())
        .later(rating)
        .needed(needed)
        .lastStatus(plan.latestCheck(goal.getAction(), later.getAssessedOn())
            .map(GoalCheck::getStatus));
    if (rating.isEmpty()) {
      return review.result(GoalResult.NOT_ASSESSED).build();
    }
    int gained = rating.get() - goal.getBaseline();
    GoalResult result = rating.get() >= goal.getTarget() ? GoalResult.MET
        : gained > 0 ? GoalResult.PARTLY_MET : GoalResult.NOT_MET;
    return review
        .gained(gained)
        .progress(BigDecimal.valueOf(gained)
            .divide(BigDecimal.valueOf(needed), PROGRESS_SCALE, RoundingMode.HALF_EVEN))
        .result(result)
        .build();
  }
}
