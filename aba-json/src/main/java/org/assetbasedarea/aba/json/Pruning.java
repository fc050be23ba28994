package org.assetbasedarea.aba.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What parsed of a document that did not bind, made bindable where it can be, so that the
 * cross-field rules can still run on it: a copy of the tree without each array item that has a
 * structural issue (an invalid role in a participant, say, drops that participant) and without
 * unknown fields. Issues of the cross-field rules on the copy are mapped back to the pointers of
 * the original; those about what was left out, or about the lists and objects that held it (a
 * list now too short, say), are dropped, since the structural issue already covers them.
 */
final class Pruning {
  /** Where a plan keeps its goals, which its check-ins name by action. */
  private static final String GOALS = "/goals";
  private final JsonNode root;
  /** Original pointer of an array that lost items: the original index of each item kept. */
  private final Map<String, List<Integer>> kept;
  /** Every pointer removed, and every pointer that holds one: issues there are not news. */
  private final Set<String> covered;

  /**
   * The actions of a plan's goals that were left out (null when one was not a readable string): a
   * check-in checking such a goal is not checking an unknown goal, it only lost it.
   */
  private final @Nullable Set<String> prunedGoals;

  private Pruning(JsonNode root, Map<String, List<Integer>> kept, Set<String> covered,
      @Nullable Set<String> prunedGoals) {
    this.root = root;
    this.kept = kept;
    this.covered = covered;
    this.prunedGoals = prunedGoals;
  }

  /** @return the copy to bind */
  JsonNode root() {
    return root;
  }

  /**
   * The copy of a tree without what its structural issues are about.
   *
   * @param tree the parsed document
   * @param issues its structural issues
   */
  static Pruning of(JsonNode tree, Collection<Issue> issues) {
    Set<String> targets = new HashSet<>();
    for (Issue issue : issues) {
      String target = issue.getCode() == IssueCode.UNKNOWN_FIELD
          ? issue.getPath() : enclosingItem(tree, issue.getPath());
      if (target != null && !target.isEmpty()) {
        targets.add(target);
      }
    }
    // Only the outermost targets: an item inside a removed item goes with it.
    List<String> outermost = new ArrayList<>();
    for (String target : targets) {
      boolean inside = false;
      for (String ancestor : ancestors(target)) {
        if (targets.contains(ancestor)) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        outermost.add(target);
      }
    }
    // By the object or array that holds them, deepest first: a removal never shifts the
    // pointer of one still to come.
    Map<String, List<String>> byParent = new HashMap<>();
    for (String target : outermost) {
      byParent.computeIfAbsent(parent(target), p -> new ArrayList<>())
          .add(unescape(target.substring(target.lastIndexOf('/') + 1)));
    }
    List<String> parents = new ArrayList<>(byParent.keySet());
    parents.sort(Comparator.comparingInt(Pruning::depth).reversed());
    JsonNode copy = tree.deepCopy();
    Map<String, List<Integer>> kept = new HashMap<>();
    Set<String> covered = new HashSet<>();
    Set<String> prunedGoals = new HashSet<>();
    boolean unreadableGoal = false;
    for (String parentPointer : parents) {
      JsonNode parent = copy.at(parentPointer);
      List<String> tokens = Objects.requireNonNull(byParent.get(parentPointer));
      if (parent instanceof ObjectNode) {
        for (String token : tokens) {
          ((ObjectNode) parent).remove(token);
        }
      } else if (parent instanceof ArrayNode) {
        ArrayNode array = (ArrayNode) parent;
        boolean[] removed = new boolean[array.size()];
        for (String token : tokens) {
          removed[Integer.parseInt(token)] = true;
          if (GOALS.equals(parentPointer)) {
            JsonNode action = array.get(Integer.parseInt(token)).get("action");
            if (action != null && action.isString()) {
              prunedGoals.add(action.asString());
            } else {
              unreadableGoal = true;
            }
          }
        }
        List<Integer> indices = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < removed.length; i++) {
          if (!removed[i]) {
            indices.add(i);
            items.add(array.get(i));
          }
        }
        array.removeAll();
        array.addAll(items);
        kept.put(parentPointer, indices);
      } else {
        continue;
      }
      for (String token : tokens) {
        String target = parentPointer + "/" + Pointers.escape(token);
        covered.add(target);
        covered.addAll(ancestors(target));
      }
    }
    return new Pruning(copy, kept, covered, unreadableGoal ? null : prunedGoals);
  }

  /**
   * The issue at the original document's pointer, or null when it is about what was left out or
   * what held it.
   */
  @Nullable Issue restore(Issue issue) {
    String path = issue.getPath();
    if (kept.isEmpty() && covered.isEmpty()) {
      return issue;
    }
    StringBuilder original = new StringBuilder();
    if (!path.isEmpty()) {
      for (String token : path.substring(1).split("/", -1)) {
        List<Integer> indices = kept.get(original.toString());
        String next = token;
        if (indices != null && isIndex(token)) {
          int index = Integer.parseInt(token);
          if (index >= indices.size()) {
            return null;
          }
          next = Integer.toString(indices.get(index));
        }
        original.append('/').append(next);
      }
    }
    String restored = original.toString();
    if (covered.contains(restored) || checksAPrunedGoal(issue)) {
      return null;
    }
    return restored.equals(path) ? issue
        : Issue.builder().from(issue).path(restored).build();
  }

  /**
   * Whether a structural issue means a plan's goals were not read at all: the list is missing or
   * not a list (a list that is only too long was read, and its goals are known). The document then
   * binds without goals, so the reader drops every {@code UNKNOWN_GOAL} of its check-ins.
   */
  static boolean losesGoals(Issue issue) {
    return GOALS.equals(issue.getPath()) && (issue.getCode() == IssueCode.MISSING_FIELD
        || issue.getCode() == IssueCode.WRONG_TYPE);
  }

  /** Whether an issue is an unknown goal that is only a goal left out of the copy. */
  private boolean checksAPrunedGoal(Issue issue) {
    if (issue.getCode() != IssueCode.UNKNOWN_GOAL) {
      return false;
    }
    if (prunedGoals == null) {
      return true;
    }
    JsonNode action = root.at(issue.getPath());
    return action.isString() && prunedGoals.contains(action.asString());
  }

  /** The pointer of the innermost array item at or above a pointer that the tree has, or null. */
  private static @Nullable String enclosingItem(JsonNode tree, String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    String item = null;
    JsonNode node = tree;
    StringBuilder at = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      if (node instanceof ArrayNode && isIndex(token)
          && Integer.parseInt(token) < node.size()) {
        node = node.get(Integer.parseInt(token));
        at.append('/').append(token);
        item = at.toString();
      } else if (node instanceof ObjectNode && node.has(unescape(token))) {
        node = node.get(unescape(token));
        at.append('/').append(token);
      } else {
        break;
      }
    }
    return item;
  }

  private static List<String> ancestors(String pointer) {
    List<String> ancestors = new ArrayList<>();
    String p = pointer;
    while (!p.isEmpty()) {
      p = parent(p);
      ancestors.add(p);
    }
    return ancestors;
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static int depth(String pointer) {
    int depth = 0;
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/') {
        depth++;
      }
    }
    return depth;
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

}
