package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FrameworkRegistryTest {
  private static Framework local(String id) {
    return Framework.builder().id(id).title("Local " + id)
        .addGroupings(Grouping.of("people", "People"))
        .addActions(Action.of("know-neighbours", "people", "Know your neighbours", ""))
        .build();
  }

  @Test
  void builtIn_holdsExactlyAba2020() {
    assertThat(FrameworkRegistry.builtIn().all()).containsExactly(Frameworks.aba2020());
    assertThat(FrameworkRegistry.builtIn().find("aba-2020")).containsSame(Frameworks.aba2020());
    assertThat(FrameworkRegistry.builtIn()).isSameAs(FrameworkRegistry.builtIn());
  }

  @Test
  void of_givenFrameworks_inRegistrationOrder() {
    Framework a = local("local-a");
    Framework b = local("local-b");
    FrameworkRegistry registry = FrameworkRegistry.of(b, a);
    assertThat(registry.all()).containsExactly(b, a);
    assertThat(registry.find("local-a")).containsSame(a);
    assertThat(registry.find("aba-2020")).isEmpty();
    assertThat(registry).hasToString("FrameworkRegistry[local-b, local-a]");
  }

  @Test
  void of_nothing_isAnEmptyRegistry() {
    assertThat(FrameworkRegistry.of().all()).isEmpty();
    assertThat(FrameworkRegistry.of().find("aba-2020")).isEmpty();
  }

  @Test
  void of_duplicateId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.of(local("local-a"), local("local-a")))
        .withMessage("framework id 'local-a' is registered more than once");
  }

  @Test
  void of_null_isRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> FrameworkRegistry.of((Framework[]) null))
        .withMessage("frameworks");
    assertThatNullPointerException()
        .isThrownBy(() -> FrameworkRegistry.of(local("local-a"), null))
        .withMessage("framework");
  }

  @Test
  void with_addsAFrameworkAndLeavesTheOriginalUnchanged() {
    FrameworkRegistry builtIn = FrameworkRegistry.builtIn();
    FrameworkRegistry extended = builtIn.with(local("local-a"));
    assertThat(extended.all()).extracting(Framework::getId).containsExactly("aba-2020", "local-a");
    assertThat(builtIn.all()).extracting(Framework::getId).containsExactly("aba-2020");
    assertThat(builtIn.find("local-a")).isEmpty();
  }

  @Test
  void with_alreadyRegisteredId_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.builtIn().with(Frameworks.aba2020()))
        .withMessage("framework id 'aba-2020' is registered more than once");
  }

  @Test
  void with_null_isRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> FrameworkRegistry.builtIn().with(null))
        .withMessage("framework");
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(FrameworkRegistry.builtIn().find("aba-2021")).isEmpty();
    assertThat(FrameworkRegistry.builtIn().find("")).isEmpty();
  }

  @Test
  void all_isUnmodifiable() {
    assertThat(FrameworkRegistry.builtIn().all()).isUnmodifiable();
  }
}
