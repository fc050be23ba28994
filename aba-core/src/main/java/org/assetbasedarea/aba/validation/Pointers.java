package org.assetbasedarea.aba.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** JSON Pointers (RFC 6901): from Jakarta property paths, and in document order. */
final class Pointers {
  /**
   * Field names in the order the document contracts write them, so issues sort in document order.
   * Names not listed sort after these, alphabetically.
   */
  private static final List<String> FIELD_ORDER = List.of(
      "schemaVersion", "rules", "id", "framework", "title", "area", "code", "name", "period",
      "start", "end", "assessedOn", "participants", "role", "count", "ratings", "action",
      "rating", "evidence", "kind", "summary", "source", "approach", "rationale",
      // outcome data (OutcomeData and its parts)
      "responses", "ons4", "lifeSatisfaction", "worthwhile", "happiness", "anxiety", "loneliness",
      "direct", "lackCompanionship", "leftOut", "isolated", "ascof", "control", "personalCare",
      "foodAndDrink", "accommodation", "safety", "socialContact", "occupation", "dignity",
      "shares", "indicator", "numerator", "denominator", "means", "respondents", "mean",
      "standardDeviation", "baselines", "value");

  private Pointers() {}

  /**
   * Converts a Jakarta property path, such as {@code ratings[3].rating}, to a JSON Pointer, such as
   * {@code /ratings/3/rating}.
   *
   * @param path a property path from a constraint violation
   * @return the pointer; empty for the root
   */
  static String fromPath(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          pointer.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          pointer.append('/').append(escape(String.valueOf(node.getKey())));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token a field name or key
   * @return the escaped token
   */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Orders pointers as the values they point at appear in a document. */
  static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

  /** Orders the {@link #key(String) keys} of pointers as {@link #DOCUMENT_ORDER} orders pointers. */
  static final Comparator<List<String>> KEY_ORDER = Pointers::compareKeys;

  /**
   * The sort key of a pointer: its reference tokens, split once so that sorting many pointers
   * does not split each at every comparison.
   *
   * @param pointer a JSON Pointer
   * @return its tokens (still escaped)
   */
  static List<String> key(String pointer) {
    return split(pointer);
  }

  private static int compare(String a, String b) {
    return compareKeys(split(a), split(b));
  }

  private static int compareKeys(List<String> left, List<String> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int c = compareToken(left.get(i), right.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareToken(String a, String b) {
    boolean aNumber = isIndex(a);
    boolean bNumber = isIndex(b);
    if (aNumber && bNumber) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    int rankA = FIELD_ORDER.indexOf(a);
    int rankB = FIELD_ORDER.indexOf(b);
    if (rankA >= 0 && rankB >= 0) {
      return Integer.compare(rankA, rankB);
    }
    if (rankA >= 0 || rankB >= 0) {
      return rankA >= 0 ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    int start = 1;
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        tokens.add(pointer.substring(start, i));
        start = i + 1;
      }
    }
    return tokens;
  }
}
