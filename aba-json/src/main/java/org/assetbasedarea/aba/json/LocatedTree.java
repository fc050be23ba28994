package org.assetbasedarea.aba.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON text parsed into a tree under {@link ReadLimits}, with the line and column of every value
 * by JSON Pointer, and the issues found while parsing (duplicate keys, limits, malformed text).
 * Parsing never throws for bad input: it records an issue and stops, or continues where it can.
 */
final class LocatedTree {
  /** The largest decimal exponent accepted in a number; beyond it binding could be slow. */
  private static final int MAX_EXPONENT = 308;

  private final @Nullable JsonNode root;
  private final Map<String, int[]> locations;
  private final List<Issue> issues;
  private final Set<String> damaged;

  private LocatedTree(@Nullable JsonNode root, Map<String, int[]> locations, List<Issue> issues,
      Set<String> damaged) {
    this.root = root;
    this.locations = locations;
    this.issues = issues;
    this.damaged = damaged;
  }

  /** @return the tree, or null when the text could not be parsed to the end */
  @Nullable JsonNode root() {
    return root;
  }

  /** @return the issues found while parsing, located */
  List<Issue> issues() {
    return issues;
  }

  /**
   * Whether a pointer is at or under a value that parsing replaced or dropped (so later stages
   * should not report on it again).
   */
  boolean isDamaged(String pointer) {
    String p = pointer;
    while (true) {
      if (damaged.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** The issue located at its pointer, or at the nearest enclosing value the text has. */
  Issue locate(Issue issue) {
    if (issue.getLine().isPresent()) {
      return issue;
    }
    String p = issue.getPath();
    while (true) {
      int[] location = locations.get(p);
      if (location != null) {
        return issue.atLocation(location[0], location[1]);
      }
      if (p.isEmpty()) {
        return issue;
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
  }

  static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        // Exact string limits are checked per value below, as issues that do not stop parsing;
        // Jackson's own check on values is a backstop at the document size.
        .streamReadConstraints(limits.streamReadConstraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /**
   * Parses UTF-8 bytes, whose size the caller has already checked.
   *
   * @param factory a factory from {@link #factory(ReadLimits)}
   */
  static LocatedTree parse(JsonFactory factory, ReadLimits limits, byte[] utf8) {
    return new Parser(limits).run(factory, utf8);
  }

  /** A tree that could not be parsed at all: one issue at the root. */
  static LocatedTree failed(Issue issue) {
    return new LocatedTree(null, Map.of(), List.of(issue), Set.of(""));
  }

  private static final class Parser {
    private final ReadLimits limits;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<String, int[]> locations = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private final Set<String> damaged = new HashSet<>();
    private String current = "";
    private int values;
    private int line = 1;
    private int column = 1;
    /** Whether the text parsed is the valid prefix of the document. */
    private boolean truncated;

    Parser(ReadLimits limits) {
      this.limits = limits;
    }

    LocatedTree run(JsonFactory factory, byte[] text) {
      int invalid = Utf8.firstInvalid(text);
      if (invalid < 0) {
        return parse(factory, text);
      }
      // Jackson parses the valid prefix only (so it never guesses another encoding, nor decodes
      // what strict UTF-8 refuses); where the prefix ends, the parser names the value that holds
      // the bad bytes.
      truncated = true;
      parse(factory, Arrays.copyOf(text, invalid));
      int[] at = Utf8.lineAndColumn(text, invalid);
      String message = text[invalid] == 0
          ? "contains a zero byte: a document is UTF-8 text, not UTF-16 or UTF-32"
          : "contains bytes that are not valid UTF-8";
      issues.add(Issue.of(current, IssueCode.INVALID_ENCODING, message).atLocation(at[0], at[1]));
      return new LocatedTree(null, locations, issues, Set.of(""));
    }

    /**
     * Parses valid UTF-8. When the text is the valid prefix of a longer one, a complaint about
     * its end (the parser consumed it all) is no news: the bytes after it are the issue.
     */
    private LocatedTree parse(JsonFactory factory, byte[] utf8) {
      JsonParser parser = null;
      try {
        parser = factory.createParser(ObjectReadContext.empty(), utf8);
        JsonToken first = parser.nextToken();
        if (first == null) {
          issues.add(Issue.of("", IssueCode.MALFORMED_JSON, "is empty: a document is a JSON value")
              .atLocation(1, 1));
          return new LocatedTree(null, locations, issues, Set.of(""));
        }
        JsonNode root = readValue(parser, first, "");
        current = "";
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
          mark(parser);
          issues.add(Issue.of("", IssueCode.MALFORMED_JSON,
              "has content after the end of the document").atLocation(line, column));
          return new LocatedTree(null, locations, issues, Set.of(""));
        }
        return new LocatedTree(root, locations, issues, damaged);
      } catch (TooManyValues e) {
        issues.add(Issue.of(current, IssueCode.LIMIT_EXCEEDED, "has more than the limit of "
            + limits.getMaxValues() + " values").atLocation(line, column));
      } catch (StreamConstraintsException e) {
        issues.add(limitIssue(e));
      } catch (JacksonException e) {
        if (!truncated || parser == null
            || parser.currentLocation().getByteOffset() < utf8.length) {
          issues.add(malformed(e));
        }
      } finally {
        if (parser != null) {
          parser.close();
        }
      }
      return new LocatedTree(null, locations, issues, Set.of(""));
    }

    private void mark(JsonParser parser) {
      TokenStreamLocation location = parser.currentTokenLocation();
      line = Math.max(1, location.getLineNr());
      column = Math.max(1, location.getColumnNr());
    }

    private JsonNode readValue(JsonParser parser, JsonToken token, String pointer) {
      current = pointer;
      mark(parser);
      if (++values > limits.getMaxValues()) {
        throw new TooManyValues();
      }
      locations.put(pointer, new int[] {line, column});
      switch (token) {
        case START_OBJECT:
          return readObject(parser, pointer);
        case START_ARRAY:
          return readArray(parser, pointer);
        case VALUE_STRING:
          String text = parser.getString();
          if (Utf8.hasUnpairedSurrogate(text)) {
            damage(pointer, IssueCode.INVALID_ENCODING, "contains an escaped surrogate (\\uD800-"
                + "\\uDFFF) that is not half of a pair: it is no character");
            return nodes.stringNode("");
          }
          if (text.length() > limits.getMaxStringLength()) {
            damage(pointer, "is longer than the limit of " + limits.getMaxStringLength()
                + " characters");
            return nodes.stringNode("");
          }
          return nodes.stringNode(text);
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return nodes.numberNode(parser.getIntValue());
            case LONG:
              return nodes.numberNode(parser.getLongValue());
            default:
              return nodes.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          BigDecimal decimal;
          try {
            decimal = parser.getDecimalValue();
          } catch (NumberFormatException e) {
            // Jackson's refusal of an exponent beyond what BigDecimal holds (1e9999999999)
            damage(pointer, "is a number outside the range a document may use");
            return nodes.numberNode(0);
          }
          int exponent = decimal.precision() - decimal.scale() - 1;
          if (Math.abs(exponent) > MAX_EXPONENT) {
            damage(pointer, "is a number outside the range a document may use");
            return nodes.numberNode(0);
          }
          return nodes.numberNode(decimal);
        case VALUE_TRUE:
          return nodes.booleanNode(true);
        case VALUE_FALSE:
          return nodes.booleanNode(false);
        case VALUE_NULL:
          return nodes.nullNode();
        default:
          // Other tokens (embedded objects) cannot come from a JSON text.
          damage(pointer, "is not a JSON value");
          return nodes.nullNode();
      }
    }

    private ObjectNode readObject(JsonParser parser, String pointer) {
      ObjectNode object = nodes.objectNode();
      JsonToken token;
      int members = 0;
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        String child = pointer + "/" + Pointers.escape(name);
        JsonToken valueToken = parser.nextToken();
        if (Utf8.hasUnpairedSurrogate(name)) {
          current = pointer;
          mark(parser);
          issues.add(Issue.of(pointer, IssueCode.INVALID_ENCODING, "has a field name with an "
              + "escaped surrogate (\\uD800-\\uDFFF) that is not half of a pair")
              .atLocation(line, column));
          damaged.add(pointer);
          parser.skipChildren();
          continue;
        }
        if (++members > limits.getMaxArrayItems()) {
          current = pointer;
          mark(parser);
          if (!damaged.contains(pointer)) {
            damage(pointer, "has more than the limit of " + limits.getMaxArrayItems() + " members");
          }
          parser.skipChildren();
          continue;
        }
        if (object.has(name)) {
          current = child;
          mark(parser);
          issues.add(Issue.of(child, IssueCode.DUPLICATE_KEY,
              "appears more than once in the same object").atLocation(line, column));
          parser.skipChildren();
          continue;
        }
        object.set(name, readValue(parser, valueToken, child));
        // between members (white space, the next name) the object holds what comes
        current = pointer;
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IllegalStateException("unexpected token " + token);
      }
      return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer) {
      ArrayNode array = nodes.arrayNode();
      JsonToken token;
      int index = 0;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IllegalStateException("unexpected end of input");
        }
        if (index >= limits.getMaxArrayItems()) {
          current = pointer;
          mark(parser);
          if (!damaged.contains(pointer)) {
            damage(pointer, "has more than the limit of " + limits.getMaxArrayItems() + " items");
          }
          parser.skipChildren();
          continue;
        }
        array.add(readValue(parser, token, pointer + "/" + index));
        current = pointer;
        index++;
      }
      return array;
    }

    private void damage(String pointer, String message) {
      damage(pointer, IssueCode.LIMIT_EXCEEDED, message);
    }

    private void damage(String pointer, IssueCode code, String message) {
      int[] location = locations.get(pointer);
      Issue issue = Issue.of(pointer, code, message);
      issues.add(location == null ? issue.atLocation(line, column)
          : issue.atLocation(location[0], location[1]));
      damaged.add(pointer);
    }

    private Issue limitIssue(StreamConstraintsException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      String message;
      if (detail.contains("nesting depth")) {
        message = "is nested deeper than the limit of " + limits.getMaxNestingDepth();
      } else if (detail.contains("Number value length")) {
        message = "has a number longer than the limit of " + limits.getMaxNumberLength()
            + " characters";
      } else if (detail.contains("Name length")) {
        message = "has a field name longer than the limit of " + limits.getMaxStringLength()
            + " characters";
      } else if (detail.contains("String value length")) {
        message = "has a string longer than the limit of " + limits.getMaxStringLength()
            + " characters";
      } else if (detail.contains("Document length")) {
        message = "is larger than the limit of " + limits.getMaxDocumentBytes() + " bytes";
      } else {
        message = "exceeds a reading limit";
      }
      return Issue.of(current, IssueCode.LIMIT_EXCEEDED, message).atLocation(at(e)[0], at(e)[1]);
    }

    private Issue malformed(JacksonException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      IssueCode code = IssueCode.MALFORMED_JSON;
      String message;
      if (detail.contains("Invalid UTF-8") || detail.contains("Invalid UTF8")) {
        code = IssueCode.INVALID_ENCODING;
        message = "contains bytes that are not valid UTF-8";
      } else if (detail.contains("surrogate")) {
        code = IssueCode.INVALID_ENCODING;
        message = "has a field name with an escaped surrogate (\\uD800-\\uDFFF) that is not "
            + "half of a pair";
      } else if (detail.contains("CTRL-CHAR") || detail.contains("control character")) {
        code = IssueCode.INVALID_ENCODING;
        message = "contains an unescaped control character; escape it as \\u00XX";
      } else if (detail.contains("NaN") || detail.contains("Infinity") || detail.contains("INF")) {
        message = "NaN and Infinity are not JSON numbers";
      } else if (detail.contains("end-of-input")) {
        message = "ends before the document is complete";
      } else if (detail.contains("Unrecognized token") || detail.contains("Unexpected character")) {
        message = "is not well-formed JSON here";
      } else if (detail.contains("Leading zeroes") || detail.contains("numeric value")
          || detail.contains("expected digit") || detail.contains("Decimal point")) {
        message = "has a malformed number";
      } else {
        message = "is not well-formed JSON here";
      }
      return Issue.of(current, code, message).atLocation(at(e)[0], at(e)[1]);
    }

    private int[] at(JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      if (location == null || location.getLineNr() < 1) {
        return new int[] {line, column};
      }
      return new int[] {location.getLineNr(), Math.max(1, location.getColumnNr())};
    }
  }

  /** Aborts parsing when a document has more values than the limit. */
  private static final class TooManyValues extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyValues() {
      super(null, null, false, false);
    }
  }

}
