package org.assetbasedarea.aba.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.ScoreReport;

/**
 * The report's plain words: dates, level and band names, what each band means, and the reasons a
 * rating counts lower or a band is lowered, with titles rather than identifiers. Returns plain
 * text; callers escape it.
 */
final class Plain {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

  private Plain() {}

  /** A date as people write it: {@code 31 March 2026}. */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A date short enough for a chart's axis: {@code 31 Mar 2026}. */
  static String shortDate(LocalDate date) {
    return SHORT_DATE.format(date);
  }

  /** A level's name, capitalised: {@code 1 -> Not yet}. */
  static String level(int rating) {
    String name = Level.nameOf(rating);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A rating with its level's name: {@code 3 (Established)}. */
  static String rating(int rating) {
    return rating + " (" + level(rating) + ")";
  }

  /** What a band means, in a sentence a citizen can read. */
  static String meaning(Band band) {
    switch (band) {
      case STARTING:
        return "Most actions are at \"not yet\" or \"emerging\": the area is beginning to work this way.";
      case EMERGING:
        return "The area works this way in places, but not yet across most actions.";
      case ESTABLISHED:
        return "The area works this way across most actions, with evidence to show it.";
      default:
        return "Working this way is embedded across the actions, led with people and communities.";
    }
  }

  /** A band's range of whole percentages: {@code 63-87%} with an en dash. */
  static String range(Band band) {
    return band.getFrom() + "\u2013" + band.getTo() + "%";
  }

  /**
   * Why an action counts lower than rated, from the cap that sets its count (the lowest): {@code
   * no evidence was given}; empty when no cap lowered it. One reason per action, so two caps never
   * give two sentences with different counts.
   */
  static Optional<String> capReason(ActionScore score) {
    if (score.getCaps().isEmpty()) {
      return Optional.empty();
    }
    Cap binding = score.getCaps().get(0);
    for (Cap cap : score.getCaps()) {
      if (cap.getLimit() < binding.getLimit()) {
        binding = cap;
      }
    }
    return Optional.of(binding == Cap.NO_EVIDENCE
        ? "no evidence was given"
        : "no evidence from people's own experience was given");
  }

  /** {@code rated 4, counted as 1: no evidence was given}; empty when not lowered. */
  static Optional<String> capClause(ActionScore score) {
    return capReason(score).map(reason -> "rated " + score.getRating() + ", counted as "
        + score.getEffectiveRating() + ": " + reason);
  }

  /** One of the rules that can lower the overall band, as the report explains it. */
  static final class Rule {
    final Limiter limiter;
    final boolean lowers;
    final String text;

    Rule(Limiter limiter, boolean lowers, String text) {
      this.limiter = limiter;
      this.lowers = lowers;
      this.text = text;
    }
  }

  /**
   * The three rules that can lower the overall band, each in words with this report's facts:
   * what the rule is, whether its condition holds, and whether it lowered the band.
   */
  static List<Rule> rules(ScoreReport report, Framework framework) {
    List<Rule> rules = new ArrayList<>();
    for (Limiter limiter : Limiter.values()) {
      boolean lowers = report.getOverall().getLimiters().contains(limiter);
      rules.add(new Rule(limiter, lowers, rule(limiter, report, framework, lowers)));
    }
    return rules;
  }

  private static String rule(Limiter limiter, ScoreReport report, Framework framework, boolean lowers) {
    Optional<Band> cap = limiter.capOf(report);
    String what;
    String facts;
    switch (limiter) {
      case L1_WEAKEST_GROUPING: {
        what = "The band can be at most one above the band of the weakest grouping.";
        List<String> weakest = weakestGroupings(report, framework);
        facts = weakest.isEmpty()
            ? "No grouping has a band, so this rule does not apply."
            : (weakest.size() == 1 ? "The weakest grouping, " : "The weakest groupings, ")
                + String.join(" and ", weakest) + (weakest.size() == 1 ? ", is " : ", are ")
                + lowestBand(report).map(Band::getLabel).orElse("") + ", so the band can be at most "
                + cap.map(Band::getLabel).orElse("") + ".";
        break;
      }
      case L2_WEAK_ACTION: {
        what = "If any action counts as 1 (not yet), the band can be at most Established.";
        List<String> weak = new ArrayList<>();
        for (ActionScore action : report.getActions()) {
          if (action.getEffectiveRating() == 1) {
            weak.add(title(framework, action.getAction()));
          }
        }
        facts = weak.isEmpty()
            ? "No action counts as 1, so this rule does not apply."
            : String.join(" and ", weak) + (weak.size() == 1 ? " counts" : " count") + " as 1.";
        break;
      }
      default:
        what = "If no people with lived experience, carers or community members took part, the"
            + " band can be at most Emerging.";
        facts = report.isCoProduced()
            ? "They took part, so this rule does not apply."
            : "None took part.";
    }
    String effect;
    Optional<Band> percentageBand = report.getOverall().getPercentageBand();
    if (cap.isEmpty()) {
      effect = "";
    } else if (percentageBand.isEmpty()) {
      effect = " The result has no band, so nothing is lowered.";
    } else if (lowers) {
      effect = " This lowers the band from " + percentageBand.get().getLabel() + ".";
    } else {
      effect = " The percentage's band, " + percentageBand.get().getLabel()
          + ", is not above that, so this does not lower it.";
    }
    return what + " " + facts + effect;
  }

  /**
   * Why the band is below the percentage's band, in one clause per rule that lowered it, such as
   * {@code no people with lived experience, carers or community members took part}; empty when
   * nothing lowered it.
   */
  static List<String> loweredBecause(ScoreReport report, Framework framework) {
    List<String> reasons = new ArrayList<>();
    for (Limiter limiter : report.getOverall().getLimiters()) {
      switch (limiter) {
        case L1_WEAKEST_GROUPING: {
          List<String> weakest = weakestGroupings(report, framework);
          reasons.add((weakest.size() == 1 ? "the weakest grouping, " : "the weakest groupings, ")
              + String.join(" and ", weakest) + (weakest.size() == 1 ? ", is " : ", are ")
              + lowestBand(report).map(Band::getLabel).orElse("")
              + ", and the band can be at most one above it");
          break;
        }
        case L2_WEAK_ACTION:
          reasons.add("an action counts as 1 (not yet), and the band can then be at most Established");
          break;
        default:
          reasons.add("no people with lived experience, carers or community members took part,"
              + " and the band can then be at most Emerging");
      }
    }
    return reasons;
  }

  private static Optional<Band> lowestBand(ScoreReport report) {
    Band lowest = null;
    for (GroupingScore grouping : report.getGroupings()) {
      if (grouping.getBand().isPresent() && (lowest == null || grouping.getBand().get().isBelow(lowest))) {
        lowest = grouping.getBand().get();
      }
    }
    return Optional.ofNullable(lowest);
  }

  private static List<String> weakestGroupings(ScoreReport report, Framework framework) {
    Optional<Band> lowest = lowestBand(report);
    List<String> weakest = new ArrayList<>();
    for (GroupingScore grouping : report.getGroupings()) {
      if (lowest.isPresent() && grouping.getBand().equals(lowest)) {
        weakest.add(HtmlReport.groupingTitle(framework, grouping.getGrouping()) + " ("
            + HtmlReport.percent(grouping.getPercentage()) + ")");
      }
    }
    return weakest;
  }

  /** An action's title from its id, or the id when the framework lacks it. */
  static String title(Framework framework, String action) {
    return framework.findAction(action).map(Action::getTitle).orElse(action);
  }
}
