package org.assetbasedarea.aba.scoring;

import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;

/**
 * A named rule set that turns an assessment into a {@link ScoreReport}. Every report names the
 * rule set that produced it, so later rule sets ({@code aba-score-2}, a council's local variant)
 * can sit beside {@link #abaScore1()} without changing callers or old results.
 *
 * <p>Scoring assumes a valid assessment (see {@link org.assetbasedarea.aba.validation.AbaValidator})
 * and does no Jakarta validation itself; implementations must be thread-safe and deterministic.
 */
public interface ScoringRules {
  /** The id of the first rule set. */
  String ABA_SCORE_1 = "aba-score-1";

  /** @return the stable id of the rule set, such as {@code aba-score-1}, written into every report */
  String getId();

  /**
   * Scores an assessment.
   *
   * @param assessment a valid assessment made against {@code framework}
   * @param framework the framework the assessment names
   * @return the report
   * @throws IllegalArgumentException when the assessment names another framework, rates an action
   *     the framework does not have, or rates an action twice
   */
  ScoreReport score(Assessment assessment, Framework framework);

  /** @return the built-in rule set {@code aba-score-1}, the default */
  static ScoringRules abaScore1() {
    return AbaScore1.INSTANCE;
  }

  /** @return every built-in rule set */
  static List<ScoringRules> builtIn() {
    return List.of(AbaScore1.INSTANCE);
  }

  /**
   * Looks a built-in rule set up by id.
   *
   * @param id a rule set id, such as {@code aba-score-1}
   * @return the rule set, or empty when none is built in with that id
   */
  static Optional<ScoringRules> find(String id) {
    for (ScoringRules rules : builtIn()) {
      if (rules.getId().equals(id)) {
        return Optional.of(rules);
      }
    }
    return Optional.empty();
  }
}
