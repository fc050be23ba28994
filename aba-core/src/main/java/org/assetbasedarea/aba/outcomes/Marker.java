package org.assetbasedarea.aba.outcomes;

/**
 * The markers UK official statistics put in a cell that holds no figure. JSON writes the symbol,
 * such as {@code "[c]"}.
 */
public enum Marker {
  /** {@code [c]}: confidential, suppressed by disclosure control. */
  CONFIDENTIAL("[c]", "suppressed for confidentiality"),
  /** {@code [z]}: not applicable, the figure cannot exist. */
  NOT_APPLICABLE("[z]", "not applicable"),
  /** {@code [x]}: not available, the figure could exist but no data give it. */
  NOT_AVAILABLE("[x]", "not available");

  private final String symbol;
  private final String meaning;

  Marker(String symbol, String meaning) {
    this.symbol = symbol;
    this.meaning = meaning;
  }

  /** @return the symbol, such as {@code [c]} */
  public String symbol() {
    return symbol;
  }

  /** @return what the symbol means, in words, such as "suppressed for confidentiality" */
  public String meaning() {
    return meaning;
  }

  /**
   * The marker with a symbol.
   *
   * @param symbol such as {@code [c]}
   * @return the marker
   * @throws IllegalArgumentException when no marker has that symbol
   */
  public static Marker ofSymbol(String symbol) {
    for (Marker marker : values()) {
      if (marker.symbol.equals(symbol)) {
        return marker;
      }
    }
    throw new IllegalArgumentException("not a marker of UK official statistics: " + symbol);
  }
}
