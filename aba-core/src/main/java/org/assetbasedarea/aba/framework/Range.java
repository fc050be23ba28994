package org.assetbasedarea.aba.framework;

import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.immutables.value.Value;

/**
 * The range a mean indicator's per-person values lie in, both ends included: ONS4 0-10, UCLA-3 3-9,
 * ASCOF 1A 0-24. Means, baselines and the axes of charts are bounded by it, and a standard
 * deviation by its width. Ends are finite, at most {@link #MAX_MAGNITUDE} in size, and the lower
 * end is below the upper.
 */
@Value.Immutable
public abstract class Range {
  /**
   * The largest magnitude of a range end, and the bounds of an indicator that declares no range:
   * values lie from {@code -MAX_MAGNITUDE} to {@code MAX_MAGNITUDE}. With it no arithmetic of the
   * library on a valid document gives a number that is not finite.
   */
  public static final double MAX_MAGNITUDE = 1e9;

  /** The bounds of a mean indicator that declares no range: {@code -1e9} to {@code 1e9}. */
  public static final Range UNBOUNDED = of(-MAX_MAGNITUDE, MAX_MAGNITUDE);

  /** The range of a share: a proportion from 0 to 1. */
  public static final Range PROPORTION = of(0, 1);

  Range() {}

  /** @return the lower end */
  public abstract double getMin();

  /** @return the upper end, above the lower */
  public abstract double getMax();

  /** @return the width, {@code max - min} */
  public double width() {
    return getMax() - getMin();
  }

  /**
   * Whether a value lies in the range, ends included.
   *
   * @param value a value
   * @return true when {@code min <= value <= max}
   */
  public boolean contains(double value) {
    return getMin() <= value && value <= getMax();
  }

  /**
   * The range as people read it: {@code 0-10}, or {@code -1e9 to 1e9} for {@link #UNBOUNDED}.
   *
   * @return the text
   */
  public String describe() {
    if (equals(UNBOUNDED)) {
      return "-1e9 to 1e9";
    }
    return number(getMin()) + (getMin() < 0 ? " to " : "-") + number(getMax());
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value) : String.valueOf(value);
  }

  /**
   * Creates a range.
   *
   * @param min the lower end
   * @param max the upper end
   * @return the range
   * @throws InvalidFrameworkException when an end is not finite or beyond {@link #MAX_MAGNITUDE},
   *     or {@code max} is not above {@code min}
   */
  public static Range of(double min, double max) {
    return builder().min(min).max(max).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<Issue> issues = new ArrayList<>();
    if (!(Math.abs(getMin()) <= MAX_MAGNITUDE)) {
      issues.add(Issue.of("/min", IssueCode.INVALID_FRAMEWORK,
          "a range end must be a finite number from -1e9 to 1e9"));
    }
    if (!(Math.abs(getMax()) <= MAX_MAGNITUDE)) {
      issues.add(Issue.of("/max", IssueCode.INVALID_FRAMEWORK,
          "a range end must be a finite number from -1e9 to 1e9"));
    }
    if (issues.isEmpty() && !(getMin() < getMax())) {
      issues.add(Issue.of("/max", IssueCode.INVALID_FRAMEWORK,
          "the upper end of a range must be above its lower end"));
    }
    Ids.throwIfAny(issues);
  }

  /** Builds a {@link Range}. */
  public static final class Builder extends ImmutableRange.Builder {
    Builder() {}
  }
}
