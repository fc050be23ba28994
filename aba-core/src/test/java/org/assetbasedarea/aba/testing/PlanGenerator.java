package org.assetbasedarea.aba.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.Step;

/**
 * Seeded generators of valid plans against {@code aba-2020}, a pure function of the {@link Random}
 * they are given (see {@link AssessmentGenerator}).
 */
public final class PlanGenerator {
  private PlanGenerator() {}

  /**
   * A valid plan: either kind, random dates, team, goals (some with outcome targets), steps and
   * check-ins in random order.
   *
   * @param random the source of randomness
   * @return a valid plan
   */
  public static Plan validPlan(Random random) {
    Framework framework = Frameworks.aba2020();
    boolean challenge = random.nextBoolean();
    LocalDate baseline = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    LocalDate start = baseline.plusDays(random.nextInt(60));
    int length = challenge ? 1 + random.nextInt(Plan.HUNDRED_DAYS) : 1 + random.nextInt(800);
    LocalDate end = start.plusDays(length - 1L);
    Plan.Builder plan = Plan.builder()
        .framework(framework.getId())
        .area(AssessmentGenerator.area(random))
        .kind(challenge ? PlanKind.HUNDRED_DAY_CHALLENGE : PlanKind.IMPROVEMENT_PLAN)
        .title(AssessmentGenerator.text(random, 200))
        .startsOn(start)
        .endsOn(end)
        .baselineAssessedOn(baseline);
    if (challenge || random.nextBoolean()) {
      plan.midpointReviewOn(day(random, start, length));
    }
    List<Role> roles = new ArrayList<>(List.of(Role.values()));
    Collections.shuffle(roles, random);
    for (Role role : roles.subList(0, random.nextInt(roles.size() + 1))) {
      plan.addTeam(Participant.of(role, 1 + random.nextInt(30)));
    }
    List<Action> actions = new ArrayList<>(framework.getActions());
    Collections.shuffle(actions, random);
    List<Goal> goals = new ArrayList<>();
    for (Action action : actions.subList(0, random.nextInt(actions.size() + 1))) {
      int baselineRating = 1 + random.nextInt(3);
      Goal.Builder goal = Goal.builder()
          .action(action.getId())
          .baseline(baselineRating)
          .target(baselineRating + 1 + random.nextInt(4 - baselineRating))
          .owner(Role.values()[random.nextInt(Role.values().length)]);
      for (int s = random.nextInt(4); s > 0; s--) {
        goal.addSteps(Step.of(AssessmentGenerator.text(random, 1000), day(random, start, length)));
      }
      if (random.nextInt(3) == 0) {
        List<IndicatorDefinition> indicators = framework.getIndicators();
        IndicatorDefinition indicator = indicators.get(random.nextInt(indicators.size()));
        Range range = indicator.valueRange();
        goal.outcomeTarget(OutcomeTarget.of(indicator.getId(),
            range.getMin() + random.nextDouble() * (range.getMax() - range.getMin())));
      }
      goals.add(goal.build());
    }
    plan.addAllGoals(goals);
    List<LocalDate> days = new ArrayList<>();
    for (int d = 0; d < length; d++) {
      days.add(start.plusDays(d));
    }
    Collections.shuffle(days, random);
    int checkIns = goals.isEmpty() ? 0 : random.nextInt(Math.min(6, length) + 1);
    for (LocalDate on : days.subList(0, checkIns)) {
      List<Goal> checked = new ArrayList<>(goals);
      Collections.shuffle(checked, random);
      CheckIn.Builder checkIn = CheckIn.builder().on(on);
      for (Goal goal : checked.subList(0, 1 + random.nextInt(checked.size()))) {
        GoalStatus status = GoalStatus.values()[random.nextInt(GoalStatus.values().length)];
        checkIn.addGoals(random.nextBoolean()
            ? GoalCheck.of(goal.getAction(), status, AssessmentGenerator.text(random, 2000))
            : GoalCheck.builder().action(goal.getAction()).status(status).build());
      }
      plan.addCheckIns(checkIn.build());
    }
    return plan.build();
  }

  /**
   * A valid plan that has every optional part: a mid-point review, a goal with steps and an
   * outcome target, and a check-in with a note.
   *
   * @param random the source of randomness
   * @return the plan
   */
  public static Plan richPlan(Random random) {
    while (true) {
      Plan plan = validPlan(random);
      boolean rich = plan.getMidpointReviewOn().isPresent()
          && plan.getGoals().stream().anyMatch(g -> g.getOutcomeTarget().isPresent())
          && plan.getGoals().stream().anyMatch(g -> !g.getSteps().isEmpty())
          && plan.getCheckIns().stream().flatMap(c -> c.getGoals().stream())
              .anyMatch(c -> c.getNote().isPresent());
      if (rich) {
        return plan;
      }
    }
  }

  private static LocalDate day(Random random, LocalDate start, int length) {
    return start.plusDays(random.nextInt(length));
  }
}
