package org.assetbasedarea.aba.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a tree against a document type's published JSON Schema (or one part of it) and turns each
 * failed keyword into an {@link Issue} with a stable code and a message of our own that never
 * repeats the document's text.
 *
 * <p>The evaluator is the library's own, for the keywords the published schemas use and draft
 * 2020-12's meaning of each: {@code $ref} (local), {@code type}, {@code const}, {@code enum},
 * {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items}, {@code
 * minItems}, {@code maxItems}, {@code minLength} and {@code maxLength} (in code points), {@code
 * pattern} (found anywhere in the string, as ECMA-262 does, and by code point, as with its {@code u}
 * flag: a character beyond the Basic Multilingual Plane, written as an escaped surrogate pair, is
 * one character), {@code minimum}, {@code maximum} and
 * the formats {@code date} and {@code uri} asserted. One departure, shared with the independent
 * validator the tests compare against: a value of the wrong type gets the {@code type} failure
 * (and {@code const} or {@code enum}), not the keywords of the type it lacks, so 4.5 for an
 * integer from 1 to 4 is the wrong type, not also out of range. It is linear in the document, needs no
 * schema library (nor its logging) at run time, and tests hold it to an independent validator
 * (networknt) on every generated and mutated document. A schema with any other keyword is refused
 * when it loads.
 */
final class SchemaCheck {
  /**
   * The pattern the schemas give a text that must have content: a visible character, exactly the
   * model's {@link VisibleText} ({@code BLANK_TEXT}).
   */
  static final String VISIBLE = VisibleText.PATTERN;

  /**
   * The pattern the schemas give every text ({@code $defs/plainText}, referenced beside a text's
   * own pattern): no disallowed character, exactly the model's {@link PlainText} ({@code
   * DISALLOWED_CHARACTER}).
   */
  static final String PLAIN = PlainText.PATTERN;

  /** The keywords this evaluator knows; annotations ({@code title}, ...) do nothing. */
  private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$defs", "$ref", "type",
      "const", "enum", "properties", "required", "additionalProperties", "items", "minItems",
      "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "format", "title",
      "description");

  /**
   * What the {@code uri} format accepts of a text Java cannot parse as a URI: a scheme-like start,
   * exactly as the independent validator the tests compare against (its class {@code +-\\.} is
   * the range from {@code +} to {@code .}).
   */
  private static final java.util.regex.Pattern URI_PREFIX =
      java.util.regex.Pattern.compile("([A-Za-z0-9+-\\.]*:)?//|[A-Za-z0-9+-\\.]+:");

  private static final Map<String, SchemaCheck> BY_TYPE = new ConcurrentHashMap<>();

  /**
   * The id pattern of the schemas: lower-case kebab case, written without a repeated group so
   * that no regular expression engine recurses once per character.
   */
  static final String KEBAB = "^(?!.*--)[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

  private static final java.util.regex.Pattern RATED_ACTION =
      java.util.regex.Pattern.compile("/(ratings|goals)/[0-9]+/action");
  private static final java.util.regex.Pattern CHECKED_GOAL =
      java.util.regex.Pattern.compile("/checkIns/[0-9]+/goals/[0-9]+/action");
  private static final java.util.regex.Pattern TARGETED_INDICATOR =
      java.util.regex.Pattern.compile("/goals/[0-9]+/outcomeTarget/indicator");
  private static final java.util.regex.Pattern GOAL_RATING =
      java.util.regex.Pattern.compile("/goals/[0-9]+/(baseline|target)");

  private static final java.util.regex.Pattern NAMED_APPROACH =
      java.util.regex.Pattern.compile("/ratings/[0-9]+/evidence/[0-9]+/approach");

  private static final java.util.regex.Pattern ANSWER =
      java.util.regex.Pattern.compile(
          "/responses/[0-9]+/(ons4|loneliness|ascof)/[A-Za-z]+|/tallies/[0-9]+/value");

  private final JsonNode schemaNode;
  private final JsonNode entry;
  private final String instancePrefix;
  private final Map<String, java.util.regex.Pattern> patterns = new HashMap<>();

  /**
   * A check of a schema of its own.
   *
   * @throws IllegalStateException when the schema uses a keyword, format or reference this
   *     evaluator does not implement
   */
  SchemaCheck(JsonNode schema) {
    this(schema, "");
  }

  /**
   * @param instancePrefix where a value checked against this schema sits in its document (for a
   *     part: {@code /ratings/0} for a rating), so that its issues get the codes they get there
   */
  private SchemaCheck(JsonNode schema, String instancePrefix) {
    this.schemaNode = schema;
    this.entry = schema;
    this.instancePrefix = instancePrefix;
    compile(schema);
  }

  private static SchemaCheck load(DocumentType<?> type, String pointer, String instancePrefix) {
    JsonNode document = JsonMapper.shared().readTree(type.getSchema());
    return new SchemaCheck(pointer.isEmpty() ? document
        : part(type, (ObjectNode) document, pointer), instancePrefix);
  }

  /** Checks every keyword is known and compiles every pattern once. */
  private void compile(JsonNode schema) {
    if (schema.isArray()) {
      schema.forEach(this::compile);
      return;
    }
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> member : schema.properties()) {
      if (!KEYWORDS.contains(member.getKey())) {
        throw new IllegalStateException("unsupported schema keyword: " + member.getKey());
      }
      if (member.getKey().equals("properties") || member.getKey().equals("$defs")) {
        member.getValue().forEach(this::compile);
      } else if (member.getKey().equals("items")) {
        compile(member.getValue());
      } else if (member.getKey().equals("pattern")) {
        String regex = member.getValue().asString();
        patterns.computeIfAbsent(regex, SchemaCheck::ecmaPattern);
      } else if (member.getKey().equals("additionalProperties")
          && !member.getValue().isBoolean()) {
        throw new IllegalStateException("additionalProperties must be true or false here");
      } else if (member.getKey().equals("format")
          && !Set.of("date", "uri").contains(member.getValue().asString())) {
        throw new IllegalStateException("unsupported format: " + member.getValue().asString());
      } else if (member.getKey().equals("$ref")) {
        resolve(member.getValue().asString());
      }
    }
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
    return of(type, "", "");
  }

  /**
   * The check of one part of a document type's schema.
   *
   * @param type the document type
   * @param pointer the JSON Pointer of the part in the schema, or empty for the whole document
   * @param instancePrefix the JSON Pointer of an instance of the part in a document, or empty
   */
  static SchemaCheck of(DocumentType<?> type, String pointer, String instancePrefix) {
    return BY_TYPE.computeIfAbsent(type.getName() + pointer,
        key -> load(type, pointer, instancePrefix));
  }

  List<Issue> check(JsonNode document) {
    List<Failure> failures = failures(document);
    List<Issue> issues = new ArrayList<>(failures.size());
    for (Failure failure : failures) {
      issues.add(toIssue(failure.keyword(), failure.path(), failure.property(), failure.where(),
          failure.instance(), instancePrefix));
    }
    return issues;
  }

  /**
   * One keyword a value fails.
   *
   * @param keyword the keyword
   * @param path the JSON Pointer of the value
   * @param property the property a {@code required} or {@code additionalProperties} names
   * @param where the schema object holding the keyword
   * @param instance the value
   */
  record Failure(String keyword, String path, @Nullable String property, JsonNode where,
      JsonNode instance) {}

  /** @return every keyword the document fails, in evaluation order */
  List<Failure> failures(JsonNode document) {
    List<Failure> failures = new ArrayList<>();
    evaluate(entry, document, "", failures);
    return failures;
  }

  /** Applies every keyword of {@code schema} to {@code value} at {@code path}. */
  private void evaluate(JsonNode schema, JsonNode value, String path, List<Failure> issues) {
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      evaluate(resolve(ref.asString()), value, path, issues);
    }
    JsonNode type = schema.get("type");
    boolean typed = type == null || hasType(type, value);
    if (!typed) {
      issues.add(new Failure("type", path, null, schema, value));
    }
    JsonNode constant = schema.get("const");
    if (constant != null && !same(constant, value)) {
      issues.add(new Failure("const", path, null, schema, value));
    }
    JsonNode allowed = schema.get("enum");
    if (allowed != null && !contains(allowed, value)) {
      issues.add(new Failure("enum", path, null, schema, value));
    }
    if (!typed) {
      // What this schema says of a value of its own type (a range, a length, members) is moot
      // for a value of another type: 4.5 for an integer from 1 to 4 is the wrong type, no more.
      return;
    }
    if (value.isString()) {
      evaluateString(schema, value.asString(), path, issues, value);
    } else if (value.isNumber()) {
      JsonNode minimum = schema.get("minimum");
      JsonNode maximum = schema.get("maximum");
      if (minimum != null && value.decimalValue().compareTo(minimum.decimalValue()) < 0) {
        issues.add(new Failure("minimum", path, null, schema, value));
      }
      if (maximum != null && value.decimalValue().compareTo(maximum.decimalValue()) > 0) {
        issues.add(new Failure("maximum", path, null, schema, value));
      }
    } else if (value.isObject()) {
      evaluateObject(schema, value, path, issues);
    } else if (value.isArray()) {
      JsonNode minItems = schema.get("minItems");
      JsonNode maxItems = schema.get("maxItems");
      if (minItems != null && value.size() < minItems.asInt()) {
        issues.add(new Failure("minItems", path, null, schema, value));
      }
      if (maxItems != null && value.size() > maxItems.asInt()) {
        issues.add(new Failure("maxItems", path, null, schema, value));
      }
      JsonNode items = schema.get("items");
      if (items != null) {
        for (int i = 0; i < value.size(); i++) {
          evaluate(items, value.get(i), path + "/" + i, issues);
        }
      }
    }
  }

  private void evaluateString(JsonNode schema, String text, String path, List<Failure> issues,
      JsonNode value) {
    JsonNode minLength = schema.get("minLength");
    JsonNode maxLength = schema.get("maxLength");
    if (minLength != null || maxLength != null) {
      int length = text.codePointCount(0, text.length());
      if (minLength != null && length < minLength.asInt()) {
        issues.add(new Failure("minLength", path, null, schema, value));
      }
      if (maxLength != null && length > maxLength.asInt()) {
        issues.add(new Failure("maxLength", path, null, schema, value));
      }
    }
    JsonNode pattern = schema.get("pattern");
    if (pattern != null
        && !Objects.requireNonNull(patterns.get(pattern.asString()), "compiled in compile()")
            .matcher(text).find()) {
      issues.add(new Failure("pattern", path, null, schema, value));
    }
    JsonNode format = schema.get("format");
    if (format != null && !hasFormat(format.asString(), text)) {
      issues.add(new Failure("format", path, null, schema, value));
    }
  }

  private void evaluateObject(JsonNode schema, JsonNode value, String path, List<Failure> issues) {
    JsonNode required = schema.get("required");
    if (required != null) {
      for (JsonNode name : required) {
        if (!value.has(name.asString())) {
          issues.add(new Failure("required", path, name.asString(), schema, value));
        }
      }
    }
    JsonNode properties = schema.get("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      JsonNode property = properties == null ? null : properties.get(member.getKey());
      if (property != null) {
        evaluate(property, member.getValue(), path + "/" + Pointers.escape(member.getKey()),
            issues);
      } else if (additional != null && !additional.asBoolean()) {
        issues.add(new Failure("additionalProperties", path, member.getKey(), schema, value));
      }
    }
  }

  /**
   * A schema pattern as ECMA-262 reads it, for the syntax the published schemas use: Java's
   * {@code $} also matches before a final line terminator, ECMA-262's (without the multiline
   * flag) only at the very end, so an unescaped {@code $} outside a character class becomes
   * {@code \z} ("share-power\n" is not an id).
   */
  static java.util.regex.Pattern ecmaPattern(String regex) {
    StringBuilder translated = new StringBuilder(regex.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        translated.append(c).append(regex.charAt(++i));
      } else if (c == '[') {
        inClass = true;
        translated.append(c);
      } else if (c == ']') {
        inClass = false;
        translated.append(c);
      } else if (c == '$' && !inClass) {
        translated.append("\\z");
      } else {
        translated.append(c);
      }
    }
    return java.util.regex.Pattern.compile(translated.toString());
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith("#")) {
      throw new IllegalStateException("only local references are supported: " + ref);
    }
    JsonNode target = schemaNode.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("unresolved reference: " + ref);
    }
    return target;
  }

  private static boolean hasType(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (hasType(one, value)) {
          return true;
        }
      }
      return false;
    }
    switch (type.asString()) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isString();
      case "integer":
        // Draft 2020-12: any number without a fraction part, so 1.0 too (binding then refuses
        // it: the contract writes integers without a decimal point).
        return value.isIntegralNumber()
            || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "null":
        return value.isNull();
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  /** JSON equality: numbers by value (1 and 1.0 are the same number). */
  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (same(candidate, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The asserted formats: {@code date} is an RFC 3339 full-date with a year from 0000 to 9999;
   * {@code uri} is an absolute URI of ASCII characters whose query has no brackets (or, where Java
   * cannot parse it, nothing but a scheme-like start, see {@link #URI_PREFIX}).
   */
  private static boolean hasFormat(String format, String text) {
    switch (format) {
      case "date":
        try {
          int year = LocalDate.parse(text).getYear();
          return year >= 0 && year <= 9999;
        } catch (DateTimeParseException e) {
          return false;
        }
      case "uri":
        URI uri;
        try {
          uri = new URI(text);
        } catch (URISyntaxException e) {
          return URI_PREFIX.matcher(e.getInput()).matches();
        }
        if (!uri.isAbsolute() || !uri.toString().codePoints().allMatch(c -> c < 127)) {
          return false;
        }
        String query = uri.getRawQuery();
        return query == null || (query.indexOf('[') < 0 && query.indexOf(']') < 0);
      default:
        throw new IllegalStateException("unsupported format " + format);
    }
  }

  private static Issue toIssue(String keyword, String at, @Nullable String property,
      JsonNode where, JsonNode instance, String instancePrefix) {
    String path = at;
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
        if (instance.isNull()) {
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
        return pattern(path, instancePrefix + path, leaf, where.path("pattern").asString(""));
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
        return Issue.of(path, IssueCode.BLANK_TEXT, "must have a visible character");
      case "maxLength":
        return Issue.of(path, IssueCode.TEXT_TOO_LONG,
            "must be at most " + where.path("maxLength").asInt() + " characters");
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return Issue.of(path, ANSWER.matcher(instancePrefix + path).matches()
            ? IssueCode.ANSWER_OUT_OF_RANGE
            : GOAL_RATING.matcher(instancePrefix + path).matches()
                ? IssueCode.RATING_OUT_OF_RANGE
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

  private static Issue pattern(String path, String inDocument, String leaf, String pattern) {
    if (pattern.equals(KEBAB) && "/framework".equals(inDocument)) {
      // Every framework id is kebab case, so a malformed one names no known framework: the same
      // code the validator gives a well-formed unknown id.
      return Issue.of(path, IssueCode.UNKNOWN_FRAMEWORK,
          "names no known framework: framework ids are lower-case kebab case, like aba-2020");
    }
    if (pattern.equals(KEBAB) && RATED_ACTION.matcher(inDocument).matches()) {
      return Issue.of(path, IssueCode.UNKNOWN_ACTION,
          "names no action of the framework: action ids are lower-case kebab case, like"
              + " share-power");
    }
    if (pattern.equals(KEBAB) && CHECKED_GOAL.matcher(inDocument).matches()) {
      return Issue.of(path, IssueCode.UNKNOWN_GOAL,
          "names no goal of the plan: action ids are lower-case kebab case, like share-power");
    }
    if (pattern.equals(KEBAB) && TARGETED_INDICATOR.matcher(inDocument).matches()) {
      return Issue.of(path, IssueCode.UNKNOWN_INDICATOR,
          "names no indicator of the framework: indicator ids are lower-case kebab case, like"
              + " ascof-1b");
    }
    if (pattern.equals(KEBAB) && NAMED_APPROACH.matcher(inDocument).matches()) {
      // Approach ids are kebab case too: a malformed one names no approach of any catalogue.
      return Issue.of(path, IssueCode.UNKNOWN_APPROACH,
          "names no approach of the framework's catalogue: approach ids are lower-case kebab"
              + " case, like shared-lives");
    }
    if (pattern.equals(AreaCode.PATTERN)) {
      return Issue.of(path, IssueCode.INVALID_AREA_CODE,
          "must be E, W, S or N followed by 8 digits, like E08000035");
    }
    if (pattern.equals(VISIBLE)) {
      return Issue.of(path, IssueCode.BLANK_TEXT, "must have a visible character");
    }
    if (pattern.equals(PLAIN)) {
      return Issue.of(path, IssueCode.DISALLOWED_CHARACTER,
          "must not contain control characters or bidirectional overrides");
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

  /** A schema bound as people write it: 0.000001, not 1.0E-6. */
  private static String plain(JsonNode bound) {
    return bound.isNumber() ? bound.decimalValue().stripTrailingZeros().toPlainString()
        : bound.toString();
  }

  private static String range(JsonNode where) {
    JsonNode min = where.get("minimum");
    JsonNode max = where.get("maximum");
    if (min != null && max != null) {
      return "from " + plain(min) + " to " + plain(max);
    }
    if (min != null) {
      return "at least " + plain(min);
    }
    if (max != null) {
      return "at most " + plain(max);
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
}
