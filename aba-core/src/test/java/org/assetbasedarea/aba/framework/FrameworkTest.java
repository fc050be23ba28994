package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invariant of {@link Framework}, and the factories of its parts. */
class FrameworkTest {
  private static Framework.Builder small() {
    return Framework.builder()
        .id("local-2026")
        .title("A small local framework")
        .addGroupings(Grouping.of("people", "People"), Grouping.of("places", "Places"))
        .addActions(
            Action.of("know-neighbours", "people", "Know your neighbours", "Street parties."),
            Action.of("open-buildings", "places", "Open buildings", "Libraries open late."))
        .addIndicators(IndicatorCatalogue.find("ascof-1b").orElseThrow())
        .addOutcomes(Outcome.builder().id("control").title("Control")
            .addIndicators("ascof-1b").addActions("know-neighbours").build());
  }

  @Test
  void builder_customSmallFramework_builds() {
    Framework framework = small().build();
    assertThat(framework.getId()).isEqualTo("local-2026");
    assertThat(framework.size()).isEqualTo(2);
    assertThat(framework.actionsIn("places")).extracting(Action::getId)
        .containsExactly("open-buildings");
    assertThat(framework.findAction("know-neighbours")).isPresent();
    assertThat(framework.indexOfAction("open-buildings")).isEqualTo(1);
  }

  @Test
  void builder_minimalFrameworkWithoutOutcomesOrIndicators_builds() {
    Framework framework = Framework.builder().id("tiny").title("Tiny")
        .addGroupings(Grouping.of("g", "G")).addActions(Action.of("a", "g", "A", "")).build();
    assertThat(framework.getOutcomes()).isEmpty();
    assertThat(framework.getIndicators()).isEmpty();
  }

  @Test
  void builder_noActions_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Framework.builder().id("empty").title("Empty").build())
        .withMessage("framework 'empty' needs at least one action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void builder_blankTitle_isRejected(String title) {
    assertThatIllegalArgumentException().isThrownBy(() -> small().title(title).build())
        .withMessage("framework 'local-2026' needs a title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Local-2026", "local_2026", "local 2026", "-local", "local-", "local--2026",
      "ABA", "lo.cal", "é"})
  void builder_nonKebabFrameworkId_isRejected(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> small().id(id).build())
        .withMessageStartingWith("framework id must be lower-case kebab case");
  }

  @Test
  void builder_idLongerThan100Characters_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> small().id("a".repeat(101)).build())
        .withMessageStartingWith("framework id must be lower-case kebab case");
    assertThat(small().id("a".repeat(100)).build().getId()).hasSize(100);
  }

  @Test
  void builder_duplicateGroupingId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addGroupings(Grouping.of("people", "People again")).build())
        .withMessage("grouping id 'people' appears more than once in framework 'local-2026'");
  }

  @Test
  void builder_duplicateActionId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addActions(Action.of("open-buildings", "people", "Again", "")).build())
        .withMessage("action id 'open-buildings' appears more than once in framework 'local-2026'");
  }

  @Test
  void builder_duplicateIndicatorId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addIndicators(IndicatorDefinition.builder()
            .from(IndicatorCatalogue.find("ascof-1b").orElseThrow()).title("Again").build()).build())
        .withMessage("indicator id 'ascof-1b' appears more than once in framework 'local-2026'");
  }

  @Test
  void builder_duplicateOutcomeId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addOutcomes(
            Outcome.builder().id("control").title("Again").build()).build())
        .withMessage("outcome id 'control' appears more than once in framework 'local-2026'");
  }

  @Test
  void builder_actionNamingMissingGrouping_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addActions(Action.of("stray", "nowhere", "Stray", "")).build())
        .withMessage("action 'stray' names grouping 'nowhere', which framework 'local-2026'"
            + " does not have");
  }

  @Test
  void builder_groupingWithNoAction_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addGroupings(Grouping.of("empty", "Empty")).build())
        .withMessage("grouping 'empty' has no action in framework 'local-2026'");
  }

  @Test
  void builder_outcomeNamingMissingIndicator_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addOutcomes(Outcome.builder().id("lonely").title("Less lonely")
            .addIndicators("ucla3-loneliness").build()).build())
        .withMessage("outcome 'lonely' names indicator 'ucla3-loneliness', which framework"
            + " 'local-2026' does not define");
  }

  @Test
  void builder_outcomeNamingMissingAction_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> small().addOutcomes(Outcome.builder().id("lonely").title("Less lonely")
            .addActions("share-power").build()).build())
        .withMessage("outcome 'lonely' names action 'share-power', which framework 'local-2026'"
            + " does not have");
  }

  @Test
  void builder_missingIdOrTitle_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Framework.builder().title("t").build()).withMessageContaining("id");
    assertThatIllegalStateException()
        .isThrownBy(() -> Framework.builder().id("t").build()).withMessageContaining("title");
  }

  @Test
  void builder_nulls_areRejectedNamingTheAttribute() {
    assertThatNullPointerException().isThrownBy(() -> Framework.builder().id(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> Framework.builder().addActions((Action) null))
        .withMessageContaining("actions");
  }

  @Test
  void getActions_isUnmodifiable() {
    Framework framework = small().build();
    assertThat(framework.getActions()).isUnmodifiable();
    assertThat(framework.getGroupings()).isUnmodifiable();
  }

  // -- parts ------------------------------------------------------------------------------------

  @Test
  void action_of_happyPath() {
    Action action = Action.of("share-power", "co-production", "Share power", "Co-design.");
    assertThat(action.getId()).isEqualTo("share-power");
    assertThat(action.getGrouping()).isEqualTo("co-production");
    assertThat(action.getTitle()).isEqualTo("Share power");
    assertThat(action.getDescription()).isEqualTo("Co-design.");
    assertThat(action).isEqualTo(Action.of("share-power", "co-production", "Share power", "Co-design."));
  }

  @Test
  void action_of_nonKebabIdOrGroupingOrBlankTitle_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Action.of("Share", "g", "T", ""))
        .withMessage("action id must be lower-case kebab case (like 'share-power'), got 'Share'");
    assertThatIllegalArgumentException().isThrownBy(() -> Action.of("a", "G G", "T", ""))
        .withMessageStartingWith("grouping id must be lower-case kebab case");
    assertThatIllegalArgumentException().isThrownBy(() -> Action.of("a", "g", " ", ""))
        .withMessage("action 'a' needs a title");
  }

  @Test
  void action_of_null_isRejectedNamingTheAttribute() {
    assertThatNullPointerException().isThrownBy(() -> Action.of(null, "g", "T", "")).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> Action.of("a", null, "T", ""))
        .withMessage("grouping");
    assertThatNullPointerException().isThrownBy(() -> Action.of("a", "g", null, ""))
        .withMessage("title");
    assertThatNullPointerException().isThrownBy(() -> Action.of("a", "g", "T", null))
        .withMessage("description");
  }

  @Test
  void grouping_of_happyPathAndRejections() {
    assertThat(Grouping.of("strategic", "A strategic approach").getTitle())
        .isEqualTo("A strategic approach");
    assertThatIllegalArgumentException().isThrownBy(() -> Grouping.of("Strategic", "t"))
        .withMessageStartingWith("grouping id must be lower-case kebab case");
    assertThatIllegalArgumentException().isThrownBy(() -> Grouping.of("strategic", ""))
        .withMessage("grouping 'strategic' needs a title");
    assertThatNullPointerException().isThrownBy(() -> Grouping.of(null, "t")).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> Grouping.of("g", null)).withMessage("title");
  }

  @Test
  void indicatorDefinition_of_happyPathAndRejections() {
    IndicatorDefinition indicator =
        IndicatorDefinition.of("ons4-anxiety", "Anxiety", Measure.ONS4, Statistic.MEAN, false);
    assertThat(indicator.getMeasure()).isEqualTo(Measure.ONS4);
    assertThat(indicator.getStatistic()).isEqualTo(Statistic.MEAN);
    assertThat(indicator.isHigherIsBetter()).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndicatorDefinition.of("ONS4", "t", Measure.ONS4, Statistic.MEAN, true))
        .withMessageStartingWith("indicator id must be lower-case kebab case");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IndicatorDefinition.of("x", " ", Measure.ONS4, Statistic.MEAN, true))
        .withMessage("indicator 'x' needs a title");
    assertThatNullPointerException()
        .isThrownBy(() -> IndicatorDefinition.of("x", "t", null, Statistic.MEAN, true))
        .withMessage("measure");
    assertThatNullPointerException()
        .isThrownBy(() -> IndicatorDefinition.of("x", "t", Measure.ONS4, null, true))
        .withMessage("statistic");
  }

  @Test
  void indicatorDefinition_builderWithoutHigherIsBetter_isRejected() {
    assertThatIllegalStateException().isThrownBy(() -> IndicatorDefinition.builder().id("x")
        .title("t").measure(Measure.OTHER).statistic(Statistic.SHARE).build())
        .withMessageContaining("higherIsBetter");
  }

  @Test
  void outcome_builder_happyPathAndRejections() {
    Outcome outcome = Outcome.builder().id("control").title("Control")
        .addIndicators("ascof-1b").addActions("share-power").build();
    assertThat(outcome.getIndicators()).containsExactly("ascof-1b");
    assertThat(outcome.getActions()).containsExactly("share-power");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Outcome.builder().id("Control").title("t").build())
        .withMessageStartingWith("outcome id must be lower-case kebab case");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Outcome.builder().id("control").title("").build())
        .withMessage("outcome 'control' needs a title");
    assertThatIllegalStateException().isThrownBy(() -> Outcome.builder().id("control").build())
        .withMessageContaining("title");
  }
}
