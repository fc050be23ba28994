package org.assetbasedarea.aba.examples.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.report.AreaReport;
import org.assetbasedarea.aba.report.HtmlReport;
import org.assetbasedarea.aba.scoring.NotComparableException;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The areas: which have documents, the comparison of two of an area's assessments, and an area's
 * HTML report (the command-line tool's {@code aba report} page).
 */
@RestController
class AreaController {
  /** The report page's own policy, also sent as a header (the page carries it as a meta too). */
  private static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline';"
      + " img-src data:; base-uri 'none'; form-action 'none'";

  private final CaseStore store;
  private final Scorer scorer;

  AreaController(CaseStore store, Scorer scorer) {
    this.store = store;
    this.scorer = scorer;
  }

  @GetMapping("/areas")
  List<Summaries.Area> areas() {
    return store.areas(null);
  }

  @GetMapping("/areas/{code}")
  Summaries.Area area(@PathVariable("code") String code) {
    AreaCode area = DocumentEndpoints.area(code);
    return store.areas(area).stream().findFirst().orElseThrow(() -> noArea(area));
  }

  /**
   * The progress from one stored assessment of an area to another ({@code Scorer.progress}, as
   * {@code aba compare EARLIER LATER}).
   */
  @GetMapping("/areas/{code}/compare")
  ResponseEntity<Progress> compare(@PathVariable("code") String code,
      @RequestParam("earlier") @DateTimeFormat(iso = ISO.DATE) LocalDate earlier,
      @RequestParam("later") @DateTimeFormat(iso = ISO.DATE) LocalDate later) {
    AreaCode area = DocumentEndpoints.area(code);
    ScoreReport from = score(area, earlier);
    ScoreReport to = score(area, later);
    try {
      return ResponseEntity.ok(scorer.progress(from, to));
    } catch (NotComparableException e) {
      throw ServiceProblem.notComparable(String.valueOf(e.getMessage()));
    }
  }

  /**
   * The area's page of {@code aba report}: every stored assessment, outcome data and plan of the
   * area, rendered by the command-line tool's {@link HtmlReport}.
   */
  @GetMapping("/areas/{code}/report")
  ResponseEntity<String> report(@PathVariable("code") String code,
      @RequestParam(name = "disclosure", defaultValue = "ascof") String disclosure) {
    AreaCode area = DocumentEndpoints.area(code);
    DisclosurePolicy policy = DisclosurePolicy.find(disclosure).orElseThrow(() ->
        ServiceProblem.badRequest("'" + DocumentEndpoints.printable(disclosure)
            + "' is not a disclosure policy (known: " + String.join(", ",
                DisclosurePolicy.builtIn().stream().map(DisclosurePolicy::getId).toList()) + ")"));
    List<AreaReport> reports = AreaReport.group(store.all(DocumentKind.ASSESSMENT, area),
        store.all(DocumentKind.OUTCOME_DATA, area), store.all(DocumentKind.PLAN, area), scorer,
        policy);
    if (reports.isEmpty()) {
      throw noArea(area);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", REPORT_CSP)
        .body(new HtmlReport(scorer).standalonePage(reports.get(0)));
  }

  private ScoreReport score(AreaCode area, LocalDate assessedOn) {
    DocumentKey key = new DocumentKey(DocumentKind.ASSESSMENT, area, List.of(assessedOn));
    return store.score(key).orElseThrow(() -> DocumentEndpoints.notFound(key));
  }

  private static ServiceProblem noArea(AreaCode area) {
    return ServiceProblem.notFound("no document of area " + area + " is stored");
  }
}
