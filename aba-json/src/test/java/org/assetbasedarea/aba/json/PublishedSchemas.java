package org.assetbasedarea.aba.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas as a non-Java tool sees them: read from the documented repository path
 * (not through the library), validated by networknt with format assertions on.
 */
final class PublishedSchemas {
  /** The documented repository path of the schema files, relative to the aba-json module. */
  static final Path FOLDER = Path.of("src/main/resources/org/assetbasedarea/aba/json/schema");

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private PublishedSchemas() {}

  static Path file(DocumentType<?> type) {
    return FOLDER.resolve(type.getName() + ".schema.json");
  }

  static JsonNode schemaTree(DocumentType<?> type) {
    try {
      return PLAIN.readTree(Files.readString(file(type)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors the published schema finds in a JSON text (parsed by a plain mapper). */
  static List<Error> errors(DocumentType<?> type, String json) {
    return errors(type, PLAIN.readTree(json));
  }

  static List<Error> errors(DocumentType<?> type, JsonNode document) {
    Schema schema = SCHEMAS.computeIfAbsent(type.getName(), name -> REGISTRY.getSchema(
        SchemaLocation.of(type.getSchemaId()), schemaTree(type)));
    return schema.validate(document);
  }
}
