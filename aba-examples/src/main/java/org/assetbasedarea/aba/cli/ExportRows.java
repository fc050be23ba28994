package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Interval;
import org.assetbasedarea.aba.outcomes.Marker;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.jspecify.annotations.Nullable;

/**
 * The rows of {@code aba export}'s tables, from the library's results: a scored assessment gives
 * rows of actions, groupings and overall; an outcome report (compared with the area's earlier
 * period when there is one) gives rows of outcomes. Published figures only, unless built with raw.
 */
final class ExportRows {
  private final boolean raw;
  private final ExportTable.Rows actions;
  private final ExportTable.Rows groupings;
  private final ExportTable.Rows overall;
  private final ExportTable.Rows outcomes;

  ExportRows(boolean raw) {
    this.raw = raw;
    this.actions = new ExportTable.Rows(ExportTable.ACTIONS.columns(raw));
    this.groupings = new ExportTable.Rows(ExportTable.GROUPINGS.columns(raw));
    this.overall = new ExportTable.Rows(ExportTable.OVERALL.columns(raw));
    this.outcomes = new ExportTable.Rows(ExportTable.OUTCOMES.columns(raw));
  }

  /** Where rows go, table by table. */
  interface Sink {
    void accept(ExportTable table, @Nullable Object[] values) throws IOException;
  }

  /** Writes a scored assessment's rows: an action row per framework action, a grouping row per grouping, one overall row. */
  void assessment(Assessment assessment, ScoreReport report, Framework framework, Sink sink) throws IOException {
    Map<String, Rating> ratings = new HashMap<>();
    for (Rating rating : assessment.getRatings()) {
      ratings.put(rating.getAction(), rating);
    }
    for (Action action : framework.getActions()) {
      ExportTable.Row row = keys(actions.row(), report)
          .set("grouping", action.getGrouping())
          .set("action", action.getId());
      Optional<ActionScore> score = report.findAction(action.getId());
      if (score.isPresent()) {
        ActionScore a = score.get();
        Rating rating = ratings.get(action.getId());
        row.set("status", "RATED")
            .set("rating", a.getRating())
            .set("effective_rating", a.getEffectiveRating())
            .set("caps", joined(a.getCaps().stream().map(Cap::name).toList()))
            .set("evidence_count", rating == null ? null : rating.getEvidence().size());
      } else {
        row.set("status", "NOT_ASSESSED");
      }
      sink.accept(ExportTable.ACTIONS, row.values());
    }
    for (GroupingScore g : report.getGroupings()) {
      ExportTable.Row row = keys(groupings.row(), report)
          .set("grouping", g.getGrouping())
          .set("rated", g.getRated())
          .set("actions", g.getActions())
          .set("percentage", g.getPercentage().orElse(null))
          .set("band", g.getBand().map(Enum::name).orElse(null));
      sink.accept(ExportTable.GROUPINGS, row.values());
    }
    OverallScore o = report.getOverall();
    ExportTable.Row row = keys(overall.row(), report)
        .set("rated", o.getRated())
        .set("actions", o.getActions())
        .set("percentage", o.getPercentage().orElse(null))
        .set("percentage_rounded", o.getRoundedPercentage().isPresent() ? o.getRoundedPercentage().getAsInt() : null)
        .set("percentage_band", o.getPercentageBand().map(Enum::name).orElse(null))
        .set("band", o.getBand().map(Enum::name).orElse(null))
        .set("limiters", joined(o.getLimiters().stream().map(Limiter::name).toList()))
        .set("status", report.getStatus().name())
        .set("co_produced", report.isCoProduced());
    sink.accept(ExportTable.OVERALL, row.values());
  }

  private static ExportTable.Row keys(ExportTable.Row row, ScoreReport report) {
    return row.set("area_code", report.getArea().getCode().toString())
        .set("area_name", report.getArea().getName())
        .set("framework", report.getFramework())
        .set("rules", report.getRules())
        .set("assessed_on", report.getAssessedOn());
  }

  /**
   * Writes an outcome report's rows, one per indicator with a value, in framework order.
   *
   * @param report the report, compared ({@code Indicators.compare}) with {@code earlier} when given
   * @param earlier the area's earlier report it was compared with, if any
   */
  void outcomes(OutcomeReport report, @Nullable OutcomeReport earlier, Framework framework, Sink sink)
      throws IOException {
    for (IndicatorResult r : report.getIndicators()) {
      boolean share = r.getStatistic() == Statistic.SHARE;
      List<String> outcomeIds = new ArrayList<>();
      Set<String> expected = new LinkedHashSet<>();
      for (Outcome outcome : framework.getOutcomes()) {
        if (outcome.getIndicators().contains(r.getIndicator())) {
          outcomeIds.add(outcome.getId());
          expected.addAll(outcome.getActions());
        }
      }
      List<String> expectedInOrder = framework.getActions().stream().map(Action::getId)
          .filter(expected::contains).collect(Collectors.toList());
      PublishedValue p = r.getPublished();
      boolean marked = p.getMarker().isPresent();
      ExportTable.Row row = outcomes.row()
          .set("area_code", report.getArea().getCode().toString())
          .set("area_name", report.getArea().getName())
          .set("framework", report.getFramework())
          .set("period_start", report.getPeriod().getStart())
          .set("period_end", report.getPeriod().getEnd())
          .set("indicator", r.getIndicator())
          .set("statistic", r.getStatistic().name())
          .set("unit", share ? "percent" : "score")
          .set("higher_is_better", r.isHigherIsBetter())
          .set("outcomes", joined(outcomeIds))
          .set("expected_actions", joined(expectedInOrder))
          .set("weighted", report.isWeighted())
          .set("policy", p.getPolicy())
          .set("marker", p.getMarker().map(Marker::symbol).orElse(null))
          .set("value", p.getValue().orElse(null))
          .set("lower", p.getLower().orElse(null))
          .set("upper", p.getUpper().orElse(null))
          .set("respondents", p.getRespondents().isPresent() ? p.getRespondents().getAsLong() : null)
          .set("baseline", r.getBaseline().map(b -> unit(b, share)).orElse(null))
          // a judgement of a withheld value would reveal something about it
          .set("baseline_change", r.getBaseline().isPresent() && !marked ? r.getChange().name() : null);
      Optional<Difference> difference = r.getDifference();
      if (difference.isPresent() && earlier != null) {
        Difference d = difference.get();
        PublishedValue dp = d.getPublished();
        boolean dMarked = dp.getMarker().isPresent();
        row.set("earlier_period_start", d.getEarlierPeriod().getStart())
            .set("earlier_period_end", d.getEarlierPeriod().getEnd())
            .set("change", dMarked ? null : d.getChange().name())
            .set("difference_marker", dp.getMarker().map(Marker::symbol).orElse(null))
            .set("difference", dp.getValue().orElse(null))
            .set("difference_lower", dp.getLower().orElse(null))
            .set("difference_upper", dp.getUpper().orElse(null));
        if (raw) {
          row.set("raw_difference", unit(d.getValue(), share))
              .set("raw_difference_lower", d.getInterval().map(i -> unit(i.getLower(), share)).orElse(null))
              .set("raw_difference_upper", d.getInterval().map(i -> unit(i.getUpper(), share)).orElse(null));
        }
      }
      if (raw) {
        Optional<Interval> interval = r.getInterval();
        row.set("raw_respondents", r.getRespondents())
            .set("raw_effective_respondents", BigDecimal.valueOf(r.getEffectiveRespondents()))
            .set("raw_value", unit(r.getValue(), share))
            .set("raw_standard_deviation", r.getStandardDeviation().map(BigDecimal::valueOf).orElse(null))
            .set("raw_lower", interval.map(i -> unit(i.getLower(), share)).orElse(null))
            .set("raw_upper", interval.map(i -> unit(i.getUpper(), share)).orElse(null));
      }
      sink.accept(ExportTable.OUTCOMES, row.values());
    }
  }

  /**
   * A raw number in the row's unit: a share's proportion as a percentage (its decimal shifted, so
   * 0.15 is exactly 15), a mean as it is; written as the shortest decimal of the double.
   */
  static BigDecimal unit(double value, boolean share) {
    BigDecimal decimal = BigDecimal.valueOf(value);
    return share ? decimal.movePointRight(2) : decimal;
  }

  private static @Nullable String joined(List<String> ids) {
    return ids.isEmpty() ? null : String.join(";", ids);
  }
}
