package org.assetbasedarea.aba.outcomes;

import java.util.List;

/** The four ONS personal wellbeing items, with their bands and built-in indicator ids. */
public enum Ons4Item {
  /** Life satisfaction. */
  LIFE_SATISFACTION("ons4-life-satisfaction"),
  /** The feeling that the things one does are worthwhile. */
  WORTHWHILE("ons4-worthwhile"),
  /** Happiness yesterday. */
  HAPPINESS("ons4-happiness"),
  /** Anxiety yesterday; higher is worse. */
  ANXIETY("ons4-anxiety");

  private static final List<Ons4Band> POSITIVE_BANDS =
      List.of(Ons4Band.LOW, Ons4Band.MEDIUM, Ons4Band.HIGH, Ons4Band.VERY_HIGH);
  private static final List<Ons4Band> ANXIETY_BANDS =
      List.of(Ons4Band.VERY_LOW, Ons4Band.LOW, Ons4Band.MEDIUM, Ons4Band.HIGH);
  private static final Ons4Band[] POSITIVE_BY_ANSWER = {
    Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW, Ons4Band.LOW,
    Ons4Band.MEDIUM, Ons4Band.MEDIUM, Ons4Band.HIGH, Ons4Band.HIGH,
    Ons4Band.VERY_HIGH, Ons4Band.VERY_HIGH
  };
  private static final Ons4Band[] ANXIETY_BY_ANSWER = {
    Ons4Band.VERY_LOW, Ons4Band.VERY_LOW, Ons4Band.LOW, Ons4Band.LOW,
    Ons4Band.MEDIUM, Ons4Band.MEDIUM, Ons4Band.HIGH, Ons4Band.HIGH, Ons4Band.HIGH,
    Ons4Band.HIGH, Ons4Band.HIGH
  };

  private final String meanIndicator;

  Ons4Item(String meanIndicator) {
    this.meanIndicator = meanIndicator;
  }

  /** @return the id of the indicator for the mean answer, such as {@code ons4-anxiety} */
  public String meanIndicator() {
    return meanIndicator;
  }

  /** @return the id of the indicator for the "high" share, such as {@code ons4-anxiety-high} */
  public String highIndicator() {
    return meanIndicator + "-high";
  }

  /** @return true for anxiety, where a higher answer is a worse outcome */
  public boolean isHigherWorse() {
    return this == ANXIETY;
  }

  /** @return the four bands this item is published in, lowest first */
  public List<Ons4Band> bands() {
    return this == ANXIETY ? ANXIETY_BANDS : POSITIVE_BANDS;
  }

  /**
   * The ONS band of an answer.
   *
   * @param answer 0-10
   * @return its band
   * @throws IllegalArgumentException when the answer is outside 0-10
   */
  public Ons4Band band(int answer) {
    Indicators.requireRange(answer, 0, 10, "ONS4 answer");
    return this == ANXIETY ? ANXIETY_BY_ANSWER[answer] : POSITIVE_BY_ANSWER[answer];
  }

  /**
   * Whether an answer counts towards the item's "high" share: 7-10 (high or very high) for life
   * satisfaction, worthwhile and happiness; 6-10 (high) for anxiety.
   *
   * @param answer 0-10
   * @return true when it does
   * @throws IllegalArgumentException when the answer is outside 0-10
   */
  public boolean isHigh(int answer) {
    Indicators.requireRange(answer, 0, 10, "ONS4 answer");
    return answer >= highFrom();
  }

  /** The lowest answer in the item's "high" share: 7, or 6 for anxiety. */
  int highFrom() {
    return this == ANXIETY ? 6 : 7;
  }
}
