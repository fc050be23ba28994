package org.assetbasedarea.aba.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.files.SafeFiles;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.network.AreaSeries;
import org.assetbasedarea.aba.network.NetworkCsv;
import org.assetbasedarea.aba.network.NetworkJson;
import org.assetbasedarea.aba.network.NetworkView;
import org.assetbasedarea.aba.scoring.Band;
import org.jspecify.annotations.Nullable;

/**
 * The network view's files: {@code network.html} (a self-contained page in the style of the area
 * report), {@code network.json} and the CSV files, written as one {@link SafeFiles} transaction.
 * The page is bounded: per area one table row (first and latest result, change, position and a
 * small trend of at most {@value #TREND_POINTS} points); the full series are in the JSON and CSV.
 */
public final class NetworkReport {
  /** The page's file name. */
  public static final String PAGE = "network.html";

  /** The JSON file's name. */
  public static final String JSON = "network.json";

  /** The most points an area's trend line draws. */
  static final int TREND_POINTS = 24;

  private static final int FLUSH_AT = 1 << 16;

  /** The running header names a network's areas when it has at most this many. */
  static final int NAMED_AREAS = 3;


  private NetworkReport() {}

  /**
   * Writes every file of the view into a directory, all or nothing (streamed, so the size of
   * the series does not bound the heap): the page first in the transaction, so it appears last.
   *
   * @param view the view
   * @param dir the output directory (created when missing)
   * @return the files written, the page first
   * @throws IOException when a file cannot be written (the message says which and why; nothing
   *     was changed)
   */
  public static List<Path> write(NetworkView view, Path dir) throws IOException {
    try (SafeFiles files = SafeFiles.in(dir)) {
      try (Writer out = files.writer(PAGE)) {
        page(view, out);
      }
      try (Writer out = files.writer(JSON)) {
        NetworkJson.write(view, out);
        out.write('\n');
      }
      for (String csv : NetworkCsv.FILES) {
        try (Writer out = files.writer(csv)) {
          NetworkCsv.write(view, csv, out);
        }
      }
      return files.commit();
    }
  }

  /**
   * Writes the page.
   *
   * @param view the view
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public static void page(NetworkView view, Writer out) throws IOException {
    Framework framework = view.getFramework();
    StringBuilder h = new StringBuilder(FLUSH_AT * 2);
    int areas = view.getAreas().size();
    Optional<LocalDate[]> dates = dates(view);
    // the page's own print rules after the shared sheet: A4 and a running header
    HtmlReport.head(h, "Network view: Asset-Based Area", pageRule(runningHeader(view)));
    h.append("<header class=\"network\"><h1>Network view</h1>\n<p class=\"lede\">")
        .append(count(areas, "area", "areas")).append(" and ")
        .append(count(view.getAssessments(), "self-assessment", "self-assessments"));
    dates.ifPresent(d -> h.append(d[0].equals(d[1]) ? ", on " + Plain.date(d[0])
        : ", from " + Plain.date(d[0]) + " to " + Plain.date(d[1])));
    h.append(", against the framework \u201c").append(Html.user(framework.getTitle())).append("\u201d. ")
        .append(view.getGroupsSource().equals("gss")
            ? "Each area is compared with areas of the same kind of council, as its area code says."
            : "Each area is compared with the areas of the peer group the network chose for it.")
        .append("</p></header>\n<main class=\"network\">\n");
    about(h, view);
    NetworkView.Comparison network = view.getNetwork().orElse(null);
    if (network == null) {
      h.append("<section id=\"withheld\" aria-labelledby=\"withheld-h\"><h2 id=\"withheld-h\">"
          + "No comparison is published</h2>\n<p>").append(Html.text(capitalise(view.getWithheldReason().orElse(""))))
          .append(". Each area's own figures are shown below: they are its own self-assessment.</p></section>\n");
    } else {
      spread(h, view, network);
      heatmap(h, framework, network, "heatmap", "Ratings across the network");
      groups(h, view);
      actions(h, framework, network);
      years(h, network);
      if (!view.getIndicators().isEmpty()) {
        outcomes(h, view, network);
      }
    }
    if (network == null) {
      groups(h, view);
    }
    flush(h, out, 0);
    areas(h, view, out);
    h.append("</main>\n");
    HtmlReport.foot(h);
    out.write(h.toString());
  }

  /** The first and the last date of the network's assessments, if it has any. */
  private static Optional<LocalDate[]> dates(NetworkView view) {
    LocalDate first = null;
    LocalDate last = null;
    for (AreaSeries area : view.getAreas()) {
      if (area.size() == 0) {
        continue;
      }
      LocalDate a = area.assessedOn(0);
      LocalDate b = area.assessedOn(area.size() - 1);
      first = first == null || a.isBefore(first) ? a : first;
      last = last == null || b.isAfter(last) ? b : last;
    }
    return first == null || last == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
  }

  /**
   * What every printed page says it is: the network's size (its areas by name when there are at
   * most {@value #NAMED_AREAS}) and the dates of its assessments, on one line.
   */
  static String runningHeader(NetworkView view) {
    List<AreaSeries> areas = view.getAreas();
    StringBuilder s = new StringBuilder("Network view: ").append(count(areas.size(), "area", "areas"));
    if (!areas.isEmpty() && areas.size() <= NAMED_AREAS) {
      for (int i = 0; i < areas.size(); i++) {
        s.append(i == 0 ? ", " : i == areas.size() - 1 ? " and " : ", ")
            .append(shorten(oneLine(areas.get(i).getName()), 60));
      }
    }
    dates(view).ifPresent(d -> s.append(d[0].equals(d[1]) ? "; assessed on " + Plain.shortDate(d[0])
        : "; assessed " + Plain.shortDate(d[0]) + " to " + Plain.shortDate(d[1])));
    return s.toString();
  }

  /** The page's own {@code @page} rule: A4, its running header and the page number. */
  static String pageRule(String header) {
    return "@page{size:A4;margin:16mm 14mm 16mm;"
        + "@top-left{content:" + Html.cssString(header) + ";font:9pt/1.3 system-ui,sans-serif;color:#1d2330}"
        + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:9pt system-ui,sans-serif;color:#1d2330}}\n";
  }

  /** A text with every run of white space (line breaks too) as one space, trimmed. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** A text of at most {@code max} characters, cut with an ellipsis (never inside a pair). */
  private static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    // max - 1 units and the ellipsis, one unit fewer when the last kept would be half of a pair
    int cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, cut) + "\u2026";
  }

  private static void about(StringBuilder h, NetworkView view) {
    int min = view.getMinGroupSize();
    h.append("<section id=\"about\" aria-labelledby=\"about-h\"><h2 id=\"about-h\">About these figures</h2>\n")
        .append("<ul class=\"explanations\">\n")
        .append("<li>Every figure is from each area's latest self-assessment, unless it says otherwise.</li>\n")
        .append("<li>Ratings are counted after the evidence check: a rating counts only as far as its"
            + " evidence supports it (a rating with no evidence counts as 1, and one without evidence from"
            + " people's own experience counts as 2 at most).</li>\n")
        .append("<li>To keep small groups from being singled out, a comparison is published only for a"
            + " group of at least ").append(min)
        .append(" areas. Peer groups with fewer are put together into one group of smaller groups; when"
            + " that group too has fewer than ").append(min).append(" areas, it is withheld: not published. A network of"
            + " fewer than ").append(min).append(" areas publishes no comparison at all, and an average, a"
            + " quartile or a year resting on fewer than ").append(min).append(" areas is withheld.</li>\n")
        .append("<li>The median is the middle area's result. A quarter of the areas are below the first"
            + " quartile and a quarter above the third, so the middle half of areas lies between the two. An"
            + " area's percentile is the share of areas below it.</li>\n")
        .append("<li>Each area's own figures are always shown: they are its own self-assessment.</li>\n");
    if (view.getDisclosure() != null) {
      h.append("<li>Outcome figures are only values that may be published: small numbers are hidden and"
          + " values rounded, so no raw figure appears here.</li>\n");
    }
    h.append("</ul>\n<details class=\"analysts\"><summary>For analysts: how the figures are worked out</summary>\n<ul>\n")
        .append("<li>Framework ").append(Html.text(view.getFramework().getId())).append(", scored with the rule set ")
        .append(Html.text(view.getRules())).append("; ratings are effective ratings, after the evidence caps.</li>\n")
        .append("<li>Quartiles and medians use linear interpolation between the sorted values (R's default,"
            + " type 7; Excel's QUARTILE.INC). Percentiles are mid-rank: ties count as half.</li>\n")
        .append("<li>Peer groups ").append(view.getGroupsSource().equals("gss")
            ? "by the kind of authority the first three characters of each area's GSS code name."
            : "from the file " + Html.user(view.getGroupsSource()) + ".")
        .append("</li>\n");
    if (view.getDisclosure() != null) {
      h.append("<li>Outcome figures after disclosure control under the policy ")
          .append(Html.text(view.getDisclosure())).append(".</li>\n");
    }
    h.append("<li>Every assessment of every area is in network.json and network-areas.csv beside this page.</li>\n")
        .append("</ul></details></section>\n");
  }

  private static List<NetworkView.Comparison> all(NetworkView view) {
    List<NetworkView.Comparison> all = new ArrayList<>();
    view.getNetwork().ifPresent(all::add);
    all.addAll(view.getGroupComparisons());
    return all;
  }

  private static final String QUARTILE_HEADERS = "<th scope=\"col\" class=\"num\">Areas</th>"
      + "<th scope=\"col\" class=\"num\">First quartile</th><th scope=\"col\" class=\"num\">Median</th>"
      + "<th scope=\"col\" class=\"num\">Third quartile</th>";

  private static void spread(StringBuilder h, NetworkView view, NetworkView.Comparison network) {
    h.append("<section id=\"spread\" aria-labelledby=\"spread-h\"><h2 id=\"spread-h\">Spread of results</h2>\n")
        .append("<p class=\"lede\">The overall percentage of each area's latest assessment: the"
            + " middle half of areas lies between the first and third quartiles. Each bar runs from 0% to"
            + " 100%; its shaded part is the middle half and its line the median.</p>\n");
    h.append("<table class=\"spread stack\"><caption>Overall percentage by comparison</caption>\n<thead><tr>"
        + "<th scope=\"col\">Comparison</th>" + QUARTILE_HEADERS
        + "<th scope=\"col\">Middle half, on a scale of 0 to 100%</th></tr></thead>\n<tbody>\n");
    for (NetworkView.Comparison c : all(view)) {
      NetworkView.Spread s = c.spread().get(0);
      h.append("<tr><th scope=\"row\">").append(Html.user(c.label())).append("</th>");
      quartileCells(h, s.n(), s.q1(), s.median(), s.q3());
      h.append("<td class=\"bar\">").append(box(s.q1(), s.median(), s.q3())).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    h.append("<table class=\"spread-groupings stack\"><caption>Percentage in each group of actions, across the network</caption>\n<thead><tr>"
        + "<th scope=\"col\">Group of actions</th>" + QUARTILE_HEADERS
        + "<th scope=\"col\">Middle half, on a scale of 0 to 100%</th></tr></thead>\n<tbody>\n");
    for (NetworkView.Spread s : network.spread().subList(1, network.spread().size())) {
      h.append("<tr><th scope=\"row\">").append(Html.text(HtmlReport.groupingTitle(view.getFramework(), s.measure())))
          .append("</th>");
      quartileCells(h, s.n(), s.q1(), s.median(), s.q3());
      h.append("<td class=\"bar\">").append(box(s.q1(), s.median(), s.q3())).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void quartileCells(StringBuilder h, int n, @Nullable BigDecimal q1,
      @Nullable BigDecimal median, @Nullable BigDecimal q3) {
    h.append("<td class=\"num\">").append(n).append("</td>");
    if (median == null) {
      h.append("<td colspan=\"3\" class=\"withheld\">withheld (fewer areas than the minimum)</td>");
    } else {
      h.append("<td class=\"num\">").append(pct(q1)).append("</td><td class=\"num\">").append(pct(median))
          .append("</td><td class=\"num\">").append(pct(q3)).append("</td>");
    }
  }

  /** A bar from 0 to 100% with the middle half shaded, the median marked and quarter ticks. */
  private static String box(@Nullable BigDecimal q1, @Nullable BigDecimal median, @Nullable BigDecimal q3) {
    if (q1 == null || median == null || q3 == null) {
      return "";
    }
    double a = q1.doubleValue() * 2;
    double m = median.doubleValue() * 2;
    double b = q3.doubleValue() * 2;
    return "<svg class=\"box\" role=\"img\" viewBox=\"0 0 200 16\" width=\"200\" height=\"16\" xmlns=\"http://www.w3.org/2000/svg\">"
        + "<title>Middle half of areas from " + pct(q1) + " to " + pct(q3) + ", median " + pct(median) + "</title>"
        + "<rect class=\"track\" x=\"0\" y=\"5\" width=\"200\" height=\"6\"/>"
        + "<path class=\"quarter\" d=\"M50 3v10M100 3v10M150 3v10\"/>"
        + "<rect class=\"iqr\" x=\"" + n(a) + "\" y=\"2\" width=\"" + n(Math.max(1, b - a)) + "\" height=\"12\"/>"
        + "<line class=\"median\" x1=\"" + n(m) + "\" x2=\"" + n(m) + "\" y1=\"0\" y2=\"16\"/></svg>";
  }

  private static void heatmap(StringBuilder h, Framework framework, NetworkView.Comparison c,
      String id, String title) {
    h.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\"><h2 id=\"")
        .append(id).append("-h\">").append(Html.text(title)).append("</h2>\n")
        .append("<p class=\"lede\">How many of the ").append(c.areas())
        .append(" areas are at each rating, after the evidence check, action by action, in their latest"
            + " assessment. The darker the cell, the larger the share of areas; every cell gives its count.</p>\n");
    heatKey(h);
    heatmapTable(h, framework, c);
    h.append("</section>\n");
  }

  /** The shades' key: each shade with the share of areas it stands for, in words. */
  private static void heatKey(StringBuilder h) {
    h.append("<p class=\"heat-key\"><span class=\"heat-key-title\">Share of areas:</span> "
        + "<span class=\"heat heat-0\">none</span> <span class=\"heat heat-1\">under 20%</span> "
        + "<span class=\"heat heat-2\">20% to 40%</span> <span class=\"heat heat-3\">40% to 60%</span> "
        + "<span class=\"heat heat-4\">60% to 80%</span> <span class=\"heat heat-5\">80% or more</span></p>\n");
  }

  private static void heatmapTable(StringBuilder h, Framework framework, NetworkView.Comparison c) {
    h.append("<table class=\"heatmap stack\"><caption>Areas at each rating: ").append(Html.user(c.label()))
        .append("</caption>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Rating 1</th>"
            + "<th scope=\"col\">Rating 2</th><th scope=\"col\">Rating 3</th><th scope=\"col\">Rating 4</th>"
            + "<th scope=\"col\">Not assessed</th></tr></thead>\n<tbody>\n");
    List<Action> actions = framework.getActions();
    for (int a = 0; a < actions.size(); a++) {
      int[] counts = c.heatmap().get(a);
      h.append("<tr><th scope=\"row\">").append(Html.text(actions.get(a).getTitle())).append("</th>");
      for (int level = 1; level <= 4; level++) {
        heatCell(h, counts[level], c.areas());
      }
      heatCell(h, counts[0], c.areas());
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** The shade of a count: 0 for none, then one shade for each fifth of the areas. */
  static int shade(int count, int of) {
    return count == 0 ? 0 : Math.min(5, 1 + (int) (5.0 * count / of));
  }

  private static void heatCell(StringBuilder h, int count, int of) {
    h.append("<td class=\"num heat heat-").append(shade(count, of)).append("\">").append(count).append("</td>");
  }

  private static void groups(StringBuilder h, NetworkView view) {
    h.append("<section id=\"groups\" aria-labelledby=\"groups-h\"><h2 id=\"groups-h\">Peer groups</h2>\n")
        .append("<table class=\"groups stack\"><caption>Peer groups and what is published for each</caption>\n<thead><tr>"
            + "<th scope=\"col\">Group</th><th scope=\"col\" class=\"num\">Areas</th><th scope=\"col\">Comparison</th></tr></thead>\n<tbody>\n");
    for (NetworkView.PeerGroup g : view.getGroups()) {
      h.append("<tr><th scope=\"row\">").append(Html.user(g.label())).append("</th><td class=\"num\">")
          .append(g.areas()).append("</td><td>")
          .append(g.status() == NetworkView.GroupStatus.PUBLISHED ? "published"
              : g.status() == NetworkView.GroupStatus.POOLED
                  ? "pooled with the other smaller groups (fewer than " + view.getMinGroupSize() + " areas)"
                  : "withheld (fewer than " + view.getMinGroupSize() + " areas, even pooled)")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    Framework framework = view.getFramework();
    for (NetworkView.Comparison c : view.getGroupComparisons()) {
      h.append("<details class=\"group\"><summary>").append(Html.user(c.label())).append(": ")
          .append(count(c.areas(), "area", "areas")).append(", their ratings and overall spread</summary>\n");
      heatmapTable(h, framework, c);
      NetworkView.Spread s = c.spread().get(0);
      h.append("<p>Overall percentage: ").append(s.median() == null
              ? "withheld (fewer areas than the minimum)"
              : "median " + pct(s.median()) + ", middle half " + pct(s.q1()) + " to " + pct(s.q3()))
          .append(" (").append(count(s.n(), "area", "areas")).append(").</p></details>\n");
    }
    h.append("</section>\n");
  }

  private static void actions(StringBuilder h, Framework framework, NetworkView.Comparison c) {
    h.append("<section id=\"actions\" aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">Weakest and most improved actions</h2>\n");
    h.append("<table class=\"weakest\"><caption>Weakest actions: the lowest average rating, after the"
        + " evidence check, in the latest assessments</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Action</th>"
        + "<th scope=\"col\" class=\"num\">Average rating</th><th scope=\"col\" class=\"num\">Areas rating it</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (NetworkView.ActionFigure a : c.weakest()) {
      h.append("<tr><td class=\"num\">").append(++rank).append("</td><th scope=\"row\">").append(title(framework, a.action()))
          .append("</th><td class=\"num\">").append(Objects.requireNonNull(a.meanRating()).toPlainString())
          .append("</td><td class=\"num\">").append(a.rated()).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    h.append("<table class=\"improved\"><caption>Most improved actions: the average change in rating,"
        + " after the evidence check, from each area's previous assessment to its latest</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rank</th>"
        + "<th scope=\"col\">Action</th><th scope=\"col\" class=\"num\">Average change</th><th scope=\"col\" class=\"num\">Areas</th></tr></thead>\n<tbody>\n");
    rank = 0;
    for (NetworkView.ActionFigure a : c.mostImproved()) {
      BigDecimal change = Objects.requireNonNull(a.meanChange());
      h.append("<tr><td class=\"num\">").append(++rank).append("</td><th scope=\"row\">").append(title(framework, a.action()))
          .append("</th><td class=\"num ").append(change.signum() > 0 ? "up" : change.signum() < 0 ? "down" : "")
          .append("\">").append(signed(change)).append("</td><td class=\"num\">").append(a.changed()).append("</td></tr>\n");
    }
    if (rank == 0) {
      h.append("<tr><td colspan=\"4\">Withheld: fewer than the minimum number of areas have two"
          + " assessments rating the same action.</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    List<NetworkView.ActionFigure> withheld = c.actions().stream().filter(a -> a.meanRating() == null).toList();
    if (!withheld.isEmpty()) {
      h.append("<p class=\"note\">Too few areas rate ").append(withheld.size() == 1 ? "this action" : "these actions")
          .append(" for an average (the number of areas rating it in brackets): ");
      for (int i = 0; i < withheld.size(); i++) {
        h.append(i == 0 ? "" : ", ").append(title(framework, withheld.get(i).action())).append(" (")
            .append(withheld.get(i).rated()).append(")");
      }
      h.append(".</p>\n");
    }
    h.append("</section>\n");
  }

  private static void years(StringBuilder h, NetworkView.Comparison c) {
    h.append("<section id=\"years\" aria-labelledby=\"years-h\"><h2 id=\"years-h\">Change over the years</h2>\n")
        .append("<p class=\"lede\">Each calendar year, each area's latest assessment that year: the"
            + " median overall percentage and the middle half of areas.</p>\n");
    h.append(yearsChart(c.years()));
    h.append("<table class=\"years\"><caption>Overall percentage by year</caption>\n<thead><tr>"
        + "<th scope=\"col\">Year</th>" + QUARTILE_HEADERS + "</tr></thead>\n<tbody>\n");
    for (NetworkView.YearFigure y : c.years()) {
      h.append("<tr><th scope=\"row\">").append(y.year()).append("</th>");
      quartileCells(h, y.n(), y.q1(), y.median(), y.q3());
      h.append("</tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static String yearsChart(List<NetworkView.YearFigure> years) {
    List<NetworkView.YearFigure> shown = years.stream().filter(y -> !y.withheld()).toList();
    if (shown.isEmpty()) {
      return "<p class=\"note\">No year has enough areas for a figure.</p>\n";
    }
    // room on the left and below for labels up to 24 units high: the phone's size (see Style)
    double left = 84;
    double right = 624;
    double top = 16;
    double bottom = 226;
    int first = shown.get(0).year();
    int last = shown.get(shown.size() - 1).year();
    StringBuilder s = new StringBuilder(4096);
    s.append("<figure class=\"over-time\"><svg class=\"over-time\" role=\"img\" viewBox=\"0 0 660 260\" width=\"660\" height=\"260\""
        + " aria-labelledby=\"years-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<title id=\"years-title\">Median overall percentage by year, with the middle half of areas, from ")
        .append(first).append(" to ").append(last).append("; the figures are in the table below</title>\n");
    for (int p = 0; p <= 100; p += 25) {
      double y = bottom - (bottom - top) * p / 100;
      s.append("<line class=\"axis\" x1=\"").append(n(left)).append("\" x2=\"").append(n(right))
          .append("\" y1=\"").append(n(y)).append("\" y2=\"").append(n(y)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(n(left - 8)).append("\" y=\"").append(n(y))
          .append("\" dy=\"0.35em\" text-anchor=\"end\">").append(p).append("%</text>\n");
    }
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    StringBuilder median = new StringBuilder();
    for (NetworkView.YearFigure y : shown) {
      double x = last == first ? (left + right) / 2 : left + (right - left) * (y.year() - first) / (double) (last - first);
      upper.append(n(x)).append(',').append(n(yOf(Objects.requireNonNull(y.q3()), top, bottom))).append(' ');
      lower.insert(0, n(x) + "," + n(yOf(Objects.requireNonNull(y.q1()), top, bottom)) + " ");
      median.append(median.length() == 0 ? "" : " ").append(n(x)).append(',')
          .append(n(yOf(Objects.requireNonNull(y.median()), top, bottom)));
    }
    s.append("<polygon class=\"iqr\" points=\"").append(upper).append(lower.toString().trim()).append("\"/>\n")
        .append("<polyline class=\"trend\" points=\"").append(median).append("\"/>\n");
    // at most six year labels, so they stay apart at a phone's size
    int step = Math.max(1, (last - first + 5) / 6);
    for (int year = first; year <= last; year += step) {
      double x = last == first ? (left + right) / 2 : left + (right - left) * (year - first) / (double) (last - first);
      s.append("<text class=\"tick year\" x=\"").append(n(x)).append("\" y=\"").append(n(bottom + 8))
          .append("\" dy=\"1em\" text-anchor=\"middle\">").append(year).append("</text>\n");
    }
    return s.append("</svg>\n<figcaption class=\"chart-key\"><span><span class=\"key key-median\"></span>Median</span>"
        + " <span><span class=\"key key-middle-half\"></span>Middle half of areas</span></figcaption></figure>\n").toString();
  }

  private static double yOf(BigDecimal pct, double top, double bottom) {
    return bottom - (bottom - top) * pct.doubleValue() / 100;
  }

  private static void outcomes(StringBuilder h, NetworkView view, NetworkView.Comparison network) {
    h.append("<section id=\"outcomes\" aria-labelledby=\"outcomes-h\"><h2 id=\"outcomes-h\">Outcome indicators</h2>\n")
        .append("<p class=\"lede\">The median of the published values from each area's latest period,"
            + " over the areas whose value may be published (small numbers are hidden); withheld for fewer than ")
        .append(view.getMinGroupSize()).append(" areas.</p>\n")
        .append("<table class=\"outcomes\"><caption>Published outcome figures across the network</caption>\n<thead><tr>"
            + "<th scope=\"col\">Indicator</th><th scope=\"col\" class=\"num\">Areas with a published value</th>"
            + "<th scope=\"col\" class=\"num\">Median</th></tr></thead>\n<tbody>\n");
    for (NetworkView.OutcomeFigure o : network.outcomes()) {
      String title = view.getFramework().findIndicator(o.indicator()).map(IndicatorDefinition::getTitle)
          .orElse(o.indicator());
      h.append("<tr><th scope=\"row\">").append(Html.text(title)).append("</th><td class=\"num\">")
          .append(o.published()).append("</td><td class=\"num\">")
          .append(o.median() == null ? "withheld" : o.median().toPlainString()).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  /** The areas table's column headers, in order; Style.NETWORK labels a phone's cards with them. */
  static final List<String> AREA_COLUMNS = List.of("Area", "Group", "Assessments", "First", "Latest", "Band",
      "Change in points", "Trend", "Against the median");

  private static void areas(StringBuilder h, NetworkView view, Writer out) throws IOException {
    boolean published = view.getNetwork().isPresent();
    Map<String, String> labels = new HashMap<>();
    for (NetworkView.PeerGroup g : view.getGroups()) {
      labels.put(g.id(), g.label());
    }
    h.append("<section id=\"areas\" aria-labelledby=\"areas-h\"><h2 id=\"areas-h\">Areas</h2>\n")
        .append("<p class=\"lede\">Each area's first and latest assessment, its change in overall"
            + " percentage points and its trend")
        .append(published ? "; against the median of the network and of its peer group, the difference in"
            + " points and its percentile (the share of areas below it)." : ".")
        .append(" Every assessment is in the files that come with this page.</p>\n")
        .append("<table class=\"areas\"><caption>Areas, by code</caption>\n<thead><tr>");
    for (int i = 0; i < AREA_COLUMNS.size() - (published ? 0 : 1); i++) {
      // the figures' columns are aligned right, as their figures
      h.append(i == 2 || i == 3 || i == 4 || i == 6 || i == 8 ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
          .append(AREA_COLUMNS.get(i).replace("Assessments", "Assess\u00adments")).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (AreaSeries area : view.getAreas()) {
      int latest = area.size() - 1;
      // the code under the name: one column less, so the positions fit beside on a desktop
      h.append("<tr><th scope=\"row\">").append(Html.user(area.getName())).append("<br><span class=\"area-code\">")
          .append(area.getCode()).append("</span></th><td>").append(Html.user(labels.getOrDefault(area.getGroup(), area.getGroup())))
          .append("</td><td class=\"num\">")
          .append(area.size()).append("</td><td class=\"num\">").append(pct(area.overall(0)))
          .append("<br><span class=\"date\">").append(Plain.shortDate(area.assessedOn(0))).append("</span></td><td class=\"num\">")
          .append(pct(area.overall(latest))).append("<br><span class=\"date\">").append(Plain.shortDate(area.assessedOn(latest)))
          .append("</span></td><td>");
      Band band = area.band(latest);
      h.append(HtmlReport.bandBadge(Optional.ofNullable(band))).append("</td><td class=\"num\">");
      BigDecimal first = area.overall(0);
      BigDecimal last = area.overall(latest);
      h.append(latest == 0 || first == null || last == null ? "-" : signed(last.subtract(first)))
          .append("</td><td class=\"trend\">").append(trend(area)).append("</td>");
      if (published) {
        NetworkView.Position p = area.getPosition();
        // network and group on two lines of one cell: the table fits a desktop page
        if (p == null) {
          h.append("<td class=\"num position\">-</td>");
        } else {
          h.append("<td class=\"num position\">network ").append(signed(p.vsNetwork())).append(", ")
              .append(ordinal(p.networkPercentile())).append("<br>group ")
              .append(p.vsGroup() == null || p.groupPercentile() == null ? "withheld"
                  : signed(p.vsGroup()) + ", " + ordinal(p.groupPercentile()))
              .append("</td>");
        }
      }
      h.append("</tr>\n");
      flush(h, out, FLUSH_AT);
    }
    h.append("</tbody></table></section>\n");
  }

  /** A small line of the overall percentage over the area's assessments, at most TREND_POINTS. */
  static String trend(AreaSeries area) {
    int n = area.size();
    if (n < 2) {
      return "";
    }
    int points = Math.min(n, TREND_POINTS);
    StringBuilder line = new StringBuilder(points * 10);
    for (int k = 0; k < points; k++) {
      int i = points == n ? k : (int) Math.round((double) k * (n - 1) / (points - 1));
      int value = area.overallHundredths(i);
      if (value < 0) {
        continue;
      }
      line.append(line.length() == 0 ? "" : " ").append(n(k * 80.0 / (points - 1))).append(',')
          .append(n(20 - value / 500.0));
    }
    return "<svg class=\"trend-small\" role=\"img\" viewBox=\"-1 -1 82 22\" width=\"82\" height=\"22\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><title>Overall percentage from " + Plain.shortDate(area.assessedOn(0))
        + " to " + Plain.shortDate(area.assessedOn(n - 1)) + ": " + pct(area.overall(0)) + " to "
        + pct(area.overall(n - 1)) + "</title><polyline class=\"trend\" points=\"" + line + "\"/></svg>";
  }

  private static void flush(StringBuilder h, Writer out, int at) throws IOException {
    if (h.length() >= at) {
      out.write(h.toString());
      h.setLength(0);
    }
  }

  private static String title(Framework framework, String action) {
    return Html.text(framework.findAction(action).map(Action::getTitle).orElse(action));
  }

  private static String pct(@Nullable BigDecimal value) {
    return value == null ? "none" : value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP)
        .toPlainString() + "%";
  }

  private static String signed(BigDecimal value) {
    BigDecimal shown = value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP);
    return (shown.signum() > 0 ? "+" : shown.signum() < 0 ? "\u2212" : "") + shown.abs().toPlainString();
  }

  private static String ordinal(int percentile) {
    int mod100 = percentile % 100;
    int mod10 = percentile % 10;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
    return percentile + suffix;
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String capitalise(String sentence) {
    return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
