package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's own schema evaluator ({@link SchemaCheck}) finds exactly the failures an
 * independent validator (networknt, draft 2020-12, format assertions on) finds: the same keyword
 * at the same place, on valid documents of every type and every single mutation of them.
 */
class SchemaEvaluatorAgreementTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build()));

  static Stream<Arguments> seeds() {
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cases.add(Arguments.of(AssessmentGenerator.BASE_SEED + 31L * i));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyDocumentAndMutation_sameFailuresAsAnIndependentValidator(long seed) {
    int checked = 0;
    int failing = 0;
    for (Object document : ModuleContractTest.documents(seed)) {
      DocumentType<?> type = typeOf(document);
      JsonNode tree = PLAIN.readTree(AbaJson.standard().writeString(document));
      List<String> texts = new ArrayList<>();
      texts.add(tree.toString());
      List<JsonMutations.Mutation> mutations = seed == AssessmentGenerator.BASE_SEED
          ? JsonMutations.all(tree) : JsonMutations.sample(tree, new Random(seed), 150);
      mutations.forEach(mutation -> texts.add(mutation.text()));
      for (String text : texts) {
        JsonNode instance = PLAIN.readTree(text);
        Set<String> ours = ours(type, instance);
        assertThat(ours).as("seed %d %s: %s", seed, type, text).isEqualTo(theirs(type, instance));
        checked++;
        failing += ours.isEmpty() ? 0 : 1;
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(failing).as("most mutations fail some keyword").isGreaterThan(checked / 2);
  }

  /**
   * The hostile and fine texts of issue 10 (invisible characters, controls, bidirectional
   * controls, emoji, scripts) in every string of a document of every type: the text patterns
   * (a visible character; no disallowed character) and every other pattern match alike.
   */
  @Test
  void hostileTexts_inEveryString_sameFailuresAsAnIndependentValidator() {
    int checked = 0;
    for (Object document : ModuleContractTest.documents(AssessmentGenerator.BASE_SEED)) {
      DocumentType<?> type = typeOf(document);
      JsonNode tree = PLAIN.readTree(AbaJson.standard().writeString(document));
      Map<String, String> strings = new LinkedHashMap<>();
      stringsIn(tree, "", strings);
      for (String pointer : strings.values()) {
        for (HostileTexts.Case text : HostileTexts.all()) {
          JsonNode instance = tree.deepCopy();
          int slash = pointer.lastIndexOf('/');
          JsonNode parent = instance.at(pointer.substring(0, slash));
          String leaf = pointer.substring(slash + 1);
          if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(leaf),
                text.text());
          } else {
            ((tools.jackson.databind.node.ObjectNode) parent).put(leaf, text.text());
          }
          assertThat(ours(type, instance)).as("%s %s: %s", type, pointer, text)
              .isEqualTo(theirs(type, instance));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** Every string of a tree, one per shape (array indexes as *), by pointer. */
  private static void stringsIn(JsonNode node, String pointer, Map<String, String> found) {
    if (node.isString()) {
      found.putIfAbsent(pointer.replaceAll("/[0-9]+", "/*"), pointer);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        stringsIn(node.get(i), pointer + "/" + i, found);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        stringsIn(member.getValue(), pointer + "/" + Pointers.escape(member.getKey()), found);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "+10000-01-01",
      "2026-1-01", "2026-01-01T00:00", "２０２６-01-01", " 2026-01-01", "2026-13-01"})
  void dateFormat_agreesOnEdgeCases(String date) {
    JsonNode period = PLAIN.readTree("{\"start\":" + PLAIN.writeValueAsString(date)
        + ",\"end\":\"2026-12-31\"}");
    assertThat(part(DocumentType.OUTCOME_DATA, "/$defs/period", period))
        .isEqualTo(theirsPart(DocumentType.OUTCOME_DATA, "period", period));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/a?b=[1]", "https://example.org/ä", "http:x",
      "https://example.org/a b", "//example.org", "mailto:a@example.org", "https://[::1]/",
      "https://example.org/%zz", "HTTPS://EXAMPLE.ORG", "https://ex ample.org"})
  void uriFormat_agreesOnEdgeCases(String uri) {
    JsonNode evidence = PLAIN.readTree("{\"kind\":\"PROCESSES\",\"summary\":\"s\",\"source\":"
        + PLAIN.writeValueAsString(uri) + "}");
    assertThat(part(DocumentType.ASSESSMENT, "/$defs/evidence", evidence))
        .isEqualTo(theirsPart(DocumentType.ASSESSMENT, "evidence", evidence));
  }

  @Test
  void pattern_dollarMatchesOnlyAtTheVeryEnd_asEcma262() {
    assertThat(SchemaCheck.ecmaPattern("^[a-z]+$").matcher("share\n").find()).isFalse();
    assertThat(SchemaCheck.ecmaPattern("^[a-z]+$").matcher("share").find()).isTrue();
    assertThat(SchemaCheck.ecmaPattern("^[$]+\\$$").matcher("$$").find()).isTrue();
    JsonNode rating = PLAIN.readTree("{\"action\":\"share-power\\n\",\"rating\":3,"
        + "\"evidence\":[]}");
    assertThat(part(DocumentType.ASSESSMENT, "/$defs/rating", rating))
        .containsExactly("pattern /action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"oneOf\":[]}", "{\"properties\":{\"a\":{\"format\":\"email\"}}}",
      "{\"$ref\":\"https://example.org/x\"}", "{\"$ref\":\"#/$defs/missing\"}",
      "{\"additionalProperties\":{\"type\":\"string\"}}"})
  void schemaBeyondTheEvaluator_isRefusedWhenItLoads(String schema) {
    assertThatIllegalStateException().isThrownBy(() -> new SchemaCheck(PLAIN.readTree(schema)));
  }

  private static Set<String> ours(DocumentType<?> type, JsonNode instance) {
    return keys(SchemaCheck.of(type).failures(instance));
  }

  private static Set<String> part(DocumentType<?> type, String pointer, JsonNode instance) {
    return keys(SchemaCheck.of(type, pointer, "").failures(instance));
  }

  private static Set<String> keys(List<SchemaCheck.Failure> failures) {
    Set<String> keys = new TreeSet<>();
    for (SchemaCheck.Failure failure : failures) {
      keys.add(key(failure.keyword(), failure.path(), failure.property()));
    }
    return keys;
  }

  private static Set<String> theirs(DocumentType<?> type, JsonNode instance) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(type.getSchemaId()),
        PublishedSchemas.schemaTree(type));
    return theirKeys(schema.validate(instance));
  }

  /** The independent validator on a part: the document schema with its root replaced by a ref. */
  private static Set<String> theirsPart(DocumentType<?> type, String def, JsonNode instance) {
    tools.jackson.databind.node.ObjectNode schema =
        (tools.jackson.databind.node.ObjectNode) PublishedSchemas.schemaTree(type);
    tools.jackson.databind.node.ObjectNode part = PLAIN.createObjectNode();
    part.put("$schema", schema.get("$schema").asString());
    part.put("$ref", "#/$defs/" + def);
    part.set("$defs", schema.get("$defs"));
    return theirKeys(REGISTRY.getSchema(SchemaLocation.of("urn:test:" + type + ":" + def), part)
        .validate(instance));
  }

  private static Set<String> theirKeys(List<Error> errors) {
    Set<String> keys = new TreeSet<>();
    for (Error error : errors) {
      String path = error.getInstanceLocation() == null ? ""
          : error.getInstanceLocation().toString();
      keys.add(key(error.getKeyword(), path.equals("/") ? "" : path, error.getProperty()));
    }
    return keys;
  }

  private static String key(String keyword, String path, String property) {
    String at = path;
    if (property != null && (keyword.equals("required")
        || keyword.equals("additionalProperties"))) {
      String leaf = "/" + Pointers.escape(property);
      if (!at.endsWith(leaf)) {
        at = at + leaf;
      }
    }
    return keyword + " " + at;
  }

  private static DocumentType<?> typeOf(Object document) {
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType().isInstance(document)) {
        return type;
      }
    }
    throw new IllegalArgumentException(document.getClass().getName());
  }
}
