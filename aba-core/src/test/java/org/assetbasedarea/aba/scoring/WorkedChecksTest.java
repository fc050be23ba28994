package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assetbasedarea.aba.scoring.Fixtures.aba2020;
import static org.assetbasedarea.aba.scoring.Fixtures.score;

import java.math.BigDecimal;
import java.util.List;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.junit.jupiter.api.Test;

/** Every worked check of docs/scoring.md section 11, each as its own test. */
class WorkedChecksTest {
  @Test
  void workedCheck_tenActionsAllRatedOne_isStartingAt25() {
    OverallScore overall = score(aba2020(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).getOverall();

    assertThat(overall.getPercentage()).contains(new BigDecimal("25.00"));
    assertThat(overall.getRoundedPercentage()).hasValue(25);
    assertThat(overall.getPercentageBand()).contains(Band.STARTING);
    assertThat(overall.getBand()).contains(Band.STARTING);
  }

  @Test
  void workedCheck_nineActionsTotalling14_isEmergingAt39() {
    ScoreReport report = score(aba2020(2, 2, 2, 2, 2, 1, 1, 1, 1, 0));
    OverallScore overall = report.getOverall();

    assertThat(overall.getRated()).isEqualTo(9);
    assertThat(report.getNotAssessed()).containsExactly("mutuals-and-co-ops");
    assertThat(overall.getPercentage()).contains(new BigDecimal("38.89"));
    assertThat(overall.getRoundedPercentage()).hasValue(39);
    assertThat(overall.getPercentageBand()).contains(Band.EMERGING);
  }

  @Test
  void workedCheck_tenActionsTotalling25_isEstablishedAt63() {
    OverallScore overall = score(aba2020(3, 3, 3, 3, 3, 2, 2, 2, 2, 2)).getOverall();

    assertThat(overall.getPercentage()).contains(new BigDecimal("62.50"));
    assertThat(overall.getRoundedPercentage()).hasValue(63);
    assertThat(overall.getPercentageBand()).contains(Band.ESTABLISHED);
  }

  @Test
  void workedCheck_tenActionsTotalling35_isAssetBasedAt88BeforeLimiters() {
    OverallScore overall = score(aba2020(4, 4, 4, 4, 4, 3, 3, 3, 3, 3)).getOverall();

    assertThat(overall.getPercentage()).contains(new BigDecimal("87.50"));
    assertThat(overall.getRoundedPercentage()).hasValue(88);
    assertThat(overall.getPercentageBand()).contains(Band.ASSET_BASED);
  }

  @Test
  void workedCheck_ratingFourWithOnlyProcessesEvidence_countsAsTwo() {
    ScoreReport report = score(Fixtures.assessment(
        Rating.of("share-power", 4, Evidence.of(EvidenceKind.PROCESSES, "Co-produced strategy"))));

    ActionScore action = report.findAction("share-power").orElseThrow();
    assertThat(action.getRating()).isEqualTo(4);
    assertThat(action.getEffectiveRating()).isEqualTo(2);
    assertThat(action.getCaps()).containsExactly(Cap.NO_LIVED_EXPERIENCE_EVIDENCE);
  }

  @Test
  void workedCheck_ratingFourWithNoEvidence_countsAsOneAndListsBothCaps() {
    ScoreReport report = score(Fixtures.assessment(Rating.of("share-power", 4)));

    ActionScore action = report.findAction("share-power").orElseThrow();
    assertThat(action.getEffectiveRating()).isEqualTo(1);
    assertThat(action.getCaps())
        .containsExactly(Cap.NO_EVIDENCE, Cap.NO_LIVED_EXPERIENCE_EVIDENCE);
  }

  @Test
  void workedCheck_allFourWithoutCoProducingParticipants_isLimitedToEmergingByL3() {
    ScoreReport report = score(aba2020(List.of(Participant.of(Role.COUNCIL, 4),
        Participant.of(Role.NHS, 2), Participant.of(Role.VCSE, 1)), 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));

    assertThat(report.isCoProduced()).isFalse();
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getBand()).contains(Band.EMERGING);
    assertThat(report.getOverall().getLimiters()).containsExactly(Limiter.L3_NOT_CO_PRODUCED);
  }

  @Test
  void workedCheck_weakestGroupingAt33_lowersEstablishedToEmergingByL1Only() {
    ScoreReport report = score(aba2020(4, 4, 4, 4, 4, 4, 4, 1, 1, 2));

    assertThat(report.isCoProduced()).isTrue();
    assertThat(report.getGroupings()).extracting(GroupingScore::getPercentage).containsExactly(
        java.util.Optional.of(new BigDecimal("100.00")),
        java.util.Optional.of(new BigDecimal("100.00")),
        java.util.Optional.of(new BigDecimal("33.33")));
    assertThat(report.findGrouping("workforce-and-enterprise").orElseThrow().getBand())
        .contains(Band.STARTING);
    OverallScore overall = report.getOverall();
    assertThat(overall.getPercentage()).contains(new BigDecimal("80.00"));
    assertThat(overall.getPercentageBand()).contains(Band.ESTABLISHED);
    assertThat(overall.getBand()).contains(Band.EMERGING);
    assertThat(overall.getLimiters()).containsExactly(Limiter.L1_WEAKEST_GROUPING);
  }
}
