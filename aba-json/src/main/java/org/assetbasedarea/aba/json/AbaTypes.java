package org.assetbasedarea.aba.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.Change;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Interval;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessFrequency;
import org.assetbasedarea.aba.outcomes.Marker;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.Ons4Distribution;
import org.assetbasedarea.aba.outcomes.Ons4Item;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.outcomes.TallyItem;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.Step;
import org.assetbasedarea.aba.scoring.ActionProgress;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Cap;
import org.assetbasedarea.aba.scoring.Direction;
import org.assetbasedarea.aba.scoring.GroupingProgress;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.Limiter;
import org.assetbasedarea.aba.scoring.OverallProgress;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Status;
import org.jspecify.annotations.Nullable;

/**
 * Every aba type that has a JSON form, with the part of a published schema that defines it: a
 * document type's whole schema, or a JSON Pointer into it. {@link AbaModule} binds each type by
 * its schema part, so that a type bound on its own (a {@code Rating} in a caller's request, say) is
 * held to the same contract as inside its document.
 */
final class AbaTypes {
  private AbaTypes() {}

  /**
   * One aba type and where its schema lives.
   *
   * @param type the Java type
   * @param document the document whose schema defines it, or null for {@link Issue} (no schema)
   * @param pointer the JSON Pointer of its definition in that schema; empty for the whole document
   * @param instance the JSON Pointer of an instance in a document (the first, where a list holds
   *     them): issues of a part bound on its own get the codes they would get there
   */
  record Part(Class<?> type, @Nullable DocumentType<?> document, String pointer,
      String instance) {
    /** @return the check of this part's schema, or null when the type has none */
    @Nullable SchemaCheck schema() {
      return document == null ? null : SchemaCheck.of(document, pointer, instance);
    }
  }

  private static final Map<Class<?>, Part> PARTS = new LinkedHashMap<>();

  private static void add(Class<?> type, @Nullable DocumentType<?> document, String pointer,
      String instance) {
    PARTS.put(type, new Part(type, document, pointer, instance));
  }

  static {
    DocumentType<?> a = DocumentType.ASSESSMENT;
    add(Assessment.class, a, "", "");
    add(Area.class, a, "/$defs/area", "/area");
    add(AreaCode.class, a, "/$defs/area/properties/code", "/area/code");
    add(Participant.class, a, "/$defs/participant", "/participants/0");
    add(Role.class, a, "/$defs/participant/properties/role", "/participants/0/role");
    add(Rating.class, a, "/$defs/rating", "/ratings/0");
    add(Evidence.class, a, "/$defs/evidence", "/ratings/0/evidence/0");
    add(EvidenceKind.class, a, "/$defs/evidence/properties/kind", "/ratings/0/evidence/0/kind");

    DocumentType<?> f = DocumentType.FRAMEWORK;
    add(Framework.class, f, "", "");
    add(Grouping.class, f, "/$defs/grouping", "/groupings/0");
    add(Action.class, f, "/$defs/action", "/actions/0");
    add(Level.class, f, "/$defs/level", "/actions/0/levels/0");
    add(Outcome.class, f, "/$defs/outcome", "/outcomes/0");
    add(IndicatorDefinition.class, f, "/$defs/indicator", "/indicators/0");
    add(Measure.class, f, "/$defs/indicator/properties/measure", "/indicators/0/measure");
    add(Statistic.class, f, "/$defs/indicator/properties/statistic", "/indicators/0/statistic");
    add(Range.class, f, "/$defs/range", "/indicators/0/range");

    DocumentType<?> c = DocumentType.APPROACH_CATALOGUE;
    add(ApproachCatalogue.class, c, "", "");
    add(Approach.class, c, "/$defs/approach", "/approaches/0");

    DocumentType<?> s = DocumentType.SCORE_REPORT;
    add(ScoreReport.class, s, "", "");
    add(Status.class, s, "/properties/status", "/status");
    add(ActionScore.class, s, "/$defs/action", "/actions/0");
    add(Cap.class, s, "/$defs/action/properties/caps/items", "/actions/0/caps/0");
    add(GroupingScore.class, s, "/$defs/grouping", "/groupings/0");
    add(Band.class, s, "/$defs/band", "/overall/band");
    add(OverallScore.class, s, "/$defs/overall", "/overall");
    add(Limiter.class, s, "/$defs/overall/properties/limiters/items", "/overall/limiters/0");

    DocumentType<?> p = DocumentType.PROGRESS;
    add(Progress.class, p, "", "");
    add(ActionProgress.class, p, "/$defs/action", "/actions/0");
    add(GroupingProgress.class, p, "/$defs/grouping", "/groupings/0");
    add(OverallProgress.class, p, "/$defs/overall", "/overall");
    add(Direction.class, p, "/$defs/overall/properties/direction", "/overall/direction");

    DocumentType<?> d = DocumentType.OUTCOME_DATA;
    add(OutcomeData.class, d, "", "");
    add(Period.class, d, "/$defs/period", "/period");
    add(PersonResponse.class, d, "/$defs/response", "/responses/0");
    add(Ons4Answers.class, d, "/$defs/response/properties/ons4", "/responses/0/ons4");
    add(LonelinessAnswers.class, d, "/$defs/response/properties/loneliness", "/responses/0/loneliness");
    add(LonelinessFrequency.class, d, "/$defs/response/properties/loneliness/properties/direct", "/responses/0/loneliness/direct");
    add(AscofAnswers.class, d, "/$defs/response/properties/ascof", "/responses/0/ascof");
    add(Tally.class, d, "/$defs/tally", "/tallies/0");
    add(TallyItem.class, d, "/$defs/tally/properties/item", "/tallies/0/item");
    add(ShareFigure.class, d, "/$defs/share", "/shares/0");
    add(MeanFigure.class, d, "/$defs/mean", "/means/0");
    add(Baseline.class, d, "/$defs/baseline", "/baselines/0");

    DocumentType<?> r = DocumentType.OUTCOME_REPORT;
    add(OutcomeReport.class, r, "", "");
    add(IndicatorResult.class, r, "/$defs/indicator", "/indicators/0");
    add(DisclosurePolicy.class, r, "/$defs/disclosure", "/disclosure");
    add(Change.class, r, "/$defs/change", "/indicators/0/change");
    add(Interval.class, r, "/$defs/interval", "/indicators/0/interval");
    add(Difference.class, r, "/$defs/difference", "/indicators/0/difference");
    add(PublishedValue.class, r, "/$defs/published", "/indicators/0/published");
    add(Marker.class, r, "/$defs/published/properties/marker", "/indicators/0/published/marker");
    add(Ons4Distribution.class, r, "/$defs/ons4Distribution", "/ons4Bands/0");
    add(Ons4Item.class, r, "/$defs/ons4Distribution/properties/item", "/ons4Bands/0/item");
    add(OutcomeResult.class, r, "/$defs/outcome", "/outcomes/0");

    DocumentType<?> plan = DocumentType.PLAN;
    add(Plan.class, plan, "", "");
    add(PlanKind.class, plan, "/properties/kind", "/kind");
    add(Goal.class, plan, "/$defs/goal", "/goals/0");
    add(Step.class, plan, "/$defs/step", "/goals/0/steps/0");
    add(OutcomeTarget.class, plan, "/$defs/outcomeTarget", "/goals/0/outcomeTarget");
    add(CheckIn.class, plan, "/$defs/checkIn", "/checkIns/0");
    add(GoalCheck.class, plan, "/$defs/goalCheck", "/checkIns/0/goals/0");
    add(GoalStatus.class, plan, "/$defs/goalCheck/properties/status", "/checkIns/0/goals/0/status");

    add(Issue.class, null, "", "");
    add(IssueCode.class, null, "", "");
  }

  /** @return every aba type with a JSON form, documents first within each group */
  static List<Part> all() {
    return List.copyOf(PARTS.values());
  }
}
