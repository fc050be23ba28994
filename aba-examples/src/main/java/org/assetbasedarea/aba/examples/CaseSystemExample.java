package org.assetbasedarea.aba.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Embedding aba in a council case system: validate on write with the application's own Jakarta
 * Validator (as Spring Boot injects one), keep the assessment as JSON text (as it would sit in a
 * PostgreSQL {@code jsonb} column), and score on read.
 *
 * <p>The store here is a map standing in for the table; the rest is what the service would do.
 */
public final class CaseSystemExample {
  private final Validator validator;
  private final AbaJson json = AbaJson.standard();
  private final Scorer scorer = Scorer.standard();
  private final Map<Long, String> table = new LinkedHashMap<>();
  private long nextId = 1;

  /**
   * A service over the application's validator.
   *
   * @param validator any Jakarta Validator, such as the one Spring Boot configures
   */
  public CaseSystemExample(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Validates and stores an assessment: the plain Jakarta Validator sees every constraint,
   * including the cross-field rules (unknown or duplicate actions), because the model's accessors
   * are JavaBean getters.
   *
   * @param assessment an assessment as the case system's form built it
   * @return the new row's id
   * @throws IllegalArgumentException listing every violation, when the assessment is not valid
   */
  public long save(Assessment assessment) {
    Set<ConstraintViolation<Assessment>> violations = validator.validate(assessment);
    if (!violations.isEmpty()) {
      Set<String> messages = new TreeSet<>();
      for (ConstraintViolation<Assessment> violation : violations) {
        messages.add(violation.getPropertyPath() + ": " + violation.getMessage());
      }
      throw new IllegalArgumentException("not saved: " + String.join("; ", messages));
    }
    long id = nextId++;
    table.put(id, json.writeString(assessment)); // INSERT INTO assessment (id, body) VALUES (?, ?::jsonb)
    return id;
  }

  /**
   * The stored JSON of a row, as the database holds it.
   *
   * @param id a row id
   * @return the JSON text
   */
  public String json(long id) {
    String body = table.get(id);
    if (body == null) {
      throw new IllegalArgumentException("no assessment with id " + id);
    }
    return body;
  }

  /**
   * Reads a row back and scores it. Reading checks the JSON again (the column may have been
   * edited by hand or written by an older version).
   *
   * @param id a row id
   * @return the score report
   * @throws IllegalStateException when the stored JSON is no longer a valid assessment
   */
  public ScoreReport score(long id) {
    ReadResult<Assessment> read = json.read(json(id), DocumentType.ASSESSMENT);
    Assessment assessment = read.getDocument().orElseThrow(() ->
        new IllegalStateException("stored assessment " + id + " is not valid: " + read.getIssues()));
    return scorer.score(assessment);
  }

  /**
   * Saves a valid assessment, scores it from its JSON, and shows a rejected one.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static List<String> run(PrintStream out) {
    List<String> lines = new ArrayList<>();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      CaseSystemExample service = new CaseSystemExample(factory.getValidator());
      Assessment assessment = Assessment.builder()
          .framework("aba-2020")
          .area(Area.of("E08000999", "Brackenford (fictional)"))
          .assessedOn(LocalDate.of(2026, 3, 31))
          .addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 6), Participant.of(Role.COUNCIL, 3))
          .addRatings(Rating.of("share-power", 3,
              Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Co-production group minutes, 12 meetings")))
          .addRatings(Rating.of("grant-giving", 4,
              Evidence.of(EvidenceKind.PROCESSES, "Community grants published as open data")))
          .build();
      long id = service.save(assessment);
      lines.add("saved assessment " + id + " as " + service.json(id).length() + " characters of JSON");
      ScoreReport report = service.score(id);
      lines.add("scored on read: " + report.getOverall().getRated() + " of "
          + report.getOverall().getActions() + " actions rated, "
          + report.getOverall().getPercentage().map(p -> p.toPlainString() + "%").orElse("-")
          + ", status " + report.getStatus());
      for (String sentence : report.explain()) {
        lines.add("  " + sentence);
      }
      Assessment broken = Assessment.builder().from(assessment)
          .ratings(List.of(Rating.of("share-power", 5), Rating.of("no-such-action", 2)))
          .build();
      try {
        service.save(broken);
        lines.add("saved an invalid assessment: this must not happen");
      } catch (IllegalArgumentException e) {
        lines.add("rejected: " + e.getMessage());
      }
    }
    lines.forEach(out::println);
    return lines;
  }
}
