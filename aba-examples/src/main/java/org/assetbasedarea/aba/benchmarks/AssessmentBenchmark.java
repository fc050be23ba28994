package org.assetbasedarea.aba.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmarks 1 and 2: one typical assessment (ten ratings, two or three evidence items each, about
 * 5 KB of compact JSON) read, validated and scored as a case system does per request, and each
 * stage alone, against the floor of any JSON pipeline: a default Jackson 3 {@code readTree} of the
 * same bytes. Budget: {@code pipeline_readValidateScore} at most 3 times {@code
 * baseline_jacksonReadTree}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssessmentBenchmark {
  private final JsonMapper plainJackson = JsonMapper.builder().build();
  private final AbaJson json = AbaJson.standard();
  private final AbaValidator validator = AbaValidator.shared();
  private final Scorer scorer = Scorer.standard();
  private byte[] bytes = new byte[0];
  private Assessment assessment = Documents.typicalAssessment(1);
  private ScoreReport report = scorer.score(assessment);

  /** Creates the benchmark state; JMH calls this. */
  public AssessmentBenchmark() {}

  /** Builds the document once per trial and checks that the pipeline accepts it. */
  @Setup(Level.Trial)
  public void setUp() {
    assessment = Documents.typicalAssessment(20261125L);
    bytes = json.write(assessment);
    ReadResult<Assessment> read = json.read(bytes, DocumentType.ASSESSMENT);
    if (!read.isValid() || !read.getDocument().orElseThrow().equals(assessment)) {
      throw new IllegalStateException("benchmark assessment does not round-trip: " + read);
    }
    report = scorer.score(assessment);
    System.out.println("\n[typical assessment: " + bytes.length + " bytes of JSON, report "
        + json.write(report).length + " bytes]");
  }

  /**
   * The floor: Jackson 3 {@code readTree} of the same bytes, default configuration.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode baseline_jacksonReadTree() {
    return plainJackson.readTree(bytes);
  }

  /**
   * Benchmark 1: what a case system pays per request to read, check and score one assessment.
   *
   * @return the report
   */
  @Benchmark
  public ScoreReport pipeline_readValidateScore() {
    ReadResult<Assessment> read = json.read(bytes, DocumentType.ASSESSMENT);
    return scorer.score(read.getDocument().orElseThrow());
  }

  /**
   * Benchmark 1 with the report written back as JSON, as a service answering with it does.
   *
   * @return the report's JSON
   */
  @Benchmark
  public byte[] pipeline_readValidateScoreWrite() {
    ReadResult<Assessment> read = json.read(bytes, DocumentType.ASSESSMENT);
    return json.write(scorer.score(read.getDocument().orElseThrow()));
  }

  /**
   * Stage: the whole strict read ({@link AbaJson#read(byte[], DocumentType)}): parse with
   * locations and limits, check the published schema, bind, validate.
   *
   * @return the read result
   */
  @Benchmark
  public ReadResult<Assessment> stage_read() {
    return json.read(bytes, DocumentType.ASSESSMENT);
  }

  /**
   * Stage: binding through {@code AbaJson.mapper()}, that is through {@code AbaModule} as a
   * caller's own mapper binds: the caller's parse, the copy of the tokens, and the structural
   * read of the copy (located parse, schema, bind; no validation). Before the strict-contract
   * round this stage was the strict mapper's plain bind, with no schema check.
   *
   * @return the bound assessment
   */
  @Benchmark
  public Assessment stage_bindThroughModule() {
    return json.mapper().readValue(bytes, Assessment.class);
  }

  /**
   * Stage: every Jakarta constraint and cross-field rule on a bound assessment.
   *
   * @return the issues (none)
   */
  @Benchmark
  public List<Issue> stage_validate() {
    return validator.validate(assessment);
  }

  /**
   * Stage: {@code aba-score-1} on a valid assessment.
   *
   * @return the report
   */
  @Benchmark
  public ScoreReport stage_score() {
    return scorer.score(assessment);
  }

  /**
   * Stage: write the score report as compact JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] stage_writeReport() {
    return json.write(report);
  }
}
