package org.assetbasedarea.aba.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quartiles against values computed by hand with R's type 7 (h = (n - 1) p). */
class QuartilesTest {
  static String[] q(int... hundredths) {
    BigDecimal[] q = Quartiles.of(hundredths, hundredths.length);
    return new String[] {q[0].toPlainString(), q[1].toPlainString(), q[2].toPlainString()};
  }

  @Test
  void oneToFour() {
    // h = 0.75, 1.5, 2.25: 1 + .75 = 1.75; 2.5; 3 + .25 = 3.25
    assertThat(q(100, 200, 300, 400)).containsExactly("1.75", "2.50", "3.25");
  }

  @Test
  void sixValues_unsorted() {
    // sorted 7, 15, 36, 39, 40, 41; h = 1.25: 15 + .25 * 21 = 20.25; h = 2.5: 37.5; h = 3.75: 39 + .75 = 39.75
    assertThat(q(4100, 700, 3900, 1500, 4000, 3600)).containsExactly("20.25", "37.50", "39.75");
  }

  @Test
  void oneValue_isEveryQuartile() {
    assertThat(q(5278)).containsExactly("52.78", "52.78", "52.78");
  }

  @Test
  void twoValues_exactAtFourDecimals() {
    // 52.78 and 70.00: h = .25: 52.78 + .25 * 17.22 = 57.085; median 61.39; h = .75: 65.695
    assertThat(q(5278, 7000)).containsExactly("57.085", "61.39", "65.695");
  }

  @Test
  void fiveValues_lieOnOrderStatistics() {
    // h = 1, 2, 3
    assertThat(q(1000, 2000, 3000, 4000, 5000)).containsExactly("20.00", "30.00", "40.00");
  }

  @Test
  void quarterSteps() {
    // n = 8: h = 1.75, 3.5, 5.25 over 1..8
    assertThat(q(100, 200, 300, 400, 500, 600, 700, 800)).containsExactly("2.75", "4.50", "6.25");
  }

  @Test
  void onlyTheFirstNCount_andTheInputIsNotChanged() {
    int[] values = {300, 100, 200, 9999};
    BigDecimal[] q = Quartiles.of(values, 3);
    assertThat(q[1]).isEqualByComparingTo("2");
    assertThat(values).containsExactly(300, 100, 200, 9999);
  }

  @Test
  void none_isRefused() {
    assertThatThrownBy(() -> Quartiles.of(new int[0], 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
