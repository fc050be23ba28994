package org.assetbasedarea.aba.scoring;

import java.util.Objects;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;

/**
 * Scores assessments: resolves the framework an assessment names in a registry and applies a rule
 * set. Cheap to build, immutable and thread-safe.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.standard().score(assessment);
 * }</pre>
 */
public final class Scorer {
  private static final Scorer STANDARD =
      new Scorer(FrameworkRegistry.builtIn(), ScoringRules.abaScore1());

  private final FrameworkRegistry registry;
  private final ScoringRules rules;

  private Scorer(FrameworkRegistry registry, ScoringRules rules) {
    this.registry = registry;
    this.rules = rules;
  }

  /** @return a scorer over the built-in frameworks with {@code aba-score-1} */
  public static Scorer standard() {
    return STANDARD;
  }

  /**
   * A scorer over a registry with a rule set.
   *
   * @param registry the frameworks assessments may name
   * @param rules the rule set
   * @return the scorer
   */
  public static Scorer create(FrameworkRegistry registry, ScoringRules rules) {
    return new Scorer(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(rules, "rules"));
  }

  /** @return the frameworks this scorer resolves assessments against */
  public FrameworkRegistry getRegistry() {
    return registry;
  }

  /** @return the rule set */
  public ScoringRules getRules() {
    return rules;
  }

  /**
   * Scores a valid assessment. It runs no Jakarta validation: validate first with {@link
   * org.assetbasedarea.aba.validation.AbaValidator}.
   *
   * @param assessment a valid assessment
   * @return the report
   * @throws IllegalArgumentException when the assessment names a framework the registry does not
   *     know, rates an action its framework does not have, or rates an action twice
   */
  public ScoreReport score(Assessment assessment) {
    Framework framework = registry.find(assessment.getFramework())
        .orElseThrow(() -> new IllegalArgumentException(
            "cannot score: framework '" + assessment.getFramework() + "' is not known (known: "
                + knownIds() + "); validate the assessment first"));
    return rules.score(assessment, framework);
  }

  /**
   * The progress between two reports, listing actions in the order of the framework they name,
   * resolved in this scorer's registry.
   *
   * @param earlier the earlier report
   * @param later the later report
   * @return the progress
   * @throws NotComparableException when the reports cannot be compared
   * @throws IllegalArgumentException when the registry does not know the framework
   */
  public Progress progress(ScoreReport earlier, ScoreReport later) {
    Framework framework = registry.find(later.getFramework())
        .orElseThrow(() -> new IllegalArgumentException(
            "cannot compare: framework '" + later.getFramework() + "' is not known (known: "
                + knownIds() + ")"));
    return Progress.between(earlier, later, framework);
  }

  private String knownIds() {
    StringBuilder ids = new StringBuilder();
    for (Framework framework : registry.all()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(framework.getId());
    }
    return ids.toString();
  }

  @Override
  public String toString() {
    return "Scorer[" + rules.getId() + ", " + registry + "]";
  }
}
