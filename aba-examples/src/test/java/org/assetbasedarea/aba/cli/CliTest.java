package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command end to end, in-process, reading real files through aba-json. */
class CliTest {
  static final AbaJson JSON = AbaJson.standard();

  @TempDir
  Path dir;

  static String sample(String name) {
    return new String(DemoCommand.resource(name), StandardCharsets.UTF_8);
  }

  static Assessment sampleAssessment(int year) {
    return JSON.read(sample("brackenford-" + year + ".json"), DocumentType.ASSESSMENT).getDocument().orElseThrow();
  }

  Path file(String name, String content) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  Path sampleFile(String name) throws Exception {
    return file(name, sample(name));
  }

  static Cli aba(String... args) {
    return Cli.run(JsonDocuments::new, Cli.stdin(""), false, args);
  }

  // -- validate --------------------------------------------------------------------------------

  @Test
  void validate_validFiles_exit0() throws Exception {
    Path a = sampleFile("brackenford-2025.json");
    Path o = sampleFile("brackenford-outcomes-2026.json");
    Cli run = aba("validate", a.toString(), o.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(a + ": valid assessment\n" + o + ": valid outcome data\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void validate_malformedJson_exit1_issueWithPointerAndCode() throws Exception {
    Path bad = file("bad.json", "{\"schemaVersion\": 1, \"framework\": ");
    Cli run = aba("validate", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out.lines()).isNotEmpty().allSatisfy(line ->
        assertThat(line).startsWith(bad + ":/").matches(".*: .+ \\[[A-Z_]+\\]"));
    assertThat(run.out).contains("[MALFORMED_JSON]");
  }

  @Test
  void validate_unknownField_exit1() throws Exception {
    Path bad = file("unknown.json", sample("brackenford-2026.json").replaceFirst("\\{", "{\"colour\": \"red\","));
    Cli run = aba("validate", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains(bad + ":/colour: ").contains("[UNKNOWN_FIELD]");
  }

  @Test
  void validate_ratingOutOfRange_exactFormat() throws Exception {
    Path bad = file("range.json", sample("brackenford-2026.json").replaceFirst("\"rating\": 3", "\"rating\": 7"));
    Cli run = aba("validate", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out.lines()).hasSize(1);
    assertThat(run.out).matches("\\Q" + bad + ":/ratings/0/rating: \\E[^\\[\\n]+ \\[RATING_OUT_OF_RANGE\\]\n");
  }

  @Test
  void validate_missingFile_exit1_continuesWithOthers() throws Exception {
    Path good = sampleFile("brackenford-2026.json");
    Cli run = aba("validate", dir.resolve("nope.json").toString(), good.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba validate: " + dir.resolve("nope.json") + ": no such file\n");
    assertThat(run.out).isEqualTo(good + ": valid assessment\n");
  }

  @Test
  void validate_folderWithoutDocuments_exit1() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not a document");
    Cli run = aba("validate", empty.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba validate: " + empty + ": is a folder with no .json or .ndjson file\n");
  }

  @Test
  void validate_fromStdin() {
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(sample("brackenford-2025.json")), false, "validate", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("-: valid assessment\n");
  }

  // -- score -----------------------------------------------------------------------------------

  @Test
  void score_text_showsTableOverallAndExplanations() throws Exception {
    Cli run = aba("score", sampleFile("brackenford-2025.json").toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Brackenford (fictional) (E08000999), assessed 2025-03-31\n"
        + "framework aba-2020, rules aba-score-1, status PROVISIONAL, co-produced yes\n");
    assertThat(run.out)
        // the action table is wider than 80 columns: each action id on its own line, the rest under it
        .contains("\naction\n  grouping                  rating  effective  caps\n")
        .contains("\nvalue-lived-experience\n  workforce-and-enterprise       3          2  NO_LIVED_EXPERIENCE_EVIDENCE\n")
        .contains("not assessed: mutuals-and-co-ops\n")
        .containsPattern("strategic +4/4 +56\\.25%  EMERGING\n")
        .contains("overall: 9/10 rated, 52.78% (rounded 53), percentage band EMERGING, band\n"
            + "         EMERGING\n")
        .contains("limiters: none\n")
        .contains("  - 9 of 10 actions are rated, so the result is provisional\n")
        .contains("  - value-lived-experience: rated 3, but no evidence from people with lived\n"
            + "    experience, so counted as 2\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void score_json_isTheScoreReportContract() throws Exception {
    Cli run = aba("score", sampleFile("brackenford-2026.json").toString(), "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    ScoreReport expected = Scorer.standard().score(sampleAssessment(2026));
    assertThat(run.out).isEqualTo(JSON.writePretty(expected) + "\n");
    assertThat(JSON.read(run.out, DocumentType.SCORE_REPORT).getDocument()).contains(expected);
    assertThat(expected.getOverall().getPercentage().orElseThrow()).hasToString("70.00");
  }

  @Test
  void score_invalidAssessment_exit1_issuesOnStderr() throws Exception {
    Path bad = file("bad.json", sample("brackenford-2026.json").replace("\"share-power\"", "\"no-such-action\""));
    Cli run = aba("score", bad.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains(bad + ":/ratings/1/action: ").contains("[UNKNOWN_ACTION]")
        .endsWith("aba score: " + bad + ": not a valid assessment (1 issue)\n");
  }

  @Test
  void score_outcomeDataGiven_exit1_saysWhatItIs() throws Exception {
    Path outcomes = sampleFile("brackenford-outcomes-2025.json");
    Cli run = aba("score", outcomes.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba score: " + outcomes + ": is outcome data, not an assessment\n");
  }

  @Test
  void validate_approachCatalogue_isRecognised_andItsIssuesListed() throws Exception {
    Path catalogue = file("approaches.json", JSON.writePretty(Frameworks.aba2020Approaches()));
    Cli run = aba("validate", catalogue.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(catalogue + ": valid approach catalogue\n");
    Path broken = file("broken-approaches.json", JSON.writePretty(Frameworks.aba2020Approaches())
        .replace("\"title\" : \"Shared Lives\"", "\"title\" : \" \", \"colour\" : 1"));
    Cli bad = aba("validate", broken.toString());
    assertThat(bad.code).as(bad.toString()).isEqualTo(1);
    assertThat(bad.out).contains("[BLANK_TEXT]").contains("[UNKNOWN_FIELD]");
    Path report = file("report-input.json", JSON.writePretty(Frameworks.aba2020Approaches()));
    Cli rejected = aba("report", report.toString(), "--out", dir.resolve("site").toString());
    assertThat(rejected.code).as(rejected.toString()).isEqualTo(1);
    assertThat(rejected.err).startsWith("aba report: " + report + ": is a catalogue of approaches");
  }

  @Test
  void report_frameworkGiven_exit1() throws Exception {
    Path framework = file("framework.json", JSON.writePretty(Frameworks.aba2020()));
    Cli run = aba("report", framework.toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).startsWith("aba report: " + framework + ": is a framework, not an assessment, outcome data or a plan\n");
  }

  @Test
  void score_missingFile_exit1_noStackTrace() {
    Cli run = aba("score", dir.resolve("missing.json").toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba score: " + dir.resolve("missing.json") + ": no such file\n");
  }

  @Test
  void scoreNdjson_badLineInTheMiddle_reportedAndProcessingContinues() throws Exception {
    String first = JSON.writeString(sampleAssessment(2025));
    String third = JSON.writeString(sampleAssessment(2026));
    Path lines = file("in.ndjson", first + "\n{\"schemaVersion\": 1, oops\n\n" + third + "\n");
    Cli run = aba("score", "--ndjson", lines.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    List<String> out = run.out.lines().toList();
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isEqualTo(JSON.writeString(Scorer.standard().score(sampleAssessment(2025))));
    assertThat(out.get(1)).startsWith("{\"file\":\"" + lines + "\",\"line\":2,\"valid\":false,\"issues\":[{")
        .contains("MALFORMED_JSON");
    assertThat(out.get(2)).isEqualTo(JSON.writeString(Scorer.standard().score(sampleAssessment(2026))));
    assertThat(run.err).isEqualTo("aba score: 1 of 3 lines are not valid assessments\n");
  }

  @Test
  void scoreNdjson_fromStdin_allValid_exit0_noProgressWhenNotATerminal() {
    String line = JSON.writeString(sampleAssessment(2026));
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line + "\n" + line + "\n"), false, "score", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out.lines()).hasSize(2);
    assertThat(run.err).isEmpty();
  }

  @Test
  void scoreNdjson_onATerminal_drawsProgressOnStderrOnly() {
    String line = JSON.writeString(sampleAssessment(2026));
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line + "\n"), true, "score", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).startsWith("\r").endsWith("1 lines\n");
    assertThat(run.out).doesNotContain("lines").hasLineCount(1);
  }

  @Test
  void score_text_controlAndBidiCharactersInAreaName_cannotReachTheTerminal() throws Exception {
    // Since issue 10 such a name is refused when read (DISALLOWED_CHARACTER), and the issue does
    // not quote it: nothing of it reaches the terminal.
    Assessment evil = Assessment.builder().from(sampleAssessment(2026))
        .area(Area.of("E06000003", "Evil\u001b[2J\u202eName\r")).build();
    Cli run = aba("score", file("evil.json", JSON.writePretty(evil)).toString());
    assertThat(run.code).as(run.toString()).isNotZero();
    assertThat(run.err).contains("/area/name").contains("[DISALLOWED_CHARACTER]");
    assertThat(run.out + run.err).doesNotContain("\u001b").doesNotContain("\u202e")
        .doesNotContain("\r");
  }

  @Test
  void score_text_lineBreaksInAreaName_cannotReachTheTerminal() throws Exception {
    // Tab, LF and CR are allowed in a document's texts; the terminal still never sees them.
    Assessment evil = Assessment.builder().from(sampleAssessment(2026))
        .area(Area.of("E06000003", "Evil\rName\n\tX")).build();
    Cli run = aba("score", file("evil.json", JSON.writePretty(evil)).toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Evil\uFFFDName\uFFFD\uFFFDX (E06000003), assessed 2026-03-31\n")
        .doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void scoreNdjson_crlfLineEndings_eachLineScored() {
    String line = JSON.writeString(sampleAssessment(2025));
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line + "\r\n" + line + "\r\n"), false, "score", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out.lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":1,\"rules\""));
  }

  // -- compare ---------------------------------------------------------------------------------

  @Test
  void compare_text_showsChanges() throws Exception {
    Cli run = aba("compare", sampleFile("brackenford-2025.json").toString(),
        sampleFile("brackenford-2026.json").toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Brackenford (fictional) (E08000999), 2025-03-31 to 2026-03-31\n")
        .containsPattern("mutuals-and-co-ops +- +1 +-\n")
        .containsPattern("value-lived-experience +2 +3 +\\+1\n")
        .contains("overall: 52.78% to 70.00% (+17.22 points), band EMERGING -> ESTABLISHED (UP)\n");
  }

  @Test
  void compare_json_isTheProgressContract() throws Exception {
    Cli run = aba("compare", sampleFile("brackenford-2025.json").toString(),
        sampleFile("brackenford-2026.json").toString(), "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    Scorer scorer = Scorer.standard();
    Object expected = scorer.progress(scorer.score(sampleAssessment(2025)), scorer.score(sampleAssessment(2026)));
    assertThat(JSON.read(run.out, DocumentType.PROGRESS).getDocument()).contains((org.assetbasedarea.aba.scoring.Progress) expected);
  }

  @Test
  void compare_laterFirst_comparesEarliestToLatest() throws Exception {
    Cli forwards = aba("compare", sampleFile("brackenford-2025.json").toString(),
        sampleFile("brackenford-2026.json").toString());
    Cli backwards = aba("compare", sampleFile("brackenford-2026.json").toString(),
        sampleFile("brackenford-2025.json").toString());
    assertThat(backwards.code).as(backwards.toString()).isZero();
    assertThat(backwards.out).isEqualTo(forwards.out).contains("2025-03-31 to 2026-03-31");
  }

  @Test
  void compare_oneAssessment_orTwoOfOneDate_exit1() throws Exception {
    Cli one = aba("compare", sampleFile("brackenford-2025.json").toString());
    assertThat(one.code).as(one.toString()).isEqualTo(1);
    assertThat(one.err).isEqualTo("aba compare: the inputs hold 1 assessment; 2 or more are needed\n");
    Path copy = file("copy.json", Files.readString(sampleFile("brackenford-2025.json")));
    Cli twice = aba("compare", sampleFile("brackenford-2025.json").toString(), copy.toString());
    assertThat(twice.code).as(twice.toString()).isEqualTo(1);
    assertThat(twice.err).isEqualTo("aba compare: " + sampleFile("brackenford-2025.json") + " and " + copy
        + " are both assessments of 2025-03-31; keep one\n");
  }

  @Test
  void compare_differentAreas_notComparable_exit1() throws Exception {
    Assessment other = Assessment.builder().from(sampleAssessment(2026))
        .area(Area.of("E06000001", "Elsewhere")).build();
    Path later = file("other.json", JSON.writePretty(other));
    Cli run = aba("compare", sampleFile("brackenford-2025.json").toString(), later.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).isEqualTo("aba compare: the assessments are of 2 areas (E06000001, E08000999);"
        + " this command follows one area\n");
  }

  // -- report, demo ----------------------------------------------------------------------------

  @Test
  void report_assessmentsAndOutcomes_writesIndexAndAreaPage() throws Exception {
    Path out = dir.resolve("site");
    Cli run = aba("report", sampleFile("brackenford-2025.json").toString(),
        sampleFile("brackenford-2026.json").toString(), sampleFile("brackenford-outcomes-2025.json").toString(),
        sampleFile("brackenford-outcomes-2026.json").toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    Path page = out.resolve("brackenford-fictional-e08000999.html");
    assertThat(run.out).isEqualTo(out.resolve("index.html") + "\n" + page + "\n");
    Document html = Jsoup.parse(Files.readString(page));
    assertThat(html.select("svg.radar polygon")).hasSize(2);
    assertThat(html.select("svg.radar text.axis-label")).hasSize(10);
    assertThat(html.select(".grouping-bars svg.bar-track rect.bar")).hasSize(3);
    assertThat(html.select("#summary .band-figure .band").text()).isEqualTo("Established");
    assertThat(html.select("table.over-time tbody tr")).hasSize(2);
    assertThat(html.select("tr.indicator").size()).isGreaterThanOrEqualTo(13);
    assertThat(html.select("tr.indicator td.interval").eachText()).allMatch(t -> t.contains(" to "));
  }

  @Test
  void report_publishSafeByDefault_analystVersionOnlyWithTheFlag(@TempDir Path dir) throws Exception {
    for (boolean analyst : new boolean[] {false, true}) {
      Path out = dir.resolve(analyst ? "analyst" : "default");
      List<String> args = new ArrayList<>(List.of("report", sampleFile("brackenford-2026.json").toString(),
          sampleFile("brackenford-outcomes-2025.json").toString(),
          sampleFile("brackenford-outcomes-2026.json").toString(), "--out", out.toString()));
      if (analyst) {
        args.add("--analyst");
      }
      Cli run = aba(args.toArray(new String[0]));
      assertThat(run.code).as(run.toString()).isZero();
      for (String file : List.of("index.html", "brackenford-fictional-e08000999.html")) {
        Document html = Jsoup.parse(Files.readString(out.resolve(file)));
        assertThat(html.select(".not-for-publication")).as(file).hasSize(analyst ? 1 : 0);
        assertThat(html.text().contains("not for publication")).as(file).isEqualTo(analyst);
      }
      Document page = Jsoup.parse(Files.readString(out.resolve("brackenford-fictional-e08000999.html")));
      assertThat(page.select("td.raw").isEmpty()).isEqualTo(!analyst);
    }
  }

  /**
   * Whatever validates, reports: outcome data at every bound (counts of 100,000,000, a mean at the
   * top of its range with the widest standard deviation, shares of 0 and 1, baselines at both
   * ends) passes validate and then report, with no crash (exit 70 before the bounds).
   */
  @Test
  void outcomeDataAtItsBounds_validates_andReports() throws Exception {
    OutcomeData sample = JSON.read(sample("brackenford-outcomes-2026.json"),
        DocumentType.OUTCOME_DATA).getDocument().orElseThrow();
    int max = OutcomeData.MAX_COUNT;
    OutcomeData extreme = OutcomeData.builder().from(sample)
        .responses(List.of())
        .shares(List.of(ShareFigure.of("ascof-1b", max, max), ShareFigure.of("ascof-1i1", 0, max),
            ShareFigure.of("loneliness-often-always", 1, max)))
        .means(List.of(MeanFigure.of("ascof-1a", max, 24, 24), MeanFigure.of("ons4-anxiety", 1, 0, 10),
            MeanFigure.of("ucla3-loneliness", max, 3, 0)))
        .baselines(List.of(Baseline.of("ascof-1a", 0), Baseline.of("ascof-1b", 1),
            Baseline.of("ascof-1i1", 0), Baseline.of("ucla3-loneliness", 9)))
        .build();
    Path data = file("extreme.json", JSON.writeString(extreme));
    Cli validate = aba("validate", data.toString());
    assertThat(validate.code).as(validate.toString()).isZero();
    Path out = dir.resolve("site");
    Cli run = aba("report", sampleFile("brackenford-2026.json").toString(), data.toString(),
        "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    Document html = Jsoup.parse(Files.readString(out.resolve("brackenford-fictional-e08000999.html")));
    assertThat(html.text()).doesNotContain("NaN", "Infinity");

    // Beyond the bounds (counts near Long.MAX_VALUE, a standard deviation of 1e308: values that
    // validated and then crashed report with exit 70) is an issue for validate.
    String beyond = JSON.writeString(extreme)
        .replace("\"numerator\":" + max, "\"numerator\":" + Long.MAX_VALUE / 2)
        .replace("\"denominator\":" + max, "\"denominator\":" + Long.MAX_VALUE / 2)
        .replaceFirst("\"standardDeviation\":24(\\.0)?", "\"standardDeviation\":1e308");
    Cli refused = aba("validate", file("beyond.json", beyond).toString());
    assertThat(refused.code).as(refused.toString()).isEqualTo(1);
    assertThat(refused.out).contains("/shares/0/numerator", "/shares/0/denominator",
        "/means/0/standardDeviation");
  }

  /** A stream without line ends stops at the line limit with an issue, not read for ever. */
  @Test
  @org.junit.jupiter.api.Timeout(120) // a guard against a hang, not a measure of speed
  void scoreNdjson_devZero_stopsAtTheLineLimit() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")));
    Cli run = aba("score", "--ndjson", "/dev/zero");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out.lines().toList()).singleElement().asString()
        .startsWith("{\"file\":\"/dev/zero\",\"line\":1,\"valid\":false,\"issues\":[{").contains("LIMIT_EXCEEDED");
    assertThat(run.err).isEqualTo("aba score: 1 of 1 line is not valid assessments\n");
  }

  @Test
  void report_invalidFile_exit1_nothingWritten() throws Exception {
    Path out = dir.resolve("site");
    Path bad = file("bad.json", "[]");
    Cli run = aba("report", sampleFile("brackenford-2025.json").toString(), bad.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(run.err).contains(bad + ":/").endsWith("aba report: 1 input is not valid; nothing was written\n");
  }

  @Test
  void report_hostileAreaName_escaped() throws Exception {
    String hostile = "<script>alert(1)</script>\"><svg onload=alert(2)>";
    Assessment evil = Assessment.builder().from(sampleAssessment(2026)).area(Area.of("E06000002", hostile)).build();
    Path file = file("evil.json", JSON.writePretty(evil));
    Path out = dir.resolve("site");
    Cli run = aba("report", file.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    List<Path> pages;
    try (Stream<Path> listing = Files.list(out)) {
      pages = listing.toList();
    }
    for (Path page : pages) {
      String text = Files.readString(page);
      Document html = Jsoup.parse(text);
      assertThat(html.select("script")).isEmpty();
      assertThat(html.select("[onload]")).isEmpty();
      assertThat(text).doesNotContain(hostile);
      assertThat(html.text()).contains(hostile);
    }
  }

  @Test
  void demo_writesReportAndSummary_exit0() {
    Path out = dir.resolve("aba-report");
    Cli run = aba("demo", "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("brackenford-fictional-e08000999.html")).isRegularFile();
    assertThat(run.out).contains("Brackenford (fictional) (E08000999)")
        .contains("assessed 2025-03-31: 52.78%, band Emerging (provisional)")
        .contains("assessed 2026-03-31: 70.00%, band Established (complete)")
        .contains("respondents")
        .contains("  100-day challenge 2025-05-01 to 2025-08-08, 3 goals\n"
            + "    against the assessment of 2026-03-31: 1 met, 1 partly met, 1 not met\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void report_disclosurePolicy_isChosenByIdAndNamedOnThePage() throws Exception {
    Path out = dir.resolve("nhs");
    Cli run = aba("report", sampleFile("brackenford-outcomes-2026.json").toString(), "--disclosure",
        "nhs-small-numbers", "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    Document html = Jsoup.parse(Files.readString(out.resolve("brackenford-fictional-e08000999.html")));
    assertThat(html.select("#outcomes p").text()).contains("disclosure policy 'nhs-small-numbers'");
    Path demo = dir.resolve("demo");
    Cli bad = aba("demo", "--disclosure", "none", "--out", demo.toString());
    assertThat(bad.code).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err).contains("'none' is not a disclosure policy (known: ascof, nhs-small-numbers)");
    assertThat(demo).doesNotExist();
  }

  @Test
  void report_outIsAFile_exit1() throws Exception {
    Path notDir = file("taken", "x");
    Cli run = aba("report", sampleFile("brackenford-2025.json").toString(), "--out", notDir.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("exists and is not a directory");
  }

  // -- framework, schema -----------------------------------------------------------------------

  @Test
  void framework_approaches_listsTheCatalogue_textAndJson() {
    Cli text = aba("framework", "--approaches");
    assertThat(text.code).as(text.toString()).isZero();
    assertThat(text.out).startsWith("aba-2020-approaches: ").contains(
        "  shared-lives: Shared Lives\n    supports: provider-market-development,"
            + " volunteers-and-social-entrepreneurs\n");
    assertThat(text.out.lines().filter(line -> line.startsWith("    supports: ")))
        .hasSize(Frameworks.aba2020Approaches().getApproaches().size());
    Cli json = aba("framework", "--approaches", "--format", "json");
    assertThat(JSON.read(json.out, DocumentType.APPROACH_CATALOGUE).getDocument())
        .contains(Frameworks.aba2020Approaches());
  }

  @Test
  void framework_json_readsBackAsTheBuiltInFramework() {
    Cli run = aba("framework", "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(JSON.read(run.out, DocumentType.FRAMEWORK).getDocument()).contains(Frameworks.aba2020());
  }

  @ParameterizedTest
  @ValueSource(strings = {"assessment", "score-report", "framework", "progress", "outcome-data", "outcome-report", "plan"})
  void schema_printsPublishedSchema(String name) {
    Cli run = aba("schema", name);
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(DocumentType.named(name).getSchema().stripTrailing() + "\n");
    assertThat(run.out).contains("\"$schema\"").contains(name + ".schema.json");
  }

  @Test
  void validate_largeGarbage_noStackTrace() throws Exception {
    byte[] garbage = new byte[100_000];
    new java.util.Random(7).nextBytes(garbage);
    Path bad = dir.resolve("garbage.json");
    Files.write(bad, garbage);
    Cli run = Cli.run(JsonDocuments::new, new ByteArrayInputStream(new byte[0]), false, "validate", bad.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith(bad + ":/");
  }
}
