package org.assetbasedarea.aba.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
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
  private final StructuralReader reader;
  /** The part's schema, loaded on first use (a benign race: every load gives an equal check). */
  private volatile @Nullable SchemaCheck schema;

  StrictDeserializer(Class<T> type, AbaTypes.Part part, StructuralReader reader) {
    super(type);
    this.type = type;
    this.part = part;
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return bind(parser, copy(parser));
  }

  /**
   * A null document is no document: a JSON {@code null} that is the whole of the caller's JSON
   * fails as {@link AbaJson#read} reports it; a {@code null} inside the caller's own object stays
   * the caller's business (an optional field, say).
   */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    if (parser != null && parser.hasToken(JsonToken.VALUE_NULL)) {
      TokenStreamContext where = parser.streamReadContext();
      if (where == null || where.inRoot()) {
        return bind(parser, NULL);
      }
    }
    return null;
  }

  /** A field the caller's JSON leaves out is the caller's business, as a null in it is. */
  @Override
  public @Nullable Object getAbsentValue(DeserializationContext context) {
    return null;
  }

  private T bind(JsonParser parser, byte[] json) {
    if (type == Assessment.class) {
      // The reader's fast path answers the common case, a certainly valid assessment (so
      // structurally valid too); any other answer leaves it to the stages below. Its cross-field
      // check uses the built-in frameworks: an assessment of a local framework only takes the
      // longer way.
      Assessment fast = reader.fastAssessments().read(json, AbaValidator.shared());
      if (fast != null) {
        return type.cast(fast);
      }
    }
    SchemaCheck check = schema;
    if (check == null && part.document() != null) {
      check = part.schema();
      schema = check;
    }
    Structure<T> read = reader.read(json, type, check);
    T value = read.document();
    if (value == null) {
      throw InvalidDocumentException.of(parser, type, read.sortedIssues());
    }
    return value;
  }

  /** A JSON string literal of a text, every character beyond ASCII as a {@code \\u} escape. */
  static String asciiLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Copies the current value, leaving the parser on its last token as a deserializer must. When
   * the caller has already consumed the object's start (the parser is on a property name), the
   * copy starts the object itself.
   */
  private byte[] copy(JsonParser parser) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator out = reader.mapper().createGenerator(bytes)) {
      JsonToken token = parser.currentToken();
      int depth = 0;
      if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT) {
        // The caller consumed the object's start (a type id read first, say): the copy starts
        // it, and an object that held nothing else is {}.
        out.writeStartObject();
        depth = 1;
      }
      while (true) {
        if (token == null) {
          // The caller's parser ended inside the value (a token source that does not throw).
          throw InvalidDocumentException.of(parser, type, List.of(Issue.of("",
              IssueCode.MALFORMED_JSON, "ends before the value is complete")));
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
            String name = parser.currentName();
            if (Utf8.hasUnpairedSurrogate(name)) {
              // A generator cannot write it as a name: the module reports it alone, at the value
              // (the reader, at the object that holds it, with the value's other issues).
              throw InvalidDocumentException.of(parser, type, List.of(Issue.of(
                  "", IssueCode.INVALID_ENCODING, "has a field name with an "
                      + "escaped surrogate (\\uD800-\\uDFFF) that is not half of a pair")));
            }
            out.writeName(name);
            break;
          case VALUE_STRING:
            String text = parser.getString();
            if (Utf8.hasUnpairedSurrogate(text)) {
              // Copied as escapes, as the caller's text had it, so that the reader reports it at
              // its pointer as it does for any text (UTF-8 cannot hold a lone surrogate).
              out.writeRawValue(asciiLiteral(text));
            } else {
              out.writeString(text);
            }
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
