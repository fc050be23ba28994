package org.assetbasedarea.aba.issues;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Where cross-field rules report what they find: each broken rule with its code, a message and
 * its place, {@code /property}, {@code /property/index} or {@code /property[/index]/leaf}, where
 * a leaf may go deeper ({@code /goals/0/steps/2/dueOn}). Rules
 * written once against it report either as issues ({@link #collect}) or as a constraint
 * validator's violations ({@link #violations}): the library's class-level constraints do both, and
 * a constraint of your own (for a local framework, say) can too.
 */
@FunctionalInterface
public interface RuleSink {
  /**
   * Reports one broken rule.
   *
   * @param code the stable code
   * @param message a literal English message that does not echo the document
   * @param property the top-level field
   * @param index the index in a list field, or -1
   * @param leaf the field inside, or a path deeper inside made of fields, each after at most one
   *     index ({@code steps/2/dueOn}), or null
   */
  void report(IssueCode code, String message, String property, int index, @Nullable String leaf);

  /**
   * The JSON Pointer of a place as {@link #report} names it.
   *
   * @param property the top-level field
   * @param index the index in a list field, or -1
   * @param leaf the field, or path, inside, or null
   * @return {@code /property[/index][/leaf]}
   */
  static String pointer(String property, int index, @Nullable String leaf) {
    return "/" + property + (index < 0 ? "" : "/" + index) + (leaf == null ? "" : "/" + leaf);
  }

  /**
   * Runs rules and collects what they find as issues, in the order they find it.
   *
   * @param rules the rules, reporting to the sink they are given, true when none is broken
   * @return every broken rule; empty when none is
   * @throws IllegalStateException when the rules say they hold but report, or the reverse (a
   *     bug in the rules)
   */
  static List<Issue> collect(Predicate<RuleSink> rules) {
    List<Issue> issues = new ArrayList<>();
    boolean valid = rules.test((code, message, property, index, leaf) ->
        issues.add(Issue.of(pointer(property, index, leaf), code, message)));
    if (valid != issues.isEmpty()) {
      throw new IllegalStateException("rules that report nothing must hold, and only those");
    }
    return issues;
  }

  /**
   * Runs rules inside a constraint validator: each broken rule becomes a violation at its own
   * path with its code ({@link IssueCode#addViolation}), at most {@link Issue#MAX_PER_DOCUMENT}
   * of them, then one {@link IssueCode#TOO_MANY_ISSUES} violation saying how many more were found
   * (Hibernate Validator keeps violations in a hash set whose hash ignores list indexes, so
   * thousands of them would cost time quadratic in their number). Needs Hibernate Validator
   * behind the context, as {@link IssueCode#addViolation} does.
   *
   * @param context the constraint validator's context; its default violation is disabled here
   * @param rules the rules, reporting to the sink they are given, true when none is broken
   * @return what the rules return
   */
  static boolean violations(ConstraintValidatorContext context, Predicate<RuleSink> rules) {
    context.disableDefaultConstraintViolation();
    long[] found = {0};
    boolean valid = rules.test((code, message, property, index, leaf) -> {
      if (found[0]++ < Issue.MAX_PER_DOCUMENT) {
        code.addViolation(context, message, property, index, leaf);
      }
    });
    if (found[0] > Issue.MAX_PER_DOCUMENT) {
      IssueCode.TOO_MANY_ISSUES.addViolation(context,
          Issue.tooMany(found[0] - Issue.MAX_PER_DOCUMENT).getMessage());
    }
    return valid;
  }
}
