package org.assetbasedarea.aba.scoring;

/**
 * How asset-based an area is, from a rounded percentage: the Care Quality Commission's four bands,
 * in ascending order, so {@link #compareTo(Enum)} orders them from weakest to strongest.
 */
public enum Band {
  /** Rounded percentage 25-38. */
  STARTING("Starting", 25, 38),
  /** Rounded percentage 39-62. */
  EMERGING("Emerging", 39, 62),
  /** Rounded percentage 63-87. */
  ESTABLISHED("Established", 63, 87),
  /** Rounded percentage 88-100. */
  ASSET_BASED("Asset-based", 88, 100);

  private static final Band[] BANDS = values();

  private final String label;
  private final int from;
  private final int to;

  Band(String label, int from, int to) {
    this.label = label;
    this.from = from;
    this.to = to;
  }

  /**
   * The band of a rounded percentage.
   *
   * @param roundedPercentage a whole percentage, 25-100
   * @return its band: 25-38 {@link #STARTING}, 39-62 {@link #EMERGING}, 63-87 {@link #ESTABLISHED},
   *     88-100 {@link #ASSET_BASED}
   * @throws IllegalArgumentException when the percentage is outside 25-100
   */
  public static Band ofRoundedPercentage(int roundedPercentage) {
    for (Band band : BANDS) {
      if (roundedPercentage >= band.from && roundedPercentage <= band.to) {
        return band;
      }
    }
    throw new IllegalArgumentException(
        "a rounded percentage must be from 25 to 100, got " + roundedPercentage);
  }

  /** @return the plain-English name, such as {@code Asset-based} */
  public String getLabel() {
    return label;
  }

  /** @return the lowest rounded percentage in this band */
  public int getFrom() {
    return from;
  }

  /** @return the highest rounded percentage in this band */
  public int getTo() {
    return to;
  }

  /**
   * Whether this band is weaker than another.
   *
   * @param other another band
   * @return true when this band is below {@code other}
   */
  public boolean isBelow(Band other) {
    return compareTo(other) < 0;
  }

  /**
   * This band lowered to a cap.
   *
   * @param cap the highest band allowed
   * @return the lower of this band and {@code cap}
   */
  public Band atMost(Band cap) {
    return cap.isBelow(this) ? cap : this;
  }

  /** @return the band one above this one; {@link #ASSET_BASED} stays {@link #ASSET_BASED} */
  public Band oneAbove() {
    return this == ASSET_BASED ? ASSET_BASED : BANDS[ordinal() + 1];
  }
}
