package org.assetbasedarea.aba.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.cli.Aba;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.NdjsonReader;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3, a researcher's national batch: assessments per second through the streaming NDJSON
 * reader and the scorer on one thread, 1,000 typical assessments per operation read from a
 * generated stream ({@link NdjsonLines}). The baseline is Jackson 3 reading the same stream as a
 * sequence of trees. Peak heap for a million lines is measured by {@link NdjsonHeap}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx128m")
@OperationsPerInvocation(NdjsonBenchmark.LINES)
public class NdjsonBenchmark {
  /** Lines per operation batch. */
  static final int LINES = 1000;

  private final ObjectReader trees = JsonMapper.builder().build().readerFor(JsonNode.class);
  private final AbaJson json = AbaJson.standard();
  private final Scorer scorer = Scorer.standard();

  /** Creates the benchmark state; JMH calls this. */
  public NdjsonBenchmark() {}

  /**
   * The floor: Jackson 3 reading each line as a tree.
   *
   * @param blackhole sinks the trees
   */
  @Benchmark
  public void baseline_jacksonReadTreePerLine(Blackhole blackhole) {
    try (MappingIterator<JsonNode> values = trees.readValues(new NdjsonLines(LINES))) {
      while (values.hasNext()) {
        blackhole.consume(values.next());
      }
    }
  }

  /**
   * Read (strict, validated) and score each line.
   *
   * @param blackhole sinks the reports
   * @throws IOException never (the stream is in memory)
   */
  @Benchmark
  public void readScore(Blackhole blackhole) throws IOException {
    try (NdjsonReader<Assessment> lines = json.readLines(new NdjsonLines(LINES),
        DocumentType.ASSESSMENT)) {
      while (lines.hasNext()) {
        blackhole.consume(scorer.score(lines.next().getResult().getDocument().orElseThrow()));
      }
    }
  }

  /**
   * Read, score and write each report as a line, as {@code aba score --ndjson} does.
   *
   * @throws IOException never (the streams are in memory)
   */
  @Benchmark
  public void readScoreWrite() throws IOException {
    OutputStream out = OutputStream.nullOutputStream();
    try (NdjsonReader<Assessment> lines = json.readLines(new NdjsonLines(LINES),
        DocumentType.ASSESSMENT)) {
      run(json, scorer, lines, out);
    }
  }

  /**
   * Exactly {@code aba score --ndjson --no-progress -} (on every processor), in-process: the
   * command's own code, from standard input to a null standard output.
   */
  @Benchmark
  public void cliScoreNdjson() {
    int code = Aba.run(new NdjsonLines(LINES), OutputStream.nullOutputStream(),
        OutputStream.nullOutputStream(), "score", "--ndjson", "--no-progress", "-");
    if (code != 0) {
      throw new IllegalStateException("aba score --ndjson exited " + code);
    }
  }

  /**
   * The batch loop shared with {@link NdjsonHeap}.
   *
   * @return how many lines were valid
   */
  static long run(AbaJson json, Scorer scorer, Iterator<NdjsonReader.Line<Assessment>> lines,
      OutputStream out) throws IOException {
    long valid = 0;
    while (lines.hasNext()) {
      NdjsonReader.Line<Assessment> line = lines.next();
      if (line.getResult().isValid()) {
        ScoreReport report = scorer.score(line.getResult().getDocument().orElseThrow());
        json.write(report, out);
        out.write('\n');
        valid++;
      } else {
        throw new IllegalStateException("generated line " + line.getNumber() + " is invalid: "
            + line.getResult().getIssues());
      }
    }
    return valid;
  }
}
