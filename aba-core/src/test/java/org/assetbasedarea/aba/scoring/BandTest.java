package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BandTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "25, STARTING", "38, STARTING", "39, EMERGING", "62, EMERGING", "63, ESTABLISHED",
    "87, ESTABLISHED", "88, ASSET_BASED", "100, ASSET_BASED"})
  void ofRoundedPercentage_boundaries(int rounded, Band expected) {
    assertThat(Band.ofRoundedPercentage(rounded)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 24, 101, Integer.MAX_VALUE})
  void ofRoundedPercentage_outside25To100_throws(int rounded) {
    assertThatThrownBy(() -> Band.ofRoundedPercentage(rounded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 25 to 100")
        .hasMessageContaining(String.valueOf(rounded));
  }

  @Test
  void bands_coverEvery25To100OnceInOrder() {
    Band previous = Band.STARTING;
    for (int r = 25; r <= 100; r++) {
      Band band = Band.ofRoundedPercentage(r);
      assertThat(r).isBetween(band.getFrom(), band.getTo());
      assertThat(band.compareTo(previous)).isBetween(0, 1);
      previous = band;
    }
    assertThat(previous).isEqualTo(Band.ASSET_BASED);
  }

  @Test
  void atMostIsBelowAndOneAbove_orderBands() {
    assertThat(Band.ASSET_BASED.atMost(Band.EMERGING)).isEqualTo(Band.EMERGING);
    assertThat(Band.STARTING.atMost(Band.EMERGING)).isEqualTo(Band.STARTING);
    assertThat(Band.EMERGING.isBelow(Band.ESTABLISHED)).isTrue();
    assertThat(Band.EMERGING.isBelow(Band.EMERGING)).isFalse();
    assertThat(Band.STARTING.oneAbove()).isEqualTo(Band.EMERGING);
    assertThat(Band.ESTABLISHED.oneAbove()).isEqualTo(Band.ASSET_BASED);
    assertThat(Band.ASSET_BASED.oneAbove()).isEqualTo(Band.ASSET_BASED);
    assertThat(Band.ASSET_BASED.getLabel()).isEqualTo("Asset-based");
  }

  @Test
  void direction_comparesBands() {
    assertThat(Direction.between(Band.EMERGING, Band.ESTABLISHED)).isEqualTo(Direction.UP);
    assertThat(Direction.between(Band.ESTABLISHED, Band.EMERGING)).isEqualTo(Direction.DOWN);
    assertThat(Direction.between(Band.STARTING, Band.STARTING)).isEqualTo(Direction.SAME);
  }

  /** round-half-up(100T / 4n) computed with BigDecimal at high precision: the reference. */
  private static BigDecimal exact(int total, int rated) {
    return BigDecimal.valueOf(100L * total)
        .divide(BigDecimal.valueOf(4L * rated), new MathContext(60, RoundingMode.HALF_EVEN));
  }

  @Test
  void integerBandFormula_equalsRoundHalfUpOfP_forEveryNUpTo10AndEveryTotal() {
    int cases = 0;
    for (int n = 1; n <= 10; n++) {
      for (int t = n; t <= 4 * n; t++) {
        BigDecimal p = exact(t, n);
        assertThat(Percentages.rounded(t, n)).as("n=%d T=%d", n, t)
            .isEqualTo(p.setScale(0, RoundingMode.HALF_UP).intValueExact());
        assertThat(Percentages.percentage(t, n)).as("n=%d T=%d", n, t)
            .isEqualTo(p.setScale(2, RoundingMode.HALF_UP));
        cases++;
      }
    }
    assertThat(cases).isEqualTo(175);
  }

  @Test
  void scoredReports_matchTheExactFormula_forEveryNUpTo10AndEveryTotal() {
    List<String> actions = Fixtures.ACTIONS;
    for (int n = 1; n <= 10; n++) {
      for (int t = n; t <= 4 * n; t++) {
        List<Rating> ratings = new ArrayList<>();
        int rest = t;
        for (int i = 0; i < n; i++) {
          int rating = Math.min(4, rest - (n - i - 1));
          ratings.add(Fixtures.evidenced(actions.get(i), rating));
          rest -= rating;
        }
        ScoreReport report = Fixtures.score(Fixtures.assessment(Frameworks.ABA_2020_ID,
            List.of(Participant.of(Role.CARER, 1)), ratings));
        BigDecimal p = exact(t, n);
        assertThat(report.getOverall().getPercentage()).as("n=%d T=%d", n, t)
            .contains(p.setScale(2, RoundingMode.HALF_UP));
        assertThat(report.getOverall().getRoundedPercentage()).as("n=%d T=%d", n, t)
            .hasValue(p.setScale(0, RoundingMode.HALF_UP).intValueExact());
        if (report.getStatus() != Status.INSUFFICIENT) {
          assertThat(report.getOverall().getPercentageBand()).contains(
              Band.ofRoundedPercentage(p.setScale(0, RoundingMode.HALF_UP).intValueExact()));
        }
      }
    }
  }
}
