package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assetbasedarea.aba.scoring.Fixtures.ACTIONS;
import static org.assetbasedarea.aba.scoring.Fixtures.aba2020;
import static org.assetbasedarea.aba.scoring.Fixtures.evidenced;
import static org.assetbasedarea.aba.scoring.Fixtures.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per rule of aba-score-1, each able to fail when that rule changes. */
class AbaScore1Test {
  private static final List<Participant> COUNCIL_ONLY = List.of(Participant.of(Role.COUNCIL, 3));

  private static ActionScore scoreOne(Rating rating) {
    return score(Fixtures.assessment(rating)).findAction(rating.getAction()).orElseThrow();
  }

  // -- caps -------------------------------------------------------------------------------------

  @Test
  void score_ratingTwoWithoutEvidence_isCappedAtOne() {
    ActionScore action = scoreOne(Rating.of("share-power", 2));
    assertThat(action.getEffectiveRating()).isEqualTo(1);
    assertThat(action.getCaps()).containsExactly(Cap.NO_EVIDENCE);
  }

  @Test
  void score_ratingOneWithoutEvidence_listsNoCap() {
    ActionScore action = scoreOne(Rating.of("share-power", 1));
    assertThat(action.getEffectiveRating()).isEqualTo(1);
    assertThat(action.getCaps()).isEmpty();
  }

  @Test
  void score_ratingThreeWithoutEvidence_countsAsOneWithBothCaps() {
    ActionScore action = scoreOne(Rating.of("share-power", 3));
    assertThat(action.getEffectiveRating()).isEqualTo(1);
    assertThat(action.getCaps()).containsExactly(Cap.NO_EVIDENCE, Cap.NO_LIVED_EXPERIENCE_EVIDENCE);
  }

  @ParameterizedTest
  @EnumSource(value = EvidenceKind.class, names = "PEOPLES_EXPERIENCE", mode = EnumSource.Mode.EXCLUDE)
  void score_ratingThreeWithOnlyOtherEvidence_isCappedAtTwo(EvidenceKind kind) {
    ActionScore action = scoreOne(Rating.of("share-power", 3, Evidence.of(kind, "Something")));
    assertThat(action.getEffectiveRating()).isEqualTo(2);
    assertThat(action.getCaps()).containsExactly(Cap.NO_LIVED_EXPERIENCE_EVIDENCE);
  }

  @Test
  void score_ratingTwoWithOnlyProcessesEvidence_isNotCapped() {
    ActionScore action =
        scoreOne(Rating.of("share-power", 2, Evidence.of(EvidenceKind.PROCESSES, "Plan")));
    assertThat(action.getEffectiveRating()).isEqualTo(2);
    assertThat(action.getCaps()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "4"})
  void score_ratingWithLivedExperienceEvidence_countsAsGiven(int rating) {
    ActionScore action = scoreOne(Rating.of("share-power", rating,
        Evidence.of(EvidenceKind.PROCESSES, "Plan"),
        Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Panel")));
    assertThat(action.getEffectiveRating()).isEqualTo(rating);
    assertThat(action.getCaps()).isEmpty();
  }

  @Test
  void score_actionScore_carriesActionGroupingAndGivenRating() {
    ActionScore action = scoreOne(evidenced("grant-giving", 3));
    assertThat(action.getAction()).isEqualTo("grant-giving");
    assertThat(action.getGrouping()).isEqualTo("strategic");
    assertThat(action.getRating()).isEqualTo(3);
  }

  // -- percentages ------------------------------------------------------------------------------

  @Test
  void score_percentage_usesEffectiveRatingsNotGivenOnes() {
    // ten 4s, but one has no evidence (counts 1): T = 37, P = 92.50
    List<Rating> ratings = new ArrayList<>();
    for (String action : ACTIONS) {
      ratings.add(action.equals("grant-giving") ? Rating.of(action, 4) : evidenced(action, 4));
    }
    ScoreReport report = score(Fixtures.assessment(Frameworks.ABA_2020_ID,
        List.of(Participant.of(Role.CARER, 1)), ratings));
    assertThat(report.getOverall().getPercentage()).contains(new BigDecimal("92.50"));
    assertThat(report.findGrouping("strategic").orElseThrow().getPercentage())
        .contains(new BigDecimal("81.25"));
  }

  @Test
  void score_percentage_roundsHalfUpToTwoDecimals() {
    // co-production 1, 1, 2 = 4/12 = 33.333.. -> 33.33; strategic 4,4,4,3 = 15/16 = 93.75
    ScoreReport report = score(aba2020(1, 1, 2, 4, 4, 4, 3, 0, 0, 2));
    assertThat(report.findGrouping("co-production").orElseThrow().getPercentage())
        .contains(new BigDecimal("33.33"));
    assertThat(report.findGrouping("strategic").orElseThrow().getPercentage())
        .contains(new BigDecimal("93.75"));
    // workforce: one rated 2 of three: 50.00; overall 21/32 = 65.625 -> 65.63, rounded 66
    assertThat(report.findGrouping("workforce-and-enterprise").orElseThrow().getPercentage())
        .contains(new BigDecimal("50.00"));
    assertThat(report.getOverall().getPercentage()).contains(new BigDecimal("65.63"));
    assertThat(report.getOverall().getRoundedPercentage()).hasValue(66);
  }

  @Test
  void score_groupingWithNothingRated_hasNoPercentageOrBand() {
    ScoreReport report = score(aba2020(3, 3, 3, 3, 3, 3, 3, 0, 0, 0));
    GroupingScore workforce = report.findGrouping("workforce-and-enterprise").orElseThrow();
    assertThat(workforce.getRated()).isZero();
    assertThat(workforce.getActions()).isEqualTo(3);
    assertThat(workforce.getPercentage()).isEmpty();
    assertThat(workforce.getBand()).isEmpty();
  }

  // -- status -----------------------------------------------------------------------------------

  @Test
  void score_everyActionRated_isComplete() {
    assertThat(score(aba2020(2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).getStatus()).isEqualTo(Status.COMPLETE);
  }

  @Test
  void score_sevenOfTenRatedInEveryGrouping_isProvisionalButSixIsNot() {
    ScoreReport report = score(aba2020(2, 2, 0, 2, 2, 2, 0, 2, 0, 0));
    assertThat(report.getOverall().getRated()).isEqualTo(6);
    assertThat(report.getStatus()).isEqualTo(Status.INSUFFICIENT);

    ScoreReport seven = score(aba2020(2, 2, 0, 2, 2, 2, 0, 2, 2, 0));
    assertThat(seven.getOverall().getRated()).isEqualTo(7);
    assertThat(seven.getStatus()).isEqualTo(Status.PROVISIONAL);
    assertThat(seven.getOverall().getBand()).contains(Band.EMERGING);
  }

  @Test
  void score_sixOfTenRated_isInsufficient() {
    assertThat(score(aba2020(2, 2, 0, 2, 2, 0, 0, 2, 2, 0)).getStatus())
        .isEqualTo(Status.INSUFFICIENT);
  }

  @Test
  void score_sevenRatedButOneGroupingUnrated_isInsufficient() {
    ScoreReport report = score(aba2020(3, 3, 3, 3, 3, 3, 3, 0, 0, 0));
    assertThat(report.getOverall().getRated()).isEqualTo(7);
    assertThat(report.getStatus()).isEqualTo(Status.INSUFFICIENT);
  }

  @Test
  void score_nineRatedInEveryGrouping_isProvisional() {
    assertThat(score(aba2020(3, 3, 3, 3, 3, 3, 3, 3, 3, 0)).getStatus())
        .isEqualTo(Status.PROVISIONAL);
  }

  @ParameterizedTest(name = "{0} of {1} rated, every grouping rated: {2}")
  @CsvSource({
    "10, 10, COMPLETE", "7, 10, PROVISIONAL", "6, 10, INSUFFICIENT", "14, 20, PROVISIONAL",
    "13, 20, INSUFFICIENT", "2, 3, INSUFFICIENT", "3, 3, COMPLETE", "1, 1, COMPLETE",
    "0, 1, INSUFFICIENT", "7, 9, PROVISIONAL", "6, 9, INSUFFICIENT", "0, 10, INSUFFICIENT"})
  void status_thresholdIsSeventyPerCentExactly(int rated, int size, Status expected) {
    assertThat(AbaScore1.status(rated, size, true)).isEqualTo(expected);
  }

  @Test
  void status_withAGroupingUnrated_isNeverProvisional() {
    assertThat(AbaScore1.status(9, 10, false)).isEqualTo(Status.INSUFFICIENT);
    assertThat(AbaScore1.status(10, 10, true)).isEqualTo(Status.COMPLETE);
  }

  @Test
  void score_insufficient_givesPercentageButNoBandAndNoLimiters() {
    // not co-produced and with 1s: limiters would apply if there were a band
    ScoreReport report = score(aba2020(COUNCIL_ONLY, 4, 4, 1, 4, 4, 0, 0, 0, 0, 0));
    OverallScore overall = report.getOverall();
    assertThat(report.getStatus()).isEqualTo(Status.INSUFFICIENT);
    assertThat(overall.getPercentage()).contains(new BigDecimal("85.00"));
    assertThat(overall.getRoundedPercentage()).hasValue(85);
    assertThat(overall.getPercentageBand()).isEmpty();
    assertThat(overall.getBand()).isEmpty();
    assertThat(overall.getLimiters()).isEmpty();
  }

  @Test
  void score_nothingRated_givesNoPercentageAtAll() {
    ScoreReport report = score(aba2020(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    OverallScore overall = report.getOverall();
    assertThat(report.getStatus()).isEqualTo(Status.INSUFFICIENT);
    assertThat(report.getActions()).isEmpty();
    assertThat(report.getNotAssessed()).isEqualTo(ACTIONS);
    assertThat(overall.getRated()).isZero();
    assertThat(overall.getActions()).isEqualTo(10);
    assertThat(overall.getPercentage()).isEmpty();
    assertThat(overall.getRoundedPercentage()).isEmpty();
    assertThat(overall.getPercentageBand()).isEmpty();
    assertThat(overall.getBand()).isEmpty();
    assertThat(overall.getLimiters()).isEmpty();
    assertThat(report.getGroupings()).allSatisfy(g -> {
      assertThat(g.getPercentage()).isEmpty();
      assertThat(g.getBand()).isEmpty();
    });
  }

  // -- limiters ---------------------------------------------------------------------------------

  @Test
  void limiterL1_capEqualToPercentageBand_doesNotApply() {
    // groupings: 100 (ASSET_BASED), 100, 50 (EMERGING) -> cap ESTABLISHED; overall 34/40 = 85 ESTABLISHED
    ScoreReport report = score(aba2020(4, 4, 4, 4, 4, 4, 4, 2, 2, 2));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ESTABLISHED);
    assertThat(report.getOverall().getBand()).contains(Band.ESTABLISHED);
    assertThat(report.getOverall().getLimiters()).isEmpty();
  }

  @Test
  void limiterL1_groupingTwoBandsBelow_lowersAssetBasedToEstablished() {
    // lopsided: 'alone' rated 2 (50, EMERGING) -> cap ESTABLISHED; nine 4s: 38/40 = 95 ASSET_BASED
    Framework lopsided = Fixtures.lopsided();
    List<Rating> ratings = new ArrayList<>();
    ratings.add(evidenced("solo", 2));
    for (int i = 1; i <= 9; i++) {
      ratings.add(evidenced("team-" + i, 4));
    }
    ScoreReport report = Scorer.create(FrameworkRegistry.of(lopsided), ScoringRules.abaScore1())
        .score(Fixtures.assessment("lopsided", List.of(Participant.of(Role.COMMUNITY, 9)), ratings));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getBand()).contains(Band.ESTABLISHED);
    assertThat(report.getOverall().getLimiters()).containsExactly(Limiter.L1_WEAKEST_GROUPING);
  }

  @Test
  void limiterL2_anEffectiveOneUnderAssetBased_lowersToEstablished() {
    // 4,4,1 | 4,4,4,4 | 4,4,4: T = 37, 92.5 -> 93 ASSET_BASED; co-production 75 ESTABLISHED (L1 cap ASSET_BASED)
    ScoreReport report = score(aba2020(4, 4, 1, 4, 4, 4, 4, 4, 4, 4));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getBand()).contains(Band.ESTABLISHED);
    assertThat(report.getOverall().getLimiters()).containsExactly(Limiter.L2_WEAK_ACTION);
  }

  @Test
  void limiterL2_countsRatingsCappedToOne() {
    List<Rating> ratings = new ArrayList<>();
    for (String action : ACTIONS) {
      ratings.add(action.equals("tackle-inequalities") ? Rating.of(action, 3) : evidenced(action, 4));
    }
    ScoreReport report = score(Fixtures.assessment(Frameworks.ABA_2020_ID,
        List.of(Participant.of(Role.LIVED_EXPERIENCE, 1)), ratings));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getLimiters()).containsExactly(Limiter.L2_WEAK_ACTION);
    assertThat(report.getOverall().getBand()).contains(Band.ESTABLISHED);
  }

  @Test
  void limiterL2_withoutAnyEffectiveOne_doesNotApply() {
    ScoreReport report = score(aba2020(4, 4, 2, 4, 4, 4, 4, 4, 4, 4));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getBand()).contains(Band.ASSET_BASED);
    assertThat(report.getOverall().getLimiters()).isEmpty();
  }

  @Test
  void limiterL3_percentageBandEmerging_doesNotApply() {
    ScoreReport report = score(aba2020(COUNCIL_ONLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    assertThat(report.isCoProduced()).isFalse();
    assertThat(report.getOverall().getPercentageBand()).contains(Band.EMERGING);
    assertThat(report.getOverall().getBand()).contains(Band.EMERGING);
    assertThat(report.getOverall().getLimiters()).isEmpty();
  }

  @Test
  void limiterL3_percentageBandEstablished_lowersToEmerging() {
    ScoreReport report = score(aba2020(COUNCIL_ONLY, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    assertThat(report.getOverall().getPercentageBand()).contains(Band.ESTABLISHED);
    assertThat(report.getOverall().getBand()).contains(Band.EMERGING);
    assertThat(report.getOverall().getLimiters()).containsExactly(Limiter.L3_NOT_CO_PRODUCED);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void limiterL3_appliesExactlyWithoutACoProductionRole(Role role) {
    ScoreReport report = score(aba2020(List.of(Participant.of(role, 1)), 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    boolean coProduction = role == Role.LIVED_EXPERIENCE || role == Role.CARER || role == Role.COMMUNITY;
    assertThat(report.isCoProduced()).isEqualTo(coProduction);
    assertThat(report.getOverall().getLimiters())
        .isEqualTo(coProduction ? List.of() : List.of(Limiter.L3_NOT_CO_PRODUCED));
    assertThat(report.getOverall().getBand())
        .contains(coProduction ? Band.ASSET_BASED : Band.EMERGING);
  }

  @Test
  void score_noParticipants_isNotCoProduced() {
    assertThat(score(aba2020(List.of(), 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).isCoProduced()).isFalse();
  }

  @Test
  void limiters_allThreeApplying_areListedInSpecOrderAndTheLowestCapWins() {
    Framework lopsided = Fixtures.lopsided();
    List<Rating> ratings = new ArrayList<>();
    for (int i = 9; i >= 1; i--) {
      ratings.add(evidenced("team-" + i, 4));
    }
    ratings.add(evidenced("solo", 1));
    ScoreReport report = Scorer.create(FrameworkRegistry.of(lopsided), ScoringRules.abaScore1())
        .score(Fixtures.assessment("lopsided", COUNCIL_ONLY, ratings));
    OverallScore overall = report.getOverall();
    assertThat(overall.getPercentage()).contains(new BigDecimal("92.50"));
    assertThat(overall.getPercentageBand()).contains(Band.ASSET_BASED);
    assertThat(overall.getLimiters()).containsExactly(
        Limiter.L1_WEAKEST_GROUPING, Limiter.L2_WEAK_ACTION, Limiter.L3_NOT_CO_PRODUCED);
    assertThat(overall.getBand()).contains(Band.EMERGING);
  }

  @Test
  void limiters_twoApplying_bandIsTheLowerCap() {
    // 4,4,1 | 4,4,4,4 | 4,4,4 not co-produced: L2 (ESTABLISHED) and L3 (EMERGING) apply
    ScoreReport report = score(aba2020(COUNCIL_ONLY, 4, 4, 1, 4, 4, 4, 4, 4, 4, 4));
    assertThat(report.getOverall().getLimiters())
        .containsExactly(Limiter.L2_WEAK_ACTION, Limiter.L3_NOT_CO_PRODUCED);
    assertThat(report.getOverall().getBand()).contains(Band.EMERGING);
  }

  // -- order, frameworks, errors ----------------------------------------------------------------

  @Test
  void score_listsActionsNotAssessedAndGroupingsInFrameworkOrder() {
    List<Rating> ratings = new ArrayList<>();
    for (String action : List.of("mutuals-and-co-ops", "share-power", "grant-giving",
        "map-community-assets", "value-lived-experience")) {
      ratings.add(evidenced(action, 3));
    }
    Collections.reverse(ratings);
    ScoreReport report = score(Fixtures.assessment(Frameworks.ABA_2020_ID, List.of(), ratings));
    assertThat(report.getActions()).extracting(ActionScore::getAction).containsExactly(
        "map-community-assets", "share-power", "grant-giving", "value-lived-experience",
        "mutuals-and-co-ops");
    assertThat(report.getNotAssessed()).containsExactly("tackle-inequalities",
        "shared-story-and-outcomes", "asset-based-commissioning", "provider-market-development",
        "volunteers-and-social-entrepreneurs");
    assertThat(report.getGroupings()).extracting(GroupingScore::getGrouping)
        .containsExactly("co-production", "strategic", "workforce-and-enterprise");
  }

  @Test
  void score_reportNamesRulesFrameworkAreaAndDate() {
    ScoreReport report = score(aba2020(1, 2, 3, 4, 1, 2, 3, 4, 1, 2));
    assertThat(report.getRules()).isEqualTo("aba-score-1");
    assertThat(report.getFramework()).isEqualTo("aba-2020");
    assertThat(report.getArea()).isEqualTo(Fixtures.LEEDS);
    assertThat(report.getAssessedOn()).isEqualTo(Fixtures.DATE);
  }

  @Test
  void score_customThreeActionFramework_followsItsOwnOrderAndCounts() {
    Framework local = Fixtures.local3();
    Scorer scorer = Scorer.create(FrameworkRegistry.builtIn().with(local), ScoringRules.abaScore1());
    Assessment assessment = Fixtures.assessment("local-3",
        List.of(Participant.of(Role.CARER, 2)),
        List.of(evidenced("third-thing", 3), evidenced("first-thing", 4)));

    ScoreReport report = scorer.score(assessment);

    assertThat(report.getFramework()).isEqualTo("local-3");
    assertThat(report.getActions()).extracting(ActionScore::getAction, ActionScore::getGrouping)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("first-thing", "second"),
            org.assertj.core.groups.Tuple.tuple("third-thing", "second"));
    assertThat(report.getNotAssessed()).containsExactly("second-thing");
    assertThat(report.getGroupings()).extracting(GroupingScore::getGrouping,
        GroupingScore::getRated, GroupingScore::getActions, GroupingScore::getPercentage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("first", 0, 1, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("second", 2, 2, Optional.of(new BigDecimal("87.50"))));
    // 2 of 3 is below 70 per cent, and grouping 'first' has nothing rated
    assertThat(report.getStatus()).isEqualTo(Status.INSUFFICIENT);
    assertThat(report.getOverall().getRoundedPercentage()).hasValue(88);
    assertThat(report.getOverall().getBand()).isEmpty();
  }

  @Test
  void score_customFrameworkFullyRated_isCompleteWithBand() {
    Framework local = Fixtures.local3();
    Scorer scorer = Scorer.create(FrameworkRegistry.of(local), ScoringRules.abaScore1());
    ScoreReport report = scorer.score(Fixtures.assessment("local-3", List.of(Participant.of(Role.CARER, 2)),
        List.of(evidenced("third-thing", 3), evidenced("second-thing", 3), evidenced("first-thing", 3))));
    assertThat(report.getStatus()).isEqualTo(Status.COMPLETE);
    assertThat(report.getOverall().getPercentage()).contains(new BigDecimal("75.00"));
    assertThat(report.getOverall().getBand()).contains(Band.ESTABLISHED);
  }

  @Test
  void scorer_unknownFramework_throwsWithClearMessage() {
    Assessment assessment = Fixtures.assessment("aba-1999", List.of(), List.of(evidenced("share-power", 2)));
    assertThatThrownBy(() -> Scorer.standard().score(assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("framework 'aba-1999' is not known")
        .hasMessageContaining("aba-2020");
  }

  @Test
  void score_unknownAction_throwsWithClearMessage() {
    Assessment assessment = Fixtures.assessment(evidenced("no-such-action", 2));
    assertThatThrownBy(() -> score(assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action 'no-such-action' is not in framework 'aba-2020'");
  }

  @Test
  void score_actionRatedTwice_throwsWithClearMessage() {
    Assessment assessment = Fixtures.assessment(evidenced("share-power", 2), evidenced("share-power", 3));
    assertThatThrownBy(() -> score(assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'share-power' is rated more than once");
  }

  @Test
  void rules_assessmentForAnotherFramework_throws() {
    Assessment assessment = Fixtures.aba2020(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThatThrownBy(() -> ScoringRules.abaScore1().score(assessment, Fixtures.local3()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names framework 'aba-2020', not 'local-3'");
  }

  @Test
  void scoringRules_findsBuiltInsById() {
    assertThat(ScoringRules.find("aba-score-1")).containsSame(ScoringRules.abaScore1());
    assertThat(ScoringRules.find("aba-score-2")).isEmpty();
    assertThat(ScoringRules.abaScore1().getId()).isEqualTo(ScoringRules.ABA_SCORE_1);
    assertThat(ScoringRules.builtIn()).extracting(ScoringRules::getId).containsExactly("aba-score-1");
    assertThat(Scorer.standard().getRules()).isSameAs(ScoringRules.abaScore1());
    assertThat(Scorer.standard().getRegistry()).isSameAs(FrameworkRegistry.builtIn());
  }

  @Test
  void scorer_withAnotherRuleSet_writesThatRuleSetsReports() {
    ScoringRules local = new ScoringRules() {
      @Override
      public String getId() {
        return "local-strict";
      }

      @Override
      public ScoreReport score(Assessment assessment, Framework framework) {
        ScoreReport base = ScoringRules.abaScore1().score(assessment, framework);
        return ScoreReport.builder().from(base).rules(getId()).build();
      }
    };
    ScoreReport report = Scorer.create(FrameworkRegistry.builtIn(), local)
        .score(aba2020(2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
    assertThat(report.getRules()).isEqualTo("local-strict");
  }
}
