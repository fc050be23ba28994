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

  private static ApproachCatalogue catalogue(String id, String framework, String... actions) {
    return ApproachCatalogue.builder().id(id).title("Approaches " + id).framework(framework)
        .addApproaches(Approach.of("street-parties", "Street parties", "Neighbours meet.",
            "Parties held.", actions))
        .build();
  }

  @Test
  void builtIn_holdsExactlyAba2020() {
    assertThat(FrameworkRegistry.builtIn().all()).containsExactly(Frameworks.aba2020());
    assertThat(FrameworkRegistry.builtIn().find("aba-2020")).containsSame(Frameworks.aba2020());
    assertThat(FrameworkRegistry.builtIn()).isSameAs(FrameworkRegistry.builtIn());
  }

  @Test
  void builtIn_holdsTheBuiltInCatalogueForAba2020() {
    FrameworkRegistry builtIn = FrameworkRegistry.builtIn();
    assertThat(builtIn.catalogues()).containsExactly(Frameworks.aba2020Approaches());
    assertThat(builtIn.findCatalogue("aba-2020")).containsSame(Frameworks.aba2020Approaches());
    assertThat(builtIn.findCatalogue("aba-2020-approaches")).as("looked up by framework id")
        .isEmpty();
    assertThat(builtIn.catalogues()).isUnmodifiable();
    assertThat(builtIn).hasToString("FrameworkRegistry[aba-2020][aba-2020-approaches]");
  }

  @Test
  void of_hasNoCatalogues() {
    FrameworkRegistry registry = FrameworkRegistry.of(Frameworks.aba2020());
    assertThat(registry.catalogues()).isEmpty();
    assertThat(registry.findCatalogue("aba-2020")).isEmpty();
  }

  @Test
  void withCatalogue_addsItForItsFramework_andLeavesTheOriginalUnchanged() {
    FrameworkRegistry plain = FrameworkRegistry.of(local("local-a"), local("local-b"));
    ApproachCatalogue approaches = catalogue("local-b-approaches", "local-b", "know-neighbours");
    FrameworkRegistry registry = plain.with(approaches);
    assertThat(registry.findCatalogue("local-b")).containsSame(approaches);
    assertThat(registry.findCatalogue("local-a")).isEmpty();
    assertThat(registry.catalogues()).containsExactly(approaches);
    assertThat(plain.catalogues()).isEmpty();
    assertThat(registry.all()).isEqualTo(plain.all());
  }

  @Test
  void withFramework_keepsTheCatalogues() {
    FrameworkRegistry extended = FrameworkRegistry.builtIn().with(local("local-a"))
        .with(catalogue("local-a-approaches", "local-a", "know-neighbours"))
        .with(local("local-b"));
    assertThat(extended.catalogues()).extracting(ApproachCatalogue::getId)
        .containsExactly("aba-2020-approaches", "local-a-approaches");
    assertThat(extended.ids()).containsExactly("aba-2020", "local-a", "local-b");
  }

  @Test
  void withCatalogue_forAnUnregisteredFramework_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.builtIn()
            .with(catalogue("local-a-approaches", "local-a", "know-neighbours")))
        .withMessage("approach catalogue 'local-a-approaches' is for framework 'local-a', which"
            + " is not registered");
  }

  @Test
  void withCatalogue_namingActionsTheFrameworkLacks_isRejectedNamingEach() {
    ApproachCatalogue approaches = ApproachCatalogue.builder().id("local-a-approaches")
        .title("Local").framework("local-a")
        .addApproaches(
            Approach.of("street-parties", "Street parties", "Neighbours meet.", "Parties held.",
                "know-neighbours", "share-power"),
            Approach.of("lunch-clubs", "Lunch clubs", "People eat together.", "Clubs running.",
                "eat-together"))
        .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.of(local("local-a")).with(approaches))
        .withMessage("approach catalogue 'local-a-approaches' does not fit framework 'local-a':"
            + " approach 'street-parties' names action 'share-power', which framework 'local-a'"
            + " does not have; approach 'lunch-clubs' names action 'eat-together', which"
            + " framework 'local-a' does not have");
  }

  @Test
  void withCatalogue_secondForTheSameFramework_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FrameworkRegistry.builtIn()
            .with(catalogue("aba-2020-local", "aba-2020", "share-power")))
        .withMessage("framework 'aba-2020' already has approach catalogue 'aba-2020-approaches',"
            + " so catalogue 'aba-2020-local' cannot be registered: a registry holds at most one"
            + " catalogue per framework");
  }

  @Test
  void withCatalogue_null_isRejectedNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> FrameworkRegistry.builtIn().with((ApproachCatalogue) null))
        .withMessage("catalogue");
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
    assertThatNullPointerException().isThrownBy(() -> FrameworkRegistry.builtIn().with((Framework) null))
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
