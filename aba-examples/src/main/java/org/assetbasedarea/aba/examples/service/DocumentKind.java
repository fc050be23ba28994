package org.assetbasedarea.aba.examples.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;

/**
 * One kind of stored document: its table, the natural key that identifies a document of an area
 * (one or two dates), and where it lives in the API.
 *
 * @param <T> the document's Java type
 */
final class DocumentKind<T> {
  /** Assessments, keyed by {@code assessedOn}; stored with their score reports. */
  static final DocumentKind<Assessment> ASSESSMENT = new DocumentKind<>(
      "assessment", "assessments", "assessments", List.of("assessed_on"), DocumentType.ASSESSMENT,
      Assessment::getArea, a -> List.of(a.getAssessedOn()));
  /** Outcome data, keyed by their period (start and end). */
  static final DocumentKind<OutcomeData> OUTCOME_DATA = new DocumentKind<>(
      "outcome data", "outcome_data", "outcome-data", List.of("period_start", "period_end"),
      DocumentType.OUTCOME_DATA, OutcomeData::getArea,
      d -> List.of(d.getPeriod().getStart(), d.getPeriod().getEnd()));
  /** Plans and 100-day challenges, keyed by {@code startsOn}. */
  static final DocumentKind<Plan> PLAN = new DocumentKind<>(
      "plan", "plans", "plans", List.of("starts_on"), DocumentType.PLAN, Plan::getArea,
      p -> List.of(p.getStartsOn()));

  private final String noun;
  private final String table;
  private final String segment;
  private final List<String> keyColumns;
  private final DocumentType<T> type;
  private final Function<T, Area> area;
  private final Function<T, List<LocalDate>> key;

  private DocumentKind(String noun, String table, String segment, List<String> keyColumns,
      DocumentType<T> type, Function<T, Area> area, Function<T, List<LocalDate>> key) {
    this.noun = noun;
    this.table = table;
    this.segment = segment;
    this.keyColumns = keyColumns;
    this.type = type;
    this.area = area;
    this.key = key;
  }

  /** @return what a document of this kind is called in messages ("assessment") */
  String noun() {
    return noun;
  }

  /** @return the table */
  String table() {
    return table;
  }

  /** @return the path segment under an area ("outcome-data") */
  String segment() {
    return segment;
  }

  /** @return the key's date columns, in key order */
  List<String> keyColumns() {
    return keyColumns;
  }

  /** @return the document type, for reading and checking the stored JSON */
  DocumentType<T> type() {
    return type;
  }

  /**
   * @param document a document of this kind
   * @return its key: the area code and the dates that identify it
   */
  DocumentKey keyOf(T document) {
    return new DocumentKey(this, area.apply(document).getCode(), key.apply(document));
  }

  @Override
  public String toString() {
    return noun;
  }
}
