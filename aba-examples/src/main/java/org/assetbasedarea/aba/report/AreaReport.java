package org.assetbasedarea.aba.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Everything a report says about one area: its assessments with their score reports, oldest
 * first, its outcome reports, earliest period first, and its plans, earliest first. Immutable.
 */
public final class AreaReport {
  /** Plans by first day, then last day, then title. */
  private static final Comparator<Plan> PLAN_ORDER = Comparator.comparing(Plan::getStartsOn)
      .thenComparing(Plan::getEndsOn).thenComparing(Plan::getTitle);

  private final AreaCode code;
  private final String name;
  private final List<Scored> assessments;
  private final List<OutcomeReport> outcomes;
  private final List<Plan> plans;

  private AreaReport(AreaCode code, String name, List<Scored> assessments,
      List<OutcomeReport> outcomes, List<Plan> plans) {
    this.code = code;
    this.name = name;
    this.assessments = List.copyOf(assessments);
    this.outcomes = List.copyOf(outcomes);
    List<Plan> sorted = new ArrayList<>(plans);
    sorted.sort(PLAN_ORDER);
    this.plans = List.copyOf(sorted);
  }


  /**
   * Groups valid documents by area code, scores the assessments and computes the outcome
   * indicators, resolving frameworks in the scorer's registry.
   *
   * @param assessments valid assessments of any areas
   * @param outcomeData valid outcome data of any areas
   * @param scorer the scorer (and framework registry) to use
   * @return one report per area code, ordered by code
   * @throws IllegalArgumentException when a document names a framework the scorer does not know
   */
  public static List<AreaReport> group(Collection<Assessment> assessments,
      Collection<OutcomeData> outcomeData, Scorer scorer) {
    return group(assessments, outcomeData, scorer, DisclosurePolicy.ASCOF);
  }

  /**
   * Groups valid documents by area code, scores the assessments and computes the outcome
   * indicators, resolving frameworks in the scorer's registry and publishing outcome figures under
   * a disclosure policy.
   *
   * @param assessments valid assessments of any areas
   * @param outcomeData valid outcome data of any areas
   * @param scorer the scorer (and framework registry) to use
   * @param policy the disclosure policy of the published outcome figures
   * @return one report per area code, ordered by code
   * @throws IllegalArgumentException when a document names a framework the scorer does not know
   */
  public static List<AreaReport> group(Collection<Assessment> assessments,
      Collection<OutcomeData> outcomeData, Scorer scorer, DisclosurePolicy policy) {
    return group(assessments, outcomeData, List.of(), scorer, policy);
  }

  /**
   * Groups valid documents, plans among them, by area code, scores the assessments and computes
   * the outcome indicators, resolving frameworks in the scorer's registry and publishing outcome
   * figures under a disclosure policy.
   *
   * @param assessments valid assessments of any areas
   * @param outcomeData valid outcome data of any areas
   * @param plans valid improvement plans and 100-day challenges of any areas
   * @param scorer the scorer (and framework registry) to use
   * @param policy the disclosure policy of the published outcome figures
   * @return one report per area code, ordered by code
   * @throws IllegalArgumentException when a document names a framework the scorer does not know
   */
  public static List<AreaReport> group(Collection<Assessment> assessments,
      Collection<OutcomeData> outcomeData, Collection<Plan> plans, Scorer scorer,
      DisclosurePolicy policy) {
    Map<AreaCode, List<Scored>> scored = new TreeMap<>();
    Map<AreaCode, List<Plan>> planned = new TreeMap<>();
    for (Plan plan : plans) {
      if (scorer.getRegistry().find(plan.getFramework()).isEmpty()) {
        throw new IllegalArgumentException(
            "a plan names an unknown framework '" + plan.getFramework() + "'");
      }
      planned.computeIfAbsent(plan.getArea().getCode(), c -> new ArrayList<>()).add(plan);
    }
    Map<AreaCode, List<OutcomeReport>> outcomes = new TreeMap<>();
    for (Assessment assessment : assessments) {
      AreaCode code = assessment.getArea().getCode();
      scored.computeIfAbsent(code, c -> new ArrayList<>())
          .add(new Scored(assessment, scorer.score(assessment)));
    }
    for (OutcomeData data : outcomeData) {
      Framework framework = scorer.getRegistry().find(data.getFramework())
          .orElseThrow(() -> new IllegalArgumentException(
              "outcome data name an unknown framework '" + data.getFramework() + "'"));
      outcomes.computeIfAbsent(data.getArea().getCode(), c -> new ArrayList<>())
          .add(Indicators.compute(data, framework, policy));
    }
    List<AreaReport> reports = new ArrayList<>();
    TreeMap<AreaCode, Boolean> codes = new TreeMap<>();
    scored.keySet().forEach(c -> codes.put(c, true));
    outcomes.keySet().forEach(c -> codes.put(c, true));
    planned.keySet().forEach(c -> codes.put(c, true));
    for (AreaCode code : codes.keySet()) {
      List<Scored> areaScores = new ArrayList<>(scored.getOrDefault(code, List.of()));
      areaScores.sort(Comparator.comparing((Scored s) -> s.getReport().getAssessedOn())
          .thenComparing(s -> s.getReport().getFramework())
          .thenComparing(s -> s.getReport().getArea().getName()));
      List<OutcomeReport> areaOutcomes = new ArrayList<>(outcomes.getOrDefault(code, List.of()));
      areaOutcomes.sort(Comparator.comparing((OutcomeReport o) -> o.getPeriod().getStart())
          .thenComparing(o -> o.getPeriod().getEnd()));
      List<Plan> areaPlans = new ArrayList<>(planned.getOrDefault(code, List.of()));
      areaPlans.sort(PLAN_ORDER); // the latest plan may name the area
      // The latest document names the area: names may be corrected over time.
      String name = !areaScores.isEmpty()
          ? areaScores.get(areaScores.size() - 1).getReport().getArea().getName()
          : !areaOutcomes.isEmpty()
              ? areaOutcomes.get(areaOutcomes.size() - 1).getArea().getName()
              : areaPlans.get(areaPlans.size() - 1).getArea().getName();
      reports.add(new AreaReport(code, name, areaScores, areaOutcomes, areaPlans));
    }
    return List.copyOf(reports);
  }

  /**
   * A report from documents already scored and computed.
   *
   * @param area the area
   * @param assessments the assessments with their reports, in any order
   * @param outcomes outcome reports, in any order
   * @return the report
   * @throws IllegalArgumentException when a document is about another area code
   */
  public static AreaReport of(Area area, List<Scored> assessments, List<OutcomeReport> outcomes) {
    return of(area, assessments, outcomes, List.of());
  }

  /**
   * A report from documents already scored and computed, with the area's plans.
   *
   * @param area the area
   * @param assessments the assessments with their reports, in any order
   * @param outcomes outcome reports, in any order
   * @param plans improvement plans and 100-day challenges, in any order
   * @return the report
   * @throws IllegalArgumentException when a document is about another area code
   */
  public static AreaReport of(Area area, List<Scored> assessments, List<OutcomeReport> outcomes,
      List<Plan> plans) {
    for (Plan plan : plans) {
      if (!plan.getArea().getCode().equals(area.getCode())) {
        throw new IllegalArgumentException("a plan is about another area");
      }
    }
    for (Scored s : assessments) {
      if (!s.getReport().getArea().getCode().equals(area.getCode())) {
        throw new IllegalArgumentException("an assessment is about another area");
      }
    }
    for (OutcomeReport o : outcomes) {
      if (!o.getArea().getCode().equals(area.getCode())) {
        throw new IllegalArgumentException("an outcome report is about another area");
      }
    }
    List<Scored> sortedScores = new ArrayList<>(assessments);
    sortedScores.sort(Comparator.comparing(s -> s.getReport().getAssessedOn()));
    List<OutcomeReport> sortedOutcomes = new ArrayList<>(outcomes);
    sortedOutcomes.sort(Comparator.comparing(o -> o.getPeriod().getStart()));
    return new AreaReport(area.getCode(), area.getName(), sortedScores, sortedOutcomes, plans);
  }

  /** @return the area code */
  public AreaCode getCode() {
    return code;
  }

  /** @return the area's name, as its latest document gives it (user text: escape it) */
  public String getName() {
    return name;
  }

  /** @return the assessments with their score reports, oldest first */
  public List<Scored> getAssessments() {
    return assessments;
  }

  /** @return the outcome reports, earliest period first */
  public List<OutcomeReport> getOutcomes() {
    return outcomes;
  }

  /** @return the area's improvement plans and 100-day challenges, by first day */
  public List<Plan> getPlans() {
    return plans;
  }

  /**
   * The assessment that judges a plan: the area's latest assessment against the plan's framework
   * made after the plan's baseline assessment.
   *
   * @param plan one of the area's plans
   * @return that assessment with its report, or empty when the area has not been reassessed since
   */
  public Optional<Scored> judging(Plan plan) {
    Optional<Scored> later = Optional.empty();
    for (Scored s : assessments) { // oldest first
      ScoreReport r = s.getReport();
      if (r.getFramework().equals(plan.getFramework())
          && r.getAssessedOn().isAfter(plan.getBaselineAssessedOn())) {
        later = Optional.of(s);
      }
    }
    return later;
  }

  /**
   * @return a file name for the area's page made only of {@code [a-z0-9-]}: the name's letters
   *     and digits, then the code, such as {@code brackenford-fictional-e08000999.html}
   */
  public String getFileName() {
    StringBuilder slug = new StringBuilder();
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length() && slug.length() < 60; i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
      slug.append('-');
    }
    return slug + code.toString().toLowerCase(Locale.ROOT) + ".html";
  }

  /** An assessment with its score report. */
  public static final class Scored {
    private final Assessment assessment;
    private final ScoreReport report;

    /**
     * Pairs an assessment with its report.
     *
     * @param assessment the assessment
     * @param report its score report
     */
    public Scored(Assessment assessment, ScoreReport report) {
      this.assessment = Objects.requireNonNull(assessment, "assessment");
      this.report = Objects.requireNonNull(report, "report");
    }

    /** @return the assessment */
    public Assessment getAssessment() {
      return assessment;
    }

    /** @return its score report */
    public ScoreReport getReport() {
      return report;
    }
  }
}
