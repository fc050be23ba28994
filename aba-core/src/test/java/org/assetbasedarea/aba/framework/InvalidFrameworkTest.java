package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;

/** A framework that breaks several rules lists every one, each at its own pointer. */
class InvalidFrameworkTest {

  @Test
  void severalBrokenRules_areAllListed_eachAtItsPointer() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Framework.builder().id("local-2026").title(" ")
            .addGroupings(Grouping.of("people", "People"), Grouping.of("money", "Money"),
                Grouping.of("people", "People again"), Grouping.of("idle", "Idle"))
            .addActions(Action.of("a", "people", "A", ""), Action.of("b", "money", "B", ""),
                Action.of("a", "money", "A again", ""), Action.of("c", "nowhere", "C", ""))
            .addIndicators(
                IndicatorDefinition.of("i", "I", Measure.OTHER, Statistic.MEAN, true))
            .addOutcomes(Outcome.builder().id("o").title("O").addIndicators("i", "missing")
                .addActions("a", "gone").build())
            .build());

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/title", IssueCode.BLANK_TEXT),
        tuple("/groupings/2/id", IssueCode.INVALID_FRAMEWORK),
        tuple("/actions/2/id", IssueCode.INVALID_FRAMEWORK),
        tuple("/actions/3/grouping", IssueCode.INVALID_FRAMEWORK),
        tuple("/groupings/3", IssueCode.INVALID_FRAMEWORK),
        tuple("/outcomes/0/indicators/1", IssueCode.INVALID_FRAMEWORK),
        tuple("/outcomes/0/actions/1", IssueCode.INVALID_FRAMEWORK));
    assertThat(e.getIssues().get(3).getMessage())
        .isEqualTo("action 'c' names grouping 'nowhere', which framework 'local-2026' does not have");
    assertThat(e.getMessage()).contains("; ").startsWith("framework 'local-2026' needs a title; ");
  }

  @Test
  void aPart_listsItsOwnBrokenRules_atPointersRelativeToIt() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Action.of("Bad", "Also Bad", "\t", ""));

    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/id", IssueCode.INVALID_FRAMEWORK), tuple("/grouping", IssueCode.INVALID_FRAMEWORK),
        tuple("/title", IssueCode.BLANK_TEXT));
  }

  @Test
  void oneBrokenRule_keepsItsMessage() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Grouping.of("g", " "));

    assertThat(e).hasMessage("grouping 'g' needs a title");
    assertThat(e.getIssues()).hasSize(1);
  }
}
