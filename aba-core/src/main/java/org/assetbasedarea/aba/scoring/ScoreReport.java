package org.assetbasedarea.aba.scoring;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.immutables.value.Value;

/**
 * The score of one assessment under one rule set: per action, per grouping and overall, with the
 * status, so a council can see both the result and why. Its attributes are the fields of the
 * score-report JSON contract ({@code rules}, {@code framework}, {@code area}, {@code assessedOn},
 * {@code status}, {@code coProduced}, {@code actions}, {@code notAssessed}, {@code groupings},
 * {@code overall}). Equal assessments give equal reports.
 */
@Value.Immutable
public abstract class ScoreReport {
  ScoreReport() {}

  /** @return the id of the rule set that produced the report, such as {@code aba-score-1} */
  public abstract String getRules();

  /** @return the id of the framework the assessment was made against */
  public abstract String getFramework();

  /** @return the assessed area */
  public abstract @Valid Area getArea();

  /** @return the date of the assessment */
  public abstract LocalDate getAssessedOn();

  /** @return how much of the framework is rated */
  public abstract Status getStatus();

  /** @return true when a participant had a co-production role: lived experience, carer or community */
  public abstract boolean isCoProduced();

  /** @return the rated actions, in framework order */
  public abstract List<ActionScore> getActions();

  /** @return the ids of the actions not assessed, in framework order */
  public abstract List<String> getNotAssessed();

  /** @return every grouping, in framework order */
  public abstract List<GroupingScore> getGroupings();

  /** @return the overall score */
  public abstract OverallScore getOverall();

  /**
   * The score of one rated action.
   *
   * @param actionId an action id
   * @return its score, or empty when it was not assessed or is not in the framework
   */
  public Optional<ActionScore> findAction(String actionId) {
    for (ActionScore action : getActions()) {
      if (action.getAction().equals(actionId)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }

  /**
   * The score of one grouping.
   *
   * @param groupingId a grouping id
   * @return its score, or empty when the framework has no such grouping
   */
  public Optional<GroupingScore> findGrouping(String groupingId) {
    for (GroupingScore grouping : getGroupings()) {
      if (grouping.getGrouping().equals(groupingId)) {
        return Optional.of(grouping);
      }
    }
    return Optional.empty();
  }

  /**
   * Every explanation of the report as sentences a council can read: the status when the report is
   * not complete, each capped action (framework order), then each limiter that lowered the band
   * (in {@link Limiter} order).
   *
   * @return the sentences; empty for a complete report with no cap and no limiter
   */
  public List<String> explain() {
    List<String> sentences = new ArrayList<>();
    OverallScore overall = getOverall();
    if (getStatus() == Status.PROVISIONAL) {
      sentences.add(overall.getRated() + " of " + overall.getActions()
          + " actions are rated, so the result is provisional");
    } else if (getStatus() == Status.INSUFFICIENT) {
      sentences.add(overall.getRated() + " of " + overall.getActions()
          + " actions are rated, too few (at least 70 per cent, with every grouping rated) for an"
          + " overall band");
    }
    for (ActionScore action : getActions()) {
      action.explain().ifPresent(sentences::add);
    }
    for (Limiter limiter : overall.getLimiters()) {
      sentences.add(limiter.explain(this));
    }
    return List.copyOf(sentences);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    int rated = 0;
    int actions = 0;
    for (GroupingScore grouping : getGroupings()) {
      rated += grouping.getRated();
      actions += grouping.getActions();
    }
    if (rated != getActions().size() || rated != getOverall().getRated()
        || actions != getActions().size() + getNotAssessed().size()
        || actions != getOverall().getActions()) {
      throw new IllegalArgumentException("score report: the counts of rated and not-assessed"
          + " actions in actions, notAssessed, groupings and overall disagree");
    }
    if ((getStatus() == Status.COMPLETE) != (rated == actions)) {
      throw new IllegalArgumentException(
          "score report: status is COMPLETE exactly when every action is rated");
    }
    if (getStatus() == Status.INSUFFICIENT) {
      if (getOverall().getBand().isPresent()) {
        throw new IllegalArgumentException(
            "score report: an INSUFFICIENT report has no overall band");
      }
    } else if (getOverall().getBand().isEmpty()) {
      throw new IllegalArgumentException(
          "score report: a " + getStatus() + " report needs an overall band");
    }
  }

  /** Builds a {@link ScoreReport}. */
  public static final class Builder extends ImmutableScoreReport.Builder {
    Builder() {}
  }
}
