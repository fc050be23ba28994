package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.PlanGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module carries the contract: a mapper with {@link AbaModule}, however it is configured,
 * binds an aba document exactly when {@link AbaJson#read} finds no structural issue (everything
 * but the cross-field rules, which the validator then reports on the bound value), binds the same
 * value, and writes the same bytes. Checked over generated valid documents of every type and every
 * single mutation {@link JsonMutations} and {@link AssessmentMutations} produce.
 */
class ModuleContractTest {
  private static final AbaJson JSON = AbaJson.standard();

  /** A plain mapper with the module and nothing else. */
  static final JsonMapper PLAIN = JsonMapper.builder().addModule(new AbaModule()).build();

  /**
   * A mapper as Spring Boot 4.0.x builds its own: modules found on the class path (AbaModule
   * among them), unknown properties ignored, default view inclusion off; everything else at
   * Jackson 3's defaults, which accept floats as integers and coerce scalars.
   */
  static final JsonMapper SPRING_BOOT = JsonMapper.builder()
      .findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
      .build();

  /** Every leniency Jackson offers, for reading and writing. */
  static final JsonMapper LENIENT = JsonMapper.builder()
      .addModule(new AbaModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
      .enable(EnumFeature.WRITE_ENUMS_USING_INDEX)
      .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .changeDefaultPropertyInclusion(
          inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
      .withCoercionConfigDefaults(config -> config
          .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
          .setAcceptBlankAsEmpty(true))
      .build();

  private static final Map<String, JsonMapper> MAPPERS = mappers();

  private static Map<String, JsonMapper> mappers() {
    Map<String, JsonMapper> mappers = new LinkedHashMap<>();
    mappers.put("plain", PLAIN);
    mappers.put("spring-boot", SPRING_BOOT);
    mappers.put("lenient", LENIENT);
    return mappers;
  }

  /**
   * A valid document of each type from one seed, with every field the contract has: weighted
   * outcome data, a report under a random disclosure policy compared with an earlier period, a
   * local framework whose indicators have ranges and editions of their own, the built-in
   * catalogue of approaches, and (last) outcome data partly given as tallies.
   */
  static List<Object> documents(long seed) {
    Random random = new Random(seed);
    Assessment earlier = AssessmentGenerator.validAssessment(random);
    Assessment later = Assessment.builder().from(AssessmentGenerator.validAssessment(random))
        .area(earlier.getArea()).assessedOn(earlier.getAssessedOn().plusYears(1)).build();
    ScoreReport earlierScore = Scorer.standard().score(earlier);
    ScoreReport laterScore = Scorer.standard().score(later);
    OutcomeData data = OutcomeDocuments.weighted(random,
        OutcomeGenerator.validOutcomeData(random, 1 + random.nextInt(6)));
    List<Object> documents = List.of(earlier, Frameworks.aba2020(), laterScore,
        Scorer.standard().progress(earlierScore, laterScore), data,
        OutcomeDocuments.report(random, data, true), OutcomeDocuments.localFramework(),
        PlanGenerator.richPlan(random), Frameworks.aba2020Approaches());
    // and (after them, so that the others stay as they were) outcome data given partly as
    // tallies, weighted half the time
    OutcomeData people = OutcomeDocuments.data(random, 5 + random.nextInt(20));
    OutcomeData tallied = OutcomeGenerator.moveToTallies(random, people, false);
    if (tallied.getTallies().isEmpty()) {
      tallied = OutcomeGenerator.moveToTallies(random, people, true);
    }
    List<Object> all = new ArrayList<>(documents);
    all.add(tallied);
    return List.copyOf(all);
  }

  static Stream<Arguments> seedsAndTypes() {
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long seed = AssessmentGenerator.BASE_SEED + 31L * i;
      List<Object> documents = documents(seed);
      for (int t = 0; t < documents.size(); t++) {
        if (i > 0 && (t == 1 || t == 6 || t == 7)) {
          // the same frameworks and catalogue for every seed: their every mutation is checked
          // with seed 0
          continue;
        }
        cases.add(Arguments.of(seed, typeOf(documents.get(t)), documents.get(t)));
      }
    }
    return cases.stream();
  }

  private static DocumentType<?> typeOf(Object document) {
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType().isInstance(document)) {
        return type;
      }
    }
    throw new IllegalArgumentException(document.getClass().getName());
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("seedsAndTypes")
  void validDocument_everyMapperBindsAndWritesAsTheReader(long seed, DocumentType<?> type,
      Object document) {
    String json = JSON.writeString(document);
    ReadResult<?> read = JSON.read(json, type);
    assertThat(read.getIssues()).as("seed %d %s: the reader accepts it", seed, type).isEmpty();
    for (Map.Entry<String, JsonMapper> mapper : MAPPERS.entrySet()) {
      assertThat(mapper.getValue().readValue(json, type.getJavaType()))
          .as("seed %d %s %s binds the reader's value", seed, type, mapper.getKey())
          .isEqualTo(read.getDocument().orElseThrow());
      assertThat(mapper.getValue().writeValueAsString(document))
          .as("seed %d %s %s writes the contract's bytes", seed, type, mapper.getKey())
          .isEqualTo(json);
    }
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("seedsAndTypes")
  void mutatedDocument_bindsExactlyWhenTheReaderFindsNoStructuralIssue(long seed,
      DocumentType<?> type, Object document) {
    JsonMutations.Mutation[] mutations = mutations(seed, document);
    assertThat(mutations).as("mutations").isNotEmpty();
    List<String> failures = new ArrayList<>();
    int bound = 0;
    int refused = 0;
    for (JsonMutations.Mutation mutation : mutations) {
      ReadResult<?> read = JSON.read(mutation.text(), type);
      for (Map.Entry<String, JsonMapper> mapper : MAPPERS.entrySet()) {
        String problem = check(mapper.getValue(), type, mutation, read);
        if (problem != null) {
          failures.add(mapper.getKey() + ", " + mutation + ": " + problem);
        } else if (mapper.getKey().equals("plain")) {
          if (mutationBinds(mapper.getValue(), type, mutation)) {
            bound++;
          } else {
            refused++;
          }
        }
      }
    }
    assertThat(failures).as("seed %d %s: %d mutations", seed, type, mutations.length).isEmpty();
    assertThat(refused).as("some mutations are refused").isPositive();
    if (type == DocumentType.ASSESSMENT) {
      assertThat(bound).as("some mutations (cross-field only) bind").isPositive();
    }
  }

  private static JsonMutations.Mutation[] mutations(long seed, Object document) {
    tools.jackson.databind.JsonNode tree = JsonMapper.shared().readTree(JSON.writeString(document));
    List<JsonMutations.Mutation> mutations = seed == AssessmentGenerator.BASE_SEED
        ? JsonMutations.all(tree) : JsonMutations.sample(tree, new Random(seed), 60);
    mutations = new ArrayList<>(mutations);
    if (document instanceof Assessment) {
      Random random = new Random(seed);
      for (AssessmentMutations.Kind kind : AssessmentMutations.Kind.values()) {
        AssessmentMutations.Mutation model =
            AssessmentMutations.mutate(random, (Assessment) document, kind);
        mutations.add(new JsonMutations.Mutation(JSON.writeString(model.assessment()),
            "model mutation " + model, false));
      }
    }
    return mutations.toArray(new JsonMutations.Mutation[0]);
  }

  private static boolean mutationBinds(JsonMapper mapper, DocumentType<?> type,
      JsonMutations.Mutation mutation) {
    try {
      mapper.readValue(mutation.text(), type.getJavaType());
      return true;
    } catch (InvalidDocumentException e) {
      return false;
    }
  }

  /** @return null when the mapper agrees with the reader, or what went wrong */
  private static String check(JsonMapper mapper, DocumentType<?> type,
      JsonMutations.Mutation mutation, ReadResult<?> read) {
    Object value;
    try {
      value = mapper.readValue(mutation.text(), type.getJavaType());
    } catch (InvalidDocumentException e) {
      if (read.isValid()) {
        return "refused what the reader accepts: " + e.getIssues();
      }
      if (e.getIssues().isEmpty()) {
        return "refused without an issue";
      }
      if (!keys(e.getIssues()).equals(keys(read.getIssues()))) {
        return "refused with " + keys(e.getIssues()) + " but the reader found "
            + keys(read.getIssues());
      }
      return null;
    } catch (JacksonException e) {
      return "failed without the issues: " + e;
    }
    if (mutation.alwaysInvalid()) {
      return "bound a structurally invalid document";
    }
    Set<String> crossField = keys(AbaValidator.shared().validate(value));
    if (!crossField.equals(keys(read.getIssues()))) {
      return "bound, but the reader found " + keys(read.getIssues())
          + " where the validator finds " + crossField;
    }
    if (read.isValid() && !read.getDocument().orElseThrow().equals(value)) {
      return "bound a value other than the reader's";
    }
    return null;
  }

  private static Set<String> keys(List<Issue> issues) {
    return issues.stream().map(issue -> issue.getPath() + " " + issue.getCode())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // -- the cases a council developer met, by name --------------------------------------------

  private static final Assessment ASSESSMENT =
      AssessmentGenerator.completeAssessment(new Random(AssessmentGenerator.BASE_SEED));
  private static final String TEXT = JSON.writeString(ASSESSMENT);

  private static List<Issue> issuesOf(JsonMapper mapper, String json, Class<?> type) {
    try {
      mapper.readValue(json, type);
    } catch (InvalidDocumentException e) {
      return e.getIssues();
    }
    return fail("bound: " + json);
  }

  @Test
  void springBootMapper_typoInFieldName_isAnUnknownField() {
    assertThat(issuesOf(SPRING_BOOT, TEXT.replaceFirst("\"evidence\"", "\"evidance\""),
        Assessment.class)).extracting(Issue::getPath, Issue::getCode)
        .contains(tuple("/ratings/0/evidance", IssueCode.UNKNOWN_FIELD));
  }

  @Test
  void springBootMapper_missingParticipants_isAMissingField() {
    String json = TEXT.replaceFirst("\"participants\":\\[[^\\]]*\\],", "");
    assertThat(json).doesNotContain("participants");
    assertThat(issuesOf(SPRING_BOOT, json, Assessment.class))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/participants", IssueCode.MISSING_FIELD));
  }

  @Test
  void springBootMapper_fractionalOrQuotedRating_isTheWrongType() {
    assertThat(issuesOf(SPRING_BOOT, TEXT.replaceFirst("\"rating\":[0-9]", "\"rating\":3.7"),
        Assessment.class)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/rating", IssueCode.WRONG_TYPE));
    assertThat(issuesOf(SPRING_BOOT, TEXT.replaceFirst("\"rating\":([0-9])", "\"rating\":\"$1\""),
        Assessment.class)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/rating", IssueCode.WRONG_TYPE));
  }

  @Test
  void springBootMapper_duplicateKey_isADuplicateKey() {
    assertThat(issuesOf(SPRING_BOOT, TEXT.replaceFirst("\\{\"schemaVersion\":1,",
        "{\"schemaVersion\":1,\"framework\":\"aba-2020\","), Assessment.class))
        .extracting(Issue::getCode).contains(IssueCode.DUPLICATE_KEY);
  }

  @Test
  void structuralAndCrossFieldIssues_readerListsBoth_bindingRefusesWithTheStructuralOne() {
    String json = TEXT.replaceFirst("\"rating\":[0-9]", "\"rating\":7")
        .replaceFirst("\"action\":\"[a-z-]+\"", "\"action\":\"no-such-action\"");
    assertThat(JSON.read(json, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getCode).containsExactly(
            tuple("/ratings/0/action", IssueCode.UNKNOWN_ACTION),
            tuple("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE));
    assertThat(issuesOf(SPRING_BOOT, json, Assessment.class))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE));
  }

  @Test
  void springBootMapper_nullDocument_isRefused() {
    assertThatThrownBy(() -> SPRING_BOOT.readValue("null", Assessment.class))
        .isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void springBootMapper_partsOnTheirOwn_followTheirSchemaPart() {
    Rating rating = ASSESSMENT.getRatings().get(0);
    String json = JSON.mapper().writeValueAsString(rating);
    assertThat(SPRING_BOOT.readValue(json, Rating.class)).isEqualTo(rating);
    assertThat(issuesOf(SPRING_BOOT, json.replaceFirst("\"rating\":[0-9]", "\"rating\":3.7"),
        Rating.class)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/rating", IssueCode.WRONG_TYPE));
    assertThat(SPRING_BOOT.readValue("\"CARER\"", Role.class)).isEqualTo(Role.CARER);
    assertThat(issuesOf(LENIENT, "1", Role.class)).extracting(Issue::getCode)
        .contains(IssueCode.WRONG_TYPE);
    assertThat(issuesOf(LENIENT, "\"carer\"", Role.class)).extracting(Issue::getCode)
        .containsExactly(IssueCode.INVALID_VALUE);
  }

  @Test
  void springBootMapper_partsInsideACallersObject_areCheckedWithTheirPath() {
    String json = "{\"ratings\":[" + JSON.mapper().writeValueAsString(ASSESSMENT.getRatings()
        .get(0)).replaceFirst("\\{", "{\"extra\":true,") + "]}";
    assertThatThrownBy(() -> SPRING_BOOT.readValue(json, CallersRequest.class))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("/extra is not a field of this document [UNKNOWN_FIELD]")
        .satisfies(e -> assertThat(((InvalidDocumentException) e).getPathReference())
            .contains("ratings"));
  }

  /** A caller's own request type, holding aba parts. */
  static final class CallersRequest {
    public List<Rating> ratings = List.of();
  }

  @Test
  void everyAbaPart_boundOnItsOwnFromADocument_isTheSameValue() {
    assertThat(AbaTypes.all()).hasSizeGreaterThan(40);
    // Trees that keep numbers as written (61.50 stays 61.50), so a part's text is the contract's.
    JsonMapper exact = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
    // every sample of a type (the built-in framework has levels, the local one other parts)
    Map<DocumentType<?>, List<tools.jackson.databind.JsonNode>> trees = new LinkedHashMap<>();
    for (Object document : documents(AssessmentGenerator.BASE_SEED)) {
      trees.computeIfAbsent(typeOf(document), t -> new ArrayList<>())
          .add(exact.readTree(JSON.writeString(document)));
    }
    List<String> checked = new ArrayList<>();
    for (AbaTypes.Part part : AbaTypes.all()) {
      if (part.document() == null) {
        continue;
      }
      assertThat(part.schema()).as("%s", part.type()).isNotNull();
      tools.jackson.databind.JsonNode node = tools.jackson.databind.node.MissingNode.getInstance();
      for (tools.jackson.databind.JsonNode tree : trees.get(part.document())) {
        if (node.isMissingNode() || node.isNull()) {
          node = firstInstance(tree, part.instance().split("/"), 1);
        }
      }
      if (node.isMissingNode() || node.isNull()) {
        continue; // absent in this sample (an optional value)
      }
      String json = node.toString();
      for (Map.Entry<String, JsonMapper> mapper : MAPPERS.entrySet()) {
        Object value = mapper.getValue().readValue(json, part.type());
        assertThat(JSON.mapper().writeValueAsString(value))
            .as("%s %s bound on its own", mapper.getKey(), part.type().getSimpleName())
            .isEqualTo(json);
      }
      checked.add(part.type().getSimpleName());
    }
    assertThat(checked).as("parts found in the sample documents").hasSizeGreaterThan(40)
        .contains("Rating", "Evidence", "Role", "Ons4Answers", "Interval", "OverallScore",
            "Range", "DisclosurePolicy", "Difference", "PublishedValue", "Marker", "Plan", "Goal",
            "Step", "OutcomeTarget", "CheckIn", "GoalCheck", "GoalStatus", "PlanKind", "Level",
            "ApproachCatalogue", "Approach");
  }

  /** The first non-null value at a pointer whose {@code 0}s may be any index. */
  private static tools.jackson.databind.JsonNode firstInstance(
      tools.jackson.databind.JsonNode node, String[] tokens, int at) {
    if (at == tokens.length || node.isMissingNode() || node.isNull()) {
      return node;
    }
    if (node.isArray() && tokens[at].equals("0")) {
      for (tools.jackson.databind.JsonNode item : node) {
        tools.jackson.databind.JsonNode found = firstInstance(item, tokens, at + 1);
        if (!found.isMissingNode() && !found.isNull()) {
          return found;
        }
      }
      return tools.jackson.databind.node.MissingNode.getInstance();
    }
    return firstInstance(node.path(tokens[at]), tokens, at + 1);
  }

  @Test
  void partOnItsOwn_getsTheCodeItGetsInItsDocument() {
    assertThat(issuesOf(SPRING_BOOT, "{\"worthwhile\":12}",
        org.assetbasedarea.aba.outcomes.Ons4Answers.class))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/worthwhile", IssueCode.ANSWER_OUT_OF_RANGE));
    String rating = JSON.mapper().writeValueAsString(ASSESSMENT.getRatings().get(0));
    assertThat(issuesOf(SPRING_BOOT, rating.replaceFirst("\"action\":\"[a-z-]+\"",
        "\"action\":\"Share_Power\""), Rating.class))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/action", IssueCode.UNKNOWN_ACTION));
  }

  @Test
  void idWithATrailingNewline_isRefusedByTheSchema_asAnEcma262ToolWould() {
    String json = TEXT.replaceFirst("\"action\":\"([a-z-]+)\"", "\"action\":\"$1\\\\n\"");
    assertThat(json).contains("\\n\"");
    assertThat(JSON.read(json, DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/action", IssueCode.UNKNOWN_ACTION));
    assertThat(issuesOf(SPRING_BOOT, json, Assessment.class))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/0/action", IssueCode.UNKNOWN_ACTION));
  }

  /** A caller's own request type, with an aba document as one of its fields. */
  record CallersRecord(String note, @org.jspecify.annotations.Nullable Assessment assessment) {}

  @Test
  void callersRecord_abaFieldLeftOutOrNull_isTheCallersNull() {
    assertThat(SPRING_BOOT.readValue("{\"note\":\"x\"}", CallersRecord.class).assessment())
        .isNull();
    assertThat(SPRING_BOOT.readValue("{\"note\":\"x\",\"assessment\":null}",
        CallersRecord.class).assessment()).isNull();
    assertThat(SPRING_BOOT.readValue("{\"note\":\"x\",\"assessment\":" + TEXT + "}",
        CallersRecord.class).assessment()).isEqualTo(ASSESSMENT);
    assertThatThrownBy(() -> SPRING_BOOT.readValue("{\"note\":\"x\",\"assessment\":"
        + TEXT.replaceFirst("\"evidence\"", "\"evidance\"") + "}", CallersRecord.class))
        .isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void defaultTyping_writesAndReadsAbaValuesStrictly() {
    JsonMapper typed = JsonMapper.builder().findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .activateDefaultTyping(tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator
            .builder().allowIfBaseType(Object.class).build(),
            tools.jackson.databind.DefaultTyping.NON_FINAL)
        .build();
    for (Object value : List.of(ASSESSMENT, ASSESSMENT.getRatings().get(0), Role.CARER)) {
      Box box = new Box();
      box.value = value;
      String json = typed.writeValueAsString(box);
      assertThat(json).as("a type id").contains("\"org.assetbasedarea.aba.");
      assertThat(typed.readValue(json, Box.class).value).as(json).isEqualTo(value);
    }
    Box box = new Box();
    box.value = ASSESSMENT;
    String json = typed.writeValueAsString(box);
    assertThatThrownBy(() -> typed.readValue(json.replaceFirst("\"evidence\"", "\"evidance\""),
        Box.class)).isInstanceOf(InvalidDocumentException.class);
  }

  /** A caller's cache entry holding any value, written with default typing. */
  static final class Box {
    public @org.jspecify.annotations.Nullable Object value;
  }

  @Test
  void abaJsonMapper_bindsUnderItsOwnLimits() {
    AbaJson small = AbaJson.builder()
        .limits(ReadLimits.builder().maxStringLength(20).build()).build();
    String json = TEXT.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + "x".repeat(30) + "\"");
    assertThat(small.read(json, DocumentType.ASSESSMENT).getIssues()).extracting(Issue::getCode)
        .contains(IssueCode.LIMIT_EXCEEDED);
    assertThat(issuesOf(small.mapper(), json, Assessment.class)).extracting(Issue::getCode)
        .contains(IssueCode.LIMIT_EXCEEDED);
    assertThat(PLAIN.readValue(json, Assessment.class).getArea().getName()).hasSize(30);
  }
}
