package org.assetbasedarea.aba.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.scoring.ActionProgress;
import org.assetbasedarea.aba.scoring.ActionScore;
import org.assetbasedarea.aba.scoring.GroupingProgress;
import org.assetbasedarea.aba.scoring.GroupingScore;
import org.assetbasedarea.aba.scoring.OverallProgress;
import org.assetbasedarea.aba.scoring.OverallScore;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Status;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** Jackson mix-ins for the score report and progress documents (docs/contracts.md). Absent values are written as null, as the contract does. */
final class ScoringMixins {
  private ScoringMixins() {}

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "rules", "framework", "area", "assessedOn", "status", "coProduced", "actions", "notAssessed", "groupings", "overall"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = ScoreReport.Builder.class)
  abstract static class ScoreReportMixin {
    @JsonProperty("rules")
    abstract Object getRules();

    @JsonProperty("framework")
    abstract Object getFramework();

    @JsonProperty("area")
    abstract Object getArea();

    @JsonProperty("assessedOn")
    abstract Object getAssessedOn();

    @JsonProperty("status")
    abstract Object getStatus();

    @JsonProperty("coProduced")
    abstract Object isCoProduced();

    @JsonProperty("actions")
    abstract Object getActions();

    @JsonProperty("notAssessed")
    abstract Object getNotAssessed();

    @JsonProperty("groupings")
    abstract Object getGroupings();

    @JsonProperty("overall")
    abstract Object getOverall();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ScoreReportBuilderMixin {
    @JsonProperty("rules")
    abstract ScoreReport.Builder rules(String value);

    @JsonProperty("framework")
    abstract ScoreReport.Builder framework(String value);

    @JsonProperty("area")
    abstract ScoreReport.Builder area(Area value);

    @JsonProperty("assessedOn")
    abstract ScoreReport.Builder assessedOn(LocalDate value);

    @JsonProperty("status")
    abstract ScoreReport.Builder status(Status value);

    @JsonProperty("coProduced")
    abstract ScoreReport.Builder coProduced(boolean value);

    @JsonProperty("actions")
    abstract ScoreReport.Builder actions(Iterable<?> value);

    @JsonProperty("notAssessed")
    abstract ScoreReport.Builder notAssessed(Iterable<?> value);

    @JsonProperty("groupings")
    abstract ScoreReport.Builder groupings(Iterable<?> value);

    @JsonProperty("overall")
    abstract ScoreReport.Builder overall(OverallScore value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"action", "grouping", "rating", "effectiveRating", "caps"})
  @JsonDeserialize(builder = ActionScore.Builder.class)
  abstract static class ActionScoreMixin {
    @JsonProperty("action")
    abstract Object getAction();

    @JsonProperty("grouping")
    abstract Object getGrouping();

    @JsonProperty("rating")
    abstract Object getRating();

    @JsonProperty("effectiveRating")
    abstract Object getEffectiveRating();

    @JsonProperty("caps")
    abstract Object getCaps();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ActionScoreBuilderMixin {
    @JsonProperty("action")
    abstract ActionScore.Builder action(String value);

    @JsonProperty("grouping")
    abstract ActionScore.Builder grouping(String value);

    @JsonProperty("rating")
    abstract ActionScore.Builder rating(int value);

    @JsonProperty("effectiveRating")
    abstract ActionScore.Builder effectiveRating(int value);

    @JsonProperty("caps")
    abstract ActionScore.Builder caps(Iterable<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"grouping", "rated", "actions", "percentage", "band"})
  @JsonDeserialize(builder = GroupingScore.Builder.class)
  abstract static class GroupingScoreMixin {
    @JsonProperty("grouping")
    abstract Object getGrouping();

    @JsonProperty("rated")
    abstract Object getRated();

    @JsonProperty("actions")
    abstract Object getActions();

    @JsonProperty("percentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getPercentage();

    @JsonProperty("band")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getBand();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupingScoreBuilderMixin {
    @JsonProperty("grouping")
    abstract GroupingScore.Builder grouping(String value);

    @JsonProperty("rated")
    abstract GroupingScore.Builder rated(int value);

    @JsonProperty("actions")
    abstract GroupingScore.Builder actions(int value);

    @JsonProperty("percentage")
    abstract GroupingScore.Builder percentage(Optional<?> value);

    @JsonProperty("band")
    abstract GroupingScore.Builder band(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"rated", "actions", "percentage", "roundedPercentage", "percentageBand", "band", "limiters"})
  @JsonDeserialize(builder = OverallScore.Builder.class)
  abstract static class OverallScoreMixin {
    @JsonProperty("rated")
    abstract Object getRated();

    @JsonProperty("actions")
    abstract Object getActions();

    @JsonProperty("percentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getPercentage();

    @JsonProperty("roundedPercentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getRoundedPercentage();

    @JsonProperty("percentageBand")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getPercentageBand();

    @JsonProperty("band")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getBand();

    @JsonProperty("limiters")
    abstract Object getLimiters();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OverallScoreBuilderMixin {
    @JsonProperty("rated")
    abstract OverallScore.Builder rated(int value);

    @JsonProperty("actions")
    abstract OverallScore.Builder actions(int value);

    @JsonProperty("percentage")
    abstract OverallScore.Builder percentage(Optional<?> value);

    @JsonProperty("roundedPercentage")
    abstract OverallScore.Builder roundedPercentage(OptionalInt value);

    @JsonProperty("percentageBand")
    abstract OverallScore.Builder percentageBand(Optional<?> value);

    @JsonProperty("band")
    abstract OverallScore.Builder band(Optional<?> value);

    @JsonProperty("limiters")
    abstract OverallScore.Builder limiters(Iterable<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "rules", "framework", "area", "earlierAssessedOn", "laterAssessedOn", "actions", "groupings", "overall"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = Progress.Builder.class)
  abstract static class ProgressMixin {
    @JsonProperty("rules")
    abstract Object getRules();

    @JsonProperty("framework")
    abstract Object getFramework();

    @JsonProperty("area")
    abstract Object getArea();

    @JsonProperty("earlierAssessedOn")
    abstract Object getEarlierAssessedOn();

    @JsonProperty("laterAssessedOn")
    abstract Object getLaterAssessedOn();

    @JsonProperty("actions")
    abstract Object getActions();

    @JsonProperty("groupings")
    abstract Object getGroupings();

    @JsonProperty("overall")
    abstract Object getOverall();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ProgressBuilderMixin {
    @JsonProperty("rules")
    abstract Progress.Builder rules(String value);

    @JsonProperty("framework")
    abstract Progress.Builder framework(String value);

    @JsonProperty("area")
    abstract Progress.Builder area(Area value);

    @JsonProperty("earlierAssessedOn")
    abstract Progress.Builder earlierAssessedOn(LocalDate value);

    @JsonProperty("laterAssessedOn")
    abstract Progress.Builder laterAssessedOn(LocalDate value);

    @JsonProperty("actions")
    abstract Progress.Builder actions(Iterable<?> value);

    @JsonProperty("groupings")
    abstract Progress.Builder groupings(Iterable<?> value);

    @JsonProperty("overall")
    abstract Progress.Builder overall(OverallProgress value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"action", "earlier", "later", "change"})
  @JsonDeserialize(builder = ActionProgress.Builder.class)
  abstract static class ActionProgressMixin {
    @JsonProperty("action")
    abstract Object getAction();

    @JsonProperty("earlier")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getEarlier();

    @JsonProperty("later")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLater();

    @JsonProperty("change")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getChange();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ActionProgressBuilderMixin {
    @JsonProperty("action")
    abstract ActionProgress.Builder action(String value);

    @JsonProperty("earlier")
    abstract ActionProgress.Builder earlier(Optional<?> value);

    @JsonProperty("later")
    abstract ActionProgress.Builder later(Optional<?> value);

    @JsonProperty("change")
    abstract ActionProgress.Builder change(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"grouping", "earlierPercentage", "laterPercentage", "change", "earlierBand", "laterBand", "direction"})
  @JsonDeserialize(builder = GroupingProgress.Builder.class)
  abstract static class GroupingProgressMixin {
    @JsonProperty("grouping")
    abstract Object getGrouping();

    @JsonProperty("earlierPercentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getEarlierPercentage();

    @JsonProperty("laterPercentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLaterPercentage();

    @JsonProperty("change")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getChange();

    @JsonProperty("earlierBand")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getEarlierBand();

    @JsonProperty("laterBand")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLaterBand();

    @JsonProperty("direction")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getDirection();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GroupingProgressBuilderMixin {
    @JsonProperty("grouping")
    abstract GroupingProgress.Builder grouping(String value);

    @JsonProperty("earlierPercentage")
    abstract GroupingProgress.Builder earlierPercentage(Optional<?> value);

    @JsonProperty("laterPercentage")
    abstract GroupingProgress.Builder laterPercentage(Optional<?> value);

    @JsonProperty("change")
    abstract GroupingProgress.Builder change(Optional<?> value);

    @JsonProperty("earlierBand")
    abstract GroupingProgress.Builder earlierBand(Optional<?> value);

    @JsonProperty("laterBand")
    abstract GroupingProgress.Builder laterBand(Optional<?> value);

    @JsonProperty("direction")
    abstract GroupingProgress.Builder direction(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"earlierPercentage", "laterPercentage", "change", "earlierBand", "laterBand", "direction"})
  @JsonDeserialize(builder = OverallProgress.Builder.class)
  abstract static class OverallProgressMixin {
    @JsonProperty("earlierPercentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getEarlierPercentage();

    @JsonProperty("laterPercentage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLaterPercentage();

    @JsonProperty("change")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getChange();

    @JsonProperty("earlierBand")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getEarlierBand();

    @JsonProperty("laterBand")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLaterBand();

    @JsonProperty("direction")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getDirection();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OverallProgressBuilderMixin {
    @JsonProperty("earlierPercentage")
    abstract OverallProgress.Builder earlierPercentage(Optional<?> value);

    @JsonProperty("laterPercentage")
    abstract OverallProgress.Builder laterPercentage(Optional<?> value);

    @JsonProperty("change")
    abstract OverallProgress.Builder change(Optional<?> value);

    @JsonProperty("earlierBand")
    abstract OverallProgress.Builder earlierBand(Optional<?> value);

    @JsonProperty("laterBand")
    abstract OverallProgress.Builder laterBand(Optional<?> value);

    @JsonProperty("direction")
    abstract OverallProgress.Builder direction(Optional<?> value);
  }
}
