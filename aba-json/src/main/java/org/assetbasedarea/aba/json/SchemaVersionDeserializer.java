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
    if (parser.nextToken() == JsonToken.PROPERTY_NAME && PROPERTY.equals(parser.currentName())) {
      // The version first, as the library writes it: check it and stream the rest to the
      // builder, without buffering the document as a tree.
      parser.nextToken();
      if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT)
          || parser.getNumberType() != JsonParser.NumberType.INT
          || parser.getIntValue() != SchemaVersionWriter.VERSION) {
        throw MismatchedInputException.from(parser, handledType(),
            "unsupported schemaVersion; this library reads schemaVersion 1");
      }
      parser.nextToken();
      return _delegatee.deserialize(parser, context);
    }
    // Elsewhere: buffer the rest of the object (from the current property) as a tree.
    JsonNode version = null;
    ObjectNode object = context.getNodeFactory().objectNode();
    if (!parser.hasToken(JsonToken.END_OBJECT)) {
      object = (ObjectNode) context.readTree(parser);
      version = object.remove(PROPERTY);
    }
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
    @SuppressWarnings("serial") // linted by javac after 17; Set.copyOf is serializable
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
