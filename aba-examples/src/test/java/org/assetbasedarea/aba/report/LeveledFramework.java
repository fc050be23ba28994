package org.assetbasedarea.aba.report;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Level;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.scoring.ScoringRules;

/**
 * A test copy of {@code aba-2020} (same id, actions and indicators) whose actions describe their
 * levels with invented texts, except {@value #WITHOUT_LEVELS}, which describes none, with no
 * catalogue of approaches: a local framework need not describe its levels, and code must handle an
 * action without them.
 */
public final class LeveledFramework {
  /** The one action left without levels. */
  public static final String WITHOUT_LEVELS = "mutuals-and-co-ops";

  private LeveledFramework() {}

  /** @return the framework */
  public static Framework aba2020() {
    Framework base = Frameworks.aba2020();
    List<Action> actions = new ArrayList<>();
    for (Action action : base.getActions()) {
      if (action.getId().equals(WITHOUT_LEVELS)) {
        actions.add(Action.builder().from(action).levels(List.of()).build());
        continue;
      }
      List<Level> levels = new ArrayList<>();
      for (int rating = 1; rating <= 4; rating++) {
        levels.add(rating == 4 ? Level.of(4, looksLike(action.getId(), 4))
            : Level.of(rating, looksLike(action.getId(), rating), nextStep(action.getId(), rating, 1),
                nextStep(action.getId(), rating, 2)));
      }
      actions.add(Action.builder().from(action).levels(levels).build());
    }
    return Framework.builder().from(base).actions(actions).build();
  }

  /** @return what a level of an action looks like, as this framework says */
  public static String looksLike(String action, int rating) {
    return "At level " + rating + ", " + action + " looks like this (test text).";
  }

  /** @return a next step from a level of an action, as this framework says */
  public static String nextStep(String action, int rating, int number) {
    return "Step " + number + " from level " + rating + " of " + action + " (test text).";
  }

  /** @return a scorer whose registry holds only this framework */
  public static Scorer scorer() {
    return Scorer.create(FrameworkRegistry.of(aba2020()), ScoringRules.abaScore1());
  }
}
