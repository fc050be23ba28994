package org.assetbasedarea.aba.scoring;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;

/** The rule set {@code aba-score-1}, exactly as {@code docs/scoring.md} defines it. */
final class AbaScore1 implements ScoringRules {
  static final AbaScore1 INSTANCE = new AbaScore1();

  private static final Cap[] CAPS = Cap.values();

  private AbaScore1() {}

  @Override
  public String getId() {
    return ABA_SCORE_1;
  }

  @Override
  public ScoreReport score(Assessment assessment, Framework framework) {
    if (!assessment.getFramework().equals(framework.getId())) {
      throw new IllegalArgumentException("cannot score: the assessment names framework '"
          + assessment.getFramework() + "', not '" + framework.getId() + "'");
    }
    List<Action> actions = framework.getActions();
    int size = actions.size();
    Rating[] byIndex = new Rating[size];
    for (Rating rating : assessment.getRatings()) {
      int index = framework.indexOfAction(rating.getAction());
      if (index < 0) {
        throw new IllegalArgumentException("cannot score: action '" + rating.getAction()
            + "' is not in framework '" + framework.getId() + "'; validate the assessment first");
      }
      if (byIndex[index] != null) {
        throw new IllegalArgumentException("cannot score: action '" + rating.getAction()
            + "' is rated more than once; validate the assessment first");
      }
      byIndex[index] = rating;
    }

    List<Grouping> groupings = framework.getGroupings();
    int[] groupTotal = new int[groupings.size()];
    int[] groupRated = new int[groupings.size()];
    int[] groupSize = new int[groupings.size()];
    List<ActionScore> scores = new ArrayList<>(size);
    List<String> notAssessed = new ArrayList<>();
    int total = 0;
    int rated = 0;
    boolean anyWeak = false;
    for (int i = 0; i < size; i++) {
      Action action = actions.get(i);
      int g = framework.indexOfGrouping(action.getGrouping());
      groupSize[g]++;
      Rating rating = byIndex[i];
      if (rating == null) {
        notAssessed.add(action.getId());
        continue;
      }
      ActionScore.Builder score = ActionScore.builder()
          .action(action.getId())
          .grouping(action.getGrouping())
          .rating(rating.getRating());
      int effective = rating.getRating();
      for (Cap cap : CAPS) {
        if (cap.appliesTo(rating)) {
          score.addCaps(cap);
          effective = Math.min(effective, cap.getLimit());
        }
      }
      scores.add(score.effectiveRating(effective).build());
      anyWeak |= effective == 1;
      total += effective;
      rated++;
      groupTotal[g] += effective;
      groupRated[g]++;
    }

    List<GroupingScore> groupingScores = new ArrayList<>(groupings.size());
    boolean everyGroupingRated = true;
    Band lowestGroupingBand = null;
    for (int g = 0; g < groupings.size(); g++) {
      GroupingScore.Builder grouping = GroupingScore.builder()
          .grouping(groupings.get(g).getId())
          .rated(groupRated[g])
          .actions(groupSize[g]);
      if (groupRated[g] == 0) {
        everyGroupingRated = false;
      } else {
        Band band = Band.ofRoundedPercentage(Percentages.rounded(groupTotal[g], groupRated[g]));
        grouping.percentage(Percentages.percentage(groupTotal[g], groupRated[g])).band(band);
        if (lowestGroupingBand == null || band.isBelow(lowestGroupingBand)) {
          lowestGroupingBand = band;
        }
      }
      groupingScores.add(grouping.build());
    }

    Status status = status(rated, size, everyGroupingRated);
    boolean coProduced = isCoProduced(assessment);
    OverallScore.Builder overall = OverallScore.builder().rated(rated).actions(size);
    if (rated > 0) {
      int rounded = Percentages.rounded(total, rated);
      overall.percentage(Percentages.percentage(total, rated)).roundedPercentage(rounded);
      if (status != Status.INSUFFICIENT) {
        Band percentageBand = Band.ofRoundedPercentage(rounded);
        Band band = percentageBand;
        if (lowestGroupingBand != null && lowestGroupingBand.oneAbove().isBelow(percentageBand)) {
          overall.addLimiters(Limiter.L1_WEAKEST_GROUPING);
          band = band.atMost(lowestGroupingBand.oneAbove());
        }
        if (anyWeak && Band.ESTABLISHED.isBelow(percentageBand)) {
          overall.addLimiters(Limiter.L2_WEAK_ACTION);
          band = band.atMost(Band.ESTABLISHED);
        }
        if (!coProduced && Band.EMERGING.isBelow(percentageBand)) {
          overall.addLimiters(Limiter.L3_NOT_CO_PRODUCED);
          band = band.atMost(Band.EMERGING);
        }
        overall.percentageBand(percentageBand).band(band);
      }
    }

    return ScoreReport.builder()
        .rules(ABA_SCORE_1)
        .framework(framework.getId())
        .area(assessment.getArea())
        .assessedOn(assessment.getAssessedOn())
        .status(status)
        .coProduced(coProduced)
        .actions(scores)
        .notAssessed(notAssessed)
        .groupings(groupingScores)
        .overall(overall.build())
        .build();
  }

  /** COMPLETE when n = N; PROVISIONAL when 10n >= 7N (exactly n >= 0.7N) and every grouping is rated. */
  static Status status(int rated, int size, boolean everyGroupingRated) {
    if (rated == size) {
      return Status.COMPLETE;
    }
    if (10L * rated >= 7L * size && everyGroupingRated) {
      return Status.PROVISIONAL;
    }
    return Status.INSUFFICIENT;
  }

  private static boolean isCoProduced(Assessment assessment) {
    for (Participant participant : assessment.getParticipants()) {
      if (participant.getRole().isCoProduction()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return ABA_SCORE_1;
  }
}
