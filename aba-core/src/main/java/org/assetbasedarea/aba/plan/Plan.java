package org.assetbasedarea.aba.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/**
 * An area's improvement plan or 100-day challenge against one framework: its team, the
 * assessment it starts from, its goals (an action each, with a target rating, an owner and dated
 * steps) and dated check-ins.
 *
 * <p>Field constraints are Jakarta annotations; the cross-field rules of {@link ConsistentPlan}
 * (dates inside the plan, targets above baselines, known actions and indicators, one goal per
 * action, a 100-day challenge at most 100 days long with a mid-point review) are a Jakarta
 * constraint too, so any Jakarta Validator enforces them; {@link
 * org.assetbasedarea.aba.validation.AbaValidator} returns them as issues with JSON Pointers and
 * stable codes. A team without a lived-experience, carer or community role is allowed, and
 * flagged: {@link #isCoProduced()} is false.
 */
@Value.Immutable
@ConsistentPlan
public abstract class Plan {
  /** The most a 100-day challenge may last, counting its first and last day. */
  public static final int HUNDRED_DAYS = 100;
  /** The most goals a plan may carry. */
  public static final int MAX_GOALS = 100;
  /** The most check-ins a plan may carry. */
  public static final int MAX_CHECK_INS = 400;

  Plan() {}

  /** @return the id of the framework the plan is made against, such as {@code aba-2020} */
  public abstract String getFramework();

  /** @return the area */
  public abstract @Valid Area getArea();

  /** @return an improvement plan or a 100-day challenge */
  public abstract PlanKind getKind();

  /** @return the plan's name, 1-200 characters, with a visible character and no disallowed one */
  @VisibleText
  @PlainText
  @MaxChars(value = 200, message = "must be at most 200 characters")
  public abstract String getTitle();

  /** @return the first day of the plan */
  public abstract LocalDate getStartsOn();

  /** @return the last day of the plan, not before the first */
  public abstract LocalDate getEndsOn();

  /** @return the day of the mid-point review, inside the plan; required for a 100-day challenge */
  public abstract Optional<LocalDate> getMidpointReviewOn();

  /** @return the date of the assessment the plan starts from, on or before its first day */
  public abstract LocalDate getBaselineAssessedOn();

  /** @return who is on the team, a role at most once, as for assessments */
  public abstract List<@Valid Participant> getTeam();

  /** @return the goals, at most one per action */
  @Size(max = MAX_GOALS, message = "must have at most 100 goals")
  public abstract List<@Valid Goal> getGoals();

  /** @return the check-ins, in any order, at most one per day */
  @Size(max = MAX_CHECK_INS, message = "must have at most 400 check-ins")
  public abstract List<@Valid CheckIn> getCheckIns();

  /**
   * Whether the team includes people who draw on care and support, carers or the community, as
   * an asset-based plan should.
   *
   * @return true when a team role is a co-production role
   */
  public boolean isCoProduced() {
    for (Participant member : getTeam()) {
      if (member.getRole().isCoProduction()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The goal for one action.
   *
   * @param action an action id
   * @return its goal, or empty when the plan has none for it
   */
  public Optional<Goal> findGoal(String action) {
    for (Goal goal : getGoals()) {
      if (goal.getAction().equals(action)) {
        return Optional.of(goal);
      }
    }
    return Optional.empty();
  }

  /** @return the check-ins from the earliest to the latest, whatever their order in the plan */
  public List<CheckIn> checkInsByDate() {
    List<CheckIn> sorted = new ArrayList<>(getCheckIns());
    sorted.sort(Comparator.comparing(CheckIn::getOn));
    return List.copyOf(sorted);
  }

  /**
   * The latest check of a goal on or before a day.
   *
   * @param action the goal's action
   * @param onOrBefore the day
   * @return the latest check, or empty when no check-in by then checked the goal
   */
  public Optional<GoalCheck> latestCheck(String action, LocalDate onOrBefore) {
    Optional<GoalCheck> latest = Optional.empty();
    LocalDate latestOn = null;
    for (CheckIn checkIn : getCheckIns()) {
      Optional<GoalCheck> check = checkIn.findGoal(action);
      if (check.isPresent() && !checkIn.getOn().isAfter(onOrBefore)
          && (latestOn == null || checkIn.getOn().isAfter(latestOn))) {
        latest = check;
        latestOn = checkIn.getOn();
      }
    }
    return latest;
  }

  /** @return how many days the plan lasts, counting its first and last day */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(getStartsOn(), getEndsOn()) + 1;
  }

  /**
   * The days left on a given day, counting that day and the last.
   *
   * @param today the day to count from
   * @return the plan's whole length before it starts, 0 after it ends
   */
  public long daysLeft(LocalDate today) {
    if (today.isBefore(getStartsOn())) {
      return lengthInDays();
    }
    return Math.max(0, ChronoUnit.DAYS.between(today, getEndsOn()) + 1);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
