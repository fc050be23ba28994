package org.assetbasedarea.aba.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an aba value with the contract's own mapper into the caller's generator, so the JSON does
 * not depend on the calling mapper's serialization features (only on its generator's, such as
 * indentation), and without flushing the caller's output.
 */
final class ContractSerializer<T> extends StdSerializer<T> {
  private final JsonMapper contract;
  private final ObjectWriter writer;

  ContractSerializer(Class<T> type, JsonMapper contract) {
    super(type);
    this.contract = contract;
    this.writer = contract.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    writer.writeValue(generator, value);
  }

  /**
   * With the caller's type id around the value (default typing, {@code @JsonTypeInfo}): the
   * contract's JSON is written first, then copied member by member inside the type id's wrapping.
   */
  @Override
  public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
      TypeSerializer types) {
    byte[] json = contract.writeValueAsBytes(value);
    try (JsonParser parser = contract.createParser(json)) {
      JsonToken first = parser.nextToken();
      WritableTypeId id = types.writeTypePrefix(generator, context,
          types.typeId(value, first));
      if (first == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          generator.writeName(parser.currentName());
          parser.nextToken();
          generator.copyCurrentStructure(parser);
        }
      } else {
        generator.copyCurrentStructure(parser);
      }
      types.writeTypeSuffix(generator, context, id);
    }
  }
}
