package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aba as a consumer meets it, from the packaged jars: a module whose only line is {@code requires
 * org.assetbasedarea.aba.json;} compiles and runs on the module path with no {@code
 * --add-modules} or {@code --add-opens}, and the same program runs on the class path. It reads a
 * valid and an invalid document, scores, writes, binds with a mapper that found the module, and
 * validates with a plain Jakarta Validator, an assessment and a plan drafted from it; and it prints nothing on standard error (no logging
 * noise from the libraries aba brings).
 */
class ModulePathConsumerIT {
  private static final Path SOURCES = Path.of("src/it/module-consumer");
  private static final Path SAMPLE = Path.of("src/test/resources/golden/assessment-contract-example.json");

  private static List<String> runtimePath;

  @TempDir
  static Path work;

  @BeforeAll
  static void findTheJars() throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(f -> f.getFileName().toString().matches("aba-json-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("package aba-json first"));
    }
    runtimePath = new ArrayList<>();
    runtimePath.add(jar.toAbsolutePath().toString());
    for (String entry : Files.readString(Path.of("target/runtime-path.txt")).trim()
        .split(File.pathSeparator)) {
      runtimePath.add(entry);
    }
    assertThat(runtimePath).anyMatch(entry -> entry.contains("aba-core"));
  }

  @Test
  void moduleConsumer_compilesAndRuns_withoutAddModulesOrAddOpens() throws Exception {
    Path classes = work.resolve("module-classes");
    String modulePath = String.join(File.pathSeparator, runtimePath);
    compile(classes, List.of("--module-path", modulePath),
        SOURCES.resolve("module-info.java"), SOURCES.resolve("consumer/Main.java"));

    Result run = run("--module-path", classes + File.pathSeparator + modulePath,
        "-m", "consumer/consumer.Main", SAMPLE.toString());

    assertExpectedOutput(run);
  }

  @Test
  void classPathConsumer_runsTheSameProgram() throws Exception {
    Path classes = work.resolve("classpath-classes");
    String classPath = String.join(File.pathSeparator, runtimePath);
    compile(classes, List.of("--class-path", classPath), SOURCES.resolve("consumer/Main.java"));

    Result run = run("--class-path", classes + File.pathSeparator + classPath, "consumer.Main",
        SAMPLE.toString());

    assertExpectedOutput(run);
  }

  private static void assertExpectedOutput(Result run) {
    assertThat(run.err).as("standard error (no logging noise)").isEmpty();
    assertThat(run.exit).as("exit code; out:\n%s", run.out).isZero();
    assertThat(run.out.lines()).containsExactly(
        "valid: true",
        "score: INSUFFICIENT null",
        "writes: true",
        "round trip: true",
        "issue: /evidance UNKNOWN_FIELD",
        "issue: /ratings/0/rating RATING_OUT_OF_RANGE",
        "issue: /ratings/0/action UNKNOWN_ACTION",
        "schema: true",
        "mapper binds: true",
        "mapper refuses: UNKNOWN_FIELD",
        "jakarta valid: true",
        "jakarta: framework names a framework that is not known (known: aba-2020)",
        "plan round trip: true",
        "jakarta plan: endsOn makes the 100-day challenge last 101 days, counting the first and"
            + " last; it may last at most 100");
  }

  private static void compile(Path classes, List<String> path, Path... sources) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(path);
    args.addAll(List.of("-Xlint:all", "-Werror", "--release", "17", "-d", classes.toString()));
    for (Path source : sources) {
      args.add(source.toString());
    }
    java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
    int exit = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
    assertThat(exit).as("javac %s:%n%s", args, diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(work.resolve("out.txt").toFile())
        .redirectError(work.resolve("err.txt").toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(process.exitValue(),
        Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8).lines()
            .collect(Collectors.joining("\n")));
  }
}
