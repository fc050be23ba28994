package org.assetbasedarea.aba.json;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.PlanGenerator;

/** Valid documents of every type, generated from a seeded random source, for the fuzzers. */
final class ValidDocuments {
  private static final AbaJson JSON = AbaJson.standard();

  private ValidDocuments() {}

  /** A valid document of a type, written compact or indented at random. */
  static byte[] bytes(Random random, DocumentType<?> type) {
    Object document = document(random, type);
    return random.nextBoolean() ? JSON.write(document)
        : JSON.writePretty(document).getBytes(StandardCharsets.UTF_8);
  }

  /** A valid document of a type. */
  static Object document(Random random, DocumentType<?> type) {
    Object document;
    switch (type.getName()) {
      case "framework":
        document = random.nextBoolean() ? Frameworks.aba2020() : OutcomeDocuments.localFramework();
        break;
      case "score-report":
        document = Scorer.standard().score(AssessmentGenerator.validAssessment(random));
        break;
      case "progress":
        Assessment earlier =
            AssessmentGenerator.validAssessment(random, Frameworks.aba2020(), 3);
        Assessment later = Assessment.builder()
            .from(AssessmentGenerator.validAssessment(random, Frameworks.aba2020(), 5))
            .area(earlier.getArea())
            .assessedOn(earlier.getAssessedOn().plusDays(random.nextInt(400)))
            .build();
        document = Scorer.standard().progress(
            Scorer.standard().score(earlier), Scorer.standard().score(later));
        break;
      case "outcome-data":
        document = OutcomeDocuments.data(random, random.nextInt(6));
        break;
      case "approach-catalogue":
        document = random.nextBoolean() ? Frameworks.aba2020Approaches()
            : OutcomeDocuments.localCatalogue();
        break;
      case "outcome-report":
        document = OutcomeDocuments.report(random, OutcomeDocuments.data(random, random.nextInt(6)));
        break;
      case "plan":
        document = PlanGenerator.validPlan(random);
        break;
      default:
        document = AssessmentGenerator.validAssessment(random, Frameworks.aba2020(),
            random.nextInt(4));
        break;
    }
    return document;
  }
}
