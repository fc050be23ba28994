package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.json.AbaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What the tool prints can never drive the terminal: a document's field names, messages and file
 * names reach standard output and error with no control, bidi or line-separator character, and
 * cannot forge a line of their own.
 */
class CliTerminalTest {
  /** Sets the window title, erases the line, returns the cursor and prints a fake result line. */
  static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2K\r\u001b[1A/x\n\u2713 valid assessment\n"
      + "\u202eevil\u2066\u0085\u009b2J\u2028\u2029\u007f\u0000\t";

  /** Any character a terminal would act on: C0 (newline aside, which ends lines), DEL, C1, bidi, U+2028/9. */
  static final Pattern RAW = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]");

  @TempDir
  Path dir;

  static Cli aba(String... args) {
    return Cli.run(JsonDocuments::new, Cli.stdin(""), false, args);
  }

  /** The 2026 sample with one unknown field named {@code HOSTILE}, as JSON escapes. */
  Path hostileDocument() throws Exception {
    String name = AbaJson.standard().mapper().writeValueAsString(HOSTILE);
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, CliTest.sample("brackenford-2026.json").replaceFirst("\\{", Matcher.quoteReplacement("{" + name + ": 1,")),
        StandardCharsets.UTF_8);
    return file;
  }

  static void assertNoRawControls(String output) {
    assertThat(RAW.matcher(output).find()).as("raw control character in:\n" + output.replaceAll("\\p{Cntrl}", "?"))
        .isFalse();
  }

  @Test
  void validate_unknownFieldNamedWithEscapes_printsOneSafeIssueLine() throws Exception {
    Path file = hostileDocument();
    Cli run = aba("validate", file.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertNoRawControls(run.out);
    assertNoRawControls(run.err);
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith(file + ":/").endsWith(" [UNKNOWN_FIELD]")
        .contains("\uFFFD]0;pwned").contains("valid assessment");
    assertThat(run.out).doesNotContainPattern("(?m)^\u2713");
  }

  @Test
  void score_issuesOnStderr_safe() throws Exception {
    Cli run = aba("score", hostileDocument().toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertNoRawControls(run.err);
    List<String> lines = run.err.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(dir + "/hostile.json:/").endsWith(" [UNKNOWN_FIELD]");
    assertThat(lines.get(1)).startsWith("aba score: " + dir + "/hostile.json: not a valid assessment");
  }

  @Test
  void scoreNdjson_invalidLine_jsonEscapesEveryTerminalControl_andKeepsTheValue() throws Exception {
    String line = Files.readString(hostileDocument()).replace("\n", " ");
    Cli run = Cli.run(JsonDocuments::new, Cli.stdin(line + "\n"), false, "score", "--ndjson", "-");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertNoRawControls(run.out);
    assertThat(run.out.lines()).hasSize(1);
    JsonNode issue = AbaJson.standard().mapper().readTree(run.out).get("issues").get(0);
    assertThat(issue.get("path").asString()).isEqualTo("/" + HOSTILE.replace("~", "~0").replace("/", "~1"));
  }

  @Test
  void validate_hostileFileName_printedSafely() throws Exception {
    Path file = dir.resolve("a\u001b[2K\rb\n\u2713 valid assessment\u202e.json");
    Files.writeString(file, CliTest.sample("brackenford-2026.json"), StandardCharsets.UTF_8);
    Cli run = aba("validate", file.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertNoRawControls(run.out);
    assertThat(run.out.lines()).hasSize(1);
    Cli missing = aba("validate", dir.resolve("gone\u001b]0;x\u0007\n\u2713.json").toString());
    assertThat(missing.code).isEqualTo(1);
    assertNoRawControls(missing.err);
    assertThat(missing.err.lines()).hasSize(1);
  }

  @Test
  void usageError_echoesTheArgumentSafely() {
    Cli run = Cli.withoutJson("frob\u001b[2J\n\u2713 valid");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertNoRawControls(run.err);
    assertThat(run.err).doesNotContainPattern("(?m)^\u2713");
  }

  @Test
  void reportErrors_safe() throws Exception {
    Path file = dir.resolve("x\u001b[2K\n\u2713 ok.json");
    Files.writeString(file, "[]");
    Cli run = aba("report", file.toString(), "--out", dir.resolve("site\u001b[2K").toString());
    assertThat(run.code).isEqualTo(1);
    assertNoRawControls(run.err);
    assertThat(run.err).doesNotContainPattern("(?m)^\u2713");
  }

  @Test
  void safe_replacesEveryTerminalControl() {
    for (char c : "\u0000\u0007\t\n\r\u001b\u007f\u0080\u0085\u009b\u009f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029".toCharArray()) {
      assertThat(TextFormat.safe("a" + c + "b")).as("U+%04X", (int) c).isEqualTo("a\uFFFDb");
    }
    assertThat(TextFormat.safe("Caf\u00e9 \u4e2d \ud83d\ude00 \u05d0\u200d")).isEqualTo("Caf\u00e9 \u4e2d \ud83d\ude00 \u05d0\u200d");
  }
}
