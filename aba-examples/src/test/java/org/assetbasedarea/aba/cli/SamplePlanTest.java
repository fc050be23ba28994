package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalResult;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.PlanReview;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled, fictional 100-day challenge of Brackenford, between its two assessments. */
class SamplePlanTest {
  @TempDir
  Path dir;

  @Test
  void bundledPlan_isValid_aChallengeBetweenTheTwoAssessments_coProduced() {
    assertThat(DemoCommand.SAMPLES).contains(PlanCliTest.PLAN);
    ReadResult<Plan> read = CliTest.JSON.read(CliTest.sample(PlanCliTest.PLAN), DocumentType.PLAN);
    assertThat(read.getIssues()).isEmpty();
    Plan plan = read.getDocument().orElseThrow();
    assertThat(plan.getKind()).isEqualTo(PlanKind.HUNDRED_DAY_CHALLENGE);
    assertThat(plan.getTitle()).contains("(fictional)");
    assertThat(plan.getArea()).isEqualTo(CliTest.sampleAssessment(2025).getArea());
    assertThat(plan.getStartsOn()).isAfter(CliTest.sampleAssessment(2025).getAssessedOn());
    assertThat(plan.getEndsOn()).isBefore(CliTest.sampleAssessment(2026).getAssessedOn());
    assertThat(plan.isCoProduced()).isTrue();
    assertThat(plan.getGoals()).hasSizeBetween(2, 3)
        .allSatisfy(goal -> assertThat(goal.getSteps()).isNotEmpty());
    assertThat(plan.getGoals().stream().filter(g -> g.getOutcomeTarget().isPresent())).hasSize(1);
    assertThat(plan.getCheckIns()).hasSizeBetween(3, 4)
        .allSatisfy(c -> assertThat(c.getGoals()).allSatisfy(g -> assertThat(g.getNote()).isPresent()));
    assertThat(plan.getCheckIns()).extracting(CheckIn::getOn).contains(plan.getMidpointReviewOn().orElseThrow());
  }

  @Test
  void bundledPlan_matchesItsBaseline_theEffectiveRatingsOf2025() {
    Plan plan = PlanCliTest.samplePlan();
    Scorer scorer = Scorer.standard();
    assertThat(plan.getBaselineAssessedOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(Plans.checkBaseline(plan, scorer.score(CliTest.sampleAssessment(2025)))).isEmpty();
    // value-lived-experience is rated 3 in 2025 but counts as 2: a plan on it would start from 2
    assertThat(scorer.score(CliTest.sampleAssessment(2025)).findAction("value-lived-experience")
        .orElseThrow().getEffectiveRating()).isEqualTo(2);
  }

  @Test
  void bundledPlan_outcomeTarget_isAnIndicatorTheOutcomeSamplesMeasure() {
    Goal goal = PlanCliTest.samplePlan().getGoals().stream().filter(g -> g.getOutcomeTarget().isPresent())
        .findFirst().orElseThrow();
    String indicator = goal.getOutcomeTarget().orElseThrow().getIndicator();
    Set<String> measured = new HashSet<>();
    for (int year : new int[] {2025, 2026}) {
      OutcomeData data = CliTest.JSON.read(CliTest.sample("brackenford-outcomes-" + year + ".json"),
          DocumentType.OUTCOME_DATA).getDocument().orElseThrow();
      Indicators.compute(data, Frameworks.aba2020()).getIndicators().stream()
          .map(IndicatorResult::getIndicator).forEach(measured::add);
    }
    assertThat(measured).contains(indicator);
    IndicatorDefinition definition = Frameworks.aba2020().findIndicator(indicator).orElseThrow();
    assertThat(definition.valueRange().contains(goal.getOutcomeTarget().orElseThrow().getValue())).isTrue();
  }

  @Test
  void bundledPlan_judgedBy2026_oneMetOnePartlyMetOneNotMet() {
    Scorer scorer = Scorer.standard();
    PlanReview review = Plans.review(PlanCliTest.samplePlan(), scorer.score(CliTest.sampleAssessment(2026)),
        Frameworks.aba2020());
    assertThat(review.count(GoalResult.MET)).isEqualTo(1);
    assertThat(review.count(GoalResult.PARTLY_MET)).isEqualTo(1);
    assertThat(review.count(GoalResult.NOT_MET)).isEqualTo(1);
  }

  @Test
  void validate_bundledPlan_exit0() throws Exception {
    Path plan = Files.writeString(dir.resolve(PlanCliTest.PLAN), CliTest.sample(PlanCliTest.PLAN));
    Cli run = CliTest.aba("validate", plan.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(plan + ": valid plan\n");
  }

  @Test
  void demo_reportShowsThePlanItsGoalsAndResultsAgainst2026() throws Exception {
    Path out = dir.resolve("demo");
    Cli run = CliTest.aba("demo", "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    Document page = Jsoup.parse(Files.readString(out.resolve("brackenford-fictional-e08000999.html")));
    Element plan = page.selectFirst("#plans article.plan");
    assertThat(plan).isNotNull();
    assertThat(plan.select("h3").text()).isEqualTo(PlanCliTest.samplePlan().getTitle());
    assertThat(plan.select("dd.judged").text())
        .isEqualTo("the assessment of 31 March 2026: 3 goals: 1 met, 1 partly met, 1 not met");
    assertThat(plan.select("article.goal h5").eachText()).containsExactly(
        "Map and grow community assets", "Tackle inequalities", "Fund community action through grants");
    assertThat(plan.select("article.goal .result-badge").eachText()).containsExactly("Met", "Partly met", "Not met");
    assertThat(plan.select("article.goal .progress").eachText()).containsExactly(
        "rated 3: 1 of 1 level, 100%", "rated 2: 1 of 2 levels, 50%", "rated 3: 0 of 1 level, 0%");
    assertThat(plan.select("ol.check-ins > li")).hasSize(4);
    assertThat(plan.select("p.outcome-target").text()).contains("latest published value (1 October 2025 to 28 February 2026)");
    // the plan sits beside the scores, before the outcomes
    String html = page.outerHtml();
    assertThat(html.indexOf("id=\"plans\"")).isGreaterThan(html.indexOf("id=\"progress\""))
        .isLessThan(html.indexOf("id=\"outcomes\""));
  }

  @Test
  void report_acceptsAPlanAmongItsInputs() throws Exception {
    Path out = dir.resolve("site");
    Cli run = CliTest.aba("report",
        Files.writeString(dir.resolve("a.json"), CliTest.sample("brackenford-2025.json")).toString(),
        Files.writeString(dir.resolve("p.json"), CliTest.sample(PlanCliTest.PLAN)).toString(),
        "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    Document page = Jsoup.parse(Files.readString(out.resolve("brackenford-fictional-e08000999.html")));
    assertThat(page.select("#plans article.goal")).hasSize(3);
    assertThat(page.select("dd.judged").text()).isEqualTo("not yet reassessed");
    Path broken = Files.writeString(dir.resolve("broken-plan.json"),
        CliTest.sample(PlanCliTest.PLAN).replace("\"2025-06-19\",\n  \"baseline", "\"2026-06-19\",\n  \"baseline"));
    Cli bad = CliTest.aba("report", broken.toString(), "--out", dir.resolve("other").toString());
    assertThat(bad.code).as(bad.toString()).isEqualTo(1);
    assertThat(bad.err).contains(broken + ":/midpointReviewOn: ").contains("[DATE_OUTSIDE_PLAN]")
        .endsWith("aba report: 1 input is not valid; nothing was written\n");
    assertThat(dir.resolve("other")).doesNotExist();
  }
}
