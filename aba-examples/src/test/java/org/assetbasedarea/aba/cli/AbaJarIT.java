package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/aba.jar} in its own JVM, as a user would (bound to the
 * integration-test phase, after {@code package} built the jar).
 */
class AbaJarIT {
  static final Path JAR = Path.of("target", "aba.jar");

  static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result aba(Path workDir, String stdin, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar is built in the package phase").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the tool finishes").isTrue();
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void jar_version_exit0(@TempDir Path dir) throws Exception {
    Result run = aba(dir, "", "--version");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("aba 0.1.0");
  }

  @Test
  void jar_demo_writesReport_exit0(@TempDir Path dir) throws Exception {
    Result run = aba(dir, "", "demo", "--out", "report");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(dir.resolve("report/index.html")).isRegularFile();
    assertThat(dir.resolve("report/brackenford-fictional-e08000999.html")).isRegularFile();
    assertThat(run.out).contains("Brackenford (fictional) (E08000999)");
  }

  @Test
  void jar_validateMalformedJson_exit1(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1,");
    Result run = aba(dir, "", "validate", "bad.json");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("bad.json:").contains("[MALFORMED_JSON]");
    assertThat(run.err).doesNotContain("Exception");
  }

  @Test
  void jar_scoreNdjsonFromStdin_oneReportPerLine(@TempDir Path dir) throws Exception {
    Result framework = aba(dir, "", "framework", "--format", "json");
    assertThat(framework.code).as(framework.toString()).isZero();
    Result run = aba(dir, "{}\n", "score", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).startsWith("{\"file\":\"-\",\"line\":1,\"valid\":false,\"issues\":[");
    assertThat(run.out.lines()).hasSize(1);
  }

  @Test
  void jar_usageError_exit2(@TempDir Path dir) throws Exception {
    Result run = aba(dir, "", "score", "--no-such-option", "x.json");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--no-such-option");
  }

  /**
   * Runs the jar under {@code script}, which gives it a pseudo-terminal, with a shell redirection:
   * the progress bar follows standard error, whatever standard input and output are.
   */
  static String underTerminal(Path workDir, String redirectedCommand) throws IOException, InterruptedException {
    Path output = Files.createTempFile(workDir, "pty", ".txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder("script", "-qec",
        "'" + java + "' -jar '" + JAR.toAbsolutePath() + "' " + redirectedCommand, "/dev/null")
        .directory(workDir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(output.toFile()).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the tool finishes").isTrue();
    assertThat(process.exitValue()).isZero();
    return Files.readString(output);
  }

  static boolean scriptAvailable() {
    try {
      Process process = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void jar_progress_drawnWhenOnlyStderrIsATerminal(@TempDir Path dir) throws Exception {
    assumeTrue(scriptAvailable(), "util-linux script gives the jar a terminal");
    Path lines = writeLines(dir);
    String terminal = underTerminal(dir, "score --ndjson " + lines.getFileName() + " > out.ndjson");
    assertThat(terminal).contains("\r[").contains("100% 3 lines");
    assertThat(Files.readString(dir.resolve("out.ndjson"))).doesNotContain("\r").hasLineCount(3);
  }

  @Test
  void jar_progress_notDrawnIntoARedirectedStderr(@TempDir Path dir) throws Exception {
    assumeTrue(scriptAvailable(), "util-linux script gives the jar a terminal");
    Path lines = writeLines(dir);
    String terminal = underTerminal(dir, "score --ndjson " + lines.getFileName() + " 2> err.txt");
    assertThat(terminal).contains("\"schemaVersion\":1");
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
  }

  static Path writeLines(Path dir) throws IOException {
    String line;
    try (java.io.InputStream in = AbaJarIT.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/brackenford-2026.json")) {
      line = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
    }
    return Files.writeString(dir.resolve("in.ndjson"), (line + "\n").repeat(3));
  }
}
