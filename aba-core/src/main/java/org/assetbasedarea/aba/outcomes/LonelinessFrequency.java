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
  NEVER
}
