package org.assetbasedarea.aba.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;

/** Hand-built assessments for the scoring tests. */
final class Fixtures {
  /** The ten aba-2020 action ids in framework order: 3 co-production, 4 strategic, 3 workforce. */
  static final List<String> ACTIONS = Frameworks.aba2020().getActions().stream()
      .map(Action::getId).toList();

  static final Area LEEDS = Area.of("E08000035", "Leeds");
  static final LocalDate DATE = LocalDate.of(2026, 3, 31);

  private Fixtures() {}

  /** A rating carrying lived-experience evidence, so no cap applies. */
  static Rating evidenced(String action, int rating) {
    return Rating.of(action, rating, Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Panel minutes"));
  }

  /**
   * An aba-2020 assessment, co-produced, with evidenced ratings given per action in framework
   * order; 0 means not assessed.
   */
  static Assessment aba2020(int... ratings) {
    return aba2020(List.of(Participant.of(Role.LIVED_EXPERIENCE, 6), Participant.of(Role.COUNCIL, 3)),
        ratings);
  }

  /** As {@link #aba2020(int...)} with the given participants. */
  static Assessment aba2020(List<Participant> participants, int... ratings) {
    if (ratings.length != ACTIONS.size()) {
      throw new IllegalArgumentException("give one value per action");
    }
    List<Rating> list = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] != 0) {
        list.add(evidenced(ACTIONS.get(i), ratings[i]));
      }
    }
    return assessment(Frameworks.ABA_2020_ID, participants, list);
  }

  static Assessment assessment(String framework, List<Participant> participants, List<Rating> ratings) {
    return Assessment.builder()
        .framework(framework)
        .area(LEEDS)
        .assessedOn(DATE)
        .participants(participants)
        .ratings(ratings)
        .build();
  }

  static Assessment assessment(Rating... ratings) {
    return assessment(Frameworks.ABA_2020_ID, List.of(Participant.of(Role.CARER, 2)), List.of(ratings));
  }

  static ScoreReport score(Assessment assessment) {
    return Scorer.standard().score(assessment);
  }

  /**
   * A small local framework, {@code local-3}: three actions whose order interleaves the groupings
   * ({@code second-thing} in grouping {@code first}, the others in {@code second}).
   */
  static Framework local3() {
    return Framework.builder()
        .id("local-3")
        .title("A council's local variant with three actions")
        .addGroupings(Grouping.of("first", "First grouping"), Grouping.of("second", "Second grouping"))
        .addActions(
            Action.of("first-thing", "second", "First thing", "Done first."),
            Action.of("second-thing", "first", "Second thing", "Done second."),
            Action.of("third-thing", "second", "Third thing", "Done third."))
        .build();
  }

  /** A framework with one action alone in its grouping and nine in another. */
  static Framework lopsided() {
    Framework.Builder framework = Framework.builder()
        .id("lopsided")
        .title("One action alone, nine together")
        .addGroupings(Grouping.of("alone", "Alone"), Grouping.of("together", "Together"))
        .addActions(Action.of("solo", "alone", "Solo", "Alone."));
    for (int i = 1; i <= 9; i++) {
      framework.addActions(Action.of("team-" + i, "together", "Team " + i, "Together."));
    }
    return framework.build();
  }
}
