package org.assetbasedarea.aba.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 4, outcome aggregation: person-level answers per second into an area's indicators
 * ({@link Indicators#compute}), for 10,000 people. The baseline reads every answer of every person
 * once and sums them: the floor for any computation over the same objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@OperationsPerInvocation(OutcomesBenchmark.PEOPLE)
public class OutcomesBenchmark {
  /** How many people answered, per operation batch. */
  static final int PEOPLE = 10_000;

  private final Framework framework = Frameworks.aba2020();
  private OutcomeData data = Documents.outcomeData(1, 1);
  private OutcomeData weighted = data;
  private List<PersonResponse> responses = List.of();

  /** Creates the benchmark state; JMH calls this. */
  public OutcomesBenchmark() {}

  /** Builds the outcome data once per trial and checks that it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    data = Documents.outcomeData(20261125L, PEOPLE);
    responses = data.getResponses();
    java.util.Random random = new java.util.Random(7);
    List<PersonResponse> withWeights = new java.util.ArrayList<>(responses.size());
    for (PersonResponse response : responses) {
      withWeights.add(PersonResponse.builder().from(response)
          .weight(0.2 + 4.8 * random.nextDouble()).build());
    }
    weighted = OutcomeData.builder().from(data).responses(withWeights).build();
    List<Issue> issues = new java.util.ArrayList<>(AbaValidator.shared().validate(data));
    issues.addAll(AbaValidator.shared().validate(weighted));
    if (!issues.isEmpty()) {
      throw new IllegalStateException("benchmark outcome data are invalid: " + issues);
    }
  }

  /**
   * The floor: touches every answer of every person once.
   *
   * @return the sum of all answers
   */
  @Benchmark
  public long baseline_sumEveryAnswer() {
    long sum = 0;
    for (PersonResponse response : responses) {
      if (response.getOns4().isPresent()) {
        Ons4Answers ons4 = response.getOns4().get();
        sum += ons4.getLifeSatisfaction().orElse(0) + ons4.getWorthwhile().orElse(0)
            + ons4.getHappiness().orElse(0) + ons4.getAnxiety().orElse(0);
      }
      if (response.getLoneliness().isPresent()) {
        LonelinessAnswers loneliness = response.getLoneliness().get();
        sum += loneliness.getDirect().map(Enum::ordinal).orElse(0)
            + loneliness.getLackCompanionship().orElse(0) + loneliness.getLeftOut().orElse(0)
            + loneliness.getIsolated().orElse(0);
      }
      if (response.getAscof().isPresent()) {
        AscofAnswers ascof = response.getAscof().get();
        sum += ascof.getControl().orElse(0) + ascof.getPersonalCare().orElse(0)
            + ascof.getFoodAndDrink().orElse(0) + ascof.getAccommodation().orElse(0)
            + ascof.getSafety().orElse(0) + ascof.getSocialContact().orElse(0)
            + ascof.getOccupation().orElse(0) + ascof.getDignity().orElse(0);
      }
    }
    return sum;
  }

  /**
   * Computes every indicator of {@code aba-2020} from the answers (with the consistency checks
   * {@code compute} runs itself).
   *
   * @return the report
   */
  @Benchmark
  public OutcomeReport compute() {
    return Indicators.compute(data, framework);
  }

  /**
   * The same people with survey weights (0.2 to 5): weighted shares and means, Kish effective
   * sample sizes.
   *
   * @return the report
   */
  @Benchmark
  public OutcomeReport computeWeighted() {
    return Indicators.compute(weighted, framework);
  }

  /**
   * What a service receiving outcome data does: validate with {@link AbaValidator}, then compute.
   *
   * @param blackhole sinks the issues
   * @return the report
   */
  @Benchmark
  public OutcomeReport validateAndCompute(Blackhole blackhole) {
    blackhole.consume(AbaValidator.shared().validate(data));
    return Indicators.compute(data, framework);
  }
}
