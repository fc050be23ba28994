package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ONS bands for every answer 0-10 of every item (ONS personal wellbeing thresholds: life
 * satisfaction, worthwhile, happiness 0-4 low, 5-6 medium, 7-8 high, 9-10 very high; anxiety 0-1
 * very low, 2-3 low, 4-5 medium, 6-10 high).
 */
class Ons4BandTest {

  @ParameterizedTest(name = "answer {0}: positive item {1}, anxiety {2}, positive high {3}, anxiety high {4}")
  @CsvSource({
    "0, LOW, VERY_LOW, false, false",
    "1, LOW, VERY_LOW, false, false",
    "2, LOW, LOW, false, false",
    "3, LOW, LOW, false, false",
    "4, LOW, MEDIUM, false, false",
    "5, MEDIUM, MEDIUM, false, false",
    "6, MEDIUM, HIGH, false, true",
    "7, HIGH, HIGH, true, true",
    "8, HIGH, HIGH, true, true",
    "9, VERY_HIGH, HIGH, true, true",
    "10, VERY_HIGH, HIGH, true, true"
  })
  void band_ofEveryAnswerOfEveryItem(
      int answer, Ons4Band positive, Ons4Band anxiety, boolean positiveHigh, boolean anxietyHigh) {
    for (Ons4Item item : new Ons4Item[] {
        Ons4Item.LIFE_SATISFACTION, Ons4Item.WORTHWHILE, Ons4Item.HAPPINESS}) {
      assertThat(item.band(answer)).as("%s %d", item, answer).isEqualTo(positive);
      assertThat(item.isHigh(answer)).as("%s %d", item, answer).isEqualTo(positiveHigh);
    }
    assertThat(Ons4Item.ANXIETY.band(answer)).isEqualTo(anxiety);
    assertThat(Ons4Item.ANXIETY.isHigh(answer)).isEqualTo(anxietyHigh);
  }

  @ParameterizedTest
  @EnumSource(Ons4Item.class)
  void band_isOneOfTheItemsFourBands_andRejectsAnswersOutside0To10(Ons4Item item) {
    for (int answer = 0; answer <= 10; answer++) {
      assertThat(item.bands()).contains(item.band(answer));
    }
    assertThat(item.bands()).hasSize(4);
    assertThatThrownBy(() -> item.band(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item.band(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> item.isHigh(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Ons4Item.class)
  void indicatorIds_matchTheBuiltInFramework(Ons4Item item) {
    var framework = org.assetbasedarea.aba.framework.Frameworks.aba2020();
    var mean = framework.findIndicator(item.meanIndicator()).orElseThrow();
    var high = framework.findIndicator(item.highIndicator()).orElseThrow();
    assertThat(mean.isHigherIsBetter()).isEqualTo(!item.isHigherWorse());
    assertThat(high.isHigherIsBetter()).isEqualTo(!item.isHigherWorse());
  }
}
