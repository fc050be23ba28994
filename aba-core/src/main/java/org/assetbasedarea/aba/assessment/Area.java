package org.assetbasedarea.aba.assessment;

import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** An area: its GSS code and its name. */
@Value.Immutable
public abstract class Area {
  Area() {}

  /** @return the GSS code */
  public abstract AreaCode getCode();

  /** @return the area's name, 1-200 characters, with a visible character and no disallowed one */
  @VisibleText
  @PlainText
  @MaxChars(value = 200, message = "must be at most 200 characters")
  public abstract String getName();

  /**
   * Creates an area.
   *
   * @param code a GSS code, such as {@code E08000035}
   * @param name the area's name
   * @return the area
   * @throws IllegalArgumentException when the code is not a well-formed GSS code
   */
  public static Area of(String code, String name) {
    return of(AreaCode.of(code), name);
  }

  /**
   * Creates an area.
   *
   * @param code the GSS code
   * @param name the area's name
   * @return the area
   */
  public static Area of(AreaCode code, String name) {
    return builder().code(code).name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Area}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }
}
