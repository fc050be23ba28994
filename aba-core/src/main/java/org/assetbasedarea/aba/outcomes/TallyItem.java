package org.assetbasedarea.aba.outcomes;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The per-person quantities the built-in indicators are computed from, one {@link Tally} per item
 * and value: what an SQL {@code GROUP BY} counts. Each item names its range of values and the
 * built-in indicators it gives.
 */
public enum TallyItem {
  /** ONS4 life satisfaction, the answer 0-10: {@code ons4-life-satisfaction} and its "-high" share. */
  ONS4_LIFE_SATISFACTION(0, 10, "ons4-life-satisfaction", "ons4-life-satisfaction-high"),
  /** ONS4 worthwhile, the answer 0-10: {@code ons4-worthwhile} and its "-high" share. */
  ONS4_WORTHWHILE(0, 10, "ons4-worthwhile", "ons4-worthwhile-high"),
  /** ONS4 happiness, the answer 0-10: {@code ons4-happiness} and its "-high" share. */
  ONS4_HAPPINESS(0, 10, "ons4-happiness", "ons4-happiness-high"),
  /** ONS4 anxiety, the answer 0-10: {@code ons4-anxiety} and its "-high" share. */
  ONS4_ANXIETY(0, 10, "ons4-anxiety", "ons4-anxiety-high"),
  /**
   * The direct loneliness question, the answer's code 1-5 ({@link LonelinessFrequency#code()}: 1
   * often or always ... 5 never): {@code loneliness-often-always}.
   */
  LONELINESS_DIRECT(1, 5, "loneliness-often-always"),
  /**
   * The sum 3-9 of a person's three UCLA answers, for people who answered all three only: {@code
   * ucla3-loneliness}.
   */
  UCLA3_SUM(3, 9, "ucla3-loneliness"),
  /**
   * {@code 32 - (the sum of the eight ASCOF codes)}, 0-24, for people who answered all eight
   * domains only: {@code ascof-1a}.
   */
  ASCOF_QUALITY_OF_LIFE(0, 24, "ascof-1a"),
  /** The ASCOF control over daily life code 1-4: {@code ascof-1b}. */
  ASCOF_CONTROL(1, 4, "ascof-1b"),
  /** The ASCOF social participation and involvement code 1-4: {@code ascof-1i1}. */
  ASCOF_SOCIAL_CONTACT(1, 4, "ascof-1i1");

  private final int min;
  private final int max;
  private final String indicator;
  private final @Nullable String highIndicator;

  TallyItem(int min, int max, String indicator) {
    this(min, max, indicator, null);
  }

  TallyItem(int min, int max, String indicator, @Nullable String highIndicator) {
    this.min = min;
    this.max = max;
    this.indicator = indicator;
    this.highIndicator = highIndicator;
  }

  /** @return the smallest value a person can have for this item */
  public int min() {
    return min;
  }

  /** @return the largest value a person can have for this item */
  public int max() {
    return max;
  }

  /** @return the ids of the built-in indicators computed from this item, in catalogue order */
  public List<String> indicators() {
    return highIndicator == null ? List.of(indicator) : List.of(indicator, highIndicator);
  }

  /**
   * The item of an ONS4 question.
   *
   * @param item the ONS4 item
   * @return its tally item
   */
  public static TallyItem of(Ons4Item item) {
    return values()[item.ordinal()];
  }
}
