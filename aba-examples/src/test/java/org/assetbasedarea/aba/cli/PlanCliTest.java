package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.plan.Step;
import org.assetbasedarea.aba.report.LeveledFramework;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code aba plan new} and {@code aba plan status} end to end, reading and writing real files. */
class PlanCliTest {
  static final String PLAN = "brackenford-plan-2025.json";

  @TempDir
  Path dir;

  static Cli aba(String... args) {
    return CliTest.aba(args);
  }

  static Plan samplePlan() {
    return CliTest.JSON.read(CliTest.sample(PLAN), DocumentType.PLAN).getDocument().orElseThrow();
  }

  Path file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  Path sampleFile(String name) throws Exception {
    return file(name, CliTest.sample(name));
  }

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static void fitsEightyColumns(String text) {
    assertThat(text.lines()).allSatisfy(line ->
        assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80));
  }

  // -- plan new --------------------------------------------------------------------------------

  @Test
  void planNew_fromSample_startsTheDayAfter_isTheLibrarysDraft_andValid() throws Exception {
    Cli run = aba("plan", "new", sampleFile("brackenford-2025.json").toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    Plan draft = CliTest.JSON.read(run.out, DocumentType.PLAN).getDocument().orElseThrow();
    Assessment assessment = CliTest.sampleAssessment(2025);
    assertThat(draft).isEqualTo(Plans.draft(assessment, Scorer.standard(), LocalDate.of(2025, 4, 1)));
    assertThat(run.out).isEqualTo(CliTest.JSON.writePretty(draft) + "\n");
    assertThat(draft.getKind()).isEqualTo(PlanKind.HUNDRED_DAY_CHALLENGE);
    assertThat(draft.getStartsOn()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(draft.getEndsOn()).isEqualTo(LocalDate.of(2025, 7, 9));
    assertThat(draft.getGoals()).extracting(Goal::getAction).containsExactly("tackle-inequalities");
    assertThat(Plans.checkBaseline(draft, Scorer.standard().score(assessment))).isEmpty();
    // The steps are aba-2020's next steps from level 1, dated inside the challenge.
    assertThat(draft.getGoals().get(0).getSteps()).extracting(Step::getDescription)
        .isEqualTo(Frameworks.aba2020().findAction("tackle-inequalities").orElseThrow().nextSteps(1))
        .isNotEmpty();
    Cli validate = aba("validate", file("draft.json", run.out).toString());
    assertThat(validate.out).endsWith("draft.json: valid plan\n");
  }

  @Test
  void planNew_frameworkWithLevels_stepsAreItsNextSteps() throws Exception {
    Path assessment = sampleFile("brackenford-2026.json");
    Cli run = Cli.run(JsonDocuments::new, LeveledFramework::scorer, Clock.systemUTC(),
        "plan", "new", assessment.toString(), "--starts", "2026-05-01");
    assertThat(run.code).as(run.toString()).isZero();
    Plan draft = CliTest.JSON.read(run.out, DocumentType.PLAN).getDocument().orElseThrow();
    assertThat(draft.getStartsOn()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(draft.getMidpointReviewOn()).contains(LocalDate.of(2026, 6, 19));
    // 2026: mutuals-and-co-ops is the one action at 1, and the framework describes no levels for it
    Goal goal = draft.getGoals().get(0);
    assertThat(goal.getAction()).isEqualTo(LeveledFramework.WITHOUT_LEVELS);
    assertThat(goal.getSteps()).singleElement().satisfies(s -> assertThat(s.getDescription())
        .startsWith("Agree with the team what moving"));
    // one level up from 2 in 2025 is tackle-inequalities' next steps from 1
    Cli earlier = Cli.run(JsonDocuments::new, LeveledFramework::scorer, Clock.systemUTC(),
        "plan", "new", sampleFile("brackenford-2025.json").toString());
    Plan first = CliTest.JSON.read(earlier.out, DocumentType.PLAN).getDocument().orElseThrow();
    assertThat(first.getGoals().get(0).getSteps()).extracting(Step::getDescription).containsExactly(
        LeveledFramework.nextStep("tackle-inequalities", 1, 1),
        LeveledFramework.nextStep("tackle-inequalities", 1, 2));
  }

  @Test
  void planNew_startsBeforeTheAssessment_exit1_saysWhy() throws Exception {
    Cli run = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--starts", "2025-03-30");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("aba plan new: --starts 2025-03-30 is before the assessment"
        + " (2025-03-31): a plan starts on or after the assessment it starts from\n");
    Cli sameDay = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--starts", "2025-03-31");
    assertThat(sameDay.code).as(sameDay.toString()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "2025-5-1", "01/05/2025", "tomorrow", ""})
  void planNew_malformedStarts_isUsageError_exit2(String starts) throws Exception {
    Cli run = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--starts", starts);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--starts").contains("is not a date: give YYYY-MM-DD");
    assertThat(run.out).isEmpty();
  }

  @Test
  void planNew_out_writesANewFile_andNeverReplacesOne() throws Exception {
    Path assessment = sampleFile("brackenford-2025.json");
    Path out = dir.resolve("plans/challenge.json");
    Cli run = aba("plan", "new", assessment.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(out + "\n");
    String written = Files.readString(out);
    assertThat(written).isEqualTo(aba("plan", "new", assessment.toString()).out);
    assertThat(CliOutputFilesTest.snapshot(out.getParent())).containsOnlyKeys("challenge.json");

    Files.writeString(out, "edited by the team");
    Cli again = aba("plan", "new", assessment.toString(), "--starts", "2025-06-01", "--out", out.toString());
    assertThat(again.code).as(again.toString()).isEqualTo(1);
    assertThat(again.err).isEqualTo("aba plan new: " + out + ": exists already, and is not replaced"
        + " (remove it, or choose another name); nothing was written\n");
    assertThat(Files.readString(out)).isEqualTo("edited by the team");
    assertThat(CliOutputFilesTest.snapshot(out.getParent())).containsOnlyKeys("challenge.json");
  }

  @Test
  void planNew_out_plantedLink_refused_targetUntouched() throws Exception {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
    Path out = dir.resolve("plan.json");
    Files.createSymbolicLink(out, outside);
    Cli run = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("symbolic link").contains("nothing was written");
    assertThat(Files.readString(outside)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(out)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".hidden.json", "somewhere/", "."})
  void planNew_outNamesNoPlainFile_isUsageError_exit2(String out) throws Exception {
    Cli run = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--out", out);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--out");
  }

  @Test
  void planNew_invalidAssessment_exit1_issuesAsValidatePrintsThem() throws Exception {
    Path bad = file("bad.json", CliTest.sample("brackenford-2025.json").replace("\"rating\": 2", "\"rating\": 9"));
    Cli run = aba("plan", "new", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains(bad + ":/ratings/0/rating: ").contains("[RATING_OUT_OF_RANGE]")
        .endsWith("aba plan new: " + bad + ": not a valid assessment (5 issues)\n");
  }

  @Test
  void planNew_missingFile_and_malformedJson_and_aPlan_exit1() throws Exception {
    Cli missing = aba("plan", "new", dir.resolve("nope.json").toString());
    assertThat(missing.code).isEqualTo(1);
    assertThat(missing.err).isEqualTo("aba plan new: " + dir.resolve("nope.json") + ": no such file\n");
    Path broken = file("broken.json", "{\"schemaVersion\": 1, ");
    Cli malformed = aba("plan", "new", broken.toString());
    assertThat(malformed.code).isEqualTo(1);
    assertThat(malformed.err).contains("[MALFORMED_JSON]").endsWith("not a valid assessment (1 issue)\n");
    Cli plan = aba("plan", "new", sampleFile(PLAN).toString());
    assertThat(plan.code).isEqualTo(1);
    assertThat(plan.err).endsWith(PLAN + ": is a plan, not an assessment\n");
  }

  @Test
  void planNew_assessmentWithEveryActionAt4_draftWithoutGoals_noteOnStderr() throws Exception {
    Assessment sample = CliTest.sampleAssessment(2026);
    Assessment onlyAt4 = Assessment.builder().from(sample)
        .ratings(List.of(sample.findRating("share-power").orElseThrow())).build();
    assertThat(Scorer.standard().score(onlyAt4).getActions()).singleElement()
        .satisfies(a -> assertThat(a.getEffectiveRating()).isEqualTo(4));
    Path top = file("top.json", CliTest.JSON.writePretty(onlyAt4));
    Cli run = aba("plan", "new", top.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(CliTest.JSON.read(run.out, DocumentType.PLAN).getDocument().orElseThrow().getGoals()).isEmpty();
    assertThat(run.err).startsWith("aba plan new: note: the draft has no goals");
  }

  // -- plan status -----------------------------------------------------------------------------

  @Test
  void planStatus_midpoint_showsDayGoalsStepsAndCheckIns() throws Exception {
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), "--today", "2025-06-19");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith(
        "Connected neighbourhoods: Brackenford's 100-day challenge (fictional)\n"
            + "Brackenford (fictional) (E08000999), framework aba-2020\n"
            + "kind:        100-day challenge\n"
            + "dates:       2025-05-01 to 2025-08-08 (100 days), mid-point review 2025-06-19\n"
            + "baseline:    the assessment of 2025-03-31\n"
            + "as of 2025-06-19: day 50 of 100, 51 days left\n"
            + "co-produced: yes (team: 3 people with lived experience, 1 carer, 2 from the\n"
            + "             voluntary and community sector, 2 from the council)\n"
            + "\ngoals\n"
            + "1. Map and grow community assets (map-community-assets)\n"
            + "   level 2 (emerging) -> 3 (established), owner: the voluntary and community\n");
    assertThat(run.out)
        .contains("   outcome: Share who feel lonely often or always (loneliness-often-always):\n"
            + "     target 7% or lower\n")
        .contains("   last check-in (2025-06-19): at risk\n")
        .contains("     2025-05-15  Agree with the residents' network which six wards to walk first\n"
            + "                 and who leads each walk.\n")
        .contains("\ncheck-ins\n2025-05-22\n  Map and grow community assets: on track\n"
            + "    Walk leads agreed for all six wards; two walks booked.\n")
        .contains("2025-06-19 (mid-point review)\n")
        .contains("2025-08-08 (last day)\n  Map and grow community assets: done\n")
        .doesNotContain("against the assessment");
    // the check-ins by date whatever their order in the file
    assertThat(run.out.indexOf("2025-05-22\n")).isLessThan(run.out.indexOf("2025-06-19 (mid"));
    fitsEightyColumns(run.out);
  }

  @Test
  void planStatus_withTheLaterAssessment_showsEachGoalsResultAndProgress() throws Exception {
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), sampleFile("brackenford-2026.json").toString(),
        "--today", "2026-04-01");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("as of 2026-04-01: ended on 2025-08-08 (100 days), 0 days left\n")
        .endsWith("\nagainst the assessment of 2026-03-31\n"
            + "  Map and grow community assets: level 2 -> 3, rated 3: met (1 of 1 level, 100%)\n"
            + "  Tackle inequalities: level 1 -> 3, rated 2: partly met (1 of 2 levels, 50%)\n"
            + "  Fund community action through grants: level 3 -> 4, rated 3: not met (0 of 1\n"
            + "    level, 0%)\n"
            + "  3 goals: 1 met, 1 partly met, 1 not met\n");
    fitsEightyColumns(run.out);
  }

  @Test
  void planStatus_progressIsAWholePercentage_oneOfThreeIs33() throws Exception {
    Plan plan = Plan.builder().from(samplePlan())
        .goals(List.of(Goal.builder().from(samplePlan().getGoals().get(1)).target(4).build()))
        .checkIns(List.of()).build();
    Cli run = aba("plan", "status", file("p.json", CliTest.JSON.writePretty(plan)).toString(),
        sampleFile("brackenford-2026.json").toString(), "--today", "2025-04-01");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("  Tackle inequalities: level 1 -> 4, rated 2: partly met (1 of 3 levels, 33%)\n")
        .contains("as of 2025-04-01: not started: day 1 is 2025-05-01, in 30 days; 100 days\n")
        .contains("\ncheck-ins\n  none yet\n");
  }

  @Test
  void planStatus_defaultToday_isTheClocksDate() throws Exception {
    Cli run = Cli.run(JsonDocuments::new, Scorer::standard, on(LocalDate.of(2025, 5, 10)),
        "plan", "status", sampleFile(PLAN).toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("as of 2025-05-10: day 10 of 100, 91 days left\n");
    Cli last = Cli.run(JsonDocuments::new, Scorer::standard, on(LocalDate.of(2025, 8, 8)),
        "plan", "status", sampleFile(PLAN).toString());
    assertThat(last.out).contains("as of 2025-08-08: day 100 of 100, 1 day left\n");
  }

  @Test
  void planStatus_teamWithoutCoProductionRole_saysNotCoProduced() throws Exception {
    Plan plan = Plan.builder().from(samplePlan())
        .team(List.of(Participant.of(Role.COUNCIL, 2), Participant.of(Role.NHS, 1))).build();
    Cli run = aba("plan", "status", file("p.json", CliTest.JSON.writePretty(plan)).toString(),
        "--today", "2025-06-01");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("co-produced: no: not co-produced; the team has no lived-experience, carer or\n"
        + "             community role (team: 2 from the council, 1 from the NHS)\n");
  }

  @Test
  void planNew_aChallengeEndingAfter9999_exit1_noDraftTheReaderWouldRefuse() throws Exception {
    String late = CliTest.sample("brackenford-2025.json").replace("2025-03-31", "9999-12-31");
    Cli run = aba("plan", "new", file("late.json", late).toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("aba plan new: a 100-day challenge from +10000-01-01 would end"
        + " after 9999-12-31, the last date a document can hold; give an earlier --starts\n");
    Cli earlier = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--starts",
        "9999-09-23");
    assertThat(earlier.code).as(earlier.toString()).isZero();
    assertThat(earlier.out).contains("\"endsOn\" : \"9999-12-31\"");
    Cli after = aba("plan", "new", sampleFile("brackenford-2025.json").toString(), "--starts",
        "9999-09-24");
    assertThat(after.code).as(after.toString()).isEqualTo(1);
  }

  @Test
  void planStatus_baseline_matchingAssessment_exit0_mismatches_exit1_asIssues() throws Exception {
    Path baseline = sampleFile("brackenford-2025.json");
    Cli ok = aba("plan", "status", sampleFile(PLAN).toString(), "--baseline", baseline.toString(),
        "--today", "2025-06-01");
    assertThat(ok.code).as(ok.toString()).isZero();
    Plan plan = samplePlan();
    Plan wrong = Plan.builder().from(plan).goals(List.of(Goal.builder().from(plan.getGoals().get(0))
        .baseline(plan.getGoals().get(0).getBaseline() - 1).build())).checkIns(List.of()).build();
    Path file = file("wrong.json", CliTest.JSON.writePretty(wrong));
    Cli bad = aba("plan", "status", file.toString(), "--baseline", baseline.toString(),
        "--today", "2025-06-01");
    assertThat(bad.code).as(bad.toString()).isEqualTo(1);
    assertThat(bad.out).isEmpty();
    assertThat(bad.err).startsWith(file + ":/goals/0/baseline: must be the action's effective"
        + " rating in the baseline assessment (" + plan.getGoals().get(0).getBaseline()
        + ") [BASELINE_MISMATCH]\n").contains("does not match the assessment it starts from");
    Cli later = aba("plan", "status", file.toString(), "--baseline",
        sampleFile("brackenford-2026.json").toString(), "--today", "2025-06-01");
    assertThat(later.code).as(later.toString()).isEqualTo(1);
    assertThat(later.err).contains(":/baselineAssessedOn: does not match the baseline assessment's"
        + " date (2026-03-31) [BASELINE_MISMATCH]");
  }

  @Test
  void planStatus_assessmentOfAnotherArea_exit1_withTheLibrarysMessage() throws Exception {
    Assessment other = Assessment.builder().from(CliTest.sampleAssessment(2026))
        .area(Area.of("E06000001", "Elsewhere")).build();
    Path later = file("other.json", CliTest.JSON.writePretty(other));
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), later.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("aba plan status: " + later
        + ": cannot judge a plan of E08000999 by an assessment of E06000001\n");
  }

  @Test
  void planStatus_theBaselineAssessmentItself_exit1_notAfterTheBaseline() throws Exception {
    Path baseline = sampleFile("brackenford-2025.json");
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), baseline.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba plan status: " + baseline + ": cannot judge a plan by an"
        + " assessment dated 2025-03-31: it must be made after the plan's baseline assessment"
        + " (2025-03-31)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-01", "19-06-2025", "2025-06-19T00:00", "today"})
  void planStatus_malformedToday_isUsageError_exit2(String today) throws Exception {
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), "--today", today);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--today").contains("'" + today + "' is not a date");
    assertThat(run.out).isEmpty();
  }

  @Test
  void planStatus_invalidPlan_exit1_issuesOnStderr() throws Exception {
    Path bad = file("bad.json", CliTest.sample(PLAN).replace("\"endsOn\": \"2025-08-08\"", "\"endsOn\": \"2025-09-08\""));
    Cli run = aba("plan", "status", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains(bad + ":/endsOn: makes the 100-day challenge last 131 days")
        .endsWith("aba plan status: " + bad + ": not a valid plan (1 issue)\n");
  }

  @Test
  void planStatus_missingFile_malformedJson_anAssessmentAsPlan_exit1() throws Exception {
    Cli missing = aba("plan", "status", dir.resolve("nope.json").toString());
    assertThat(missing.code).isEqualTo(1);
    assertThat(missing.err).isEqualTo("aba plan status: " + dir.resolve("nope.json") + ": no such file\n");
    Cli malformed = aba("plan", "status", file("broken.json", "{\"kind\": ").toString());
    assertThat(malformed.code).isEqualTo(1);
    assertThat(malformed.err).contains("[MALFORMED_JSON]");
    Path assessment = sampleFile("brackenford-2026.json");
    Cli wrongKind = aba("plan", "status", assessment.toString());
    assertThat(wrongKind.code).isEqualTo(1);
    assertThat(wrongKind.err).isEqualTo("aba plan status: " + assessment + ": is an assessment, not a plan\n");
    Cli swapped = aba("plan", "status", sampleFile(PLAN).toString(), sampleFile(PLAN).toString());
    assertThat(swapped.code).isEqualTo(1);
    assertThat(swapped.err).endsWith(": is a plan, not an assessment\n");
  }

  @Test
  void planStatus_json_hasTheDayThePlanAndTheReview() throws Exception {
    Cli run = aba("plan", "status", sampleFile(PLAN).toString(), sampleFile("brackenford-2026.json").toString(),
        "--today", "2025-06-19", "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    // in the documented order, indented as the library writes documents
    assertThat(run.out).startsWith("{\n  \"asOf\" : \"2025-06-19\",\n  \"phase\" : \"running\",\n  \"day\" : 50,\n")
        .endsWith("}\n");
    assertThat(run.out.indexOf("\n  \"goals\"")).isLessThan(run.out.indexOf("\n  \"plan\""));
    assertThat(run.out.indexOf("\n  \"plan\"")).isLessThan(run.out.indexOf("\n  \"review\""));
    JsonNode status = CliTest.JSON.mapper().readTree(run.out);
    assertThat(status.get("asOf").asString()).isEqualTo("2025-06-19");
    assertThat(status.get("phase").asString()).isEqualTo("running");
    assertThat(status.get("day").asInt()).isEqualTo(50);
    assertThat(status.get("daysLeft").asInt()).isEqualTo(51);
    assertThat(status.get("coProduced").asBoolean()).isTrue();
    assertThat(status.get("goals").get(1).get("lastStatus").asString()).isEqualTo("AT_RISK");
    assertThat(CliTest.JSON.read(CliTest.JSON.mapper().writeValueAsString(status.get("plan")), DocumentType.PLAN)
        .getDocument()).contains(samplePlan());
    JsonNode review = status.get("review");
    assertThat(review.get("laterAssessedOn").asString()).isEqualTo("2026-03-31");
    JsonNode tackle = review.get("goals").get(1);
    assertThat(tackle.get("action").asString()).isEqualTo("tackle-inequalities");
    assertThat(tackle.get("later").asInt()).isEqualTo(2);
    assertThat(tackle.get("result").asString()).isEqualTo("PARTLY_MET");
    assertThat(tackle.get("progress").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(tackle.get("percent").asInt()).isEqualTo(50);
    assertThat(review.get("counts").get("MET").asInt()).isEqualTo(1);
    Cli without = aba("plan", "status", sampleFile(PLAN).toString(), "--today", "2024-01-01", "--format", "json");
    JsonNode early = CliTest.JSON.mapper().readTree(without.out);
    assertThat(early.get("review").isNull()).isTrue();
    assertThat(early.get("day").isNull()).isTrue();
    assertThat(early.get("phase").asString()).isEqualTo("not started");
  }

  @Test
  void planStatus_longTextsAndLineBreaks_wrapAtEightyColumns_neverStartALineOfTheirOwn() throws Exception {
    String longWord = "x".repeat(150);
    String step = "Talk with residents about what matters to them and write it down carefully. ".repeat(10)
        + longWord;
    Plan plan = Plan.builder().from(samplePlan())
        .title("Long\ttitle " + "y".repeat(120))
        .goals(List.of(Goal.builder().from(samplePlan().getGoals().get(0))
            .steps(List.of(Step.of(step.strip(), LocalDate.of(2025, 6, 1)))).build()))
        .checkIns(List.of(CheckIn.builder().on(LocalDate.of(2025, 6, 2))
            .addGoals(GoalCheck.of("map-community-assets", GoalStatus.AT_RISK,
                "Line one\nline two\r\nline three " + "z".repeat(200))).build()))
        .build();
    Path file = file("long.json", CliTest.JSON.writePretty(plan));
    Cli run = aba("plan", "status", file.toString(), "--today", "2025-06-02");
    assertThat(run.code).as(run.toString()).isZero();
    fitsEightyColumns(run.out);
    assertThat(run.out).doesNotContain("\t").doesNotContain("\r").contains("x".repeat(60))
        .startsWith("Long\uFFFDtitle\n" + "y".repeat(80) + "\n" + "y".repeat(40) + "\n")
        .contains("    Line one\n    line two\n    line three\n    zzz");
    // text from the document never starts a line of its own: each wrapped line keeps its indent
    String notes = run.out.substring(run.out.indexOf("check-ins\n"));
    assertThat(notes.lines().skip(1)).allSatisfy(line -> assertThat(line).matches("(2025-06-02|  .*)"));
  }

  @Test
  void plan_withoutCommand_isUsageError_exit2() {
    Cli run = Cli.withoutJson("plan");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("a command is required").contains("Usage: aba plan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"new", "status"})
  void planCommandHelp_exit0(String command) {
    Cli run = Cli.withoutJson("plan", command, "--help");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Usage: aba plan " + command).contains("Exit codes:");
  }

  @Test
  void validate_recognisesAPlan_andReportsItsIssuesWithPointers() throws Exception {
    Path plan = sampleFile(PLAN);
    Path bad = file("bad-plan.json", CliTest.sample(PLAN).replace("\"target\": 3,", "\"target\": 1,")
        .replace("\"action\": \"grant-giving\",\n      \"baseline\"", "\"action\": \"no-such-action\",\n      \"baseline\""));
    Cli run = aba("validate", plan.toString(), bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith(plan + ": valid plan\n")
        .contains(bad + ":/goals/0/target: must be above the baseline rating (2) and at most 4 [TARGET_NOT_ABOVE_BASELINE]\n")
        .contains(bad + ":/goals/2/action: ").contains("[UNKNOWN_ACTION]");
  }

  @Test
  void schemaPlan_isThePublishedPlanSchema() {
    Cli run = aba("schema", "plan");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(DocumentType.PLAN.getSchema().stripTrailing() + "\n").contains("plan.schema.json");
  }
}
