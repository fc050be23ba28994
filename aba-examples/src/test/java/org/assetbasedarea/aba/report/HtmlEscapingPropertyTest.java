package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.Step;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property: whatever text an area name, evidence summary, rationale, or a plan's title,
 * step or check-in note holds, the page
 * shows it as text (control characters and bidi embeddings, overrides and isolates as U+FFFD),
 * inside an isolating {@code <bdi>} element, and it never becomes markup.
 */
class HtmlEscapingPropertyTest {
  private static final String[] PIECES = {
      "<", ">", "&", "\"", "'", "/", "=", "<script>", "</script>", "<svg onload=x>", "&amp;", "&#60;",
      "<!--", "-->", "]]>", "<![CDATA[", "javascript:", "a", "B", "7", " ", "\u00e9", "\u4e2d", "\ud83d\ude00",
      "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200b", "\u202e", "</style>", "</title>", "`",
      // bidi embeddings, overrides, isolates and their terminators; marks; right-to-left letters
      "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
      "\u061c", "\u05d0\u05d1", "\u0627\u0644", "1-2", "\u202egpj.exe",
      // zero-width and invisible characters
      "\u200c", "\u200d", "\u2060", "\ufeff", "\u3164", "\u2028", "\u2029", "\u034f"};

  /** Characters the page's own text never holds: where one shows, it came from the document. */
  static final Pattern FROM_DOCUMENT = Pattern.compile(
      "[\u05d0\u05d1\u0627\u0644\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\u3164\u2028\u2029\u034f\ufffd]");

  /** Bidi embeddings, overrides and isolates: never on the page raw, inside an isolate or not. */
  static final Pattern BIDI_CONTROL = Pattern.compile("[\u202a-\u202e\u2066-\u2069]");

  static String hostile(Random random) {
    StringBuilder text = new StringBuilder("x");
    int pieces = 1 + random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /**
   * What the page must show: control characters replaced, whitespace as HTML collapses it, and
   * U+200B dropped (jsoup's text() drops that invisible character itself).
   */
  static String shown(String raw) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      out.append((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') ? '\uFFFD' : c);
    }
    return out.toString().replace("\u200b", "").replaceAll("[ \\t\\n]+", " ").trim();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void page_anyHostileText_isShownAsTextNeverMarkup(long seed) {
    Random random = new Random(seed);
    HtmlReport html = new HtmlReport(Scorer.standard());
    for (int i = 0; i < 25; i++) {
      String name = hostile(random);
      String summary = hostile(random);
      String rationale = hostile(random);
      String title = hostile(random);
      String step = hostile(random);
      String note = hostile(random);
      Assessment assessment = Assessment.builder().framework(Frameworks.ABA_2020_ID)
          .area(Area.of("E06000999", name)).assessedOn(LocalDate.of(2026, 1, 1))
          .addRatings(Rating.builder().action("share-power").rating(3)
              .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, summary)).rationale(rationale).build())
          .build();
      Plan plan = Plan.builder().framework(Frameworks.ABA_2020_ID).area(Area.of("E06000999", name))
          .kind(PlanKind.IMPROVEMENT_PLAN).title(title).startsOn(LocalDate.of(2026, 2, 1))
          .endsOn(LocalDate.of(2026, 12, 31)).baselineAssessedOn(LocalDate.of(2026, 1, 1))
          .addGoals(Goal.builder().action("share-power").baseline(3).target(4).owner(Role.COUNCIL)
              .addSteps(Step.of(step, LocalDate.of(2026, 3, 1))).build())
          .addCheckIns(CheckIn.builder().on(LocalDate.of(2026, 4, 1))
              .addGoals(GoalCheck.of("share-power", GoalStatus.ON_TRACK, note)).build())
          .build();
      AreaReport area = AreaReport.group(List.of(assessment), List.of(), List.of(plan),
          Scorer.standard(), DisclosurePolicy.ASCOF).get(0);
      String page = html.page(area);
      String index = html.index(List.of(area));
      String context = "seed " + seed + ", case " + i + ": " + name.replaceAll("\\p{Cntrl}", "?");
      for (String text : List.of(page, index)) {
        Document document = Jsoup.parse(text);
        assertThat(document.select("script, style ~ style, svg svg, iframe, img, object")).as(context).isEmpty();
        assertThat(document.select("style")).as(context).hasSize(1);
        for (Element element : document.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            assertThat(attribute.getKey()).as(context).doesNotStartWith("on");
          }
        }
        assertThat(text).as(context).doesNotContain("\u001b").doesNotContain("\u0000");
        assertThat(BIDI_CONTROL.matcher(text).find()).as(context + ": a raw bidi control").isFalse();
        for (TextNode node : document.body().textNodes()) {
          assertThat(FROM_DOCUMENT.matcher(node.text()).find()).as(context + ": outside any element").isFalse();
        }
        for (Element element : document.body().getAllElements()) {
          for (TextNode node : element.textNodes()) {
            if (FROM_DOCUMENT.matcher(node.getWholeText()).find()) {
              assertThat(element.closest("bdi")).as(context + ": document text outside <bdi>: " + node).isNotNull();
            }
          }
        }
      }
      Document document = Jsoup.parse(page);
      assertThat(document.selectFirst("h1 > bdi").text()).as(context).isEqualTo(shown(name));
      assertThat(document.selectFirst("h1").ownText()).as(context).isEmpty();
      assertThat(document.selectFirst("ul.evidence li > bdi").text()).as(context).isEqualTo(shown(summary));
      assertThat(document.selectFirst("p.rationale > bdi").text()).as(context).isEqualTo(shown(rationale));
      assertThat(document.selectFirst("p.rationale").text()).as(context).isEqualTo(shown(rationale));
      assertThat(document.selectFirst("article.plan > h3 > bdi").text()).as(context).isEqualTo(shown(title));
      assertThat(document.selectFirst("article.plan > h3").ownText()).as(context).isEmpty();
      assertThat(document.selectFirst("ol.steps li > bdi").text()).as(context).isEqualTo(shown(step));
      assertThat(document.selectFirst(".check-note > bdi").text()).as(context).isEqualTo(shown(note));
      assertThat(Jsoup.parse(index).selectFirst("table.index a > bdi").text()).as(context).isEqualTo(shown(name));
      assertThat(Jsoup.parse(index).selectFirst("table.index a").text()).as(context).isEqualTo(shown(name));
      assertThat(area.getFileName()).as(context).matches("[a-z0-9-]+\\.html");
    }
  }

  @Test
  void page_nameWithNothingVisible_isShownAsAVisiblePlaceholder() {
    for (String invisible : List.of("\u200b\u200d\u2060", "\u3164\ufeff", "\u202e\u2066 \u00a0", "\u034f\u200e")) {
      Assessment assessment = Assessment.builder().framework(Frameworks.ABA_2020_ID)
          .area(Area.of("E06000999", invisible)).assessedOn(LocalDate.of(2026, 1, 1))
          .addRatings(Rating.builder().action("share-power").rating(3).build()).build();
      AreaReport area = AreaReport.group(List.of(assessment), List.of(), Scorer.standard()).get(0);
      HtmlReport html = new HtmlReport(Scorer.standard());
      Element link = Jsoup.parse(html.index(List.of(area))).selectFirst("table.index a");
      assertThat(link.select("bdi.invisible").text()).isEqualTo("(no visible text)");
      assertThat(Jsoup.parse(html.page(area)).selectFirst("h1 > bdi.invisible").text()).isEqualTo("(no visible text)");
    }
  }
}
