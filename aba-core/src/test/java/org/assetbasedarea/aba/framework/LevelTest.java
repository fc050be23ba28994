package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;

/** A level's rules, an action's four levels, and looking levels and next steps up. */
class LevelTest {
  private static List<Level> four() {
    return List.of(Level.of(1, "Nothing yet.", "Start."), Level.of(2, "A start.", "Grow it."),
        Level.of(3, "Most of it.", "Finish it."), Level.of(4, "All of it."));
  }

  private static Action withLevels(List<Level> levels) {
    return Action.builder().id("a").grouping("g").title("A").description("").levels(levels)
        .build();
  }

  @Test
  void level_brokenRules_areAllListedAtTheirPointers() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(5, " ", "ok", "\u200B", "x".repeat(Level.MAX_STEP_CHARS + 1)));
    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/rating", IssueCode.INVALID_FRAMEWORK),
        tuple("/looksLike", IssueCode.BLANK_TEXT),
        tuple("/nextSteps/1", IssueCode.BLANK_TEXT),
        tuple("/nextSteps/2", IssueCode.TEXT_TOO_LONG));
  }

  @Test
  void level_textLimit_countsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE00";
    assertThat(Level.of(4, emoji.repeat(Level.MAX_LOOKS_LIKE_CHARS)).getLooksLike()).hasSize(2 * Level.MAX_LOOKS_LIKE_CHARS);
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(4, emoji.repeat(Level.MAX_LOOKS_LIKE_CHARS + 1))).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/looksLike", IssueCode.TEXT_TOO_LONG));
  }

  @Test
  void level_stepsFitTheLevel_noneAtFourAndSomeBelow() {
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(4, "All of it.", "More?")).getIssues())
        .extracting(Issue::getPath).containsExactly("/nextSteps");
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(2, "A start.")).getIssues())
        .extracting(Issue::getMessage).containsExactly("level 2 needs at least one next step to level 3");
    String[] eleven = new String[Level.MAX_NEXT_STEPS + 1];
    java.util.Arrays.fill(eleven, "Step.");
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(1, "Nothing.", eleven)).getIssues())
        .extracting(Issue::getPath).containsExactly("/nextSteps");
  }

  @Test
  void level_disallowedCharacter_isReported() {
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> Level.of(1, "Nothing\u202E yet.", "Start\u0007.")).getIssues())
        .extracting(Issue::getPath, Issue::getCode).containsExactly(
            tuple("/looksLike", IssueCode.DISALLOWED_CHARACTER),
            tuple("/nextSteps/0", IssueCode.DISALLOWED_CHARACTER));
  }

  @Test
  void action_levels_noneOrExactlyFourInOrder() {
    assertThat(withLevels(List.of()).getLevels()).isEmpty();
    assertThat(withLevels(four()).getLevels()).extracting(Level::getRating)
        .containsExactly(1, 2, 3, 4);
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> withLevels(four().subList(0, 3))).getIssues())
        .extracting(Issue::getPath).containsExactly("/levels");
    List<Level> swapped = List.of(four().get(1), four().get(0), four().get(2), four().get(3));
    assertThat(catchThrowableOfType(InvalidFrameworkException.class,
        () -> withLevels(swapped)).getIssues())
        .extracting(Issue::getPath).containsExactly("/levels/0/rating", "/levels/1/rating");
  }

  @Test
  void action_findLevelAndNextSteps() {
    Action action = withLevels(four());
    assertThat(action.findLevel(2)).map(Level::getLooksLike).contains("A start.");
    assertThat(action.findLevel(0)).isEmpty();
    assertThat(action.findLevel(5)).isEmpty();
    assertThat(action.nextSteps(3)).containsExactly("Finish it.");
    assertThat(action.nextSteps(4)).isEmpty();
    assertThat(action.nextSteps(0)).isEmpty();
    Action bare = withLevels(List.of());
    assertThat(bare.findLevel(1)).isEmpty();
    assertThat(bare.nextSteps(1)).isEmpty();
  }

  @Test
  void nameOf_namesTheFourLevels_andRefusesOtherRatings() {
    assertThat(java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(Level::nameOf))
        .containsExactly("not yet", "emerging", "established", "embedded");
    for (int rating : new int[] {0, 5, -1}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Level.nameOf(rating))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
