package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations.Kind;
import org.assetbasedarea.aba.testing.AssessmentMutations.Mutation;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain, default-configured Jakarta Validator (Hibernate Validator with Expressly's EL, as a
 * Spring Boot application has it) enforces every constraint of the model, at the same path as
 * {@link AbaValidator} reports it: a case system validating with its own Validator misses nothing
 * (Hibernate Validator only sees constraints on getX/isX accessors, hence the JavaBean-style
 * getters; see docs/foundation.md).
 */
class PlainJakartaValidatorTest {
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

  private static List<String> pointers(Assessment assessment) {
    Set<ConstraintViolation<Assessment>> violations = plain.validate(assessment);
    List<String> pointers = new ArrayList<>();
    for (ConstraintViolation<Assessment> violation : violations) {
      pointers.add(Pointers.fromPath(violation.getPropertyPath()));
    }
    pointers.sort(Pointers.DOCUMENT_ORDER);
    return pointers;
  }

  @Test
  void defaultFactory_usesExpressionLanguage_likeSpringBoot() {
    assertThat(factory.getMessageInterpolator().getClass().getName())
        .isEqualTo("org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator");
  }

  @Test
  void plainValidator_validAssessment_hasNoViolation() {
    assertThat(plain.validate(AbaValidatorTest.valid())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void plainValidator_eachMutationKind_isReportedAtTheSamePathAsAbaValidator(Kind kind) {
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(AssessmentGenerator.BASE_SEED + seed);
      Mutation mutation = AssessmentMutations.mutate(random, kind);
      assertThat(pointers(mutation.assessment()))
          .as("seed %d: %s", AssessmentGenerator.BASE_SEED + seed, mutation)
          .containsExactly(mutation.path());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5})
  void plainValidator_ratingOutOfRange_isAViolationAtRating(int value) {
    assertThat(pointers(AbaValidatorTest.withFirstRating(r -> r.rating(value))))
        .containsExactly("/ratings/0/rating");
  }

  @Test
  void plainValidator_textLimits_rejectOneOverAndAcceptTheLimit() {
    assertThat(pointers(AbaValidatorTest.withArea("a".repeat(201)))).containsExactly("/area/name");
    assertThat(pointers(AbaValidatorTest.withArea("a".repeat(200)))).isEmpty();
    assertThat(pointers(AbaValidatorTest.withFirstEvidence(e -> e.summary("s".repeat(2001)))))
        .containsExactly("/ratings/0/evidence/0/summary");
    assertThat(pointers(AbaValidatorTest.withFirstEvidence(e -> e.summary("s".repeat(2000)))))
        .isEmpty();
    assertThat(pointers(AbaValidatorTest.withFirstRating(r -> r.rationale("r".repeat(4001)))))
        .containsExactly("/ratings/0/rationale");
    assertThat(pointers(AbaValidatorTest.withFirstRating(r -> r.rationale("r".repeat(4000)))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mailto:a@example.org", "ftp://example.org/x", "relative/x", "http:///x"})
  void plainValidator_badSource_isAViolationAtSource(String uri) {
    assertThat(pointers(AbaValidatorTest.withFirstEvidence(e -> e.source(URI.create(uri)))))
        .containsExactly("/ratings/0/evidence/0/source");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "{value}", "\\", "#{1+1}", "${validatedValue}", "{max}"})
  void plainValidator_hostileText_messagesStayLiteralUnderExpressionLanguage(String hostile) {
    Assessment assessment = Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", hostile))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addParticipants(Participant.of(Role.CARER, 1), Participant.of(Role.CARER, 0))
        .addRatings(
            Rating.builder().action(hostile).rating(0).rationale(hostile)
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, hostile)).build(),
            Rating.builder().action("share-power").rating(2).rationale(hostile + "r".repeat(4000))
                .build(),
            Rating.of("share-power", 2))
        .build();
    assertThat(plain.validate(assessment))
        .extracting(v -> Pointers.fromPath(v.getPropertyPath()), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("/participants/1/role", "appears more than once; list each role once with its count"),
            tuple("/participants/1/count", "must be from 1 to 100000"),
            tuple("/ratings/0/action", "is not an action of framework 'aba-2020'"),
            tuple("/ratings/0/rating", "must be from 1 (not yet) to 4 (embedded)"),
            tuple("/ratings/1/rationale", "must be at most 4000 characters"),
            tuple("/ratings/2/action", "is rated more than once; an action takes at most one rating"));
  }

  @Test
  void plainValidator_manyDuplicateRoles_stopsAtTheCapWithOneTooManyIssues() {
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      participants.add(Participant.of(Role.CARER, 1));
    }
    Assessment assessment = Assessment.builder().from(AbaValidatorTest.valid())
        .participants(participants).build();
    Set<ConstraintViolation<Assessment>> violations = plain.validate(assessment);
    assertThat(violations).hasSizeLessThanOrEqualTo(Issue.MAX_PER_DOCUMENT + 1);
    assertThat(violations).filteredOn(v -> Pointers.fromPath(v.getPropertyPath()).isEmpty())
        .singleElement().extracting(ConstraintViolation::getMessage)
        .isEqualTo("and 1,999 more issues were found");
  }

  @Test
  void plainValidator_manyUnknownIndicators_stopsAtTheCapWithOneTooManyIssues() {
    List<ShareFigure> shares = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      shares.add(ShareFigure.of("no-such-indicator", 1, 2));
    }
    OutcomeData data = OutcomeData.builder()
        .from(OutcomeGenerator.validOutcomeData(new Random(AssessmentGenerator.BASE_SEED), 0))
        .shares(shares).build();
    Set<ConstraintViolation<OutcomeData>> violations = plain.validate(data);
    assertThat(violations).hasSizeLessThanOrEqualTo(Issue.MAX_PER_DOCUMENT + 1);
    assertThat(violations).filteredOn(v -> Pointers.fromPath(v.getPropertyPath()).isEmpty())
        .singleElement().extracting(ConstraintViolation::getMessage)
        .asString().endsWith("more issues were found");
  }

  @Test
  void plainValidator_unknownFramework_messageIsInterpolatedLiterally() {
    Assessment assessment = Assessment.builder().from(AbaValidatorTest.valid())
        .framework("${'x'}").build();
    assertThat(plain.validate(assessment)).singleElement().satisfies(violation -> {
      assertThat(Pointers.fromPath(violation.getPropertyPath())).isEqualTo("/framework");
      assertThat(violation.getMessage())
          .isEqualTo("names a framework that is not known (known: aba-2020)");
    });
  }
}
