package org.assetbasedarea.aba.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every single JSON-level mutation of a document, at every value: the breaks a lenient mapper
 * would let through (unknown and duplicate keys, missing fields, nulls, fractions, numbers in
 * strings, booleans for numbers, a single value for an array) and type swaps. Each mutation says
 * whether it is a structural error whatever the field ({@link Mutation#alwaysInvalid()}).
 */
final class JsonMutations {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonMutations() {}

  /**
   * One mutated text.
   *
   * @param text the JSON text
   * @param description what was changed where
   * @param alwaysInvalid true when no contract field accepts the change
   */
  record Mutation(String text, String description, boolean alwaysInvalid) {
    @Override
    public String toString() {
      return description;
    }
  }

  /** @return every single mutation of the document, in a fixed order */
  static List<Mutation> all(JsonNode document) {
    List<Mutation> out = new ArrayList<>();
    walk(document, document, "", out);
    return out;
  }

  /** @return {@code count} mutations drawn from {@link #all(JsonNode)} */
  static List<Mutation> sample(JsonNode document, Random random, int count) {
    List<Mutation> all = all(document);
    List<Mutation> out = new ArrayList<>();
    for (int i = 0; i < count && !all.isEmpty(); i++) {
      out.add(all.get(random.nextInt(all.size())));
    }
    return out;
  }

  private static void walk(JsonNode root, JsonNode node, String pointer, List<Mutation> out) {
    if (node.isObject()) {
      out.add(replaced(root, pointer, withField(node, "evidance", NODES.stringNode("x")),
          "unknown field at " + pointer, true));
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + field.getKey();
        ObjectNode without = ((ObjectNode) node).deepCopy();
        without.remove(field.getKey());
        out.add(replaced(root, pointer, without, "missing " + child, false));
        out.add(replaced(root, child, NODES.nullNode(), "null at " + child, false));
        out.add(new Mutation(writeWithDuplicate(root, pointer, field.getKey()),
            "duplicate key " + child, true));
        walk(root, field.getValue(), child, out);
      }
    } else if (node.isArray()) {
      if (!node.isEmpty()) {
        out.add(replaced(root, pointer, node.get(0), "single value for array " + pointer, true));
      }
      for (int i = 0; i < node.size(); i++) {
        walk(root, node.get(i), pointer + "/" + i, out);
      }
    } else if (node.isIntegralNumber()) {
      long value = node.asLong();
      out.add(replaced(root, pointer, NODES.numberNode(value + 0.5), "fraction at " + pointer,
          false));
      out.add(replaced(root, pointer, NODES.numberNode((double) value),
          "integer written as " + (double) value + " at " + pointer, false));
      out.add(replaced(root, pointer, NODES.stringNode(Long.toString(value)),
          "number in a string at " + pointer, true));
      out.add(replaced(root, pointer, NODES.booleanNode(value != 0), "boolean for a number at "
          + pointer, true));
    } else if (node.isNumber()) {
      out.add(replaced(root, pointer, NODES.stringNode(node.asString()),
          "number in a string at " + pointer, true));
      out.add(replaced(root, pointer, NODES.booleanNode(true), "boolean for a number at "
          + pointer, true));
    } else if (node.isString()) {
      out.add(replaced(root, pointer, NODES.numberNode(7), "number for a string at " + pointer,
          true));
      out.add(replaced(root, pointer, NODES.booleanNode(false), "boolean for a string at "
          + pointer, true));
      out.add(replaced(root, pointer, NODES.arrayNode().add(node.asString()),
          "array for a string at " + pointer, true));
    } else if (node.isBoolean()) {
      out.add(replaced(root, pointer, NODES.stringNode(node.asString()),
          "boolean in a string at " + pointer, true));
      out.add(replaced(root, pointer, NODES.numberNode(node.asBoolean() ? 1 : 0),
          "number for a boolean at " + pointer, true));
    }
  }

  private static JsonNode withField(JsonNode object, String name, JsonNode value) {
    ObjectNode copy = ((ObjectNode) object).deepCopy();
    copy.set(name, value);
    return copy;
  }

  private static Mutation replaced(JsonNode root, String pointer, JsonNode value,
      String description, boolean alwaysInvalid) {
    JsonNode copy = root.deepCopy();
    if (pointer.isEmpty()) {
      copy = value;
    } else {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = copy.at(pointer.substring(0, slash));
      String last = pointer.substring(slash + 1);
      if (parent.isObject()) {
        ((ObjectNode) parent).set(last, value);
      } else {
        ((ArrayNode) parent).set(Integer.parseInt(last), value);
      }
    }
    return new Mutation(PLAIN.writeValueAsString(copy), description, alwaysInvalid);
  }

  /** Writes the tree with the object at {@code pointer} holding {@code key} twice. */
  private static String writeWithDuplicate(JsonNode root, String pointer, String key) {
    StringBuilder text = new StringBuilder();
    write(root, "", pointer, key, text);
    return text.toString();
  }

  private static void write(JsonNode node, String at, String target, String key,
      StringBuilder text) {
    if (node.isObject()) {
      text.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        int times = at.equals(target) && field.getKey().equals(key) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          text.append(first ? "" : ",").append(PLAIN.writeValueAsString(field.getKey()))
              .append(':');
          first = false;
          write(field.getValue(), at + "/" + field.getKey(), target, key, text);
        }
      }
      text.append('}');
    } else if (node.isArray()) {
      text.append('[');
      for (int i = 0; i < node.size(); i++) {
        text.append(i == 0 ? "" : ",");
        write(node.get(i), at + "/" + i, target, key, text);
      }
      text.append(']');
    } else {
      text.append(PLAIN.writeValueAsString(node));
    }
  }
}
