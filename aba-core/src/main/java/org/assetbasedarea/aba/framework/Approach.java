package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/**
 * A community approach in an {@link ApproachCatalogue}, such as Shared Lives or time banking: what
 * it is, which of the framework's actions it supports, and what evidence of it looks like.
 */
@Value.Immutable
public abstract class Approach {
  /** The most characters a description or an evidence text may have. */
  public static final int MAX_TEXT = 2000;

  Approach() {}

  /** @return the stable, lower-case kebab id, such as {@code shared-lives} */
  public abstract String getId();

  /** @return the approach's name in plain English */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /** @return what the approach is, in a sentence or two of plain English */
  @VisibleText
  @PlainText
  public abstract String getDescription();

  /**
   * The actions the approach supports, by id in the catalogue's framework: at least one, none
   * twice. The catalogue does not check they exist; a {@link FrameworkRegistry} does when the
   * catalogue is registered.
   *
   * @return the action ids, most closely supported first
   */
  public abstract List<String> getActions();

  /** @return what evidence of the approach in an area looks like, a sentence */
  @VisibleText
  @PlainText
  public abstract String getEvidence();

  /**
   * Whether the approach supports an action.
   *
   * @param actionId an action id
   * @return true when {@link #getActions()} names it
   */
  public boolean supports(String actionId) {
    return getActions().contains(actionId);
  }

  /**
   * Creates an approach.
   *
   * @param id stable lower-case kebab id
   * @param title plain English name
   * @param description what it is
   * @param evidence what evidence of it looks like
   * @param actions ids of the actions it supports, at least one
   * @return the approach
   * @throws InvalidFrameworkException when an id is not lower-case kebab case, a text is blank or
   *     has a disallowed character, or the actions are missing or repeated
   */
  public static Approach of(String id, String title, String description, String evidence,
      String... actions) {
    return builder().id(id).title(title).description(description).evidence(evidence)
        .addActions(actions).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the approach's id, texts and actions, reporting every broken rule at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the approach
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "approach", getId());
    Ids.checkTitle(issues, "approach '" + getId() + "'", getTitle());
    Ids.checkText(issues, "/description", "the description of approach '" + getId() + "'",
        getDescription(), MAX_TEXT);
    List<String> actions = getActions();
    if (actions.isEmpty()) {
      issues.add(Issue.of("/actions", IssueCode.INVALID_FRAMEWORK,
          "approach '" + getId() + "' needs at least one action it supports"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      String action = actions.get(i);
      if (!Ids.isKebab(action)) {
        issues.add(Issue.of("/actions/" + i, IssueCode.INVALID_FRAMEWORK,
            "approach '" + getId() + "' names an action whose " + Ids.message("", action).trim()));
      } else if (!seen.add(action)) {
        issues.add(Issue.of("/actions/" + i, IssueCode.INVALID_FRAMEWORK,
            "approach '" + getId() + "' names action '" + action + "' more than once"));
      }
    }
    Ids.checkText(issues, "/evidence", "the evidence of approach '" + getId() + "'",
        getEvidence(), MAX_TEXT);
    Ids.throwIfAny(issues);
  }


  /** Builds an {@link Approach}. */
  public static final class Builder extends ImmutableApproach.Builder {
    Builder() {}
  }
}
