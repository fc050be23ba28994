package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.NdjsonReader;
import org.assetbasedarea.aba.json.ReadLimits;
import org.assetbasedarea.aba.json.ReadResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link Documents} over aba-json's shared {@link AbaJson}. */
final class JsonDocuments implements Documents {
  /** The top-level fields only a plan has. */
  private static final Set<String> PLAN_FIELDS = Set.of("goals", "checkIns", "kind", "startsOn",
      "endsOn", "midpointReviewOn", "baselineAssessedOn", "team");

  private final AbaJson json;
  /**
   * The parser factory {@link #detect} reads the top-level names with: the limits and duplicate
   * detection of the library's mapper, without building the mapper (reading a valid assessment
   * and writing its text report need no Jackson databind).
   */
  private final JsonFactory detector;
  /**
   * Rows in the tool's column order (the library's mapper orders map entries by key), decimals
   * plain; made on first use, as only the commands that write rows need the mapper.
   */
  private @Nullable ObjectWriter rows;

  JsonDocuments() {
    this(AbaJson.standard());
  }

  private JsonDocuments(AbaJson json) {
    this.json = json;
    this.detector = detector(json.getLimits());
  }

  /**
   * A factory whose parsers fail where the library mapper's parsers fail: the stream limits of
   * aba-json's reading (document size, nesting, number and name length) and duplicate keys.
   */
  static JsonFactory detector(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits.streamReadConstraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private ObjectWriter rows() {
    ObjectWriter writer = rows;
    if (writer == null) {
      writer = json.mapper().writer()
          .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
      rows = writer;
    }
    return writer;
  }

  @Override
  public Documents with(FrameworkRegistry registry) {
    return new JsonDocuments(AbaJson.builder().limits(json.getLimits()).registry(registry).build());
  }

  @Override
  public Loaded<Document> read(byte[] bytes) {
    Kind kind = detect(bytes);
    switch (kind) {
      case OUTCOME_DATA:
        return wrap(kind, json.read(bytes, DocumentType.OUTCOME_DATA));
      case FRAMEWORK:
        return wrap(kind, json.read(bytes, DocumentType.FRAMEWORK));
      case PLAN:
        return wrap(kind, json.read(bytes, DocumentType.PLAN));
      case APPROACH_CATALOGUE:
        return wrap(kind, json.read(bytes, DocumentType.APPROACH_CATALOGUE));
      default:
        return wrap(kind, json.read(bytes, DocumentType.ASSESSMENT));
    }
  }

  private static <T> Loaded<Document> wrap(Kind kind, ReadResult<T> result) {
    return result.isValid()
        ? Loaded.valid(new Document(kind, result.getDocument().orElseThrow()))
        : Loaded.invalid(result.getIssues());
  }

  /** The kind from the top-level field names; an assessment when the text cannot tell. */
  Kind detect(byte[] bytes) {
    if (bytes.length > json.getLimits().getMaxDocumentBytes()) {
      return Kind.ASSESSMENT;
    }
    try (JsonParser parser = detector.createParser(ObjectReadContext.empty(), bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Kind.ASSESSMENT;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if ("period".equals(name) || "responses".equals(name) || "tallies".equals(name)) {
          return Kind.OUTCOME_DATA;
        }
        if ("groupings".equals(name)) {
          return Kind.FRAMEWORK;
        }
        if ("approaches".equals(name)) {
          return Kind.APPROACH_CATALOGUE;
        }
        if (PLAN_FIELDS.contains(name)) {
          return Kind.PLAN;
        }
        if ("ratings".equals(name) || "assessedOn".equals(name)) {
          return Kind.ASSESSMENT;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return Kind.ASSESSMENT;
    } catch (JacksonException e) {
      return Kind.ASSESSMENT;
    }
  }

  @Override
  public <R> Lines<R> readAssessmentLines(InputStream in, int threads, Function<Line, R> work) {
    NdjsonReader<Assessment>.Mapped<R> answers = json.readLines(in, DocumentType.ASSESSMENT)
        .map(threads, line -> {
          ReadResult<Assessment> result = line.getResult();
          return work.apply(new Line(line.getNumber(), result.isValid()
              ? Loaded.valid(result.getDocument().orElseThrow())
              : Loaded.invalid(result.getIssues())));
        });
    return new Lines<>() {
      @Override
      public boolean hasNext() {
        return answers.hasNext();
      }

      @Override
      public R next() {
        return answers.next();
      }

      @Override
      public void close() {
        try {
          answers.close();
        } catch (IOException e) {
          // the stream was being read: nothing was written through it
        }
      }
    };
  }

  @Override
  public String write(Object document) {
    return TextFormat.safeJson(json.writeString(document));
  }

  @Override
  public byte[] writeBytes(Object document) {
    return TextFormat.safeJson(json.write(document));
  }

  @Override
  public String writeObject(Map<String, ? extends @Nullable Object> object) {
    return TextFormat.safeJson(rows().writeValueAsString(object));
  }

  @Override
  public String writePretty(Object document) {
    return TextFormat.safeJson(json.writePretty(document));
  }

  @Override
  public String writePrettyObject(Map<String, ?> object) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    // in the order the tool built it (the library's mapper orders map entries by key)
    return TextFormat.safeJson(json.mapper().writer().with(printer)
        .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(object));
  }

  @Override
  public String invalidLine(String file, long line, List<Issue> issues) {
    JsonMapper mapper = json.mapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("file", file);
    if (line > 0) {
      node.put("line", line);
    }
    node.put("valid", false);
    ArrayNode array = node.putArray("issues");
    for (Issue issue : issues) {
      array.add(mapper.<tools.jackson.databind.JsonNode>valueToTree(issue));
    }
    return TextFormat.safeJson(mapper.writeValueAsString(node));
  }

  @Override
  public String schema(String name) {
    if (name.equals(NETWORK_SCHEMA)) {
      return org.assetbasedarea.aba.network.NetworkJson.schema();
    }
    return DocumentType.named(name).getSchema();
  }
}
