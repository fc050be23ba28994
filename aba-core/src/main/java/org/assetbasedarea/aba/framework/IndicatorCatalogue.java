package org.assetbasedarea.aba.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The library's built-in outcome indicators, each defined once: id, title, measure, statistic,
 * direction, range and, for the ASCOF measures, the handbook edition it follows. Validation (the
 * ranges of means, baselines and standard deviations), the statistics and the charts all read an
 * indicator's range and direction from its definition, and a framework that uses a built-in id
 * must define it exactly as here (titles may differ).
 *
 * <p>The ASCOF ids follow the measure definitions as they stood up to the 2022-23 ASCOF
 * publication (measures 1A, 1B and 1I(1)); the 2023-24 refresh reorganised and renumbered ASCOF.
 * The library computes them unweighted (or with the weights a user supplies), so a local figure is
 * not the published national statistic, which NHS England weights by sampling stratum.
 */
public final class IndicatorCatalogue {
  /** The edition the ASCOF indicators follow. */
  public static final String ASCOF_EDITION =
      "ASCOF handbook of definitions, 2022-23";

  private static final Range ONS4 = Range.of(0, 10);

  private static final Map<String, IndicatorDefinition> BUILT_IN = table(
      mean("ons4-life-satisfaction", "Life satisfaction (ONS4), mean 0-10", Measure.ONS4, true,
          ONS4, null),
      mean("ons4-worthwhile", "Feeling that what one does is worthwhile (ONS4), mean 0-10",
          Measure.ONS4, true, ONS4, null),
      mean("ons4-happiness", "Happiness yesterday (ONS4), mean 0-10", Measure.ONS4, true, ONS4,
          null),
      mean("ons4-anxiety", "Anxiety yesterday (ONS4), mean 0-10", Measure.ONS4, false, ONS4, null),
      share("ons4-life-satisfaction-high", "Share with high or very high life satisfaction (7-10)",
          Measure.ONS4, true, null),
      share("ons4-worthwhile-high",
          "Share with a high or very high sense that life is worthwhile (7-10)", Measure.ONS4,
          true, null),
      share("ons4-happiness-high", "Share with high or very high happiness yesterday (7-10)",
          Measure.ONS4, true, null),
      share("ons4-anxiety-high", "Share with high anxiety yesterday (6-10)", Measure.ONS4, false,
          null),
      share("loneliness-often-always", "Share who feel lonely often or always",
          Measure.LONELINESS, false, null),
      mean("ucla3-loneliness", "UCLA three-item loneliness score, mean 3-9", Measure.UCLA3, false,
          Range.of(3, 9), null),
      mean("ascof-1a", "ASCOF 1A social care-related quality of life, mean 0-24", Measure.ASCOF,
          true, Range.of(0, 24), ASCOF_EDITION),
      share("ascof-1b", "ASCOF 1B share who have control over their daily life", Measure.ASCOF,
          true, ASCOF_EDITION),
      share("ascof-1i1", "ASCOF 1I(1) share who have as much social contact as they want",
          Measure.ASCOF, true, ASCOF_EDITION));

  private IndicatorCatalogue() {}

  /** @return every built-in indicator, in the order of the {@code aba-2020} framework */
  public static List<IndicatorDefinition> all() {
    return List.copyOf(BUILT_IN.values());
  }

  /**
   * Looks a built-in indicator up.
   *
   * @param id an indicator id
   * @return its definition, or empty when {@code id} is not built in
   */
  public static Optional<IndicatorDefinition> find(String id) {
    return Optional.ofNullable(BUILT_IN.get(id));
  }

  /**
   * Whether a definition defines a built-in id as the catalogue does: the same measure, statistic,
   * direction, range and edition (the title may differ).
   *
   * @param definition a definition
   * @return true when its id is not built in, or it matches the built-in definition
   */
  static boolean agrees(IndicatorDefinition definition) {
    IndicatorDefinition builtIn = BUILT_IN.get(definition.getId());
    return builtIn == null
        || (builtIn.getMeasure() == definition.getMeasure()
            && builtIn.getStatistic() == definition.getStatistic()
            && builtIn.isHigherIsBetter() == definition.isHigherIsBetter()
            && builtIn.getRange().equals(definition.getRange())
            && builtIn.getEdition().equals(definition.getEdition()));
  }

  /**
   * How a built-in indicator is defined, in words, for messages.
   *
   * @param builtIn a built-in definition
   * @return such as "a MEAN of ONS4, higher is better, range 0-10"
   */
  static String describe(IndicatorDefinition builtIn) {
    return "a " + builtIn.getStatistic() + " of " + builtIn.getMeasure() + ", "
        + (builtIn.isHigherIsBetter() ? "higher" : "lower") + " is better"
        + builtIn.getRange().map(r -> ", range " + r.describe()).orElse(", no range")
        + builtIn.getEdition().map(e -> ", edition '" + e + "'").orElse(", no edition");
  }

  private static IndicatorDefinition mean(String id, String title, Measure measure,
      boolean higherIsBetter, Range range, @Nullable String edition) {
    return IndicatorDefinition.builder().id(id).title(title).measure(measure)
        .statistic(Statistic.MEAN).higherIsBetter(higherIsBetter).range(range)
        .edition(Optional.ofNullable(edition)).build();
  }

  private static IndicatorDefinition share(String id, String title, Measure measure,
      boolean higherIsBetter, @Nullable String edition) {
    return IndicatorDefinition.builder().id(id).title(title).measure(measure)
        .statistic(Statistic.SHARE).higherIsBetter(higherIsBetter)
        .edition(Optional.ofNullable(edition)).build();
  }

  private static Map<String, IndicatorDefinition> table(IndicatorDefinition... definitions) {
    Map<String, IndicatorDefinition> table = new LinkedHashMap<>();
    for (IndicatorDefinition definition : definitions) {
      table.put(definition.getId(), definition);
    }
    return table;
  }
}
