package org.assetbasedarea.aba.json;

import org.assetbasedarea.aba.issues.Issue;
import tools.jackson.core.Version;
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
 * AbaValidator} reports them. Writing gives the contract's bytes whatever the mapper's settings:
 * field order, {@code schemaVersion} first, dates as ISO-8601 strings, absent values as the
 * contract says.
 *
 * <p>Each aba value is bound on its own: the module copies the value's tokens and reads them as
 * {@link AbaJson} does, under the default {@link ReadLimits}. A document bound this way is
 * therefore read twice over; where speed matters, call {@link AbaJson#read} directly.
 */
public final class AbaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public AbaModule() {
    super("aba", Version.unknownVersion());
    for (AbaTypes.Part part : AbaTypes.all()) {
      register(part);
    }
  }

  private <T> void register(AbaTypes.Part part) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) part.type();
    addDeserializer(type, new StrictDeserializer<>(type, part));
    addSerializer(type, new ContractSerializer<>(type));
  }

  /** The reading and writing every instance of the module delegates to. */
  static final class Contract {
    static final StructuralReader READER = new StructuralReader(ReadLimits.defaults());

    private Contract() {}
  }
}
