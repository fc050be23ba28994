package org.assetbasedarea.aba.examples.service;

import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An area's outcome data, keyed by their period: {@code /outcome-data/{start}/{end}}. */
@RestController
@RequestMapping("/areas/{code}/outcome-data")
class OutcomeDataController {
  private final DocumentEndpoints endpoints;
  private final CaseStore store;

  OutcomeDataController(DocumentEndpoints endpoints, CaseStore store) {
    this.endpoints = endpoints;
    this.store = store;
  }

  @PostMapping
  ResponseEntity<OutcomeData> create(@PathVariable("code") String code,
      @RequestBody OutcomeData data) {
    return endpoints.create(DocumentKind.OUTCOME_DATA, code, data);
  }

  @GetMapping
  List<Summaries.OutcomeData> list(@PathVariable("code") String code) {
    return store.outcomeData(DocumentEndpoints.area(code));
  }

  @GetMapping("/{start}/{end}")
  ResponseEntity<OutcomeData> read(@PathVariable("code") String code,
      @PathVariable("start") @DateTimeFormat(iso = ISO.DATE) LocalDate start,
      @PathVariable("end") @DateTimeFormat(iso = ISO.DATE) LocalDate end) {
    return endpoints.read(DocumentKind.OUTCOME_DATA, code, List.of(start, end));
  }

  @PutMapping("/{start}/{end}")
  ResponseEntity<OutcomeData> update(@PathVariable("code") String code,
      @PathVariable("start") @DateTimeFormat(iso = ISO.DATE) LocalDate start,
      @PathVariable("end") @DateTimeFormat(iso = ISO.DATE) LocalDate end,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody OutcomeData data) {
    return endpoints.update(DocumentKind.OUTCOME_DATA, code, List.of(start, end), ifMatch, data);
  }
}
