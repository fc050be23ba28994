package org.assetbasedarea.aba.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Status;

/**
 * The charts of the area page, in inline SVG and HTML (no script). Each SVG has a {@code <title>}
 * (and the larger ones a {@code <desc>}), and the page has a table with the same figures beside
 * it. Every mark coloured by band carries the band's name as text; colours come from the palette
 * of {@link Style#BASE} only.
 *
 * <p>Two techniques keep text legible at any width: the radar, drawn in a fixed view box, is shown
 * only on screens at least {@value #WIDE_FROM} px wide (a labelled bar list, plain HTML, replaces it
 * below), and the other charts are SVGs without a view box whose horizontal positions are
 * percentages of their width, so their text keeps its size in pixels however wide they are drawn.
 */
final class Charts {
  /** The narrowest viewport, in CSS pixels, at which the radar is shown instead of the bar list. */
  static final int WIDE_FROM = 720;

  private Charts() {}

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
  }

  static String bandClass(Band band) {
    return "band-" + band.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A rating with its level's name, as people read it: {@code 3 Established}. */
  static String level(int rating) {
    return rating + " " + Plain.level(rating);
  }

  // -- groupings in order ----------------------------------------------------------------------

  /**
   * The framework's actions (as indexes in framework order) by grouping, the groupings in the order
   * their first action appears. When every grouping's actions are adjacent, the concatenation is
   * the framework order itself; when they are not, it keeps each grouping together.
   */
  static Map<String, List<Integer>> byGrouping(Framework framework) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    List<Action> actions = framework.getActions();
    for (int i = 0; i < actions.size(); i++) {
      groups.computeIfAbsent(actions.get(i).getGrouping(), g -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  /** Whether the actions of every grouping are adjacent in the framework's order. */
  static boolean groupingsAdjacent(Framework framework) {
    int expected = 0;
    for (List<Integer> members : byGrouping(framework).values()) {
      for (int index : members) {
        if (index != expected++) {
          return false;
        }
      }
    }
    return true;
  }

  // -- radar -----------------------------------------------------------------------------------

  /**
   * The radar and the bar list in one, for the actions section: the radar in a {@code wide-only}
   * wrapper and the bar list in a {@code narrow-only} one; the style sheet shows one of them.
   */
  static String actionsFigure(Framework framework, ScoreReport report) {
    return "<div class=\"wide-only\">\n" + radar(framework, report) + "</div>\n<div class=\"narrow-only\">\n"
        + actionBars(framework, report) + "</div>\n";
  }

  /**
   * A radar of the framework's actions: the effective rating (solid line, a dot on each assessed
   * axis) and the rating as given (dashed line, a hollow dot where a cap lowered it), on rings
   * named by level, with an arc per grouping around it. An action not assessed has no dot and no
   * line to it (a gap), and its axis label says so; the shape is filled only when every action is
   * assessed. The axes follow the framework's order, grouping by grouping.
   */
  static String radar(Framework framework, ScoreReport report) {
    List<Action> actions = framework.getActions();
    Map<String, List<Integer>> groups = byGrouping(framework);
    List<Integer> order = new ArrayList<>();
    groups.values().forEach(order::addAll);
    int size = order.size();
    double cx = 340;
    double cy = 262;
    double radius = 150;
    double bandInner = radius + 6;
    double bandOuter = radius + 38;
    double labelRadius = radius + 48;
    double step = 2 * Math.PI / size;
    StringBuilder s = new StringBuilder(16384);
    s.append("<svg class=\"radar\" role=\"img\" viewBox=\"0 0 680 590\" width=\"680\" height=\"590\""
        + " aria-labelledby=\"radar-title radar-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<title id=\"radar-title\">Radar chart of the ").append(size)
        .append(" actions by grouping: what each counts as after the evidence check, and the rating as given, from 1 (not yet) to 4"
            + " (embedded)</title>\n<desc id=\"radar-desc\">");
    List<String> desc = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      List<String> items = new ArrayList<>();
      for (int index : group.getValue()) {
        Action action = actions.get(index);
        Optional<ActionScore> score = report.findAction(action.getId());
        items.add((index + 1) + ". " + action.getTitle() + ": " + score.map(a -> "counts as "
            + level(a.getEffectiveRating()).toLowerCase(Locale.ROOT)
            + (a.isCapped() ? ", rated " + level(a.getRating()).toLowerCase(Locale.ROOT)
                + " and lowered by the evidence check" : ""))
            .orElse("not assessed, not drawn"));
      }
      desc.add(HtmlReport.groupingTitle(framework, group.getKey()) + " (" + String.join("; ", items) + ")");
    }
    s.append(Html.text(String.join(". ", desc)))
        .append(groupingsAdjacent(framework) ? "" : ". The axes keep each grouping together, so they"
            + " are not all in the framework's order")
        .append(".</desc>\n");

    // grouping arcs, their titles along them
    s.append("<defs>");
    StringBuilder arcs = new StringBuilder();
    int position = 0;
    int g = 0;
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
      int count = group.getValue().size();
      double from = -Math.PI / 2 + step * (position - 0.5);
      double to = from + step * count;
      position += count;
      double gap = size == count ? 0 : 3 / bandOuter;
      String title = HtmlReport.groupingTitle(framework, group.getKey());
      arcs.append("<path class=\"sector\" d=\"")
          .append(annulus(cx, cy, bandInner, bandOuter, from + gap, to - gap)).append("\"><title>")
          .append(Html.text(title)).append("</title></path>\n");
      double middle = (from + to) / 2;
      boolean reversed = Math.sin(middle) > 1e-9;
      double centre = (bandInner + bandOuter) / 2;
      List<String> lines = fitArc(title, (to - from - 2 * gap) * (centre - 7) - 10, 13);
      for (int l = 0; l < lines.size(); l++) {
        // the line's middle, then its baseline: glyphs rise away from the centre on an arc drawn
        // clockwise and towards it on one drawn back
        double middleRadius = lines.size() == 1 ? centre : (l == 0) != reversed ? centre + 7.5 : centre - 7.5;
        double r = reversed ? middleRadius + 4.5 : middleRadius - 4.5;
        String id = "radar-arc-" + g + "-" + l;
        s.append("<path id=\"").append(id).append("\" d=\"").append(arc(cx, cy, r, from, to, reversed))
            .append("\"/>");
        arcs.append("<text class=\"grouping-label\" aria-hidden=\"true\"><textPath href=\"#").append(id)
            .append("\" startOffset=\"50%\" text-anchor=\"middle\">").append(Html.text(lines.get(l)))
            .append("</textPath></text>\n");
      }
      g++;
    }
    s.append("</defs>\n");

    for (int ring = 1; ring <= 4; ring++) {
      s.append("<circle class=\"ring").append(ring == 4 ? " outer" : "").append("\" cx=\"").append(n(cx))
          .append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(radius * ring / 4)).append("\"/>\n");
    }
    s.append(arcs);
    double[] xs = new double[size];
    double[] ys = new double[size];
    double[] gx = new double[size];
    double[] gy = new double[size];
    boolean[] assessed = new boolean[size];
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < size; i++) {
      int index = order.get(i);
      double angle = -Math.PI / 2 + step * i;
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      Action action = actions.get(index);
      Optional<ActionScore> score = report.findAction(action.getId());
      assessed[i] = score.isPresent();
      s.append("<line class=\"axis").append(assessed[i] ? "" : " not-assessed").append("\" x1=\"").append(n(cx))
          .append("\" y1=\"").append(n(cy)).append("\" x2=\"").append(n(cx + radius * cos)).append("\" y2=\"")
          .append(n(cy + radius * sin)).append("\"/>\n");
      if (score.isPresent()) {
        ActionScore a = score.get();
        xs[i] = cx + radius * a.getEffectiveRating() / 4 * cos;
        ys[i] = cy + radius * a.getEffectiveRating() / 4 * sin;
        gx[i] = cx + radius * a.getRating() / 4 * cos;
        gy[i] = cy + radius * a.getRating() / 4 * sin;
        if (a.isCapped()) {
          dots.append("<circle class=\"given-dot\" cx=\"").append(n(gx[i])).append("\" cy=\"").append(n(gy[i]))
              .append("\" r=\"5\"><title>").append(index + 1).append(". ").append(Html.text(action.getTitle()))
              .append(": rated ").append(level(a.getRating())).append(", lowered by the evidence check</title></circle>\n");
        }
        dots.append("<circle class=\"effective-dot\" cx=\"").append(n(xs[i])).append("\" cy=\"").append(n(ys[i]))
            .append("\" r=\"5\"><title>").append(index + 1).append(". ").append(Html.text(action.getTitle()))
            .append(": counts as ").append(level(a.getEffectiveRating())).append("</title></circle>\n");
      }
      double lx = cx + labelRadius * cos;
      double ly = cy + labelRadius * sin;
      String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
      List<String> lines = wrap((index + 1) + ". " + action.getTitle(), 18);
      if (score.isEmpty()) {
        lines.add("not assessed");
      }
      double first = sin < -0.5 ? ly - 15 * (lines.size() - 1) : sin > 0.5 ? ly + 12
          : ly - 7.5 * (lines.size() - 1) + 4.5;
      s.append("<text class=\"axis-label").append(score.isEmpty() ? " not-assessed" : "")
          .append("\" text-anchor=\"").append(anchor).append("\" x=\"").append(n(lx)).append("\" y=\"")
          .append(n(first)).append("\">");
      for (int l = 0; l < lines.size(); l++) {
        s.append("<tspan x=\"").append(n(lx)).append("\"").append(l == 0 ? "" : " dy=\"15\"").append('>')
            .append(Html.text(lines.get(l))).append("</tspan>");
      }
      s.append("</text>\n");
    }
    boolean complete = size >= 3;
    for (boolean a : assessed) {
      complete &= a;
    }
    if (complete) {
      s.append("<polygon class=\"effective\" points=\"").append(points(xs, ys))
          .append("\"><title>What each action counts as, after the evidence check</title></polygon>\n");
      s.append("<polygon class=\"rating\" points=\"").append(points(gx, gy))
          .append("\"><title>Rating as given</title></polygon>\n");
    } else {
      String effective = segments(xs, ys, assessed);
      String given = segments(gx, gy, assessed);
      if (!effective.isEmpty()) {
        s.append("<path class=\"effective\" d=\"").append(effective)
            .append("\"><title>What each action counts as, after the evidence check, between neighbouring assessed"
                + " actions</title></path>\n");
        s.append("<path class=\"rating\" d=\"").append(given)
            .append("\"><title>Rating as given, between neighbouring assessed actions</title></path>\n");
      }
    }
    // rings named by level, just inside each ring on the left of the first axis,
    // over the lines (their halo keeps them legible) and under the dots (no point is hidden)
    for (int ring = 1; ring <= 4; ring++) {
      s.append("<text class=\"ring-label\" text-anchor=\"end\" x=\"").append(n(cx - 6)).append("\" y=\"")
          .append(n(cy - radius * ring / 4 + 15)).append("\">").append(level(ring)).append("</text>\n");
    }
    s.append(dots);
    // the key
    double ky = 548;
    s.append("<g class=\"radar-key\">")
        .append("<line class=\"key-effective\" x1=\"16\" y1=\"").append(n(ky)).append("\" x2=\"44\" y2=\"")
        .append(n(ky)).append("\"/><circle class=\"key-effective-dot\" cx=\"30\" cy=\"").append(n(ky))
        .append("\" r=\"5\"/><text class=\"key-text\" x=\"52\" y=\"").append(n(ky + 4.5))
        .append("\">Counts as, after the evidence check</text>")
        .append("<line class=\"key-rating\" x1=\"380\" y1=\"").append(n(ky)).append("\" x2=\"408\" y2=\"")
        .append(n(ky)).append("\"/><text class=\"key-text\" x=\"416\" y=\"").append(n(ky + 4.5))
        .append("\">Rating as given</text>")
        .append("<circle class=\"key-given-dot\" cx=\"30\" cy=\"").append(n(ky + 24)).append("\" r=\"5\"/>")
        .append("<text class=\"key-text\" x=\"52\" y=\"").append(n(ky + 28.5))
        .append("\">As given, where the evidence check lowered it</text>")
        .append("<line class=\"key-not-assessed\" x1=\"380\" y1=\"").append(n(ky + 24)).append("\" x2=\"408\" y2=\"")
        .append(n(ky + 24)).append("\"/><text class=\"key-text\" x=\"416\" y=\"").append(n(ky + 28.5))
        .append("\">Not assessed: a gap, no point</text></g>\n");
    s.append("</svg>\n");
    return s.toString();
  }

  private static String points(double[] xs, double[] ys) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      p.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    return p.toString();
  }

  /** Path data joining each assessed axis to the next one round the radar, when both are assessed. */
  private static String segments(double[] xs, double[] ys, boolean[] assessed) {
    int size = xs.length;
    StringBuilder d = new StringBuilder();
    int last = -2;
    for (int i = 0; i < size; i++) {
      int j = (i + 1) % size;
      if (size < 2 || (size == 2 && i == 1) || !assessed[i] || !assessed[j]) {
        continue;
      }
      if (last != i) {
        d.append(d.length() == 0 ? "" : " ").append('M').append(n(xs[i])).append(' ').append(n(ys[i]));
      }
      d.append(" L").append(n(xs[j])).append(' ').append(n(ys[j]));
      last = j;
    }
    return d.toString();
  }

  /** An arc of a circle from one angle to a later one, or back when reversed, in pieces of at most 90 degrees. */
  private static String arc(double cx, double cy, double r, double from, double to, boolean reversed) {
    int pieces = Math.max(1, (int) Math.ceil((to - from) / (Math.PI / 2) - 1e-9));
    StringBuilder d = new StringBuilder();
    double start = reversed ? to : from;
    double delta = (reversed ? from - to : to - from) / pieces;
    d.append('M').append(n(cx + r * Math.cos(start))).append(' ').append(n(cy + r * Math.sin(start)));
    for (int p = 1; p <= pieces; p++) {
      double a = start + delta * p;
      d.append(" A").append(n(r)).append(' ').append(n(r)).append(" 0 0 ").append(reversed ? '0' : '1')
          .append(' ').append(n(cx + r * Math.cos(a))).append(' ').append(n(cy + r * Math.sin(a)));
    }
    return d.toString();
  }

  private static String annulus(double cx, double cy, double inner, double outer, double from, double to) {
    String out = arc(cx, cy, outer, from, to, false);
    String in = arc(cx, cy, inner, from, to, true);
    return out + " L" + in.substring(1) + " Z";
  }

  /**
   * A grouping's title on one or two lines along its arc: one when it fits, else split at the word
   * that balances the lines; a line still too long ends in an ellipsis (the arc's own title has the
   * whole text).
   */
  static List<String> fitArc(String title, double length, double fontSize) {
    double perChar = fontSize * 0.6;
    int fits = Math.max(1, (int) Math.floor(length / perChar));
    if (title.length() <= fits) {
      return List.of(title);
    }
    String[] words = title.split(" ");
    int best = -1;
    int bestLongest = Integer.MAX_VALUE;
    for (int cut = 1; cut < words.length; cut++) {
      int a = String.join(" ", List.of(words).subList(0, cut)).length();
      int b = String.join(" ", List.of(words).subList(cut, words.length)).length();
      if (Math.max(a, b) < bestLongest) {
        bestLongest = Math.max(a, b);
        best = cut;
      }
    }
    List<String> lines = new ArrayList<>();
    if (best < 0) {
      lines.add(title);
    } else {
      lines.add(String.join(" ", List.of(words).subList(0, best)));
      lines.add(String.join(" ", List.of(words).subList(best, words.length)));
    }
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.length() > fits) {
        lines.set(l, line.substring(0, Math.max(0, fits - 1)).stripTrailing() + "\u2026");
      }
    }
    return lines;
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  // -- bar list of actions ---------------------------------------------------------------------

  /**
   * The actions as a labelled bar list, in HTML that flows on a phone: under a heading per
   * grouping, one row per action in framework order with its number and title, a bar of its
   * effective rating out of 4 and the level in words ({@code 3 Established}), and the rating as
   * given when an evidence cap lowered it; an action not assessed says so, with no bar.
   */
  static String actionBars(Framework framework, ScoreReport report) {
    List<Action> actions = framework.getActions();
    StringBuilder h = new StringBuilder(4096);
    h.append("<div class=\"action-bars\">\n<p class=\"bars-key\">Each bar is what an action counts as after the evidence check,"
        + " out of 4: 1 not yet, 2 emerging, 3 established, 4 embedded. A dashed outline marks the rating"
        + " as given where the evidence check lowered it.</p>\n");
    for (Map.Entry<String, List<Integer>> group : byGrouping(framework).entrySet()) {
      h.append("<h3 class=\"bars-grouping\">").append(Html.user(HtmlReport.groupingTitle(framework, group.getKey())))
          .append("</h3>\n<ul class=\"bar-list\">\n");
      for (int index : group.getValue()) {
        Action action = actions.get(index);
        Optional<ActionScore> score = report.findAction(action.getId());
        h.append("<li class=\"bar-row\" data-action=\"").append(Html.text(action.getId()))
            .append("\"><span class=\"bar-name\">").append(index + 1).append(". ")
            .append(Html.user(action.getTitle())).append("</span>");
        if (score.isEmpty()) {
          h.append("<span class=\"bar-value not-assessed\">not assessed</span></li>\n");
          continue;
        }
        ActionScore a = score.get();
        h.append("<span class=\"level-track\" aria-hidden=\"true\">");
        if (a.isCapped()) {
          h.append("<span class=\"level-given level-").append(a.getRating()).append("\"></span>");
        }
        h.append("<span class=\"level-fill level-").append(a.getEffectiveRating()).append("\"></span></span>")
            .append("<span class=\"bar-value\">").append(level(a.getEffectiveRating())).append("</span>");
        if (a.isCapped()) {
          h.append("<span class=\"bar-note\">rated ").append(level(a.getRating()))
              .append(", lowered by the evidence check</span>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.append("</div>\n").toString();
  }

  // -- grouping bars ---------------------------------------------------------------------------

  /**
   * A bar per grouping of its percentage out of 100, in HTML rows with a small SVG bar each: the
   * grouping's title, the percentage with its band's name in words ({@code 75.00% Established}),
   * and the band thresholds marked on every bar and named in a key above them.
   */
  static String groupingBars(Framework framework, ScoreReport report) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<div class=\"grouping-bars\">\n");
    h.append(bandKey());
    h.append("<svg class=\"bar-scale\" width=\"100%\" height=\"18\" aria-hidden=\"true\" focusable=\"false\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><title>Scale 0 to 100 per cent; thresholds at 39, 63 and"
        + " 88 per cent</title>");
    h.append("<text class=\"scale-label\" x=\"0\" y=\"13\">0%</text>");
    for (Band band : List.of(Band.EMERGING, Band.ESTABLISHED, Band.ASSET_BASED)) {
      h.append("<text class=\"scale-label\" text-anchor=\"middle\" x=\"").append(pct((band.getFrom() - 0.5) / 100))
          .append("\" y=\"13\">").append(band.getFrom()).append("%</text>");
    }
    h.append("<text class=\"scale-label scale-end\" text-anchor=\"end\" x=\"100%\" y=\"13\">100%</text></svg>\n");
    h.append("<ul class=\"grouping-bar-list\">\n");
    for (GroupingScore g : report.getGroupings()) {
      String title = HtmlReport.groupingTitle(framework, g.getGrouping());
      String value = HtmlReport.percent(g.getPercentage()) + g.getBand().map(b -> " " + b.getLabel()).orElse(" no band");
      double fraction = g.getPercentage().map(BigDecimal::doubleValue).orElse(0.0) / 100;
      String band = g.getBand().map(Charts::bandClass).orElse("band-none");
      h.append("<li class=\"grouping-bar\" data-grouping=\"").append(Html.text(g.getGrouping()))
          .append("\"><span class=\"grouping-name\">").append(Html.user(title))
          .append("</span> <span class=\"grouping-value\">").append(Html.text(value)).append("</span>\n")
          .append("<svg class=\"bar-track\" width=\"100%\" height=\"28\" aria-hidden=\"true\" focusable=\"false\""
              + " xmlns=\"http://www.w3.org/2000/svg\"><title>").append(Html.text(title + ": " + value))
          .append("</title><rect class=\"track\" x=\"0\" y=\"6\" width=\"100%\" height=\"16\"/>");
      for (Band b : List.of(Band.EMERGING, Band.ESTABLISHED, Band.ASSET_BASED)) {
        String x = pct((b.getFrom() - 0.5) / 100);
        h.append("<line class=\"threshold\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x)
            .append("\" y2=\"28\"/>");
      }
      if (g.getPercentage().isPresent()) {
        h.append("<rect class=\"bar ").append(band).append("\" x=\"0\" y=\"6\" width=\"").append(pct(fraction))
            .append("\" height=\"16\"/>");
      }
      h.append("</svg></li>\n");
    }
    return h.append("</ul>\n</div>\n").toString();
  }

  /** The bands and their ranges of whole-number percentage, as a key with a swatch each. */
  static String bandKey() {
    StringBuilder h = new StringBuilder("<ul class=\"band-key\" aria-label=\"Bands\">");
    for (Band band : Band.values()) {
      h.append("<li><span class=\"swatch ").append(bandClass(band)).append("\"></span>")
          .append(Html.text(band.getLabel())).append(' ').append(band.getFrom()).append("\u2013")
          .append(band.getTo()).append("%</li>");
    }
    return h.append("</ul>\n").toString();
  }

  // -- over time -------------------------------------------------------------------------------

  private static final double PLOT_TOP = 56;
  private static final double PLOT_BOTTOM = 256;
  private static final int PLOT_HEIGHT = 286;

  private static double yOf(double percentage) {
    return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * (percentage - 25) / 75;
  }

  /**
   * The overall percentage by assessment, one column per assessment in date order, on the band
   * zones (named in a key beside them): a complete result is a filled point joined by solid lines;
   * a provisional one is a hollow point, with a dashed line to it and "provisional" in its label;
   * an insufficient one has no point and breaks the line. Each point is labelled with its
   * percentage and band.
   */
  static String overTime(List<AreaReport.Scored> reports) {
    int count = reports.size();
    StringBuilder s = new StringBuilder(4096);
    s.append("<div class=\"progress-chart\">\n").append(bandKey()).append("<div class=\"progress-row\">\n");
    // at least 84 px a column, so that the labels of neighbouring points never meet: a narrow
    // screen scrolls the chart sideways rather than overlap them
    s.append("<svg class=\"progress-plot\" role=\"img\" width=\"100%\" height=\"" + PLOT_HEIGHT + "\"")
        .append(count > 2 ? " style=\"min-width:" + 84 * count + "px\"" : "")
        .append(" aria-labelledby=\"time-title time-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<title id=\"time-title\">Overall percentage by assessment date, on the band zones</title>\n"
        + "<desc id=\"time-desc\">");
    List<String> desc = new ArrayList<>();
    for (AreaReport.Scored scored : reports) {
      ScoreReport r = scored.getReport();
      desc.add(Plain.date(r.getAssessedOn()) + ": " + pointText(r).replace('\n', ' '));
    }
    s.append(Html.text(String.join("; ", desc))).append("</desc>\n");
    Band[] bands = Band.values();
    for (Band band : bands) {
      double top = yOf(band == Band.ASSET_BASED ? 100 : band.getTo() + 0.5);
      double bottom = yOf(band == Band.STARTING ? 25 : band.getFrom() - 0.5);
      s.append("<rect class=\"zone ").append(bandClass(band)).append("\" x=\"0\" y=\"").append(n(top))
          .append("\" width=\"100%\" height=\"").append(n(bottom - top)).append("\"/>\n");
    }
    double[] x = new double[count];
    double[] y = new double[count];
    boolean[] plotted = new boolean[count];
    for (int i = 0; i < count; i++) {
      ScoreReport r = reports.get(i).getReport();
      x[i] = (i + 0.5) / count;
      plotted[i] = r.getStatus() != Status.INSUFFICIENT && r.getOverall().getPercentage().isPresent();
      if (plotted[i]) {
        y[i] = yOf(r.getOverall().getPercentage().get().doubleValue());
      }
    }
    for (int i = 0; i + 1 < count; i++) {
      if (plotted[i] && plotted[i + 1]) {
        boolean provisional = reports.get(i).getReport().getStatus() == Status.PROVISIONAL
            || reports.get(i + 1).getReport().getStatus() == Status.PROVISIONAL;
        s.append("<line class=\"segment").append(provisional ? " provisional" : "").append("\" x1=\"")
            .append(pct(x[i])).append("\" y1=\"").append(n(y[i])).append("\" x2=\"").append(pct(x[i + 1]))
            .append("\" y2=\"").append(n(y[i + 1])).append("\"/>\n");
      }
    }
    for (int i = 0; i < count; i++) {
      ScoreReport r = reports.get(i).getReport();
      String at = pct(x[i]);
      s.append("<text class=\"date-label\" text-anchor=\"middle\" x=\"").append(at).append("\" y=\"")
          .append(n(PLOT_BOTTOM + 22)).append("\">").append(Plain.shortDate(r.getAssessedOn())).append("</text>\n");
      if (!plotted[i]) {
        s.append("<line class=\"gap-line\" x1=\"").append(at).append("\" y1=\"").append(n(PLOT_TOP))
            .append("\" x2=\"").append(at).append("\" y2=\"").append(n(PLOT_BOTTOM)).append("\"/>\n");
      } else {
        boolean provisional = r.getStatus() == Status.PROVISIONAL;
        s.append("<circle class=\"point").append(provisional ? " provisional" : "").append("\" cx=\"").append(at)
            .append("\" cy=\"").append(n(y[i])).append("\" r=\"6\"><title>").append(Plain.date(r.getAssessedOn())).append(": ")
            .append(Html.text(pointText(r).replace('\n', ' '))).append("</title></circle>\n");
      }
      // the label in a strip above the zones, on white, in the point's column
      List<String> lines = List.of(pointText(r).split("\n"));
      s.append("<text class=\"point-label").append(plotted[i] ? "" : " gap").append("\" text-anchor=\"middle\" x=\"")
          .append(at).append("\" y=\"14\">");
      for (int l = 0; l < lines.size(); l++) {
        s.append("<tspan x=\"").append(at).append("\"").append(l == 0 ? "" : " dy=\"15\"")
            .append(l == 0 || !plotted[i] ? "" : " class=\"sub\"").append('>').append(Html.text(lines.get(l)))
            .append("</tspan>");
      }
      s.append("</text>\n");
    }
    s.append("</svg>\n");
    s.append("<svg class=\"progress-key\" width=\"112\" height=\"" + PLOT_HEIGHT + "\" aria-hidden=\"true\" focusable=\"false\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><title>Band zones</title>\n");
    for (Band band : bands) {
      double top = yOf(band == Band.ASSET_BASED ? 100 : band.getTo() + 0.5);
      double bottom = yOf(band == Band.STARTING ? 25 : band.getFrom() - 0.5);
      s.append("<rect class=\"zone ").append(bandClass(band)).append("\" x=\"0\" y=\"").append(n(top))
          .append("\" width=\"6\" height=\"").append(n(bottom - top)).append("\"/>")
          .append("<text class=\"zone-label\" x=\"12\" y=\"").append(n((top + bottom) / 2 - 2)).append("\">")
          .append(Html.text(band.getLabel())).append(" <tspan x=\"12\" dy=\"14\" class=\"sub\">")
          .append(band.getFrom()).append("\u2013").append(band.getTo()).append("%</tspan></text>\n");
    }
    s.append("</svg>\n</div>\n</div>\n");
    return s.toString();
  }

  /** A point's label, a line each: the percentage, the band, and "provisional" or the want of a result. */
  static String pointText(ScoreReport r) {
    if (r.getStatus() == Status.INSUFFICIENT || r.getOverall().getPercentage().isEmpty()) {
      return "insufficient:\ntoo few rated";
    }
    String percentage = HtmlReport.percent(r.getOverall().getPercentage());
    Optional<Band> band = r.getOverall().getBand();
    String bandText = band.map(Band::getLabel).orElse("no band")
        + (band.isPresent() && !band.equals(r.getOverall().getPercentageBand()) ? " (lowered)" : "");
    return percentage + "\n" + bandText + (r.getStatus() == Status.PROVISIONAL ? "\nprovisional" : "");
  }

  // -- outcome intervals -----------------------------------------------------------------------

  /**
   * The axis of an interval chart, in the unit of the published figures (a share in per cent), and
   * what the key of the chart it belongs to names.
   *
   * @param lo the left end
   * @param hi the right end
   * @param share whether the figures are shares
   * @param key whether this chart carries the key of its table (the table's first row)
   * @param earlier whether any row of the table has an earlier period
   * @param baseline whether any row of the table has a baseline
   */
  record Scale(double lo, double hi, boolean share, boolean key, boolean earlier, boolean baseline) {
    /** The labelled ticks, both ends and the middle, as shown: {@code 0%}, {@code 12}. */
    List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (double v : new double[] {lo, (lo + hi) / 2, hi}) {
        labels.add(new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString()
            .replaceFirst("^-0$", "0") + (share ? "%" : ""));
      }
      return labels;
    }
  }

  /**
   * The scale of one indicator's chart in an outcome's table, common to every row of the same
   * unit: every share 0 to 100 per cent; a mean with a defined range that range; and the means
   * without a range of one measure one scale over all their published figures (both periods) and
   * baselines in the table, widened to round ends.
   *
   * @param outcome the outcome whose table the row is in
   * @param earlier the earlier period's report, if any
   * @param framework the framework, for the indicators' definitions
   * @param row the row's indicator
   * @return the scale
   */
  static Scale intervalScale(OutcomeResult outcome, Optional<OutcomeReport> earlier, Framework framework,
      IndicatorResult row) {
    List<IndicatorResult> rows = outcome.getIndicators();
    boolean key = !rows.isEmpty() && rows.get(0).getIndicator().equals(row.getIndicator());
    boolean anyEarlier = false;
    boolean anyBaseline = false;
    for (IndicatorResult r : rows) {
      anyBaseline |= r.getBaseline().isPresent();
      anyEarlier |= earlier.flatMap(e -> e.findIndicator(r.getIndicator()))
          .map(b -> b.getPublished().getValue().isPresent()).orElse(false);
    }
    boolean share = row.getStatistic() == Statistic.SHARE;
    if (share) {
      return new Scale(0, 100, true, key, anyEarlier, anyBaseline);
    }
    Optional<IndicatorDefinition> def = framework.findIndicator(row.getIndicator());
    Optional<Range> range = def.flatMap(IndicatorDefinition::getRange);
    if (range.isPresent()) {
      return new Scale(range.get().getMin(), range.get().getMax(), false, key, anyEarlier, anyBaseline);
    }
    String kind = def.map(d -> d.getMeasure().name()).orElse("");
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (IndicatorResult r : rows) {
      Optional<IndicatorDefinition> d = framework.findIndicator(r.getIndicator());
      if (r.getStatistic() == Statistic.SHARE || d.flatMap(IndicatorDefinition::getRange).isPresent()
          || !d.map(x -> x.getMeasure().name()).orElse("").equals(kind)) {
        continue;
      }
      List<Double> shown = new ArrayList<>();
      r.getBaseline().ifPresent(shown::add);
      List<PublishedValue> published = new ArrayList<>(List.of(r.getPublished()));
      earlier.flatMap(e -> e.findIndicator(r.getIndicator())).ifPresent(b -> published.add(b.getPublished()));
      for (PublishedValue p : published) {
        p.getValue().ifPresent(v -> shown.add(v.doubleValue()));
        p.getLower().ifPresent(v -> shown.add(v.doubleValue()));
        p.getUpper().ifPresent(v -> shown.add(v.doubleValue()));
      }
      for (double v : shown) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      return new Scale(0, 1, false, key, anyEarlier, anyBaseline);
    }
    double[] ends = roundEnds(lo, hi);
    return new Scale(ends[0], ends[1], false, key, anyEarlier, anyBaseline);
  }

  /**
   * Round ends around a span: multiples of a step of 1, 2, 2.5 or 5 times a power of ten, about a
   * quarter of the span, with an even number of steps between them so the middle is round too.
   */
  static double[] roundEnds(double lo, double hi) {
    if (hi - lo < 1e-9) {
      double pad = Math.max(1, Math.abs(lo) * 0.1);
      lo -= pad;
      hi += pad;
    }
    double raw = (hi - lo) / 4;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double ratio = raw / magnitude;
    double step = magnitude * (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 2.5 ? 2.5 : ratio <= 5 ? 5 : 10);
    long a = (long) Math.floor(lo / step + 1e-9);
    long b = (long) Math.ceil(hi / step - 1e-9);
    if ((b - a) % 2 != 0) {
      b++;
    }
    return new double[] {a * step, b * step};
  }

  /**
   * An interval plot of published figures only, on the scale of its table: this period's 95%
   * interval as a darker bar with its value as a dot, the earlier period's (when there is one) as a
   * lighter bar above it, a baseline as a dark dashed line, and an axis with labelled ticks at both
   * ends and the middle. A suppressed figure is not drawn; the title says so. The table's first
   * chart carries the key.
   *
   * @param published this period's published figure
   * @param earlier the earlier period's, if any
   * @param baseline the baseline given with the data, in the unit of the raw value
   * @param share whether the figures are shares (published in per cent)
   * @param scale the axis, in the published unit, and what the key names
   */
  static String interval(PublishedValue published, Optional<PublishedValue> earlier,
      Optional<Double> baseline, boolean share, Scale scale) {
    String unit = share ? "%" : "";
    StringBuilder s = new StringBuilder(1536);
    s.append("<svg class=\"interval-chart\" role=\"img\" width=\"100%\" height=\"62\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><title>");
    s.append("This period ").append(describe(published, unit));
    earlier.ifPresent(e -> s.append("; earlier period ").append(describe(e, unit)));
    baseline.ifPresent(b -> s.append("; baseline ").append(HtmlReport.value(b, share)));
    s.append(" (published figures)</title>");
    baseline.ifPresent(b -> {
      String x = xOf(share ? 100 * b : b, scale);
      s.append("<line class=\"baseline\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x)
          .append("\" y2=\"38\"/>");
    });
    earlier.ifPresent(e -> bar(s, e, "earlier", 4, 10, scale));
    bar(s, published, "ci", 18, 14, scale);
    s.append("<line class=\"scale\" x1=\"3%\" y1=\"40\" x2=\"97%\" y2=\"40\"/>");
    for (int q = 0; q <= 4; q++) {
      String x = pct(0.03 + 0.94 * q / 4);
      s.append("<line class=\"tick-mark\" x1=\"").append(x).append("\" y1=\"40\" x2=\"").append(x)
          .append("\" y2=\"").append(q % 2 == 0 ? "45" : "43").append("\"/>");
    }
    List<String> labels = scale.labels();
    String[] anchors = {"start", "middle", "end"};
    String[] xs = {"0%", "50%", "100%"};
    for (int t = 0; t < 3; t++) {
      s.append("<text class=\"tick-label\" text-anchor=\"").append(anchors[t]).append("\" x=\"").append(xs[t])
          .append("\" y=\"58\">").append(Html.text(labels.get(t))).append("</text>");
    }
    s.append("</svg>");
    if (scale.key()) {
      s.append("<p class=\"interval-key\">");
      if (scale.earlier()) {
        s.append("<span><span class=\"swatch swatch-earlier\"></span>earlier period</span> ");
      }
      s.append("<span><span class=\"swatch swatch-this\"></span>this period (95% interval, dot: value)</span>");
      if (scale.baseline()) {
        s.append(" <span><span class=\"swatch swatch-baseline\"></span>baseline</span>");
      }
      s.append("</p>");
    }
    return s.toString();
  }

  private static String xOf(double value, Scale scale) {
    return pct(0.03 + 0.94 * clamp((value - scale.lo()) / (scale.hi() - scale.lo())));
  }

  private static String describe(PublishedValue published, String unit) {
    if (published.getValue().isEmpty()) {
      return published.getMarker().map(m -> m.symbol() + " (" + m.meaning() + ")").orElse("none");
    }
    return published.getValue().get().toPlainString() + unit + published.getLower()
        .map(l -> ", 95% interval " + l.toPlainString() + unit + " to "
            + published.getUpper().orElseThrow().toPlainString() + unit)
        .orElse("");
  }

  private static void bar(StringBuilder s, PublishedValue published, String kind, double top, double height,
      Scale scale) {
    if (published.getValue().isEmpty()) {
      return;
    }
    if (published.getLower().isPresent()) {
      double x1 = 0.03 + 0.94 * clamp((published.getLower().get().doubleValue() - scale.lo()) / (scale.hi() - scale.lo()));
      double x2 = 0.03 + 0.94 * clamp((published.getUpper().orElseThrow().doubleValue() - scale.lo())
          / (scale.hi() - scale.lo()));
      s.append("<rect class=\"").append(kind).append("\" x=\"").append(pct(x1)).append("\" y=\"").append(n(top))
          .append("\" width=\"").append(pct(Math.max(0.004, x2 - x1))).append("\" height=\"").append(n(height))
          .append("\"/>");
    }
    s.append("<circle class=\"").append(kind.equals("ci") ? "estimate" : "earlier-estimate")
        .append("\" cx=\"").append(xOf(published.getValue().get().doubleValue(), scale)).append("\" cy=\"")
        .append(n(top + height / 2)).append("\" r=\"").append(kind.equals("ci") ? "5" : "4").append("\"/>");
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}
