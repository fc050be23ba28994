package org.assetbasedarea.aba.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an aba value with the contract's own mapper into the caller's generator, so the bytes do
 * not depend on the calling mapper's features (only its generator's, such as indentation).
 */
final class ContractSerializer<T> extends StdSerializer<T> {
  ContractSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    AbaModule.Contract.READER.mapper().writeValue(generator, value);
  }
}
