package org.assetbasedarea.aba.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.scoring.Band;
import org.assetbasedarea.aba.scoring.Status;
import org.jspecify.annotations.Nullable;

/**
 * One area's assessments over time, as compact figures: per assessment its date, overall and
 * grouping percentages (in hundredths), effective ratings (one byte each, 0 when not assessed),
 * band and status. Sorted by date once the view is computed.
 */
public final class AreaSeries {
  private static final Band[] BANDS = Band.values();
  private static final Status[] STATUSES = Status.values();

  private final AreaCode code;
  private final int groupings;
  private final int actions;
  private String name;
  private int nameDay = Integer.MIN_VALUE;
  private int size;
  private int[] days = new int[2];
  private int[] overall = new int[2];
  private short[] groupingHundredths;
  private byte[] ratings;
  private byte[] bands = new byte[2];
  private byte[] statuses = new byte[2];
  private long[] origins = new long[2];
  private @Nullable String group;
  private @Nullable String comparedIn;
  private NetworkView.@Nullable Position position;
  private @Nullable Period outcomePeriod;
  private @Nullable Map<String, PublishedValue> outcomes;

  AreaSeries(AreaCode code, String name, int groupings, int actions) {
    this.code = code;
    this.name = name;
    this.groupings = groupings;
    this.actions = actions;
    this.groupingHundredths = new short[2 * groupings];
    this.ratings = new byte[2 * actions];
  }

  /** Adds an assessment; the arrays hold its figures at the returned index. */
  int add(int day, String areaName, int overallHundredths, int band, int status, long origin) {
    if (size == days.length) {
      int capacity = size * 2;
      days = Arrays.copyOf(days, capacity);
      overall = Arrays.copyOf(overall, capacity);
      bands = Arrays.copyOf(bands, capacity);
      statuses = Arrays.copyOf(statuses, capacity);
      origins = Arrays.copyOf(origins, capacity);
      groupingHundredths = Arrays.copyOf(groupingHundredths, capacity * groupings);
      ratings = Arrays.copyOf(ratings, capacity * actions);
    }
    if (day > nameDay || (day == nameDay && areaName.compareTo(name) < 0)) {
      name = areaName;
      nameDay = day;
    }
    days[size] = day;
    overall[size] = overallHundredths;
    bands[size] = (byte) band;
    statuses[size] = (byte) status;
    origins[size] = origin;
    return size++;
  }

  void setGrouping(int index, int grouping, int hundredths) {
    groupingHundredths[index * groupings + grouping] = (short) hundredths;
  }

  void setRating(int index, int action, int effectiveRating) {
    ratings[index * actions + action] = (byte) effectiveRating;
  }

  /** Sorts the assessments by date; returns the index of a date met twice, or -1. */
  int sortByDate() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(days[a], days[b]));
    int[] d = new int[size];
    int[] o = new int[size];
    byte[] b = new byte[size];
    byte[] s = new byte[size];
    long[] or = new long[size];
    short[] g = new short[size * groupings];
    byte[] r = new byte[size * actions];
    for (int i = 0; i < size; i++) {
      int from = order[i];
      d[i] = days[from];
      o[i] = overall[from];
      b[i] = bands[from];
      s[i] = statuses[from];
      or[i] = origins[from];
      System.arraycopy(groupingHundredths, from * groupings, g, i * groupings, groupings);
      System.arraycopy(ratings, from * actions, r, i * actions, actions);
    }
    days = d;
    overall = o;
    bands = b;
    statuses = s;
    origins = or;
    groupingHundredths = g;
    ratings = r;
    for (int i = 1; i < size; i++) {
      if (days[i] == days[i - 1]) {
        return i;
      }
    }
    return -1;
  }

  long origin(int index) {
    return origins[index];
  }

  int day(int index) {
    return days[index];
  }

  void setGroup(String group) {
    this.group = group;
  }

  void setComparedIn(@Nullable String comparison) {
    this.comparedIn = comparison;
  }

  void setPosition(NetworkView.@Nullable Position position) {
    this.position = position;
  }

  void setOutcomes(Period period, Map<String, PublishedValue> published) {
    this.outcomePeriod = period;
    this.outcomes = published;
  }

  /** @return the area's code */
  public AreaCode getCode() {
    return code;
  }

  /** @return the area's name in its latest assessment */
  public String getName() {
    return name;
  }

  /** @return the area's peer group (its id) */
  public String getGroup() {
    return Objects.requireNonNull(group, "group");
  }

  /**
   * @return the id of the comparison the area is counted in besides the network's: its own
   *     group's, {@value PeerGroups#POOLED}, or null when its group is withheld
   */
  public @Nullable String getComparedIn() {
    return comparedIn;
  }

  /** @return the area's position against the network and its group; null when withheld */
  public NetworkView.@Nullable Position getPosition() {
    return position;
  }

  /** @return the period of the area's latest outcome data; null without outcome data */
  public @Nullable Period getOutcomePeriod() {
    return outcomePeriod;
  }

  /** @return the latest period's published figures by indicator id; empty without outcome data */
  public Map<String, PublishedValue> getOutcomes() {
    return outcomes == null ? Map.of() : outcomes;
  }

  /** @return how many assessments the area has */
  public int size() {
    return size;
  }

  /**
   * @param index 0 to size() - 1, by date
   * @return the assessment's date
   */
  public LocalDate assessedOn(int index) {
    return LocalDate.ofEpochDay(days[check(index)]);
  }

  /**
   * @param index 0 to size() - 1, by date
   * @return the overall percentage in hundredths, or -1 when there is none
   */
  public int overallHundredths(int index) {
    return overall[check(index)];
  }

  /**
   * @param index 0 to size() - 1, by date
   * @return the overall percentage, or null when there is none
   */
  public @Nullable BigDecimal overall(int index) {
    int value = overall[check(index)];
    return value < 0 ? null : BigDecimal.valueOf(value, 2);
  }

  /**
   * @param index 0 to size() - 1, by date
   * @param grouping the grouping's index in framework order
   * @return the grouping's percentage, or null when none of its actions is rated
   */
  public @Nullable BigDecimal grouping(int index, int grouping) {
    int value = groupingHundredths[check(index) * groupings + grouping];
    return value < 0 ? null : BigDecimal.valueOf(value, 2);
  }

  int groupingHundredths(int index, int grouping) {
    return groupingHundredths[index * groupings + grouping];
  }

  /**
   * @param index 0 to size() - 1, by date
   * @param action the action's index in framework order
   * @return the effective rating 1-4, or 0 when the action is not assessed
   */
  public int rating(int index, int action) {
    return ratings[check(index) * actions + action];
  }

  /**
   * @param index 0 to size() - 1, by date
   * @return the band after limiters, or null when the report has none
   */
  public @Nullable Band band(int index) {
    int value = bands[check(index)];
    return value == 0 ? null : BANDS[value - 1];
  }

  /**
   * @param index 0 to size() - 1, by date
   * @return the report's status
   */
  public Status status(int index) {
    return STATUSES[statuses[check(index)]];
  }

  private int check(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return index;
  }
}
