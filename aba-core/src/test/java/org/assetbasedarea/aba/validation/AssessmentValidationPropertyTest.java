package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations.Kind;
import org.assetbasedarea.aba.testing.AssessmentMutations.Mutation;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over seeded generators: every generated valid assessment validates clean, and
 * every single mutation into an invalid one is reported with exactly the expected path and code
 * and nothing else. Each case names its seed; replay one with {@code new Random(seed)}.
 */
class AssessmentValidationPropertyTest {
  private static final int VALID_PER_SEED = 100;
  private static final int MUTATIONS_PER_KIND_PER_SEED = 12;

  private static ValidatorFactory factory;
  private static Validator plain;

  @BeforeAll
  static void buildDefaultValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    plain = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  /** A fixed list of 20 seeds. */
  static Stream<Long> seeds() {
    return LongStream.range(0, 20).mapToObj(i -> AssessmentGenerator.BASE_SEED + i * 7919);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedValidAssessment_validatesClean_withSharedAndPlainValidators(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < VALID_PER_SEED; i++) {
      Assessment assessment = AssessmentGenerator.validAssessment(random);
      assertThat(AbaValidator.shared().validate(assessment))
          .as("seed %d, case %d", seed, i).isEmpty();
      assertThat(plain.validate(assessment)).as("seed %d, case %d (plain)", seed, i).isEmpty();
    }
    Assessment complete = AssessmentGenerator.completeAssessment(random);
    assertThat(complete.getRatings()).hasSize(10);
    assertThat(AbaValidator.shared().validate(complete)).as("seed %d, complete", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void singleMutation_isReportedWithExactlyTheExpectedPathAndCode(long seed) {
    Random random = new Random(seed);
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < MUTATIONS_PER_KIND_PER_SEED; i++) {
        Mutation mutation = AssessmentMutations.mutate(random, kind);
        List<Issue> issues = AbaValidator.shared().validate(mutation.assessment());
        assertThat(issues).as("seed %d, %s case %d: %s", seed, kind, i, mutation)
            .extracting(Issue::getPath, Issue::getCode)
            .containsExactly(tuple(mutation.path(), mutation.code()));
        assertThat(AbaValidator.shared().isValid(mutation.assessment())).isFalse();
        assertThat(plain.validate(mutation.assessment()))
            .as("seed %d, %s case %d (plain): %s", seed, kind, i, mutation)
            .extracting(v -> Pointers.fromPath(v.getPropertyPath()))
            .containsExactly(mutation.path());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyMutation_coversEveryKindAndIsAlwaysReportedAlone(long seed) {
    Random random = new Random(seed);
    Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
    for (int i = 0; i < 200; i++) {
      Mutation mutation = AssessmentMutations.any(random);
      seen.merge(mutation.kind(), 1, Integer::sum);
      assertThat(mutation.code()).isEqualTo(mutation.kind().getCode());
      assertThat(AbaValidator.shared().validate(mutation.assessment()))
          .as("seed %d, case %d: %s", seed, i, mutation)
          .extracting(Issue::getPath, Issue::getCode)
          .containsExactly(tuple(mutation.path(), mutation.code()));
    }
    assertThat(seen).as("seed %d", seed).containsOnlyKeys(Kind.values());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isValid_agreesWithValidate_onValidAndMutatedAssessments(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      Assessment assessment = random.nextBoolean()
          ? AssessmentGenerator.validAssessment(random)
          : AssessmentMutations.any(random).assessment();
      List<Issue> issues = AbaValidator.shared().validate(assessment);
      assertThat(AbaValidator.shared().isValid(assessment)).as("seed %d, case %d", seed, i)
          .isEqualTo(issues.isEmpty());
      Set<ConstraintViolation<Assessment>> violations = plain.validate(assessment);
      assertThat(violations).as("seed %d, case %d (plain)", seed, i).hasSize(issues.size());
    }
  }
}
