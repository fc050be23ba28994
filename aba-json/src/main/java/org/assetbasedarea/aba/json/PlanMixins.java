package org.assetbasedarea.aba.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.plan.CheckIn;
import org.assetbasedarea.aba.plan.Goal;
import org.assetbasedarea.aba.plan.GoalCheck;
import org.assetbasedarea.aba.plan.GoalStatus;
import org.assetbasedarea.aba.plan.OutcomeTarget;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.PlanKind;
import org.assetbasedarea.aba.plan.Step;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** Jackson mix-ins for the plan document (docs/contracts.md): absent optional fields omitted. */
final class PlanMixins {
  private PlanMixins() {}

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "framework", "area", "kind", "title", "startsOn", "endsOn",
      "midpointReviewOn", "baselineAssessedOn", "team", "goals", "checkIns"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = Plan.Builder.class)
  abstract static class PlanMixin {
    @JsonProperty("framework") abstract String getFramework();

    @JsonProperty("area") abstract Area getArea();

    @JsonProperty("kind") abstract PlanKind getKind();

    @JsonProperty("title") abstract String getTitle();

    @JsonProperty("startsOn") abstract LocalDate getStartsOn();

    @JsonProperty("endsOn") abstract LocalDate getEndsOn();

    @JsonProperty("midpointReviewOn")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<LocalDate> getMidpointReviewOn();

    @JsonProperty("baselineAssessedOn") abstract LocalDate getBaselineAssessedOn();

    @JsonProperty("team") abstract List<Participant> getTeam();

    @JsonProperty("goals") abstract List<Goal> getGoals();

    @JsonProperty("checkIns") abstract List<CheckIn> getCheckIns();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PlanBuilderMixin {
    @JsonProperty("framework") abstract Plan.Builder framework(String value);

    @JsonProperty("area") abstract Plan.Builder area(Area value);

    @JsonProperty("kind") abstract Plan.Builder kind(PlanKind value);

    @JsonProperty("title") abstract Plan.Builder title(String value);

    @JsonProperty("startsOn") abstract Plan.Builder startsOn(LocalDate value);

    @JsonProperty("endsOn") abstract Plan.Builder endsOn(LocalDate value);

    @JsonProperty("midpointReviewOn") abstract Plan.Builder midpointReviewOn(LocalDate value);

    @JsonProperty("baselineAssessedOn") abstract Plan.Builder baselineAssessedOn(LocalDate value);

    @JsonProperty("team") abstract Plan.Builder team(Iterable<? extends Participant> value);

    @JsonProperty("goals") abstract Plan.Builder goals(Iterable<? extends Goal> value);

    @JsonProperty("checkIns") abstract Plan.Builder checkIns(Iterable<? extends CheckIn> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"action", "baseline", "target", "owner", "steps", "outcomeTarget"})
  @JsonDeserialize(builder = Goal.Builder.class)
  abstract static class GoalMixin {
    @JsonProperty("action") abstract String getAction();

    @JsonProperty("baseline") abstract int getBaseline();

    @JsonProperty("target") abstract int getTarget();

    @JsonProperty("owner") abstract Role getOwner();

    @JsonProperty("steps") abstract List<Step> getSteps();

    @JsonProperty("outcomeTarget")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<OutcomeTarget> getOutcomeTarget();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GoalBuilderMixin {
    @JsonProperty("action") abstract Goal.Builder action(String value);

    @JsonProperty("baseline") abstract Goal.Builder baseline(int value);

    @JsonProperty("target") abstract Goal.Builder target(int value);

    @JsonProperty("owner") abstract Goal.Builder owner(Role value);

    @JsonProperty("steps") abstract Goal.Builder steps(Iterable<? extends Step> value);

    @JsonProperty("outcomeTarget") abstract Goal.Builder outcomeTarget(OutcomeTarget value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"description", "dueOn"})
  @JsonDeserialize(builder = Step.Builder.class)
  abstract static class StepMixin {
    @JsonProperty("description") abstract String getDescription();

    @JsonProperty("dueOn") abstract LocalDate getDueOn();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class StepBuilderMixin {
    @JsonProperty("description") abstract Step.Builder description(String value);

    @JsonProperty("dueOn") abstract Step.Builder dueOn(LocalDate value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"indicator", "value"})
  @JsonDeserialize(builder = OutcomeTarget.Builder.class)
  abstract static class OutcomeTargetMixin {
    @JsonProperty("indicator") abstract String getIndicator();

    @JsonProperty("value") abstract double getValue();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OutcomeTargetBuilderMixin {
    @JsonProperty("indicator") abstract OutcomeTarget.Builder indicator(String value);

    @JsonProperty("value") abstract OutcomeTarget.Builder value(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"on", "goals"})
  @JsonDeserialize(builder = CheckIn.Builder.class)
  abstract static class CheckInMixin {
    @JsonProperty("on") abstract LocalDate getOn();

    @JsonProperty("goals") abstract List<GoalCheck> getGoals();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class CheckInBuilderMixin {
    @JsonProperty("on") abstract CheckIn.Builder on(LocalDate value);

    @JsonProperty("goals") abstract CheckIn.Builder goals(Iterable<? extends GoalCheck> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"action", "status", "note"})
  @JsonDeserialize(builder = GoalCheck.Builder.class)
  abstract static class GoalCheckMixin {
    @JsonProperty("action") abstract String getAction();

    @JsonProperty("status") abstract GoalStatus getStatus();

    @JsonProperty("note")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<String> getNote();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class GoalCheckBuilderMixin {
    @JsonProperty("action") abstract GoalCheck.Builder action(String value);

    @JsonProperty("status") abstract GoalCheck.Builder status(GoalStatus value);

    @JsonProperty("note") abstract GoalCheck.Builder note(String value);
  }
}
