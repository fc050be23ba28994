package org.assetbasedarea.aba.framework;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;

/** Identifier rules shared by frameworks, actions, groupings, outcomes and indicators. */
final class Ids {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /**
   * Whether {@code id} is lower-case kebab case: {@code aba-2020}, {@code share-power}.
   *
   * @param id the candidate identifier
   * @return true when it is a non-empty run of lower-case letters and digits joined by single hyphens
   */
  static boolean isKebab(String id) {
    return id.length() <= 100 && KEBAB.matcher(id).matches();
  }

  /**
   * Checks an identifier.
   *
   * @param what what the id names, for the message
   * @param id the identifier
   * @return {@code id}
   * @throws IllegalArgumentException when it is not lower-case kebab case
   */
  static String requireKebab(String what, String id) {
    if (!isKebab(id)) {
      throw new IllegalArgumentException(message(what, id));
    }
    return id;
  }

  /**
   * The message for an id that is not lower-case kebab case.
   *
   * @param what what the id names
   * @param id the identifier
   * @return the message
   */
  static String message(String what, String id) {
    return what + " id must be lower-case kebab case (like 'share-power'), got '" + id + "'";
  }

  /**
   * Adds an issue at {@code pointer} when {@code id} is not lower-case kebab case.
   *
   * @param issues where to add it
   * @param pointer the id's JSON Pointer
   * @param what what the id names
   * @param id the identifier
   */
  static void check(List<Issue> issues, String pointer, String what, String id) {
    if (!isKebab(id)) {
      issues.add(Issue.of(pointer, IssueCode.INVALID_FRAMEWORK, message(what, id)));
    }
  }

  /**
   * Adds an issue at {@code /title} when a part's title has no visible character ({@link
   * VisibleText}) and one when it has a disallowed character ({@link PlainText}).
   *
   * @param issues where to add it
   * @param what the part, with its id, as the message names it
   * @param title the title
   */
  static void checkTitle(List<Issue> issues, String what, String title) {
    if (!VisibleText.Validator.hasVisible(title)) {
      issues.add(Issue.of("/title", IssueCode.BLANK_TEXT, what + " needs a title"));
    }
    checkPlain(issues, "/title", "the title of " + what, title);
  }

  /**
   * Adds an issue at {@code pointer} when a text has a disallowed character ({@link PlainText}).
   *
   * @param issues where to add it
   * @param pointer the text's JSON Pointer
   * @param what the text, as the message names it
   * @param text the text
   */
  static void checkPlain(List<Issue> issues, String pointer, String what, String text) {
    if (!PlainText.Validator.isPlain(text)) {
      issues.add(Issue.of(pointer, IssueCode.DISALLOWED_CHARACTER, what
          + " must not contain control characters or bidirectional overrides"));
    }
  }

  /**
   * Adds the issues of a text a framework part carries: no visible character ({@code
   * BLANK_TEXT}), more than {@code max} characters, counted as code points ({@code
   * TEXT_TOO_LONG}), a disallowed character ({@code DISALLOWED_CHARACTER}).
   *
   * @param issues where to add them
   * @param pointer the text's JSON Pointer
   * @param what the text, as the message names it
   * @param text the text
   * @param max the most characters allowed
   */
  static void checkText(List<Issue> issues, String pointer, String what, String text, int max) {
    if (!VisibleText.Validator.hasVisible(text)) {
      issues.add(Issue.of(pointer, IssueCode.BLANK_TEXT, what + " needs a visible character"));
    }
    if (text.codePointCount(0, text.length()) > max) {
      issues.add(Issue.of(pointer, IssueCode.TEXT_TOO_LONG,
          what + " must be at most " + max + " characters"));
    }
    checkPlain(issues, pointer, what, text);
  }

  /**
   * Adds an issue for each id that repeats an earlier one of the same list.
   *
   * @param issues where to add them
   * @param what what the ids name, such as {@code action}
   * @param list the list's field, such as {@code actions}: issues are at {@code /list/i/id}
   * @param owner the part that holds the list, as the message names it
   * @param ids the ids in list order
   * @return the set of the ids
   */
  static Set<String> unique(List<Issue> issues, String what, String list, String owner,
      List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!seen.add(id)) {
        issues.add(Issue.of("/" + list + "/" + i + "/id", IssueCode.INVALID_FRAMEWORK,
            what + " id '" + id + "' appears more than once in " + owner));
      }
    }
    return seen;
  }

  /**
   * Each id's index in a list, the first where one repeats.
   *
   * @param ids the ids in list order
   * @return id to index, immutable
   */
  static Map<String, Integer> indexById(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.putIfAbsent(ids.get(i), i);
    }
    return Map.copyOf(index);
  }

  /**
   * Throws when any issue was found.
   *
   * @param issues the issues of one value
   * @throws InvalidFrameworkException listing them
   */
  static void throwIfAny(List<Issue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidFrameworkException(issues);
    }
  }
}
