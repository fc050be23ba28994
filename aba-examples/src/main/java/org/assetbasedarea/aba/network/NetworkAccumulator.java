package org.assetbasedarea.aba.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link NetworkView} from score reports (and outcome reports) fed one at a time, in
 * any order. Per area it keeps only compact figures ({@link AreaSeries}): about 30 bytes an
 * assessment of the built-in framework, so a million assessments fit in a small heap. Outcome
 * reports keep only each area's latest period's published figures. Problems (several
 * frameworks, two assessments of an area on one date, an area in no group) are collected and
 * reported together by {@link #finish}.
 *
 * <pre>{@code
 * NetworkAccumulator network = new NetworkAccumulator(registry);
 * for (Assessment a : assessments) network.add(scorer.score(a), "in.ndjson", line);
 * NetworkView view = network.finish(PeerGroups.gss(), NetworkView.MIN_GROUP_SIZE);
 * }</pre>
 */
public final class NetworkAccumulator {
  private static final int LINE_BITS = 40;

  private final FrameworkRegistry registry;
  private @Nullable Framework framework;
  private @Nullable String rules;
  private final Map<String, long[]> assessmentsByFramework = new TreeMap<>();
  private final Map<String, long[]> outcomesByFramework = new TreeMap<>();
  private final Map<AreaCode, AreaSeries> areas = new HashMap<>();
  private final Map<AreaCode, List<OutcomeEntry>> outcomes = new HashMap<>();
  private final List<String> sources = new ArrayList<>();
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private @Nullable String disclosure;
  private long assessments;

  private record OutcomeEntry(Period period, long origin, Map<String, PublishedValue> published) {}

  /**
   * An empty network.
   *
   * @param registry resolves the framework the reports name
   */
  public NetworkAccumulator(FrameworkRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Adds an area's score report.
   *
   * @param report the report
   * @param source the file it came from, for messages
   * @param line its line in an NDJSON file, or 0 for a whole file
   */
  public void add(ScoreReport report, String source, long line) {
    assessments++;
    assessmentsByFramework.computeIfAbsent(report.getFramework(), k -> new long[1])[0]++;
    Framework fw = frameworkOf(report.getFramework());
    if (fw == null) {
      return;
    }
    if (rules == null) {
      rules = report.getRules();
    }
    List<Grouping> groupings = fw.getGroupings();
    List<Action> actions = fw.getActions();
    AreaSeries area = areas.computeIfAbsent(report.getArea().getCode(),
        code -> new AreaSeries(code, report.getArea().getName(), groupings.size(), actions.size()));
    int band = report.getOverall().getBand().map(b -> b.ordinal() + 1).orElse(0);
    int index = area.add((int) report.getAssessedOn().toEpochDay(), report.getArea().getName(),
        hundredths(report.getOverall().getPercentage().orElse(null)), band,
        report.getStatus().ordinal(), origin(source, line));
    for (int g = 0; g < groupings.size(); g++) {
      GroupingScore score = report.findGrouping(groupings.get(g).getId()).orElse(null);
      area.setGrouping(index, g, score == null ? -1 : hundredths(score.getPercentage().orElse(null)));
    }
    for (int a = 0; a < actions.size(); a++) {
      ActionScore score = report.findAction(actions.get(a).getId()).orElse(null);
      area.setRating(index, a, score == null ? 0 : score.getEffectiveRating());
    }
  }

  /**
   * Adds an area's outcome report; only its published figures are kept, and only each area's
   * latest period (by end date, then start date) is used.
   *
   * @param report the report, computed under the disclosure policy of the network's outputs
   * @param source the file it came from, for messages
   * @param line its line in an NDJSON file, or 0 for a whole file
   */
  public void add(OutcomeReport report, String source, long line) {
    outcomesByFramework.computeIfAbsent(report.getFramework(), k -> new long[1])[0]++;
    if (frameworkOf(report.getFramework()) == null) {
      return;
    }
    String policy = report.getDisclosure().getId();
    if (disclosure == null) {
      disclosure = policy;
    } else if (!disclosure.equals(policy)) {
      throw new IllegalArgumentException("outcome reports under two disclosure policies: "
          + disclosure + " and " + policy);
    }
    Map<String, PublishedValue> published = new LinkedHashMap<>();
    for (IndicatorResult indicator : report.getIndicators()) {
      published.put(indicator.getIndicator(), indicator.getPublished());
    }
    outcomes.computeIfAbsent(report.getArea().getCode(), k -> new ArrayList<>(1))
        .add(new OutcomeEntry(report.getPeriod(), origin(source, line), published));
  }

  private @Nullable Framework frameworkOf(String id) {
    if (framework == null) {
      Framework found = registry.find(id).orElse(null);
      if (found == null) {
        return null; // reported by finish, from the counts
      }
      framework = found;
    }
    return framework.getId().equals(id) ? framework : null;
  }

  private long origin(String source, long line) {
    Integer index = sourceIndex.get(source);
    if (index == null) {
      index = sources.size();
      sources.add(source);
      sourceIndex.put(source, index);
    }
    return ((long) index << LINE_BITS) | line;
  }

  private String describe(long origin) {
    String source = sources.get((int) (origin >>> LINE_BITS));
    long line = origin & ((1L << LINE_BITS) - 1);
    return line == 0 ? source : source + ":" + line;
  }

  /** Hundredths of a percentage at scale 2 at most, or -1 for none. */
  static int hundredths(@Nullable BigDecimal percentage) {
    return percentage == null ? -1 : percentage.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
  }

  /** @return how many score reports were added */
  public long getAssessments() {
    return assessments;
  }

  /**
   * Computes the view, or reports every problem of the inputs.
   *
   * @param groups the peer groups
   * @param minGroupSize the smallest group compared, at least {@link NetworkView#MIN_GROUP_SIZE}
   * @return the view
   * @throws NetworkInputException when the inputs name several frameworks or an unknown one,
   *     an area has two assessments on one date or two outcome data of one period, an area is
   *     in no group, or there is no assessment at all
   */
  public NetworkView finish(PeerGroups groups, int minGroupSize) throws NetworkInputException {
    if (minGroupSize < NetworkView.MIN_GROUP_SIZE) {
      throw new IllegalArgumentException("the minimum group size is at least " + NetworkView.MIN_GROUP_SIZE);
    }
    List<String> found = new ArrayList<>(problems);
    Map<String, Long> frameworks = new TreeMap<>();
    assessmentsByFramework.forEach((id, n) -> frameworks.merge(id, n[0], Long::sum));
    outcomesByFramework.forEach((id, n) -> frameworks.merge(id, n[0], Long::sum));
    if (frameworks.size() > 1) {
      StringBuilder s = new StringBuilder("a network is of one framework, but the inputs name "
          + frameworks.size() + ": ");
      int i = 0;
      for (String id : frameworks.keySet()) {
        long[] a = assessmentsByFramework.get(id);
        long[] o = outcomesByFramework.get(id);
        s.append(i++ == 0 ? "" : ", ").append(id).append(" (");
        if (a != null) {
          s.append(a[0]).append(a[0] == 1 ? " assessment" : " assessments");
        }
        if (o != null) {
          s.append(a != null ? ", " : "").append(o[0]).append(" outcome data");
        }
        s.append(')');
      }
      found.add(s.append("; give the assessments of one framework").toString());
    } else if (frameworks.size() == 1 && framework == null) {
      found.add("framework '" + frameworks.keySet().iterator().next() + "' is not known");
    }
    if (assessments == 0) {
      found.add("no assessment was given; a network view needs at least one");
    }
    if (!found.isEmpty()) {
      throw new NetworkInputException(found);
    }
    Framework fw = Objects.requireNonNull(framework);
    List<AreaSeries> sorted = new ArrayList<>(areas.values());
    sorted.sort((a, b) -> a.getCode().compareTo(b.getCode()));
    for (AreaSeries area : sorted) {
      int duplicate = area.sortByDate();
      while (duplicate > 0) {
        int day = area.day(duplicate);
        StringBuilder s = new StringBuilder("area " + area.getCode() + " has two assessments dated "
            + LocalDate.ofEpochDay(day) + ": ");
        int first = duplicate - 1;
        int i = first;
        while (i < area.size() && area.day(i) == day) {
          s.append(i > first ? " and " : "").append(describe(area.origin(i)));
          i++;
        }
        found.add(s.append("; give one assessment a date").toString());
        duplicate = -1;
        for (int j = i + 1; j < area.size(); j++) {
          if (area.day(j) == area.day(j - 1)) {
            duplicate = j;
            break;
          }
        }
      }
      String group = groups.groupOf(area.getCode()).orElse(null);
      if (group == null) {
        found.add("area " + area.getCode() + " is in no group of " + groups.getSource()
            + "; add a line '" + area.getCode() + ",GROUP'");
      } else {
        area.setGroup(group);
      }
    }
    List<AreaCode> outcomeAreas = new ArrayList<>(outcomes.keySet());
    outcomeAreas.sort(null);
    for (AreaCode code : outcomeAreas) {
      List<OutcomeEntry> entries = new ArrayList<>(outcomes.get(code));
      entries.sort((a, b) -> {
        int c = a.period().getEnd().compareTo(b.period().getEnd());
        return c != 0 ? c : a.period().getStart().compareTo(b.period().getStart());
      });
      for (int i = 1; i < entries.size(); i++) {
        if (entries.get(i).period().equals(entries.get(i - 1).period())) {
          found.add("area " + code + " has two outcome data for " + entries.get(i).period().getStart()
              + " to " + entries.get(i).period().getEnd() + ": " + describe(entries.get(i - 1).origin())
              + " and " + describe(entries.get(i).origin()));
        }
      }
      AreaSeries area = areas.get(code);
      if (area == null) {
        found.add("area " + code + " has outcome data (" + describe(entries.get(0).origin())
            + ") but no assessment");
      } else {
        OutcomeEntry latest = entries.get(entries.size() - 1);
        area.setOutcomes(latest.period(), latest.published());
      }
    }
    if (!found.isEmpty()) {
      throw new NetworkInputException(found);
    }
    List<String> indicators = new ArrayList<>();
    for (IndicatorDefinition indicator : fw.getIndicators()) {
      if (sorted.stream().anyMatch(a -> a.getOutcomes().containsKey(indicator.getId()))) {
        indicators.add(indicator.getId());
      }
    }
    return Comparisons.compute(fw, Objects.requireNonNull(rules), minGroupSize,
        outcomes.isEmpty() ? null : disclosure, groups, assessments, sorted, indicators);
  }
}
