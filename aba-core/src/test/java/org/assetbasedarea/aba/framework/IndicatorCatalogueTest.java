package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;

/** The catalogue of built-in indicators: one definition each, which frameworks must keep. */
class IndicatorCatalogueTest {

  @Test
  void everyBuiltInIndicator_hasItsRangeDirectionAndEdition() {
    assertThat(IndicatorCatalogue.all())
        .extracting(IndicatorDefinition::getId, IndicatorDefinition::getStatistic,
            IndicatorDefinition::isHigherIsBetter, d -> d.getRange().map(Range::describe).orElse("-"))
        .containsExactly(
            tuple("ons4-life-satisfaction", Statistic.MEAN, true, "0-10"),
            tuple("ons4-worthwhile", Statistic.MEAN, true, "0-10"),
            tuple("ons4-happiness", Statistic.MEAN, true, "0-10"),
            tuple("ons4-anxiety", Statistic.MEAN, false, "0-10"),
            tuple("ons4-life-satisfaction-high", Statistic.SHARE, true, "-"),
            tuple("ons4-worthwhile-high", Statistic.SHARE, true, "-"),
            tuple("ons4-happiness-high", Statistic.SHARE, true, "-"),
            tuple("ons4-anxiety-high", Statistic.SHARE, false, "-"),
            tuple("loneliness-often-always", Statistic.SHARE, false, "-"),
            tuple("ucla3-loneliness", Statistic.MEAN, false, "3-9"),
            tuple("ascof-1a", Statistic.MEAN, true, "0-24"),
            tuple("ascof-1b", Statistic.SHARE, true, "-"),
            tuple("ascof-1i1", Statistic.SHARE, true, "-"));
    for (IndicatorDefinition definition : IndicatorCatalogue.all()) {
      assertThat(definition.getEdition().isPresent()).as(definition.getId())
          .isEqualTo(definition.getMeasure() == Measure.ASCOF);
      assertThat(definition.valueRange()).isEqualTo(definition.getStatistic() == Statistic.SHARE
          ? Range.PROPORTION : definition.getRange().orElseThrow());
    }
    assertThat(IndicatorCatalogue.ASCOF_EDITION).contains("2022-23");
  }

  @Test
  void theBuiltInFramework_usesTheCatalogue() {
    assertThat(Frameworks.aba2020().getIndicators()).isEqualTo(IndicatorCatalogue.all());
  }

  @Test
  void aFramework_thatRedefinesABuiltInId_isInvalid() {
    IndicatorDefinition anxiety = IndicatorCatalogue.find("ons4-anxiety").orElseThrow();
    List<IndicatorDefinition> wrong = List.of(
        IndicatorDefinition.builder().from(anxiety).higherIsBetter(true).build(),
        IndicatorDefinition.builder().from(anxiety).range(Range.of(0, 100)).build(),
        IndicatorDefinition.builder().from(anxiety).range(java.util.Optional.empty()).build(),
        IndicatorDefinition.builder().from(anxiety).edition("ONS 2011").build(),
        IndicatorDefinition.builder().from(anxiety).measure(Measure.OTHER).build());
    for (IndicatorDefinition definition : wrong) {
      assertThatExceptionOfType(InvalidFrameworkException.class)
          .isThrownBy(() -> Framework.builder().from(Frameworks.aba2020())
              .indicators(List.of(definition)).outcomes(List.of()).build())
          .satisfies(e -> assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode)
              .containsExactly(tuple("/indicators/0", IssueCode.INVALID_FRAMEWORK)))
          .withMessageContaining("MEAN of ONS4, lower is better, range 0-10");
    }
    // another title is fine
    assertThat(Framework.builder().from(Frameworks.aba2020())
        .indicators(List.of(IndicatorDefinition.builder().from(anxiety).title("Anxiety").build()))
        .outcomes(List.of()).build().getIndicators()).hasSize(1);
  }

  @Test
  void aLocalIndicator_mayDeclareItsOwnRange_butAShareMayNot() {
    IndicatorDefinition own = IndicatorDefinition.builder().id("own-score").title("Own score")
        .measure(Measure.OTHER).statistic(Statistic.MEAN).higherIsBetter(true)
        .range(Range.of(1, 5)).build();
    assertThat(own.valueRange()).isEqualTo(Range.of(1, 5));
    assertThat(IndicatorDefinition.of("own-mean", "Own", Measure.OTHER, Statistic.MEAN, true)
        .valueRange()).isEqualTo(Range.UNBOUNDED);
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() ->
        IndicatorDefinition.builder().id("own-share").title("Own share").measure(Measure.OTHER)
            .statistic(Statistic.SHARE).higherIsBetter(true).range(Range.of(0, 1)).build())
        .satisfies(e -> assertThat(e.getIssues()).extracting(Issue::getPath)
            .containsExactly("/range"));
    assertThatExceptionOfType(InvalidFrameworkException.class).isThrownBy(() ->
        IndicatorDefinition.builder().from(own).edition(" ").build())
        .satisfies(e -> assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode)
            .containsExactly(tuple("/edition", IssueCode.BLANK_TEXT)));
  }

  @Test
  void aRange_hasFiniteOrderedEnds() {
    assertThat(Range.of(3, 9).describe()).isEqualTo("3-9");
    assertThat(Range.of(-2.5, 2.5).describe()).isEqualTo("-2.5 to 2.5");
    assertThat(Range.UNBOUNDED.describe()).isEqualTo("-1e9 to 1e9");
    assertThat(Range.of(0, 24).width()).isEqualTo(24);
    for (double[] bad : new double[][] {{1, 1}, {2, 1}, {Double.NaN, 1}, {0, Double.POSITIVE_INFINITY},
        {-2e9, 0}}) {
      assertThatExceptionOfType(InvalidFrameworkException.class)
          .isThrownBy(() -> Range.of(bad[0], bad[1]));
    }
  }
}
