package consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.InvalidDocumentException;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import tools.jackson.databind.json.JsonMapper;

/** Reads, scores, writes and validates, printing one line per result for the test to check. */
public final class Main {
  public static void main(String[] args) throws Exception {
    String json = Files.readString(Path.of(args[0]));
    AbaJson aba = AbaJson.standard();

    ReadResult<Assessment> read = aba.read(json, DocumentType.ASSESSMENT);
    System.out.println("valid: " + read.isValid());
    Assessment assessment = read.getDocument().orElseThrow();
    ScoreReport report = Scorer.standard().score(assessment);
    System.out.println("score: " + report.getStatus() + " " + report.getOverall().getBand().orElse(null));
    System.out.println("writes: " + aba.writeString(report).startsWith("{\"schemaVersion\":1,"));
    System.out.println("round trip: " + aba.read(aba.write(assessment), DocumentType.ASSESSMENT)
        .getDocument().orElseThrow().equals(assessment));

    ReadResult<Assessment> invalid = aba.read(json.replaceFirst("\"rating\" *: *[0-9]",
        "\"rating\": 7").replace("\"framework\"", "\"evidance\": [], \"framework\""),
        DocumentType.ASSESSMENT);
    for (Issue issue : invalid.getIssues()) {
      System.out.println("issue: " + issue.getPath() + " " + issue.getCode());
    }

    ReadResult<Assessment> unknownAction = aba.read(json.replace("\"share-power\"",
        "\"no-such-action\""), DocumentType.ASSESSMENT);
    for (Issue issue : unknownAction.getIssues()) {
      System.out.println("issue: " + issue.getPath() + " " + issue.getCode());
    }

    System.out.println("schema: " + DocumentType.ASSESSMENT.getSchema().contains("\"$id\""));

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    System.out.println("mapper binds: " + mapper.readValue(json, Assessment.class).equals(assessment));
    try {
      mapper.readValue(json.replace("\"framework\"", "\"evidance\": [], \"framework\""),
          Assessment.class);
      System.out.println("mapper refuses: false");
    } catch (InvalidDocumentException e) {
      System.out.println("mapper refuses: " + e.getIssues().get(0).getCode());
    }

    Validator validator = Validation.byDefaultProvider().configure()
        .messageInterpolator(new Literal()).buildValidatorFactory().getValidator();
    Assessment broken = Assessment.builder().from(assessment).framework("no-such-framework").build();
    Set<String> violations = new TreeSet<>();
    for (ConstraintViolation<Assessment> violation : validator.validate(broken)) {
      violations.add(violation.getPropertyPath() + " " + violation.getMessage());
    }
    System.out.println("jakarta valid: " + validator.validate(assessment).isEmpty());
    for (String violation : violations) {
      System.out.println("jakarta: " + violation);
    }

    Plan plan = Plans.draft(assessment, Scorer.standard(), assessment.getAssessedOn());
    System.out.println("plan round trip: " + aba.read(aba.write(plan), DocumentType.PLAN)
        .getDocument().orElseThrow().equals(plan));
    Plan late = Plan.builder().from(plan).endsOn(plan.getStartsOn().plusDays(100)).build();
    for (ConstraintViolation<Plan> violation : validator.validate(late)) {
      System.out.println("jakarta plan: " + violation.getPropertyPath() + " "
          + violation.getMessage());
    }
  }

  /** Messages as written: no expression language on this module path. */
  private static final class Literal implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
