package org.assetbasedarea.aba.json;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a top-level document: requires {@code "schemaVersion": 1}, removes it, and hands the rest
 * to the builder-based deserializer, so that a plain mapper with the module is as strict about the
 * version as {@link AbaJson}.
 */
final class SchemaVersionDeserializer extends DelegatingDeserializer {
  static final String PROPERTY = "schemaVersion";

  SchemaVersionDeserializer(ValueDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
    return new SchemaVersionDeserializer(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.START_OBJECT)) {
      throw MismatchedInputException.from(parser, handledType(),
          "a document must be a JSON object");
    }
    JsonNode tree = context.readTree(parser);
    ObjectNode object = (ObjectNode) tree;
    JsonNode version = object.remove(PROPERTY);
    if (version == null) {
      throw MismatchedInputException.from(parser, handledType(),
          "missing required property 'schemaVersion'");
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt()
        || version.intValue() != SchemaVersionWriter.VERSION) {
      throw MismatchedInputException.from(parser, handledType(),
          "unsupported schemaVersion; this library reads schemaVersion 1");
    }
    try (JsonParser rest = object.traverse(context)) {
      rest.nextToken();
      return _delegatee.deserialize(rest, context);
    }
  }

  /** Wraps the deserializers of the top-level document types (and of their builders). */
  static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;
    private final Set<Class<?>> documentTypes;

    Modifier(Set<Class<?>> documentTypes) {
      this.documentTypes = Set.copyOf(documentTypes);
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (documentTypes.contains(type)) {
        return new SchemaVersionDeserializer(deserializer);
      }
      return deserializer;
    }
  }
}
