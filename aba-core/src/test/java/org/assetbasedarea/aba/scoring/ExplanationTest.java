package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assetbasedarea.aba.scoring.Fixtures.aba2020;
import static org.assetbasedarea.aba.scoring.Fixtures.score;

import java.util.List;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  @Test
  void cap_explain_saysWhatTheRatingCountsAs() {
    assertThat(Cap.NO_LIVED_EXPERIENCE_EVIDENCE.explain(4)).isEqualTo(
        "rated 4, but no evidence from people with lived experience, so counted as 2");
    assertThat(Cap.NO_EVIDENCE.explain(2))
        .isEqualTo("rated 2, but no evidence was given, so counted as 1");
    assertThat(Cap.NO_EVIDENCE.getLimit()).isEqualTo(1);
    assertThat(Cap.NO_LIVED_EXPERIENCE_EVIDENCE.getLimit()).isEqualTo(2);
  }

  @Test
  void cap_explain_ratingTheCapDoesNotLower_throws() {
    assertThatThrownBy(() -> Cap.NO_LIVED_EXPERIENCE_EVIDENCE.explain(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 3 to 4");
    assertThatThrownBy(() -> Cap.NO_EVIDENCE.explain(5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actionScore_explain_namesTheActionAndEveryCap() {
    ScoreReport report = score(Fixtures.assessment(Rating.of("share-power", 4),
        Rating.of("grant-giving", 3, Evidence.of(EvidenceKind.PARTNERS, "Feedback")),
        Fixtures.evidenced("tackle-inequalities", 4)));
    assertThat(report.findAction("share-power").orElseThrow().explain()).contains(
        "share-power: rated 4, but no evidence was given and no evidence from people with lived"
            + " experience, so counted as 1");
    assertThat(report.findAction("grant-giving").orElseThrow().explain()).contains(
        "grant-giving: rated 3, but no evidence from people with lived experience, so counted as 2");
    assertThat(report.findAction("tackle-inequalities").orElseThrow().explain()).isEmpty();
    assertThat(report.getActions()).extracting(ActionScore::getAction, ActionScore::isCapped)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("share-power", true),
            org.assertj.core.groups.Tuple.tuple("tackle-inequalities", false),
            org.assertj.core.groups.Tuple.tuple("grant-giving", true));
  }

  @Test
  void limiterL1_explain_namesWeakestGroupingWithItsBandAndPercentage() {
    ScoreReport report = score(aba2020(4, 4, 4, 4, 4, 4, 4, 1, 1, 2));
    assertThat(Limiter.L1_WEAKEST_GROUPING.explain(report)).isEqualTo(
        "the weakest grouping, workforce-and-enterprise (33.33%), is Starting, so the overall band"
            + " is at most Emerging: lowered from Established");
    assertThat(Limiter.L1_WEAKEST_GROUPING.capOf(report)).contains(Band.EMERGING);
  }

  @Test
  void limiterL2_explain_namesWeakActionsAndSaysWhenItDoesNotLower() {
    ScoreReport report = score(aba2020(4, 4, 4, 4, 4, 4, 4, 1, 1, 2));
    assertThat(Limiter.L2_WEAK_ACTION.explain(report)).isEqualTo(
        "actions volunteers-and-social-entrepreneurs, value-lived-experience count as 1, so the"
            + " overall band is at most Established, which is not below the percentage band"
            + " Established, so it does not lower it");
    ScoreReport limited = score(aba2020(4, 4, 1, 4, 4, 4, 4, 4, 4, 4));
    assertThat(Limiter.L2_WEAK_ACTION.explain(limited)).isEqualTo(
        "action tackle-inequalities counts as 1, so the overall band is at most Established:"
            + " lowered from Asset-based");
  }

  @Test
  void limiterL3_explain() {
    ScoreReport report = score(aba2020(List.of(Participant.of(Role.COUNCIL, 1)),
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
    assertThat(Limiter.L3_NOT_CO_PRODUCED.explain(report)).isEqualTo(
        "no people with lived experience, carers or community members took part, so the overall"
            + " band is at most Emerging: lowered from Asset-based");
    assertThat(Limiter.L3_NOT_CO_PRODUCED.explain(score(aba2020(4, 4, 4, 4, 4, 4, 4, 4, 4, 4))))
        .contains("does not apply");
  }

  @Test
  void limiter_explainOnInsufficientReport_saysThereIsNoBand() {
    ScoreReport report = score(aba2020(List.of(), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(Limiter.L3_NOT_CO_PRODUCED.explain(report)).endsWith("the report has no overall band");
    assertThat(Limiter.L1_WEAKEST_GROUPING.explain(report)).endsWith("the report has no overall band");
    assertThat(Limiter.L2_WEAK_ACTION.explain(report)).endsWith("the report has no overall band");
    assertThat(Limiter.L1_WEAKEST_GROUPING.explain(score(aba2020(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))))
        .contains("no grouping has a band");
  }

  @Test
  void report_explain_listsStatusThenCapsThenApplyingLimiters() {
    ScoreReport report = score(Fixtures.assessment(
        org.assetbasedarea.aba.framework.Frameworks.ABA_2020_ID,
        List.of(Participant.of(Role.NHS, 1)),
        List.of(Fixtures.evidenced("map-community-assets", 4), Rating.of("share-power", 2),
            Fixtures.evidenced("tackle-inequalities", 4), Fixtures.evidenced("shared-story-and-outcomes", 4),
            Fixtures.evidenced("asset-based-commissioning", 4), Fixtures.evidenced("grant-giving", 4),
            Fixtures.evidenced("provider-market-development", 4),
            Fixtures.evidenced("volunteers-and-social-entrepreneurs", 4),
            Fixtures.evidenced("value-lived-experience", 4))));
    assertThat(report.getStatus()).isEqualTo(Status.PROVISIONAL);
    assertThat(report.getOverall().getLimiters())
        .containsExactly(Limiter.L2_WEAK_ACTION, Limiter.L3_NOT_CO_PRODUCED);
    assertThat(report.explain()).containsExactly(
        "9 of 10 actions are rated, so the result is provisional",
        "share-power: rated 2, but no evidence was given, so counted as 1",
        Limiter.L2_WEAK_ACTION.explain(report),
        Limiter.L3_NOT_CO_PRODUCED.explain(report));
  }

  @Test
  void report_explain_completeWithoutCapsOrLimiters_isEmpty() {
    assertThat(score(aba2020(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).explain()).isEmpty();
  }

  @Test
  void report_explain_insufficient_saysWhyThereIsNoBand() {
    assertThat(score(aba2020(3, 0, 0, 0, 0, 0, 0, 0, 0, 0)).explain()).containsExactly(
        "1 of 10 actions are rated, too few (at least 70 per cent, with every grouping rated) for"
            + " an overall band");
  }
}
