package org.assetbasedarea.aba.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one entry point for reading and writing aba documents as JSON.
 *
 * <p>Reading is strict and hardened: {@link #read(byte[], DocumentType)} checks the size, parses
 * under {@link ReadLimits} (duplicate keys, invalid UTF-8, unescaped control characters, NaN,
 * trailing content and oversized values are issues), checks the published JSON Schema, binds, and
 * runs {@link AbaValidator} (cross-field rules such as unknown or duplicate actions). It returns a
 * document only when there is no issue; otherwise every issue, each with a JSON Pointer, its line
 * and column, a stable {@link IssueCode} and a message, in document order. It never throws for bad
 * input.
 *
 * <pre>{@code
 * ReadResult<Assessment> result = AbaJson.standard().read(bytes, DocumentType.ASSESSMENT);
 * if (result.isValid()) { ... result.getDocument().get() ... } else { result.getIssues() ... }
 * }</pre>
 *
 * <p>Writing gives the contracts' JSON: {@code schemaVersion} first, fields in contract order, the
 * same bytes every time. Instances are immutable and thread-safe; build one and share it.
 */
public final class AbaJson {
  private final ReadLimits limits;
  private final @Nullable AbaValidator explicitValidator;
  private final FrameworkRegistry registry;
  private final StructuralReader structural;
  /** Built on first need, as the pretty writer: reading a valid assessment needs neither. */
  private volatile @Nullable JsonMapper mapper;
  private volatile @Nullable ObjectWriter prettyWriter;
  private volatile @Nullable AbaValidator validator;

  private AbaJson(Builder builder) {
    this.limits = builder.limits;
    this.explicitValidator = builder.validator;
    this.registry = builder.validator != null ? builder.validator.getRegistry() : builder.registry;
    this.structural = new StructuralReader(limits);
  }

  private static final class Standard {
    static final AbaJson INSTANCE = builder().build();
  }

  /** @return the shared instance: default limits, the built-in frameworks, the shared validator */
  public static AbaJson standard() {
    return Standard.INSTANCE;
  }

  /** @return a builder for an instance with other limits or frameworks */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A mapper with the {@link AbaModule}, for callers who bind aba values inside JSON of their
   * own: aba types bind exactly as the module promises (an {@link InvalidDocumentException} with
   * every structural issue), and the mapper is strictly configured for other types too (unknown
   * properties, duplicate keys, trailing tokens, nulls for primitives, numbers for enums, floats
   * for integers and scalar coercions fail). It throws on bad input, as any Jackson mapper does:
   * use {@code read} for a list of issues that includes the cross-field rules.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    JsonMapper built = mapper;
    if (built == null) {
      synchronized (this) {
        built = mapper;
        if (built == null) {
          // one instance per AbaJson, as callers may keep it and compare
          built = strictMapper(JsonMapper.builder(LocatedTree.factory(limits))
              .addModule(new AbaModule(structural)));
          mapper = built;
        }
      }
    }
    return built;
  }

  private ObjectWriter prettyWriter() {
    ObjectWriter built = prettyWriter;
    if (built == null) {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      built = structural.mapper().writer().with(printer);
      prettyWriter = built;
    }
    return built;
  }

  /** @return the limits this instance reads under */
  public ReadLimits getLimits() {
    return limits;
  }

  /** @return the frameworks assessments are resolved against */
  public FrameworkRegistry getRegistry() {
    return registry;
  }

  /**
   * The strict configuration: every mapper the library reads or writes with has it. With {@link
   * AbaModule} the module alone makes binding strict; the features keep the rest of a mapper (any
   * type that is not aba's) strict too.
   */
  static JsonMapper strictMapper(JsonMapper.Builder builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfigDefaults(config -> config
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setAcceptBlankAsEmpty(false))
        .build();
  }

  // -- reading -----------------------------------------------------------------------------------

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the document's bytes
   * @param type what the document is
   * @param <T> the document's Java type
   * @return the document, or every issue found
   */
  public <T> ReadResult<T> read(byte[] json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length > limits.getMaxDocumentBytes()) {
      return ReadResult.invalid(List.of(tooLarge()));
    }
    try {
      if (type == DocumentType.ASSESSMENT) {
        // Valid assessments (the common case) skip the located parse and the schema check.
        Assessment fast = structural.fastAssessments().read(json, validator());
        if (fast != null) {
          return ReadResult.valid(type.getJavaType().cast(fast));
        }
      }
      return readChecked(json, type);
    } catch (RuntimeException | StackOverflowError e) {
      // Every fault of the input is an issue of its own code before this point: what arrives
      // here is a bug of the library, reported as one (the fuzzers fail on this code), never as
      // a fault of the document.
      return ReadResult.invalid(List.of(internalError(e)));
    }
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document's text
   * @param type what the document is
   * @param <T> the document's Java type
   * @return the document, or every issue found
   */
  public <T> ReadResult<T> read(String json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length() > limits.getMaxDocumentBytes()) {
      return ReadResult.invalid(List.of(tooLarge()));
    }
    ByteBuffer encoded;
    try {
      encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(json));
    } catch (CharacterCodingException e) {
      return ReadResult.invalid(List.of(Issue.of("", IssueCode.INVALID_ENCODING,
          "contains an unpaired surrogate character").atLocation(1, 1)));
    }
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return read(bytes, type);
  }

  /**
   * Reads a document from a stream, reading at most {@link ReadLimits#getMaxDocumentBytes()} + 1
   * bytes. The stream is not closed.
   *
   * @param json the document's UTF-8 bytes
   * @param type what the document is
   * @param <T> the document's Java type
   * @return the document, or every issue found
   * @throws UncheckedIOException when the stream cannot be read
   */
  public <T> ReadResult<T> read(InputStream json, DocumentType<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    byte[] bytes;
    try {
      bytes = json.readNBytes(limits.getMaxDocumentBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(bytes, type);
  }

  static Issue internalError(Throwable e) {
    return Issue.of("", IssueCode.INTERNAL_ERROR, "could not be read because of an error in the "
        + "aba library (" + e.getClass().getName() + "); please report it").atLocation(1, 1);
  }

  private Issue tooLarge() {
    return Issue.of("", IssueCode.LIMIT_EXCEEDED,
        "is larger than the limit of " + limits.getMaxDocumentBytes() + " bytes").atLocation(1, 1);
  }

  /** The full path alone, without the assessment fast path: for tests that compare the two. */
  <T> ReadResult<T> readWithoutFastPath(byte[] json, DocumentType<T> type) {
    return readChecked(json, type);
  }

  /** @return the assessment fast path of this instance, for tests */
  FastAssessmentRead fastAssessments() {
    return structural.fastAssessments();
  }

  /** @return the validator this instance reads with */
  AbaValidator readValidator() {
    return validator();
  }

  private <T> ReadResult<T> readChecked(byte[] json, DocumentType<T> type) {
    Structure<T> structure = structural.read(json, type.getJavaType(), SchemaCheck.of(type));
    LocatedTree tree = structure.tree();
    Map<String, Issue> merged = structure.issues();
    T document = structure.boundValue();
    Pruning pruning = null;
    JsonNode root = tree.root();
    if (document == null && root != null && !merged.isEmpty()) {
      // Every issue at once: the cross-field rules run on what parsed, without what the
      // structural issues are about.
      pruning = Pruning.of(root, merged.values());
      document = structural.bindOrNull(pruning.root(), type.getJavaType());
    }
    if (document != null) {
      Set<String> reportedPaths = new HashSet<>();
      for (Issue issue : merged.values()) {
        reportedPaths.add(issue.getPath());
      }
      // A plan whose goals list is itself missing or not a list bound without goals: its
      // check-ins name goals that were lost, not unknown ones.
      boolean goalsLost = false;
      for (Issue issue : merged.values()) {
        goalsLost |= type == DocumentType.PLAN && Pruning.losesGoals(issue);
      }
      for (Issue found : validator().validateAll(document)) {
        Issue issue = pruning == null ? found : pruning.restore(found);
        if (goalsLost && found.getCode() == IssueCode.UNKNOWN_GOAL) {
          continue;
        }
        if (issue != null && !reportedPaths.contains(issue.getPath())
            && !tree.isDamaged(issue.getPath())) {
          merged.putIfAbsent(Structure.key(issue), tree.locate(issue));
        }
      }
    }
    if (merged.isEmpty() && document != null) {
      return ReadResult.valid(document);
    }
    return ReadResult.invalid(Structure.sorted(merged.values()));
  }

  private AbaValidator validator() {
    AbaValidator current = validator;
    if (current == null) {
      if (explicitValidator != null) {
        current = explicitValidator;
      } else if (registry == FrameworkRegistry.builtIn()) {
        current = AbaValidator.shared();
      } else {
        current = AbaValidator.create(registry);
      }
      validator = current;
    }
    return current;
  }

  // -- writing -----------------------------------------------------------------------------------

  /**
   * Writes a document as compact UTF-8 JSON on one line (suitable for NDJSON).
   *
   * @param document an assessment, framework, score report, progress, outcome data or outcome
   *     report, or an {@link Issue}
   * @return the JSON bytes; the same document always gives the same bytes
   * @throws IllegalArgumentException when the object is not of a type the library writes
   */
  public byte[] write(Object document) {
    try {
      return structural.mapper().writeValueAsBytes(checkWritable(document));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + document.getClass().getName(), e);
    }
  }

  /**
   * Writes a document as compact JSON on one line.
   *
   * @param document a document of the library
   * @return the JSON text
   * @throws IllegalArgumentException when the object is not of a type the library writes
   */
  public String writeString(Object document) {
    return new String(write(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes a document as indented JSON (two spaces, {@code \n} line ends, no final newline), for
   * people and for files kept under version control.
   *
   * @param document a document of the library
   * @return the JSON text
   * @throws IllegalArgumentException when the object is not of a type the library writes
   */
  public String writePretty(Object document) {
    try {
      return prettyWriter().writeValueAsString(checkWritable(document));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write " + document.getClass().getName(), e);
    }
  }

  /**
   * Writes a document as compact UTF-8 JSON to a stream, which is not closed.
   *
   * @param document a document of the library
   * @param out where to write
   * @throws IllegalArgumentException when the object is not of a type the library writes
   * @throws UncheckedIOException when the stream cannot be written
   */
  public void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = write(document);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object checkWritable(Object document) {
    Objects.requireNonNull(document, "document");
    for (DocumentType<?> type : DocumentType.values()) {
      if (type.getJavaType().isInstance(document)) {
        return document;
      }
    }
    if (document instanceof Issue) {
      return document;
    }
    throw new IllegalArgumentException(
        "not a document of the library: " + document.getClass().getName());
  }

  /**
   * Reads newline-delimited JSON: one document per line, with bounded memory. The caller closes
   * the reader (which closes the stream).
   *
   * @param in UTF-8 NDJSON
   * @param type what each line is
   * @param <T> the documents' Java type
   * @return a reader giving one result per non-blank line
   */
  public <T> NdjsonReader<T> readLines(InputStream in, DocumentType<T> type) {
    return new NdjsonReader<>(this, in, type);
  }

  /** Builds an {@link AbaJson}. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private FrameworkRegistry registry = FrameworkRegistry.builtIn();
    private @Nullable AbaValidator validator;

    private Builder() {}

    /**
     * Sets the reading limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the frameworks assessments may name; a validator over them is built on first read.
     *
     * @param registry the frameworks
     * @return this builder
     */
    public Builder registry(FrameworkRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      this.validator = null;
      return this;
    }

    /**
     * Sets the validator to run after binding (and so its registry), to share one already built.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(AbaValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      this.registry = validator.getRegistry();
      return this;
    }

    /** @return the instance */
    public AbaJson build() {
      return new AbaJson(this);
    }
  }
}
