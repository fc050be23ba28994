package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The published schemas: where they are, what they declare, and that they stay closed. */
class SchemaFilesTest {
  static List<DocumentType<?>> types() {
    return DocumentType.values();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void schemaInJar_isTheFileAtTheDocumentedRepositoryPath(DocumentType<?> type) throws IOException {
    assertThat(type.getSchema())
        .isEqualTo(Files.readString(PublishedSchemas.file(type), StandardCharsets.UTF_8));
    assertThat(type.getSchemaResource())
        .isEqualTo("org/assetbasedarea/aba/json/schema/" + type.getName() + ".schema.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void schema_isDraft202012_withItsId_andNoRemoteReferences(DocumentType<?> type) {
    JsonNode schema = PublishedSchemas.schemaTree(type);
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://assetbasedarea.org/schema/aba/1/" + type.getName() + ".schema.json")
        .isEqualTo(type.getSchemaId());
    assertThat(schema.path("required").get(0).asString()).isEqualTo("schemaVersion");
    assertThat(schema.path("properties").path("schemaVersion").path("const").asInt()).isEqualTo(1);
    for (JsonNode ref : schema.findValues("$ref")) {
      assertThat(ref.asString()).as("only local references").startsWith("#/$defs/");
      assertThat(schema.at(ref.asString().substring(1)).isMissingNode()).as(ref.asString()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyObjectSchema_forbidsUnknownFields(DocumentType<?> type) {
    List<JsonNode> objects = new ArrayList<>();
    collectObjectSchemas(PublishedSchemas.schemaTree(type), objects);
    assertThat(objects).isNotEmpty();
    for (JsonNode object : objects) {
      assertThat(object.path("additionalProperties").isBoolean()
          && !object.path("additionalProperties").asBoolean()).as(object.toString()).isTrue();
    }
  }

  private static void collectObjectSchemas(JsonNode node, List<JsonNode> into) {
    if (node.isObject()) {
      JsonNode type = node.get("type");
      boolean object = type != null && ((type.isString() && type.asString().equals("object"))
          || (type.isArray() && type.toString().contains("\"object\"")));
      if (object) {
        into.add(node);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collectObjectSchemas(field.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectObjectSchemas(child, into));
    }
  }
}
