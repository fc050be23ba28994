package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.scoring.ScoringRules;
import org.assetbasedarea.aba.scoring.Status;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The charts of the area page, read back from their markup and style sheet. */
class ChartsTest {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final Scorer scorer = Scorer.standard();
  private final Framework aba2020 = Frameworks.aba2020();

  /** Actions 1-9 rated (action 1 rated 4 without evidence, so capped to 1), action 10 not assessed. */
  private ScoreReport provisional() {
    return scorer.score(HtmlReportTest.earlier(LocalDate.of(2025, 3, 31)));
  }

  /** Every action rated 4. */
  private ScoreReport complete() {
    return scorer.score(HtmlReportTest.notCoProduced(LocalDate.of(2026, 3, 31)));
  }

  /** Three actions rated: too few for an overall band. */
  private ScoreReport insufficient() {
    Assessment earlier = HtmlReportTest.earlier(LocalDate.of(2024, 3, 31));
    return scorer.score(Assessment.builder().from(earlier).ratings(earlier.getRatings().subList(1, 4)).build());
  }

  /** aba-2020 with its actions interleaved: 1, 3, 5, 7, 9, 2, 4, ...: groupings no longer adjacent. */
  static Framework interleaved() {
    Framework base = Frameworks.aba2020();
    List<Action> actions = new ArrayList<>();
    for (int start = 0; start < 2; start++) {
      for (int i = start; i < base.getActions().size(); i += 2) {
        actions.add(base.getActions().get(i));
      }
    }
    return Framework.builder().from(base).actions(actions).build();
  }

  private static double[] numbers(String text) {
    Matcher m = NUMBER.matcher(text);
    List<Double> values = new ArrayList<>();
    while (m.find()) {
      values.add(Double.parseDouble(m.group()));
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Every point the radar draws data at: dots, and the vertices of its lines and shapes. */
  private static List<double[]> dataPoints(Element svg) {
    List<double[]> points = new ArrayList<>();
    for (Element dot : svg.select("circle.effective-dot, circle.given-dot")) {
      points.add(new double[] {Double.parseDouble(dot.attr("cx")), Double.parseDouble(dot.attr("cy"))});
    }
    for (Element shape : svg.select("polygon.effective, polygon.rating, path.effective, path.rating")) {
      double[] v = numbers(shape.hasAttr("points") ? shape.attr("points") : shape.attr("d"));
      for (int i = 0; i + 1 < v.length; i += 2) {
        points.add(new double[] {v[i], v[i + 1]});
      }
    }
    return points;
  }

  // -- radar -----------------------------------------------------------------------------------

  @Test
  void radar_actionNotAssessed_isNotDrawn_noPointAtTheCentreNorOnItsAxis() {
    Element svg = Jsoup.parse(Charts.radar(aba2020, provisional())).selectFirst("svg.radar");
    Element ring = svg.selectFirst("circle.ring");
    double cx = Double.parseDouble(ring.attr("cx"));
    double cy = Double.parseDouble(ring.attr("cy"));
    List<double[]> points = dataPoints(svg);
    assertThat(points).isNotEmpty();
    Element axis = svg.selectFirst("line.axis.not-assessed");
    assertThat(svg.select("line.axis.not-assessed")).hasSize(1);
    double axisAngle = Math.atan2(Double.parseDouble(axis.attr("y2")) - cy, Double.parseDouble(axis.attr("x2")) - cx);
    for (double[] p : points) {
      assertThat(Math.hypot(p[0] - cx, p[1] - cy)).as("a point at the centre").isGreaterThan(1);
      double angle = Math.atan2(p[1] - cy, p[0] - cx);
      assertThat(Math.abs(Math.sin(angle - axisAngle)) + Math.max(0, -Math.cos(angle - axisAngle)))
          .as("a point on the axis of the action not assessed").isGreaterThan(0.01);
    }
    // nine dots, no filled shape, and lines only between neighbouring assessed actions: 1-2 ... 8-9
    assertThat(svg.select("circle.effective-dot")).hasSize(9);
    assertThat(svg.select("polygon")).isEmpty();
    assertThat(svg.selectFirst("path.effective").attr("d").chars().filter(c -> c == 'L').count()).isEqualTo(8);
    assertThat(svg.selectFirst("path.effective").attr("d").chars().filter(c -> c == 'M').count()).isEqualTo(1);
    Element label = svg.select("text.axis-label").get(9);
    assertThat(label.hasClass("not-assessed")).isTrue();
    assertThat(label.text()).startsWith("10. Grow mutuals").endsWith("not assessed");
    assertThat(svg.selectFirst("desc").text()).contains("10. Grow mutuals and co-operatives: not assessed, not drawn")
        .contains("1. Map and grow community assets: counts as 1 not yet, rated 4 embedded and lowered by the evidence check");
  }

  @Test
  void radar_cappedRating_showsTheRatingAsGivenAsAHollowDotOnItsRing() {
    Element svg = Jsoup.parse(Charts.radar(aba2020, provisional())).selectFirst("svg.radar");
    Elements given = svg.select("circle.given-dot");
    assertThat(given).hasSize(1);
    Element ring = svg.selectFirst("circle.ring");
    double radius = Double.parseDouble(svg.select("circle.ring").last().attr("r"));
    double distance = Math.hypot(Double.parseDouble(given.attr("cx")) - Double.parseDouble(ring.attr("cx")),
        Double.parseDouble(given.attr("cy")) - Double.parseDouble(ring.attr("cy")));
    assertThat(distance).isCloseTo(radius, offset(0.2)); // rated 4
    assertThat(given.select("title").text()).isEqualTo("1. Map and grow community assets: rated 4 Embedded,"
        + " lowered by the evidence check");
  }

  @Test
  void radar_everyActionAssessed_fillsTheShape_onRingsNamedByLevel() {
    Element svg = Jsoup.parse(Charts.radar(aba2020, complete())).selectFirst("svg.radar");
    assertThat(svg.select("polygon.effective")).hasSize(1);
    assertThat(svg.select("polygon.rating")).hasSize(1);
    assertThat(svg.select("path.effective, line.axis.not-assessed, text.axis-label.not-assessed")).isEmpty();
    assertThat(svg.select("text.ring-label").eachText())
        .containsExactly("1 Not yet", "2 Emerging", "3 Established", "4 Embedded");
    assertThat(Style.CHARTS).contains("svg.radar polygon.effective{fill:var(--accent);fill-opacity:");
  }

  @Test
  void radar_showsEachGroupingAsALabelledArc() {
    Element svg = Jsoup.parse(Charts.radar(aba2020, complete())).selectFirst("svg.radar");
    Elements sectors = svg.select("path.sector");
    assertThat(sectors).hasSize(3);
    List<String> titles = aba2020.getGroupings().stream().map(g -> g.getTitle()).toList();
    assertThat(sectors.stream().map(s -> s.selectFirst("title").text()).toList()).isEqualTo(titles);
    // the labels on the arcs read the whole titles, a line or two each
    assertThat(String.join(" ", svg.select("text.grouping-label").eachText())).isEqualTo(String.join(" ", titles));
    for (Element text : svg.select("text.grouping-label")) {
      String href = text.child(0).attr("href");
      assertThat(svg.select("defs path[id=" + href.substring(1) + "]")).hasSize(1);
    }
  }

  @Test
  void radar_groupingsNotAdjacent_keepsEachGroupingTogether_withTheFrameworksNumbers() {
    Framework framework = interleaved();
    assertThat(Charts.groupingsAdjacent(aba2020)).isTrue();
    assertThat(Charts.groupingsAdjacent(framework)).isFalse();
    Scorer local = Scorer.create(FrameworkRegistry.of(framework), ScoringRules.abaScore1());
    ScoreReport report = local.score(HtmlReportTest.earlier(LocalDate.of(2025, 3, 31)));
    Element svg = Jsoup.parse(Charts.radar(framework, report)).selectFirst("svg.radar");
    List<String> groupings = new ArrayList<>();
    for (Element label : svg.select("text.axis-label")) {
      int number = Integer.parseInt(label.selectFirst("tspan").text().replaceFirst("\\..*", ""));
      String grouping = framework.getActions().get(number - 1).getGrouping();
      if (groupings.isEmpty() || !groupings.get(groupings.size() - 1).equals(grouping)) {
        groupings.add(grouping);
      }
    }
    assertThat(groupings).as("one run of axes per grouping").hasSize(3).doesNotHaveDuplicates();
    assertThat(svg.select("path.sector")).hasSize(3);
    assertThat(svg.selectFirst("desc").text()).contains("not all in the framework's order");
    // the bar list groups the same way, numbered as the framework is
    Document bars = Jsoup.parse(Charts.actionBars(framework, report));
    for (Element heading : bars.select("h3")) {
      String grouping = framework.getGroupings().stream().filter(g -> g.getTitle().equals(heading.text()))
          .findFirst().orElseThrow().getId();
      for (Element row : heading.nextElementSibling().select("li.bar-row")) {
        int number = Integer.parseInt(row.selectFirst(".bar-name").text().replaceFirst("\\..*", ""));
        assertThat(framework.getActions().get(number - 1).getGrouping()).isEqualTo(grouping);
        assertThat(framework.getActions().get(number - 1).getId()).isEqualTo(row.attr("data-action"));
      }
    }
  }

  @Test
  void fitArc_oneLineWhenItFits_elseTwoBalanced_elseEllipsis() {
    assertThat(Charts.fitArc("A strategic approach", 300, 12)).containsExactly("A strategic approach");
    assertThat(Charts.fitArc("Diversifying workforces and building local enterprise", 250, 12))
        .containsExactly("Diversifying workforces and", "building local enterprise");
    List<String> cut = Charts.fitArc("Diversifying workforces and building local enterprise", 100, 12);
    assertThat(cut).hasSize(2);
    for (String line : cut) {
      assertThat(line.length() * 12 * 0.6).isLessThanOrEqualTo(100);
    }
    assertThat(cut.get(0)).endsWith("\u2026");
  }

  // -- bar list --------------------------------------------------------------------------------

  @Test
  void actionBars_oneRowPerActionInFrameworkOrder_withLevelNamesAndCaps() {
    ScoreReport report = provisional();
    Document page = Jsoup.parse(Charts.actionBars(aba2020, report));
    Elements rows = page.select("li.bar-row");
    assertThat(rows).hasSize(10);
    assertThat(page.select("h3.bars-grouping").eachText())
        .isEqualTo(aba2020.getGroupings().stream().map(g -> g.getTitle()).toList());
    for (int i = 0; i < 10; i++) {
      Action action = aba2020.getActions().get(i);
      Element row = rows.get(i);
      assertThat(row.attr("data-action")).isEqualTo(action.getId());
      assertThat(row.selectFirst(".bar-name").text()).isEqualTo((i + 1) + ". " + action.getTitle());
      ActionScore score = report.findAction(action.getId()).orElse(null);
      if (score == null) {
        assertThat(row.select(".bar-value").text()).isEqualTo("not assessed");
        assertThat(row.select(".level-track, .level-fill")).isEmpty();
        continue;
      }
      String[] names = {"", "1 Not yet", "2 Emerging", "3 Established", "4 Embedded"};
      assertThat(row.select(".bar-value").text()).isEqualTo(names[score.getEffectiveRating()]);
      assertThat(row.select(".level-fill").hasClass("level-" + score.getEffectiveRating())).isTrue();
      if (score.isCapped()) {
        assertThat(row.select(".bar-note").text()).isEqualTo("rated " + names[score.getRating()]
            + ", lowered by the evidence check");
        assertThat(row.select(".level-given").hasClass("level-" + score.getRating())).isTrue();
      } else {
        assertThat(row.select(".bar-note, .level-given")).isEmpty();
      }
    }
    assertThat(rows.get(0).select(".bar-value").text()).isEqualTo("1 Not yet");
    assertThat(rows.get(0).select(".bar-note").text()).isEqualTo("rated 4 Embedded, lowered by the evidence check");
    assertThat(rows.get(9).select(".bar-value").text()).isEqualTo("not assessed");
    // the bars' widths are a quarter per level
    assertThat(Style.CHARTS).contains(".level-1{width:25%}.level-2{width:50%}.level-3{width:75%}.level-4{width:100%}");
  }

  @Test
  void actionsFigure_radarOnWideScreens_barListOnNarrowOnes() {
    Document page = Jsoup.parse(Charts.actionsFigure(aba2020, complete()));
    assertThat(page.select(".wide-only > svg.radar")).hasSize(1);
    assertThat(page.select(".narrow-only > .action-bars")).hasSize(1);
    assertThat(page.select(".wide-only .action-bars, .narrow-only svg.radar")).isEmpty();
    assertThat(Style.CHARTS).contains(".narrow-only{display:none}")
        .contains("@media (max-width:" + (Charts.WIDE_FROM - 0.02)
            + "px){.wide-only{display:none}.narrow-only{display:block}}");
  }

  // -- grouping bars ---------------------------------------------------------------------------

  @Test
  void groupingBars_bandNameOnEveryBar_thresholdsMarked_andNamedInTheKey() {
    ScoreReport report = provisional();
    Document page = Jsoup.parse(Charts.groupingBars(aba2020, report));
    assertThat(page.select("ul.band-key li").eachText())
        .containsExactly("Starting 25\u201338%", "Emerging 39\u201362%", "Established 63\u201387%",
            "Asset-based 88\u2013100%");
    for (Band band : Band.values()) {
      assertThat(page.select("ul.band-key .swatch." + Charts.bandClass(band))).hasSize(1);
    }
    Elements bars = page.select("li.grouping-bar");
    assertThat(bars).hasSize(report.getGroupings().size());
    for (int i = 0; i < bars.size(); i++) {
      GroupingScore g = report.getGroupings().get(i);
      Element bar = bars.get(i);
      String expected = HtmlReport.percent(g.getPercentage()) + " " + g.getBand().orElseThrow().getLabel();
      assertThat(bar.select(".grouping-value").text()).isEqualTo(expected);
      assertThat(bar.select("rect.bar").hasClass(Charts.bandClass(g.getBand().orElseThrow()))).isTrue();
      assertThat(bar.select("rect.bar").attr("width"))
          .isEqualTo(g.getPercentage().orElseThrow().setScale(2, RoundingMode.HALF_UP) + "%");
      assertThat(bar.select("line.threshold").eachAttr("x1")).containsExactly("38.50%", "62.50%", "87.50%");
      // an SVG without a view box: its positions are shares of its width, and nothing is scaled
      assertThat(bar.selectFirst("svg").hasAttr("viewBox")).isFalse();
    }
    assertThat(bars.get(0).select(".grouping-value").text()).isEqualTo("41.67% Emerging");
    assertThat(page.select("svg.bar-scale text").eachText()).containsExactly("0%", "39%", "63%", "88%", "100%");
  }

  // -- over time -------------------------------------------------------------------------------

  private static AreaReport.Scored scored(ScoreReport report) {
    return new AreaReport.Scored(Assessment.builder().framework(report.getFramework()).area(HtmlReportTest.AREA)
        .assessedOn(report.getAssessedOn()).build(), report);
  }

  @Test
  void overTime_provisionalIsHollowAndDashed_insufficientIsAGap_pointsLabelledWithBand() {
    ScoreReport insufficient = insufficient();
    ScoreReport provisional = provisional();
    ScoreReport complete = complete();
    assertThat(insufficient.getStatus()).isEqualTo(Status.INSUFFICIENT);
    assertThat(provisional.getStatus()).isEqualTo(Status.PROVISIONAL);
    assertThat(complete.getStatus()).isEqualTo(Status.COMPLETE);
    Document page = Jsoup.parse(Charts.overTime(List.of(scored(insufficient), scored(provisional), scored(complete))));
    Element svg = page.selectFirst("svg.progress-plot");
    assertThat(svg.hasAttr("viewBox")).isFalse();
    Elements points = svg.select("circle.point");
    assertThat(points).hasSize(2);
    assertThat(points.get(0).hasClass("provisional")).isTrue();
    assertThat(points.get(1).hasClass("provisional")).isFalse();
    // no point and no line at the insufficient result's column, a third of the way is 16.67%
    assertThat(points.eachAttr("cx")).containsExactly("50.00%", "83.33%");
    Elements segments = svg.select("line.segment");
    assertThat(segments).hasSize(1);
    assertThat(segments.get(0).hasClass("provisional")).isTrue();
    assertThat(segments.get(0).attr("x1")).isEqualTo("50.00%");
    assertThat(segments.get(0).attr("x2")).isEqualTo("83.33%");
    assertThat(svg.select("line.gap-line").eachAttr("x1")).containsExactly("16.67%");
    Elements labels = svg.select("text.point-label");
    assertThat(labels).hasSize(3);
    assertThat(labels.get(0).hasClass("gap")).isTrue();
    assertThat(labels.get(0).text()).startsWith("insufficient").doesNotContain("%");
    assertThat(labels.get(1).select("tspan").eachText()).containsExactly(
        HtmlReport.percent(provisional.getOverall().getPercentage()),
        provisional.getOverall().getBand().orElseThrow().getLabel(), "provisional");
    // the complete one's band was lowered by a limiter (nobody with lived experience took part)
    assertThat(labels.get(2).select("tspan").eachText()).containsExactly("100.00%", "Emerging (lowered)");
    assertThat(svg.select("text.date-label").eachText()).containsExactly("31 Mar 2024", "31 Mar 2025", "31 Mar 2026");
    assertThat(page.select("svg.progress-key text.zone-label").eachText()).containsExactly(
        "Starting 25\u201338%", "Emerging 39\u201362%", "Established 63\u201387%", "Asset-based 88\u2013100%");
    assertThat(svg.select("rect.zone")).hasSize(4);
    // hollow and dashed, by the style sheet
    assertThat(Style.CHARTS).contains("svg .point.provisional{fill:#fff;stroke:var(--accent)")
        .contains("svg .segment.provisional{stroke-dasharray:");
  }

  @Test
  void overTime_points_sitAtTheirPercentage() {
    ScoreReport provisional = provisional();
    ScoreReport complete = complete();
    Element svg = Jsoup.parse(Charts.overTime(List.of(scored(provisional), scored(complete))))
        .selectFirst("svg.progress-plot");
    // 25% at the bottom of the plot (256), 100% at its top (56), the labels above it
    double p = provisional.getOverall().getPercentage().orElseThrow().doubleValue();
    assertThat(Double.parseDouble(svg.select("circle.point").get(0).attr("cy")))
        .isCloseTo(256 - 200 * (p - 25) / 75, offset(0.06));
    assertThat(svg.select("circle.point").get(1).attr("cy")).isEqualTo("56.0");
    assertThat(svg.select("rect.zone.band-asset-based").attr("y")).isEqualTo("56.0");
    assertThat(svg.select("rect.zone.band-starting").attr("y")).isEqualTo("220.0");
    assertThat(svg.select("rect.zone.band-starting").attr("height")).isEqualTo("36.0");
    for (Element label : svg.select("text.point-label")) {
      assertThat(Double.parseDouble(label.attr("y")) + 15 * (label.select("tspan").size() - 1))
          .as("labels on white, above the zones").isLessThan(56 - 4);
    }
    assertThat(svg.select("circle.point").eachAttr("cx")).containsExactly("25.00%", "75.00%");
  }

  // -- interval charts -------------------------------------------------------------------------

  @Test
  void roundEnds_encloseTheSpan_withARoundMiddle() {
    Random random = new Random(14);
    for (int i = 0; i < 2000; i++) {
      double a = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 2);
      double b = a + random.nextDouble() * Math.pow(10, random.nextInt(8) - 3);
      double[] ends = Charts.roundEnds(a, b);
      assertThat(ends[0]).as("%s to %s", a, b).isLessThanOrEqualTo(a);
      assertThat(ends[1]).as("%s to %s", a, b).isGreaterThanOrEqualTo(b);
      assertThat(ends[1]).isGreaterThan(ends[0]);
      // not much wider than needed: the span is at least a sixth of the scale
      assertThat(Math.max(b - a, 1e-9)).as("%s to %s: %s", a, b, List.of(ends[0], ends[1]))
          .isGreaterThan((ends[1] - ends[0]) / 8 - 1e-9 * Math.max(1, Math.abs(a)));
      for (String label : new Charts.Scale(ends[0], ends[1], false, false, false, false).labels()) {
        assertThat(label).as("%s to %s", a, b).matches("-?\\d+(\\.\\d{1,6})?");
      }
    }
    assertThat(Charts.roundEnds(3.2, 7.9)).containsExactly(2, 10);
    assertThat(new Charts.Scale(2, 10, false, false, false, false).labels()).containsExactly("2", "6", "10");
    assertThat(new Charts.Scale(0, 100, true, false, false, false).labels()).containsExactly("0%", "50%", "100%");
  }

  @Test
  void interval_meansWithoutARange_shareOneScalePerMeasureInTheTable() {
    Framework base = Frameworks.aba2020();
    Framework local = Framework.builder().from(base)
        .addIndicators(IndicatorDefinition.of("hours-of-support", "Hours of support a week", Measure.OTHER,
                Statistic.MEAN, true),
            IndicatorDefinition.of("visits-a-month", "Visits a month", Measure.OTHER, Statistic.MEAN, true))
        .addOutcomes(Outcome.builder().id("local-support").title("People get the support they want")
            .addIndicators("hours-of-support", "visits-a-month").addActions("share-power").build())
        .build();
    Scorer localScorer = Scorer.create(FrameworkRegistry.of(local), ScoringRules.abaScore1());
    OutcomeData data = OutcomeData.builder().framework(local.getId()).area(HtmlReportTest.AREA)
        .period(Period.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)))
        .addMeans(MeanFigure.of("hours-of-support", 40, 12.5, 3), MeanFigure.of("visits-a-month", 40, 3.2, 1.1))
        .build();
    AreaReport area = AreaReport.group(List.of(), List.of(data), localScorer).get(0);
    OutcomeReport report = area.getOutcomes().get(0);
    Document page = Jsoup.parse(new HtmlReport(localScorer).page(area));
    Elements rows = page.select("tr.indicator[data-indicator=hours-of-support], tr.indicator[data-indicator=visits-a-month]");
    assertThat(rows).hasSize(2);
    List<String> ticks = rows.get(0).select("text.tick-label").eachText();
    assertThat(rows.get(1).select("text.tick-label").eachText()).isEqualTo(ticks);
    double lo = Double.parseDouble(ticks.get(0));
    double hi = Double.parseDouble(ticks.get(2));
    for (Element row : rows) {
      PublishedValue published = report.findIndicator(row.attr("data-indicator")).orElseThrow().getPublished();
      assertThat(lo).isLessThanOrEqualTo(published.getLower().orElseThrow().doubleValue());
      assertThat(hi).isGreaterThanOrEqualTo(published.getUpper().orElseThrow().doubleValue());
      // every mark lies on the axis, between 3% and 97% of the width
      List<String> xs = new ArrayList<>(row.select("svg.interval-chart rect").eachAttr("x"));
      xs.addAll(row.select("svg.interval-chart circle").eachAttr("cx"));
      assertThat(xs).hasSize(2);
      for (String x : xs) {
        assertThat(Double.parseDouble(x.replace("%", ""))).isBetween(3.0, 97.0);
      }
    }
    assertThat(ticks).containsExactly("0", "10", "20");
  }

  @Test
  void interval_axisTicksBaselineAndKey() {
    PublishedValue value = PublishedValue.builder().policy("ascof").value(new BigDecimal("68.4"))
        .lower(new BigDecimal("62.1")).upper(new BigDecimal("74.1")).build();
    PublishedValue before = PublishedValue.builder().policy("ascof").value(new BigDecimal("61.7"))
        .lower(new BigDecimal("55.0")).upper(new BigDecimal("68.0")).build();
    Document chart = Jsoup.parse(Charts.interval(value, Optional.of(before), Optional.of(0.6),
        true, new Charts.Scale(0, 100, true, true, true, true)));
    Element svg = chart.selectFirst("svg.interval-chart");
    assertThat(svg.hasAttr("viewBox")).isFalse();
    assertThat(svg.select("text.tick-label").eachText()).containsExactly("0%", "50%", "100%");
    assertThat(svg.select("line.tick-mark")).hasSize(5);
    assertThat(svg.select("rect.ci").attr("x")).isEqualTo("61.37%"); // 3 + 94 * 0.621
    assertThat(svg.select("circle.estimate").attr("cx")).isEqualTo("67.30%");
    assertThat(svg.select("rect.earlier")).hasSize(1);
    assertThat(svg.select("line.baseline").attr("x1")).isEqualTo("59.40%");
    assertThat(svg.selectFirst("title").text()).isEqualTo("This period 68.4%, 95% interval 62.1% to 74.1%;"
        + " earlier period 61.7%, 95% interval 55.0% to 68.0%; baseline 60.0% (published figures)");
    assertThat(chart.select("p.interval-key").text())
        .isEqualTo("earlier period this period (95% interval, dot: value) baseline");
    // the key is once per table: a chart that is not the table's first has none
    assertThat(Charts.interval(value, Optional.empty(), Optional.empty(), true,
        new Charts.Scale(0, 100, true, false, true, true))).doesNotContain("interval-key");
  }

  // -- the style sheet -------------------------------------------------------------------------

  private static Map<String, int[]> palette() {
    Map<String, int[]> colours = new LinkedHashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):#([0-9a-f]{6})").matcher(Style.BASE);
    while (m.find()) {
      int rgb = Integer.parseInt(m.group(2), 16);
      colours.put(m.group(1), new int[] {rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff});
    }
    return colours;
  }

  private static double luminance(double[] rgb) {
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = rgb[i] / 255;
      l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }

  private static double[] of(int[] rgb) {
    return new double[] {rgb[0], rgb[1], rgb[2]};
  }

  private static double contrast(double[] a, double[] b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  @Test
  void style_chartsUseThePaletteOnly_noRed_textContrastAtLeast45() {
    // colours only through the palette's variables (white for halos and hollow marks)
    Matcher hex = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(").matcher(Style.CHARTS);
    while (hex.find()) {
      assertThat(hex.group()).as("a colour outside the palette").isEqualTo("#fff");
    }
    Matcher vars = Pattern.compile("var\\(--([a-z-]+)\\)").matcher(Style.CHARTS);
    Map<String, int[]> palette = palette();
    while (vars.find()) {
      assertThat(palette).containsKey(vars.group(1));
    }
    // no red anywhere in the sheet: no colour whose hue is within 20 degrees of red and saturated
    Matcher all = Pattern.compile("#([0-9a-fA-F]{6})\\b").matcher(Style.CSS);
    while (all.find()) {
      int rgb = Integer.parseInt(all.group(1), 16);
      float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, null);
      boolean red = (hsb[0] < 20 / 360f || hsb[0] > 340 / 360f) && hsb[1] > 0.3 && hsb[2] > 0.2;
      assertThat(red).as("#" + all.group(1) + " is red").isFalse();
    }
    // the baseline is the ink, dark and neutral
    assertThat(Style.CHARTS).contains("svg .baseline{stroke:var(--ink);");
    float[] ink = java.awt.Color.RGBtoHSB(palette.get("ink")[0], palette.get("ink")[1], palette.get("ink")[2], null);
    assertThat(ink[2]).isLessThan(0.25f);
    // text: ink and muted on white, ink on the grouping arcs of the radar
    double[] white = {255, 255, 255};
    assertThat(contrast(of(palette.get("ink")), white)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(of(palette.get("muted")), white)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(of(palette.get("ink")), of(palette.get("none")))).isGreaterThanOrEqualTo(4.5);
    Matcher fills = Pattern.compile("(?:svg|\\.)[^{}]*\\{[^}]*fill:var\\(--([a-z-]+)\\)[^}]*font-size")
        .matcher(Style.CHARTS);
    while (fills.find()) {
      assertThat(fills.group(1)).as("chart text colour").isIn("ink", "muted");
    }
    Matcher text = Pattern.compile("\\{[^}]*font-size[^}]*\\}").matcher(Style.CHARTS);
    while (text.find()) {
      Matcher colour = Pattern.compile("fill:var\\(--([a-z-]+)\\)").matcher(text.group());
      if (colour.find()) {
        assertThat(colour.group(1)).as(text.group()).isIn("ink", "muted");
      }
    }
    // the earlier period is lighter than this one
    double[] accentHalf = new double[3];
    for (int i = 0; i < 3; i++) {
      accentHalf[i] = 255 * 0.5 + palette.get("accent")[i] * 0.5;
    }
    assertThat(Style.CHARTS).contains("svg .ci{fill:var(--accent);fill-opacity:.5;")
        .contains("svg .earlier{fill:var(--line);");
    assertThat(luminance(of(palette.get("line")))).isGreaterThan(luminance(accentHalf));
  }

  @Test
  void style_chartText_isAtLeast12px_exceptTheNetworkPagesTicks() {
    Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(Style.CHARTS);
    int checked = 0;
    while (rule.find()) {
      Matcher size = Pattern.compile("font-size:(\\d+(\\.\\d+)?)px").matcher(rule.group(2));
      if (size.find() && !rule.group(1).trim().equals("svg .tick")) {
        assertThat(Double.parseDouble(size.group(1))).as(rule.group()).isGreaterThanOrEqualTo(12);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(8);
  }

  @Test
  void page_interval_everyChartOfAUnitInATable_sharesItsScale_andTheTableHasOneKey() {
    AreaReport area = AreaReport.group(List.of(),
        List.of(HtmlReportTest.outcomes(LocalDate.of(2025, 10, 1), 80, 2),
            HtmlReportTest.outcomes(LocalDate.of(2024, 10, 1), 60, 0)), scorer).get(0);
    Document page = Jsoup.parse(new HtmlReport(scorer).page(area));
    Elements tables = page.select("table.indicators");
    assertThat(tables).isNotEmpty();
    int shares = 0;
    for (Element table : tables) {
      Map<String, List<String>> byUnit = new LinkedHashMap<>();
      for (Element row : table.select("tr.indicator")) {
        IndicatorDefinition def = aba2020.findIndicator(row.attr("data-indicator")).orElseThrow();
        List<String> ticks = row.select("svg.interval-chart text.tick-label").eachText();
        String unit = def.getStatistic() == Statistic.SHARE ? "share" : def.valueRange().describe();
        List<String> first = byUnit.putIfAbsent(unit, ticks);
        assertThat(ticks).as(row.attr("data-indicator")).isEqualTo(first == null ? ticks : first);
        if (def.getStatistic() == Statistic.SHARE) {
          assertThat(ticks).containsExactly("0%", "50%", "100%");
          shares++;
        } else {
          assertThat(ticks).hasSize(3);
          assertThat(Double.parseDouble(ticks.get(0))).isEqualTo(def.getRange().orElseThrow().getMin());
          assertThat(Double.parseDouble(ticks.get(2))).isEqualTo(def.getRange().orElseThrow().getMax());
        }
      }
      assertThat(table.select(".interval-key")).hasSize(1);
      assertThat(table.selectFirst("tbody tr").select(".interval-key")).hasSize(1);
      assertThat(table.select(".interval-key").text()).startsWith("earlier period this period");
    }
    assertThat(shares).isGreaterThan(0);
  }

  @Test
  void intervalScale_shareAndRange_keyOnTheTablesFirstRowOnly() {
    OutcomeReport later = Indicators.compute(HtmlReportTest.outcomes(LocalDate.of(2025, 10, 1), 80, 2), aba2020);
    OutcomeResult outcome = later.getOutcomes().stream()
        .filter(o -> o.getIndicators().stream().anyMatch(r -> r.getIndicator().equals("ons4-life-satisfaction")))
        .findFirst().orElseThrow();
    List<IndicatorResult> rows = outcome.getIndicators();
    assertThat(rows.size()).isGreaterThan(1);
    for (IndicatorResult row : rows) {
      Charts.Scale scale = Charts.intervalScale(outcome, Optional.empty(), aba2020, row);
      assertThat(scale.key()).as(row.getIndicator()).isEqualTo(row == rows.get(0));
      assertThat(scale.earlier()).isFalse();
      assertThat(scale.baseline()).isFalse();
      IndicatorDefinition def = aba2020.findIndicator(row.getIndicator()).orElseThrow();
      assertThat(scale.share()).isEqualTo(def.getStatistic() == Statistic.SHARE);
      assertThat(scale.lo()).isEqualTo(scale.share() ? 0 : def.getRange().orElseThrow().getMin());
      assertThat(scale.hi()).isEqualTo(scale.share() ? 100 : def.getRange().orElseThrow().getMax());
    }
    OutcomeReport earlier = Indicators.compute(HtmlReportTest.outcomes(LocalDate.of(2024, 10, 1), 60, 0), aba2020);
    assertThat(Charts.intervalScale(outcome, Optional.of(earlier), aba2020, rows.get(1)).earlier()).isTrue();
  }
}
