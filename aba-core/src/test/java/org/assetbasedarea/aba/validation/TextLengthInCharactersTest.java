package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text limits count characters (Unicode code points), as JSON Schema's {@code maxLength} does, so
 * a text of emoji is judged the same by the library and by a non-Java tool using the schema.
 */
class TextLengthInCharactersTest {
  private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

  private static Assessment withName(String name) {
    return Assessment.builder().framework("aba-2020").area(Area.of("E08000999", name))
        .assessedOn(LocalDate.of(2026, 3, 31)).build();
  }

  private static Assessment withRating(Rating rating) {
    return Assessment.builder().from(withName("Brackenford")).addRatings(rating).build();
  }

  @ParameterizedTest(name = "{0} emoji in the area name -> {1} issues")
  @CsvSource({"200, 0", "201, 1"})
  void validate_areaNameOfEmoji_countsCharactersNotUtf16Units(int characters, int issues) {
    List<Issue> found = AbaValidator.shared().validate(withName(EMOJI.repeat(characters)));
    assertThat(found).hasSize(issues);
    found.forEach(issue -> assertThat(issue).extracting(Issue::getPath, Issue::getCode)
        .containsExactly("/area/name", IssueCode.TEXT_TOO_LONG));
  }

  @ParameterizedTest(name = "{0} emoji in a summary -> {1} issues")
  @CsvSource({"2000, 0", "2001, 1"})
  void validate_summaryOfEmoji_countsCharactersNotUtf16Units(int characters, int issues) {
    Rating rating = Rating.of("share-power", 1,
        Evidence.of(EvidenceKind.PROCESSES, EMOJI.repeat(characters)));
    List<Issue> found = AbaValidator.shared().validate(withRating(rating));
    assertThat(found).extracting(Issue::getPath)
        .containsExactlyElementsOf(issues == 0 ? List.of() : List.of("/ratings/0/evidence/0/summary"));
  }

  @ParameterizedTest(name = "{0} emoji in a rationale -> {1} issues")
  @CsvSource({"4000, 0", "4001, 1"})
  void validate_rationaleOfEmoji_countsCharactersNotUtf16Units(int characters, int issues) {
    Rating rating = Rating.builder().action("share-power").rating(1)
        .rationale(EMOJI.repeat(characters)).build();
    List<Issue> found = AbaValidator.shared().validate(withRating(rating));
    assertThat(found).extracting(Issue::getPath, Issue::getCode).containsExactlyElementsOf(
        issues == 0 ? List.of() : List.of(org.assertj.core.groups.Tuple.tuple(
            "/ratings/0/rationale", IssueCode.TEXT_TOO_LONG)));
  }

  @Test
  void validate_mixedText_countsEachCodePointOnce() {
    String name = "a".repeat(150) + EMOJI.repeat(50); // 250 UTF-16 units, 200 characters
    assertThat(name).hasSize(250);
    assertThat(AbaValidator.shared().validate(withName(name))).isEmpty();
    assertThat(AbaValidator.shared().validate(withName(name + "b"))).hasSize(1);
  }
}
