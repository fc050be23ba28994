package org.assetbasedarea.aba.json;

import org.assetbasedarea.aba.issues.Issue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for every aba type: the documents (assessment, framework, score report,
 * progress, outcome data and outcome report), their parts (a {@code Rating}, an {@code Area}, the
 * enums, ...) and {@link Issue}. It is listed in {@code META-INF/services}, so {@code
 * JsonMapper.builder().findAndAddModules()} (and Spring Boot's auto-configured mapper) finds it.
 *
 * <p><b>The module carries the contract.</b> Whatever mapper it is registered with, however that
 * mapper is configured (unknown properties ignored, scalar coercions allowed, floats accepted as
 * integers, as Spring Boot's is), an aba type binds exactly when {@link AbaJson#read} would find no
 * structural issue in the same JSON, and binds to the same value: unknown fields, missing required
 * fields, nulls where none is allowed, fractional numbers, numbers in strings, booleans for
 * numbers, duplicate keys and values outside the published schema all fail, with an {@link
 * InvalidDocumentException} that lists every issue. Cross-field rules (an unknown action, a
 * duplicate role) are not binding's business: a Jakarta Validator ({@code @Valid}) or {@code
 * AbaValidator} reports them. Writing gives the contract's JSON whatever the mapper's
 * serialization features: field order, {@code schemaVersion} first, dates as ISO-8601 strings,
 * enums by name, absent values as the contract says (the caller's generator still decides its
 * own output settings, such as indentation). Polymorphic typing of the caller's (a type id
 * around an aba value) is supported in both directions.
 *
 * <p>For JSON mappers: the module reads the tokens a parser gives as JSON, so other formats
 * (XML, CSV) that carry numbers as text do not bind.
 *
 * <p>Each aba value is bound on its own: the module copies the value's tokens and reads them as
 * {@link AbaJson} does, under the default {@link ReadLimits}. A document bound this way is
 * therefore read twice over; where speed matters, call {@link AbaJson#read} directly.
 */
public final class AbaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module, reading under the default {@link ReadLimits}. */
  public AbaModule() {
    this(Defaults.READER);
  }

  /** A module reading under other limits: {@link AbaJson#mapper()} uses its own. */
  AbaModule(StructuralReader reader) {
    super("aba", Version.unknownVersion());
    PartDeserializers deserializers = new PartDeserializers();
    for (AbaTypes.Part part : AbaTypes.all()) {
      register(part, reader, deserializers);
    }
    setDeserializers(deserializers);
  }

  private <T> void register(AbaTypes.Part part, StructuralReader reader,
      PartDeserializers deserializers) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) part.type();
    deserializers.addDeserializer(type, new StrictDeserializer<>(type, part, reader));
    addSerializer(type, new ContractSerializer<>(type, reader.mapper()));
  }

  /**
   * The strict deserializers, found for an aba type and for its implementation classes too: a
   * caller's polymorphic typing names the class it wrote ({@code ImmutableAssessment}), and that
   * must bind as strictly as {@code Assessment}.
   */
  private static final class PartDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type,
        DeserializationConfig config, BeanDescription.Supplier description) {
      ValueDeserializer<?> found = super.findBeanDeserializer(type, config, description);
      return found != null ? found : forSubclass(type.getRawClass(), config, description);
    }

    @Override
    public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type,
        DeserializationConfig config, BeanDescription.Supplier description) {
      ValueDeserializer<?> found = super.findEnumDeserializer(type, config, description);
      return found != null ? found : forSubclass(type.getRawClass(), config, description);
    }

    private @Nullable ValueDeserializer<?> forSubclass(Class<?> raw,
        DeserializationConfig config, BeanDescription.Supplier description) {
      for (AbaTypes.Part part : AbaTypes.all()) {
        if (part.type() != raw && part.type().isAssignableFrom(raw)) {
          return super.findBeanDeserializer(config.constructType(part.type()), config,
              description);
        }
      }
      return null;
    }
  }

  /** The reader of every module built with the default limits. */
  private static final class Defaults {
    static final StructuralReader READER = new StructuralReader(ReadLimits.defaults());

    private Defaults() {}
  }
}
