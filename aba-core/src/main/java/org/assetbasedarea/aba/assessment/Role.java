package org.assetbasedarea.aba.assessment;

/** The role of a group of people who took part in an assessment. */
public enum Role {
  /** People who draw on care and support. */
  LIVED_EXPERIENCE,
  /** Unpaid carers. */
  CARER,
  /** Residents and community groups. */
  COMMUNITY,
  /** Voluntary and community sector organisations. */
  VCSE,
  /** Providers of care and support. */
  PROVIDER,
  /** The NHS. */
  NHS,
  /** The council. */
  COUNCIL,
  /** Anyone else. */
  OTHER;

  /** @return true for the roles that make an assessment co-produced: lived experience, carer, community */
  public boolean isCoProduction() {
    return this == LIVED_EXPERIENCE || this == CARER || this == COMMUNITY;
  }
}
