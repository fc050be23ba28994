package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress bar is drawn when standard error is a terminal, or as {@code --[no-]progress} says. */
class ProgressTest {
  @TempDir
  Path dir;

  static String line() {
    return CliTest.JSON.writeString(CliTest.sampleAssessment(2026));
  }

  @Test
  void noProgress_onATerminal_drawsNothing() {
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line() + "\n"), true, "score", "--ndjson", "--no-progress", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out.lines()).hasSize(1);
  }

  @Test
  void progress_notATerminal_drawsOnStderrOnly() {
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line() + "\n"), false, "score", "--ndjson", "--progress", "-");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).startsWith("\r").endsWith("1 lines\n");
    assertThat(run.out).doesNotContain("\r").hasLineCount(1);
  }

  @ParameterizedTest
  @CsvSource({
      "/dev/pts/3, true", "/dev/tty1, true", "/dev/ttyS0, true", "/dev/console, true",
      "/dev/null, false", "pipe:[123456], false", "socket:[42], false", "/home/me/err.log, false",
      "/dev/pts-not/3, false"})
  void procLink_namesATerminalOrNot(String target, boolean terminal) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of(target));
    assertThat(Terminals.linkNamesTerminal(link)).contains(terminal);
    assertThat(Terminals.stderrIsTerminal(link)).isEqualTo(terminal);
  }

  @Test
  void noProcLink_fallsBackToTheConsole() throws Exception {
    assertThat(Terminals.linkNamesTerminal(dir.resolve("missing"))).isEmpty();
    assertThat(Terminals.linkNamesTerminal(Files.writeString(dir.resolve("file"), "x"))).isEmpty();
    assertThat(Terminals.stderrIsTerminal(dir.resolve("missing"))).isEqualTo(Terminals.consoleIsTerminal());
  }

  @Test
  void underTheTestRunner_stderrIsNotATerminal() {
    assumeTrue(Files.isSymbolicLink(Terminals.STDERR_LINK), "Linux /proc");
    assertThat(Terminals.linkNamesTerminal(Terminals.STDERR_LINK)).isEqualTo(Optional.of(false));
  }
}
