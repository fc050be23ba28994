package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The invariants the report types check when built, so a report read from JSON is consistent. */
class ReportTypesTest {
  @Test
  void actionScore_effectiveRatingMustFollowTheCaps() {
    assertThatThrownBy(() -> ActionScore.builder().action("share-power").grouping("co-production")
        .rating(4).effectiveRating(2).addCaps(Cap.NO_EVIDENCE, Cap.NO_LIVED_EXPERIENCE_EVIDENCE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("effective rating must be 1");
    assertThatThrownBy(() -> ActionScore.builder().action("share-power").grouping("co-production")
        .rating(2).effectiveRating(2).addCaps(Cap.NO_LIVED_EXPERIENCE_EVIDENCE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not below the rating");
    assertThatThrownBy(() -> ActionScore.builder().action("share-power").grouping("co-production")
        .rating(4).effectiveRating(1).addCaps(Cap.NO_LIVED_EXPERIENCE_EVIDENCE, Cap.NO_EVIDENCE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in order");
    assertThatThrownBy(() -> ActionScore.builder().action("share-power").grouping("co-production")
        .rating(5).effectiveRating(5).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupingScore_percentageIsNormalisedToScaleTwo() {
    GroupingScore grouping = GroupingScore.builder().grouping("strategic").rated(2).actions(4)
        .percentage(new BigDecimal("62.5")).band(Band.ESTABLISHED).build();
    assertThat(grouping.getPercentage().orElseThrow()).hasToString("62.50");
    assertThat(grouping).isEqualTo(GroupingScore.builder().grouping("strategic").rated(2).actions(4)
        .percentage(new BigDecimal("62.50")).band(Band.ESTABLISHED).build());
    assertThatThrownBy(() -> GroupingScore.builder().grouping("strategic").rated(2).actions(4)
        .percentage(new BigDecimal("62.505")).band(Band.ESTABLISHED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimals");
  }

  @Test
  void groupingScore_percentageOnlyWhenRated() {
    assertThatThrownBy(() -> GroupingScore.builder().grouping("strategic").rated(0).actions(4)
        .percentage(new BigDecimal("50.00")).band(Band.EMERGING).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupingScore.builder().grouping("strategic").rated(5).actions(4).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overallScore_bandCanOnlyBeLowered() {
    assertThatThrownBy(() -> OverallScore.builder().rated(10).actions(10)
        .percentage(new BigDecimal("50.00")).roundedPercentage(50)
        .percentageBand(Band.EMERGING).band(Band.ESTABLISHED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only lower");
    assertThatThrownBy(() -> OverallScore.builder().rated(10).actions(10)
        .percentage(new BigDecimal("50.00")).roundedPercentage(50)
        .percentageBand(Band.ESTABLISHED).band(Band.ESTABLISHED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("band of the rounded");
    assertThatThrownBy(() -> OverallScore.builder().rated(3).actions(10)
        .percentage(new BigDecimal("50.00")).roundedPercentage(50)
        .addLimiters(Limiter.L3_NOT_CO_PRODUCED).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only when there is a band");
  }

  @Test
  void scoreReport_countsMustAgree() {
    ScoreReport report = Fixtures.score(Fixtures.aba2020(2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    assertThatThrownBy(() -> ScoreReport.builder().from(report).addNotAssessed("extra").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagree");
    assertThatThrownBy(() -> ScoreReport.builder().from(report).status(Status.PROVISIONAL).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLETE exactly");
    ScoreReport provisional = Fixtures.score(Fixtures.aba2020(2, 2, 2, 2, 2, 2, 2, 2, 2, 0));
    assertThatThrownBy(() -> ScoreReport.builder().from(provisional).status(Status.INSUFFICIENT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no overall band");
    assertThatThrownBy(() -> ScoreReport.builder().from(provisional).status(Status.COMPLETE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLETE exactly");
  }

  @Test
  void actionProgress_changeMustBeLaterMinusEarlier() {
    assertThatThrownBy(() -> ActionProgress.builder().action("share-power").earlier(1).later(3)
        .change(1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(ActionProgress.builder().action("share-power").earlier(1).later(3).change(2).build()
        .getChange()).contains(2);
  }
}
