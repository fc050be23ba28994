package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.assetbasedarea.aba.issues.IssueCode;
import org.immutables.value.Value;

/**
 * A versioned framework of actions in groupings, with the outcomes it aims at and the indicators
 * that measure them. Every assessment names the framework it was made against by id.
 *
 * <p>A framework is data, so a council or researcher can build or load a local variant. Its
 * invariants are checked when it is built: ids unique and lower-case kebab case, every action in
 * exactly one existing grouping, every grouping with at least one action, and every outcome's
 * indicators and actions defined in the framework. The built-in {@code aba-2020} is {@link
 * Frameworks#aba2020()}.
 */
@Value.Immutable
public abstract class Framework {
  Framework() {}

  /** @return the stable, versioned, lower-case kebab id, such as {@code aba-2020} */
  public abstract String getId();

  /** @return the framework's title */
  @VisibleText
  @PlainText
  public abstract String getTitle();

  /** @return the groupings, in framework order */
  public abstract List<Grouping> getGroupings();

  /** @return the actions, in framework order */
  public abstract List<Action> getActions();

  /** @return the outcomes for people that the framework aims at */
  public abstract List<Outcome> getOutcomes();

  /** @return the indicator definitions the outcomes refer to */
  public abstract List<IndicatorDefinition> getIndicators();

  /**
   * Looks an action up by id.
   *
   * @param actionId an action id
   * @return the action, or empty when the framework has none with that id
   */
  public Optional<Action> findAction(String actionId) {
    int index = indexOfAction(actionId);
    return index < 0 ? Optional.empty() : Optional.of(getActions().get(index));
  }

  /**
   * Looks a grouping up by id.
   *
   * @param groupingId a grouping id
   * @return the grouping, or empty when the framework has none with that id
   */
  public Optional<Grouping> findGrouping(String groupingId) {
    int index = indexOfGrouping(groupingId);
    return index < 0 ? Optional.empty() : Optional.of(getGroupings().get(index));
  }

  /**
   * Looks an indicator definition up by id.
   *
   * @param indicatorId an indicator id
   * @return the definition, or empty when the framework has none with that id
   */
  public Optional<IndicatorDefinition> findIndicator(String indicatorId) {
    for (IndicatorDefinition indicator : getIndicators()) {
      if (indicator.getId().equals(indicatorId)) {
        return Optional.of(indicator);
      }
    }
    return Optional.empty();
  }

  /**
   * The actions of one grouping, in framework order.
   *
   * @param groupingId a grouping id
   * @return its actions; empty when the grouping does not exist
   */
  public List<Action> actionsIn(String groupingId) {
    List<Action> result = new ArrayList<>();
    for (Action action : getActions()) {
      if (action.getGrouping().equals(groupingId)) {
        result.add(action);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The position of an action in framework order.
   *
   * @param actionId an action id
   * @return its zero-based index, or -1 when the framework has no such action
   */
  public int indexOfAction(String actionId) {
    Integer index = actionIndex().get(actionId);
    return index == null ? -1 : index;
  }

  /**
   * The position of a grouping in framework order.
   *
   * @param groupingId a grouping id
   * @return its zero-based index, or -1 when the framework has no such grouping
   */
  public int indexOfGrouping(String groupingId) {
    Integer index = groupingIndex().get(groupingId);
    return index == null ? -1 : index;
  }

  /** @return the number of actions, {@code N} in the scoring rules */
  public int size() {
    return getActions().size();
  }

  /** Action id to index, computed once per framework (frameworks are immutable). */
  @Value.Lazy
  Map<String, Integer> actionIndex() {
    return Ids.indexById(getActions().stream().map(Action::getId).toList());
  }

  /** Grouping id to index, computed once per framework. */
  @Value.Lazy
  Map<String, Integer> groupingIndex() {
    return Ids.indexById(getGroupings().stream().map(Grouping::getId).toList());
  }


  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks every framework rule and reports all broken ones at once.
   *
   * @throws InvalidFrameworkException listing each broken rule at its pointer in the framework
   */
  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    String owner = "framework '" + getId() + "'";
    if (!Ids.isKebab(getId())) {
      issues.add(Issue.of("/id", IssueCode.INVALID_FRAMEWORK, Ids.message("framework", getId())));
    }
    Ids.checkTitle(issues, "framework '" + getId() + "'", getTitle());
    if (getActions().isEmpty()) {
      issues.add(Issue.of("/actions", IssueCode.INVALID_FRAMEWORK,
          "framework '" + getId() + "' needs at least one action"));
    }
    Set<String> groupings =
        Ids.unique(issues, "grouping", "groupings", owner,
            getGroupings().stream().map(Grouping::getId).toList());
    Set<String> actions =
        Ids.unique(issues, "action", "actions", owner,
            getActions().stream().map(Action::getId).toList());
    Set<String> indicators = Ids.unique(issues, "indicator", "indicators", owner,
        getIndicators().stream().map(IndicatorDefinition::getId).toList());
    Ids.unique(issues, "outcome", "outcomes", owner,
        getOutcomes().stream().map(Outcome::getId).toList());
    for (int i = 0; i < getIndicators().size(); i++) {
      IndicatorDefinition indicator = getIndicators().get(i);
      if (!IndicatorCatalogue.agrees(indicator)) {
        issues.add(Issue.of("/indicators/" + i, IssueCode.INVALID_FRAMEWORK,
            "indicator '" + indicator.getId() + "' is built in, and must be defined as the library"
                + " defines it: " + IndicatorCatalogue.describe(
                    IndicatorCatalogue.find(indicator.getId()).orElseThrow())));
      }
    }
    Set<String> groupingsUsed = new HashSet<>();
    for (int i = 0; i < getActions().size(); i++) {
      Action action = getActions().get(i);
      if (!groupings.contains(action.getGrouping())) {
        issues.add(Issue.of("/actions/" + i + "/grouping", IssueCode.INVALID_FRAMEWORK,
            "action '" + action.getId() + "' names grouping '" + action.getGrouping()
                + "', which framework '" + getId() + "' does not have"));
      }
      groupingsUsed.add(action.getGrouping());
    }
    for (int i = 0; i < getGroupings().size(); i++) {
      Grouping grouping = getGroupings().get(i);
      if (!groupingsUsed.contains(grouping.getId())) {
        issues.add(Issue.of("/groupings/" + i, IssueCode.INVALID_FRAMEWORK,
            "grouping '" + grouping.getId() + "' has no action in framework '" + getId() + "'"));
      }
    }
    for (int i = 0; i < getOutcomes().size(); i++) {
      Outcome outcome = getOutcomes().get(i);
      for (int j = 0; j < outcome.getIndicators().size(); j++) {
        String indicator = outcome.getIndicators().get(j);
        if (!indicators.contains(indicator)) {
          issues.add(Issue.of("/outcomes/" + i + "/indicators/" + j, IssueCode.INVALID_FRAMEWORK,
              "outcome '" + outcome.getId() + "' names indicator '" + indicator
                  + "', which framework '" + getId() + "' does not define"));
        }
      }
      for (int j = 0; j < outcome.getActions().size(); j++) {
        String action = outcome.getActions().get(j);
        if (!actions.contains(action)) {
          issues.add(Issue.of("/outcomes/" + i + "/actions/" + j, IssueCode.INVALID_FRAMEWORK,
              "outcome '" + outcome.getId() + "' names action '" + action
                  + "', which framework '" + getId() + "' does not have"));
        }
      }
    }
    if (!issues.isEmpty()) {
      throw new InvalidFrameworkException(issues);
    }
  }


  /** Builds a {@link Framework}. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
