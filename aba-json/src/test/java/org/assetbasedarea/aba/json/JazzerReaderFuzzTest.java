package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;

/**
 * Coverage-guided fuzzing of the reader with Jazzer, on purpose only (excluded from the default
 * test run: its agent costs about 25 seconds). Without {@code JAZZER_FUZZ=1} it replays the seed
 * inputs under {@code src/test/resources/.../JazzerReaderFuzzTestInputs}; with it, it explores:
 * {@code JAZZER_FUZZ=1 ./mvnw -B verify -pl aba-json -am -Dtest=JazzerReaderFuzzTest}.
 */
class JazzerReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void read_anyBytes_givesADocumentOrWellFormedIssues(byte[] input) {
    for (DocumentType<?> type : DocumentType.values()) {
      ReadResult<?> result = AbaJson.standard().read(input, type);
      assertThat(result.isValid()).isEqualTo(result.getIssues().isEmpty());
      assertThat(result.getDocument().isPresent()).isEqualTo(result.isValid());
      for (Issue issue : result.getIssues()) {
        assertThat(issue.getCode()).as("a bug of the library").isNotEqualTo(IssueCode.INTERNAL_ERROR);
        assertThat(Pointer.isValid(issue.getPath())).isTrue();
        assertThat(issue.getLine()).isPresent();
      }
    }
  }
}
