package org.assetbasedarea.aba.cli;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

  /**
   * {@link #safeJson(String)} over UTF-8 bytes, without decoding them: the same bytes as encoding
   * {@code safeJson(new String(json, UTF_8))} when {@code json} is well-formed UTF-8 (as every
   * JSON text the tool writes is). Each terminal control has one UTF-8 form: DEL is {@code 7F},
   * C1 controls {@code C2 80}-{@code C2 9F}, U+2028-U+202E {@code E2 80 A8}-{@code E2 80 AE},
   * U+2066-U+2069 {@code E2 81 A6}-{@code E2 81 A9}; a C0 control other than newline, return
   * and tab is one byte below {@code 20}. The array is returned itself when nothing changes.
   */
  static byte[] safeJson(byte[] json) {
    int i = 0;
    while (i < json.length && controlLength(json, i) == 0) {
      i++;
    }
    if (i == json.length) {
      return json;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 16);
    out.write(json, 0, i);
    while (i < json.length) {
      int length = controlLength(json, i);
      if (length == 0) {
        out.write(json[i]);
        i++;
        continue;
      }
      int c = length == 1 ? json[i]
          : length == 2 ? ((json[i] & 0x1f) << 6) | (json[i + 1] & 0x3f)
          : ((json[i] & 0x0f) << 12) | ((json[i + 1] & 0x3f) << 6) | (json[i + 2] & 0x3f);
      out.writeBytes(String.format(Locale.ROOT, "\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
      i += length;
    }
    return out.toByteArray();
  }

  /** The length of the terminal control encoded at {@code i}, or 0 when there is none. */
  private static int controlLength(byte[] b, int i) {
    int x = b[i] & 0xff;
    if (x < 0x20) {
      return x == '\n' || x == '\r' || x == '\t' ? 0 : 1;
    }
    if (x == 0x7f) {
      return 1;
    }
    if (x == 0xc2) {
      return i + 1 < b.length && (b[i + 1] & 0xff) >= 0x80 && (b[i + 1] & 0xff) <= 0x9f ? 2 : 0;
    }
    if (x == 0xe2 && i + 2 < b.length) {
      int y = b[i + 1] & 0xff;
      int z = b[i + 2] & 0xff;
      return (y == 0x80 && z >= 0xa8 && z <= 0xae) || (y == 0x81 && z >= 0xa6 && z <= 0xa9) ? 3 : 0;
    }
    return 0;
  }

  /**
   * A score report as text: the area, the actions (a table), the groupings (a table), the overall
   * result, the limiters and the reasons; every line at most {@value TextWrap#WIDTH} columns.
   */
  static String score(ScoreReport report) {
    StringBuilder t = new StringBuilder(2048);
    OverallScore overall = report.getOverall();
    TextWrap.wrap(t, "", "  ", safe(report.getArea().getName()) + " (" + report.getArea().getCode()
        + "), assessed " + report.getAssessedOn());
    TextWrap.wrap(t, "", "  ", "framework " + report.getFramework() + ", rules " + report.getRules()
        + ", status " + report.getStatus() + ", co-produced " + (report.isCoProduced() ? "yes" : "no"));
    t.append('\n');
    TextWrap.Table actions = new TextWrap.Table().left("action").left("grouping").right("rating")
        .right("effective").left("caps");
    for (ActionScore a : report.getActions()) {
      List<String> caps = new ArrayList<>();
      for (Cap cap : a.getCaps()) {
        caps.add(cap.name());
      }
      actions.row(a.getAction(), a.getGrouping(), String.valueOf(a.getRating()),
          String.valueOf(a.getEffectiveRating()), caps.isEmpty() ? "-" : String.join(", ", caps));
    }
    actions.appendTo(t);
    if (!report.getNotAssessed().isEmpty()) {
      label(t, "not assessed: ", String.join(", ", report.getNotAssessed()));
    }
    t.append('\n');
    TextWrap.Table groupings = new TextWrap.Table().left("grouping").left("rated").right("percentage")
        .left("band");
    for (GroupingScore g : report.getGroupings()) {
      groupings.row(g.getGrouping(), g.getRated() + "/" + g.getActions(), percent(g.getPercentage()),
          band(g.getBand()));
    }
    groupings.appendTo(t);
    t.append('\n');
    label(t, "overall: ", overall.getRated() + "/" + overall.getActions() + " rated, "
        + percent(overall.getPercentage())
        + (overall.getRoundedPercentage().isPresent()
            ? " (rounded " + overall.getRoundedPercentage().getAsInt() + ")" : "")
        + ", percentage band " + band(overall.getPercentageBand()) + ", band " + band(overall.getBand()));
    List<String> limiters = new ArrayList<>();
    for (Limiter limiter : overall.getLimiters()) {
      limiters.add(limiter.name());
    }
    label(t, "limiters: ", limiters.isEmpty() ? "none" : String.join(", ", limiters));
    List<String> sentences = report.explain();
    if (!sentences.isEmpty()) {
      t.append("\nwhy:\n");
      for (String sentence : sentences) {
        TextWrap.wrap(t, "  - ", "    ", safe(sentence));
      }
    }
    return t.toString();
  }

  /**
   * A progress as text: the area and dates, the actions (a table), the groupings (a table) and
   * the overall change; every line at most {@value TextWrap#WIDTH} columns.
   */
  static String progress(Progress progress) {
    StringBuilder t = new StringBuilder(2048);
    TextWrap.wrap(t, "", "  ", safe(progress.getArea().getName()) + " (" + progress.getArea().getCode()
        + "), " + progress.getEarlierAssessedOn() + " to " + progress.getLaterAssessedOn());
    TextWrap.wrap(t, "", "  ", "framework " + progress.getFramework() + ", rules " + progress.getRules());
    t.append('\n');
    TextWrap.Table actions = new TextWrap.Table().left("action").right("earlier").right("later")
        .right("change");
    for (ActionProgress a : progress.getActions()) {
      actions.row(a.getAction(), a.getEarlier().map(String::valueOf).orElse("-"),
          a.getLater().map(String::valueOf).orElse("-"), a.getChange().map(TextFormat::signed).orElse("-"));
    }
    actions.appendTo(t);
    t.append('\n');
    TextWrap.Table groupings = new TextWrap.Table().left("grouping").right("earlier").right("later")
        .right("change").left("band");
    for (GroupingProgress g : progress.getGroupings()) {
      groupings.row(g.getGrouping(), percent(g.getEarlierPercentage()), percent(g.getLaterPercentage()),
          g.getChange().map(TextFormat::signed).orElse("-"),
          bandChange(g.getEarlierBand(), g.getLaterBand(), g.getDirection()));
    }
    groupings.appendTo(t);
    OverallProgress o = progress.getOverall();
    t.append('\n');
    label(t, "overall: ", percent(o.getEarlierPercentage()) + " to " + percent(o.getLaterPercentage())
        + " (" + o.getChange().map(TextFormat::signed).orElse("-") + " points), band "
        + bandChange(o.getEarlierBand(), o.getLaterBand(), o.getDirection()));
    return t.toString();
  }

  /**
   * A catalogue of approaches: each approach's id, title and the actions it supports; every line
   * at most {@value TextWrap#WIDTH} columns.
   */
  static String approaches(ApproachCatalogue catalogue) {
    StringBuilder t = new StringBuilder(2048);
    TextWrap.wrap(t, "", "  ", catalogue.getId() + ": " + safe(catalogue.getTitle())
        + " (framework " + catalogue.getFramework() + ")");
    t.append('\n');
    for (Approach approach : catalogue.getApproaches()) {
      TextWrap.wrap(t, "  ", "    ", approach.getId() + ": " + safe(approach.getTitle()));
      label(t, "    supports: ", String.join(", ", approach.getActions()));
    }
    return t.toString();
  }

  /**
   * A framework: its groupings with their numbered actions, its outcomes and its indicators;
   * every line at most {@value TextWrap#WIDTH} columns.
   */
  static String framework(Framework framework) {
    StringBuilder t = new StringBuilder(4096);
    TextWrap.wrap(t, "", "  ", framework.getId() + ": " + safe(framework.getTitle()));
    for (Grouping grouping : framework.getGroupings()) {
      t.append('\n');
      TextWrap.wrap(t, "", "  ", grouping.getId() + ": " + safe(grouping.getTitle()));
      for (Action action : framework.actionsIn(grouping.getId())) {
        int number = framework.indexOfAction(action.getId()) + 1;
        label(t, String.format(Locale.ROOT, "  %2d. ", number), action.getId() + ": " + safe(action.getTitle()));
      }
    }
    if (!framework.getOutcomes().isEmpty()) {
      t.append("\noutcomes:\n");
      for (Outcome outcome : framework.getOutcomes()) {
        TextWrap.wrap(t, "  ", "    ", outcome.getId() + ": " + safe(outcome.getTitle()));
        label(t, "    indicators: ", String.join(", ", outcome.getIndicators()));
        label(t, "    actions: ", String.join(", ", outcome.getActions()));
      }
    }
    if (!framework.getIndicators().isEmpty()) {
      t.append("\nindicators:\n");
      for (IndicatorDefinition indicator : framework.getIndicators()) {
        TextWrap.wrap(t, "  ", "    ", indicator.getId() + " ("
            + indicator.getStatistic().name().toLowerCase(Locale.ROOT) + ", "
            + (indicator.isHigherIsBetter() ? "higher is better" : "lower is better") + "): "
            + safe(indicator.getTitle()));
      }
    }
    return t.toString();
  }

  /** A labelled text: wrapped, its lines after the first aligned under the text's start. */
  private static void label(StringBuilder t, String label, String text) {
    TextWrap.wrap(t, label, TextWrap.spaces(TextWrap.columns(label)), text);
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
}
