package org.assetbasedarea.aba.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.scoring.ScoringRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The plans on an area's page, and what moving up takes. */
class PlanReportTest {
  static final String SAMPLES = "/org/assetbasedarea/aba/examples/samples/";
  static final AbaJson JSON = AbaJson.standard();

  private final Scorer scorer = Scorer.standard();

  static <T> T sample(String name, DocumentType<T> type) {
    try (InputStream in = PlanReportTest.class.getResourceAsStream(SAMPLES + name)) {
      return JSON.read(in.readAllBytes(), type).getDocument().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan() {
    return sample("brackenford-plan-2025.json", DocumentType.PLAN);
  }

  static Assessment assessment(int year) {
    return sample("brackenford-" + year + ".json", DocumentType.ASSESSMENT);
  }

  Document page(List<Assessment> assessments, List<OutcomeData> outcomes, List<Plan> plans, Scorer with) {
    return page(assessments, outcomes, plans, with, ReportMode.PUBLICATION);
  }

  Document page(List<Assessment> assessments, List<OutcomeData> outcomes, List<Plan> plans, Scorer with,
      ReportMode mode) {
    AreaReport area = AreaReport.group(assessments, outcomes, plans, with, DisclosurePolicy.ASCOF).get(0);
    return Jsoup.parse(new HtmlReport(with, mode).page(area));
  }

  Document page(List<Assessment> assessments, List<Plan> plans) {
    return page(assessments, List.of(), plans, scorer);
  }

  @Test
  void page_planJudgedByTheLatestLaterAssessment_goalsResultsStepsAndCheckIns() {
    Document page = page(List.of(assessment(2026), assessment(2025)), List.of(plan()));
    Element plan = page.selectFirst("#plans article.plan");
    assertThat(plan.select("h3").text()).isEqualTo(plan().getTitle());
    assertThat(plan.select("dd.kind").text()).isEqualTo("100-day challenge");
    assertThat(plan.select("dd.dates").text())
        .isEqualTo("1 May 2025 to 8 August 2025 (100 days); mid-point review 19 June 2025");
    assertThat(plan.select("dd.co-produced").text()).isEqualTo("yes");
    assertThat(plan.select("dd.judged").text())
        .isEqualTo("the assessment of 31 March 2026: 3 goals: 1 met, 1 partly met, 1 not met");
    assertThat(plan.select("article.goal").eachAttr("data-action"))
        .containsExactly("map-community-assets", "tackle-inequalities", "grant-giving");
    Element map = plan.selectFirst("article.goal[data-action=map-community-assets]");
    assertThat(map.select("h5").text()).isEqualTo("Map and grow community assets");
    assertThat(map.select("p.levels").text())
        .isEqualTo("Level 2 \u2192 3 (emerging to established); owner: the voluntary and community sector");
    assertThat(map.select(".result-badge").text()).isEqualTo("Met");
    assertThat(map.select(".progress").text()).isEqualTo("rated 3: 1 of 1 level, 100%");
    assertThat(map.select("ol.steps li")).hasSize(3);
    assertThat(map.select("ol.steps li").first().text())
        .isEqualTo("15 May 2025 Agree with the residents' network which six wards to walk first and who leads each walk.");
    assertThat(map.select("p.outcome-target").text())
        .isEqualTo("Outcome: Share who feel lonely often or always, target 7% or lower");
    Element tackle = plan.selectFirst("article.goal[data-action=tackle-inequalities]");
    assertThat(tackle.select(".result-badge").text()).isEqualTo("Partly met");
    assertThat(tackle.select(".progress").text()).isEqualTo("rated 2: 1 of 2 levels, 50%");
    Element grants = plan.selectFirst("article.goal[data-action=grant-giving]");
    assertThat(grants.select(".result-badge").text()).isEqualTo("Not met");
    assertThat(grants.select(".progress").text()).isEqualTo("rated 3: 0 of 1 level, 0%");

    assertThat(plan.select("ol.check-ins > li")).hasSize(4);
    assertThat(plan.select("ol.check-ins > li p.when").eachText()).containsExactly(
        "22 May 2025", "19 June 2025 mid-point review", "17 July 2025", "8 August 2025 last day");
    Element first = plan.selectFirst("ol.check-ins > li li[data-action=tackle-inequalities]");
    assertThat(first.text()).isEqualTo("Tackle inequalities: At risk Ethnicity is missing for about"
        + " one record in five; working through it with the data team.");
    assertThat(first.select(".status-at-risk")).hasSize(1);
    assertThat(plan.select(".mismatch")).isEmpty();
  }

  @Test
  void page_planWithOnlyItsBaselineAssessment_notYetReassessed() {
    Document page = page(List.of(assessment(2025)), List.of(plan()));
    assertThat(page.select("dd.judged").text()).isEqualTo("not yet reassessed");
    assertThat(page.select("article.goal .result-badge").eachText())
        .containsExactly("Not yet reassessed", "Not yet reassessed", "Not yet reassessed");
    assertThat(page.select("article.goal .progress")).isEmpty();
  }

  @Test
  void page_planWithoutCoProductionRole_saysNotCoProduced() {
    Plan council = Plan.builder().from(plan()).team(List.of(Participant.of(Role.COUNCIL, 3))).build();
    Document page = page(List.of(assessment(2025)), List.of(council));
    assertThat(page.select("dd.co-produced").text())
        .isEqualTo("no: not co-produced; the team has no lived-experience, carer or community role");
    assertThat(page.select("dd.co-produced strong.not-co-produced")).hasSize(1);
  }

  @Test
  void page_planWhoseBaselinesDoNotMatchItsAssessment_saysWhere() {
    Plan wrong = Plan.builder().from(plan()).goals(List.of(
        Goal.builder().from(plan().getGoals().get(0)).baseline(1).build())).checkIns(List.of()).build();
    Document page = page(List.of(assessment(2025), assessment(2026)), List.of(wrong));
    assertThat(page.select(".mismatch li").eachText()).containsExactly("The goal for Map and grow community"
        + " assets starts from level 1, but the self-assessment of 31 March 2025 counts the action as 2 (Emerging).");
    Document analysts = page(List.of(assessment(2025), assessment(2026)), List.of(), List.of(wrong),
        scorer, ReportMode.ANALYST);
    assertThat(analysts.select(".mismatch li").eachText()).containsExactly(
        "/goals/0/baseline must be the action's effective rating in the baseline assessment (2)");
    assertThat(page.select("article.goal .progress").text()).isEqualTo("rated 3: 2 of 2 levels, 100%");
  }

  @Test
  void page_planWhoseBaselineAssessmentIsNotAnInput_saysTheBaselinesAreNotChecked() {
    Document page = page(List.of(assessment(2026)), List.of(plan()));
    assertThat(page.select(".baseline-unchecked").text()).isEqualTo("The baselines of this plan are"
        + " not checked: the assessment of 31 March 2025 it starts from is not among this report's"
        + " inputs.");
    assertThat(page(List.of(assessment(2025), assessment(2026)), List.of(plan()))
        .select(".baseline-unchecked, .mismatch")).isEmpty();
  }

  @Test
  void page_checkInNoteWithLineBreaks_keepsThemAsLineBreaks() {
    Plan plan = Plan.builder().from(plan()).checkIns(List.of(CheckIn.builder()
        .on(plan().getStartsOn()).addGoals(GoalCheck.of(plan().getGoals().get(0).getAction(),
            GoalStatus.ON_TRACK, "One\r\ntwo\rthree\nfour")).build())).build();
    Document page = page(List.of(assessment(2025)), List.of(plan));
    Element note = page.selectFirst(".check-note");
    assertThat(note.wholeText()).isEqualTo("One\ntwo\nthree\nfour");
  }

  @Test
  void page_outcomeTarget_withOutcomeData_showsTheLatestPublishedValue() {
    OutcomeData data = sample("brackenford-outcomes-2026.json", DocumentType.OUTCOME_DATA);
    Document page = page(List.of(assessment(2026)), List.of(data), List.of(plan()), scorer);
    assertThat(page.select("p.outcome-target").text()).startsWith(
        "Outcome: Share who feel lonely often or always, target 7% or lower"
            + " latest published value (1 October 2025 to 28 February 2026): 6.7% (4.0% to 10.9%)");
  }

  @Test
  void page_areaWithOnlyAPlan_isRendered_namedByThePlan() {
    AreaReport area = AreaReport.group(List.of(), List.of(), List.of(plan()), scorer, DisclosurePolicy.ASCOF).get(0);
    assertThat(area.getName()).isEqualTo("Brackenford (fictional)");
    Document page = Jsoup.parse(new HtmlReport(scorer).page(area));
    assertThat(page.select("#plans article.goal")).hasSize(3);
    assertThat(page.select("dd.judged").text()).isEqualTo("not yet reassessed");
    assertThat(page.select("#moving-up")).isEmpty();
  }

  @Test
  void summaryNextSteps_planOfAnotherFramework_namesItsGoalsByThatFramework() {
    // a local framework with the same action ids and other titles; the plan follows it, the
    // self-assessment follows aba-2020
    Framework base = Frameworks.aba2020();
    List<Action> actions = base.getActions().stream()
        .map(a -> Action.builder().from(a).title("Local " + a.getTitle()).build()).toList();
    Framework local = Framework.builder().from(base).id("local-2025").actions(actions).build();
    Scorer both = Scorer.create(FrameworkRegistry.builtIn().with(local), ScoringRules.abaScore1());
    Plan localPlan = Plan.builder().from(plan()).framework("local-2025").build();
    Document page = page(List.of(assessment(2025)), List.of(), List.of(localPlan), both);
    assertThat(page.select("#summary ul.next li strong").eachText()).containsExactly(
        "Local Map and grow community assets", "Local Tackle inequalities", "Local Fund community action through grants");
    assertThat(page.select("#plans article.goal h5").eachText())
        .containsExactlyElementsOf(page.select("#summary ul.next li strong").eachText());
  }

  @Test
  void page_severalPlans_inOrderOfTheirFirstDay() {
    Plan later = Plan.builder().from(plan()).title("Second challenge (fictional)")
        .startsOn(LocalDate.of(2025, 9, 1)).endsOn(LocalDate.of(2025, 12, 9))
        .midpointReviewOn(LocalDate.of(2025, 10, 20)).checkIns(List.of()).build();
    Document page = page(List.of(assessment(2025)), List.of(later, plan()));
    assertThat(page.select("article.plan > h3").eachText()).containsExactly(plan().getTitle(), "Second challenge (fictional)");
    assertThat(page.select("article.plan").eachAttr("id")).containsExactly("plan-1", "plan-2");
  }

  @Test
  void movingUp_frameworkWithLevels_nextLevelAndNextSteps_forEachActionBelow3() {
    Document page = page(List.of(assessment(2026)), List.of(), List.of(), LeveledFramework.scorer());
    Element section = page.selectFirst("section#moving-up");
    assertThat(section.select("h2").text()).isEqualTo("What moving up takes");
    // 2026: tackle-inequalities at 2, mutuals-and-co-ops at 1 (no levels described), the rest at 3 or 4
    assertThat(section.select("article.moving-up").eachAttr("data-action")).containsExactly("tackle-inequalities");
    Element tackle = section.selectFirst("article.moving-up");
    assertThat(tackle.select("h3").text()).isEqualTo("Tackle inequalities counts as 2 (Emerging)");
    assertThat(tackle.select("p.looks-like").text()).isEqualTo("Level 3 (established) looks like: "
        + LeveledFramework.looksLike("tackle-inequalities", 3));
    assertThat(tackle.select("ol.next-steps li").eachText()).containsExactly(
        LeveledFramework.nextStep("tackle-inequalities", 2, 1), LeveledFramework.nextStep("tackle-inequalities", 2, 2));
    assertThat(tackle.select("ul.approaches")).isEmpty();

    // 2025: value-lived-experience is rated 3 but counts as 2 after its evidence cap: the effective rating decides
    Document earlier = page(List.of(assessment(2025)), List.of(), List.of(), LeveledFramework.scorer());
    assertThat(earlier.select("article.moving-up").eachAttr("data-action")).containsExactly(
        "map-community-assets", "tackle-inequalities", "shared-story-and-outcomes", "asset-based-commissioning",
        "provider-market-development", "volunteers-and-social-entrepreneurs", "value-lived-experience");
    assertThat(earlier.selectFirst("article.moving-up[data-action=tackle-inequalities] p.looks-like").text())
        .endsWith(LeveledFramework.looksLike("tackle-inequalities", 2));
  }

  @Test
  void movingUp_builtInFramework_levelsNextStepsAndTheCatalogsApproaches() {
    Document page = page(List.of(assessment(2026), assessment(2025)), List.of(plan()));
    Element section = page.selectFirst("section#moving-up");
    // 2026: tackle-inequalities at 2 and mutuals-and-co-ops at 1 are below 3.
    assertThat(section.select("article.moving-up").eachAttr("data-action"))
        .containsExactly("tackle-inequalities", "mutuals-and-co-ops");
    Action mutuals = Frameworks.aba2020().findAction("mutuals-and-co-ops").orElseThrow();
    Element article = section.selectFirst("article.moving-up[data-action=mutuals-and-co-ops]");
    assertThat(article.select("p.looks-like").text())
        .endsWith(mutuals.findLevel(2).orElseThrow().getLooksLike());
    assertThat(article.select("ol.next-steps li").eachText()).isEqualTo(mutuals.nextSteps(1));
    List<String> supporting = Frameworks.aba2020Approaches().supporting("mutuals-and-co-ops")
        .stream().map(Approach::getTitle).toList();
    assertThat(supporting).isNotEmpty();
    assertThat(article.select("ul.approaches li strong").eachText()).isEqualTo(supporting);
  }

  @Test
  void movingUp_frameworkWithoutLevelsOrCatalogue_showsNothing() {
    Framework base = Frameworks.aba2020();
    List<Action> bare = base.getActions().stream()
        .map(a -> Action.builder().from(a).levels(List.of()).build()).toList();
    Scorer without = Scorer.create(
        FrameworkRegistry.of(Framework.builder().from(base).actions(bare).build()),
        ScoringRules.abaScore1());
    Document page = page(List.of(assessment(2026), assessment(2025)), List.of(), List.of(plan()),
        without);
    assertThat(page.select("#moving-up")).isEmpty();
  }

  @Test
  void approaches_comeFromTheRegistrysCatalogue_andRenderEscaped() {
    HtmlReport report = new HtmlReport(scorer);
    for (Action action : Frameworks.aba2020().getActions()) {
      assertThat(report.approachesFor(Frameworks.aba2020(), action))
          .isEqualTo(Frameworks.aba2020Approaches().supporting(action.getId()));
    }
    assertThat(new HtmlReport(LeveledFramework.scorer())
        .approachesFor(LeveledFramework.aba2020(), Frameworks.aba2020().getActions().get(0)))
        .as("a registry without a catalogue").isEmpty();
    StringBuilder h = new StringBuilder();
    HtmlReport.approaches(h, List.of());
    assertThat(h).isEmpty();
    HtmlReport.approaches(h, List.of(Approach.of("keyring", "<b>KeyRing</b>",
        "networks & \"neighbours\"", "a <script> register", "provider-market-development")));
    Document fragment = Jsoup.parseBodyFragment(h.toString());
    assertThat(fragment.select("ul.approaches li").text())
        .isEqualTo("<b>KeyRing</b>: networks & \"neighbours\" Evidence of it: a <script> register");
    assertThat(fragment.select("ul.approaches b, ul.approaches script")).isEmpty();
  }
}
