package org.assetbasedarea.aba.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class IssueTest {
  @Test
  void of_happyPath() {
    Issue issue = Issue.of("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE, "must be 1-4");
    assertThat(issue.getPath()).isEqualTo("/ratings/0/rating");
    assertThat(issue.getCode()).isEqualTo(IssueCode.RATING_OUT_OF_RANGE);
    assertThat(issue.getMessage()).isEqualTo("must be 1-4");
    assertThat(issue.getLine()).isEmpty();
    assertThat(issue.getColumn()).isEmpty();
    assertThat(issue).hasToString("/ratings/0/rating: must be 1-4 [RATING_OUT_OF_RANGE]");
    assertThat(issue).isEqualTo(Issue.of("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE,
        "must be 1-4"));
  }

  @Test
  void of_rootPath_printsAsSlash() {
    assertThat(Issue.of("", IssueCode.MALFORMED_JSON, "is not JSON"))
        .hasToString("/: is not JSON [MALFORMED_JSON]");
  }

  @Test
  void atLocation_addsLineAndColumnAndLeavesTheOriginalUnchanged() {
    Issue issue = Issue.of("/area/name", IssueCode.BLANK_TEXT, "must not be blank");
    Issue located = issue.atLocation(3, 14);
    assertThat(located.getLine()).hasValue(3);
    assertThat(located.getColumn()).hasValue(14);
    assertThat(located).hasToString("/area/name: must not be blank [BLANK_TEXT] (line 3, column 14)");
    assertThat(issue.getLine()).isEmpty();
    assertThat(located).isNotEqualTo(issue);
  }

  @Test
  void of_nulls_areRejectedNamingTheAttribute() {
    assertThatNullPointerException().isThrownBy(() -> Issue.of(null, IssueCode.BLANK_TEXT, "m"))
        .withMessage("path");
    assertThatNullPointerException().isThrownBy(() -> Issue.of("", null, "m")).withMessage("code");
    assertThatNullPointerException().isThrownBy(() -> Issue.of("", IssueCode.BLANK_TEXT, null))
        .withMessage("message");
  }

  @Test
  void builder_withoutCode_isRejected() {
    assertThatIllegalStateException().isThrownBy(() -> Issue.builder().path("").message("m").build())
        .withMessageContaining("code");
  }

  @Test
  void issueCode_modelCodesKeepTheirNames() {
    assertThat(IssueCode.valueOf("BLANK_TEXT")).isEqualTo(IssueCode.BLANK_TEXT);
    assertThat(IssueCode.values()).extracting(Enum::name).contains("TEXT_TOO_LONG",
        "RATING_OUT_OF_RANGE", "COUNT_OUT_OF_RANGE", "TOO_MANY_EVIDENCE_ITEMS", "INVALID_SOURCE_URI",
        "UNKNOWN_FRAMEWORK", "UNKNOWN_ACTION", "DUPLICATE_ACTION", "DUPLICATE_ROLE");
  }
}
