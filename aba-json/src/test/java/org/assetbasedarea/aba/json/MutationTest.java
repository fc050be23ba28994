package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations.Kind;
import org.assetbasedarea.aba.testing.AssessmentMutations.Mutation;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated-invalid documents are rejected by the reader, with the expected code at the expected
 * pointer, and, where the rule is one a JSON Schema can express, by the published schema too.
 */
class MutationTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  /** Rules no JSON Schema can express: they need the framework or compare list items. */
  private static final Set<Kind> CROSS_FIELD =
      EnumSet.of(Kind.DUPLICATE_ACTION, Kind.DUPLICATE_ROLE);

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).mapToObj(i -> AssessmentGenerator.BASE_SEED + 7919 * i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void modelMutation_isRejectedByReader_andBySchemaWhereExpressible(long seed) {
    Mutation mutation = AssessmentMutations.any(new Random(seed));
    String json = JSON.writeString(mutation.assessment());
    ReadResult<Assessment> result = JSON.read(json, DocumentType.ASSESSMENT);

    assertThat(result.isValid()).as("seed %d %s", seed, mutation).isFalse();
    assertThat(result.getIssues())
        .as("seed %d %s: exactly the expected issue", seed, mutation)
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(mutation.path(), mutation.code()));
    assertThat(result.getIssues().get(0).getLine()).as("seed %d: located", seed).isPresent();

    boolean schemaRejects;
    if (CROSS_FIELD.contains(mutation.kind())) {
      schemaRejects = false;
    } else if (isIdMutation(mutation)) {
      // A well-formed id the framework (or its catalogue) lacks needs the framework to detect.
      schemaRejects = !textAt(json, mutation.path()).matches(SchemaCheck.KEBAB);
    } else if (mutation.code() == IssueCode.TEXT_TOO_LONG) {
      // The schema's maxLength and the model's @MaxChars both count code points, so a text too
      // long for the library is too long for the schema, emoji or not.
      String text = textAt(json, mutation.path());
      assertThat(text.codePointCount(0, text.length()))
          .as("seed %d: the mutation is over the limit in characters", seed)
          .isGreaterThan(LIMITS.get(leaf(mutation.path())));
      schemaRejects = true;
    } else {
      schemaRejects = true;
    }
    assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, json))
        .as("seed %d %s: the published schema %s it", seed, mutation,
            schemaRejects ? "rejects" : "accepts")
        .hasSize(schemaRejects ? PublishedSchemas.errors(DocumentType.ASSESSMENT, json).size() : 0);
    if (schemaRejects) {
      assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, json)).isNotEmpty();
    }
  }

  private static final java.util.Map<String, Integer> LIMITS =
      java.util.Map.of("name", 200, "summary", 2000, "rationale", 4000);

  private static String leaf(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static boolean isIdMutation(Mutation mutation) {
    return mutation.kind() == Kind.UNKNOWN_ACTION || mutation.kind() == Kind.UNKNOWN_FRAMEWORK
        || mutation.kind() == Kind.UNKNOWN_APPROACH;
  }

  private static String textAt(String json, String pointer) {
    return PLAIN.readTree(json).at(pointer).asString();
  }

  static Stream<Long> treeSeeds() {
    return LongStream.range(0, 200).mapToObj(i -> AssessmentGenerator.BASE_SEED + 104729 * i);
  }

  /** Structural breaks made on the JSON tree, which the model cannot even represent. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("treeSeeds")
  void structuralMutation_isRejectedByReaderAndSchema_withItsCode(long seed) {
    Random random = new Random(seed);
    Assessment valid = AssessmentGenerator.completeAssessment(random);
    ObjectNode tree = (ObjectNode) PLAIN.readTree(JSON.writeString(valid));
    ArrayNode ratings = (ArrayNode) tree.get("ratings");
    int i = random.nextInt(ratings.size());
    ObjectNode rating = (ObjectNode) ratings.get(i);
    String path;
    IssueCode code;
    switch (random.nextInt(12)) {
      case 0:
        rating.put("rating", "3");
        path = "/ratings/" + i + "/rating";
        code = IssueCode.WRONG_TYPE;
        break;
      case 1:
        rating.put("rating", 2.5);
        path = "/ratings/" + i + "/rating";
        code = IssueCode.WRONG_TYPE;
        break;
      case 2:
        rating.putObject("evidence");
        path = "/ratings/" + i + "/evidence";
        code = IssueCode.WRONG_TYPE;
        break;
      case 3:
        rating.put("@class", "java.lang.Runtime");
        path = "/ratings/" + i + "/@class";
        code = IssueCode.UNKNOWN_FIELD;
        break;
      case 4:
        rating.remove("action");
        path = "/ratings/" + i + "/action";
        code = IssueCode.MISSING_FIELD;
        break;
      case 5:
        rating.putNull("rating");
        path = "/ratings/" + i + "/rating";
        code = IssueCode.MISSING_FIELD;
        break;
      case 6:
        tree.put("schemaVersion", 2);
        path = "/schemaVersion";
        code = IssueCode.UNSUPPORTED_SCHEMA_VERSION;
        break;
      case 7:
        ((ObjectNode) tree.get("area")).put("code", "E0800003" + random.nextInt(10) + "X");
        path = "/area/code";
        code = IssueCode.INVALID_AREA_CODE;
        break;
      case 8:
        tree.put("assessedOn", "2026-02-30");
        path = "/assessedOn";
        code = IssueCode.INVALID_VALUE;
        break;
      case 9:
        rating.putArray("evidence").addObject().put("kind", "GOSSIP").put("summary", "x");
        path = "/ratings/" + i + "/evidence/0/kind";
        code = IssueCode.INVALID_VALUE;
        break;
      case 10:
        tree.putArray("area").add("java.lang.Runtime").add("exec");
        path = "/area";
        code = IssueCode.WRONG_TYPE;
        break;
      default:
        tree.put("ratings", "[]");
        path = "/ratings";
        code = IssueCode.WRONG_TYPE;
        break;
    }
    String json = tree.toString();
    ReadResult<Assessment> result = JSON.read(json, DocumentType.ASSESSMENT);
    assertThat(result.getDocument()).as("seed %d: %s", seed, json).isEmpty();
    assertThat(result.getIssues()).as("seed %d", seed)
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, code));
    assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, json)).as("seed %d", seed)
        .isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("treeSeeds")
  void severalBreaks_areAllReportedAtOnce_inDocumentOrder(long seed) {
    Random random = new Random(seed);
    ObjectNode tree = (ObjectNode) PLAIN.readTree(
        JSON.writeString(AssessmentGenerator.completeAssessment(random)));
    tree.put("unexpected", true);
    ((ObjectNode) tree.get("area")).put("name", " ");
    ArrayNode ratings = (ArrayNode) tree.get("ratings");
    int first = random.nextInt(ratings.size());
    ((ObjectNode) ratings.get(first)).put("rating", 0);
    ((ObjectNode) ratings.get(ratings.size() - 1)).put("action", "no-such-action");
    ReadResult<Assessment> result = JSON.read(tree.toPrettyString(), DocumentType.ASSESSMENT);
    List<Issue> issues = result.getIssues();
    assertThat(issues).as("seed %d", seed).extracting(Issue::getCode).contains(
        IssueCode.UNKNOWN_FIELD, IssueCode.BLANK_TEXT, IssueCode.RATING_OUT_OF_RANGE);
    assertThat(issues).as("seed %d: in line order", seed)
        .isSortedAccordingTo((a, b) -> Long.compare(a.getLine().getAsLong(), b.getLine().getAsLong()));
    assertThat(issues.stream().map(issue -> issue.getPath() + issue.getCode()).distinct().count())
        .as("no duplicates").isEqualTo(issues.size());
  }

}
