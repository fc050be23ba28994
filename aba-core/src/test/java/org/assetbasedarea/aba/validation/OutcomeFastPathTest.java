package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.MethodType;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorCatalogue;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.ConsistentOutcomeData;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessFrequency;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.outcomes.TallyItem;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.testing.OutcomeMutations;
import org.assetbasedarea.aba.testing.OutcomeMutations.Kind;
import org.assetbasedarea.aba.testing.OutcomeMutations.Mutation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's fast path for outcome data: it must never call data valid that a plain Jakarta
 * Validator (or {@link AbaValidator}) finds an issue in, must accept the valid ones (or it buys
 * nothing), and must mirror exactly the constraints the model declares, at any depth, and the
 * class-level rules of {@link ConsistentOutcomeData}.
 */
class OutcomeFastPathTest {
  private static final FrameworkRegistry BUILT_IN = FrameworkRegistry.builtIn();
  private static final AbaValidator VALIDATOR = AbaValidator.shared();
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
    return LongStream.range(0, 300).mapToObj(i -> AssessmentGenerator.BASE_SEED + 31 * i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isCertainlyValid_generatedValidData_isTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 3; i++) {
      OutcomeData data = OutcomeGenerator.validOutcomeDataSometimesWeighted(random);
      assertThat(plain.validate(data)).as("seed %d, case %d (plain)", seed, i).isEmpty();
      assertThat(VALIDATOR.validateAll(data)).as("seed %d, case %d (AbaValidator)", seed, i)
          .isEmpty();
      assertThat(OutcomeFastPath.isCertainlyValid(data, BUILT_IN))
          .as("seed %d, case %d", seed, i).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isCertainlyValid_generatedDataWithTallies_isTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 3; i++) {
      OutcomeData data = OutcomeGenerator.moveToTallies(random,
          OutcomeGenerator.validOutcomeDataSometimesWeighted(random), i == 2);
      assertThat(plain.validate(data)).as("seed %d, case %d (plain)", seed, i).isEmpty();
      assertThat(VALIDATOR.validateAll(data)).as("seed %d, case %d (AbaValidator)", seed, i)
          .isEmpty();
      assertThat(OutcomeFastPath.isCertainlyValid(data, BUILT_IN))
          .as("seed %d, case %d", seed, i).isTrue();
    }
  }

  @Test
  void generator_weightsSomeDocuments_everyResponseFrom0point2To5() {
    int weighted = 0;
    for (long seed : seeds().toList()) {
      OutcomeData data = OutcomeGenerator.validOutcomeDataSometimesWeighted(new Random(seed));
      List<PersonResponse> responses = data.getResponses();
      if (!responses.isEmpty() && responses.get(0).getWeight().isPresent()) {
        weighted++;
        assertThat(responses).allSatisfy(
            r -> assertThat(r.getWeight().orElseThrow()).isBetween(0.2, 5.0));
      }
      // The unweighted draw of a seed is the document validOutcomeData gives for it.
      OutcomeData unweighted = OutcomeGenerator.validOutcomeData(new Random(seed));
      assertThat(data.getResponses()).hasSameSizeAs(unweighted.getResponses());
      assertThat(OutcomeData.builder().from(data).responses(unweighted.getResponses()).build())
          .isEqualTo(unweighted);
    }
    assertThat(weighted).isBetween(50, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isCertainlyValid_everySingleMutation_isFalse(long seed) {
    Random random = new Random(seed);
    for (Kind kind : Kind.values()) {
      Mutation mutation = OutcomeMutations.mutate(random, kind);
      OutcomeData data = mutation.data();
      assertThat(VALIDATOR.validate(data)).as("seed %d: %s", seed, mutation)
          .extracting(Issue::getPath, Issue::getCode)
          .containsExactly(tuple(mutation.path(), mutation.code()));
      assertThat(plain.validate(data)).as("seed %d: %s (plain)", seed, mutation)
          .extracting(v -> Pointers.fromPath(v.getPropertyPath()))
          .containsExactly(mutation.path());
      assertThat(OutcomeFastPath.isCertainlyValid(data, BUILT_IN))
          .as("seed %d: %s", seed, mutation).isFalse();
      assertThat(VALIDATOR.isValid(data)).as("seed %d: %s", seed, mutation).isFalse();
    }
  }

  @Test
  void isCertainlyValid_limitsAtTheirEdges_agreeWithPlainValidator() {
    OutcomeData base = OutcomeGenerator.validOutcomeData(new Random(11), 0);
    List<OutcomeData> cases = new ArrayList<>();
    String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
    for (String name : new String[] {"a".repeat(199), "a".repeat(200), "a".repeat(201),
        emoji.repeat(200), emoji.repeat(201), "\u00A0", "\u2003", " x ", "\u200B", "\uFEFF",
        "\u001F", "\t", "Leeds\u200E", "Leeds\u202A"}) {
      cases.add(OutcomeData.builder().from(base).area(Area.of("E08000035", name)).build());
    }
    LocalDate day = LocalDate.of(2025, 4, 1);
    for (int days : new int[] {-1, 0, 1}) {
      cases.add(OutcomeData.builder().from(base).period(Period.of(day, day.plusDays(days))).build());
    }
    for (int answer : new int[] {Integer.MIN_VALUE, -1, 0, 10, 11}) {
      cases.add(withResponses(base, PersonResponse.of(Ons4Answers.of(5, 5, 5, answer))));
      cases.add(withResponses(base, PersonResponse.of(
          Ons4Answers.builder().lifeSatisfaction(answer).build())));
    }
    for (int answer : new int[] {0, 1, 3, 4}) {
      cases.add(withResponses(base, PersonResponse.builder()
          .loneliness(LonelinessAnswers.builder().leftOut(answer).build()).build()));
      cases.add(withResponses(base, PersonResponse.builder()
          .loneliness(LonelinessAnswers.ucla(2, 2, answer)).build()));
    }
    for (int answer : new int[] {0, 1, 4, 5}) {
      cases.add(withResponses(base, PersonResponse.builder()
          .ascof(AscofAnswers.builder().dignity(answer).build()).build()));
      cases.add(withResponses(base, PersonResponse.builder()
          .ascof(AscofAnswers.of(answer, 1, 1, 1, 1, 1, 1, 1)).build()));
    }
    double[] weights = {Math.nextDown(OutcomeData.MIN_WEIGHT), OutcomeData.MIN_WEIGHT, 1,
      OutcomeData.MAX_WEIGHT, Math.nextUp(OutcomeData.MAX_WEIGHT), 0, -0.0, Double.NaN,
      Double.POSITIVE_INFINITY, Double.MIN_VALUE};
    for (double weight : weights) {
      PersonResponse weighted = PersonResponse.builder().ons4(Ons4Answers.of(1, 2, 3, 4))
          .weight(weight).build();
      PersonResponse other = PersonResponse.builder().ons4(Ons4Answers.of(4, 3, 2, 1))
          .weight(1.0).build();
      cases.add(withResponses(base, weighted));
      cases.add(withResponses(base, other, weighted));
      cases.add(withResponses(base, weighted, other));
    }
    PersonResponse unweighted = PersonResponse.of(Ons4Answers.of(1, 2, 3, 4));
    PersonResponse weighted = PersonResponse.builder().from(unweighted).weight(2.0).build();
    cases.add(withResponses(base, unweighted, weighted));
    cases.add(withResponses(base, weighted, unweighted));
    cases.add(withResponses(base, weighted, weighted, unweighted, weighted));
    long max = OutcomeData.MAX_COUNT;
    long[][] shares = {{0, 1}, {1, 1}, {2, 1}, {-1, 1}, {0, 0}, {max, max}, {max + 1, max + 1},
      {0, max + 1}, {5, 4}, {Long.MIN_VALUE, 1}, {0, Long.MAX_VALUE}};
    for (long[] share : shares) {
      cases.add(OutcomeData.builder().from(base)
          .addShares(ShareFigure.of("ascof-1b", share[0], share[1])).build());
    }
    for (long respondents : new long[] {0, 1, max, max + 1, -1}) {
      cases.add(OutcomeData.builder().from(base)
          .addMeans(MeanFigure.of("ascof-1a", respondents, 12, 3)).build());
    }
    for (double mean : new double[] {Math.nextDown(0.0), 0, 24, Math.nextUp(24.0), Double.NaN,
        Double.NEGATIVE_INFINITY}) {
      cases.add(OutcomeData.builder().from(base)
          .addMeans(MeanFigure.of("ascof-1a", 10, mean, 3)).build());
    }
    for (double sd : new double[] {-Double.MIN_VALUE, 0, 6, Math.nextUp(6.0), Double.NaN,
        Double.POSITIVE_INFINITY}) {
      cases.add(OutcomeData.builder().from(base)
          .addMeans(MeanFigure.of("ucla3-loneliness", 10, 5, sd)).build());
    }
    for (double value : new double[] {Math.nextDown(0.0), 0, 1, Math.nextUp(1.0), 50, Double.NaN}) {
      cases.add(OutcomeData.builder().from(base).addBaselines(Baseline.of("ascof-1b", value))
          .build());
    }
    for (double value : new double[] {Math.nextDown(3.0), 3, 9, Math.nextUp(9.0),
        Double.POSITIVE_INFINITY}) {
      cases.add(OutcomeData.builder().from(base)
          .addBaselines(Baseline.of("ucla3-loneliness", value)).build());
    }
    // Figures against responses: a figure is a duplicate only for what a response counts for.
    PersonResponse partialUcla = PersonResponse.builder()
        .loneliness(LonelinessAnswers.builder().lackCompanionship(1).leftOut(2).build()).build();
    PersonResponse partialAscof = PersonResponse.builder()
        .ascof(AscofAnswers.builder().control(1).socialContact(2).build()).build();
    PersonResponse direct = PersonResponse.builder()
        .loneliness(LonelinessAnswers.direct(LonelinessFrequency.OFTEN_OR_ALWAYS)).build();
    PersonResponse anxietyOnly = PersonResponse.of(Ons4Answers.builder().anxiety(3).build());
    for (PersonResponse response : List.of(partialUcla, partialAscof, direct, anxietyOnly)) {
      OutcomeData data = withResponses(base, response);
      for (IndicatorDefinition definition : Frameworks.aba2020().getIndicators()) {
        String id = definition.getId();
        cases.add(definition.getStatistic() == Statistic.SHARE
            ? OutcomeData.builder().from(data).addShares(ShareFigure.of(id, 1, 2)).build()
            : OutcomeData.builder().from(data).addMeans(MeanFigure.of(id, 2,
                definition.valueRange().getMin(), 0)).build());
      }
    }
    // Duplicates across shares and means, and more figures or baselines than indicators.
    cases.add(OutcomeData.builder().from(base).addShares(ShareFigure.of("ascof-1b", 1, 2))
        .addMeans(MeanFigure.of("ascof-1b", 2, 0.5, 0)).build());
    OutcomeData.Builder all = OutcomeData.builder().from(base);
    OutcomeData.Builder allBaselines = OutcomeData.builder().from(base);
    for (IndicatorDefinition definition : Frameworks.aba2020().getIndicators()) {
      if (definition.getStatistic() == Statistic.SHARE) {
        all.addShares(ShareFigure.of(definition.getId(), 1, 2));
      } else {
        all.addMeans(MeanFigure.of(definition.getId(), 2, definition.valueRange().getMin(), 0));
      }
      allBaselines.addBaselines(Baseline.of(definition.getId(), definition.valueRange().getMin()));
    }
    cases.add(all.build());
    cases.add(all.addShares(ShareFigure.of("ascof-1b", 1, 2)).build());
    cases.add(allBaselines.build());
    cases.add(allBaselines.addBaselines(Baseline.of("ascof-1b", 0.5)).build());

    // Tallies: values at their item's ends, counts, and weight figures at and past their bounds.
    for (TallyItem item : TallyItem.values()) {
      for (int value : new int[] {item.min() - 1, item.min(), item.max(), item.max() + 1}) {
        cases.add(OutcomeData.builder().from(base).addTallies(Tally.of(item, value, 3)).build());
      }
    }
    for (long n : new long[] {0, 1, max, max + 1}) {
      cases.add(OutcomeData.builder().from(base)
          .addTallies(Tally.of(TallyItem.UCLA3_SUM, 5, n)).build());
    }
    double t = OutcomeData.WEIGHT_SUM_TOLERANCE;
    double[][] weightFigures = {{2, 2, 1, 1}, {3, 5, 1, 2}, {Double.NaN, 2, 1, 1},
      {2, Double.POSITIVE_INFINITY, 1, 1}, {2, 2, 0, 1}, {2, 2, 1, 2e6}, {2, 2, 1, 0.5},
      {4 * (1 + t / 2), 4 * (1 + t / 2), 1, 2}, {4 * (1 + 2 * t), 8, 1, 2},
      {3, 3 * 2 * (1 + 2 * t), 1, 2}, {3, 4.5 * (1 - 2 * t), 1, 2}};
    for (double[] w : weightFigures) {
      cases.add(OutcomeData.builder().from(base).addTallies(
          Tally.weighted(TallyItem.ASCOF_CONTROL, 2, 2, w[0], w[1], w[2], w[3])).build());
    }
    cases.add(OutcomeData.builder().from(base).addTallies(
        Tally.weighted(TallyItem.ASCOF_CONTROL, 2, 1, 1.5, 2.25, 1.5, 1.6)).build());
    cases.add(OutcomeData.builder().from(base)
        .addTallies(Tally.of(TallyItem.ASCOF_CONTROL, 2, 1), Tally.of(TallyItem.ASCOF_CONTROL, 2, 1))
        .build());
    cases.add(OutcomeData.builder().from(base).addTallies(Tally.of(TallyItem.ASCOF_CONTROL, 2, 1))
        .addShares(ShareFigure.of("ascof-1b", 1, 2)).build());
    cases.add(OutcomeData.builder().from(base).addTallies(Tally.of(TallyItem.ASCOF_CONTROL, 2, 1))
        .addShares(ShareFigure.of("ascof-1i1", 1, 2)).build());
    for (PersonResponse response : List.of(partialUcla, partialAscof, direct, anxietyOnly,
        weighted)) {
      for (TallyItem item : TallyItem.values()) {
        cases.add(OutcomeData.builder().from(withResponses(base, response))
            .addTallies(Tally.of(item, item.min(), 2)).build());
      }
    }

    int valid = 0;
    for (OutcomeData data : cases) {
      boolean expected = plain.validate(data).isEmpty();
      valid += expected ? 1 : 0;
      assertThat(OutcomeFastPath.isCertainlyValid(data, BUILT_IN)).as("%s", data)
          .isEqualTo(expected);
      assertThat(VALIDATOR.validate(data).isEmpty()).as("%s", data).isEqualTo(expected);
    }
    assertThat(valid).as("valid cases of %d", cases.size()).isBetween(30, cases.size() - 30);
  }

  private static OutcomeData withResponses(OutcomeData base, PersonResponse... responses) {
    return OutcomeData.builder().from(base).responses(List.of(responses)).build();
  }

  /**
   * A local framework: an indicator without a range takes {@link Range#UNBOUNDED}, the fast path
   * reads ranges from the registry's framework, and an indicator the built-in framework has but
   * the local one lacks is unknown.
   */
  @Test
  void isCertainlyValid_localFramework_agreesWithTheRulesOverItsRegistry() {
    Framework aba = Frameworks.aba2020();
    Framework local = Framework.builder().from(aba).id("local-2026")
        .addIndicators(IndicatorDefinition.of("wemwbs-local", "Local wellbeing score",
            Measure.OTHER, Statistic.MEAN, true))
        .addIndicators(IndicatorDefinition.builder().id("steps-local").title("Daily steps")
            .measure(Measure.OTHER).statistic(Statistic.MEAN).higherIsBetter(true)
            .range(Range.of(0, 50_000)).build())
        .build();
    FrameworkRegistry registry = FrameworkRegistry.of(local);
    ConsistentOutcomeData.Validator rules = new ConsistentOutcomeData.Validator(registry);
    AbaValidator validator = AbaValidator.create(registry);
    OutcomeData base = OutcomeData.builder()
        .from(OutcomeGenerator.validOutcomeData(new Random(5), 0)).framework("local-2026")
        .shares(List.of()).means(List.of()).baselines(List.of()).build();
    double m = Range.MAX_MAGNITUDE;
    List<OutcomeData> cases = new ArrayList<>();
    for (double mean : new double[] {-m, m, Math.nextUp(m), Math.nextDown(-m), 0}) {
      for (double sd : new double[] {0, 2 * m, Math.nextUp(2 * m)}) {
        cases.add(OutcomeData.builder().from(base)
            .addMeans(MeanFigure.of("wemwbs-local", 50, mean, sd)).build());
      }
      cases.add(OutcomeData.builder().from(base)
          .addBaselines(Baseline.of("wemwbs-local", mean)).build());
      cases.add(OutcomeData.builder().from(base)
          .addMeans(MeanFigure.of("steps-local", 50, mean, 100)).build());
    }
    cases.add(OutcomeData.builder().from(base)
        .addMeans(MeanFigure.of("steps-local", 50, 25_000, 50_000)).build());
    cases.add(OutcomeData.builder().from(base)
        .addMeans(MeanFigure.of("steps-local", 50, 25_000, Math.nextUp(50_000.0))).build());
    cases.add(OutcomeData.builder().from(base).framework("aba-2020").build());
    int valid = 0;
    for (OutcomeData data : cases) {
      boolean expected = rules.issues(data).isEmpty();
      valid += expected ? 1 : 0;
      assertThat(OutcomeFastPath.isCertainlyValid(data, registry)).as("%s", data)
          .isEqualTo(expected);
      assertThat(validator.validate(data).isEmpty()).as("%s", data).isEqualTo(expected);
    }
    assertThat(valid).isPositive().isLessThan(cases.size());
  }

  /**
   * The fast path's record of which built-in indicators a response counts for (one bit each,
   * gathered in one pass) is {@link PersonResponse#countsFor}, for every built-in indicator.
   */
  @Test
  void countedBy_agreesWithCountsFor_forEveryBuiltInIndicator() {
    List<IndicatorDefinition> catalogue = IndicatorCatalogue.all();
    Set<Integer> bits = new LinkedHashSet<>();
    for (IndicatorDefinition definition : catalogue) {
      int bit = OutcomeFastPath.bit(definition.getId());
      assertThat(Integer.bitCount(bit)).as(definition.getId()).isEqualTo(1);
      bits.add(bit);
    }
    assertThat(bits).as("one bit per indicator").hasSameSizeAs(catalogue);
    assertThat(OutcomeFastPath.bit("wemwbs")).isZero();
    assertThat(OutcomeFastPath.bit("no-such-indicator")).isZero();
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    for (int i = 0; i < 3000; i++) {
      PersonResponse response = i == 0 ? PersonResponse.builder().build()
          : OutcomeGenerator.response(random);
      int counted = OutcomeFastPath.countedBy(response);
      assertThat(counted).as("%s", response).isNotNegative();
      for (IndicatorDefinition definition : catalogue) {
        String id = definition.getId();
        assertThat((counted & OutcomeFastPath.bit(id)) != 0).as("%s: %s", id, response)
            .isEqualTo(response.countsFor(id));
      }
    }
  }

  /**
   * Every constraint the types reachable from {@link OutcomeData} declare, as the metadata API
   * lists it, with the types themselves. When this test fails, a constraint or a type was added or
   * changed: mirror it in {@link OutcomeFastPath}, then update the expected inventory here.
   */
  @Test
  void constraintInventory_isExactlyWhatTheFastPathMirrors() {
    List<Class<?>> types = reachableFrom(OutcomeData.class);
    assertThat(types.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", ")))
        .isEqualTo("Area, AreaCode, AscofAnswers, Baseline, LonelinessAnswers, LonelinessFrequency,"
            + " MeanFigure, Ons4Answers, OutcomeData, Period, PersonResponse, ShareFigure, Tally,"
            + " TallyItem");
    Map<String, SortedSet<String>> inventory = new TreeMap<>();
    for (Class<?> type : types) {
      if (type.isEnum()) {
        continue; // no bean: an enum's value is checked by its type
      }
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
      assertThat(bean.getConstrainedConstructors()).as(type.getSimpleName()).isEmpty();
      assertThat(bean.getConstrainedMethods(MethodType.NON_GETTER)).as(type.getSimpleName()).isEmpty();
    }
    String ons4 = "Max(value=10), Min(value=0)";
    String ucla = "Max(value=3), Min(value=1)";
    String ascof = "Max(value=4), Min(value=1)";
    assertThat(inventory.toString().replace("], ", "],\n")).isEqualTo(("{"
        + "Area.name=[MaxChars(value=200), PlainText, VisibleText], "
        + "AscofAnswers.accommodation<>=[" + ascof + "], "
        + "AscofAnswers.control<>=[" + ascof + "], "
        + "AscofAnswers.dignity<>=[" + ascof + "], "
        + "AscofAnswers.foodAndDrink<>=[" + ascof + "], "
        + "AscofAnswers.occupation<>=[" + ascof + "], "
        + "AscofAnswers.personalCare<>=[" + ascof + "], "
        + "AscofAnswers.safety<>=[" + ascof + "], "
        + "AscofAnswers.socialContact<>=[" + ascof + "], "
        + "LonelinessAnswers.isolated<>=[" + ucla + "], "
        + "LonelinessAnswers.lackCompanionship<>=[" + ucla + "], "
        + "LonelinessAnswers.leftOut<>=[" + ucla + "], "
        + "MeanFigure.respondents=[Max(value=100000000), Min(value=1)], "
        + "Ons4Answers.anxiety<>=[" + ons4 + "], "
        + "Ons4Answers.happiness<>=[" + ons4 + "], "
        + "Ons4Answers.lifeSatisfaction<>=[" + ons4 + "], "
        + "Ons4Answers.worthwhile<>=[" + ons4 + "], "
        + "OutcomeData=[ConsistentOutcomeData], "
        + "OutcomeData.area=[@Valid], "
        + "OutcomeData.baselines<>=[@Valid], "
        + "OutcomeData.means<>=[@Valid], "
        + "OutcomeData.responses<>=[@Valid], "
        + "OutcomeData.shares<>=[@Valid], "
        + "OutcomeData.tallies<>=[@Valid], "
        + "PersonResponse.ascof<>=[@Valid], "
        + "PersonResponse.loneliness<>=[@Valid], "
        + "PersonResponse.ons4<>=[@Valid], "
        + "ShareFigure.denominator=[Max(value=100000000), Min(value=1)], "
        + "ShareFigure.numerator=[Max(value=100000000), Min(value=0)], "
        + "Tally.respondents=[Max(value=100000000), Min(value=1)]"
        + "}").replace("], ", "],\n"));
  }

  /**
   * The class-level rules: every place {@link ConsistentOutcomeData} and {@code OutcomeRules}
   * report a broken rule, with its code, read from their source in order. When this test fails, a
   * rule was added, removed or moved: mirror it in {@link OutcomeFastPath} (and in {@link
   * OutcomeMutations} and the edge cases above), then update the list here.
   */
  @Test
  void classLevelRules_areExactlyWhatTheFastPathMirrors() throws IOException {
    Path outcomes = Path.of("src/main/java/org/assetbasedarea/aba/outcomes");
    List<String> rules = new ArrayList<>();
    for (String file : List.of("ConsistentOutcomeData.java", "OutcomeRules.java")) {
      rules.addAll(reports(Files.readString(outcomes.resolve(file), StandardCharsets.UTF_8)));
    }
    assertThat(String.join("\n", rules)).isEqualTo(String.join("\n",
        "UNKNOWN_FRAMEWORK /framework",
        "INVALID_PERIOD /period/end",
        "INCONSISTENT_FIGURES /shares/{i}/numerator",
        "VALUE_OUT_OF_RANGE /means/{i}/mean",
        "VALUE_OUT_OF_RANGE /means/{i}/mean",
        "VALUE_OUT_OF_RANGE /means/{i}/standardDeviation",
        "UNKNOWN_INDICATOR /baselines/{i}/indicator",
        "DUPLICATE_INDICATOR /baselines/{i}/indicator",
        "VALUE_OUT_OF_RANGE /baselines/{i}/value",
        "VALUE_OUT_OF_RANGE /baselines/{i}/value",
        "VALUE_OUT_OF_RANGE /baselines/{i}/value",
        "UNKNOWN_INDICATOR /{property}/{index}/indicator",
        "INCONSISTENT_FIGURES /{property}/{index}/indicator",
        "DUPLICATE_INDICATOR /{property}/{index}/indicator",
        "DUPLICATE_INDICATOR /{property}/{index}/indicator",
        "DUPLICATE_INDICATOR /{property}/{index}/indicator",
        "ANSWER_OUT_OF_RANGE /tallies/{i}/value",
        "DUPLICATE_INDICATOR /tallies/{i}/value",
        "DUPLICATE_INDICATOR /tallies/{i}/item",
        "INCONSISTENT_FIGURES /tallies/{i}/weightSum",
        "INCONSISTENT_FIGURES /tallies/{i}/weightMax",
        "INCONSISTENT_FIGURES /tallies/{i}/weightSum",
        "INCONSISTENT_FIGURES /tallies/{i}/weightSquareSum",
        "INCONSISTENT_FIGURES /tallies/{i}/{leaf}",
        "VALUE_OUT_OF_RANGE /tallies/{i}/{leaf}",
        "INCONSISTENT_FIGURES /responses/{i}/weight",
        "VALUE_OUT_OF_RANGE /responses/{i}/weight"));
  }

  /** Each {@code sink.report(CODE, message, property, index, leaf)} call: its code and place. */
  private static List<String> reports(String source) {
    List<String> found = new ArrayList<>();
    String call = "sink.report(";
    for (int at = source.indexOf(call); at >= 0; at = source.indexOf(call, at + 1)) {
      List<String> args = arguments(source, at + call.length());
      StringBuilder place = new StringBuilder();
      for (String arg : args.subList(args.size() - 3, args.size())) {
        if (arg.equals("-1") || arg.equals("null")) {
          continue;
        }
        place.append('/').append(arg.startsWith("\"") ? arg.substring(1, arg.length() - 1)
            : "{" + arg + "}");
      }
      found.add(args.get(0).replace("IssueCode.", "") + " " + place);
    }
    return found;
  }

  /** The top-level arguments of a call whose text starts at {@code from}, trimmed. */
  private static List<String> arguments(String source, int from) {
    List<String> args = new ArrayList<>();
    StringBuilder arg = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = from; ; i++) {
      char c = source.charAt(i);
      if (quoted) {
        quoted = c != '"' || source.charAt(i - 1) == '\\';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        args.add(arg.toString().trim());
        return args;
      } else if (c == ',' && depth == 0) {
        args.add(arg.toString().trim());
        arg.setLength(0);
        continue;
      }
      arg.append(c);
    }
  }

  /** The model types reachable from a type through its getters, itself included. */
  private static List<Class<?>> reachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Class<?> type = queue.poll();
      if (!seen.add(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass() != Object.class && !type.isEnum()) {
          addModelTypes(method.getGenericReturnType(), queue);
        }
      }
    }
    return List.copyOf(seen);
  }

  private static void addModelTypes(Type type, Deque<Class<?>> queue) {
    if (type instanceof ParameterizedType) {
      addModelTypes(((ParameterizedType) type).getRawType(), queue);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        addModelTypes(argument, queue);
      }
    } else if (type instanceof Class<?> && ((Class<?>) type).getPackageName()
        .startsWith("org.assetbasedarea.aba.")) {
      queue.add((Class<?>) type);
    }
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
