package org.assetbasedarea.aba.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamWriteException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Binds one aba type whatever the calling mapper's settings: copies the value's tokens as they
 * came (numbers in their own text, keys as often as they appear), then reads the copy through
 * {@link StructuralReader}, as {@link AbaJson#read} does. Throws {@link InvalidDocumentException}
 * with every structural issue, or returns the value.
 */
final class StrictDeserializer<T> extends StdDeserializer<T> {
  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  private final Class<T> type;
  private final AbaTypes.Part part;

  StrictDeserializer(Class<T> type, AbaTypes.Part part) {
    super(type);
    this.type = type;
    this.part = part;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    byte[] json;
    try {
      json = copy(parser);
    } catch (StreamWriteException e) {
      // The only text a generator refuses from a parsed value: a lone surrogate in a string.
      throw InvalidDocumentException.of(parser, type, List.of(Issue.of("",
          IssueCode.INVALID_ENCODING, "contains an unpaired surrogate character")));
    }
    return bind(parser, json);
  }

  /**
   * A null document is no document: at the root of the caller's JSON, {@code null} fails as
   * {@link AbaJson#read} reports it; inside the caller's own object a null stays the caller's
   * business (an optional field, say).
   */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null) {
      TokenStreamContext where = parser.streamReadContext();
      if (where == null || where.inRoot()) {
        return bind(parser, NULL);
      }
    }
    return null;
  }

  private T bind(JsonParser parser, byte[] json) {
    Structure<T> read = AbaModule.Contract.READER.read(json, type, part.schema());
    T value = read.document();
    if (value == null) {
      throw InvalidDocumentException.of(parser, type, read.sortedIssues());
    }
    return value;
  }

  /**
   * Copies the current value, leaving the parser on its last token as a deserializer must. When
   * the caller has already consumed the object's start (the parser is on a property name), the
   * copy starts the object itself.
   */
  private static byte[] copy(JsonParser parser) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = AbaModule.Contract.READER.mapper().createGenerator(bytes)) {
      JsonToken token = parser.currentToken();
      int depth = 0;
      if (token == JsonToken.PROPERTY_NAME) {
        out.writeStartObject();
        depth = 1;
      }
      while (true) {
        if (token == null) {
          // The caller's parser ended inside the value (a token source that does not throw).
          out.writeRawValue(" ");
          break;
        }
        switch (token) {
          case START_OBJECT:
            out.writeStartObject();
            depth++;
            break;
          case START_ARRAY:
            out.writeStartArray();
            depth++;
            break;
          case END_OBJECT:
            out.writeEndObject();
            depth--;
            break;
          case END_ARRAY:
            out.writeEndArray();
            depth--;
            break;
          case PROPERTY_NAME:
            out.writeName(parser.currentName());
            break;
          case VALUE_STRING:
            out.writeString(parser.getString());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            // The number as written (3, 3.0, 3e0 and "3" stay apart), unchecked: the copy is
            // parsed again under the reader's limits, which report what is not a JSON number.
            out.writeNumber(parser.getString());
            break;
          case VALUE_TRUE:
            out.writeBoolean(true);
            break;
          case VALUE_FALSE:
            out.writeBoolean(false);
            break;
          case VALUE_NULL:
            out.writeNull();
            break;
          default:
            // An embedded object from a token buffer: no JSON value of the contract, so the
            // copy is made malformed at this place and the reader reports it.
            out.writeRawValue("?");
            break;
        }
        if (depth == 0) {
          break;
        }
        token = parser.nextToken();
      }
    }
    return bytes.toByteArray();
  }
}
