package org.assetbasedarea.aba.examples.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.assetbasedarea.aba.assessment.AreaCode;

/**
 * Identifies one stored document: its kind, its area and the dates of its natural key
 * ({@code assessedOn}; a period's start and end; {@code startsOn}).
 *
 * @param kind the kind of document
 * @param area the area
 * @param dates the key's dates, in the order of {@link DocumentKind#keyColumns()}
 */
record DocumentKey(DocumentKind<?> kind, AreaCode area, List<LocalDate> dates) {
  DocumentKey {
    dates = List.copyOf(dates);
    if (dates.size() != kind.keyColumns().size()) {
      throw new IllegalArgumentException(kind + " keys have " + kind.keyColumns().size() + " dates");
    }
  }

  /** @return the document's path in the API, such as {@code /areas/E08000999/assessments/2026-03-31} */
  String path() {
    return "/areas/" + area + "/" + kind.segment() + "/"
        + dates.stream().map(LocalDate::toString).collect(Collectors.joining("/"));
  }

  /** @return the key in words, such as {@code E08000999, 2026-03-31} or {@code ..., 2025-10-01 to 2026-02-28} */
  String describe() {
    return area + ", " + dates.stream().map(LocalDate::toString).collect(Collectors.joining(" to "));
  }
}
