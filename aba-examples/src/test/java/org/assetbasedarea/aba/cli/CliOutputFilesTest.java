package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files the commands write: never through a planted link, nothing half-written, an earlier report
 * left byte-identical when a run fails, and no empty output path.
 */
class CliOutputFilesTest {
  static final String PAGE = "brackenford-fictional-e08000999.html";

  @TempDir
  Path dir;

  static Cli aba(String... args) {
    return Cli.run(JsonDocuments::new, Cli.stdin(""), false, args);
  }

  Path sampleFile(String name) throws Exception {
    Path path = dir.resolve(name);
    Files.writeString(path, CliTest.sample(name), StandardCharsets.UTF_8);
    return path;
  }

  Cli report(Path out, String... samples) throws Exception {
    List<String> args = new ArrayList<>(List.of("report"));
    for (String sample : samples) {
      args.add(sample.endsWith(".json") && Files.exists(Path.of(sample)) ? sample : sampleFile(sample).toString());
    }
    args.add("--out");
    args.add(out.toString());
    return aba(args.toArray(String[]::new));
  }

  /** Every entry of a directory (not following links) with its bytes, or the link's target. */
  static Map<String, String> snapshot(Path directory) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) listing::iterator) {
        String name = entry.getFileName().toString();
        if (Files.isSymbolicLink(entry)) {
          entries.put(name, "-> " + Files.readSymbolicLink(entry));
        } else if (Files.isDirectory(entry)) {
          entries.put(name, "dir");
        } else {
          entries.put(name, new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return entries;
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", PAGE})
  void report_plantedLinkToAFileOutside_refused_targetUntouched_nothingWritten(String planted) throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
    Files.createSymbolicLink(site.resolve(planted), outside);
    Cli run = report(site, "brackenford-2026.json");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains(planted).contains("symbolic link").contains("nothing was written");
    assertThat(Files.readString(outside)).isEqualTo("precious");
    assertThat(snapshot(site)).containsOnlyKeys(planted);
    assertThat(run.out).isEmpty();
  }

  @Test
  void report_plantedLinkToADirectory_refused_directoryUntouched() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(site.resolve(PAGE), elsewhere);
    Cli run = report(site, "brackenford-2026.json");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("symbolic link");
    assertThat(snapshot(elsewhere)).isEmpty();
    assertThat(snapshot(site)).containsOnlyKeys(PAGE);
  }

  @Test
  void demo_plantedLink_refused() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
    Files.createSymbolicLink(site.resolve("index.html"), outside);
    Cli run = aba("demo", "--out", site.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("symbolic link");
    assertThat(Files.readString(outside)).isEqualTo("precious");
    assertThat(snapshot(site)).containsOnlyKeys("index.html");
  }

  @Test
  void report_outDirectoryThatIsALink_isFollowed_theUserNamedIt() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Cli run = report(link, "brackenford-2026.json");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(snapshot(real)).containsOnlyKeys("index.html", PAGE);
    assertThat(run.out).isEqualTo(link.resolve("index.html") + "\n" + link.resolve(PAGE) + "\n");
  }

  @Test
  void report_createsAMissingOutputDirectory() throws Exception {
    Path site = dir.resolve("a/b/site");
    Cli run = report(site, "brackenford-2026.json");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(snapshot(site)).containsOnlyKeys("index.html", PAGE);
  }

  /**
   * A second area whose page cannot be encoded (a lone surrogate in a rationale): the earlier
   * report stays byte-identical, no new index links to a missing page, no temporary file is left.
   */
  @Test
  void report_failureMidway_earlierReportByteIdentical_noTemporaryFiles() throws Exception {
    Path site = dir.resolve("site");
    Cli first = report(site, "brackenford-2025.json");
    assertThat(first.code).as(first.toString()).isZero();
    Map<String, String> before = snapshot(site);
    String elsewhere = CliTest.JSON.writePretty(Assessment.builder().from(CliTest.sampleAssessment(2026))
        .area(Area.of("E06000001", "Elsewhere")).build());
    int rationale = elsewhere.indexOf("\"rationale\" : \"") + "\"rationale\" : \"".length();
    assertThat(rationale).as(elsewhere).isGreaterThan(20);
    Path broken = Files.writeString(dir.resolve("elsewhere.json"),
        elsewhere.substring(0, rationale) + "\\ud800" + elsewhere.substring(rationale));
    Cli second = report(site, "brackenford-2026.json", broken.toString());
    assertThat(second.code).as(second.toString()).isEqualTo(1);
    assertThat(second.err).containsPattern("nothing was (written|changed)");
    assertThat(snapshot(site)).isEqualTo(before);
  }

  @Test
  void report_successfulRun_replacesEachFileByRenamingANewOne() throws Exception {
    Path site = dir.resolve("site");
    assertThat(report(site, "brackenford-2025.json").code).isZero();
    Path old = dir.resolve("old-index.html");
    Files.createLink(old, site.resolve("index.html"));
    String before = Files.readString(old);
    Cli run = report(site, "brackenford-2025.json", "brackenford-2026.json");
    assertThat(run.code).as(run.toString()).isZero();
    // Written in place, the hard link would show the new index; replaced by a rename, it keeps the old one.
    assertThat(Files.readString(old)).isEqualTo(before);
    assertThat(Files.readString(site.resolve("index.html"))).isNotEqualTo(before).contains("70%");
    assertThat(snapshot(site)).containsOnlyKeys("index.html", PAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void report_emptyOrBlankOut_isUsageError_exit2(String out) throws Exception {
    Cli run = aba("report", sampleFile("brackenford-2026.json").toString(), "--out", out);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--out").contains("Usage: aba report");
    assertThat(run.out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void demo_emptyOrBlankOut_isUsageError_exit2(String out) {
    Cli run = aba("demo", "--out", out);
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--out").contains("Usage: aba demo");
    assertThat(run.out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "score", "report"})
  void emptyInputFile_isUsageError_exit2(String command) {
    Cli run = command.equals("report") ? aba(command, "", "--out", dir.resolve("site").toString()) : aba(command, "");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("FILE");
  }

  @Test
  void compare_emptyInputFile_isUsageError_exit2() throws Exception {
    Cli run = aba("compare", sampleFile("brackenford-2025.json").toString(), "");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
  }
}
