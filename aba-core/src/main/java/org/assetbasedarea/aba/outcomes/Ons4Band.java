package org.assetbasedarea.aba.outcomes;

/**
 * The bands ONS publishes ONS4 answers in. Life satisfaction, worthwhile and happiness use {@link
 * #LOW} 0-4, {@link #MEDIUM} 5-6, {@link #HIGH} 7-8 and {@link #VERY_HIGH} 9-10; anxiety uses
 * {@link #VERY_LOW} 0-1, {@link #LOW} 2-3, {@link #MEDIUM} 4-5 and {@link #HIGH} 6-10.
 */
public enum Ons4Band {
  /** Anxiety 0-1. */
  VERY_LOW,
  /** Life satisfaction, worthwhile, happiness 0-4; anxiety 2-3. */
  LOW,
  /** Life satisfaction, worthwhile, happiness 5-6; anxiety 4-5. */
  MEDIUM,
  /** Life satisfaction, worthwhile, happiness 7-8; anxiety 6-10. */
  HIGH,
  /** Life satisfaction, worthwhile, happiness 9-10. */
  VERY_HIGH
}
