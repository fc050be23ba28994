package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in framework is exactly the one in docs/domain.md, section 2. */
class Aba2020Test {
  private static final Framework ABA = Frameworks.aba2020();

  @Test
  void aba2020_hasTheStableIdAndATitle() {
    assertThat(ABA.getId()).isEqualTo("aba-2020").isEqualTo(Frameworks.ABA_2020_ID);
    assertThat(ABA.getTitle()).isNotBlank();
  }

  @Test
  void aba2020_hasTheTenActionsInOrderWithTheirGroupingsAndTitles() {
    assertThat(ABA.getActions()).extracting(Action::getId, Action::getGrouping, Action::getTitle)
        .containsExactly(
            tuple("map-community-assets", "co-production", "Map and grow community assets"),
            tuple("share-power", "co-production", "Share power through co-production"),
            tuple("tackle-inequalities", "co-production", "Tackle inequalities"),
            tuple("shared-story-and-outcomes", "strategic",
                "Tell a shared story, agree shared outcomes"),
            tuple("asset-based-commissioning", "strategic", "Commission for assets"),
            tuple("grant-giving", "strategic", "Fund community action through grants"),
            tuple("provider-market-development", "strategic", "Grow a diverse provider market"),
            tuple("volunteers-and-social-entrepreneurs", "workforce-and-enterprise",
                "Invest in volunteers and social entrepreneurs"),
            tuple("value-lived-experience", "workforce-and-enterprise", "Value lived experience"),
            tuple("mutuals-and-co-ops", "workforce-and-enterprise", "Grow mutuals and co-operatives"));
    assertThat(ABA.size()).isEqualTo(10);
    assertThat(ABA.getActions()).allSatisfy(a -> assertThat(a.getDescription()).isNotBlank());
  }

  @Test
  void aba2020_hasTheThreeGroupingsInOrder() {
    assertThat(ABA.getGroupings()).extracting(Grouping::getId, Grouping::getTitle).containsExactly(
        tuple("co-production", "Co-production, partnership and power sharing"),
        tuple("strategic", "A strategic approach"),
        tuple("workforce-and-enterprise", "Diversifying workforces and building local enterprise"));
  }

  @Test
  void aba2020_groupingsHoldThreeFourAndThreeActions() {
    assertThat(ABA.actionsIn("co-production")).extracting(Action::getId)
        .containsExactly("map-community-assets", "share-power", "tackle-inequalities");
    assertThat(ABA.actionsIn("strategic")).extracting(Action::getId)
        .containsExactly("shared-story-and-outcomes", "asset-based-commissioning", "grant-giving",
            "provider-market-development");
    assertThat(ABA.actionsIn("workforce-and-enterprise")).extracting(Action::getId)
        .containsExactly("volunteers-and-social-entrepreneurs", "value-lived-experience",
            "mutuals-and-co-ops");
    assertThat(ABA.actionsIn("no-such-grouping")).isEmpty();
  }

  @Test
  void aba2020_has13UniqueIndicators() {
    assertThat(ABA.getIndicators()).hasSize(13);
    assertThat(ABA.getIndicators()).extracting(IndicatorDefinition::getId).doesNotHaveDuplicates()
        .containsExactly("ons4-life-satisfaction", "ons4-worthwhile", "ons4-happiness",
            "ons4-anxiety", "ons4-life-satisfaction-high", "ons4-worthwhile-high",
            "ons4-happiness-high", "ons4-anxiety-high", "loneliness-often-always",
            "ucla3-loneliness", "ascof-1a", "ascof-1b", "ascof-1i1");
  }

  @Test
  void aba2020_anxietyAndLonelinessIndicators_areLowerIsBetter() {
    assertThat(ABA.getIndicators()).filteredOn(i -> !i.isHigherIsBetter())
        .extracting(IndicatorDefinition::getId)
        .containsExactlyInAnyOrder("ons4-anxiety", "ons4-anxiety-high", "loneliness-often-always",
            "ucla3-loneliness");
  }

  @Test
  void aba2020_hasFourOutcomesEachLinkedToExistingIndicatorsAndActions() {
    assertThat(ABA.getOutcomes()).extracting(Outcome::getId).containsExactly(
        "live-the-life-they-want", "control-over-daily-life", "relationships-and-connections",
        "wellbeing-and-worthwhile");
    Set<String> indicatorsUsed = new HashSet<>();
    for (Outcome outcome : ABA.getOutcomes()) {
      assertThat(outcome.getIndicators()).as(outcome.getId()).isNotEmpty()
          .allSatisfy(id -> assertThat(ABA.findIndicator(id)).as(id).isPresent());
      assertThat(outcome.getActions()).as(outcome.getId()).isNotEmpty()
          .allSatisfy(id -> assertThat(ABA.findAction(id)).as(id).isPresent());
      indicatorsUsed.addAll(outcome.getIndicators());
    }
    assertThat(indicatorsUsed).as("every indicator measures some outcome").hasSize(13);
  }

  @Test
  void findAction_knownAndUnknownIds() {
    assertThat(ABA.findAction("grant-giving")).get().extracting(Action::getGrouping)
        .isEqualTo("strategic");
    assertThat(ABA.findAction("Grant-Giving")).isEmpty();
    assertThat(ABA.findGrouping("strategic")).get().extracting(Grouping::getTitle)
        .isEqualTo("A strategic approach");
    assertThat(ABA.findGrouping("grant-giving")).isEmpty();
    assertThat(ABA.findIndicator("ascof-1b")).isPresent();
    assertThat(ABA.findIndicator("ascof-9z")).isEmpty();
  }

  @Test
  void indexOfAction_followsFrameworkOrder() {
    List<Action> actions = ABA.getActions();
    for (int i = 0; i < actions.size(); i++) {
      assertThat(ABA.indexOfAction(actions.get(i).getId())).isEqualTo(i);
    }
    assertThat(ABA.indexOfAction("no-such-action")).isEqualTo(-1);
  }

  @Test
  void indexOfGrouping_followsFrameworkOrder() {
    assertThat(ABA.indexOfGrouping("co-production")).isZero();
    assertThat(ABA.indexOfGrouping("strategic")).isEqualTo(1);
    assertThat(ABA.indexOfGrouping("workforce-and-enterprise")).isEqualTo(2);
    assertThat(ABA.indexOfGrouping("share-power")).isEqualTo(-1);
  }

  @Test
  void frameworks_builtInAndFind() {
    assertThat(Frameworks.builtIn()).containsExactly(ABA);
    assertThat(Frameworks.find("aba-2020")).containsSame(ABA);
    assertThat(Frameworks.find("aba-2021")).isEmpty();
    assertThat(Frameworks.aba2020()).isSameAs(ABA);
  }

  @Test
  void aba2020_rebuiltFromItsParts_isEqual() {
    Framework copy = Framework.builder().from(ABA).build();
    assertThat(copy).isEqualTo(ABA).hasSameHashCodeAs(ABA);
  }
}
