package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/**
 * A versioned catalogue of community approaches (Shared Lives, time banking, ...) for one
 * framework: each approach with what it is, the framework's actions it supports and what evidence
 * of it looks like. It is data apart from the framework, so it can be revised without a new
 * framework id; an assessment's evidence may name one of its approaches.
 *
 * <p>Its invariants are checked when it is built: ids lower-case kebab case, approach ids unique,
 * at least one approach. Whether the actions it names exist is checked against the framework when
 * the catalogue is registered ({@link FrameworkRegistry#with(ApproachCatalogue)}). The built-in
 * catalogue for {@code aba-2020} is {@link Frameworks#aba2020Approaches()}.
 */
@Value.Immutable
public abstract class ApproachCatalogue {
  ApproachCatalogue() {}

  /** @return the stable, versioned, lower-case kebab id, such as {@code aba-2020-approaches} */
  public abstract String getId();

  /** @return the catalogue's title */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /** @return the id of the framework whose actions the approaches name, such as {@code aba-2020} */
  public abstract String getFramework();

  /** @return the approaches, in catalogue order */
  public abstract List<Approach> getApproaches();

  /**
   * Looks an approach up by id.
   *
   * @param approachId an approach id
   * @return the approach, or empty when the catalogue has none with that id
   */
  public Optional<Approach> findApproach(String approachId) {
    Integer index = approachIndex().get(approachId);
    return index == null ? Optional.empty() : Optional.of(getApproaches().get(index));
  }

  /**
   * The approaches that support an action.
   *
   * @param actionId an action id of the catalogue's framework
   * @return those approaches, in catalogue order; empty when none supports it
   */
  public List<Approach> supporting(String actionId) {
    List<Approach> result = new ArrayList<>();
    for (Approach approach : getApproaches()) {
      if (approach.supports(actionId)) {
        result.add(approach);
      }
    }
    return List.copyOf(result);
  }

  /** Approach id to index, computed once per catalogue (catalogues are immutable). */
  @Value.Lazy
  Map<String, Integer> approachIndex() {
    return Ids.indexById(getApproaches().stream().map(Approach::getId).toList());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks every catalogue rule and reports all broken ones at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the catalogue
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    Ids.check(issues, "/id", "approach catalogue", getId());
    Ids.checkTitle(issues, "approach catalogue '" + getId() + "'", getTitle());
    Ids.check(issues, "/framework", "framework", getFramework());
    List<Approach> approaches = getApproaches();
    if (approaches.isEmpty()) {
      issues.add(Issue.of("/approaches", IssueCode.INVALID_FRAMEWORK,
          "approach catalogue '" + getId() + "' needs at least one approach"));
    }
    Ids.unique(issues, "approach", "approaches", "approach catalogue '" + getId() + "'",
        approaches.stream().map(Approach::getId).toList());
    Ids.throwIfAny(issues);
  }

  /** Builds an {@link ApproachCatalogue}. */
  public static final class Builder extends ImmutableApproachCatalogue.Builder {
    Builder() {}
  }
}
