package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Frameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disclosure policies as data: the two built in, a user's own, and the markers. */
class DisclosurePolicyTest {
  private static final DisclosurePolicy NHS = DisclosurePolicy.NHS_SMALL_NUMBERS;
  private static final DisclosurePolicy ASCOF = DisclosurePolicy.ASCOF;

  @Test
  void builtIns_areTheRulesAsPublished() {
    assertThat(DisclosurePolicy.builtIn()).extracting(DisclosurePolicy::getId)
        .containsExactly("ascof", "nhs-small-numbers");
    assertThat(ASCOF.getMinRespondents()).isEqualTo(3);
    assertThat(ASCOF.getMinCount()).isEqualTo(1);
    assertThat(NHS.getMinRespondents()).isEqualTo(8);
    assertThat(NHS.getMinCount()).isEqualTo(8);
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      assertThat(policy.getRoundingBase()).isEqualTo(5);
      assertThat(policy.getDecimals()).isEqualTo(1);
      assertThat(DisclosurePolicy.find(policy.getId())).contains(policy);
    }
    assertThat(DisclosurePolicy.find("none")).isEmpty();
  }

  @ParameterizedTest(name = "{0} of {1}: ascof {2}, nhs {3}")
  @CsvSource({
    "0, 1, true, true",
    "1, 2, true, true",
    "0, 3, false, true",
    "1, 3, false, true",
    "0, 7, false, true",
    "0, 8, false, false", // a numerator of 0 is shown
    "8, 8, false, false", // a complement of 0 is shown
    "1, 100, false, true", // numerator 1-7
    "7, 100, false, true",
    "8, 100, false, false",
    "92, 100, false, false",
    "93, 100, false, true", // complement 7
    "99, 100, false, true",
    "100, 100, false, false"
  })
  void shares_areSuppressedOnRespondentsNumeratorAndComplement(
      long x, long n, boolean ascof, boolean nhs) {
    assertThat(ASCOF.suppressesShare(x, n)).isEqualTo(ascof);
    assertThat(NHS.suppressesShare(x, n)).isEqualTo(nhs);
  }

  @ParameterizedTest(name = "{0} respondents: ascof {1}, nhs {2}")
  @CsvSource({"1, true, true", "2, true, true", "3, false, true", "7, false, true",
      "8, false, false", "1000, false, false"})
  void means_areSuppressedOnRespondents(long n, boolean ascof, boolean nhs) {
    assertThat(ASCOF.suppresses(n)).isEqualTo(ascof);
    assertThat(NHS.suppresses(n)).isEqualTo(nhs);
  }

  @Test
  void aUsersOwnPolicy_roundsCountsHalfAwayFromZero_andValuesToItsDecimals() {
    DisclosurePolicy own = DisclosurePolicy.builder().id("leeds-board").minRespondents(10)
        .minCount(3).roundingBase(10).decimals(2).build();
    assertThat(own.roundCount(14)).isEqualTo(10);
    assertThat(own.roundCount(15)).isEqualTo(20);
    assertThat(own.roundCount(0)).isZero();
    assertThat(own.round(72.125)).isEqualTo(new BigDecimal("72.13"));
    assertThat(own.roundRatio(2, 3)).isEqualTo(new BigDecimal("0.67"));
    assertThat(own.suppressesShare(2, 40)).isTrue();
    assertThat(own.suppressesShare(3, 40)).isFalse();
    assertThat(own.suppresses(9)).isTrue();
    DisclosurePolicy exact = DisclosurePolicy.builder().id("analyst").minRespondents(1)
        .minCount(1).roundingBase(1).decimals(0).build();
    assertThat(exact.roundCount(7)).isEqualTo(7);
    assertThat(exact.round(2.5)).isEqualTo(new BigDecimal("3"));
  }

  @Test
  void aPolicy_isChecked() {
    assertThatThrownBy(() -> DisclosurePolicy.builder().id("Bad Id").minRespondents(1)
        .minCount(1).roundingBase(1).decimals(1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DisclosurePolicy.builder().id("x").minRespondents(0)
        .minCount(1).roundingBase(1).decimals(1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DisclosurePolicy.builder().id("x").minRespondents(1)
        .minCount(1).roundingBase(0).decimals(1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DisclosurePolicy.builder().id("x").minRespondents(1)
        .minCount(1).roundingBase(1).decimals(7).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPublishedFigure_namesItsPolicy_andCarriesTheMarker() {
    OutcomeData data = OutcomeData.builder().framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)))
        .addShares(ShareFigure.of("ascof-1b", 5, 100), ShareFigure.of("ascof-1i1", 50, 100))
        .addMeans(MeanFigure.of("ascof-1a", 6, 18.24, 2.0))
        .build();
    for (DisclosurePolicy policy : DisclosurePolicy.builtIn()) {
      OutcomeReport report = Indicators.compute(data, Frameworks.aba2020(), policy);
      assertThat(report.getDisclosure()).isEqualTo(policy);
      for (IndicatorResult result : report.getIndicators()) {
        assertThat(result.getPublished().getPolicy()).isEqualTo(policy.getId());
      }
    }
    OutcomeReport nhs = Indicators.compute(data, Frameworks.aba2020(), NHS);
    PublishedValue b = nhs.findIndicator("ascof-1b").orElseThrow().getPublished();
    assertThat(b.getMarker()).contains(Marker.CONFIDENTIAL);
    assertThat(b.getValue()).isEmpty();
    assertThat(b.getLower()).isEmpty();
    assertThat(b.getRespondents()).hasValue(100);
    PublishedValue i1 = nhs.findIndicator("ascof-1i1").orElseThrow().getPublished();
    assertThat(i1.getValue()).contains(new BigDecimal("50.0"));
    assertThat(i1.getLower()).contains(new BigDecimal("40.4"));
    assertThat(i1.getUpper()).contains(new BigDecimal("59.6"));
    assertThat(nhs.findIndicator("ascof-1a").orElseThrow().getPublished().isSuppressed()).isTrue();
    OutcomeReport ascof = Indicators.compute(data, Frameworks.aba2020());
    assertThat(ascof.getDisclosure()).isEqualTo(ASCOF);
    assertThat(ascof.findIndicator("ascof-1b").orElseThrow().getPublished().getValue())
        .contains(new BigDecimal("5.0"));
    assertThat(ascof.findIndicator("ascof-1a").orElseThrow().getPublished().getValue())
        .contains(new BigDecimal("18.2"));
  }

  @Test
  void aHostileId_isRefusedWithoutDeepRecursion() {
    String longId = "a-".repeat(50_000) + "a";
    assertThatThrownBy(() -> DisclosurePolicy.builder().id(longId).minRespondents(1).minCount(1)
        .roundingBase(1).decimals(1).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void markers_areTheOfficialStatisticsSymbols() {
    assertThat(Marker.CONFIDENTIAL.symbol()).isEqualTo("[c]");
    assertThat(Marker.NOT_APPLICABLE.symbol()).isEqualTo("[z]");
    assertThat(Marker.NOT_AVAILABLE.symbol()).isEqualTo("[x]");
    for (Marker marker : Marker.values()) {
      assertThat(Marker.ofSymbol(marker.symbol())).isEqualTo(marker);
    }
    assertThatThrownBy(() -> Marker.ofSymbol("[u]")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPublishedValue_hasAValueOrAMarker() {
    assertThatThrownBy(() -> PublishedValue.builder().policy("ascof").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedValue.builder().policy("ascof").marker(Marker.CONFIDENTIAL)
        .value(BigDecimal.ONE).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublishedValue.builder().policy("ascof").value(BigDecimal.ONE)
        .lower(BigDecimal.ZERO).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(ASCOF.publish(false, BigDecimal.ONE, Optional.empty(), 4).getRespondents())
        .hasValue(5);
  }
}
