package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Only the subcommand named first is built ({@link Aba#commandLine}), and the tool answers every
 * argument list exactly as it does with every subcommand built: the same standard output, standard
 * error and exit code, for help, versions, usage errors, input errors and successful runs.
 */
class LazyCommandsTest {
  @TempDir
  Path dir;

  @Test
  void everyCommandIsNamedAsItsAnnotationSays_inHelpOrder() {
    CommandLine every = Aba.commandLine(aba());
    assertThat(List.copyOf(every.getSubcommands().keySet())).isEqualTo(Aba.COMMANDS);
    for (String name : Aba.COMMANDS) {
      assertThat(new CommandLine(Aba.command(name)).getCommandName()).isEqualTo(name);
    }
  }

  @Test
  void aNamedCommand_buildsThatCommandAlone() {
    for (String name : Aba.COMMANDS) {
      CommandLine cli = Aba.commandLine(aba(), name, "--help");
      if (name.equals("help")) {
        assertThat(List.copyOf(cli.getSubcommands().keySet())).isEqualTo(Aba.COMMANDS);
      } else {
        assertThat(cli.getSubcommands().keySet()).containsExactly(name);
      }
    }
    assertThat(Aba.commandLine(aba(), "--help").getSubcommands().keySet())
        .containsExactlyElementsOf(Aba.COMMANDS);
    assertThat(Aba.commandLine(aba(), "scor").getSubcommands().keySet())
        .containsExactlyElementsOf(Aba.COMMANDS);
    assertThat(Aba.commandLine(aba()).getSubcommands().keySet())
        .containsExactlyElementsOf(Aba.COMMANDS);
  }

  @Test
  void answers_areThoseOfEveryCommandBuilt() throws IOException {
    Path sample = dir.resolve("sample.json");
    try (InputStream in = LazyCommandsTest.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/brackenford-2026.json")) {
      Files.copy(in, sample);
    }
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"ratings\": [1, }");
    String missing = dir.resolve("missing.json").toString();
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[0]);
    for (String top : List.of("--help", "-h", "--version", "-V", "--bogus", "scor", "SCORE", "help",
        "--", "@" + missing)) {
      cases.add(new String[] {top});
    }
    cases.add(new String[] {"help", "score"});
    cases.add(new String[] {"help", "plan", "new"});
    cases.add(new String[] {"help", "nothing"});
    cases.add(new String[] {"--help", "score"});
    cases.add(new String[] {"-V", "score"});
    for (String name : Aba.COMMANDS) {
      cases.add(new String[] {name});
      cases.add(new String[] {name, "--help"});
      cases.add(new String[] {name, "-h"});
      cases.add(new String[] {name, "--version"});
      cases.add(new String[] {name, "--bogus"});
      cases.add(new String[] {name, "--formt", "json"});
      cases.add(new String[] {name, missing});
      cases.add(new String[] {name, broken.toString()});
      cases.add(new String[] {name, "score"});
      cases.add(new String[] {name, "validate", "--help"});
    }
    cases.add(new String[] {"plan", "new", "--help"});
    cases.add(new String[] {"plan", "status", "--bogus"});
    cases.add(new String[] {"plan", "nothing"});
    cases.add(new String[] {"score", sample.toString()});
    cases.add(new String[] {"score", sample.toString(), "--format", "json"});
    cases.add(new String[] {"score", sample.toString(), "--format", "xml"});
    cases.add(new String[] {"score", "--ndjson", "--format", "text", sample.toString()});
    cases.add(new String[] {"validate", sample.toString()});
    cases.add(new String[] {"framework"});
    cases.add(new String[] {"framework", "nope"});
    cases.add(new String[] {"schema", "assessment"});
    cases.add(new String[] {"schema", "nope"});
    cases.add(new String[] {"compare", sample.toString()});

    int compared = 0;
    for (String[] args : cases) {
      String lazy = run(Aba.commandLine(aba(), args), args);
      String every = run(Aba.commandLine(aba()), args);
      assertThat(lazy).as(String.join(" ", args)).isEqualTo(every);
      compared++;
    }
    assertThat(compared).isEqualTo(cases.size());
  }

  @Test
  void plainScore_isScoreFileAlone() {
    assertThat(ScoreCommand.isPlain("score", "a.json")).isTrue();
    assertThat(ScoreCommand.isPlain("score", "dir/with space.json")).isTrue();
    assertThat(ScoreCommand.isPlain("score", "score")).isTrue();
    assertThat(ScoreCommand.isPlain("score")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "-")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "--help")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "-hV")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "@args.txt")).isFalse();
    assertThat(ScoreCommand.isPlain("score", " ")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "")).isFalse();
    assertThat(ScoreCommand.isPlain("score", "a.json", "b.json")).isFalse();
    assertThat(ScoreCommand.isPlain("validate", "a.json")).isFalse();
    assertThat(ScoreCommand.isPlain("Score", "a.json")).isFalse();
    System.setProperty("picocli.trace", "DEBUG");
    try {
      assertThat(ScoreCommand.isPlain("score", "a.json")).isFalse();
    } finally {
      System.clearProperty("picocli.trace");
    }
  }

  @Test
  void plainScore_answersAsPicocliDoes() throws IOException {
    Path sample = dir.resolve("sample.json");
    try (InputStream in = LazyCommandsTest.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/brackenford-2026.json")) {
      Files.copy(in, sample);
    }
    String text = Files.readString(sample);
    Files.writeString(dir.resolve("lines.ndjson"), text.replace("\n", "") + "\n{\"x\": 1}\n");
    Files.writeString(dir.resolve("invalid.json"), text.replace("\"rating\": 2", "\"rating\": 7"));
    Files.writeString(dir.resolve("broken.json"), "{\"ratings\": [1, }");
    Files.writeString(dir.resolve("plan.json"), "{\"goals\": []}");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.copy(sample, folder.resolve("a.json"));
    Files.writeString(folder.resolve("b.json"), "[]");
    List<String> files = List.of("sample.json", "lines.ndjson", "invalid.json", "broken.json",
        "plan.json", "folder", "missing.json", "score", "a b.json", "\u001b[31mred.json");
    for (String name : files) {
      String file = name.equals("score") ? name : dir.resolve(name).toString();
      assertThat(ScoreCommand.isPlain("score", file)).as(name).isTrue();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Aba.execute(aba(), new PrintWriter(out), new PrintWriter(err), "score", file);
      String plain = "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
      String picocli = run(Aba.commandLine(aba(), "score", file), "score", file);
      assertThat(plain).as(name).isEqualTo(picocli);
    }
    // a bug, as picocli reports it: the message made safe, then the trace (its frames differ)
    Aba failing = new Aba(new ByteArrayInputStream(new byte[0]), false, () -> {
      throw new IllegalStateException("boom\nsecond line");
    });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Aba.execute(failing, new PrintWriter(out), new PrintWriter(err), "score", "x.json");
    String viaPicocli = run(Aba.commandLine(failing, "score", "x.json"), "score", "x.json");
    String head = "aba score: internal error: java.lang.IllegalStateException: boom\uFFFDsecond line\n\tat ";
    assertThat(code).isEqualTo(Aba.INTERNAL_ERROR);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith(head);
    assertThat(viaPicocli).startsWith("exit 70\n--- stdout\n--- stderr\n" + head);
  }

  private static Aba aba() {
    return new Aba(new ByteArrayInputStream(new byte[0]), false, JsonDocuments::new);
  }

  private static String run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Aba.execute(cli, new PrintWriter(out), new PrintWriter(err), args);
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
