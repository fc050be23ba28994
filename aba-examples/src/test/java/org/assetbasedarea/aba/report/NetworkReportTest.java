package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.network.AreaSeries;
import org.assetbasedarea.aba.network.NetworkAccumulator;
import org.assetbasedarea.aba.network.NetworkData;
import org.assetbasedarea.aba.network.NetworkView;
import org.assetbasedarea.aba.network.PeerGroups;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The network page for people: plain words in its running text, every shaded heatmap cell with
 * its count, a phone's card labels that match the areas table's headers, and an A4 running header
 * that no area name can break out of.
 */
class NetworkReportTest {
  private static final Scorer SCORER = Scorer.standard();

  /** A network of NetworkData's fictional areas (seed 5, up to 2025), with outcome data for some. */
  static NetworkView view(int areas, int years, int withOutcomes) throws Exception {
    StringWriter lines = new StringWriter();
    NetworkData.write(lines, areas, years, 5, 2025);
    NetworkAccumulator network = new NetworkAccumulator(SCORER.getRegistry());
    long line = 0;
    List<String> codes = new ArrayList<>();
    for (String json : lines.toString().lines().toList()) {
      Assessment assessment = AbaJson.standard().read(json.getBytes(StandardCharsets.UTF_8), DocumentType.ASSESSMENT)
          .getDocument().orElseThrow();
      network.add(SCORER.score(assessment), "net.ndjson", ++line);
      if (!codes.contains(assessment.getArea().getCode().toString())) {
        codes.add(assessment.getArea().getCode().toString());
      }
    }
    String outcomes = new String(NetworkReportTest.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/brackenford-outcomes-2026.json").readAllBytes(),
        StandardCharsets.UTF_8);
    for (int i = 0; i < withOutcomes; i++) {
      OutcomeData data = AbaJson.standard().read(outcomes.replace("E08000999", codes.get(i))
          .getBytes(StandardCharsets.UTF_8), DocumentType.OUTCOME_DATA).getDocument().orElseThrow();
      network.add(Indicators.compute(data, SCORER.getRegistry().find("aba-2020").orElseThrow(),
          DisclosurePolicy.ASCOF), codes.get(i) + ".json", 0);
    }
    return network.finish(PeerGroups.gss(), NetworkView.MIN_GROUP_SIZE);
  }

  static String page(NetworkView view) throws Exception {
    StringWriter out = new StringWriter();
    NetworkReport.page(view, out);
    return out.toString();
  }

  /** The header and main of a page as a reader sees them, without the analysts' notes. */
  static String runningText(Document page) {
    Document copy = page.clone();
    copy.select("details.analysts").remove();
    return copy.select("body > header, body > main").text();
  }

  @Test
  void page_runningText_hasNoMachineIdsOrJargon_theAnalystsNotesKeepThem() throws Exception {
    NetworkView view = view(30, 4, 6);
    assertThat(view.getDisclosure()).isEqualTo("ascof");
    assertThat(view.getNetwork()).isPresent();
    Document page = Jsoup.parse(page(view));
    assertThat(page.select("header, main").select("code")).isEmpty();
    String text = runningText(page);
    assertThat(text).contains("Ratings are counted after the evidence check")
        .contains("Asset-Based Area: ten actions in three groupings (2020)")
        .contains("the same kind of council")
        .contains("Outcome indicators");
    // machine ids as written (an indicator's title may name ASCOF, the national framework)
    for (String id : List.of("aba-2020", "aba-score-1", "ascof", "GSS", "type 7", "QUARTILE.INC",
        "network.json", ".csv", "PUBLISHED", "POOLED")) {
      assertThat(text).as(id).doesNotContain(id);
    }
    for (String jargon : List.of("effective", "mid-rank", "interpolation", "evidence caps")) {
      assertThat(text).as(jargon).doesNotContainIgnoringCase(jargon);
    }
    String analysts = page.select("details.analysts").text();
    assertThat(analysts).contains("aba-2020").contains("aba-score-1").contains("type 7").contains("ascof")
        .contains("network.json");
    // group names in words, each area's code beside its name
    Elements rows = page.select("table.areas tbody tr");
    assertThat(rows).hasSize(30);
    for (Element row : rows) {
      String code = row.selectFirst("th .area-code").text();
      String group = row.select("td").get(0).text();
      assertThat(group).as(code).isEqualTo(PeerGroups.gss().label(code.substring(0, 3)))
          .contains(" (" + code.substring(0, 3) + ")");
    }
    // dates for people: "4 March 2020", never "2020-03-04"
    assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(page.selectFirst("header .lede").text()).containsPattern("from \\d{1,2} [A-Z][a-z]+ 2022 to \\d{1,2} [A-Z][a-z]+ 2025");
  }

  @Test
  void heatmap_everyShadedCellHasItsCount_andItsShadeIsItsShare() throws Exception {
    NetworkView view = view(30, 2, 0);
    Document page = Jsoup.parse(page(view));
    List<NetworkView.Comparison> comparisons = new ArrayList<>();
    comparisons.add(view.getNetwork().orElseThrow());
    comparisons.addAll(view.getGroupComparisons());
    Elements tables = page.select("table.heatmap");
    assertThat(tables).hasSize(comparisons.size()).hasSizeGreaterThan(1);
    Pattern shade = Pattern.compile("heat-(\\d)");
    int shaded = 0;
    for (int t = 0; t < tables.size(); t++) {
      NetworkView.Comparison c = comparisons.get(t);
      assertThat(tables.get(t).selectFirst("caption").text()).endsWith(c.label());
      Elements rows = tables.get(t).select("tbody tr");
      assertThat(rows).hasSize(view.getFramework().getActions().size());
      for (int a = 0; a < rows.size(); a++) {
        Elements cells = rows.get(a).select("td");
        assertThat(cells).hasSize(5);
        int[] counts = c.heatmap().get(a);
        int[] expected = {counts[1], counts[2], counts[3], counts[4], counts[0]};
        for (int k = 0; k < 5; k++) {
          Matcher m = shade.matcher(cells.get(k).className());
          assertThat(m.find()).as(cells.get(k).outerHtml()).isTrue();
          assertThat(cells.get(k).text()).as("every shaded cell shows its count").isEqualTo(String.valueOf(expected[k]));
          int level = Integer.parseInt(m.group(1));
          assertThat(level).isEqualTo(NetworkReport.shade(expected[k], c.areas()));
          shaded += level > 0 ? 1 : 0;
        }
      }
    }
    assertThat(shaded).isPositive();
    // any element shaded anywhere on the page says in text what it stands for
    for (Element e : page.select("[class~=^heat-\\d$]")) {
      assertThat(e.text()).as(e.outerHtml()).isNotBlank();
    }
    assertThat(page.select(".heat-key .heat")).extracting(Element::text)
        .containsExactly("none", "under 20%", "20% to 40%", "40% to 60%", "60% to 80%", "80% or more");
  }

  @Test
  void shade_isOneShadePerFifthOfTheAreas() {
    assertThat(NetworkReport.shade(0, 40)).isZero();
    assertThat(NetworkReport.shade(1, 40)).isEqualTo(1);
    assertThat(NetworkReport.shade(7, 40)).isEqualTo(1);
    assertThat(NetworkReport.shade(8, 40)).isEqualTo(2);
    assertThat(NetworkReport.shade(24, 40)).isEqualTo(4);
    assertThat(NetworkReport.shade(32, 40)).isEqualTo(5);
    assertThat(NetworkReport.shade(40, 40)).isEqualTo(5);
  }

  @Test
  void areasCards_onAPhone_areLabelledByTheTablesOwnHeaders() throws Exception {
    Document page = Jsoup.parse(page(view(6, 2, 0)));
    List<String> headers = page.select("table.areas thead th").eachText().stream()
        .map(t -> t.replace("\u00ad", "")).toList();
    assertThat(headers).isEqualTo(NetworkReport.AREA_COLUMNS);
    Matcher label = Pattern.compile("table\\.areas td:nth-of-type\\((\\d)\\)::before\\{content:\"([^\"]*)\" / \"\"\\}")
        .matcher(Style.NETWORK);
    int labels = 0;
    while (label.find()) {
      int column = Integer.parseInt(label.group(1));
      assertThat(label.group(2)).isEqualTo(headers.get(column));
      labels++;
    }
    assertThat(labels).isEqualTo(headers.size() - 1);
    // no scroll box: the table reflows instead (a browser test checks the widths)
    assertThat(page.select(".scroll, [style*=overflow]")).isEmpty();
    assertThat(Style.NETWORK).contains("@media screen and (max-width:640px){").contains("@media print{");
    Elements wide = page.select("table.heatmap, table.spread, table.spread-groupings");
    assertThat(wide).hasSizeGreaterThanOrEqualTo(3);
    for (Element table : wide) {
      assertThat(table.hasClass("stack")).as(table.className()).isTrue();
    }
  }

  @Test
  void printedPages_sayWhatTheyAre_onA4() throws Exception {
    NetworkView view = view(30, 4, 0);
    Document page = Jsoup.parse(page(view));
    Elements styles = page.head().select("style");
    assertThat(styles).hasSize(1);
    String sheet = styles.get(0).data();
    String rule = sheet.substring(sheet.indexOf("@page{size:A4")).strip();
    assertThat(rule).startsWith("@page{size:A4;margin:")
        .contains("@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages)");
    LocalDate first = view.getAreas().stream().map(a -> a.assessedOn(0)).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = view.getAreas().stream().map(a -> a.assessedOn(a.size() - 1)).max(LocalDate::compareTo).orElseThrow();
    assertThat(first.getYear()).isEqualTo(2022);
    assertThat(last.getYear()).isEqualTo(2025);
    String header = topLeft(rule);
    assertThat(header).isEqualTo("Network view: 30 areas; assessed " + first.getDayOfMonth() + " "
        + first.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " 2022 to "
        + last.getDayOfMonth() + " " + last.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
        + " 2025");
    assertThat(Style.NETWORK).contains("main.network tr,").contains("break-inside:avoid");
  }

  /** The decoded text of the {@code @top-left} box's content. */
  static String topLeft(String rule) {
    int start = rule.indexOf("@top-left{content:") + "@top-left{content:".length();
    assertThat(start).isGreaterThan(20);
    return decode(rule, start);
  }

  /**
   * A CSS string literal's value, decoded as CSS Syntax Level 3 does: escapes of one character
   * or of up to six hex digits (and one white space after them); an unescaped line break or the
   * end of the text before the closing quote fails.
   */
  static String decode(String css, int at) {
    assertThat(css.charAt(at)).isEqualTo('"');
    StringBuilder out = new StringBuilder();
    for (int i = at + 1; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      assertThat(c).as("a raw line break in a CSS string").isNotIn('\n', '\r', '\f');
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = css.charAt(++i);
      if (Character.digit(next, 16) >= 0) {
        int end = i;
        while (end < css.length() && end - i < 6 && Character.digit(css.charAt(end), 16) >= 0) {
          end++;
        }
        out.appendCodePoint(Integer.parseInt(css.substring(i, end), 16));
        i = end < css.length() && css.charAt(end) == ' ' ? end : end - 1;
      } else {
        out.append(next);
      }
    }
    throw new AssertionError("the CSS string is not closed: " + css.substring(at));
  }

  /** Where a CSS string literal starting at 0 closes: its first quote not escaped. */
  static int closing(String css) {
    for (int i = 1; i < css.length(); i++) {
      if (css.charAt(i) == '\\') {
        i++;
      } else if (css.charAt(i) == '"') {
        return i;
      }
    }
    return -1;
  }

  static String replaced(String raw) {
    StringBuilder out = new StringBuilder();
    raw.chars().forEach(c -> out.append(Html.isReplaced((char) c) ? '\uFFFD' : (char) c));
    return out.toString();
  }

  @Test
  void cssString_anyHostileText_decodesToItself_neverEndsTheStyleElement() {
    // the one CSS string escaper of both reports' running headers
    Random random = new Random(14);
    for (int i = 0; i < 2000; i++) {
      String raw = HtmlEscapingPropertyTest.hostile(random) + "\\\"\n\r\f<\\3c ;{}" + HtmlEscapingPropertyTest.hostile(random);
      String css = Html.cssString(raw);
      assertThat(css).as(raw).doesNotContain("<").doesNotContain("\n").doesNotContain("\r").doesNotContain("\f")
          .doesNotContain(";").doesNotContain("{").doesNotContain("}");
      assertThat(decode(css, 0)).isEqualTo(replaced(raw));
      assertThat(closing(css)).as("the first unescaped quote closes it, at the end").isEqualTo(css.length() - 1);
    }
    assertThat(Html.cssString("a\"b\\c</style>\nd")).isEqualTo("\"a\\22 b\\5c c\\3c /style\\3e \\a d\"");
  }

  @Test
  void runningHeader_namesAFewHostileAreas_asTextInOneLine_andTheStyleElementHolds() throws Exception {
    Random random = new Random(140);
    for (int i = 0; i < 60; i++) {
      int areas = 1 + random.nextInt(NetworkReport.NAMED_AREAS);
      NetworkAccumulator network = new NetworkAccumulator(SCORER.getRegistry());
      List<String> names = new ArrayList<>();
      for (int a = 0; a < areas; a++) {
        String name = HtmlEscapingPropertyTest.hostile(random) + (a == 0 ? "\"\\</style><script>x</script>\n" : "")
            + HtmlEscapingPropertyTest.hostile(random);
        names.add(name);
        Assessment assessment = Assessment.builder().framework(Frameworks.ABA_2020_ID)
            .area(Area.of("E0600099" + a, name)).assessedOn(LocalDate.of(2026, 1, 1 + a))
            .addRatings(Rating.builder().action("share-power").rating(3)
                .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "x")).build())
            .build();
        network.add(SCORER.score(assessment), "in.ndjson", a + 1);
      }
      NetworkView view = network.finish(PeerGroups.gss(), NetworkView.MIN_GROUP_SIZE);
      String html = page(view);
      Document page = Jsoup.parse(html);
      String context = "case " + i + ": " + names.get(0).replaceAll("\\p{Cntrl}", "?");
      assertThat(page.select("script")).as(context).isEmpty();
      assertThat(page.head().select("style")).as(context).hasSize(1);
      assertThat(page.body().select("style")).as(context).isEmpty();
      assertThat(page.selectFirst("h1").text()).isEqualTo("Network view");
      String header = topLeft(page.head().select("style").get(0).data());
      assertThat(header).as(context).isEqualTo(replaced(NetworkReport.runningHeader(view)))
          .startsWith("Network view: " + areas + (areas == 1 ? " area, " : " areas, "))
          .endsWith(areas == 1 ? "; assessed on 1 Jan 2026" : "; assessed 1 Jan 2026 to " + areas + " Jan 2026")
          .doesNotContain("\n").doesNotContain("\r");
      for (AreaSeries area : view.getAreas()) {
        String name = area.getName().strip().replaceAll("\\s+", " ");
        if (name.length() <= 60) {
          assertThat(header).as(context).contains(replaced(name));
        } else {
          assertThat(header).as(context).contains(replaced(name.substring(0, 50)));
        }
      }
    }
  }

  @Test
  void runningHeader_shortensALongName_neverInsideASurrogatePair() throws Exception {
    // an emoji (two UTF-16 units) across the cut: the header must not keep half of it, which no
    // UTF-8 page can hold (the strict encoder of the report's files refuses it)
    for (int at = 56; at <= 60; at++) {
      String name = "a".repeat(at) + "\uD83D\uDE00" + "b".repeat(20);
      NetworkAccumulator network = new NetworkAccumulator(SCORER.getRegistry());
      Assessment assessment = Assessment.builder().framework(Frameworks.ABA_2020_ID)
          .area(Area.of("E06000990", name)).assessedOn(LocalDate.of(2026, 1, 1))
          .addRatings(Rating.builder().action("share-power").rating(3)
              .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "x")).build())
          .build();
      network.add(SCORER.score(assessment), "in.ndjson", 1);
      String header = NetworkReport.runningHeader(network.finish(PeerGroups.gss(), NetworkView.MIN_GROUP_SIZE));
      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(header)).as("emoji at %d: %s", at, header).isTrue();
      assertThat(header).as("emoji at %d", at).contains("a".repeat(Math.min(at, 58))).contains("\u2026");
    }
  }

  @Test
  void runningHeader_ofManyAreas_namesNone() throws Exception {
    NetworkView view = view(6, 1, 0);
    assertThat(NetworkReport.runningHeader(view)).startsWith("Network view: 6 areas; assessed ")
        .doesNotContain("fictional");
  }
}
