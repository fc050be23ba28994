package org.assetbasedarea.aba.network;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * The network view: every area's own series, the peer groups, and the comparisons published (the
 * network's and each group's of at least the minimum size). See docs/network.md.
 */
public final class NetworkView {
  /** The smallest group a comparison is published for. */
  public static final int MIN_GROUP_SIZE = 5;

  private final Framework framework;
  private final String rules;
  private final int minGroupSize;
  private final @Nullable String disclosure;
  private final String groupsSource;
  private final long assessments;
  private final List<AreaSeries> areas;
  private final List<PeerGroup> groups;
  private final @Nullable Comparison network;
  private final List<Comparison> groupComparisons;
  private final List<String> indicators;

  NetworkView(Framework framework, String rules, int minGroupSize, @Nullable String disclosure,
      String groupsSource, long assessments, List<AreaSeries> areas, List<PeerGroup> groups,
      @Nullable Comparison network, List<Comparison> groupComparisons, List<String> indicators) {
    this.framework = framework;
    this.rules = rules;
    this.minGroupSize = minGroupSize;
    this.disclosure = disclosure;
    this.groupsSource = groupsSource;
    this.assessments = assessments;
    this.areas = List.copyOf(areas);
    this.groups = List.copyOf(groups);
    this.network = network;
    this.groupComparisons = List.copyOf(groupComparisons);
    this.indicators = List.copyOf(indicators);
  }

  /** @return the network's framework */
  public Framework getFramework() {
    return framework;
  }

  /** @return the rule set the reports were scored with */
  public String getRules() {
    return rules;
  }

  /** @return the smallest group a comparison is published for */
  public int getMinGroupSize() {
    return minGroupSize;
  }

  /** @return the disclosure policy of outcome figures; null when no outcome data were given */
  public @Nullable String getDisclosure() {
    return disclosure;
  }

  /** @return {@code gss}, or the name of the CSV file the groups came from */
  public String getGroupsSource() {
    return groupsSource;
  }

  /** @return how many assessments were read */
  public long getAssessments() {
    return assessments;
  }

  /** @return every area, by code */
  public List<AreaSeries> getAreas() {
    return areas;
  }

  /** @return the peer groups, by id, with their sizes and what became of them */
  public List<PeerGroup> getGroups() {
    return groups;
  }

  /** @return the network's comparison; empty when the network is under the minimum size */
  public Optional<Comparison> getNetwork() {
    return Optional.ofNullable(network);
  }

  /** @return the comparisons of groups published: each group's, then the pooled one */
  public List<Comparison> getGroupComparisons() {
    return groupComparisons;
  }

  /** @return the ids of the indicators any area's outcome data give, in framework order */
  public List<String> getIndicators() {
    return indicators;
  }

  /** @return why no comparison is published, or empty when the network's is */
  public Optional<String> getWithheldReason() {
    return network != null ? Optional.empty() : Optional.of("the network has " + areas.size()
        + (areas.size() == 1 ? " area" : " areas") + ", fewer than " + minGroupSize
        + ": comparisons are published only for groups of at least " + minGroupSize
        + " areas, so none is published");
  }

  /** What became of a peer group. */
  public enum GroupStatus {
    /** Compared on its own. */
    PUBLISHED,
    /** Under the minimum size: pooled with the other small groups. */
    POOLED,
    /** Under the minimum size, and the pool of small groups too: not compared. */
    WITHHELD
  }

  /**
   * A peer group.
   *
   * @param id the group's id (a GSS prefix, {@code other}, or a name from the CSV file)
   * @param label its name for people
   * @param areas how many areas it has
   * @param status what became of it
   */
  public record PeerGroup(String id, String label, int areas, GroupStatus status) {}

  /**
   * The spread of one percentage over a comparison's areas' latest assessments.
   *
   * @param measure {@code overall} or a grouping's id
   * @param n how many areas have the percentage
   * @param q1 the first quartile; null when {@code n} is under the minimum
   * @param median the median; null when {@code n} is under the minimum
   * @param q3 the third quartile; null when {@code n} is under the minimum
   */
  public record Spread(String measure, int n, @Nullable BigDecimal q1, @Nullable BigDecimal median,
      @Nullable BigDecimal q3) {}

  /**
   * One action over a comparison's areas.
   *
   * @param action the action's id
   * @param grouping its grouping's id
   * @param rated how many areas' latest assessments rate it
   * @param meanRating their mean effective rating (two decimals); null when {@code rated} is
   *     under the minimum
   * @param changed how many areas rate it in both their previous and latest assessments
   * @param meanChange the mean change of effective rating between those two (two decimals);
   *     null when {@code changed} is under the minimum
   */
  public record ActionFigure(String action, String grouping, int rated, @Nullable BigDecimal meanRating,
      int changed, @Nullable BigDecimal meanChange) {}

  /**
   * The overall percentage in one calendar year: each area's latest assessment that year.
   *
   * @param year the year
   * @param n how many areas were assessed that year (with an overall percentage)
   * @param q1 the first quartile; null when withheld
   * @param median the median; null when withheld
   * @param q3 the third quartile; null when withheld
   */
  public record YearFigure(int year, int n, @Nullable BigDecimal q1, @Nullable BigDecimal median,
      @Nullable BigDecimal q3) {
    /** @return whether the figures are withheld (too few areas that year) */
    public boolean withheld() {
      return median == null;
    }
  }

  /**
   * An outcome indicator over a comparison's areas: their latest periods' published values.
   *
   * @param indicator the indicator's id
   * @param published how many areas have a published (not suppressed) value
   * @param median the median of those values; null when {@code published} is under the minimum
   */
  public record OutcomeFigure(String indicator, int published, @Nullable BigDecimal median) {}

  /**
   * The comparison of a set of areas (the network, or a group).
   *
   * @param id {@code network}, a group's id or {@value PeerGroups#POOLED}
   * @param label its name for people
   * @param areas how many areas
   * @param heatmap per action in framework order, the count of areas whose latest assessment has
   *     it at effective rating 1, 2, 3, 4 (indexes 1-4) or does not assess it (index 0)
   * @param spread the overall percentage, then each grouping's
   * @param actions each action in framework order
   * @param years each calendar year with an assessment, earliest first
   * @param outcomes each indicator with outcome data
   */
  public record Comparison(String id, String label, int areas, List<int[]> heatmap,
      List<Spread> spread, List<ActionFigure> actions, List<YearFigure> years,
      List<OutcomeFigure> outcomes) {
    /** @return the actions with a published mean rating, lowest first (then framework order) */
    public List<ActionFigure> weakest() {
      return actions.stream().filter(a -> a.meanRating() != null)
          .sorted(Comparator.comparing(a -> Objects.requireNonNull(a.meanRating()))).toList();
    }

    /** @return the actions with a published mean change, largest first (then framework order) */
    public List<ActionFigure> mostImproved() {
      return actions.stream().filter(a -> a.meanChange() != null)
          .sorted(Comparator.comparing((ActionFigure a) -> Objects.requireNonNull(a.meanChange()))
              .reversed()).toList();
    }
  }

  /**
   * An area's latest overall percentage against the network and its group.
   *
   * @param overall the area's latest overall percentage
   * @param networkMedian the network's median
   * @param vsNetwork the area's percentage minus that median, in points
   * @param networkPercentile the share of the network's areas below the area's percentage, ties
   *     counted half (mid-rank), as a whole percentage
   * @param comparison the comparison of the area's group ({@code pooled} for a pooled one); null
   *     when withheld
   * @param groupMedian that comparison's median; null when withheld
   * @param vsGroup the area's percentage minus that median; null when withheld
   * @param groupPercentile the mid-rank percentile within the group; null when withheld
   */
  public record Position(BigDecimal overall, BigDecimal networkMedian, BigDecimal vsNetwork,
      int networkPercentile, @Nullable String comparison, @Nullable BigDecimal groupMedian,
      @Nullable BigDecimal vsGroup, @Nullable Integer groupPercentile) {}
}
