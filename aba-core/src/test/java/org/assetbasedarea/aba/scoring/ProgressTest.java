package org.assetbasedarea.aba.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assetbasedarea.aba.scoring.Fixtures.aba2020;
import static org.assetbasedarea.aba.scoring.Fixtures.evidenced;
import static org.assetbasedarea.aba.scoring.Fixtures.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final LocalDate EARLY = LocalDate.of(2025, 3, 31);
  private static final LocalDate LATE = LocalDate.of(2026, 3, 31);

  private static ScoreReport report(LocalDate date, Area area, int... ratings) {
    Assessment assessment = aba2020(ratings);
    return score(Assessment.builder().from(assessment).assessedOn(date).area(area).build());
  }

  private static ScoreReport report(LocalDate date, int... ratings) {
    return report(date, Fixtures.LEEDS, ratings);
  }

  @Test
  void between_givesPerActionChangeOnlyWhereBothSidesAssessed() {
    ScoreReport earlier = report(EARLY, 1, 2, 0, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(LATE, 3, 2, 4, 1, 2, 2, 2, 2, 2, 0);

    Progress progress = Progress.between(earlier, later);

    assertThat(progress.getActions()).extracting(ActionProgress::getAction)
        .isEqualTo(Fixtures.ACTIONS);
    ActionProgress first = progress.getActions().get(0);
    assertThat(first.getEarlier()).contains(1);
    assertThat(first.getLater()).contains(3);
    assertThat(first.getChange()).contains(2);
    assertThat(progress.getActions().get(1).getChange()).contains(0);
    assertThat(progress.getActions().get(3).getChange()).contains(-1);
    ActionProgress newlyAssessed = progress.getActions().get(2);
    assertThat(newlyAssessed.getEarlier()).isEmpty();
    assertThat(newlyAssessed.getLater()).contains(4);
    assertThat(newlyAssessed.getChange()).isEmpty();
    ActionProgress dropped = progress.getActions().get(9);
    assertThat(dropped.getEarlier()).contains(2);
    assertThat(dropped.getLater()).isEmpty();
    assertThat(dropped.getChange()).isEmpty();
  }

  @Test
  void between_usesEffectiveRatings() {
    Assessment earlier = Fixtures.assessment(org.assetbasedarea.aba.assessment.Rating.of("share-power", 4));
    Assessment later = Assessment.builder().from(Fixtures.assessment(evidenced("share-power", 4)))
        .assessedOn(Fixtures.DATE.plusDays(1)).build();
    Progress progress = Progress.between(score(earlier), score(later));
    ActionProgress sharePower = progress.getActions().get(1);
    assertThat(sharePower.getEarlier()).contains(1);
    assertThat(sharePower.getLater()).contains(4);
    assertThat(sharePower.getChange()).contains(3);
  }

  @Test
  void between_givesGroupingAndOverallChangeAndDirection() {
    // earlier all 2 (50, EMERGING); later co-production 4s (100, ASSET_BASED), strategic 2s, workforce 1s
    ScoreReport earlier = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(LATE, 4, 4, 4, 2, 2, 2, 2, 1, 1, 1);

    Progress progress = Progress.between(earlier, later);

    assertThat(progress.getGroupings()).extracting(GroupingProgress::getGrouping)
        .containsExactly("co-production", "strategic", "workforce-and-enterprise");
    GroupingProgress co = progress.getGroupings().get(0);
    assertThat(co.getEarlierPercentage()).contains(new BigDecimal("50.00"));
    assertThat(co.getLaterPercentage()).contains(new BigDecimal("100.00"));
    assertThat(co.getChange()).contains(new BigDecimal("50.00"));
    assertThat(co.getEarlierBand()).contains(Band.EMERGING);
    assertThat(co.getLaterBand()).contains(Band.ASSET_BASED);
    assertThat(co.getDirection()).contains(Direction.UP);
    assertThat(progress.getGroupings().get(1).getChange()).contains(new BigDecimal("0.00"));
    assertThat(progress.getGroupings().get(1).getDirection()).contains(Direction.SAME);
    assertThat(progress.getGroupings().get(2).getChange()).contains(new BigDecimal("-25.00"));
    assertThat(progress.getGroupings().get(2).getDirection()).contains(Direction.DOWN);

    // overall 50.00 -> 23/40 = 57.50, both EMERGING
    OverallProgress overall = progress.getOverall();
    assertThat(overall.getEarlierPercentage()).contains(new BigDecimal("50.00"));
    assertThat(overall.getLaterPercentage()).contains(new BigDecimal("57.50"));
    assertThat(overall.getChange()).contains(new BigDecimal("7.50"));
    assertThat(overall.getChange().orElseThrow().scale()).isEqualTo(2);
    assertThat(overall.getDirection()).contains(Direction.SAME);
  }

  @Test
  void between_overallDirection_comparesBandsAfterLimiters() {
    // later percentage band rises to ESTABLISHED but L1 keeps the band EMERGING
    ScoreReport earlier = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(LATE, 4, 4, 4, 4, 4, 4, 4, 1, 1, 2);
    Progress progress = Progress.between(earlier, later);
    assertThat(later.getOverall().getPercentageBand()).contains(Band.ESTABLISHED);
    assertThat(progress.getOverall().getLaterBand()).contains(Band.EMERGING);
    assertThat(progress.getOverall().getDirection()).contains(Direction.SAME);
    assertThat(progress.getOverall().getChange()).contains(new BigDecimal("30.00"));
  }

  @Test
  void between_bandAbsentOnEitherSide_hasNoDirection() {
    ScoreReport insufficient = report(EARLY, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0);
    ScoreReport complete = report(LATE, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    Progress progress = Progress.between(insufficient, complete);
    assertThat(progress.getOverall().getEarlierPercentage()).contains(new BigDecimal("75.00"));
    assertThat(progress.getOverall().getChange()).contains(new BigDecimal("0.00"));
    assertThat(progress.getOverall().getEarlierBand()).isEmpty();
    assertThat(progress.getOverall().getDirection()).isEmpty();
    GroupingProgress strategic = progress.getGroupings().get(1);
    assertThat(strategic.getEarlierPercentage()).isEmpty();
    assertThat(strategic.getChange()).isEmpty();
    assertThat(strategic.getDirection()).isEmpty();
    assertThat(progress.getGroupings().get(0).getDirection()).contains(Direction.SAME);
  }

  @Test
  void between_nothingRatedEarlier_hasNoOverallChange() {
    Progress progress = Progress.between(report(EARLY, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        report(LATE, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    assertThat(progress.getOverall().getEarlierPercentage()).isEmpty();
    assertThat(progress.getOverall().getChange()).isEmpty();
    assertThat(progress.getOverall().getDirection()).isEmpty();
  }

  @Test
  void between_carriesIdentityAndDates_sameDateAllowed() {
    ScoreReport earlier = report(LATE, Area.of("E08000035", "Leeds City"), 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(LATE, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    Progress progress = Progress.between(earlier, later);
    assertThat(progress.getArea()).isEqualTo(Fixtures.LEEDS);
    assertThat(progress.getFramework()).isEqualTo("aba-2020");
    assertThat(progress.getRules()).isEqualTo("aba-score-1");
    assertThat(progress.getEarlierAssessedOn()).isEqualTo(LATE);
    assertThat(progress.getLaterAssessedOn()).isEqualTo(LATE);
    assertThat(progress.getOverall().getDirection()).contains(Direction.SAME);
  }

  @Test
  void between_differentAreaCodes_isNotComparable() {
    ScoreReport leeds = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport bradford = report(LATE, Area.of("E08000032", "Leeds"), 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    assertThatThrownBy(() -> Progress.between(leeds, bradford))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.AREA))
        .hasMessageContaining("different areas")
        .hasMessageContaining("E08000035")
        .hasMessageContaining("E08000032");
  }

  @Test
  void between_differentFrameworks_isNotComparable() {
    ScoreReport aba = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    Framework local = Fixtures.local3();
    ScoreReport localReport = Scorer.create(FrameworkRegistry.of(local), ScoringRules.abaScore1())
        .score(Fixtures.assessment("local-3", List.of(Participant.of(Role.CARER, 1)),
            List.of(evidenced("first-thing", 2))));
    assertThatThrownBy(() -> Progress.between(aba, localReport))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.FRAMEWORK))
        .hasMessageContaining("different frameworks")
        .hasMessageContaining("'aba-2020' and 'local-3'");
  }

  @Test
  void between_differentRuleSets_isNotComparable() {
    ScoreReport earlier = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = ScoreReport.builder().from(report(LATE, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3))
        .rules("aba-score-2").build();
    assertThatThrownBy(() -> Progress.between(earlier, later))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.RULES))
        .hasMessageContaining("different rule sets")
        .hasMessageContaining("'aba-score-1' and 'aba-score-2'");
  }

  @Test
  void between_earlierDatedAfterLater_isNotComparable() {
    ScoreReport earlier = report(LATE, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    assertThatThrownBy(() -> Progress.between(earlier, later))
        .isInstanceOfSatisfying(NotComparableException.class,
            e -> assertThat(e.getReason()).isEqualTo(NotComparableException.Reason.DATES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dated 2026-03-31, after the later report (2025-03-31)");
  }

  @Test
  void between_customFramework_needsTheFrameworkOrAScorer() {
    Framework local = Fixtures.local3();
    Scorer scorer = Scorer.create(FrameworkRegistry.of(local), ScoringRules.abaScore1());
    ScoreReport earlier = scorer.score(Fixtures.assessment("local-3",
        List.of(Participant.of(Role.CARER, 1)), List.of(evidenced("third-thing", 2))));
    ScoreReport later = scorer.score(Assessment.builder().from(Fixtures.assessment("local-3",
        List.of(Participant.of(Role.CARER, 1)),
        List.of(evidenced("third-thing", 3), evidenced("first-thing", 1))))
        .assessedOn(Fixtures.DATE.plusYears(1)).build());

    assertThatThrownBy(() -> Progress.between(earlier, later))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(NotComparableException.class)
        .hasMessageContaining("'local-3' is not built in");

    Progress progress = scorer.progress(earlier, later);
    assertThat(progress).isEqualTo(Progress.between(earlier, later, local));
    assertThat(progress.getActions()).extracting(ActionProgress::getAction, ActionProgress::getChange)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("first-thing", Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("second-thing", Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("third-thing", Optional.of(1)));
    assertThat(progress.getGroupings()).extracting(GroupingProgress::getGrouping)
        .containsExactly("first", "second");
  }

  @Test
  void between_withTheWrongFramework_throws() {
    ScoreReport earlier = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    ScoreReport later = report(LATE, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    assertThatThrownBy(() -> Progress.between(earlier, later, Fixtures.local3()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name framework 'aba-2020', not 'local-3'");
    assertThat(Progress.between(earlier, later, Frameworks.aba2020()))
        .isEqualTo(Progress.between(earlier, later));
  }

  @Test
  void scorer_unknownFrameworkForProgress_throws() {
    ScoreReport earlier = report(EARLY, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    Scorer local = Scorer.create(FrameworkRegistry.of(Fixtures.local3()), ScoringRules.abaScore1());
    assertThatThrownBy(() -> local.progress(earlier, earlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("framework 'aba-2020' is not known");
  }
}
