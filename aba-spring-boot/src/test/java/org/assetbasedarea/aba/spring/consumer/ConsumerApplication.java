package org.assetbasedarea.aba.spring.consumer;

import jakarta.validation.Valid;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fresh Spring Boot application as a council developer writes one, with aba-spring-boot added
 * and nothing configured for aba: {@code @Valid @RequestBody} of each document type.
 */
@SpringBootApplication
public class ConsumerApplication {
  /** The application's controller: echoes each document type, and scores. */
  @RestController
  static class DocumentsController {
    private final Scorer scorer;

    DocumentsController(Scorer scorer) {
      this.scorer = scorer;
    }

    @PostMapping("/score")
    ScoreReport score(@Valid @RequestBody Assessment assessment) {
      return scorer.score(assessment);
    }

    @PostMapping("/echo/assessment")
    Assessment assessment(@Valid @RequestBody Assessment document) {
      return document;
    }

    @PostMapping("/echo/framework")
    Framework framework(@Valid @RequestBody Framework document) {
      return document;
    }

    @PostMapping("/echo/score-report")
    ScoreReport scoreReport(@Valid @RequestBody ScoreReport document) {
      return document;
    }

    @PostMapping("/echo/progress")
    Progress progress(@Valid @RequestBody Progress document) {
      return document;
    }

    @PostMapping("/echo/outcome-data")
    OutcomeData outcomeData(@Valid @RequestBody OutcomeData document) {
      return document;
    }

    @PostMapping("/echo/outcome-report")
    OutcomeReport outcomeReport(@Valid @RequestBody OutcomeReport document) {
      return document;
    }

    @PostMapping("/echo/plan")
    Plan plan(@Valid @RequestBody Plan document) {
      return document;
    }

    @PostMapping("/echo/approach-catalogue")
    ApproachCatalogue approachCatalogue(@Valid @RequestBody ApproachCatalogue document) {
      return document;
    }
  }
}
