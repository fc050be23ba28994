package org.assetbasedarea.aba.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSinkTest {
  @Test
  void pointer_namesTheProperty_theIndex_andTheLeaf() {
    assertThat(RuleSink.pointer("framework", -1, null)).isEqualTo("/framework");
    assertThat(RuleSink.pointer("ratings", 3, "action")).isEqualTo("/ratings/3/action");
    assertThat(RuleSink.pointer("period", -1, "end")).isEqualTo("/period/end");
    assertThat(RuleSink.pointer("shares", 0, null)).isEqualTo("/shares/0");
  }

  @Test
  void collect_givesEachReportAsAnIssue_inOrder() {
    List<Issue> issues = RuleSink.collect(sink -> {
      sink.report(IssueCode.DUPLICATE_ROLE, "twice", "participants", 2, "role");
      sink.report(IssueCode.UNKNOWN_FRAMEWORK, "unknown", "framework", -1, null);
      return false;
    });
    assertThat(issues).containsExactly(
        Issue.of("/participants/2/role", IssueCode.DUPLICATE_ROLE, "twice"),
        Issue.of("/framework", IssueCode.UNKNOWN_FRAMEWORK, "unknown"));
    assertThat(RuleSink.collect(sink -> true)).isEmpty();
  }

  @Test
  void collect_refusesRulesWhoseAnswerContradictsTheirReports() {
    assertThatThrownBy(() -> RuleSink.collect(sink -> false))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleSink.collect(sink -> {
      sink.report(IssueCode.DUPLICATE_ROLE, "twice", "participants", 1, "role");
      return true;
    })).isInstanceOf(IllegalStateException.class);
  }
}
