package org.assetbasedarea.aba.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.jspecify.annotations.Nullable;

/** The computations of the network view, from the areas' sorted series. */
final class Comparisons {
  /** The id of the network's own comparison. */
  static final String NETWORK = "network";

  private Comparisons() {}

  static NetworkView compute(Framework framework, String rules, int min, @Nullable String disclosure,
      PeerGroups groups, long assessments, List<AreaSeries> areas, List<String> indicators) {
    Map<String, List<AreaSeries>> byGroup = new TreeMap<>();
    for (AreaSeries area : areas) {
      byGroup.computeIfAbsent(area.getGroup(), k -> new ArrayList<>()).add(area);
    }
    boolean networkPublished = areas.size() >= min;
    List<AreaSeries> pooled = new ArrayList<>();
    for (List<AreaSeries> members : byGroup.values()) {
      if (members.size() < min) {
        pooled.addAll(members);
      }
    }
    pooled.sort((a, b) -> a.getCode().compareTo(b.getCode()));
    boolean poolPublished = networkPublished && pooled.size() >= min;
    List<NetworkView.PeerGroup> peerGroups = new ArrayList<>();
    List<NetworkView.Comparison> comparisons = new ArrayList<>();
    for (Map.Entry<String, List<AreaSeries>> group : byGroup.entrySet()) {
      int size = group.getValue().size();
      NetworkView.GroupStatus status = networkPublished && size >= min ? NetworkView.GroupStatus.PUBLISHED
          : poolPublished ? NetworkView.GroupStatus.POOLED : NetworkView.GroupStatus.WITHHELD;
      peerGroups.add(new NetworkView.PeerGroup(group.getKey(), groups.label(group.getKey()), size, status));
      String comparedIn = status == NetworkView.GroupStatus.PUBLISHED ? group.getKey()
          : status == NetworkView.GroupStatus.POOLED ? PeerGroups.POOLED : null;
      for (AreaSeries area : group.getValue()) {
        area.setComparedIn(comparedIn);
      }
      if (status == NetworkView.GroupStatus.PUBLISHED) {
        comparisons.add(comparison(group.getKey(), groups.label(group.getKey()), group.getValue(),
            framework, min, indicators));
      }
    }
    if (poolPublished) {
      comparisons.add(comparison(PeerGroups.POOLED, groups.label(PeerGroups.POOLED), pooled,
          framework, min, indicators));
    }
    NetworkView.Comparison network = networkPublished
        ? comparison(NETWORK, "The network", areas, framework, min, indicators) : null;
    if (network != null) {
      positions(areas, comparisons, min);
    }
    return new NetworkView(framework, rules, min, disclosure, groups.getSource(), assessments, areas,
        peerGroups, network, network == null ? List.of() : comparisons, indicators);
  }

  static NetworkView.Comparison comparison(String id, String label, List<AreaSeries> areas,
      Framework framework, int min, List<String> indicators) {
    List<Action> actions = framework.getActions();
    List<Grouping> groupings = framework.getGroupings();
    int n = areas.size();
    List<int[]> heatmap = new ArrayList<>();
    for (int a = 0; a < actions.size(); a++) {
      heatmap.add(new int[5]);
    }
    int[] overall = new int[n];
    int overallN = 0;
    int[][] grouping = new int[groupings.size()][n];
    int[] groupingN = new int[groupings.size()];
    long[] ratingSum = new long[actions.size()];
    int[] rated = new int[actions.size()];
    long[] changeSum = new long[actions.size()];
    int[] changed = new int[actions.size()];
    Map<Integer, int[]> years = new TreeMap<>();
    Map<Integer, Integer> yearN = new HashMap<>();
    for (AreaSeries area : areas) {
      int latest = area.size() - 1;
      int value = area.overallHundredths(latest);
      if (value >= 0) {
        overall[overallN++] = value;
      }
      for (int g = 0; g < groupings.size(); g++) {
        int pct = area.groupingHundredths(latest, g);
        if (pct >= 0) {
          grouping[g][groupingN[g]++] = pct;
        }
      }
      for (int a = 0; a < actions.size(); a++) {
        int rating = area.rating(latest, a);
        heatmap.get(a)[rating]++;
        if (rating > 0) {
          ratingSum[a] += rating;
          rated[a]++;
          if (latest > 0 && area.rating(latest - 1, a) > 0) {
            changeSum[a] += rating - area.rating(latest - 1, a);
            changed[a]++;
          }
        }
      }
      for (int i = 0; i <= latest; i++) {
        int year = LocalDate.ofEpochDay(area.day(i)).getYear();
        if (i < latest && LocalDate.ofEpochDay(area.day(i + 1)).getYear() == year) {
          continue; // the latest of the year counts
        }
        int pct = area.overallHundredths(i);
        if (pct < 0) {
          continue;
        }
        int count = yearN.getOrDefault(year, 0);
        int[] values = years.get(year);
        if (values == null) {
          values = new int[Math.min(n, 16)];
          years.put(year, values);
        } else if (count == values.length) {
          values = Arrays.copyOf(values, Math.min(n, count * 2));
          years.put(year, values);
        }
        values[count] = pct;
        yearN.put(year, count + 1);
      }
    }
    List<NetworkView.Spread> spread = new ArrayList<>();
    spread.add(spread("overall", overall, overallN, min));
    for (int g = 0; g < groupings.size(); g++) {
      spread.add(spread(groupings.get(g).getId(), grouping[g], groupingN[g], min));
    }
    List<NetworkView.ActionFigure> figures = new ArrayList<>();
    for (int a = 0; a < actions.size(); a++) {
      figures.add(new NetworkView.ActionFigure(actions.get(a).getId(), actions.get(a).getGrouping(),
          rated[a], rated[a] >= min ? mean(ratingSum[a], rated[a]) : null,
          changed[a], changed[a] >= min ? mean(changeSum[a], changed[a]) : null));
    }
    List<NetworkView.YearFigure> yearFigures = new ArrayList<>();
    for (Map.Entry<Integer, int[]> year : years.entrySet()) {
      int count = yearN.getOrDefault(year.getKey(), 0);
      if (count >= min) {
        BigDecimal[] q = Quartiles.of(year.getValue(), count);
        yearFigures.add(new NetworkView.YearFigure(year.getKey(), count, q[0], q[1], q[2]));
      } else {
        yearFigures.add(new NetworkView.YearFigure(year.getKey(), count, null, null, null));
      }
    }
    List<NetworkView.OutcomeFigure> outcomes = new ArrayList<>();
    for (String indicator : indicators) {
      List<BigDecimal> values = new ArrayList<>();
      for (AreaSeries area : areas) {
        PublishedValue published = area.getOutcomes().get(indicator);
        if (published != null && !published.isSuppressed() && published.getValue().isPresent()) {
          values.add(published.getValue().get());
        }
      }
      outcomes.add(new NetworkView.OutcomeFigure(indicator, values.size(),
          values.size() >= min ? median(values) : null));
    }
    return new NetworkView.Comparison(id, label, n, heatmap, spread, figures, yearFigures, outcomes);
  }

  private static NetworkView.Spread spread(String measure, int[] values, int n, int min) {
    if (n < min) {
      return new NetworkView.Spread(measure, n, null, null, null);
    }
    BigDecimal[] q = Quartiles.of(values, n);
    return new NetworkView.Spread(measure, n, q[0], q[1], q[2]);
  }

  static BigDecimal mean(long sum, int n) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }

  /** The median of published values (the midpoint of the middle two for an even count), exactly. */
  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
  }

  private static void positions(List<AreaSeries> areas, List<NetworkView.Comparison> groups, int min) {
    int[] network = latestOveralls(areas);
    if (network.length < min) {
      return;
    }
    BigDecimal networkMedian = Quartiles.at(network, 2);
    Map<String, List<AreaSeries>> members = new HashMap<>();
    for (AreaSeries area : areas) {
      if (area.getComparedIn() != null) {
        members.computeIfAbsent(area.getComparedIn(), k -> new ArrayList<>()).add(area);
      }
    }
    Map<String, int[]> sortedByGroup = new HashMap<>();
    for (NetworkView.Comparison group : groups) {
      sortedByGroup.put(group.id(), latestOveralls(members.getOrDefault(group.id(), List.of())));
    }
    for (AreaSeries area : areas) {
      int value = area.overallHundredths(area.size() - 1);
      if (value < 0) {
        continue;
      }
      BigDecimal overall = BigDecimal.valueOf(value, 2);
      String comparison = area.getComparedIn();
      int[] group = comparison == null ? null : sortedByGroup.get(comparison);
      BigDecimal groupMedian = null;
      BigDecimal vsGroup = null;
      Integer groupPercentile = null;
      if (group != null && group.length >= min) {
        groupMedian = Quartiles.at(group, 2);
        vsGroup = overall.subtract(groupMedian);
        groupPercentile = percentile(group, value);
      } else {
        comparison = null;
      }
      area.setPosition(new NetworkView.Position(overall, networkMedian, overall.subtract(networkMedian),
          percentile(network, value), comparison, groupMedian, vsGroup, groupPercentile));
    }
  }

  private static int[] latestOveralls(List<AreaSeries> areas) {
    int[] values = new int[areas.size()];
    int n = 0;
    for (AreaSeries area : areas) {
      int value = area.overallHundredths(area.size() - 1);
      if (value >= 0) {
        values[n++] = value;
      }
    }
    int[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * The mid-rank percentile of a value among sorted values: (below + equal / 2) / n, as a whole
   * percentage rounded half up.
   */
  static int percentile(int[] sorted, int value) {
    int below = bound(sorted, value);
    int equal = bound(sorted, value + 1) - below;
    long twiceScaled = 100L * (2L * below + equal); // 2 n times the percentile
    long den = 2L * sorted.length;
    return (int) ((2 * twiceScaled + den) / (2 * den));
  }

  /** The number of sorted values below a value. */
  private static int bound(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
