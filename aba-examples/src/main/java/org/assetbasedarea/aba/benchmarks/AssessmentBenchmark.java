package org.assetbasedarea.aba.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.assetbasedarea.aba.validation.Issue;
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

/**
 * Benchmarks 1 and 2: one typical assessment (ten ratings, two or three evidence items each) read,
 * validated and scored as a case system does per request, and each stage alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssessmentBenchmark {
  private final AbaValidator validator = AbaValidator.shared();
  private final Scorer scorer = Scorer.standard();
  private Assessment assessment = Documents.typicalAssessment(1);

  /** Creates the benchmark state; JMH calls this. */
  public AssessmentBenchmark() {}

  /** Builds the document once per trial and checks that it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    assessment = Documents.typicalAssessment(20261125L);
    List<Issue> issues = validator.validate(assessment);
    if (!issues.isEmpty()) {
      throw new IllegalStateException("benchmark assessment is invalid: " + issues);
    }
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
}
