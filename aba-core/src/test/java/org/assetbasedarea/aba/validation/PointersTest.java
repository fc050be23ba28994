package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON Pointers: escaping and document order. */
class PointersTest {

  @Test
  void pointersEscape_tildeAndSlash_perRfc6901() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Pointers.escape("~1")).isEqualTo("~01");
    assertThat(Pointers.escape("plain")).isEqualTo("plain");
  }

  @Test
  void pointersDocumentOrder_indicesNumericallyFieldsInContractOrderUnknownLast() {
    List<String> expected = List.of(
        "", "/framework", "/area", "/area/code", "/area/name", "/assessedOn",
        "/participants/0/role", "/participants/0/count", "/participants/2/role",
        "/participants/10/role", "/ratings", "/ratings/0/action", "/ratings/0/rating",
        "/ratings/0/evidence", "/ratings/0/evidence/0/kind", "/ratings/0/evidence/0/summary",
        "/ratings/0/evidence/0/source", "/ratings/0/evidence/9/summary",
        "/ratings/0/evidence/10/summary", "/ratings/0/rationale", "/ratings/9/action",
        "/ratings/10/action", "/ratings/100/action", "/zebra", "/zulu");
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<String> shuffled = new ArrayList<>(expected);
      Collections.shuffle(shuffled, random);
      shuffled.sort(Pointers.DOCUMENT_ORDER);
      assertThat(shuffled).as("round %d", round).containsExactlyElementsOf(expected);
    }
  }
}
