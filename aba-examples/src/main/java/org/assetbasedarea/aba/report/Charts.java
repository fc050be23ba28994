package org.assetbasedarea.aba.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;

/** The inline SVG charts. Each has a {@code <title>} and {@code <desc>}, and a table beside it. */
final class Charts {
  private Charts() {}

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A radar of the framework's actions: the rating as given and the effective rating, 0-4. */
  static String radar(Framework framework, ScoreReport report) {
    List<Action> actions = framework.getActions();
    int size = actions.size();
    double cx = 380;
    double cy = 280;
    double radius = 195;
    StringBuilder s = new StringBuilder(8192);
    s.append("<svg class=\"radar\" role=\"img\" viewBox=\"0 0 760 560\" width=\"760\" height=\"560\""
        + " aria-labelledby=\"radar-title radar-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<title id=\"radar-title\">Radar chart of the ").append(size)
        .append(" actions: rating as given and effective rating</title>\n<desc id=\"radar-desc\">");
    List<String> desc = new ArrayList<>();
    for (Action action : actions) {
      Optional<ActionScore> score = report.findAction(action.getId());
      desc.add(action.getTitle() + ": " + score.map(a -> "rated " + a.getRating() + ", effective "
          + a.getEffectiveRating()).orElse("not assessed"));
    }
    s.append(Html.text(String.join("; ", desc))).append("</desc>\n");
    for (int ring = 1; ring <= 4; ring++) {
      s.append("<circle class=\"ring\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
          .append("\" r=\"").append(n(radius * ring / 4)).append("\"/>\n");
      s.append("<text class=\"ring-label\" x=\"").append(n(cx + 3)).append("\" y=\"")
          .append(n(cy - radius * ring / 4 - 2)).append("\">").append(ring).append("</text>\n");
    }
    StringBuilder rating = new StringBuilder();
    StringBuilder effective = new StringBuilder();
    for (int i = 0; i < size; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / size;
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      s.append("<line class=\"axis\" x1=\"").append(n(cx)).append("\" y1=\"").append(n(cy))
          .append("\" x2=\"").append(n(cx + radius * cos)).append("\" y2=\"").append(n(cy + radius * sin))
          .append("\"/>\n");
      Action action = actions.get(i);
      Optional<ActionScore> score = report.findAction(action.getId());
      int r = score.map(ActionScore::getRating).orElse(0);
      int e = score.map(ActionScore::getEffectiveRating).orElse(0);
      rating.append(rating.length() == 0 ? "" : " ").append(n(cx + radius * r / 4 * cos)).append(',')
          .append(n(cy + radius * r / 4 * sin));
      effective.append(effective.length() == 0 ? "" : " ").append(n(cx + radius * e / 4 * cos)).append(',')
          .append(n(cy + radius * e / 4 * sin));
      double lx = cx + (radius + 16) * cos;
      double ly = cy + (radius + 16) * sin;
      String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
      List<String> lines = wrap((i + 1) + ". " + action.getTitle(), 22);
      if (score.isEmpty()) {
        lines.add("(not assessed)");
      }
      double first = sin < -0.5 ? ly - 13 * (lines.size() - 1) - 2 : sin > 0.5 ? ly + 12 : ly - 6.5 * (lines.size() - 1) + 4;
      s.append("<text class=\"axis-label").append(score.isEmpty() ? " not-assessed" : "")
          .append("\" text-anchor=\"").append(anchor).append("\" x=\"").append(n(lx)).append("\" y=\"")
          .append(n(first)).append("\">");
      for (int l = 0; l < lines.size(); l++) {
        s.append("<tspan x=\"").append(n(lx)).append("\"").append(l == 0 ? "" : " dy=\"13\"").append('>')
            .append(Html.text(lines.get(l))).append("</tspan>");
      }
      s.append("</text>\n");
    }
    s.append("<polygon class=\"effective\" points=\"").append(effective)
        .append("\"><title>Effective rating, after evidence caps</title></polygon>\n");
    s.append("<polygon class=\"rating\" points=\"").append(rating)
        .append("\"><title>Rating as given</title></polygon>\n");
    s.append("</svg>\n");
    return s.toString();
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

  /** Horizontal bars of the groupings' percentages, with the band thresholds marked. */
  static String groupingBars(Framework framework, ScoreReport report) {
    List<GroupingScore> groupings = report.getGroupings();
    double left = 250;
    double width = 400;
    double rowHeight = 44;
    double top = 26;
    double height = top + rowHeight * groupings.size() + 10;
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg class=\"grouping-bars\" role=\"img\" viewBox=\"0 0 800 ").append(n(height))
        .append("\" width=\"800\" height=\"").append(n(height))
        .append("\" aria-labelledby=\"bars-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<title id=\"bars-title\">Percentage of each grouping, with the band thresholds at 39, 63"
            + " and 88 per cent</title>\n");
    int[] thresholds = {Band.EMERGING.getFrom(), Band.ESTABLISHED.getFrom(), Band.ASSET_BASED.getFrom()};
    for (int t : thresholds) {
      double x = left + width * t / 100.0;
      s.append("<line class=\"threshold\" x1=\"").append(n(x)).append("\" y1=\"").append(n(top - 6))
          .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(height - 8)).append("\"/>\n")
          .append("<text class=\"threshold-label\" text-anchor=\"middle\" x=\"").append(n(x))
          .append("\" y=\"").append(n(top - 10)).append("\">").append(t).append("%</text>\n");
    }
    for (int i = 0; i < groupings.size(); i++) {
      GroupingScore g = groupings.get(i);
      double y = top + rowHeight * i;
      double pct = g.getPercentage().map(BigDecimal::doubleValue).orElse(0.0);
      String band = g.getBand().map(b -> b.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("none");
      List<String> label = wrap(HtmlReport.groupingTitle(framework, g.getGrouping()), 36);
      s.append("<text class=\"bar-label\" x=\"0\" y=\"").append(n(y + (label.size() > 1 ? 12 : 19))).append("\">");
      for (int l = 0; l < label.size(); l++) {
        s.append("<tspan x=\"0\"").append(l == 0 ? "" : " dy=\"14\"").append('>')
            .append(Html.text(label.get(l))).append("</tspan>");
      }
      s.append("</text>\n<rect class=\"track\" x=\"").append(n(left)).append("\" y=\"").append(n(y))
          .append("\" width=\"").append(n(width)).append("\" height=\"28\"/>\n");
      s.append("<rect class=\"bar band-").append(band).append("\" x=\"").append(n(left)).append("\" y=\"")
          .append(n(y)).append("\" width=\"").append(n(width * pct / 100)).append("\" height=\"28\"><title>")
          .append(Html.text(HtmlReport.groupingTitle(framework, g.getGrouping()))).append(": ")
          .append(HtmlReport.percent(g.getPercentage())).append(g.getBand().map(b -> ", " + b.getLabel()).orElse(", not rated"))
          .append("</title></rect>\n");
      s.append("<text class=\"bar-value\" x=\"").append(n(left + width + 8)).append("\" y=\"")
          .append(n(y + 19)).append("\">").append(HtmlReport.percent(g.getPercentage()))
          .append(g.getBand().map(b -> " " + Html.text(b.getLabel())).orElse(" not rated")).append("</text>\n");
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** A line chart of the overall percentage by assessment date, with the bands shaded. */
  static String overTime(List<AreaReport.Scored> reports) {
    double left = 50;
    double right = 620;
    double top = 20;
    double bottom = 220;
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg class=\"over-time\" role=\"img\" viewBox=\"0 0 660 260\" width=\"660\" height=\"260\""
        + " aria-labelledby=\"time-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<title id=\"time-title\">Overall percentage by assessment date</title>\n");
    Band[] bands = Band.values();
    for (Band band : bands) {
      double from = band == Band.STARTING ? 0 : band.getFrom() - 0.5;
      double to = band == Band.ASSET_BASED ? 100 : band.getTo() + 0.5;
      double y1 = bottom - (bottom - top) * to / 100;
      double y2 = bottom - (bottom - top) * from / 100;
      s.append("<rect class=\"zone band-").append(band.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\" x=\"").append(n(left)).append("\" y=\"").append(n(y1)).append("\" width=\"")
          .append(n(right - left)).append("\" height=\"").append(n(y2 - y1)).append("\"/>\n")
          .append("<text class=\"zone-label\" x=\"").append(n(right - 4)).append("\" y=\"")
          .append(n(y1 + 12)).append("\" text-anchor=\"end\">").append(Html.text(band.getLabel()))
          .append("</text>\n");
    }
    for (int p = 0; p <= 100; p += 25) {
      double y = bottom - (bottom - top) * p / 100;
      s.append("<text class=\"tick\" x=\"").append(n(left - 6)).append("\" y=\"").append(n(y + 4))
          .append("\" text-anchor=\"end\">").append(p).append("%</text>\n");
    }
    long first = reports.get(0).getReport().getAssessedOn().toEpochDay();
    long last = reports.get(reports.size() - 1).getReport().getAssessedOn().toEpochDay();
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    int i = 0;
    for (AreaReport.Scored scored : reports) {
      ScoreReport r = scored.getReport();
      double x = last == first
          ? left + (right - left) * (reports.size() == 1 ? 0.5 : (double) i / (reports.size() - 1))
          : left + 40 + (right - left - 150) * (r.getAssessedOn().toEpochDay() - first) / (double) (last - first);
      i++;
      s.append("<text class=\"tick\" x=\"").append(n(x)).append("\" y=\"").append(n(bottom + 18))
          .append("\" text-anchor=\"middle\">").append(r.getAssessedOn()).append("</text>\n");
      if (r.getOverall().getPercentage().isEmpty()) {
        continue;
      }
      double pct = r.getOverall().getPercentage().get().doubleValue();
      double y = bottom - (bottom - top) * pct / 100;
      points.append(points.length() == 0 ? "" : " ").append(n(x)).append(',').append(n(y));
      dots.append("<circle class=\"point\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
          .append("\" r=\"5\"><title>").append(r.getAssessedOn()).append(": ")
          .append(HtmlReport.percent(r.getOverall().getPercentage())).append("</title></circle>\n")
          .append("<text class=\"point-label\" x=\"").append(n(x)).append("\" y=\"").append(n(y - 10))
          .append("\" text-anchor=\"middle\">").append(HtmlReport.percent(r.getOverall().getPercentage()))
          .append("</text>\n");
    }
    s.append("<polyline class=\"trend\" points=\"").append(points).append("\"/>\n").append(dots);
    s.append("</svg>\n");
    return s.toString();
  }

  /**
   * A small interval plot of published figures only: this period's 95% interval as a bar with its
   * value as a dot, the earlier period's (when there is one) as a lighter bar above it, and a
   * baseline as a tick. A suppressed figure is not drawn; the title says so.
   *
   * @param published this period's published figure
   * @param earlier the earlier period's, if any
   * @param baseline the baseline given with the data, in the unit of the raw value
   * @param share whether the figures are shares (published in per cent)
   * @param scale the axis, in the published unit
   */
  static String interval(PublishedValue published, Optional<PublishedValue> earlier,
      Optional<Double> baseline, boolean share, double[] scale) {
    double lo = scale[0];
    double hi = scale[1];
    double left = 6;
    double width = 148;
    String unit = share ? "%" : "";
    StringBuilder s = new StringBuilder(768);
    s.append("<svg class=\"interval-chart\" role=\"img\" viewBox=\"0 0 160 30\" width=\"160\" height=\"30\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><title>");
    s.append("This period ").append(describe(published, unit));
    earlier.ifPresent(e -> s.append("; earlier period ").append(describe(e, unit)));
    baseline.ifPresent(b -> s.append("; baseline ").append(HtmlReport.value(b, share)));
    s.append(" (published figures)</title><line class=\"scale\" x1=\"").append(n(left))
        .append("\" y1=\"27\" x2=\"").append(n(left + width)).append("\" y2=\"27\"/>");
    earlier.ifPresent(e -> bar(s, e, "earlier", 3, lo, hi, left, width));
    bar(s, published, "ci", 15, lo, hi, left, width);
    baseline.ifPresent(b -> {
      double x = left + width * clamp(((share ? 100 * b : b) - lo) / (hi - lo));
      s.append("<line class=\"baseline\" x1=\"").append(n(x)).append("\" y1=\"1\" x2=\"").append(n(x))
          .append("\" y2=\"29\"/>");
    });
    return s.append("</svg>").toString();
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

  private static void bar(StringBuilder s, PublishedValue published, String kind, double top,
      double lo, double hi, double left, double width) {
    if (published.getValue().isEmpty()) {
      return;
    }
    if (published.getLower().isPresent()) {
      double x1 = left + width * clamp((published.getLower().get().doubleValue() - lo) / (hi - lo));
      double x2 = left + width * clamp((published.getUpper().orElseThrow().doubleValue() - lo) / (hi - lo));
      s.append("<rect class=\"").append(kind).append("\" x=\"").append(n(x1)).append("\" y=\"").append(n(top))
          .append("\" width=\"").append(n(Math.max(1, x2 - x1))).append("\" height=\"9\"/>");
    }
    double x = left + width * clamp((published.getValue().get().doubleValue() - lo) / (hi - lo));
    s.append("<circle class=\"").append(kind.equals("ci") ? "estimate" : "earlier-estimate")
        .append("\" cx=\"").append(n(x)).append("\" cy=\"").append(n(top + 4.5)).append("\" r=\"3.5\"/>");
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}
