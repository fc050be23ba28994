package org.assetbasedarea.aba.assessment;

/** The role of a group of people who took part in an assessment. */
public enum Role {
  /** People who draw on care and support. */
  LIVED_EXPERIENCE("people with lived experience"),
  /** Unpaid carers. */
  CARER("carers"),
  /** Residents and community groups. */
  COMMUNITY("the community"),
  /** Voluntary and community sector organisations. */
  VCSE("the voluntary and community sector"),
  /** Providers of care and support. */
  PROVIDER("providers"),
  /** The NHS. */
  NHS("the NHS"),
  /** The council. */
  COUNCIL("the council"),
  /** Anyone else. */
  OTHER("others");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /**
   * The role in plain words, as people would name the group that owns a goal: {@code the
   * council}, {@code people with lived experience}.
   *
   * @return the label
   */
  public String getLabel() {
    return label;
  }

  /** @return true for the roles that make an assessment co-produced: lived experience, carer, community */
  public boolean isCoProduction() {
    return this == LIVED_EXPERIENCE || this == CARER || this == COMMUNITY;
  }
}
