package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {
  @Test
  void defaults_areTheDocumentedValues() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.getMaxDocumentBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(limits.getMaxNestingDepth()).isEqualTo(32);
    assertThat(limits.getMaxStringLength()).isEqualTo(10_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(64);
    assertThat(limits.getMaxArrayItems()).isEqualTo(10_000);
    assertThat(limits.getMaxValues()).isEqualTo(200_000);
    assertThat(AbaJson.standard().getLimits()).isSameAs(limits);
  }

  @Test
  void builder_setsEachLimit() {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(1).maxNestingDepth(2)
        .maxStringLength(3).maxNumberLength(4).maxArrayItems(5).maxValues(6).build();
    assertThat(limits.toString()).isEqualTo("ReadLimits{maxDocumentBytes=1, maxNestingDepth=2,"
        + " maxStringLength=3, maxNumberLength=4, maxArrayItems=5, maxValues=6}");
  }

  @Test
  void builder_rejectsNonPositiveLimits_andDepthBeyondTheStackSafeMaximum() {
    assertThatThrownBy(() -> ReadLimits.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxArrayItems(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxValues(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
  }

  @Test
  void documentType_namedLooksUpEveryType() {
    for (DocumentType<?> type : DocumentType.values()) {
      assertThat(DocumentType.named(type.getName())).isSameAs(type);
    }
    assertThat(DocumentType.values()).extracting(DocumentType::getName).containsExactly(
        "assessment", "score-report", "framework", "progress", "outcome-data", "outcome-report",
        "plan", "approach-catalogue");
    assertThatThrownBy(() -> DocumentType.named("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void maxDocumentBytes_fitsInAnArray() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            ReadLimits.builder().maxDocumentBytes(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThat(ReadLimits.builder()
        .maxDocumentBytes(ReadLimits.MAX_DOCUMENT_BYTES_ALLOWED).build().getMaxDocumentBytes())
        .isEqualTo(ReadLimits.MAX_DOCUMENT_BYTES_ALLOWED);
  }

  @Test
  void streamReadConstraints_areTheLimits_withStringValuesHeldOnlyAtTheDocumentSize() {
    ReadLimits limits = ReadLimits.builder().maxDocumentBytes(5000).maxNestingDepth(7)
        .maxStringLength(300).maxNumberLength(20).build();
    tools.jackson.core.StreamReadConstraints constraints = limits.streamReadConstraints();
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(5000);
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(7);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(20);
    assertThat(constraints.getMaxNameLength()).isEqualTo(300);
    assertThat(constraints.getMaxStringLength()).isEqualTo(5000);
    assertThat(ReadLimits.builder().maxDocumentBytes(100).maxStringLength(300).build()
        .streamReadConstraints().getMaxStringLength()).isEqualTo(300);
  }
}
