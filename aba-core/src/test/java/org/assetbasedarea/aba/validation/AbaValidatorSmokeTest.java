package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.junit.jupiter.api.Test;

class AbaValidatorSmokeTest {
  static Assessment bad() {
    return Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", " "))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addParticipants(Participant.of(Role.COUNCIL, 0), Participant.of(Role.COUNCIL, 3))
        .addRatings(
            Rating.of("share-power", 7),
            Rating.of("no-such-action", 2),
            Rating.builder().action("share-power").rating(2)
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, "x", URI.create("ftp://x/y")))
                .build())
        .build();
  }

  @Test
  void facade_reportsEveryIssueWithPathAndCode() {
    var issues = AbaValidator.shared().validate(bad());
    issues.forEach(System.out::println);
    assertThat(issues).extracting(Issue::getPath, Issue::getCode).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/area/name", IssueCode.BLANK_TEXT),
        org.assertj.core.groups.Tuple.tuple("/participants/0/count", IssueCode.COUNT_OUT_OF_RANGE),
        org.assertj.core.groups.Tuple.tuple("/participants/1/role", IssueCode.DUPLICATE_ROLE),
        org.assertj.core.groups.Tuple.tuple("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE),
        org.assertj.core.groups.Tuple.tuple("/ratings/1/action", IssueCode.UNKNOWN_ACTION),
        org.assertj.core.groups.Tuple.tuple("/ratings/2/action", IssueCode.DUPLICATE_ACTION),
        org.assertj.core.groups.Tuple.tuple("/ratings/2/evidence/0/source", IssueCode.INVALID_SOURCE_URI));
  }

  @Test
  void plainDefaultValidator_enforcesTheSameConstraints() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator plain = factory.getValidator();
      Set<ConstraintViolation<Assessment>> violations = plain.validate(bad());
      violations.forEach(v -> System.out.println(v.getPropertyPath() + " " + v.getMessage()));
      assertThat(violations).hasSize(7);
    }
  }
}
