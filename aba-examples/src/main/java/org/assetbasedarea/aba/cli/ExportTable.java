package org.assetbasedarea.aba.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tables {@code aba export} writes and their columns: the one definition the files' headers,
 * their rows, the column dictionary ({@code columns.csv}) and docs/export.md (a test holds them
 * equal) come from.
 */
enum ExportTable {
  /** One row per area, assessment and action of the framework (rated or not). */
  ACTIONS("actions"),

  /** One row per area, assessment and grouping of the framework. */
  GROUPINGS("groupings"),

  /** One row per area and assessment. */
  OVERALL("overall"),

  /** One row per area, period and indicator with a value. */
  OUTCOMES("outcomes");

  private static final List<Column> ACTION_COLUMNS = List.of(
      Column.text("grouping", "", "the id of the action's grouping"),
      Column.text("action", "", "the action id"),
      Column.text("status", "", "RATED, or NOT_ASSESSED when the assessment does not rate the action"),
      Column.integer("rating", "rating 1-4", "the rating as given; empty when not assessed"),
      Column.integer("effective_rating", "rating 1-4",
          "the rating that counts, after the caps; empty when not assessed"),
      Column.text("caps", "", "the caps that lowered the rating, semicolon-separated (NO_EVIDENCE;"
          + " NO_LIVED_EXPERIENCE_EVIDENCE); empty when none or not assessed"),
      Column.integer("evidence_count", "items", "how many evidence items the rating gives; empty when not assessed"));

  private static final List<Column> GROUPING_COLUMNS = List.of(
      Column.text("grouping", "", "the grouping id"),
      Column.integer("rated", "actions", "how many of the grouping's actions are rated"),
      Column.integer("actions", "actions", "how many actions the grouping has"),
      Column.decimal("percentage", "percent", "100 T / (4 n) over the rated actions, two decimals;"
          + " empty when nothing is rated"),
      Column.text("band", "", "STARTING, EMERGING, ESTABLISHED or ASSET_BASED; empty when nothing is rated"));

  private static final List<Column> OVERALL_COLUMNS = List.of(
      Column.integer("rated", "actions", "how many actions are rated (n)"),
      Column.integer("actions", "actions", "how many actions the framework has (N)"),
      Column.decimal("percentage", "percent", "100 T / (4 n) over every rated action, two decimals;"
          + " empty when nothing is rated"),
      Column.integer("percentage_rounded", "percent", "the percentage rounded half-up to a whole number;"
          + " empty when nothing is rated"),
      Column.text("percentage_band", "", "the band of the rounded percentage; empty when the status is"
          + " INSUFFICIENT"),
      Column.text("band", "", "the percentage band lowered by the limiters; empty when the status is"
          + " INSUFFICIENT"),
      Column.text("limiters", "", "the limiters that lowered the band, semicolon-separated"
          + " (L1_WEAKEST_GROUPING; L2_WEAK_ACTION; L3_NOT_CO_PRODUCED); empty when none"),
      Column.text("status", "", "COMPLETE, PROVISIONAL or INSUFFICIENT"),
      Column.bool("co_produced", "a participant had role LIVED_EXPERIENCE, CARER or COMMUNITY"));

  private static final List<Column> OUTCOME_COLUMNS = List.of(
      Column.text("indicator", "", "the indicator id"),
      Column.text("statistic", "", "SHARE or MEAN"),
      Column.text("unit", "", "the unit of this row's values, intervals, baseline and differences:"
          + " percent (a share; differences in percentage points) or score (a mean, on the indicator's scale)"),
      Column.bool("higher_is_better", "true when a higher value is a better outcome"),
      Column.text("outcomes", "", "the framework outcomes the indicator measures, semicolon-separated"),
      Column.text("expected_actions", "", "the actions expected to move those outcomes, semicolon-separated,"
          + " in framework order"),
      Column.bool("weighted", "true when the responses carry survey weights"),
      Column.text("policy", "", "the disclosure policy of every published figure of the row"),
      Column.text("marker", "", "[c] when disclosure control withholds the value (suppressed); empty when"
          + " the value is published"),
      Column.decimal("value", "see unit", "the published value, rounded as the policy says; empty when marked"),
      Column.decimal("lower", "see unit", "the lower end of the published 95 per cent interval; empty when"
          + " marked or there is none (a mean over one person)"),
      Column.decimal("upper", "see unit", "the upper end of the published 95 per cent interval; empty when"
          + " marked or there is none"),
      Column.integer("respondents", "people", "the published respondent count, rounded as the policy says;"
          + " empty when the count is itself too small to publish"),
      Column.decimal("baseline", "see unit", "the fixed reference value given with the data (a target, a"
          + " national figure); empty when none"),
      Column.text("baseline_change", "", "IMPROVING, WORSENING, NO_SIGNIFICANT_CHANGE or NOT_COMPARABLE"
          + " against the baseline; empty when there is no baseline or the value is marked"),
      Column.date("earlier_period_start", "the first day of the earlier period the change is measured"
          + " from (the area's previous period); empty when there is none or it cannot be compared"),
      Column.date("earlier_period_end", "the last day of that earlier period; empty as above"),
      Column.text("change", "", "IMPROVING, WORSENING, NO_SIGNIFICANT_CHANGE or NOT_COMPARABLE since the"
          + " earlier period, judged on the difference's 95 per cent interval; empty when there is no"
          + " difference or the difference is marked"),
      Column.text("difference_marker", "", "[c] when the difference is withheld (either period's value is);"
          + " empty otherwise"),
      Column.decimal("difference", "see unit", "the published difference later - earlier; empty when"
          + " there is none or it is marked"),
      Column.decimal("difference_lower", "see unit", "the lower end of the difference's published 95 per"
          + " cent interval; empty when there is none"),
      Column.decimal("difference_upper", "see unit", "the upper end of the difference's published 95 per"
          + " cent interval; empty when there is none"));

  private static final List<Column> RAW_OUTCOME_COLUMNS = List.of(
      Column.integer("raw_respondents", "people", "RAW: how many people the value rests on, not rounded"),
      Column.decimal("raw_effective_respondents", "people", "RAW: the sample size the interval uses (the"
          + " Kish effective size when weighted)"),
      Column.decimal("raw_value", "see unit", "RAW: the value, not rounded and never suppressed"),
      Column.decimal("raw_standard_deviation", "see unit", "RAW: a mean's sample standard deviation;"
          + " empty for a share or a mean over one person"),
      Column.decimal("raw_lower", "see unit", "RAW: the lower end of the 95 per cent interval; empty when"
          + " there is none"),
      Column.decimal("raw_upper", "see unit", "RAW: the upper end of the 95 per cent interval; empty when"
          + " there is none"),
      Column.decimal("raw_difference", "see unit", "RAW: the difference later - earlier, not rounded; empty"
          + " when there is none"),
      Column.decimal("raw_difference_lower", "see unit", "RAW: the lower end of the difference's 95 per cent"
          + " interval; empty when there is none"),
      Column.decimal("raw_difference_upper", "see unit", "RAW: the upper end of the difference's 95 per cent"
          + " interval; empty when there is none"));

  /** The column every table starts with under {@code --raw}. */
  static final Column NOT_FOR_PUBLICATION = Column.bool("not_for_publication",
      "only with --raw: always true; the file holds raw figures and is not for publication");

  /** The columns that identify an assessment, after which the score tables' own columns follow. */
  static final List<Column> ASSESSMENT_KEYS = List.of(
      Column.text("area_code", "", "the area's GSS code, such as E08000035"),
      Column.text("area_name", "", "the area's name as the document gives it"),
      Column.text("framework", "", "the framework id, such as aba-2020"),
      Column.text("rules", "", "the scoring rule set, aba-score-1"),
      Column.date("assessed_on", "the day of the assessment"));

  /** The columns that identify outcome data, after which the outcome table's own columns follow. */
  static final List<Column> OUTCOME_KEYS = List.of(
      Column.text("area_code", "", "the area's GSS code, such as E08000035"),
      Column.text("area_name", "", "the area's name as the outcome data give it"),
      Column.text("framework", "", "the framework id, such as aba-2020"),
      Column.date("period_start", "the first day of the period the outcome data cover"),
      Column.date("period_end", "the last day of that period"));

  private final String id;

  ExportTable(String id) {
    this.id = id;
  }

  /** The table's own columns, after its keys. */
  private List<Column> own() {
    switch (this) {
      case ACTIONS:
        return ACTION_COLUMNS;
      case GROUPINGS:
        return GROUPING_COLUMNS;
      case OVERALL:
        return OVERALL_COLUMNS;
      default:
        return OUTCOME_COLUMNS;
    }
  }

  /** The table's name, such as {@code actions}: its file is {@code actions.csv}. */
  String id() {
    return id;
  }

  /** The file of this table: {@code actions.csv}, or {@code actions-raw.ndjson} with {@code --raw}. */
  String fileName(boolean withRaw, String extension) {
    return id + (withRaw ? "-raw." : ".") + extension;
  }

  /** Every column, in file order: {@code not_for_publication} first with raw figures, then keys, own, raw. */
  List<Column> columns(boolean withRaw) {
    List<Column> columns = new ArrayList<>();
    if (withRaw) {
      columns.add(NOT_FOR_PUBLICATION);
    }
    columns.addAll(this == OUTCOMES ? OUTCOME_KEYS : ASSESSMENT_KEYS);
    columns.addAll(own());
    if (withRaw && this == OUTCOMES) {
      columns.addAll(RAW_OUTCOME_COLUMNS);
    }
    return List.copyOf(columns);
  }

  /** The name of the column dictionary's file. */
  static String dictionaryFileName(boolean withRaw) {
    return withRaw ? "columns-raw.csv" : "columns.csv";
  }

  /** The column dictionary's rows: table, column, type, unit, description; every table's every column. */
  static List<List<String>> dictionary(boolean withRaw) {
    List<List<String>> rows = new ArrayList<>();
    for (ExportTable table : values()) {
      for (Column column : table.columns(withRaw)) {
        rows.add(List.of(table.id, column.name(), column.type().label(), column.unit(), column.description()));
      }
    }
    return rows;
  }

  /** The header of the column dictionary. */
  static final List<String> DICTIONARY_HEADER = List.of("table", "column", "type", "unit", "description");

  /** A column's type, as the dictionary names it and the writers write it. */
  enum Type {
    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One column: snake_case name, type, unit (empty when none) and description. */
  record Column(String name, Type type, String unit, String description) {
    static Column text(String name, String unit, String description) {
      return new Column(name, Type.TEXT, unit, description);
    }

    static Column integer(String name, String unit, String description) {
      return new Column(name, Type.INTEGER, unit, description);
    }

    static Column decimal(String name, String unit, String description) {
      return new Column(name, Type.DECIMAL, unit, description);
    }

    static Column bool(String name, String description) {
      return new Column(name, Type.BOOLEAN, "", description);
    }

    static Column date(String name, String description) {
      return new Column(name, Type.DATE, "", description);
    }
  }

  /** A row being filled by column name (an unknown name is a bug), in the table's column order. */
  static final class Row {
    private final Map<String, Integer> index;
    private final @Nullable Object[] values;

    private Row(Map<String, Integer> index, int size) {
      this.index = index;
      this.values = new Object[size];
    }

    /** Sets a column; {@code null} is a missing value. */
    Row set(String column, @Nullable Object value) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      values[i] = value;
      return this;
    }

    @Nullable Object[] values() {
      return values;
    }
  }

  /** Makes rows of one table's columns. */
  static final class Rows {
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    Rows(List<Column> columns) {
      this.columns = columns;
      for (int i = 0; i < columns.size(); i++) {
        index.put(columns.get(i).name(), i);
      }
    }

    List<Column> columns() {
      return columns;
    }

    /** A new, empty row ({@code not_for_publication} set when the table has it). */
    Row row() {
      Row row = new Row(index, columns.size());
      if (index.containsKey(NOT_FOR_PUBLICATION.name())) {
        row.set(NOT_FOR_PUBLICATION.name(), true);
      }
      return row;
    }
  }
}
