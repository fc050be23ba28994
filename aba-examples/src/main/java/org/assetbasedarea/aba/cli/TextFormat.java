package org.assetbasedarea.aba.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.scoring.ActionProgress;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.Direction;
import org.assetbasedarea.aba.scoring.GroupingProgress;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.OverallProgress;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;

/** The readable text forms of a score report, a progress and a framework. */
final class TextFormat {
  private TextFormat() {}

  /**
   * Whether a terminal could act on a character rather than show it: C0 controls (newline and tab
   * included: user text never gets a line of its own), DEL, C1 controls, the bidirectional
   * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the line and paragraph
   * separators U+2028 and U+2029.
   */
  static boolean isTerminalControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
  }

  /**
   * Text made safe for a terminal, the one function every text the tool prints from a document,
   * an argument or an exception goes through: each {@linkplain #isTerminalControl terminal
   * control} becomes U+FFFD, so hostile text can neither send an escape sequence, return the
   * cursor, start a line of its own nor reorder what follows it.
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isTerminalControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * JSON text made safe for a terminal without changing its value: each terminal control becomes
   * its JSON escape (a backslash, {@code u} and four hex digits). Outside strings JSON text has
   * only ASCII structure and white space (spaces and newlines), so only characters inside strings
   * change; Jackson already escapes C0 controls there, this adds DEL, C1, the bidi controls and
   * U+2028/9.
   */
  static String safeJson(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\n' && c != '\r' && c != '\t' && isTerminalControl(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }

  static String score(ScoreReport report, Framework framework) {
    StringBuilder t = new StringBuilder(2048);
    OverallScore overall = report.getOverall();
    t.append(safe(report.getArea().getName())).append(" (").append(report.getArea().getCode())
        .append("), assessed ").append(report.getAssessedOn()).append('\n');
    t.append("framework ").append(report.getFramework()).append(", rules ").append(report.getRules())
        .append(", status ").append(report.getStatus()).append(", co-produced ")
        .append(report.isCoProduced() ? "yes" : "no").append("\n\n");
    int width = 6;
    for (Action action : framework.getActions()) {
      width = Math.max(width, action.getId().length());
    }
    t.append(pad("action", width)).append("  ").append(pad("grouping", 24))
        .append("  rating  effective  caps\n");
    for (ActionScore a : report.getActions()) {
      List<String> caps = new ArrayList<>();
      for (Cap cap : a.getCaps()) {
        caps.add(cap.name());
      }
      t.append(pad(a.getAction(), width)).append("  ").append(pad(a.getGrouping(), 24)).append("  ")
          .append(left(String.valueOf(a.getRating()), 6)).append("  ")
          .append(left(String.valueOf(a.getEffectiveRating()), 9)).append("  ")
          .append(caps.isEmpty() ? "-" : String.join(", ", caps)).append('\n');
    }
    if (!report.getNotAssessed().isEmpty()) {
      t.append("not assessed: ").append(String.join(", ", report.getNotAssessed())).append('\n');
    }
    t.append('\n').append(pad("grouping", 24)).append("  rated  percentage  band\n");
    for (GroupingScore g : report.getGroupings()) {
      t.append(pad(g.getGrouping(), 24)).append("  ")
          .append(pad(g.getRated() + "/" + g.getActions(), 5)).append("  ")
          .append(left(percent(g.getPercentage()), 10)).append("  ").append(band(g.getBand())).append('\n');
    }
    t.append("\noverall: ").append(overall.getRated()).append('/').append(overall.getActions())
        .append(" rated, ").append(percent(overall.getPercentage()));
    overall.getRoundedPercentage().ifPresent(r -> t.append(" (rounded ").append(r).append(')'));
    t.append(", percentage band ").append(band(overall.getPercentageBand()))
        .append(", band ").append(band(overall.getBand())).append('\n');
    List<String> limiters = new ArrayList<>();
    for (Limiter limiter : overall.getLimiters()) {
      limiters.add(limiter.name());
    }
    t.append("limiters: ").append(limiters.isEmpty() ? "none" : String.join(", ", limiters)).append('\n');
    List<String> sentences = report.explain();
    if (!sentences.isEmpty()) {
      t.append("\nwhy:\n");
      for (String sentence : sentences) {
        t.append("  - ").append(safe(sentence)).append('\n');
      }
    }
    return t.toString();
  }

  static String progress(Progress progress) {
    StringBuilder t = new StringBuilder(2048);
    t.append(safe(progress.getArea().getName())).append(" (").append(progress.getArea().getCode())
        .append("), ").append(progress.getEarlierAssessedOn()).append(" to ")
        .append(progress.getLaterAssessedOn()).append('\n');
    t.append("framework ").append(progress.getFramework()).append(", rules ").append(progress.getRules())
        .append("\n\n");
    int width = 6;
    for (ActionProgress a : progress.getActions()) {
      width = Math.max(width, a.getAction().length());
    }
    t.append(pad("action", width)).append("  earlier  later  change\n");
    for (ActionProgress a : progress.getActions()) {
      t.append(pad(a.getAction(), width)).append("  ")
          .append(left(a.getEarlier().map(String::valueOf).orElse("-"), 7)).append("  ")
          .append(left(a.getLater().map(String::valueOf).orElse("-"), 5)).append("  ")
          .append(left(a.getChange().map(TextFormat::signed).orElse("-"), 6)).append('\n');
    }
    t.append('\n').append(pad("grouping", 24)).append("  earlier   later    change  band\n");
    for (GroupingProgress g : progress.getGroupings()) {
      t.append(pad(g.getGrouping(), 24)).append("  ").append(left(percent(g.getEarlierPercentage()), 7))
          .append("  ").append(left(percent(g.getLaterPercentage()), 7)).append("  ")
          .append(left(g.getChange().map(TextFormat::signed).orElse("-"), 8)).append("  ")
          .append(bandChange(g.getEarlierBand(), g.getLaterBand(), g.getDirection())).append('\n');
    }
    OverallProgress o = progress.getOverall();
    t.append("\noverall: ").append(percent(o.getEarlierPercentage())).append(" to ")
        .append(percent(o.getLaterPercentage())).append(" (")
        .append(o.getChange().map(TextFormat::signed).orElse("-")).append(" points), band ")
        .append(bandChange(o.getEarlierBand(), o.getLaterBand(), o.getDirection())).append('\n');
    return t.toString();
  }

  /** A catalogue of approaches: each approach's id, title and the actions it supports. */
  static String approaches(ApproachCatalogue catalogue) {
    StringBuilder t = new StringBuilder(2048);
    t.append(catalogue.getId()).append(": ").append(safe(catalogue.getTitle()))
        .append(" (framework ").append(catalogue.getFramework()).append(")\n\n");
    for (Approach approach : catalogue.getApproaches()) {
      t.append("  ").append(approach.getId()).append(": ").append(safe(approach.getTitle()))
          .append('\n').append("    supports: ").append(String.join(", ", approach.getActions()))
          .append('\n');
    }
    return t.toString();
  }

  static String framework(Framework framework) {
    StringBuilder t = new StringBuilder(4096);
    t.append(framework.getId()).append(": ").append(safe(framework.getTitle())).append('\n');
    int number = 0;
    for (Grouping grouping : framework.getGroupings()) {
      t.append('\n').append(grouping.getId()).append(": ").append(safe(grouping.getTitle())).append('\n');
      for (Action action : framework.actionsIn(grouping.getId())) {
        number = framework.indexOfAction(action.getId()) + 1;
        t.append(String.format(Locale.ROOT, "  %2d. %s: %s%n", number, action.getId(),
            safe(action.getTitle())));
      }
    }
    if (!framework.getOutcomes().isEmpty()) {
      t.append("\noutcomes:\n");
      for (Outcome outcome : framework.getOutcomes()) {
        t.append("  ").append(outcome.getId()).append(": ").append(safe(outcome.getTitle())).append('\n')
            .append("    indicators: ").append(String.join(", ", outcome.getIndicators())).append('\n')
            .append("    actions: ").append(String.join(", ", outcome.getActions())).append('\n');
      }
    }
    if (!framework.getIndicators().isEmpty()) {
      t.append("\nindicators:\n");
      for (IndicatorDefinition indicator : framework.getIndicators()) {
        t.append("  ").append(indicator.getId()).append(" (")
            .append(indicator.getStatistic().name().toLowerCase(Locale.ROOT)).append(", ")
            .append(indicator.isHigherIsBetter() ? "higher is better" : "lower is better")
            .append("): ").append(safe(indicator.getTitle())).append('\n');
      }
    }
    return t.toString().replace(System.lineSeparator(), "\n");
  }

  private static String bandChange(Optional<Band> earlier, Optional<Band> later, Optional<Direction> direction) {
    return band(earlier) + " -> " + band(later) + direction.map(d -> " (" + d + ")").orElse("");
  }

  private static String band(Optional<Band> band) {
    return band.map(Band::name).orElse("-");
  }

  private static String percent(Optional<BigDecimal> percentage) {
    return percentage.map(p -> p.toPlainString() + "%").orElse("-");
  }

  private static String signed(int change) {
    return change > 0 ? "+" + change : String.valueOf(change);
  }

  private static String signed(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }

  private static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.toString();
  }

  private static String left(String text, int width) {
    StringBuilder out = new StringBuilder();
    while (out.length() + text.length() < width) {
      out.append(' ');
    }
    return out.append(text).toString();
  }
}
