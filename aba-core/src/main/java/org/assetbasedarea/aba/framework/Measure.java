package org.assetbasedarea.aba.framework;

/** The open outcome measure an indicator derives from (see the licensing notes in the README). */
public enum Measure {
  /** ONS personal wellbeing: four questions answered 0-10. */
  ONS4,
  /** The ONS direct loneliness question: "How often do you feel lonely?", five options. */
  LONELINESS,
  /** The three-item UCLA loneliness scale, each item coded 1-3. */
  UCLA3,
  /** Survey-based measures of the Adult Social Care Outcomes Framework, answers coded 1-4. */
  ASCOF,
  /** Anything else, supplied by the user as pre-aggregated figures. */
  OTHER
}
