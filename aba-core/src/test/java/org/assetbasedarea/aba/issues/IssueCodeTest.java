package org.assetbasedarea.aba.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue codes reported from constraints: messages are literal, never templates. */
class IssueCodeTest {

  @Test
  void literalTemplate_escapesEveryTemplateCharacter() {
    assertThat(IssueCode.literalTemplate("a ${b} {c} \\ d")).isEqualTo("a \\$\\{b\\} \\{c\\} \\\\ d");
    assertThat(IssueCode.literalTemplate("plain text")).isEqualTo("plain text");
  }
}
