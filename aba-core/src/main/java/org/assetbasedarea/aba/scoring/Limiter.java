package org.assetbasedarea.aba.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule that caps the overall band, whatever the percentage. A limiter applies when its cap is
 * below the percentage band; the overall band is the percentage band lowered by every limiter that
 * applies. Declared in the order reports list them.
 */
public enum Limiter {
  /** The overall band is at most one band above the lowest grouping band. */
  L1_WEAKEST_GROUPING,
  /** When any rated action has effective rating 1, the overall band is at most {@link Band#ESTABLISHED}. */
  L2_WEAK_ACTION,
  /**
   * When no participant has role {@code LIVED_EXPERIENCE}, {@code CARER} or {@code COMMUNITY}, the
   * overall band is at most {@link Band#EMERGING}.
   */
  L3_NOT_CO_PRODUCED;

  /**
   * The band this limiter caps a report at, from the report's own figures.
   *
   * @param report a score report
   * @return the cap, or empty when the limiter's condition does not hold (for {@link
   *     #L1_WEAKEST_GROUPING}: no grouping has a band)
   */
  public Optional<Band> capOf(ScoreReport report) {
    switch (this) {
      case L1_WEAKEST_GROUPING:
        return lowestGroupingBand(report).map(Band::oneAbove);
      case L2_WEAK_ACTION:
        return weakActions(report).isEmpty() ? Optional.empty() : Optional.of(Band.ESTABLISHED);
      case L3_NOT_CO_PRODUCED:
        return report.isCoProduced() ? Optional.empty() : Optional.of(Band.EMERGING);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * A sentence a council can read about this limiter in a report, with the concrete values, such as
   * {@code the weakest grouping, workforce-and-enterprise, is Starting (33.33%), so the overall band
   * is at most Emerging: lowered from Established}.
   *
   * @param report a score report
   * @return the explanation, saying whether and how far it lowered the band
   */
  public String explain(ScoreReport report) {
    Optional<Band> cap = capOf(report);
    String facts;
    switch (this) {
      case L1_WEAKEST_GROUPING: {
        Optional<Band> lowest = lowestGroupingBand(report);
        if (lowest.isEmpty()) {
          return "no grouping has a band, so the weakest-grouping limiter does not apply";
        }
        List<String> weakest = new ArrayList<>();
        for (GroupingScore grouping : report.getGroupings()) {
          if (grouping.getBand().equals(lowest)) {
            weakest.add(grouping.getGrouping() + " ("
                + grouping.getPercentage().map(p -> p.toPlainString() + "%").orElse("") + ")");
          }
        }
        facts = (weakest.size() == 1 ? "the weakest grouping, " : "the weakest groupings, ")
            + String.join(", ", weakest) + (weakest.size() == 1 ? ", is " : ", are ")
            + lowest.get().getLabel();
        break;
      }
      case L2_WEAK_ACTION: {
        List<String> weak = weakActions(report);
        if (weak.isEmpty()) {
          return "no rated action counts as 1, so the weak-action limiter does not apply";
        }
        facts = (weak.size() == 1 ? "action " : "actions ") + String.join(", ", weak)
            + (weak.size() == 1 ? " counts" : " count") + " as 1";
        break;
      }
      case L3_NOT_CO_PRODUCED:
        if (report.isCoProduced()) {
          return "people with lived experience, carers or community members took part, so the"
              + " co-production limiter does not apply";
        }
        facts = "no people with lived experience, carers or community members took part";
        break;
      default:
        throw new AssertionError(this);
    }
    String sentence = facts + ", so the overall band is at most " + cap.get().getLabel();
    Optional<Band> percentageBand = report.getOverall().getPercentageBand();
    if (percentageBand.isEmpty()) {
      return sentence + "; the report has no overall band";
    }
    if (cap.get().isBelow(percentageBand.get())) {
      return sentence + ": lowered from " + percentageBand.get().getLabel();
    }
    return sentence + ", which is not below the percentage band "
        + percentageBand.get().getLabel() + ", so it does not lower it";
  }

  static Optional<Band> lowestGroupingBand(ScoreReport report) {
    Band lowest = null;
    for (GroupingScore grouping : report.getGroupings()) {
      if (grouping.getBand().isPresent()
          && (lowest == null || grouping.getBand().get().isBelow(lowest))) {
        lowest = grouping.getBand().get();
      }
    }
    return Optional.ofNullable(lowest);
  }

  private static List<String> weakActions(ScoreReport report) {
    List<String> weak = new ArrayList<>();
    for (ActionScore action : report.getActions()) {
      if (action.getEffectiveRating() == 1) {
        weak.add(action.getAction());
      }
    }
    return weak;
  }
}
