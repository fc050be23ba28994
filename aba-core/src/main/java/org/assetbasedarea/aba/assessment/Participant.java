package org.assetbasedarea.aba.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/** How many people of one role took part in an assessment. */
@Value.Immutable
public abstract class Participant {
  /** The largest count accepted. */
  public static final int MAX_COUNT = 100_000;

  Participant() {}

  /** @return the role */
  public abstract Role getRole();

  /** @return how many people of this role took part, 1-100000 */
  @Min(value = 1, message = "must be from 1 to 100000")
  @Max(value = MAX_COUNT, message = "must be from 1 to 100000")
  public abstract int getCount();

  /**
   * Creates a participant entry.
   *
   * @param role the role
   * @param count how many people of that role took part
   * @return the entry
   */
  public static Participant of(Role role, int count) {
    return builder().role(role).count(count).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
