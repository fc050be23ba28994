package org.assetbasedarea.aba.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** Jackson mix-ins for the framework and approach catalogue documents and for {@link Issue}. */
final class FrameworkMixins {
  private FrameworkMixins() {}

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "id", "title", "groupings", "actions", "outcomes",
      "indicators"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = Framework.Builder.class)
  abstract static class FrameworkMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("groupings") abstract List<Grouping> getGroupings();

    @JsonProperty("actions") abstract List<Action> getActions();

    @JsonProperty("outcomes") abstract List<Outcome> getOutcomes();

    @JsonProperty("indicators") abstract List<IndicatorDefinition> getIndicators();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class FrameworkBuilderMixin {
    @JsonProperty("id") abstract Framework.Builder id(String id);

    @JsonProperty("title") abstract Framework.Builder title(String title);

    @JsonProperty("groupings")
    abstract Framework.Builder groupings(Iterable<? extends Grouping> groupings);

    @JsonProperty("actions") abstract Framework.Builder actions(Iterable<? extends Action> actions);

    @JsonProperty("outcomes")
    abstract Framework.Builder outcomes(Iterable<? extends Outcome> outcomes);

    @JsonProperty("indicators")
    abstract Framework.Builder indicators(Iterable<? extends IndicatorDefinition> indicators);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "title"})
  @JsonDeserialize(builder = Grouping.Builder.class)
  abstract static class GroupingMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupingBuilderMixin {
    @JsonProperty("id") abstract Grouping.Builder id(String id);

    @JsonProperty("title") abstract Grouping.Builder title(String title);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "grouping", "title", "description", "levels"})
  @JsonDeserialize(builder = Action.Builder.class)
  abstract static class ActionMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("grouping") abstract String getGrouping();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("description") abstract String getDescription();

    @JsonProperty("levels") abstract List<Level> getLevels();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ActionBuilderMixin {
    @JsonProperty("id") abstract Action.Builder id(String id);

    @JsonProperty("grouping") abstract Action.Builder grouping(String grouping);

    @JsonProperty("title") abstract Action.Builder title(String title);

    @JsonProperty("description") abstract Action.Builder description(String description);

    @JsonProperty("levels") abstract Action.Builder levels(Iterable<? extends Level> levels);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"rating", "looksLike", "nextSteps"})
  @JsonDeserialize(builder = Level.Builder.class)
  abstract static class LevelMixin {
    @JsonProperty("rating") abstract int getRating();

    @JsonProperty("looksLike") abstract String getLooksLike();

    @JsonProperty("nextSteps") abstract List<String> getNextSteps();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class LevelBuilderMixin {
    @JsonProperty("rating") abstract Level.Builder rating(int rating);

    @JsonProperty("looksLike") abstract Level.Builder looksLike(String looksLike);

    @JsonProperty("nextSteps") abstract Level.Builder nextSteps(Iterable<String> nextSteps);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "id", "title", "framework", "approaches"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = ApproachCatalogue.Builder.class)
  abstract static class ApproachCatalogueMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("framework") abstract String getFramework();

    @JsonProperty("approaches") abstract List<Approach> getApproaches();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ApproachCatalogueBuilderMixin {
    @JsonProperty("id") abstract ApproachCatalogue.Builder id(String id);

    @JsonProperty("title") abstract ApproachCatalogue.Builder title(String title);

    @JsonProperty("framework") abstract ApproachCatalogue.Builder framework(String framework);

    @JsonProperty("approaches")
    abstract ApproachCatalogue.Builder approaches(Iterable<? extends Approach> approaches);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "title", "description", "actions", "evidence"})
  @JsonDeserialize(builder = Approach.Builder.class)
  abstract static class ApproachMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("description") abstract String getDescription();

    @JsonProperty("actions") abstract List<String> getActions();

    @JsonProperty("evidence") abstract String getEvidence();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ApproachBuilderMixin {
    @JsonProperty("id") abstract Approach.Builder id(String id);

    @JsonProperty("title") abstract Approach.Builder title(String title);

    @JsonProperty("description") abstract Approach.Builder description(String description);

    @JsonProperty("actions") abstract Approach.Builder actions(Iterable<String> actions);

    @JsonProperty("evidence") abstract Approach.Builder evidence(String evidence);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "title", "indicators", "actions"})
  @JsonDeserialize(builder = Outcome.Builder.class)
  abstract static class OutcomeMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("indicators") abstract List<String> getIndicators();

    @JsonProperty("actions") abstract List<String> getActions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OutcomeBuilderMixin {
    @JsonProperty("id") abstract Outcome.Builder id(String id);

    @JsonProperty("title") abstract Outcome.Builder title(String title);

    @JsonProperty("indicators")
    abstract Outcome.Builder indicators(Iterable<String> indicators);

    @JsonProperty("actions") abstract Outcome.Builder actions(Iterable<String> actions);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "title", "measure", "statistic", "higherIsBetter", "range",
      "edition"})
  @JsonDeserialize(builder = IndicatorDefinition.Builder.class)
  abstract static class IndicatorDefinitionMixin {
    @JsonProperty("id") abstract String getId();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("measure") abstract Measure getMeasure();

    @JsonProperty("statistic") abstract Statistic getStatistic();

    @JsonProperty("higherIsBetter") abstract boolean isHigherIsBetter();

    @JsonProperty("range")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<Range> getRange();

    @JsonProperty("edition")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<String> getEdition();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class IndicatorDefinitionBuilderMixin {
    @JsonProperty("id") abstract IndicatorDefinition.Builder id(String id);

    @JsonProperty("title") abstract IndicatorDefinition.Builder title(String title);

    @JsonProperty("measure") abstract IndicatorDefinition.Builder measure(Measure measure);

    @JsonProperty("statistic") abstract IndicatorDefinition.Builder statistic(Statistic statistic);

    @JsonProperty("higherIsBetter")
    abstract IndicatorDefinition.Builder higherIsBetter(boolean higherIsBetter);

    @JsonProperty("range")
    abstract IndicatorDefinition.Builder range(Optional<? extends Range> range);

    @JsonProperty("edition")
    abstract IndicatorDefinition.Builder edition(Optional<String> edition);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"min", "max"})
  @JsonDeserialize(builder = Range.Builder.class)
  abstract static class RangeMixin {
    @JsonProperty("min") abstract double getMin();

    @JsonProperty("max") abstract double getMax();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class RangeBuilderMixin {
    @JsonProperty("min") abstract Range.Builder min(double min);

    @JsonProperty("max") abstract Range.Builder max(double max);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"path", "code", "message", "line", "column"})
  @JsonDeserialize(builder = Issue.Builder.class)
  abstract static class IssueMixin {
    @JsonProperty("path") abstract String getPath();

    @JsonProperty("code") abstract IssueCode getCode();

    @JsonProperty("message") abstract String getMessage();

    @JsonProperty("line")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract OptionalLong getLine();

    @JsonProperty("column")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract OptionalInt getColumn();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class IssueBuilderMixin {
    @JsonProperty("path") abstract Issue.Builder path(String path);

    @JsonProperty("code") abstract Issue.Builder code(IssueCode code);

    @JsonProperty("message") abstract Issue.Builder message(String message);

    @JsonProperty("line") abstract Issue.Builder line(long line);

    @JsonProperty("column") abstract Issue.Builder column(int column);
  }
}
