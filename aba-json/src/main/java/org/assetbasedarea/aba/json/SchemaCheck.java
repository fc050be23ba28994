package org.assetbasedarea.aba.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a tree against a document type's published JSON Schema (networknt, draft 2020-12, format
 * assertions on) and turns each error into an {@link Issue} with a stable code and a message of
 * our own that never repeats the document's text.
 */
final class SchemaCheck {
  /**
   * The pattern the schemas use for text that must not be blank: a character that is not white
   * space in the sense of {@link Character#isWhitespace(char)}, the rule {@code String.isBlank()}
   * and the model's {@code @NotBlank} apply.
   */
  static final String NOT_BLANK = "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006"
      + "\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build()));
  private static final Map<String, SchemaCheck> BY_TYPE = new ConcurrentHashMap<>();

  /**
   * The id pattern of the schemas: lower-case kebab case, written without a repeated group so
   * that no regular expression engine recurses once per character.
   */
  static final String KEBAB = "^(?!.*--)[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

  private static final java.util.regex.Pattern RATED_ACTION =
      java.util.regex.Pattern.compile("/ratings/[0-9]+/action");

  private static final java.util.regex.Pattern ANSWER =
      java.util.regex.Pattern.compile("/responses/[0-9]+/(ons4|loneliness|ascof)/[A-Za-z]+");

  private final JsonNode schemaNode;
  private final Schema schema;

  private SchemaCheck(DocumentType<?> type, String pointer) {
    JsonNode document = JsonMapper.shared().readTree(type.getSchema());
    this.schemaNode = pointer.isEmpty() ? document : part(type, (ObjectNode) document, pointer);
    String id = pointer.isEmpty() ? type.getSchemaId() : schemaNode.get("$id").asString();
    this.schema = REGISTRY.getSchema(SchemaLocation.of(id), schemaNode);
  }

  /**
   * A schema of its own for one part of a document's schema: the part by {@code $ref}, with the
   * document's {@code $defs} beside it (so the part's own references resolve as they do in the
   * document) and the document's root as one more definition (for parts defined there).
   */
  private static ObjectNode part(DocumentType<?> type, ObjectNode document, String pointer) {
    if (document.at(pointer).isMissingNode()) {
      throw new IllegalArgumentException("no " + pointer + " in the " + type + " schema");
    }
    ObjectNode defs = document.has("$defs") ? ((ObjectNode) document.get("$defs")).deepCopy()
        : document.objectNode();
    ObjectNode root = document.deepCopy();
    root.remove(List.of("$schema", "$id", "$defs"));
    defs.set(ROOT_DEF, root);
    ObjectNode part = document.objectNode();
    part.put("$schema", document.path("$schema").asString());
    part.put("$id", type.getSchemaId().replace(".schema.json", "")
        + "/parts" + pointer.replace("$", "") + ".schema.json");
    part.put("$ref", "#" + (pointer.startsWith("/$defs/") ? pointer
        : "/$defs/" + ROOT_DEF + pointer));
    part.set("$defs", defs);
    return part;
  }

  /** The name under which a part's schema keeps the document's root. */
  private static final String ROOT_DEF = "aba-document";

  /** @return the check of a document type's whole schema */
  static SchemaCheck of(DocumentType<?> type) {
    return of(type, "");
  }

  /**
   * The check of one part of a document type's schema.
   *
   * @param type the document type
   * @param pointer the JSON Pointer of the part in the schema, or empty for the whole document
   */
  static SchemaCheck of(DocumentType<?> type, String pointer) {
    return BY_TYPE.computeIfAbsent(type.getName() + pointer, key -> new SchemaCheck(type, pointer));
  }

  List<Issue> check(JsonNode document) {
    List<Error> errors = schema.validate(document);
    List<Issue> issues = new ArrayList<>(errors.size());
    for (Error error : errors) {
      issues.add(toIssue(error));
    }
    return issues;
  }

  private Issue toIssue(Error error) {
    String keyword = String.valueOf(error.getKeyword());
    String path = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    if (path.equals("/")) {
      path = "";
    }
    JsonNode where = schemaObject(error);
    String property = error.getProperty();
    if (property != null && ("required".equals(keyword) || "additionalProperties".equals(keyword)
        || "unevaluatedProperties".equals(keyword) || "dependentRequired".equals(keyword))) {
      String leaf = "/" + Pointers.escape(property);
      if (!path.endsWith(leaf)) {
        path = path + leaf;
      }
    }
    String leaf = path.substring(path.lastIndexOf('/') + 1);
    switch (keyword) {
      case "required":
        return Issue.of(path, IssueCode.MISSING_FIELD, "is required");
      case "additionalProperties":
      case "unevaluatedProperties":
        return Issue.of(path, IssueCode.UNKNOWN_FIELD, "is not a field of this document");
      case "type":
        if (error.getInstanceNode() != null && error.getInstanceNode().isNull()) {
          return Issue.of(path, IssueCode.MISSING_FIELD, "must not be null");
        }
        return Issue.of(path, IssueCode.WRONG_TYPE, "must be " + typeName(where.path("type")));
      case "const":
        if ("schemaVersion".equals(leaf) && path.equals("/schemaVersion")) {
          return Issue.of(path, IssueCode.UNSUPPORTED_SCHEMA_VERSION,
              "must be 1: this library reads schemaVersion 1");
        }
        return Issue.of(path, IssueCode.INVALID_VALUE, "must be " + where.path("const"));
      case "enum":
        return Issue.of(path, IssueCode.INVALID_VALUE, "must be one of " + list(where.path("enum")));
      case "pattern":
        return pattern(path, leaf, where.path("pattern").asString(""));
      case "format":
        String format = where.path("format").asString("");
        if ("date".equals(format)) {
          return Issue.of(path, IssueCode.INVALID_VALUE,
              "must be an ISO-8601 calendar date, like 2026-03-31");
        }
        if ("source".equals(leaf) || "uri".equals(format)) {
          return Issue.of(path, IssueCode.INVALID_SOURCE_URI,
              "must be an absolute http or https URI");
        }
        return Issue.of(path, IssueCode.INVALID_VALUE, "must be in " + format + " format");
      case "minLength":
        return Issue.of(path, IssueCode.BLANK_TEXT, "must not be blank");
      case "maxLength":
        return Issue.of(path, IssueCode.TEXT_TOO_LONG,
            "must be at most " + where.path("maxLength").asInt() + " characters");
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return Issue.of(path, ANSWER.matcher(path).matches() ? IssueCode.ANSWER_OUT_OF_RANGE
            : rangeCode(leaf), "must be " + range(where));
      case "maxItems":
        if ("evidence".equals(leaf)) {
          return Issue.of(path, IssueCode.TOO_MANY_EVIDENCE_ITEMS,
              "must have at most " + where.path("maxItems").asInt() + " evidence items");
        }
        return Issue.of(path, IssueCode.VALUE_OUT_OF_RANGE,
            "must have at most " + where.path("maxItems").asInt() + " items");
      case "minItems":
        return Issue.of(path, IssueCode.VALUE_OUT_OF_RANGE,
            "must have at least " + where.path("minItems").asInt() + " items");
      default:
        return Issue.of(path, IssueCode.CONSTRAINT_VIOLATED,
            "breaks the schema rule '" + keyword + "'");
    }
  }

  private static Issue pattern(String path, String leaf, String pattern) {
    if (pattern.equals(KEBAB) && "/framework".equals(path)) {
      // Every framework id is kebab case, so a malformed one names no known framework: the same
      // code the validator gives a well-formed unknown id.
      return Issue.of(path, IssueCode.UNKNOWN_FRAMEWORK,
          "names no known framework: framework ids are lower-case kebab case, like aba-2020");
    }
    if (pattern.equals(KEBAB) && RATED_ACTION.matcher(path).matches()) {
      return Issue.of(path, IssueCode.UNKNOWN_ACTION,
          "names no action of the framework: action ids are lower-case kebab case, like"
              + " share-power");
    }
    if (pattern.equals(AreaCode.PATTERN)) {
      return Issue.of(path, IssueCode.INVALID_AREA_CODE,
          "must be E, W, S or N followed by 8 digits, like E08000035");
    }
    if (pattern.equals(NOT_BLANK)) {
      return Issue.of(path, IssueCode.BLANK_TEXT, "must not be blank");
    }
    if ("source".equals(leaf)) {
      return Issue.of(path, IssueCode.INVALID_SOURCE_URI, "must be an absolute http or https URI");
    }
    if (pattern.equals(KEBAB)) {
      return Issue.of(path, IssueCode.INVALID_VALUE,
          "must be a lower-case kebab-case id, like share-power");
    }
    return Issue.of(path, IssueCode.INVALID_VALUE, "does not have the required form");
  }

  private static IssueCode rangeCode(String leaf) {
    switch (leaf) {
      case "rating":
      case "effectiveRating":
        return IssueCode.RATING_OUT_OF_RANGE;
      case "count":
        return IssueCode.COUNT_OUT_OF_RANGE;
      default:
        return IssueCode.VALUE_OUT_OF_RANGE;
    }
  }

  private static String range(JsonNode where) {
    JsonNode min = where.get("minimum");
    JsonNode max = where.get("maximum");
    if (min != null && max != null) {
      return "from " + min + " to " + max;
    }
    if (min != null) {
      return "at least " + min;
    }
    if (max != null) {
      return "at most " + max;
    }
    if (where.has("exclusiveMinimum")) {
      return "greater than " + where.get("exclusiveMinimum");
    }
    return "less than " + where.path("exclusiveMaximum");
  }

  private static String typeName(JsonNode type) {
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(typeName(t)));
      return String.join(" or ", names);
    }
    switch (type.asString("")) {
      case "object":
        return "an object";
      case "array":
        return "an array";
      case "integer":
        return "an integer";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "null":
        return "null";
      default:
        return "a string";
    }
  }

  private static String list(JsonNode values) {
    StringBuilder text = new StringBuilder();
    for (Iterator<JsonNode> it = values.iterator(); it.hasNext(); ) {
      JsonNode value = it.next();
      text.append(value.isString() ? value.asString() : value.toString());
      if (it.hasNext()) {
        text.append(", ");
      }
    }
    return text.toString();
  }

  /** The schema object holding the failing keyword, found from the error's schema location. */
  private JsonNode schemaObject(Error error) {
    SchemaLocation location = error.getSchemaLocation();
    if (location == null || location.getFragment() == null) {
      return schemaNode;
    }
    String fragment = location.getFragment().toString();
    if (fragment.startsWith("#")) {
      fragment = fragment.substring(1);
    }
    int slash = fragment.lastIndexOf('/');
    String parent = slash <= 0 ? "" : fragment.substring(0, slash);
    JsonNode node = parent.isEmpty() ? schemaNode : schemaNode.at(parent);
    return node.isMissingNode() ? schemaNode : node;
  }
}
