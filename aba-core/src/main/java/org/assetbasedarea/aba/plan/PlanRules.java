package org.assetbasedarea.aba.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.RuleSink;
import org.jspecify.annotations.Nullable;

/** One run of the rules of {@link ConsistentPlan} over one plan. */
final class PlanRules {
  private final Plan plan;
  private final RuleSink sink;
  private final LocalDate start;
  private final LocalDate end;
  boolean valid = true;

  PlanRules(Plan plan, RuleSink sink) {
    this.plan = plan;
    this.sink = sink;
    this.start = plan.getStartsOn();
    this.end = plan.getEndsOn();
  }

  void broken(IssueCode code, String message, String property, int index,
      @Nullable String leaf) {
    valid = false;
    sink.report(code, message, property, index, leaf);
  }

  /** Whether a day lies inside the plan; any day does when the plan ends before it starts (one issue says so). */
  private boolean inside(LocalDate day) {
    return end.isBefore(start) || (!day.isBefore(start) && !day.isAfter(end));
  }

  private String outside(String what) {
    return what + " must fall inside the plan, from " + start + " to " + end;
  }

  void dates() {
    boolean ordered = !end.isBefore(start);
    if (!ordered) {
      broken(IssueCode.INVALID_PERIOD, "must not be before the plan's first day (" + start + ")",
          "endsOn", -1, null);
    }
    boolean challenge = plan.getKind() == PlanKind.HUNDRED_DAY_CHALLENGE;
    if (challenge && ordered && plan.lengthInDays() > Plan.HUNDRED_DAYS) {
      broken(IssueCode.INVALID_PERIOD, "makes the 100-day challenge last "
          + plan.lengthInDays() + " days, counting the first and last; it may last at most "
          + Plan.HUNDRED_DAYS, "endsOn", -1, null);
    }
    Optional<LocalDate> review = plan.getMidpointReviewOn();
    if (challenge && review.isEmpty()) {
      broken(IssueCode.MISSING_REVIEW,
          "is required: a 100-day challenge has a mid-point review (about day 50)",
          "midpointReviewOn", -1, null);
    }
    if (review.isPresent() && !inside(review.get())) {
      broken(IssueCode.DATE_OUTSIDE_PLAN, outside("the mid-point review"), "midpointReviewOn",
          -1, null);
    }
    if (plan.getBaselineAssessedOn().isAfter(start)) {
      broken(IssueCode.DATE_OUTSIDE_PLAN, "must be on or before the plan's first day ("
          + start + "): a plan starts from an assessment already made", "baselineAssessedOn",
          -1, null);
    }
  }

  void team() {
    List<Participant> team = plan.getTeam();
    Set<Role> seen = EnumSet.noneOf(Role.class);
    for (int i = 0; i < team.size(); i++) {
      if (!seen.add(team.get(i).getRole())) {
        broken(IssueCode.DUPLICATE_ROLE,
            "appears more than once; list each role once with its count", "team", i, "role");
      }
    }
  }

  void goals(@Nullable Framework framework) {
    List<Goal> goals = plan.getGoals();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      String action = goal.getAction();
      if (framework != null && framework.findAction(action).isEmpty()) {
        broken(IssueCode.UNKNOWN_ACTION,
            "is not an action of framework '" + framework.getId() + "'", "goals", i, "action");
      } else if (!seen.add(action)) {
        broken(IssueCode.DUPLICATE_ACTION,
            "has a goal already; a plan has at most one goal per action", "goals", i, "action");
      }
      if (goal.getTarget() <= goal.getBaseline() && inRating(goal.getTarget())
          && inRating(goal.getBaseline())) {
        broken(IssueCode.TARGET_NOT_ABOVE_BASELINE, "must be above the baseline rating ("
            + goal.getBaseline() + ") and at most 4", "goals", i, "target");
      }
      List<Step> steps = goal.getSteps();
      for (int j = 0; j < steps.size(); j++) {
        if (!inside(steps.get(j).getDueOn())) {
          broken(IssueCode.DATE_OUTSIDE_PLAN, outside("a step's due date"), "goals", i,
              "steps/" + j + "/dueOn");
        }
      }
      if (goal.getOutcomeTarget().isPresent()) {
        outcomeTarget(framework, goal.getOutcomeTarget().get(), i);
      }
    }
  }

  private static boolean inRating(int rating) {
    return rating >= 1 && rating <= 4;
  }

  private void outcomeTarget(@Nullable Framework framework, OutcomeTarget target, int goal) {
    if (framework == null) {
      return;
    }
    Optional<IndicatorDefinition> indicator = framework.findIndicator(target.getIndicator());
    if (indicator.isEmpty()) {
      broken(IssueCode.UNKNOWN_INDICATOR,
          "is not an indicator of framework '" + framework.getId() + "'", "goals", goal,
          "outcomeTarget/indicator");
      return;
    }
    Range range = indicator.get().valueRange();
    if (!range.contains(target.getValue())) {
      broken(IssueCode.VALUE_OUT_OF_RANGE,
          "must lie within the indicator's range " + range.describe(), "goals", goal,
          "outcomeTarget/value");
    }
  }

  void checkIns() {
    List<CheckIn> checkIns = plan.getCheckIns();
    Set<LocalDate> days = new HashSet<>();
    Set<String> goalActions = new HashSet<>();
    for (Goal goal : plan.getGoals()) {
      goalActions.add(goal.getAction());
    }
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      if (!inside(checkIn.getOn())) {
        broken(IssueCode.DATE_OUTSIDE_PLAN, outside("a check-in"), "checkIns", i, "on");
      } else if (!days.add(checkIn.getOn())) {
        broken(IssueCode.DUPLICATE_DATE,
            "has a check-in already; record one check-in per day", "checkIns", i, "on");
      }
      Set<String> checked = new HashSet<>();
      List<GoalCheck> goals = checkIn.getGoals();
      for (int j = 0; j < goals.size(); j++) {
        String action = goals.get(j).getAction();
        if (!goalActions.contains(action)) {
          broken(IssueCode.UNKNOWN_GOAL, "names an action the plan has no goal for",
              "checkIns", i, "goals/" + j + "/action");
        } else if (!checked.add(action)) {
          broken(IssueCode.DUPLICATE_ACTION, "is checked more than once in this check-in",
              "checkIns", i, "goals/" + j + "/action");
        }
      }
    }
  }
}
