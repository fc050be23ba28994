package org.assetbasedarea.aba.examples.service;

import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.plan.Plan;
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

/** An area's improvement plans and 100-day challenges, keyed by {@code startsOn}. */
@RestController
@RequestMapping("/areas/{code}/plans")
class PlanController {
  private final DocumentEndpoints endpoints;
  private final CaseStore store;

  PlanController(DocumentEndpoints endpoints, CaseStore store) {
    this.endpoints = endpoints;
    this.store = store;
  }

  @PostMapping
  ResponseEntity<Plan> create(@PathVariable("code") String code, @RequestBody Plan plan) {
    return endpoints.create(DocumentKind.PLAN, code, plan);
  }

  @GetMapping
  List<Summaries.Plan> list(@PathVariable("code") String code) {
    return store.plans(DocumentEndpoints.area(code));
  }

  @GetMapping("/{startsOn}")
  ResponseEntity<Plan> read(@PathVariable("code") String code,
      @PathVariable("startsOn") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn) {
    return endpoints.read(DocumentKind.PLAN, code, List.of(startsOn));
  }

  @PutMapping("/{startsOn}")
  ResponseEntity<Plan> update(@PathVariable("code") String code,
      @PathVariable("startsOn") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody Plan plan) {
    return endpoints.update(DocumentKind.PLAN, code, List.of(startsOn), ifMatch, plan);
  }
}
