package org.assetbasedarea.aba.assessment;

import java.io.Serializable;
import java.util.Objects;

/**
 * An ONS Government Statistical Service (GSS) area code: one of {@code E}, {@code W}, {@code S} or
 * {@code N}, then eight digits, such as {@code E08000035}. An instance is always well-formed.
 */
public final class AreaCode implements Comparable<AreaCode>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The format as a regular expression, as the JSON Schema publishes it. */
  public static final String PATTERN = "^[EWSN][0-9]{8}$";

  private final String code;

  private AreaCode(String code) {
    this.code = code;
  }

  /**
   * Parses a GSS code.
   *
   * @param code nine characters: {@code E}, {@code W}, {@code S} or {@code N}, then eight digits
   * @return the area code
   * @throws NullPointerException when {@code code} is null
   * @throws IllegalArgumentException when it is not a well-formed GSS code
   */
  public static AreaCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (!isValid(code)) {
      throw new IllegalArgumentException(
          "area code must be E, W, S or N followed by 8 digits, like E08000035");
    }
    return new AreaCode(code);
  }

  /**
   * Whether a string is a well-formed GSS code.
   *
   * @param code a candidate
   * @return true when {@link #of(String)} would accept it
   * @throws NullPointerException when {@code code} is null
   */
  public static boolean isValid(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != 9 || "EWSN".indexOf(code.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < 9; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** @return the nation letter: {@code E} England, {@code W} Wales, {@code S} Scotland, {@code N} Northern Ireland */
  public char getNation() {
    return code.charAt(0);
  }

  /** @return the entity prefix, such as {@code E08} for a metropolitan district */
  public String getEntity() {
    return code.substring(0, 3);
  }

  @Override
  public int compareTo(AreaCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AreaCode && ((AreaCode) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the nine-character code */
  @Override
  public String toString() {
    return code;
  }

  private Object readResolve() {
    return of(code);
  }
}
