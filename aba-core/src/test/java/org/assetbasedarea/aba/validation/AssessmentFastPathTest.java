package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.assetbasedarea.aba.testing.AssessmentMutations.Kind;
import org.assetbasedarea.aba.testing.AssessmentMutations.Mutation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's fast path for assessments: it must never call an assessment valid that a plain
 * Jakarta Validator finds an issue in, must accept the valid ones (or it buys nothing), and must
 * mirror exactly the constraints the model declares.
 */
class AssessmentFastPathTest {
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

  static Stream<Long> seeds() {
    return LongStream.range(0, 20).mapToObj(i -> AssessmentGenerator.BASE_SEED + 31 * i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isCertainlyValid_generatedValidAssessment_isTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      Assessment assessment = AssessmentGenerator.validAssessment(random);
      assertThat(plain.validate(assessment)).as("seed %d, case %d (plain)", seed, i).isEmpty();
      assertThat(AssessmentFastPath.isCertainlyValid(assessment, FrameworkRegistry.builtIn()))
          .as("seed %d, case %d", seed, i).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isCertainlyValid_everySingleMutation_isFalse(long seed) {
    Random random = new Random(seed);
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < 20; i++) {
        Mutation mutation = AssessmentMutations.mutate(random, kind);
        assertThat(plain.validate(mutation.assessment())).as("seed %d: %s (plain)", seed, mutation)
            .isNotEmpty();
        assertThat(AssessmentFastPath.isCertainlyValid(mutation.assessment(),
            FrameworkRegistry.builtIn())).as("seed %d, case %d: %s", seed, i, mutation).isFalse();
      }
    }
  }

  @Test
  void isCertainlyValid_limitsAtTheirEdges_agreeWithPlainValidator() {
    Assessment base = AssessmentGenerator.completeAssessment(new Random(7));
    List<Assessment> cases = new ArrayList<>();
    for (int length : new int[] {199, 200, 201}) {
      cases.add(Assessment.builder().from(base).area(Area.of("E08000035", "a".repeat(length))).build());
    }
    for (int length : new int[] {1999, 2000, 2001}) {
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(List.of(Evidence.of(EvidenceKind.PROCESSES, "b".repeat(length)))).build()));
    }
    for (int length : new int[] {3999, 4000, 4001}) {
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .rationale("c".repeat(length)).build()));
    }
    String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
    for (int length : new int[] {199, 200, 201}) {
      cases.add(Assessment.builder().from(base).area(Area.of("E08000035", emoji.repeat(length))).build());
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(List.of(Evidence.of(EvidenceKind.PROCESSES, emoji.repeat(length * 10)))).build()));
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .rationale(emoji.repeat(length * 20)).build()));
    }
    for (int items : new int[] {49, 50, 51}) {
      List<Evidence> evidence = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        evidence.add(Evidence.of(EvidenceKind.PARTNERS, "item " + i));
      }
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(evidence).build()));
    }
    for (int rating : new int[] {0, 1, 4, 5}) {
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .rating(rating).build()));
    }
    for (int count : new int[] {0, 1, Participant.MAX_COUNT, Participant.MAX_COUNT + 1}) {
      cases.add(Assessment.builder().from(base)
          .participants(List.of(Participant.of(org.assetbasedarea.aba.assessment.Role.CARER, count)))
          .build());
    }
    for (String text : new String[] {"\u00A0", "\u2003", " x ", "\u200B", "\uFEFF", "\u001F"}) {
      cases.add(Assessment.builder().from(base).area(Area.of("E08000035", text)).build());
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(List.of(Evidence.of(EvidenceKind.PROCESSES, text))).build()));
    }
    for (String uri : new String[] {"HTTPS://EXAMPLE.ORG/x", "http://example.org", "http://a.b:8080/",
        "http://under_score.example/x", "https:relative", "HtTp://h/"}) {
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(List.of(Evidence.of(EvidenceKind.PROCESSES, "s", URI.create(uri)))).build()));
    }
    for (String approach : new String[] {"shared-lives", "time-banking", "no-such-approach", "",
        "Shared-Lives", "share-power"}) {
      cases.add(withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
          .evidence(List.of(Evidence.builder().kind(EvidenceKind.PARTNERS).summary("s")
              .approach(approach).build())).build()));
    }
    for (Assessment assessment : cases) {
      assertThat(AssessmentFastPath.isCertainlyValid(assessment, FrameworkRegistry.builtIn()))
          .as("%s", assessment)
          .isEqualTo(plain.validate(assessment).isEmpty());
    }
  }

  @Test
  void isCertainlyValid_approachWhenTheFrameworkHasNoCatalogue_isFalse() {
    Assessment base = AssessmentGenerator.completeAssessment(new Random(11));
    Assessment named = withFirstRating(base, Rating.builder().from(base.getRatings().get(0))
        .evidence(List.of(Evidence.builder().kind(EvidenceKind.PARTNERS).summary("s")
            .approach("shared-lives").build())).build());
    assertThat(AssessmentFastPath.isCertainlyValid(named, FrameworkRegistry.builtIn())).isTrue();
    assertThat(AssessmentFastPath.isCertainlyValid(named,
        FrameworkRegistry.of(org.assetbasedarea.aba.framework.Frameworks.aba2020()))).isFalse();
  }

  @Test
  void generatedValidAssessments_sometimesNameAnApproach() {
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    int named = 0;
    for (int i = 0; i < 200; i++) {
      for (Rating rating : AssessmentGenerator.validAssessment(random).getRatings()) {
        named += (int) rating.getEvidence().stream().filter(e -> e.getApproach().isPresent())
            .count();
      }
    }
    assertThat(named).isGreaterThan(50);
  }

  private static Assessment withFirstRating(Assessment base, Rating rating) {
    List<Rating> ratings = new ArrayList<>(base.getRatings());
    ratings.set(0, rating);
    return Assessment.builder().from(base).ratings(ratings).build();
  }

  /**
   * Every constraint the assessment types declare, as the metadata API lists it. When this test
   * fails, a constraint was added or changed: mirror it in {@link AssessmentFastPath}, then update
   * the expected inventory here.
   */
  @Test
  void constraintInventory_isExactlyWhatTheFastPathMirrors() {
    Map<String, SortedSet<String>> inventory = new TreeMap<>();
    for (Class<?> type : List.of(Assessment.class, Area.class, Participant.class, Rating.class,
        Evidence.class)) {
      BeanDescriptor bean = plain.getConstraintsForClass(type);
      for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
        add(inventory, type.getSimpleName(), constraint);
      }
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        String where = type.getSimpleName() + "." + property.getPropertyName();
        if (property.isCascaded()) {
          inventory.computeIfAbsent(where, k -> new TreeSet<>()).add("@Valid");
        }
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
          add(inventory, where, constraint);
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
          String elementWhere = where + "<>";
          if (element.isCascaded()) {
            inventory.computeIfAbsent(elementWhere, k -> new TreeSet<>()).add("@Valid");
          }
          for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
            add(inventory, elementWhere, constraint);
          }
        }
      }
    }
    assertThat(inventory.toString()).isEqualTo("{"
        + "Area.name=[MaxChars(value=200), PlainText, VisibleText], "
        + "Assessment=[ConsistentAssessment], "
        + "Assessment.area=[@Valid], "
        + "Assessment.participants<>=[@Valid], "
        + "Assessment.ratings<>=[@Valid], "
        + "Evidence.source<>=[WebUri], "
        + "Evidence.summary=[MaxChars(value=2000), PlainText, VisibleText], "
        + "Participant.count=[Max(value=100000), Min(value=1)], "
        + "Rating.evidence=[Size(max=50,min=0)], "
        + "Rating.evidence<>=[@Valid], "
        + "Rating.rating=[Max(value=4), Min(value=1)], "
        + "Rating.rationale<>=[MaxChars(value=4000), PlainText]"
        + "}");
  }

  private static void add(Map<String, SortedSet<String>> inventory, String where,
      ConstraintDescriptor<?> constraint) {
    Map<String, Object> attributes = new TreeMap<>(constraint.getAttributes());
    attributes.keySet().removeAll(List.of("message", "groups", "payload"));
    StringBuilder text = new StringBuilder(constraint.getAnnotation().annotationType().getSimpleName());
    if (!attributes.isEmpty()) {
      text.append('(');
      attributes.forEach((key, value) -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ",")
          .append(key).append('=').append(value));
      text.append(')');
    }
    inventory.computeIfAbsent(where, k -> new TreeSet<>()).add(text.toString());
  }
}
