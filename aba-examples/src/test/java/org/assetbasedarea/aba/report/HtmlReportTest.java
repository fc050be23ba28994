package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\"> & \"quoted\" </svg>";
  static final Area AREA = Area.of("E06000999", "Hostile " + HOSTILE);

  private final Scorer scorer = Scorer.standard();
  private final HtmlReport html = new HtmlReport(scorer);
  private final HtmlReport analyst = new HtmlReport(scorer, ReportMode.ANALYST);

  /** Every action rated 4 with lived-experience evidence, but nobody with lived experience took part. */
  static Assessment notCoProduced(LocalDate date) {
    Assessment.Builder builder = Assessment.builder().framework(Frameworks.ABA_2020_ID).area(AREA)
        .assessedOn(date).addParticipants(Participant.of(Role.COUNCIL, 4), Participant.of(Role.NHS, 2));
    for (Action action : Frameworks.aba2020().getActions()) {
      builder.addRatings(Rating.builder().action(action.getId()).rating(4)
          .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Said: " + HOSTILE,
              URI.create("https://example.org/a?b=1&c=%22x%22")))
          .rationale("Why " + HOSTILE)
          .build());
    }
    return builder.build();
  }

  /** Co-produced, one action not assessed, one rating capped for want of evidence. */
  static Assessment earlier(LocalDate date) {
    Assessment.Builder builder = Assessment.builder().framework(Frameworks.ABA_2020_ID).area(AREA)
        .assessedOn(date).addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 5));
    List<Action> actions = Frameworks.aba2020().getActions();
    for (int i = 0; i < actions.size() - 1; i++) {
      Rating.Builder rating = Rating.builder().action(actions.get(i).getId()).rating(i == 0 ? 4 : 2);
      if (i != 0) {
        rating.addEvidence(Evidence.of(EvidenceKind.PROCESSES, "Plan " + i));
      }
      builder.addRatings(rating.build());
    }
    return builder.build();
  }

  static OutcomeData outcomes(LocalDate start, int people, int shift) {
    OutcomeData.Builder data = OutcomeData.builder().framework(Frameworks.ABA_2020_ID).area(AREA)
        .period(Period.of(start, start.plusMonths(5)));
    for (int i = 0; i < people; i++) {
      data.addResponses(PersonResponse.of(Ons4Answers.of(
          Math.min(10, 4 + i % 6 + shift), 5 + i % 5, 3 + i % 7, Math.max(0, 6 - i % 6 - shift))));
    }
    return data.build();
  }

  private AreaReport area() {
    return AreaReport.group(
        List.of(notCoProduced(LocalDate.of(2026, 3, 31)), earlier(LocalDate.of(2025, 3, 31))),
        List.of(outcomes(LocalDate.of(2025, 10, 1), 80, 2), outcomes(LocalDate.of(2024, 10, 1), 60, 0)),
        scorer).get(0);
  }

  @Test
  void page_radarChart_hasTwoPolygonsAndTenAxisLabels() {
    Document page = Jsoup.parse(html.page(area()));
    Elements radar = page.select("svg.radar");
    assertThat(radar).hasSize(1);
    assertThat(radar.select("polygon")).hasSize(2);
    assertThat(radar.select("polygon.rating")).hasSize(1);
    assertThat(radar.select("polygon.effective")).hasSize(1);
    assertThat(radar.select("text.axis-label")).hasSize(10);
    assertThat(String.join(" ", radar.select("text.axis-label").get(0).select("tspan").eachText()))
        .isEqualTo("1. Map and grow community assets");
    assertThat(radar.select("text.axis-label.not-assessed")).isEmpty();
    assertThat(radar.select("title").first().text()).contains("Radar chart");
    // The latest assessment rates every action 4: the rating polygon sits on the outer ring.
    String[] points = radar.select("polygon.rating").attr("points").split(" ");
    assertThat(points).hasSize(10);
    Element outer = radar.select("circle.ring").last();
    assertThat(points[0]).isEqualTo(outer.attr("cx") + ","
        + String.format(java.util.Locale.ROOT, "%.1f",
            Double.parseDouble(outer.attr("cy")) - Double.parseDouble(outer.attr("r"))));
  }

  @Test
  void page_groupingBars_showThreeGroupingsWithPercentages() {
    Document page = Jsoup.parse(html.page(area()));
    Elements bars = page.select(".grouping-bars svg.bar-track");
    assertThat(bars).hasSize(3);
    for (Element bar : bars) {
      assertThat(bar.select("rect.bar").attr("width")).isEqualTo("100.00%");
      assertThat(bar.select("title").text()).endsWith(": 100.00% Asset-based");
    }
    assertThat(page.select(".grouping-bars .grouping-value").eachText()).containsOnly("100.00% Asset-based");
    assertThat(page.select("table.groupings tbody tr")).hasSize(3);
  }

  @Test
  void page_limiterLowersBand_bandAndExplanationShown() {
    Document page = Jsoup.parse(html.page(area()));
    // the reason sits beside the band, in words
    assertThat(page.select("#summary .band-figure .band").text()).isEqualTo("Emerging");
    assertThat(page.select("#summary .band-figure .lowered").text()).isEqualTo("Lowered from Asset-based:"
        + " no people with lived experience, carers or community members took part, and the band can"
        + " then be at most Emerging.");
    assertThat(page.select("ul.limiters li.applied")).hasSize(1);
    assertThat(page.select("ul.limiters li.applied").text()).isEqualTo("Lowers the band. If no people"
        + " with lived experience, carers or community members took part, the band can be at most"
        + " Emerging. None took part. This lowers the band from Asset-based.");
    assertThat(page.select("ul.limiters li.not-applied")).hasSize(2);
    assertThat(page.select("ul.limiters code")).as("no machine ids for citizens").isEmpty();
    Document analysts = Jsoup.parse(analyst.page(area()));
    assertThat(analysts.select("ul.limiters li.applied code").text()).isEqualTo("L3_NOT_CO_PRODUCED");
  }

  @Test
  void page_publicationMode_hasNoRawFiguresNoMachineIdsNoJargonAndNoBanner() {
    Document page = Jsoup.parse(html.page(area()));
    assertThat(page.select("td.raw, th:containsOwn(Raw figures), .not-for-publication")).isEmpty();
    assertThat(page.select("main code, header code")).as("no machine ids").isEmpty();
    String text = page.text();
    for (String word : List.of("not for publication", "aba-2020", "aba-score-1", "map-community-assets",
        "L1_WEAKEST", "L3_NOT", "NO_EVIDENCE", "effective rating", "limiter", "Effective")) {
      assertThat(text).as(word).doesNotContain(word);
    }
    assertThat(page.select("style").html()).contains("@top-right{content:\"Asset-Based Area report\"");
  }

  @Test
  void render_analystMode_everyPageSaysNotForPublication_onScreenAndOnPaper() {
    Map<String, String> files = analyst.render(List.of(area()));
    assertThat(files).hasSize(2);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Document page = Jsoup.parse(file.getValue());
      Element first = page.body().child(0);
      assertThat(first.hasClass("not-for-publication")).as(file.getKey()).isTrue();
      assertThat(first.text()).endsWith("not for publication");
      assertThat(page.select("style").html()).as("printed pages say it too")
          .contains("@top-right{content:\"Analyst version: not for publication\"");
    }
    Document page = Jsoup.parse(files.get(area().getFileName()));
    assertThat(page.select("td.raw")).isNotEmpty();
    assertThat(page.select("header code").eachText()).containsExactly("aba-2020", "aba-score-1");
    assertThat(page.select("#action-map-community-assets code").text()).isEqualTo("map-community-assets");
  }

  @Test
  void page_summary_wholePercentageHeadline_exactFigure_bandKey_andRoundingNote() {
    // five actions at 3 and five at 2, all with evidence from people's experience: 25 of 40 = 62.50%
    Assessment.Builder builder = Assessment.builder().framework(Frameworks.ABA_2020_ID).area(AREA)
        .assessedOn(LocalDate.of(2026, 3, 31)).addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 5));
    List<Action> actions = Frameworks.aba2020().getActions();
    for (int i = 0; i < actions.size(); i++) {
      builder.addRatings(Rating.builder().action(actions.get(i).getId()).rating(i % 2 == 0 ? 3 : 2)
          .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Said " + i)).build());
    }
    AreaReport area = AreaReport.group(List.of(builder.build()), List.of(), scorer).get(0);
    assertThat(area.getAssessments().get(0).getReport().getOverall().getPercentage().orElseThrow())
        .isEqualByComparingTo("62.50");
    Document page = Jsoup.parse(html.page(area));
    Element summary = page.selectFirst("#summary");
    assertThat(summary.select(".big").first().text()).isEqualTo("63%");
    assertThat(summary.select(".figure .small").first().text())
        .isEqualTo("overall result (exactly 62.50%), 10 of 10 actions rated");
    assertThat(summary.select(".band-figure .band").text()).isEqualTo("Established");
    assertThat(summary.select("table.band-key tbody tr").eachText()).containsExactly(
        "Starting 25\u201338% " + Plain.meaning(Band.STARTING),
        "Emerging 39\u201362% " + Plain.meaning(Band.EMERGING),
        "Established 63\u201387% " + Plain.meaning(Band.ESTABLISHED) + " This area's band.",
        "Asset-based 88\u2013100% " + Plain.meaning(Band.ASSET_BASED));
    assertThat(summary.select("tr.this-band .band").text()).isEqualTo("Established");
    assertThat(summary.select(".rounding").text()).isEqualTo("A band is read from the whole percentage,"
        + " rounded half up: 62.50% counts as 63%, which is Established. Here 62.50% counts as 63%.");
    assertThat(summary.select("h3").eachText()).containsExactly("Change since last time",
        "Who took part", "Strengths", "What to improve", "Next steps from the plan");
    assertThat(summary.select("ul.strengths li")).hasSize(5).allMatch(li -> li.text().endsWith(": Established"));
    assertThat(summary.select("ul.to-improve li")).hasSize(5).allMatch(li -> li.text().endsWith(": Emerging"));
    assertThat(summary.text()).contains("This is the first self-assessment given for this area.")
        .contains("No improvement plan or 100-day challenge was given with this report.");
  }

  @Test
  void page_summary_changeSinceLastTime_andWhatToImprove_withTheReason() {
    Document page = Jsoup.parse(html.page(area()));
    Element summary = page.selectFirst("#summary");
    assertThat(summary.select("h3:containsOwn(Change since last time) + p").text())
        .startsWith("Up ").contains(" percentage points since the self-assessment of 31 March 2025 (");
    AreaReport only = AreaReport.group(List.of(earlier(LocalDate.of(2025, 3, 31))), List.of(), scorer).get(0);
    Element first = Jsoup.parse(html.page(only)).selectFirst("#summary");
    assertThat(first.select("ul.to-improve li").eachText())
        .contains("Map and grow community assets: Not yet (rated 4, counted as 1: no evidence was given)",
            "Grow mutuals and co-operatives: not assessed");
  }

  @Test
  void page_runningHeaderOfPrintedPages_isAValidCssString_whateverTheAreaName() {
    String hostile = "Quote \" back \\ </style><script>x</script>; } @page{} \n new line \u202e";
    Area area = Area.of("E06000998", hostile);
    Assessment assessment = Assessment.builder().from(notCoProduced(LocalDate.of(2026, 3, 31))).area(area).build();
    String text = html.page(AreaReport.group(List.of(assessment), List.of(), scorer).get(0));
    Document page = Jsoup.parse(text);
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("script")).isEmpty();
    String css = page.selectFirst("style").html();
    Matcher m = Pattern.compile("@top-left\\{content:\"((?:[^\"\\\\]|\\\\[0-9a-f]{1,6} |\\\\[^0-9a-f])*)\";")
        .matcher(css);
    assertThat(m.find()).as(css).isTrue();
    assertThat(m.group(1)).doesNotContain("<").doesNotContain("{").doesNotContain("}").doesNotContain(";");
    StringBuilder decoded = new StringBuilder();
    Matcher e = Pattern.compile("\\\\([0-9a-f]{1,6}) |\\\\(.)|(.)", Pattern.DOTALL).matcher(m.group(1));
    while (e.find()) {
      decoded.append(e.group(1) != null ? new String(Character.toChars(Integer.parseInt(e.group(1), 16)))
          : e.group(2) != null ? e.group(2) : e.group(3));
    }
    assertThat(decoded.toString()).isEqualTo(hostile.replace('\u202e', '\ufffd')
        + " (E06000998) \u00b7 self-assessment of 31 March 2026 \u00b7 Complete");
  }

  @Test
  void page_severalAssessments_showProgressOverTime() {
    Document page = Jsoup.parse(html.page(area()));
    assertThat(page.select("svg.progress-plot circle.point")).hasSize(2);
    assertThat(page.select("svg.progress-plot circle.point.provisional")).hasSize(1);
    assertThat(page.select("table.over-time tbody tr")).hasSize(2);
    Elements changes = page.select("table.changes tbody tr");
    // Ten actions, three groupings and the overall row.
    assertThat(changes).hasSize(14);
    assertThat(changes.get(0).select("td").eachText()).containsExactly("1", "4", "+3");
    assertThat(changes.get(1).select("td").eachText()).containsExactly("2", "4", "+2");
    assertThat(changes.get(9).select("td").eachText()).containsExactly("not assessed", "4", "n/a");
  }

  @Test
  void page_cappedRating_isExplainedInEarlierReport() {
    AreaReport only = AreaReport.group(List.of(earlier(LocalDate.of(2025, 3, 31))), List.of(), scorer).get(0);
    Document page = Jsoup.parse(html.page(only));
    // two caps apply (no evidence at all, none from people's experience): one sentence, one count
    assertThat(page.select("ul.explanations li").eachText())
        .contains("Map and grow community assets: rated 4, counted as 1: no evidence was given.")
        .noneMatch(s -> s.contains("counted as 2"));
    assertThat(page.select("#action-map-community-assets td.capped").text())
        .isEqualTo("1 (Not yet) no evidence was given");
    assertThat(page.select("#action-mutuals-and-co-ops td").eachText()).contains("not assessed");
    assertThat(page.select("#outcomes p").text()).contains("No outcome data");
    assertThat(page.select("#progress")).isEmpty();
  }

  @Test
  void page_outcomeIndicators_showPublishedValue_andTheDifferenceWithItsInterval() {
    Document page = Jsoup.parse(analyst.page(area()));
    Elements rows = page.select("tr.indicator");
    assertThat(rows).isNotEmpty();
    List<String> ids = new ArrayList<>();
    for (Element row : rows) {
      ids.add(row.attr("data-indicator"));
      assertThat(row.select("td.raw .interval").text()).matches("\\(\\d+\\.\\d+%? to \\d+\\.\\d+%?\\)");
      assertThat(row.select("td.published").text())
          .matches("\\d+\\.\\d%? \\(\\d+\\.\\d%? to \\d+\\.\\d%?\\) n.\\d+");
      assertThat(row.select("td.difference").text())
          .matches("[+\u2212]?\\d+\\.\\d( percentage points)? \\([+\u2212]?\\d+\\.\\d to [+\u2212]?\\d+\\.\\d\\)");
      assertThat(row.select("svg.interval-chart rect.ci")).hasSize(1);
      assertThat(row.select("svg.interval-chart rect.earlier")).hasSize(1);
      assertThat(row.select("td.change").text())
          .isIn("Improving", "Worsening", "No significant change");
    }
    assertThat(ids).contains("ons4-life-satisfaction", "ons4-anxiety", "ons4-happiness-high");
    // Life satisfaction rose by two points for most people: the whole interval of the difference
    // lies above 0.
    Element life = page.selectFirst("tr.indicator[data-indicator=ons4-life-satisfaction]");
    assertThat(life.select("td.change").text()).isEqualTo("Improving");
    assertThat(life.select("td.raw .respondents").text()).isEqualTo("n = 80");
    // Worthwhile answers are the same in both periods
    Element worthwhile = page.selectFirst("tr.indicator[data-indicator=ons4-worthwhile]");
    assertThat(worthwhile.select("td.change").text()).isEqualTo("No significant change");
    assertThat(page.select("#outcomes p").text())
        .contains("judged on the difference between the two periods")
        .contains("disclosure policy 'ascof'");
  }

  /**
   * Outside the column marked not for publication, every number in an indicator row (its cells and
   * its chart's title, which screen readers read) is a published figure: suppressed values and
   * their judgements do not leak through the chart or the change column.
   */
  @Test
  void page_outsideTheRawColumn_showsOnlyPublishedFigures() {
    for (int people : new int[] {2, 80}) {
      AreaReport area = AreaReport.group(List.of(),
          List.of(outcomes(LocalDate.of(2024, 10, 1), 2, 0), outcomes(LocalDate.of(2025, 10, 1), people, 2)),
          scorer).get(0);
      OutcomeReport compared = Indicators.compare(area.getOutcomes().get(0), area.getOutcomes().get(1));
      Document page = Jsoup.parse(html.page(area));
      for (Element row : page.select("tr.indicator")) {
        IndicatorResult result = compared.findIndicator(row.attr("data-indicator")).orElseThrow();
        java.util.Set<String> allowed = new java.util.HashSet<>(List.of("95"));
        List<PublishedValue> figures = new ArrayList<>(List.of(result.getPublished()));
        result.getDifference().ifPresent(d -> figures.add(d.getPublished()));
        area.getOutcomes().get(0).findIndicator(result.getIndicator())
            .ifPresent(e -> figures.add(e.getPublished()));
        for (PublishedValue figure : figures) {
          figure.getValue().ifPresent(v -> allowed.add(v.abs().toPlainString()));
          figure.getLower().ifPresent(v -> allowed.add(v.abs().toPlainString()));
          figure.getUpper().ifPresent(v -> allowed.add(v.abs().toPlainString()));
          figure.getRespondents().ifPresent(n -> allowed.add(String.valueOf(n)));
        }
        Element copy = row.clone();
        copy.select("td.raw, th").remove();
        // the axis's ticks are the scale, not figures: a share's 0-100%, a mean's range
        IndicatorDefinition def = Frameworks.aba2020().findIndicator(result.getIndicator()).orElseThrow();
        List<String> ticks = copy.select("text.tick-label").eachText();
        if (def.getStatistic() == Statistic.SHARE) {
          assertThat(ticks).containsExactly("0%", "50%", "100%");
        } else {
          Range range = def.getRange().orElseThrow();
          assertThat(ticks).containsExactly(plain(range.getMin()),
              plain((range.getMin() + range.getMax()) / 2), plain(range.getMax()));
        }
        copy.select("text.tick-label").remove();
        String shown = copy.text() + " " + copy.select("svg title").text();
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(shown);
        while (numbers.find()) {
          assertThat(allowed).as("%s people, %s: %s", people, result.getIndicator(), shown)
              .contains(numbers.group());
        }
        if (result.getPublished().isSuppressed()) {
          assertThat(row.select("svg circle")).isEmpty();
          assertThat(row.select("td.change").text()).isIn("[c]", "Not comparable");
        }
      }
    }
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Test
  void page_disclosurePolicy_comesFromTheReport() {
    AreaReport nhs = AreaReport.group(List.of(),
        List.of(outcomes(LocalDate.of(2025, 10, 1), 7, 0)), scorer,
        DisclosurePolicy.NHS_SMALL_NUMBERS).get(0);
    Document page = Jsoup.parse(html.page(nhs));
    assertThat(page.select("#outcomes p").text())
        .contains("disclosure policy 'nhs-small-numbers': a value resting on fewer than 8"
            + " respondents, or a share whose count in or out of the category is from 1 to 7,"
            + " is suppressed and shown as [c]");
    Element life = page.selectFirst("tr.indicator[data-indicator=ons4-life-satisfaction]");
    assertThat(life.select("td.published").text()).isEqualTo("[c]"); // 7 respondents: the count is withheld too
    assertThat(life.select("td.published abbr").attr("title"))
        .isEqualTo("suppressed for confidentiality");
    assertThat(life.select("td.difference").text()).isEqualTo("[x]");
  }

  @Test
  void page_hostileText_isEscapedEverywhere() {
    String text = html.page(area());
    Document page = Jsoup.parse(text);
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(page.select("h1").text()).isEqualTo("Hostile " + HOSTILE + " E06000999");
    assertThat(page.title()).startsWith("Hostile " + HOSTILE);
    assertThat(page.select("ul.evidence li").first().text()).contains("Said: " + HOSTILE);
    assertThat(page.select("p.rationale").first().text()).isEqualTo("Why " + HOSTILE);
    assertThat(page.select("ul.evidence a").first().attr("href"))
        .isEqualTo("https://example.org/a?b=1&c=%22x%22");
    assertThat(text).doesNotContain("<script").doesNotContain("<img");
  }

  @Test
  void page_isSelfContained_noScriptsNoExternalResources() {
    Document page = Jsoup.parse(html.page(area()));
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    assertThat(page.select("[src], link, iframe, object, embed, script")).isEmpty();
    for (Element link : page.select("a[href]")) {
      String href = link.attr("href");
      boolean local = href.equals("index.html");
      boolean evidence = link.parents().hasClass("evidence") && href.startsWith("https://");
      assertThat(local || evidence).as(href).isTrue();
    }
    for (Element svg : page.select("svg")) {
      assertThat(svg.select("title")).as("every chart has a title").isNotEmpty();
    }
  }

  @Test
  void write_indexLinksEveryAreaPage(@TempDir Path dir) throws Exception {
    AreaReport first = area();
    Area other = Area.of("E07000001", "Other / ../../etc");
    Assessment second = Assessment.builder().from(earlier(LocalDate.of(2025, 1, 1))).area(other).build();
    List<AreaReport> areas = AreaReport.group(List.of(second, notCoProduced(LocalDate.of(2026, 3, 31))),
        List.of(), scorer);
    List<Path> written = html.write(areas, dir);
    assertThat(written).hasSize(3);
    assertThat(written.get(0).getFileName().toString()).isEqualTo("index.html");
    assertThat(written.get(1).getFileName().toString()).isEqualTo("hostile-script-alert-x-script-img-src-x-onerror-alert-1-quot-e06000999.html");
    assertThat(written.get(2).getFileName().toString()).isEqualTo("other-etc-e07000001.html");
    for (Path path : written) {
      assertThat(path.getParent()).isEqualTo(dir);
    }
    Document index = Jsoup.parse(Files.readString(written.get(0), StandardCharsets.UTF_8));
    assertThat(index.select("table.index a").eachAttr("href"))
        .containsExactly(written.get(1).getFileName().toString(), written.get(2).getFileName().toString());
    assertThat(index.select("table.index a").get(0).text()).isEqualTo(first.getName());
  }

  @Test
  void page_outcomesWithoutAssessment_stillRendered() {
    AreaReport only = AreaReport.group(List.of(), List.of(outcomes(LocalDate.of(2025, 10, 1), 2, 0)), scorer).get(0);
    Document page = Jsoup.parse(html.page(only));
    assertThat(page.select("svg.radar")).isEmpty();
    Element life = page.selectFirst("tr.indicator[data-indicator=ons4-life-satisfaction]");
    assertThat(life.select("td.published").text()).isEqualTo("[c]");
    assertThat(life.select("td.change").text()).isEqualTo("Not comparable");
    assertThat(life.select("td.difference").text()).isEqualTo("[x]");
  }
}
