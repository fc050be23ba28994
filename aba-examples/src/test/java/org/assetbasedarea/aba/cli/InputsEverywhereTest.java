package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assetbasedarea.aba.cli.CliTest.JSON;
import static org.assetbasedarea.aba.cli.CliTest.aba;
import static org.assetbasedarea.aba.cli.CliTest.sample;
import static org.assetbasedarea.aba.cli.CliTest.sampleAssessment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Several files, folders, NDJSON and {@code --framework} on every command that reads documents. */
class InputsEverywhereTest {
  private static final String LOCAL_ID = "brackenford-variant";

  @TempDir
  Path dir;

  private Path write(String relative, String content) throws Exception {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  /** A folder: two years of one area, an NDJSON file with a bad line, and things left out. */
  private Path folder() throws Exception {
    write("network/2025/brackenford.json", sample("brackenford-2025.json"));
    write("network/2026/brackenford.JSON", sample("brackenford-2026.json"));
    write("network/more.ndjson", JSON.writeString(sampleAssessment(2025)) + "\n{\"schemaVersion\": 1, oops\n");
    write("network/.hidden/ignored.json", "not even JSON");
    write("network/notes.txt", "not a document");
    return dir.resolve("network");
  }

  @Test
  void validate_folder_recursivelyInPathOrder_hiddenAndOtherFilesLeftOut() throws Exception {
    Path folder = folder();
    Cli run = aba("validate", folder.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(folder + "/2025/brackenford.json: valid assessment");
    assertThat(lines.get(1)).isEqualTo(folder + "/2026/brackenford.JSON: valid assessment");
    assertThat(lines.get(2)).startsWith(folder + "/more.ndjson:2:/").endsWith("[MALFORMED_JSON]");
    assertThat(lines.get(3)).isEqualTo(folder + "/more.ndjson: 1 of 2 lines are not valid assessments");
    assertThat(run.err).isEmpty();
  }

  @Test
  void validate_linkToAFolderIsNotFollowed_aLinkToAFileIsRead() throws Exception {
    Path folder = folder();
    Files.createSymbolicLink(folder.resolve("loop"), folder);
    Path outside = write("outside/plan-like.json", sample("brackenford-2026.json"));
    Files.createSymbolicLink(folder.resolve("linked.json"), outside);
    Cli run = aba("validate", folder.toString());
    assertThat(run.out).contains(folder + "/linked.json: valid assessment").doesNotContain("/loop/");
  }

  @Test
  void validate_aFileReachedTwice_isReadOnce() throws Exception {
    Path folder = folder();
    Path file = folder.resolve("2025/brackenford.json");
    Cli run = aba("validate", file.toString(), folder.toString(), file.toString());
    assertThat(run.out.lines().filter(line -> line.contains("brackenford.json: valid"))).hasSize(1);
    assertThat(run.out).startsWith(file + ": valid assessment\n");
  }

  @Test
  void validate_emptyNdjsonFile_saysSo() throws Exception {
    Path empty = write("empty.ndjson", "");
    Cli run = aba("validate", empty.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(empty + ": valid, 0 assessments\n");
  }

  @Test
  void validate_ndjsonFromStdin() {
    String lines = JSON.writeString(sampleAssessment(2025)) + "\n" + JSON.writeString(sampleAssessment(2026)) + "\n";
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(lines), false, "validate", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo("-: valid, 2 assessments\n");
  }

  @Test
  void score_severalFiles_json_isAnArrayInInputOrder() throws Exception {
    Path a = write("a.json", sample("brackenford-2026.json"));
    Path b = write("b.json", sample("brackenford-2025.json"));
    Cli run = aba("score", a.toString(), b.toString(), "--format", "json");
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode array = JSON.mapper().readTree(run.out);
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(2);
    Scorer scorer = Scorer.standard();
    assertThat(JSON.read(array.get(0).toString(), DocumentType.SCORE_REPORT).getDocument())
        .contains(scorer.score(sampleAssessment(2026)));
    assertThat(JSON.read(array.get(1).toString(), DocumentType.SCORE_REPORT).getDocument())
        .contains(scorer.score(sampleAssessment(2025)));
  }

  @Test
  void score_folder_text_eachReportUnderItsFile_invalidOnesCounted() throws Exception {
    Path folder = folder();
    Cli run = aba("score", folder.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("== " + folder + "/2025/brackenford.json\n")
        .contains("\n== " + folder + "/2026/brackenford.JSON\n", "\n== " + folder + "/more.ndjson:1\n");
    assertThat(run.err).contains(folder + "/more.ndjson:2:/")
        .endsWith("aba score: 1 of 4 inputs are not valid assessments\n");
  }

  @Test
  void scoreNdjson_mixedInputs_oneLineEach_wholeFilesWithoutLineNumbers() throws Exception {
    Path good = write("good.json", sample("brackenford-2026.json"));
    Path bad = write("bad.json", "{\"schemaVersion\": 1, \"colour\": \"red\"}");
    Cli run = aba("score", "--ndjson", "--no-progress", dir.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"file\":\"" + bad + "\",\"valid\":false,\"issues\":[");
    assertThat(lines.get(1)).isEqualTo(JSON.writeString(Scorer.standard().score(sampleAssessment(2026))));
    assertThat(good).exists();
  }

  @Test
  void compare_folder_earliestToLatest() throws Exception {
    write("area/a.json", sample("brackenford-2026.json"));
    write("area/b.json", sample("brackenford-2025.json"));
    Cli run = aba("compare", dir.resolve("area").toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("2025-03-31 to 2026-03-31");
  }

  @Test
  void report_folder_writesTheAreaPage() throws Exception {
    write("in/2025.json", sample("brackenford-2025.json"));
    write("in/2026.json", sample("brackenford-2026.json"));
    write("in/outcomes.json", sample("brackenford-outcomes-2026.json"));
    Path out = dir.resolve("site");
    Cli run = aba("report", dir.resolve("in").toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(out.resolve("index.html")).exists();
    assertThat(run.out.lines()).hasSizeGreaterThanOrEqualTo(2);
  }

  // -- --framework -----------------------------------------------------------------------------

  private static Framework localVariant() {
    return Framework.builder().from(Frameworks.aba2020()).id(LOCAL_ID).build();
  }

  private static Assessment underLocalVariant(int year) {
    return Assessment.builder().from(sampleAssessment(year)).framework(LOCAL_ID).build();
  }

  @Test
  void localFramework_validatesScoresComparesPlansReportsAndPrints() throws Exception {
    Path framework = write("variant.json", JSON.writePretty(localVariant()));
    Path earlier = write("2025.json", JSON.writePretty(underLocalVariant(2025)));
    Path later = write("2026.json", JSON.writePretty(underLocalVariant(2026)));

    Cli without = aba("validate", later.toString());
    assertThat(without.code).as(without.toString()).isEqualTo(1);
    assertThat(without.out).contains(later + ":/framework: ");

    Cli validate = aba("validate", later.toString(), "--framework", framework.toString());
    assertThat(validate.code).as(validate.toString()).isZero();
    assertThat(validate.out).isEqualTo(later + ": valid assessment\n");

    Cli score = aba("score", later.toString(), "--format", "json", "--framework", framework.toString());
    assertThat(score.code).as(score.toString()).isZero();
    AbaJson local = AbaJson.builder().registry(
        org.assetbasedarea.aba.framework.FrameworkRegistry.builtIn().with(localVariant())).build();
    ScoreReport expected = Scorer.create(local.getRegistry(),
        org.assetbasedarea.aba.scoring.ScoringRules.abaScore1()).score(underLocalVariant(2026));
    assertThat(local.read(score.out, DocumentType.SCORE_REPORT).getDocument()).contains(expected);
    assertThat(expected.getFramework()).isEqualTo(LOCAL_ID);

    Cli compare = aba("compare", earlier.toString(), later.toString(), "--framework", framework.toString());
    assertThat(compare.code).as(compare.toString()).isZero();
    assertThat(compare.out).contains("framework " + LOCAL_ID);

    Cli plan = aba("plan", "new", later.toString(), "--framework", framework.toString());
    assertThat(plan.code).as(plan.toString()).isZero();
    assertThat(plan.out).contains("\"framework\" : \"" + LOCAL_ID + "\"");

    Path out = dir.resolve("site");
    Cli report = aba("report", earlier.toString(), later.toString(), "--out", out.toString(),
        "--framework", framework.toString());
    assertThat(report.code).as(report.toString()).isZero();

    Cli print = aba("framework", LOCAL_ID, "--framework", framework.toString());
    assertThat(print.code).as(print.toString()).isZero();
    assertThat(print.out).contains(LOCAL_ID);
  }

  @Test
  void localFramework_takenId_invalidFile_otherKind_exit1() throws Exception {
    Path builtInAgain = write("again.json", JSON.writePretty(Frameworks.aba2020()));
    Cli taken = aba("framework", "--framework", builtInAgain.toString());
    assertThat(taken.code).as(taken.toString()).isEqualTo(1);
    assertThat(taken.err).isEqualTo("aba framework: --framework: the id 'aba-2020' is taken (by a built-in"
        + " framework or another --framework file); a local variant needs an id of its own\n");

    Path broken = write("broken.json", "{\"schemaVersion\": 1, \"id\": \"x\", \"groupings\": 3}");
    Cli invalid = aba("score", "--framework", broken.toString(), "x.json");
    assertThat(invalid.code).as(invalid.toString()).isEqualTo(1);
    assertThat(invalid.err).contains(broken + ":/groupings: ")
        .endsWith("aba score: 1 --framework file is not valid\n");

    Path assessment = write("a.json", sample("brackenford-2026.json"));
    Cli kind = aba("validate", "--framework", assessment.toString(), assessment.toString());
    assertThat(kind.code).as(kind.toString()).isEqualTo(1);
    assertThat(kind.err).contains("--framework " + assessment + ": is an assessment, not a framework");

    Cli missing = aba("validate", "--framework", dir.resolve("nope.json").toString(), assessment.toString());
    assertThat(missing.code).as(missing.toString()).isEqualTo(1);
    assertThat(missing.err).contains("--framework " + dir.resolve("nope.json") + ": no such file");
  }
}
