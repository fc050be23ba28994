package org.assetbasedarea.aba.plan;

import java.time.LocalDate;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;

/** A small, valid 100-day challenge to break one rule at a time. */
final class PlanFixtures {
  static final LocalDate BASELINE = LocalDate.of(2025, 3, 31);
  static final LocalDate START = LocalDate.of(2025, 5, 1);
  static final LocalDate END = START.plusDays(99); // day 100: 2025-08-08

  private PlanFixtures() {}

  static Plan.Builder challenge() {
    return Plan.builder()
        .framework("aba-2020")
        .area(Area.of("E06000099", "Northmoor (fictional)"))
        .kind(PlanKind.HUNDRED_DAY_CHALLENGE)
        .title("Northmoor 100-day challenge")
        .startsOn(START)
        .endsOn(END)
        .midpointReviewOn(START.plusDays(49))
        .baselineAssessedOn(BASELINE)
        .addTeam(Participant.of(Role.LIVED_EXPERIENCE, 4), Participant.of(Role.COUNCIL, 2))
        .addGoals(
            goal("map-community-assets", 1, 2).addSteps(Step.of("Walk two wards", START.plusDays(20)))
                .outcomeTarget(OutcomeTarget.of("ascof-1i1", 0.5)).build(),
            goal("grant-giving", 2, 4).build())
        .addCheckIns(CheckIn.builder().on(START.plusDays(49))
            .addGoals(GoalCheck.of("grant-giving", GoalStatus.AT_RISK, "Panel not yet formed"))
            .build());
  }

  static Goal.Builder goal(String action, int baseline, int target) {
    return Goal.builder().action(action).baseline(baseline).target(target).owner(Role.COUNCIL);
  }
}
