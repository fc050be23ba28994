package org.assetbasedarea.aba.assessment;

/** The kind of an evidence item: the Care Quality Commission's evidence categories, plus outcomes. */
public enum EvidenceKind {
  /** What people who draw on care and support, carers and community members say. */
  PEOPLES_EXPERIENCE,
  /** Feedback from the council's and partners' staff and leaders. */
  STAFF_AND_LEADERS,
  /** Feedback from partners: NHS, voluntary and community sector, providers. */
  PARTNERS,
  /** Documents, plans, contracts, registers, data about how things are done. */
  PROCESSES,
  /** Measured outcomes for people. */
  OUTCOMES
}
