package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kebab-case id rule of frameworks, actions, groupings, outcomes and indicators. */
class IdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "aba-2020", "share-power", "ascof-1i1", "0", "a-b-c-1"})
  void ids_kebabIds_areAccepted(String id) {
    assertThat(Ids.isKebab(id)).isTrue();
    assertThat(Ids.requireKebab("action", id)).isSameAs(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "a-", "-a", "a--b", "A", "a_b", "a b", "a.b", "é", "a\n"})
  void ids_otherIds_areRejectedWithWhatTheyName(String id) {
    assertThat(Ids.isKebab(id)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Ids.requireKebab("outcome", id))
        .withMessageStartingWith("outcome id must be lower-case kebab case (like 'share-power')");
  }

  @Test
  void ids_lengthLimitIs100() {
    assertThat(Ids.isKebab("a".repeat(100))).isTrue();
    assertThat(Ids.isKebab("a".repeat(101))).isFalse();
  }
}
