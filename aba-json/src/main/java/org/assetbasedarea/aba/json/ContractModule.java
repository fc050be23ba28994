package org.assetbasedarea.aba.json;

import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Interval;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.Marker;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.Ons4Distribution;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.Step;
import org.assetbasedarea.aba.scoring.ActionProgress;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.GroupingProgress;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.OverallProgress;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The wire format of every aba type as Jackson mix-ins (field names and order, {@code
 * schemaVersion} first, builders to bind through), kept outside aba-core. It binds as the mapper
 * it is registered with is configured: only the strict mapper of {@link StructuralReader} uses it, and
 * the public {@link AbaModule} delegates every aba type to that mapper.
 */
final class ContractModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ContractModule() {
    super("aba-contract", Version.unknownVersion());
    addSerializer(AreaCode.class, new AreaCodeSerialization.Serializer());
    addDeserializer(AreaCode.class, new AreaCodeSerialization.Deserializer());

    setMixInAnnotation(Assessment.class, AssessmentMixins.AssessmentMixin.class);
    setMixInAnnotation(Assessment.Builder.class, AssessmentMixins.AssessmentBuilderMixin.class);
    setMixInAnnotation(Area.class, AssessmentMixins.AreaMixin.class);
    setMixInAnnotation(Area.Builder.class, AssessmentMixins.AreaBuilderMixin.class);
    setMixInAnnotation(Participant.class, AssessmentMixins.ParticipantMixin.class);
    setMixInAnnotation(Participant.Builder.class, AssessmentMixins.ParticipantBuilderMixin.class);
    setMixInAnnotation(Rating.class, AssessmentMixins.RatingMixin.class);
    setMixInAnnotation(Rating.Builder.class, AssessmentMixins.RatingBuilderMixin.class);
    setMixInAnnotation(Evidence.class, AssessmentMixins.EvidenceMixin.class);
    setMixInAnnotation(Evidence.Builder.class, AssessmentMixins.EvidenceBuilderMixin.class);

    setMixInAnnotation(Framework.class, FrameworkMixins.FrameworkMixin.class);
    setMixInAnnotation(Framework.Builder.class, FrameworkMixins.FrameworkBuilderMixin.class);
    setMixInAnnotation(Grouping.class, FrameworkMixins.GroupingMixin.class);
    setMixInAnnotation(Grouping.Builder.class, FrameworkMixins.GroupingBuilderMixin.class);
    setMixInAnnotation(Action.class, FrameworkMixins.ActionMixin.class);
    setMixInAnnotation(Action.Builder.class, FrameworkMixins.ActionBuilderMixin.class);
    setMixInAnnotation(Level.class, FrameworkMixins.LevelMixin.class);
    setMixInAnnotation(Level.Builder.class, FrameworkMixins.LevelBuilderMixin.class);
    setMixInAnnotation(Outcome.class, FrameworkMixins.OutcomeMixin.class);
    setMixInAnnotation(Outcome.Builder.class, FrameworkMixins.OutcomeBuilderMixin.class);
    setMixInAnnotation(IndicatorDefinition.class, FrameworkMixins.IndicatorDefinitionMixin.class);
    setMixInAnnotation(IndicatorDefinition.Builder.class,
        FrameworkMixins.IndicatorDefinitionBuilderMixin.class);
    setMixInAnnotation(Range.class, FrameworkMixins.RangeMixin.class);
    setMixInAnnotation(Range.Builder.class, FrameworkMixins.RangeBuilderMixin.class);
    setMixInAnnotation(ApproachCatalogue.class, FrameworkMixins.ApproachCatalogueMixin.class);
    setMixInAnnotation(ApproachCatalogue.Builder.class,
        FrameworkMixins.ApproachCatalogueBuilderMixin.class);
    setMixInAnnotation(Approach.class, FrameworkMixins.ApproachMixin.class);
    setMixInAnnotation(Approach.Builder.class, FrameworkMixins.ApproachBuilderMixin.class);
    setMixInAnnotation(Issue.class, FrameworkMixins.IssueMixin.class);
    setMixInAnnotation(Issue.Builder.class, FrameworkMixins.IssueBuilderMixin.class);

    setMixInAnnotation(ScoreReport.class, ScoringMixins.ScoreReportMixin.class);
    setMixInAnnotation(ScoreReport.Builder.class, ScoringMixins.ScoreReportBuilderMixin.class);
    setMixInAnnotation(ActionScore.class, ScoringMixins.ActionScoreMixin.class);
    setMixInAnnotation(ActionScore.Builder.class, ScoringMixins.ActionScoreBuilderMixin.class);
    setMixInAnnotation(GroupingScore.class, ScoringMixins.GroupingScoreMixin.class);
    setMixInAnnotation(GroupingScore.Builder.class, ScoringMixins.GroupingScoreBuilderMixin.class);
    setMixInAnnotation(OverallScore.class, ScoringMixins.OverallScoreMixin.class);
    setMixInAnnotation(OverallScore.Builder.class, ScoringMixins.OverallScoreBuilderMixin.class);
    setMixInAnnotation(Progress.class, ScoringMixins.ProgressMixin.class);
    setMixInAnnotation(Progress.Builder.class, ScoringMixins.ProgressBuilderMixin.class);
    setMixInAnnotation(ActionProgress.class, ScoringMixins.ActionProgressMixin.class);
    setMixInAnnotation(ActionProgress.Builder.class, ScoringMixins.ActionProgressBuilderMixin.class);
    setMixInAnnotation(GroupingProgress.class, ScoringMixins.GroupingProgressMixin.class);
    setMixInAnnotation(GroupingProgress.Builder.class, ScoringMixins.GroupingProgressBuilderMixin.class);
    setMixInAnnotation(OverallProgress.class, ScoringMixins.OverallProgressMixin.class);
    setMixInAnnotation(OverallProgress.Builder.class, ScoringMixins.OverallProgressBuilderMixin.class);
    setMixInAnnotation(OutcomeData.class, OutcomeMixins.OutcomeDataMixin.class);
    setMixInAnnotation(OutcomeData.Builder.class, OutcomeMixins.OutcomeDataBuilderMixin.class);
    setMixInAnnotation(Period.class, OutcomeMixins.PeriodMixin.class);
    setMixInAnnotation(Period.Builder.class, OutcomeMixins.PeriodBuilderMixin.class);
    setMixInAnnotation(PersonResponse.class, OutcomeMixins.PersonResponseMixin.class);
    setMixInAnnotation(PersonResponse.Builder.class, OutcomeMixins.PersonResponseBuilderMixin.class);
    setMixInAnnotation(Ons4Answers.class, OutcomeMixins.Ons4AnswersMixin.class);
    setMixInAnnotation(Ons4Answers.Builder.class, OutcomeMixins.Ons4AnswersBuilderMixin.class);
    setMixInAnnotation(LonelinessAnswers.class, OutcomeMixins.LonelinessAnswersMixin.class);
    setMixInAnnotation(LonelinessAnswers.Builder.class, OutcomeMixins.LonelinessAnswersBuilderMixin.class);
    setMixInAnnotation(AscofAnswers.class, OutcomeMixins.AscofAnswersMixin.class);
    setMixInAnnotation(AscofAnswers.Builder.class, OutcomeMixins.AscofAnswersBuilderMixin.class);
    setMixInAnnotation(Tally.class, OutcomeMixins.TallyMixin.class);
    setMixInAnnotation(Tally.Builder.class, OutcomeMixins.TallyBuilderMixin.class);
    setMixInAnnotation(ShareFigure.class, OutcomeMixins.ShareFigureMixin.class);
    setMixInAnnotation(ShareFigure.Builder.class, OutcomeMixins.ShareFigureBuilderMixin.class);
    setMixInAnnotation(MeanFigure.class, OutcomeMixins.MeanFigureMixin.class);
    setMixInAnnotation(MeanFigure.Builder.class, OutcomeMixins.MeanFigureBuilderMixin.class);
    setMixInAnnotation(Baseline.class, OutcomeMixins.BaselineMixin.class);
    setMixInAnnotation(Baseline.Builder.class, OutcomeMixins.BaselineBuilderMixin.class);
    setMixInAnnotation(OutcomeReport.class, OutcomeMixins.OutcomeReportMixin.class);
    setMixInAnnotation(OutcomeReport.Builder.class, OutcomeMixins.OutcomeReportBuilderMixin.class);
    setMixInAnnotation(IndicatorResult.class, OutcomeMixins.IndicatorResultMixin.class);
    setMixInAnnotation(IndicatorResult.Builder.class, OutcomeMixins.IndicatorResultBuilderMixin.class);
    setMixInAnnotation(Interval.class, OutcomeMixins.IntervalMixin.class);
    setMixInAnnotation(Interval.Builder.class, OutcomeMixins.IntervalBuilderMixin.class);
    setMixInAnnotation(PublishedValue.class, OutcomeMixins.PublishedValueMixin.class);
    setMixInAnnotation(PublishedValue.Builder.class, OutcomeMixins.PublishedValueBuilderMixin.class);
    setMixInAnnotation(Marker.class, OutcomeMixins.MarkerMixin.class);
    setMixInAnnotation(Difference.class, OutcomeMixins.DifferenceMixin.class);
    setMixInAnnotation(Difference.Builder.class, OutcomeMixins.DifferenceBuilderMixin.class);
    setMixInAnnotation(DisclosurePolicy.class, OutcomeMixins.DisclosurePolicyMixin.class);
    setMixInAnnotation(DisclosurePolicy.Builder.class, OutcomeMixins.DisclosurePolicyBuilderMixin.class);
    setMixInAnnotation(Ons4Distribution.class, OutcomeMixins.Ons4DistributionMixin.class);
    setMixInAnnotation(Ons4Distribution.Builder.class, OutcomeMixins.Ons4DistributionBuilderMixin.class);
    setMixInAnnotation(OutcomeResult.class, OutcomeMixins.OutcomeResultMixin.class);
    setMixInAnnotation(OutcomeResult.Builder.class, OutcomeMixins.OutcomeResultBuilderMixin.class);

    setMixInAnnotation(Plan.class, PlanMixins.PlanMixin.class);
    setMixInAnnotation(Plan.Builder.class, PlanMixins.PlanBuilderMixin.class);
    setMixInAnnotation(Goal.class, PlanMixins.GoalMixin.class);
    setMixInAnnotation(Goal.Builder.class, PlanMixins.GoalBuilderMixin.class);
    setMixInAnnotation(Step.class, PlanMixins.StepMixin.class);
    setMixInAnnotation(Step.Builder.class, PlanMixins.StepBuilderMixin.class);
    setMixInAnnotation(OutcomeTarget.class, PlanMixins.OutcomeTargetMixin.class);
    setMixInAnnotation(OutcomeTarget.Builder.class, PlanMixins.OutcomeTargetBuilderMixin.class);
    setMixInAnnotation(CheckIn.class, PlanMixins.CheckInMixin.class);
    setMixInAnnotation(CheckIn.Builder.class, PlanMixins.CheckInBuilderMixin.class);
    setMixInAnnotation(GoalCheck.class, PlanMixins.GoalCheckMixin.class);
    setMixInAnnotation(GoalCheck.Builder.class, PlanMixins.GoalCheckBuilderMixin.class);

    setDeserializerModifier(new SchemaVersionDeserializer.Modifier(Set.of(
        Assessment.class, Assessment.Builder.class, Framework.class, Framework.Builder.class,
        ScoreReport.class, ScoreReport.Builder.class, Progress.class, Progress.Builder.class,
        OutcomeData.class, OutcomeData.Builder.class, OutcomeReport.class,
        OutcomeReport.Builder.class, Plan.class, Plan.Builder.class, ApproachCatalogue.class,
        ApproachCatalogue.Builder.class)));
  }
}
