package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.benchmarks.NdjsonLines;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --ndjson} on worker threads, writing bytes, against the sequential path it replaced
 * (kept below as {@link #oldScoreNdjson}, the command's loop before issue 16, writing each report
 * as a string through the tool's writer): the same standard output byte for byte, the same
 * standard error and exit code, on generated, mutated, broken, blank, over-long, non-UTF-8 and
 * hostile lines, with 1 and with several threads.
 */
class NdjsonScoreEquivalenceTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final byte[] TYPICAL = typical(8);

  @TempDir Path dir;

  /** The first {@code count} lines of the benchmarks' generated stream. */
  private static byte[] typical(int count) {
    try (InputStream in = new NdjsonLines(count)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text a terminal would act on, as raw UTF-8 and as JSON escapes. */
  private static final String[] HOSTILE = {
    "\u001b[31mred\u001b[0m", "\u202eevil\u202c", "a\u2028b\u2029c", "del\u007f", "c1\u0085\u009b",
    "\u2066iso\u2069", "tab\tnew\nline", "emoji \uD83D\uDE00", "\u00e9\u00fc"
  };

  /** One line of NDJSON input (without its line end), of a randomly chosen kind. */
  static byte[] line(Random random) {
    int kind = random.nextInt(14);
    switch (kind) {
      case 0:
      case 1:
      case 2:
        return JSON.write(AssessmentGenerator.validAssessment(random));
      case 3: {
        String[] typical = new String(TYPICAL, StandardCharsets.UTF_8).split("\n");
        return typical[random.nextInt(typical.length)].getBytes(StandardCharsets.UTF_8);
      }
      case 4:
        return JSON.write(AssessmentMutations.any(random).assessment());
      case 5: { // hostile text in the area name: raw (may be invalid) or escaped
        String valid = JSON.writeString(AssessmentGenerator.validAssessment(random));
        String hostile = HOSTILE[random.nextInt(HOSTILE.length)];
        String replacement = random.nextBoolean() ? hostile.replace("\n", "\\n").replace("\t", "\\t")
            : JSON.mapper().writeValueAsString(hostile).replaceAll("^\"|\"$", "");
        return valid.replaceFirst("\"name\":\"[^\"]*\"",
            java.util.regex.Matcher.quoteReplacement("\"name\":\"" + replacement + "\""))
            .getBytes(StandardCharsets.UTF_8);
      }
      case 6: { // cut short
        byte[] valid = JSON.write(AssessmentGenerator.validAssessment(random));
        return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
      }
      case 7: // blank
        return " \t ".substring(random.nextInt(3)).getBytes(StandardCharsets.UTF_8);
      case 8: { // a byte that is not UTF-8, or an escaped lone surrogate
        byte[] valid = JSON.write(AssessmentGenerator.validAssessment(random));
        String text = new String(valid, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"name\":\"") + 8;
        String bad = random.nextBoolean() ? "\u00ff\u00c0\u0080" : "\\ud800x";
        return (text.substring(0, at) + bad + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
      }
      case 9: // a bare return inside, then garbage
        return ("{\"schemaVersion\":1,\r\"x\":" + random.nextInt() + "\r,}").getBytes(StandardCharsets.UTF_8);
      case 10: // a document of another kind, and a scalar
        return random.nextBoolean() ? "{\"groupings\":[]}".getBytes(StandardCharsets.UTF_8)
            : "42".getBytes(StandardCharsets.UTF_8);
      case 11: { // random bytes
        byte[] garbage = new byte[random.nextInt(200)];
        random.nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
          if (garbage[i] == '\n' || garbage[i] == '\r') {
            garbage[i] = ' ';
          }
        }
        return garbage;
      }
      case 12: { // one byte of a valid line changed
        byte[] valid = JSON.write(AssessmentGenerator.validAssessment(random));
        int at = random.nextInt(valid.length);
        valid[at] = (byte) "{}[]\",:0a \\".charAt(random.nextInt(11));
        return valid;
      }
      default: // a real assessment with its report's hostile and non-ASCII text
        return JSON.write(AssessmentGenerator.completeAssessment(random));
    }
  }

  /** A whole input: lines with LF or CRLF ends, sometimes a BOM, sometimes no final line end. */
  static byte[] input(Random random, int lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    }
    for (int i = 0; i < lines; i++) {
      out.writeBytes(line(random));
      if (i < lines - 1 || random.nextBoolean()) {
        out.writeBytes(random.nextInt(5) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      }
    }
    return out.toByteArray();
  }

  /** What a run printed: standard output's bytes, standard error, the exit code. */
  static final class Run {
    private final byte[] out;
    private final String err;
    private final int code;

    Run(byte[] out, String err, int code) {
      this.out = out;
      this.err = err;
      this.code = code;
    }

    byte[] out() {
      return out.clone();
    }

    String err() {
      return err;
    }

    int code() {
      return code;
    }

    String text() {
      return "exit " + code + "\n--- stdout\n" + new String(out, StandardCharsets.UTF_8)
          + "--- stderr\n" + err;
    }
  }

  /** The tool as {@code main} runs it: its writer and its byte stream over one standard output. */
  static Run newRun(Supplier<Documents> documents, InputStream stdin, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    int code = Aba.execute(new Aba(stdin, false, documents).withStdout(bytes), out,
        new PrintWriter(err), args);
    return new Run(bytes.toByteArray(), err.toString(), code);
  }

  /** The tool in-process with writers only (as the other tests run it), output encoded after. */
  static Run writerRun(Supplier<Documents> documents, InputStream stdin, String... args) {
    Cli run = Cli.run(documents, stdin, false, args);
    return new Run(run.out.getBytes(StandardCharsets.UTF_8), run.err, run.code);
  }

  /**
   * {@code aba score --ndjson INPUT...} as it was before issue 16 (ScoreCommand's loop with
   * {@code ndjson} true, no progress bar), through the tool's writers as {@code main} made them.
   * A bug is answered as {@link Aba#execute} answers it (its first line only).
   */
  static Run oldRun(Supplier<Documents> factory, InputStream stdin, List<String> inputs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    StringWriter errText = new StringWriter();
    PrintWriter err = new PrintWriter(errText);
    int code;
    try {
      code = oldScoreNdjson(factory.get(), Scorer.standard(), stdin, inputs, out, err);
    } catch (RuntimeException | Error e) {
      out.flush();
      err.println("aba score: internal error: " + TextFormat.safe(e.toString()));
      code = Aba.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    return new Run(bytes.toByteArray(), errText.toString(), code);
  }

  private static int oldScoreNdjson(Documents documents, Scorer scorer, InputStream stdin,
      List<String> inputs, PrintWriter out, PrintWriter err) {
    List<Sources.Source> sources = Sources.expand(inputs.isEmpty() ? List.of("-") : inputs, true);
    long read = 0;
    long invalid = 0;
    try (InputDocuments items = new InputDocuments(documents, stdin, sources)) {
      while (items.hasNext()) {
        InputDocuments.Item item = items.next();
        Loaded<Documents.Document> result = item.result();
        read++;
        if (result == null) {
          out.flush();
          err.println("aba score: " + TextFormat.safe(item.problemMessage()));
          invalid++;
          continue;
        }
        List<Issue> issues = result.issues();
        if (result.isValid() && result.document().orElseThrow().kind() != Documents.Kind.ASSESSMENT) {
          out.flush();
          err.println("aba score: " + TextFormat.safe(item.where()) + ": is "
              + result.document().orElseThrow().kind().phrase() + ", not an assessment");
          invalid++;
        } else if (!result.isValid()) {
          invalid++;
          out.println(documents.invalidLine(item.source().name(), item.line(), issues));
        } else {
          ScoreReport report = scorer.score((Assessment) result.document().orElseThrow().value());
          out.println(documents.write(report));
        }
      }
    }
    out.flush();
    if (invalid > 0) {
      boolean lines = sources.stream().allMatch(Sources.Source::lines);
      err.println("aba score: " + invalid + " of " + read + " " + (lines ? "line" : "input")
          + (read == 1 ? " is" : "s are") + " not valid assessments");
      return 1;
    }
    return 0;
  }

  private static List<String> args(List<String> inputs, @Nullable Integer threads) {
    List<String> args = new ArrayList<>(List.of("score", "--ndjson", "--no-progress"));
    if (threads != null) {
      args.add("--threads");
      args.add(String.valueOf(threads));
    }
    args.addAll(inputs);
    return args;
  }

  /** Runs old and new (1, 2, 3 threads and the default) over the same input and compares. */
  private void assertSame(Supplier<Documents> documents, Supplier<InputStream> stdin,
      List<String> inputs, String what) {
    Run old = oldRun(documents, stdin.get(), inputs);
    for (Integer threads : new Integer[] {1, 2, 3, null}) {
      String[] args = args(inputs, threads).toArray(String[]::new);
      Run now = newRun(documents, stdin.get(), args);
      String label = what + " with --threads " + threads;
      assertThat(now.code()).as(label + "\n" + now.text()).isEqualTo(old.code());
      assertThat(firstLines(now.err())).as(label).isEqualTo(firstLines(old.err()));
      assertThat(now.out()).as(label + ": standard output byte for byte").isEqualTo(old.out());
      Run writers = writerRun(documents, stdin.get(), args);
      assertThat(writers.out()).as(label + " (writers only)").isEqualTo(old.out());
      assertThat(writers.code()).isEqualTo(old.code());
    }
  }

  /** Standard error without a bug's stack trace (whose frames name the thread's code). */
  private static String firstLines(String err) {
    return err.lines().filter(line -> !line.startsWith("\t") && !line.startsWith("Caused by"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void generatedMutatedAndHostileLines_giveTheSameBytesAsTheSequentialPath() {
    for (int seed = 0; seed < 12; seed++) {
      Random random = new Random(160_000L + seed);
      byte[] input = input(random, 1 + random.nextInt(seed < 3 ? 3 : 150));
      assertSame(JsonDocuments::new, () -> new ByteArrayInputStream(input), List.of(),
          "seed " + seed);
    }
  }

  @Test
  void validLinesOnly_exitZero_andTheSameBytes() {
    byte[] input = typical(300);
    assertSame(JsonDocuments::new, () -> new ByteArrayInputStream(input), List.of(), "typical");
    assertThat(oldRun(JsonDocuments::new, new ByteArrayInputStream(input), List.of()).code())
        .isZero();
  }

  @Test
  void emptyAndBlankInputs_andOneLine() {
    for (String text : new String[] {"", "\n", " \t\r\n\n", "{}", "{}\n"}) {
      byte[] input = text.getBytes(StandardCharsets.UTF_8);
      assertSame(JsonDocuments::new, () -> new ByteArrayInputStream(input), List.of(),
          "input " + text.replace("\n", "\\n"));
    }
  }

  /** A line over the 8 MiB limit ends the reading, in its turn, after the lines before it. */
  @Test
  void lineOverTheLimit_endsTheReading_theSameWay() {
    Random random = new Random(16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(input(random, 40));
    out.write('\n');
    out.writeBytes(("[" + "1,".repeat(4_300_000) + "1]\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(input(random, 5));
    byte[] input = out.toByteArray();
    assertSame(JsonDocuments::new, () -> new ByteArrayInputStream(input), List.of(), "over-long");
  }

  /** Standard input that fails midway: every line before it is answered, then the message. */
  @Test
  void streamFailingMidway_answersTheLinesBefore_thenSaysSo() {
    Random random = new Random(1616);
    byte[] input = input(random, 120);
    for (int cut : new int[] {0, 1, input.length / 3, input.length - 1}) {
      Supplier<InputStream> failing = () -> new InputStream() {
        private int position;

        @Override
        public int read() throws IOException {
          if (position >= cut) {
            throw new IOException("device went away");
          }
          return input[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (position >= cut) {
            throw new IOException("device went away");
          }
          int n = Math.min(len, Math.min(cut - position, 997));
          System.arraycopy(input, position, b, off, n);
          position += n;
          return n;
        }
      };
      assertSame(JsonDocuments::new, failing, List.of(), "cut at " + cut);
      assertThat(newRun(JsonDocuments::new, failing.get(), "score", "--ndjson", "-").err())
          .contains("cannot be read");
    }
  }

  /** Several inputs: NDJSON files, a whole JSON file, a plan, a missing file, a folder. */
  @Test
  void severalFilesAndFolders_theSameBytes() throws IOException {
    Random random = new Random(99);
    Files.write(dir.resolve("a.ndjson"), input(random, 60));
    Files.createDirectories(dir.resolve("folder"));
    Files.write(dir.resolve("folder/b.ndjson"), input(random, 30));
    Files.write(dir.resolve("folder/c.json"), JSON.write(AssessmentGenerator.validAssessment(random)));
    Files.writeString(dir.resolve("folder/plan.json"), "{\"schemaVersion\":1,\"goals\":[]}");
    Files.write(dir.resolve("d.json"), input(random, 3));
    List<String> inputs = List.of(dir.resolve("a.ndjson").toString(), dir.resolve("folder").toString(),
        dir.resolve("missing.ndjson").toString(), dir.resolve("d.json").toString(), "-");
    byte[] stdin = input(random, 20);
    assertSame(JsonDocuments::new, () -> new ByteArrayInputStream(stdin), inputs, "files");
  }

  /**
   * A bug while scoring or writing a line (an exception from the tool's own code on a worker
   * thread) is the bug exit, 70, with its message, after exactly the lines before it; never an
   * invalid line. No worker thread is left behind.
   */
  @Test
  void bugOnAWorker_isTheBugExit_afterTheLinesBefore_andNoThreadIsLeft() throws Exception {
    byte[] input = typical(200);
    String boom = "3"; // the bug strikes the reports of areas whose code ends so
    List<String> typical = new String(input, StandardCharsets.UTF_8).lines().toList();
    int first = 0;
    while (!typical.get(first).matches(".*\"code\":\"E08\\d{5}" + boom + "\".*")) {
      first++;
    }
    assertThat(first).as("lines come before the first it strikes").isBetween(5, 150);
    for (Function<String, RuntimeException> bug : List.<Function<String, RuntimeException>>of(
        IllegalStateException::new, message -> new UnsupportedOperationException(message))) {
      Supplier<Documents> broken = () -> new Failing(new JsonDocuments(), boom, bug);
      Run old = oldRun(broken, new ByteArrayInputStream(input), List.of());
      assertThat(old.code()).isEqualTo(Aba.INTERNAL_ERROR);
      assertThat(new String(old.out(), StandardCharsets.UTF_8).lines()).hasSize(first);
      assertSame(broken, () -> new ByteArrayInputStream(input), List.of(), "bug");
      Run now = newRun(broken, new ByteArrayInputStream(input), "score", "--ndjson", "--threads", "2", "-");
      assertThat(now.err()).startsWith("aba score: internal error: " + bug.apply("bug in " + boom));
      assertThat(now.err()).doesNotContain("not valid");
    }
    assertNoWorkerLeft();
  }

  static void assertNoWorkerLeft() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("aba-ndjson-")) {
        thread.join(5_000);
        assertThat(thread.isAlive()).as(thread.getName() + " still runs").isFalse();
      }
    }
  }

  /** The tool's documents, with a bug: writing a report of an area whose code ends so throws. */
  private static final class Failing implements Documents {
    private final Documents documents;
    private final String name;
    private final Function<String, RuntimeException> bug;

    Failing(Documents documents, String name, Function<String, RuntimeException> bug) {
      this.documents = documents;
      this.name = name;
      this.bug = bug;
    }

    private Object check(Object document) {
      if (document instanceof ScoreReport report && report.getArea().getCode().toString().endsWith(name)) {
        throw bug.apply("bug in " + name);
      }
      return document;
    }

    @Override
    public Loaded<Document> read(byte[] json) {
      return documents.read(json);
    }

    @Override
    public <R> Lines<R> readAssessmentLines(InputStream in, int threads, Function<Line, R> work) {
      return documents.readAssessmentLines(in, threads, work);
    }

    @Override
    public String write(Object document) {
      return documents.write(check(document));
    }

    @Override
    public byte[] writeBytes(Object document) {
      return documents.writeBytes(check(document));
    }

    @Override
    public String writeObject(Map<String, ? extends @Nullable Object> object) {
      return documents.writeObject(object);
    }

    @Override
    public String writePretty(Object document) {
      return documents.writePretty(document);
    }

    @Override
    public String writePrettyObject(Map<String, ?> object) {
      return documents.writePrettyObject(object);
    }

    @Override
    public String invalidLine(String file, long line, List<Issue> issues) {
      return documents.invalidLine(file, line, issues);
    }

    @Override
    public String schema(String schema) {
      return documents.schema(schema);
    }

    @Override
    public Documents with(FrameworkRegistry registry) {
      return new Failing(documents.with(registry), name, bug);
    }
  }

  /** The byte form of safeJson agrees with the string form on every terminal control and more. */
  @Test
  void safeJsonBytes_agreesWithTheStringForm() {
    Random random = new Random(2028);
    int[] special = {0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x85, 0x9f, 0xa0,
        0xff, 0x2027, 0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x2065, 0x2066, 0x2069, 0x206a,
        0x1f600, 0xe9, 0x7ff, 0x800, 0xfffd};
    Set<String> changed = new java.util.HashSet<>();
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(random.nextInt(3) == 0 ? 'a' + random.nextInt(26)
            : special[random.nextInt(special.length)]);
      }
      String json = text.toString();
      byte[] expected = TextFormat.safeJson(json).getBytes(StandardCharsets.UTF_8);
      assertThat(TextFormat.safeJson(json.getBytes(StandardCharsets.UTF_8))).as(json)
          .isEqualTo(expected);
      if (!TextFormat.safeJson(json).equals(json)) {
        changed.add(json);
      }
    }
    assertThat(changed).as("the rounds did escape something").hasSizeGreaterThan(100);
  }
}
