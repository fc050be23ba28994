package org.assetbasedarea.aba.outcomes;

/** The five answers to the ONS direct loneliness question, "How often do you feel lonely?". */
public enum LonelinessFrequency {
  /** Often or always. */
  OFTEN_OR_ALWAYS,
  /** Some of the time. */
  SOME_OF_THE_TIME,
  /** Occasionally. */
  OCCASIONALLY,
  /** Hardly ever. */
  HARDLY_EVER,
  /** Never. */
  NEVER;

  /**
   * The answer's code in the order the question offers them, as ONS codes it: 1 often or always,
   * 2 some of the time, 3 occasionally, 4 hardly ever, 5 never (the value of a {@link
   * TallyItem#LONELINESS_DIRECT} tally).
   *
   * @return the code, 1-5
   */
  public int code() {
    return ordinal() + 1;
  }

  /**
   * The answer with a code.
   *
   * @param code 1-5, as {@link #code()}
   * @return the answer
   * @throws IllegalArgumentException when the code is outside 1-5
   */
  public static LonelinessFrequency ofCode(int code) {
    return values()[Indicators.requireRange(code, 1, 5, "loneliness code") - 1];
  }
}
