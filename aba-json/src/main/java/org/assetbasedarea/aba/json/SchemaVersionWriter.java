package org.assetbasedarea.aba.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/** Writes the virtual {@code schemaVersion} property first in every top-level document. */
final class SchemaVersionWriter extends VirtualBeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /** The only schema version this library writes and reads. */
  static final int VERSION = 1;

  SchemaVersionWriter() {}

  private SchemaVersionWriter(BeanPropertyDefinition definition, Annotations annotations,
      JavaType type) {
    super(definition, annotations, type);
  }

  @Override
  protected Object value(Object bean, JsonGenerator generator, SerializationContext context) {
    return VERSION;
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
      BeanPropertyDefinition definition, JavaType type) {
    return new SchemaVersionWriter(definition, declaringClass.getAnnotations(), type);
  }
}
