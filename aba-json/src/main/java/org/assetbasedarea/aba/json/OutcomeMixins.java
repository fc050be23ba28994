package org.assetbasedarea.aba.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.Change;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Interval;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
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
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** Jackson mix-ins for the outcome-data (input: absent answers omitted) and outcome-report (output: absent values written as null) documents. */
final class OutcomeMixins {
  private OutcomeMixins() {}

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "framework", "area", "period", "responses", "tallies", "shares", "means", "baselines"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = OutcomeData.Builder.class)
  abstract static class OutcomeDataMixin {
    @JsonProperty("framework")
    abstract Object getFramework();

    @JsonProperty("area")
    abstract Object getArea();

    @JsonProperty("period")
    abstract Object getPeriod();

    @JsonProperty("responses")
    abstract Object getResponses();

    /** Optional in the contract: written only when there are tallies. */
    @JsonProperty("tallies")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Object getTallies();

    @JsonProperty("shares")
    abstract Object getShares();

    @JsonProperty("means")
    abstract Object getMeans();

    @JsonProperty("baselines")
    abstract Object getBaselines();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OutcomeDataBuilderMixin {
    @JsonProperty("framework")
    abstract OutcomeData.Builder framework(String value);

    @JsonProperty("area")
    abstract OutcomeData.Builder area(Area value);

    @JsonProperty("period")
    abstract OutcomeData.Builder period(Period value);

    @JsonProperty("responses")
    abstract OutcomeData.Builder responses(Iterable<?> value);

    @JsonProperty("tallies")
    abstract OutcomeData.Builder tallies(Iterable<?> value);

    @JsonProperty("shares")
    abstract OutcomeData.Builder shares(Iterable<?> value);

    @JsonProperty("means")
    abstract OutcomeData.Builder means(Iterable<?> value);

    @JsonProperty("baselines")
    abstract OutcomeData.Builder baselines(Iterable<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"start", "end"})
  @JsonDeserialize(builder = Period.Builder.class)
  abstract static class PeriodMixin {
    @JsonProperty("start")
    abstract Object getStart();

    @JsonProperty("end")
    abstract Object getEnd();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PeriodBuilderMixin {
    @JsonProperty("start")
    abstract Period.Builder start(LocalDate value);

    @JsonProperty("end")
    abstract Period.Builder end(LocalDate value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"ons4", "loneliness", "ascof", "weight"})
  @JsonDeserialize(builder = PersonResponse.Builder.class)
  abstract static class PersonResponseMixin {
    @JsonProperty("ons4")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getOns4();

    @JsonProperty("loneliness")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getLoneliness();

    @JsonProperty("ascof")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getAscof();

    @JsonProperty("weight")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWeight();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PersonResponseBuilderMixin {
    @JsonProperty("ons4")
    abstract PersonResponse.Builder ons4(Optional<?> value);

    @JsonProperty("loneliness")
    abstract PersonResponse.Builder loneliness(Optional<?> value);

    @JsonProperty("ascof")
    abstract PersonResponse.Builder ascof(Optional<?> value);

    /**
     * A weight binds as a number, never from null: a response whose weight is null (a structural
     * issue) then leaves the cross-field rules (every response weighted, or none) to the others,
     * rather than passing for an unweighted response that the others disagree with.
     */
    @JsonProperty("weight")
    abstract PersonResponse.Builder weight(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"lifeSatisfaction", "worthwhile", "happiness", "anxiety"})
  @JsonDeserialize(builder = Ons4Answers.Builder.class)
  abstract static class Ons4AnswersMixin {
    @JsonProperty("lifeSatisfaction")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getLifeSatisfaction();

    @JsonProperty("worthwhile")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWorthwhile();

    @JsonProperty("happiness")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getHappiness();

    @JsonProperty("anxiety")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getAnxiety();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class Ons4AnswersBuilderMixin {
    @JsonProperty("lifeSatisfaction")
    abstract Ons4Answers.Builder lifeSatisfaction(Optional<?> value);

    @JsonProperty("worthwhile")
    abstract Ons4Answers.Builder worthwhile(Optional<?> value);

    @JsonProperty("happiness")
    abstract Ons4Answers.Builder happiness(Optional<?> value);

    @JsonProperty("anxiety")
    abstract Ons4Answers.Builder anxiety(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"direct", "lackCompanionship", "leftOut", "isolated"})
  @JsonDeserialize(builder = LonelinessAnswers.Builder.class)
  abstract static class LonelinessAnswersMixin {
    @JsonProperty("direct")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getDirect();

    @JsonProperty("lackCompanionship")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getLackCompanionship();

    @JsonProperty("leftOut")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getLeftOut();

    @JsonProperty("isolated")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getIsolated();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class LonelinessAnswersBuilderMixin {
    @JsonProperty("direct")
    abstract LonelinessAnswers.Builder direct(Optional<?> value);

    @JsonProperty("lackCompanionship")
    abstract LonelinessAnswers.Builder lackCompanionship(Optional<?> value);

    @JsonProperty("leftOut")
    abstract LonelinessAnswers.Builder leftOut(Optional<?> value);

    @JsonProperty("isolated")
    abstract LonelinessAnswers.Builder isolated(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"control", "personalCare", "foodAndDrink", "accommodation", "safety", "socialContact", "occupation", "dignity"})
  @JsonDeserialize(builder = AscofAnswers.Builder.class)
  abstract static class AscofAnswersMixin {
    @JsonProperty("control")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getControl();

    @JsonProperty("personalCare")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getPersonalCare();

    @JsonProperty("foodAndDrink")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getFoodAndDrink();

    @JsonProperty("accommodation")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getAccommodation();

    @JsonProperty("safety")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getSafety();

    @JsonProperty("socialContact")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getSocialContact();

    @JsonProperty("occupation")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getOccupation();

    @JsonProperty("dignity")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getDignity();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AscofAnswersBuilderMixin {
    @JsonProperty("control")
    abstract AscofAnswers.Builder control(Optional<?> value);

    @JsonProperty("personalCare")
    abstract AscofAnswers.Builder personalCare(Optional<?> value);

    @JsonProperty("foodAndDrink")
    abstract AscofAnswers.Builder foodAndDrink(Optional<?> value);

    @JsonProperty("accommodation")
    abstract AscofAnswers.Builder accommodation(Optional<?> value);

    @JsonProperty("safety")
    abstract AscofAnswers.Builder safety(Optional<?> value);

    @JsonProperty("socialContact")
    abstract AscofAnswers.Builder socialContact(Optional<?> value);

    @JsonProperty("occupation")
    abstract AscofAnswers.Builder occupation(Optional<?> value);

    @JsonProperty("dignity")
    abstract AscofAnswers.Builder dignity(Optional<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"item", "value", "respondents", "weightSum", "weightSquareSum", "weightMin", "weightMax"})
  @JsonDeserialize(builder = Tally.Builder.class)
  abstract static class TallyMixin {
    @JsonProperty("item")
    abstract Object getItem();

    @JsonProperty("value")
    abstract Object getValue();

    @JsonProperty("respondents")
    abstract Object getRespondents();

    @JsonProperty("weightSum")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWeightSum();

    @JsonProperty("weightSquareSum")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWeightSquareSum();

    @JsonProperty("weightMin")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWeightMin();

    @JsonProperty("weightMax")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Object getWeightMax();
  }

  /** Weight figures bind as numbers, never from null, as a response's weight does. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class TallyBuilderMixin {
    @JsonProperty("item")
    abstract Tally.Builder item(TallyItem value);

    @JsonProperty("value")
    abstract Tally.Builder value(int value);

    @JsonProperty("respondents")
    abstract Tally.Builder respondents(long value);

    @JsonProperty("weightSum")
    abstract Tally.Builder weightSum(double value);

    @JsonProperty("weightSquareSum")
    abstract Tally.Builder weightSquareSum(double value);

    @JsonProperty("weightMin")
    abstract Tally.Builder weightMin(double value);

    @JsonProperty("weightMax")
    abstract Tally.Builder weightMax(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"indicator", "numerator", "denominator"})
  @JsonDeserialize(builder = ShareFigure.Builder.class)
  abstract static class ShareFigureMixin {
    @JsonProperty("indicator")
    abstract Object getIndicator();

    @JsonProperty("numerator")
    abstract Object getNumerator();

    @JsonProperty("denominator")
    abstract Object getDenominator();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ShareFigureBuilderMixin {
    @JsonProperty("indicator")
    abstract ShareFigure.Builder indicator(String value);

    @JsonProperty("numerator")
    abstract ShareFigure.Builder numerator(long value);

    @JsonProperty("denominator")
    abstract ShareFigure.Builder denominator(long value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"indicator", "respondents", "mean", "standardDeviation"})
  @JsonDeserialize(builder = MeanFigure.Builder.class)
  abstract static class MeanFigureMixin {
    @JsonProperty("indicator")
    abstract Object getIndicator();

    @JsonProperty("respondents")
    abstract Object getRespondents();

    @JsonProperty("mean")
    abstract Object getMean();

    @JsonProperty("standardDeviation")
    abstract Object getStandardDeviation();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class MeanFigureBuilderMixin {
    @JsonProperty("indicator")
    abstract MeanFigure.Builder indicator(String value);

    @JsonProperty("respondents")
    abstract MeanFigure.Builder respondents(long value);

    @JsonProperty("mean")
    abstract MeanFigure.Builder mean(double value);

    @JsonProperty("standardDeviation")
    abstract MeanFigure.Builder standardDeviation(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"indicator", "value"})
  @JsonDeserialize(builder = Baseline.Builder.class)
  abstract static class BaselineMixin {
    @JsonProperty("indicator")
    abstract Object getIndicator();

    @JsonProperty("value")
    abstract Object getValue();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class BaselineBuilderMixin {
    @JsonProperty("indicator")
    abstract Baseline.Builder indicator(String value);

    @JsonProperty("value")
    abstract Baseline.Builder value(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "framework", "area", "period", "disclosure", "weighted", "indicators", "ons4Bands", "outcomes"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = OutcomeReport.Builder.class)
  abstract static class OutcomeReportMixin {
    @JsonProperty("framework")
    abstract Object getFramework();

    @JsonProperty("area")
    abstract Object getArea();

    @JsonProperty("period")
    abstract Object getPeriod();

    @JsonProperty("disclosure")
    abstract Object getDisclosure();

    @JsonProperty("weighted")
    abstract Object isWeighted();

    @JsonProperty("indicators")
    abstract Object getIndicators();

    @JsonProperty("ons4Bands")
    abstract Object getOns4Bands();

    @JsonProperty("outcomes")
    abstract Object getOutcomes();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OutcomeReportBuilderMixin {
    @JsonProperty("framework")
    abstract OutcomeReport.Builder framework(String value);

    @JsonProperty("area")
    abstract OutcomeReport.Builder area(Area value);

    @JsonProperty("period")
    abstract OutcomeReport.Builder period(Period value);

    @JsonProperty("disclosure")
    abstract OutcomeReport.Builder disclosure(DisclosurePolicy value);

    @JsonProperty("weighted")
    abstract OutcomeReport.Builder weighted(boolean value);

    @JsonProperty("indicators")
    abstract OutcomeReport.Builder indicators(Iterable<?> value);

    @JsonProperty("ons4Bands")
    abstract OutcomeReport.Builder ons4Bands(Iterable<?> value);

    @JsonProperty("outcomes")
    abstract OutcomeReport.Builder outcomes(Iterable<?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"indicator", "statistic", "higherIsBetter", "respondents", "effectiveRespondents", "value", "standardDeviation", "interval", "baseline", "change", "difference", "published"})
  @JsonDeserialize(builder = IndicatorResult.Builder.class)
  abstract static class IndicatorResultMixin {
    @JsonProperty("indicator")
    abstract Object getIndicator();

    @JsonProperty("statistic")
    abstract Object getStatistic();

    @JsonProperty("higherIsBetter")
    abstract Object isHigherIsBetter();

    @JsonProperty("respondents")
    abstract Object getRespondents();

    @JsonProperty("effectiveRespondents")
    abstract Object getEffectiveRespondents();

    @JsonProperty("value")
    abstract Object getValue();

    @JsonProperty("standardDeviation")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getStandardDeviation();

    @JsonProperty("interval")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getInterval();

    @JsonProperty("baseline")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getBaseline();

    @JsonProperty("change")
    abstract Object getChange();

    @JsonProperty("difference")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getDifference();

    @JsonProperty("published")
    abstract Object getPublished();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class IndicatorResultBuilderMixin {
    @JsonProperty("indicator")
    abstract IndicatorResult.Builder indicator(String value);

    @JsonProperty("statistic")
    abstract IndicatorResult.Builder statistic(Statistic value);

    @JsonProperty("higherIsBetter")
    abstract IndicatorResult.Builder higherIsBetter(boolean value);

    @JsonProperty("respondents")
    abstract IndicatorResult.Builder respondents(long value);

    @JsonProperty("effectiveRespondents")
    abstract IndicatorResult.Builder effectiveRespondents(double value);

    @JsonProperty("value")
    abstract IndicatorResult.Builder value(double value);

    @JsonProperty("standardDeviation")
    abstract IndicatorResult.Builder standardDeviation(Optional<?> value);

    @JsonProperty("interval")
    abstract IndicatorResult.Builder interval(Optional<?> value);

    @JsonProperty("baseline")
    abstract IndicatorResult.Builder baseline(Optional<?> value);

    @JsonProperty("change")
    abstract IndicatorResult.Builder change(Change value);

    @JsonProperty("difference")
    abstract IndicatorResult.Builder difference(Optional<?> value);

    @JsonProperty("published")
    abstract IndicatorResult.Builder published(PublishedValue value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"earlierPeriod", "earlierValue", "value", "interval", "change", "published"})
  @JsonDeserialize(builder = Difference.Builder.class)
  abstract static class DifferenceMixin {
    @JsonProperty("earlierPeriod")
    abstract Object getEarlierPeriod();

    @JsonProperty("earlierValue")
    abstract Object getEarlierValue();

    @JsonProperty("value")
    abstract Object getValue();

    @JsonProperty("interval")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getInterval();

    @JsonProperty("change")
    abstract Object getChange();

    @JsonProperty("published")
    abstract Object getPublished();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class DifferenceBuilderMixin {
    @JsonProperty("earlierPeriod")
    abstract Difference.Builder earlierPeriod(Period value);

    @JsonProperty("earlierValue")
    abstract Difference.Builder earlierValue(double value);

    @JsonProperty("value")
    abstract Difference.Builder value(double value);

    @JsonProperty("interval")
    abstract Difference.Builder interval(Optional<?> value);

    @JsonProperty("change")
    abstract Difference.Builder change(Change value);

    @JsonProperty("published")
    abstract Difference.Builder published(PublishedValue value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"id", "minRespondents", "minCount", "roundingBase", "decimals"})
  @JsonDeserialize(builder = DisclosurePolicy.Builder.class)
  abstract static class DisclosurePolicyMixin {
    @JsonProperty("id")
    abstract Object getId();

    @JsonProperty("minRespondents")
    abstract Object getMinRespondents();

    @JsonProperty("minCount")
    abstract Object getMinCount();

    @JsonProperty("roundingBase")
    abstract Object getRoundingBase();

    @JsonProperty("decimals")
    abstract Object getDecimals();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class DisclosurePolicyBuilderMixin {
    @JsonProperty("id")
    abstract DisclosurePolicy.Builder id(String value);

    @JsonProperty("minRespondents")
    abstract DisclosurePolicy.Builder minRespondents(long value);

    @JsonProperty("minCount")
    abstract DisclosurePolicy.Builder minCount(long value);

    @JsonProperty("roundingBase")
    abstract DisclosurePolicy.Builder roundingBase(long value);

    @JsonProperty("decimals")
    abstract DisclosurePolicy.Builder decimals(int value);
  }

  /** A marker is written as its symbol, such as {@code "[c]"}, and read back from it. */
  abstract static class MarkerMixin {
    @JsonValue
    abstract String symbol();
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"lower", "upper"})
  @JsonDeserialize(builder = Interval.Builder.class)
  abstract static class IntervalMixin {
    @JsonProperty("lower")
    abstract Object getLower();

    @JsonProperty("upper")
    abstract Object getUpper();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class IntervalBuilderMixin {
    @JsonProperty("lower")
    abstract Interval.Builder lower(double value);

    @JsonProperty("upper")
    abstract Interval.Builder upper(double value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"policy", "marker", "value", "lower", "upper", "respondents"})
  @JsonDeserialize(builder = PublishedValue.Builder.class)
  abstract static class PublishedValueMixin {
    @JsonProperty("policy")
    abstract Object getPolicy();

    @JsonProperty("marker")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getMarker();

    @JsonProperty("value")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getValue();

    @JsonProperty("lower")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getLower();

    @JsonProperty("upper")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getUpper();

    @JsonProperty("respondents")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getRespondents();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class PublishedValueBuilderMixin {
    @JsonProperty("policy")
    abstract PublishedValue.Builder policy(String value);

    @JsonProperty("marker")
    abstract PublishedValue.Builder marker(Optional<?> value);

    @JsonProperty("value")
    abstract PublishedValue.Builder value(Optional<?> value);

    @JsonProperty("lower")
    abstract PublishedValue.Builder lower(Optional<?> value);

    @JsonProperty("upper")
    abstract PublishedValue.Builder upper(Optional<?> value);

    @JsonProperty("respondents")
    abstract PublishedValue.Builder respondents(OptionalLong value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"item", "respondents", "counts"})
  @JsonDeserialize(builder = Ons4Distribution.Builder.class)
  abstract static class Ons4DistributionMixin {
    @JsonProperty("item")
    abstract Object getItem();

    @JsonProperty("respondents")
    abstract Object getRespondents();

    @JsonProperty("counts")
    abstract Object getCounts();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class Ons4DistributionBuilderMixin {
    @JsonProperty("item")
    abstract Ons4Distribution.Builder item(Ons4Item value);

    @JsonProperty("respondents")
    abstract Ons4Distribution.Builder respondents(long value);

    @JsonProperty("counts")
    abstract Ons4Distribution.Builder counts(Map<?, ?> value);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"outcome", "indicators", "actions"})
  @JsonDeserialize(builder = OutcomeResult.Builder.class)
  abstract static class OutcomeResultMixin {
    @JsonProperty("outcome")
    abstract Object getOutcome();

    @JsonProperty("indicators")
    abstract Object getIndicators();

    @JsonProperty("actions")
    abstract Object getActions();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class OutcomeResultBuilderMixin {
    @JsonProperty("outcome")
    abstract OutcomeResult.Builder outcome(String value);

    @JsonProperty("indicators")
    abstract OutcomeResult.Builder indicators(Iterable<?> value);

    @JsonProperty("actions")
    abstract OutcomeResult.Builder actions(Iterable<?> value);
  }
}
