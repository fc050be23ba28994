package org.assetbasedarea.aba.json;

import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.validation.Issue;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for every public aba type: the documents (assessment, framework, score
 * report, progress, outcome data and outcome report) and {@link Issue}. It keeps aba-core free of
 * Jackson by attaching mix-ins; it is listed in {@code META-INF/services}, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it.
 *
 * <p>The module fixes the wire format (field names and order, {@code schemaVersion} first); it does
 * not make a mapper strict. For strict, hardened reading with every issue reported, use {@link
 * AbaJson}; for a mapper configured the same way, {@link AbaJson#mapper()}.
 */
public final class AbaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public AbaModule() {
    super("aba", Version.unknownVersion());
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
    setMixInAnnotation(Outcome.class, FrameworkMixins.OutcomeMixin.class);
    setMixInAnnotation(Outcome.Builder.class, FrameworkMixins.OutcomeBuilderMixin.class);
    setMixInAnnotation(IndicatorDefinition.class, FrameworkMixins.IndicatorDefinitionMixin.class);
    setMixInAnnotation(IndicatorDefinition.Builder.class,
        FrameworkMixins.IndicatorDefinitionBuilderMixin.class);
    setMixInAnnotation(Issue.class, FrameworkMixins.IssueMixin.class);
    setMixInAnnotation(Issue.Builder.class, FrameworkMixins.IssueBuilderMixin.class);

    setDeserializerModifier(new SchemaVersionDeserializer.Modifier(Set.of(
        Assessment.class, Assessment.Builder.class, Framework.class, Framework.Builder.class)));
  }
}
