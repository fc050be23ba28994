package org.assetbasedarea.aba.json;

import org.assetbasedarea.aba.assessment.AreaCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** An {@link AreaCode} is a JSON string, such as {@code "E08000035"}. */
final class AreaCodeSerialization {
  private AreaCodeSerialization() {}

  static final class Serializer extends StdScalarSerializer<AreaCode> {
    Serializer() {
      super(AreaCode.class);
    }

    @Override
    public void serialize(AreaCode value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(value.toString());
    }
  }

  static final class Deserializer extends StdScalarDeserializer<AreaCode> {
    Deserializer() {
      super(AreaCode.class);
    }

    @Override
    public AreaCode deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (AreaCode) context.handleUnexpectedToken(AreaCode.class, parser);
      }
      String text = parser.getString();
      if (!AreaCode.isValid(text)) {
        throw context.weirdStringException(text, AreaCode.class,
            "must be E, W, S or N followed by 8 digits, like E08000035");
      }
      return AreaCode.of(text);
    }
  }
}
