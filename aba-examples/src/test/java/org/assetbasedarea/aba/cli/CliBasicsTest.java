package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command structure, help, version, usage errors and the commands that need no JSON. */
class CliBasicsTest {
  @Test
  void version_printsProjectVersion_exit0() {
    Cli run = Cli.withoutJson("--version");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("aba 0.1.0").contains("aba-score-1");
    assertThat(run.out).doesNotContain("${");
  }

  @Test
  void help_listsEveryCommandAndExitCodes_exit0() {
    Cli run = Cli.withoutJson("--help");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).contains("validate", "score", "compare", "report", "framework", "schema", "plan", "demo")
        .contains("Exit codes:").contains("2  usage error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "score", "compare", "report", "framework", "schema", "plan", "demo"})
  void commandHelp_exit0(String command) {
    Cli run = Cli.withoutJson(command, "--help");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Usage: aba " + command);
    assertThat(run.err).isEmpty();
  }

  @Test
  void noCommand_isUsageError_exit2() {
    Cli run = Cli.withoutJson();
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("a command is required").contains("Usage: aba");
  }

  @Test
  void unknownCommand_isUsageError_exit2() {
    Cli run = Cli.withoutJson("frobnicate");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("frobnicate");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unknownOption_isUsageError_exit2() {
    Cli run = Cli.withoutJson("framework", "--colour");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--colour");
  }

  @Test
  void validateWithoutFiles_isUsageError_exit2() {
    Cli run = Cli.withoutJson("validate");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("FILE");
  }

  @Test
  void compareWithoutInputs_isUsageError_exit2() {
    Cli run = Cli.withoutJson("compare");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("INPUT");
  }

  @Test
  void reportWithoutOut_isUsageError_exit2() {
    Cli run = Cli.withoutJson("report", "a.json");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--out");
  }

  @Test
  void badFormat_isUsageError_exit2() {
    Cli run = Cli.withoutJson("framework", "--format", "xml");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("xml");
  }

  @Test
  void framework_text_listsGroupingsActionsOutcomes_exit0() {
    Cli run = Cli.withoutJson("framework");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).startsWith("aba-2020: Asset-Based Area: ten actions in three groupings (2020)\n");
    assertThat(run.out).contains("co-production: Co-production, partnership and power sharing\n")
        .contains("   1. map-community-assets: Map and grow community assets\n")
        .contains("  10. mutuals-and-co-ops: Grow mutuals and co-operatives\n")
        .contains("live-the-life-they-want: People live the life they want")
        .contains("ascof-1b (share, higher is better)");
    assertThat(run.out.lines().filter(l -> l.matches("\\s+\\d+\\. .*"))).hasSize(10);
  }

  @Test
  void framework_unknownId_exit1WithKnownIds() {
    Cli run = Cli.withoutJson("framework", "aba-1999");
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("aba framework: no framework has the id 'aba-1999' (known: aba-2020)\n");
  }

  @Test
  void framework_hostileId_isNotEchoedRaw() {
    Cli run = Cli.withoutJson("framework", "x\u001b[2Jy");
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).doesNotContain("\u001b").contains("x\uFFFD[2Jy");
  }

  @Test
  void schema_unknownName_isUsageError_exit2() {
    Cli run = Cli.withoutJson("schema", "nonsense");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("unknown schema 'nonsense'").contains("score-report");
  }

  @Test
  void scoreNdjsonWithTextFormat_isUsageError_exit2() {
    Cli run = Cli.withoutJson("score", "--ndjson", "--format", "text", "-");
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--ndjson");
  }

  @Test
  void internalError_exit70WithStackTrace() {
    Cli run = Cli.run(() -> {
      throw new IllegalStateException("boom");
    }, Cli.stdin(""), false, "schema", "assessment");
    assertThat(run.code).as(run.toString()).isEqualTo(Aba.INTERNAL_ERROR);
    assertThat(run.err).startsWith("aba schema: internal error: java.lang.IllegalStateException: boom")
        .contains("\tat ");
  }
}
