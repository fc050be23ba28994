package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The levels of the built-in {@code aba-2020}: every action describes its four levels, levels 1-3
 * have a few short next steps each, and every text is plain words, free of machine ids.
 */
class Aba2020LevelsTest {
  private static final Framework ABA = Frameworks.aba2020();

  /** A token of three or more kebab parts, such as an id: not a word people write. */
  private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+-[a-z0-9]+-[a-z0-9]+");

  @Test
  void everyAction_describesLevelsOneToFourInOrder() {
    for (Action action : ABA.getActions()) {
      assertThat(action.getLevels()).as(action.getId()).extracting(Level::getRating)
          .containsExactly(1, 2, 3, 4);
    }
    assertThat(Aba2020Levels.actions())
        .containsExactlyInAnyOrderElementsOf(ABA.getActions().stream().map(Action::getId).toList());
  }

  @Test
  void levelsOneToThree_haveTwoOrThreeShortImperativeSteps_andLevelFourNone() {
    for (Action action : ABA.getActions()) {
      for (int rating = 1; rating <= 3; rating++) {
        List<String> steps = action.nextSteps(rating);
        assertThat(steps).as("%s level %d", action.getId(), rating).hasSizeBetween(2, 3);
        for (String step : steps) {
          assertThat(step).as("%s level %d", action.getId(), rating)
              .matches("[A-Z][^.;:!?]*\\.").hasSizeLessThanOrEqualTo(120);
        }
      }
      assertThat(action.nextSteps(4)).as(action.getId()).isEmpty();
    }
  }

  @Test
  void looksLike_isASentenceOrTwo() {
    for (Action action : ABA.getActions()) {
      for (Level level : action.getLevels()) {
        String text = level.getLooksLike();
        assertThat(text).as("%s level %d", action.getId(), level.getRating())
            .matches("[A-Z].*\\.").hasSizeBetween(40, 300);
        assertThat(text.split("\\. ")).hasSizeLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void texts_areFreeOfIds() {
    List<String> ids = new ArrayList<>(List.of(ABA.getId(), "workforce-and-enterprise",
        Frameworks.ABA_2020_APPROACHES_ID));
    ABA.getActions().forEach(action -> ids.add(action.getId()));
    Frameworks.aba2020Approaches().getApproaches().stream().map(Approach::getId)
        .filter(id -> id.contains("-")).forEach(ids::add);
    for (String text : texts()) {
      for (String id : ids) {
        assertThat(text).as(text).doesNotContainIgnoringCase(id);
      }
      assertThat(KEBAB_ID.matcher(text).find()).as(text).isFalse();
      assertThat(text).as(text).doesNotContain("_", "{", "}", "/", "  ");
    }
  }

  @Test
  void differentLevels_sayDifferentThings() {
    List<String> all = texts();
    assertThat(all).doesNotHaveDuplicates().hasSizeGreaterThan(10 * 4 + 10 * 3 * 2);
  }

  @Test
  void mapCommunityAssets_readsAsTheDomainDescribesIt() {
    Action map = ABA.findAction("map-community-assets").orElseThrow();
    assertThat(map.findLevel(2).orElseThrow().getLooksLike()).contains("one-off list");
    assertThat(map.findLevel(3).orElseThrow().getLooksLike()).contains("built with residents")
        .contains("commissioned");
    assertThat(map.findLevel(4).orElseThrow().getLooksLike()).contains("living map")
        .contains("citizens edit").contains("invest");
  }

  @Test
  void of_unknownAction_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Aba2020Levels.of("no-such-action"));
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (Action action : ABA.getActions()) {
      for (Level level : action.getLevels()) {
        texts.add(level.getLooksLike());
        texts.addAll(level.getNextSteps());
      }
    }
    return texts;
  }
}
