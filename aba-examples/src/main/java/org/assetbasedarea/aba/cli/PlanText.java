package org.assetbasedarea.aba.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalResult;
import org.assetbasedarea.aba.plan.GoalReview;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.PlanReview;
import org.assetbasedarea.aba.plan.Step;

/**
 * The text and JSON forms of {@code aba plan status}: every line at most {@value TextWrap#WIDTH} columns
 * (wrapped by {@link TextWrap}), every text from the document made safe by
 * {@link TextFormat#safe}.
 */
final class PlanText {
  private PlanText() {}

  /** Where a plan stands on a day: its day number, the days left, and whether it has started. */
  static final class Day {
    final LocalDate today;
    final long number;
    final long length;
    final long left;

    Day(Plan plan, LocalDate today) {
      this.today = today;
      this.number = ChronoUnit.DAYS.between(plan.getStartsOn(), today) + 1;
      this.length = plan.lengthInDays();
      this.left = plan.daysLeft(today);
    }

    boolean started() {
      return number >= 1;
    }

    boolean ended() {
      return number > length;
    }

    String phase() {
      return !started() ? "not started" : ended() ? "ended" : "running";
    }

    String describe(Plan plan) {
      if (!started()) {
        long until = 1 - number;
        return "not started: day 1 is " + plan.getStartsOn() + ", in " + until
            + (until == 1 ? " day" : " days") + "; " + length + " days";
      }
      if (ended()) {
        return "ended on " + plan.getEndsOn() + " (" + length + " days), 0 days left";
      }
      return "day " + number + " of " + length + ", " + left + (left == 1 ? " day" : " days")
          + " left";
    }
  }

  static String status(Plan plan, Framework framework, Day day, Optional<PlanReview> review) {
    StringBuilder t = new StringBuilder(4096);
    TextWrap.wrap(t, "", "", TextFormat.safe(plan.getTitle()));
    TextWrap.wrap(t, "", "", TextFormat.safe(plan.getArea().getName()) + " (" + plan.getArea().getCode()
        + "), framework " + plan.getFramework());
    String facts = "             ";
    TextWrap.wrap(t, "kind:        ", facts, kind(plan.getKind()));
    TextWrap.wrap(t, "dates:       ", facts, plan.getStartsOn() + " to " + plan.getEndsOn() + " ("
        + plan.lengthInDays() + " days)" + plan.getMidpointReviewOn()
            .map(d -> ", mid-point review " + d).orElse(""));
    TextWrap.wrap(t, "baseline:    ", facts, "the assessment of " + plan.getBaselineAssessedOn());
    TextWrap.wrap(t, "as of " + day.today + ": ", "  ", day.describe(plan));
    TextWrap.wrap(t, "co-produced: ", facts, coProduced(plan));
    t.append("\ngoals\n");
    if (plan.getGoals().isEmpty()) {
      t.append("  none yet\n");
    }
    int number = 0;
    for (Goal goal : plan.getGoals()) {
      number++;
      String head = number + ". ";
      TextWrap.wrap(t, head, "   ", title(framework, goal.getAction()) + " (" + goal.getAction() + ")");
      TextWrap.wrap(t, "   ", "     ", "level " + level(goal.getBaseline()) + " -> "
          + level(goal.getTarget()) + ", owner: " + goal.getOwner().getLabel());
      goal.getOutcomeTarget().ifPresent(target ->
          TextWrap.wrap(t, "   outcome: ", "     ", outcomeTarget(framework, target)));
      Optional<GoalCheck> latest = plan.latestCheck(goal.getAction(), day.today);
      if (latest.isPresent()) {
        LocalDate on = checkDay(plan, goal.getAction(), day.today);
        TextWrap.wrap(t, "   ", "     ", "last check-in (" + on + "): " + status(latest.get().getStatus()));
      }
      if (goal.getSteps().isEmpty()) {
        t.append("   steps: none\n");
      } else {
        t.append("   steps:\n");
        for (Step step : goal.getSteps()) {
          TextWrap.wrap(t, "     " + step.getDueOn() + "  ", "                 ",
              TextFormat.safe(step.getDescription()));
        }
      }
    }
    t.append("\ncheck-ins\n");
    List<CheckIn> checkIns = plan.checkInsByDate();
    if (checkIns.isEmpty()) {
      t.append("  none yet\n");
    }
    for (CheckIn checkIn : checkIns) {
      String mark = plan.getMidpointReviewOn().filter(checkIn.getOn()::equals).isPresent()
          ? " (mid-point review)" : checkIn.getOn().equals(plan.getEndsOn()) ? " (last day)" : "";
      t.append(checkIn.getOn()).append(mark).append('\n');
      for (GoalCheck check : checkIn.getGoals()) {
        TextWrap.wrap(t, "  ", "    ", title(framework, check.getAction()) + ": " + status(check.getStatus()));
        check.getNote().filter(n -> !n.isBlank())
            .ifPresent(note -> {
              // Each line of a note wrapped on its own; tabs as spaces.
              for (String line : note.split("\\R", -1)) {
                TextWrap.wrap(t, "    ", "    ", TextFormat.safe(line.replace('\t', ' ')));
              }
            });
      }
    }
    if (review.isPresent()) {
      PlanReview r = review.get();
      t.append("\nagainst the assessment of ").append(r.getLaterAssessedOn()).append('\n');
      for (GoalReview g : r.getGoals()) {
        TextWrap.wrap(t, "  ", "    ", title(framework, g.getAction()) + ": level " + g.getBaseline()
            + " -> " + g.getTarget() + ", " + later(g));
      }
      TextWrap.wrap(t, "  ", "    ", summary(r));
    }
    return t.toString();
  }

  /** The {@code --format json} object: plain values, the plan itself, and the review. */
  static Map<String, Object> json(Plan plan, Framework framework, Day day,
      Optional<PlanReview> review) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("asOf", day.today.toString());
    o.put("phase", day.phase());
    o.put("day", day.started() && !day.ended() ? day.number : null);
    o.put("days", day.length);
    o.put("daysLeft", day.left);
    o.put("coProduced", plan.isCoProduced());
    List<Object> latest = new ArrayList<>();
    for (Goal goal : plan.getGoals()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("action", goal.getAction());
      g.put("title", rawTitle(framework, goal.getAction()));
      Optional<GoalCheck> check = plan.latestCheck(goal.getAction(), day.today);
      g.put("lastCheckIn", check.isPresent()
          ? checkDay(plan, goal.getAction(), day.today).toString() : null);
      g.put("lastStatus", check.map(c -> c.getStatus().name()).orElse(null));
      latest.add(g);
    }
    o.put("goals", latest);
    o.put("plan", plan);
    if (review.isEmpty()) {
      o.put("review", null);
      return o;
    }
    PlanReview r = review.get();
    Map<String, Object> rj = new LinkedHashMap<>();
    rj.put("laterAssessedOn", r.getLaterAssessedOn().toString());
    List<Object> goals = new ArrayList<>();
    for (GoalReview g : r.getGoals()) {
      Map<String, Object> gj = new LinkedHashMap<>();
      gj.put("action", g.getAction());
      gj.put("title", rawTitle(framework, g.getAction()));
      gj.put("baseline", g.getBaseline());
      gj.put("target", g.getTarget());
      gj.put("later", g.getLater().orElse(null));
      gj.put("needed", g.getNeeded());
      gj.put("gained", g.getGained().orElse(null));
      gj.put("progress", g.getProgress().orElse(null));
      gj.put("percent", g.getGained().map(x -> percent(x, g.getNeeded())).orElse(null));
      gj.put("result", g.getResult().name());
      gj.put("lastStatus", g.getLastStatus().map(GoalStatus::name).orElse(null));
      goals.add(gj);
    }
    rj.put("goals", goals);
    Map<String, Object> counts = new LinkedHashMap<>();
    for (GoalResult result : GoalResult.values()) {
      counts.put(result.name(), r.count(result));
    }
    rj.put("counts", counts);
    o.put("review", rj);
    return o;
  }

  /** The later rating, the result and the progress, such as {@code rated 2: partly met (1 of 2 levels, 50%)}. */
  static String later(GoalReview g) {
    if (g.getLater().isEmpty()) {
      return "not assessed in the later assessment";
    }
    int gained = g.getGained().orElseThrow();
    return "rated " + g.getLater().get() + ": " + result(g.getResult()) + " (" + gained + " of "
        + g.getNeeded() + (g.getNeeded() == 1 ? " level, " : " levels, ")
        + percent(gained, g.getNeeded()) + "%)";
  }

  /** Such as {@code 3 goals: 1 met, 1 partly met, 1 not met}. */
  static String summary(PlanReview review) {
    int goals = review.getGoals().size();
    return goals + (goals == 1 ? " goal" : " goals") + (goals == 0 ? "" : ": " + results(review));
  }

  /** Such as {@code 1 met, 1 partly met, 1 not met}: each result some goal has. */
  static String results(PlanReview review) {
    List<String> parts = new ArrayList<>();
    for (GoalResult result : GoalResult.values()) {
      int n = review.count(result);
      if (n > 0) {
        parts.add(n + " " + result(result));
      }
    }
    return parts.isEmpty() ? "no goals" : String.join(", ", parts);
  }

  /** {@code gained / needed} in per cent, rounded half up to a whole number: 1 of 3 is 33. */
  static int percent(int gained, int needed) {
    return BigDecimal.valueOf(gained * 100L).divide(BigDecimal.valueOf(needed), 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  private static LocalDate checkDay(Plan plan, String action, LocalDate onOrBefore) {
    LocalDate day = null;
    for (CheckIn checkIn : plan.getCheckIns()) {
      if (checkIn.findGoal(action).isPresent() && !checkIn.getOn().isAfter(onOrBefore)
          && (day == null || checkIn.getOn().isAfter(day))) {
        day = checkIn.getOn();
      }
    }
    return day == null ? onOrBefore : day;
  }

  static String coProduced(Plan plan) {
    if (plan.isCoProduced()) {
      return "yes (team: " + team(plan.getTeam()) + ")";
    }
    return "no: not co-produced; the team has no lived-experience, carer or community role"
        + (plan.getTeam().isEmpty() ? " (no team recorded)" : " (team: " + team(plan.getTeam()) + ")");
  }

  static String team(List<Participant> team) {
    List<String> parts = new ArrayList<>();
    for (Participant member : team) {
      parts.add(member.getCount() + " " + member(member.getRole(), member.getCount()));
    }
    return parts.isEmpty() ? "none recorded" : String.join(", ", parts);
  }

  private static String member(Role role, int count) {
    boolean one = count == 1;
    switch (role) {
      case LIVED_EXPERIENCE:
        return one ? "person with lived experience" : "people with lived experience";
      case CARER:
        return one ? "carer" : "carers";
      case COMMUNITY:
        return one ? "community member" : "community members";
      case VCSE:
        return "from the voluntary and community sector";
      case PROVIDER:
        return one ? "provider" : "providers";
      case NHS:
        return "from the NHS";
      case COUNCIL:
        return "from the council";
      default:
        return "other";
    }
  }


  static String kind(PlanKind kind) {
    return kind == PlanKind.HUNDRED_DAY_CHALLENGE ? "100-day challenge" : "improvement plan";
  }

  static String status(GoalStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String result(GoalResult result) {
    return result.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A rating with its name, such as {@code 2 (emerging)}. */
  static String level(int rating) {
    return rating + " (" + Level.nameOf(rating) + ")";
  }

  /** An action's title (made safe), or its id when the framework does not know it. */
  static String title(Framework framework, String action) {
    return TextFormat.safe(rawTitle(framework, action));
  }

  /** An action's title as the framework gives it (for JSON, which keeps values exactly). */
  private static String rawTitle(Framework framework, String action) {
    return framework.findAction(action).map(Action::getTitle).orElse(action);
  }

  /** Such as {@code Share who feel lonely often or always (loneliness-often-always): 15% or lower}. */
  static String outcomeTarget(Framework framework, OutcomeTarget target) {
    Optional<IndicatorDefinition> indicator = framework.findIndicator(target.getIndicator());
    String name = indicator.map(i -> TextFormat.safe(i.getTitle()) + " (" + target.getIndicator() + ")")
        .orElse(target.getIndicator());
    boolean share = indicator.map(i -> i.getStatistic() == Statistic.SHARE).orElse(false);
    String value = share
        ? BigDecimal.valueOf(target.getValue()).movePointRight(2).stripTrailingZeros().toPlainString() + "%"
        : BigDecimal.valueOf(target.getValue()).stripTrailingZeros().toPlainString();
    String direction = indicator.map(i -> i.isHigherIsBetter() ? " or higher" : " or lower").orElse("");
    return name + ": target " + value + direction;
  }
}
