package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published schema and the reader judge text limits alike, counting characters (code points). */
class TextLimitAgreementTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final String EMOJI = "\uD83D\uDE00";

  @ParameterizedTest(name = "{0} x {1}: valid = {2}")
  @CsvSource({"a, 200, true", "a, 201, false", "EMOJI, 200, true", "EMOJI, 201, false"})
  void areaName_atTheLimit_schemaAndReaderAgree(String unit, int count, boolean valid) {
    String name = ("EMOJI".equals(unit) ? EMOJI : unit).repeat(count);
    String json = "{\"schemaVersion\":1,\"framework\":\"aba-2020\",\"area\":{\"code\":\"E08000999\","
        + "\"name\":\"" + name + "\"},\"assessedOn\":\"2026-03-31\",\"participants\":[],"
        + "\"ratings\":[]}";
    ReadResult<Assessment> read = JSON.read(json, DocumentType.ASSESSMENT);
    assertThat(read.isValid()).isEqualTo(valid);
    assertThat(PublishedSchemas.errors(DocumentType.ASSESSMENT, json).isEmpty()).isEqualTo(valid);
    if (!valid) {
      assertThat(read.getIssues()).extracting(Issue::getPath, Issue::getCode)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/area/name", IssueCode.TEXT_TOO_LONG));
    }
  }
}
