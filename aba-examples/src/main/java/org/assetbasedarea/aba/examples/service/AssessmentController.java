package org.assetbasedarea.aba.examples.service;

import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.scoring.ScoreReport;
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

/** An area's assessments, keyed by {@code assessedOn}, and their score reports. */
@RestController
@RequestMapping("/areas/{code}/assessments")
class AssessmentController {
  private final DocumentEndpoints endpoints;
  private final CaseStore store;

  AssessmentController(DocumentEndpoints endpoints, CaseStore store) {
    this.endpoints = endpoints;
    this.store = store;
  }

  @PostMapping
  ResponseEntity<Assessment> create(@PathVariable("code") String code,
      @RequestBody Assessment assessment) {
    return endpoints.create(DocumentKind.ASSESSMENT, code, assessment);
  }

  @GetMapping
  List<Summaries.Assessment> list(@PathVariable("code") String code) {
    return store.assessments(DocumentEndpoints.area(code));
  }

  @GetMapping("/{assessedOn}")
  ResponseEntity<Assessment> read(@PathVariable("code") String code,
      @PathVariable("assessedOn") @DateTimeFormat(iso = ISO.DATE) LocalDate assessedOn) {
    return endpoints.read(DocumentKind.ASSESSMENT, code, List.of(assessedOn));
  }

  @PutMapping("/{assessedOn}")
  ResponseEntity<Assessment> update(@PathVariable("code") String code,
      @PathVariable("assessedOn") @DateTimeFormat(iso = ISO.DATE) LocalDate assessedOn,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody Assessment assessment) {
    return endpoints.update(DocumentKind.ASSESSMENT, code, List.of(assessedOn), ifMatch,
        assessment);
  }

  @GetMapping("/{assessedOn}/score")
  ResponseEntity<ScoreReport> score(@PathVariable("code") String code,
      @PathVariable("assessedOn") @DateTimeFormat(iso = ISO.DATE) LocalDate assessedOn) {
    DocumentKey key =
        new DocumentKey(DocumentKind.ASSESSMENT, DocumentEndpoints.area(code), List.of(assessedOn));
    ScoreReport report = store.score(key).orElseThrow(() -> DocumentEndpoints.notFound(key));
    return ResponseEntity.ok(report);
  }
}
