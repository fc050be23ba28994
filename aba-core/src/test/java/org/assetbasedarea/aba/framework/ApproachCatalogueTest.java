package org.assetbasedarea.aba.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;

/** Approaches and their catalogues: the rules, the look-ups, and the built-in catalogue. */
class ApproachCatalogueTest {
  private static final ApproachCatalogue BUILT_IN = Frameworks.aba2020Approaches();

  /** The actions of aba-2020 by their number in framework order, 1 to 10. */
  private static String action(int number) {
    return Frameworks.aba2020().getActions().get(number - 1).getId();
  }

  @Test
  void builtIn_hasTheTwelveApproaches_withTheirActionsInOrder() {
    assertThat(BUILT_IN.getId()).isEqualTo("aba-2020-approaches")
        .isEqualTo(Frameworks.ABA_2020_APPROACHES_ID);
    assertThat(BUILT_IN.getFramework()).isEqualTo(Frameworks.ABA_2020_ID);
    assertThat(Frameworks.builtInCatalogues()).containsExactly(BUILT_IN);
    assertThat(BUILT_IN.getApproaches()).extracting(Approach::getId, Approach::getActions)
        .containsExactly(
            tuple("shared-lives", List.of(action(7), action(8))),
            tuple("homeshare", List.of(action(7), action(1))),
            tuple("keyring", List.of(action(7), action(8))),
            tuple("local-area-coordination", List.of(action(2), action(3), action(1))),
            tuple("community-circles", List.of(action(2), action(8))),
            tuple("community-micro-enterprises", List.of(action(7), action(8))),
            tuple("time-banking", List.of(action(8), action(1))),
            tuple("social-prescribing", List.of(action(1), action(4))),
            tuple("asset-based-community-development", List.of(action(1), action(2))),
            tuple("community-investment-funds", List.of(action(6))),
            tuple("mutuals-and-co-operatives", List.of(action(10), action(9))),
            tuple("peer-support-and-lived-experience-roles", List.of(action(9), action(2))));
  }

  @Test
  void builtIn_textsArePlainSentencesWithoutIds() {
    Pattern kebabId = Pattern.compile("[a-z0-9]+-[a-z0-9]+-[a-z0-9]+");
    for (Approach approach : BUILT_IN.getApproaches()) {
      assertThat(approach.getTitle()).as(approach.getId()).matches("[A-Z].*[a-z)]");
      for (String text : List.of(approach.getDescription(), approach.getEvidence())) {
        assertThat(text).as(approach.getId()).matches("[A-Z].*\\.").hasSizeLessThan(250);
        assertThat(kebabId.matcher(text).find()).as(text).isFalse();
        for (Action action : Frameworks.aba2020().getActions()) {
          assertThat(text).doesNotContain(action.getId());
        }
      }
    }
  }

  @Test
  void builtIn_everyActionButCommissioningIsSupported() {
    for (Action action : Frameworks.aba2020().getActions()) {
      boolean supported = !BUILT_IN.supporting(action.getId()).isEmpty();
      assertThat(supported).as(action.getId())
          .isEqualTo(!action.getId().equals("asset-based-commissioning"));
    }
  }

  @Test
  void findApproach_knownAndUnknown() {
    assertThat(BUILT_IN.findApproach("time-banking")).map(Approach::getTitle)
        .contains("Time banking");
    assertThat(BUILT_IN.findApproach("Time-Banking")).isEmpty();
    assertThat(BUILT_IN.findApproach("share-power")).isEmpty();
  }

  @Test
  void supporting_listsApproachesInCatalogueOrder() {
    assertThat(BUILT_IN.supporting("map-community-assets")).extracting(Approach::getId)
        .containsExactly("homeshare", "local-area-coordination", "time-banking",
            "social-prescribing", "asset-based-community-development");
    assertThat(BUILT_IN.supporting("grant-giving")).extracting(Approach::getId)
        .containsExactly("community-investment-funds");
    assertThat(BUILT_IN.supporting("no-such-action")).isEmpty();
    assertThat(BUILT_IN.supporting("map-community-assets")).isUnmodifiable();
  }

  @Test
  void approach_supports() {
    Approach approach = BUILT_IN.findApproach("shared-lives").orElseThrow();
    assertThat(approach.supports("provider-market-development")).isTrue();
    assertThat(approach.supports("share-power")).isFalse();
  }

  @Test
  void approach_brokenRules_areAllListedAtTheirPointers() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Approach.builder().id("Bad Id").title(" ").description("\u200B")
            .addActions("ok-action", "Not Kebab", "ok-action").evidence("x".repeat(2001))
            .build());
    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/id", IssueCode.INVALID_FRAMEWORK),
        tuple("/title", IssueCode.BLANK_TEXT),
        tuple("/description", IssueCode.BLANK_TEXT),
        tuple("/actions/1", IssueCode.INVALID_FRAMEWORK),
        tuple("/actions/2", IssueCode.INVALID_FRAMEWORK),
        tuple("/evidence", IssueCode.TEXT_TOO_LONG));
    assertThat(e.getIssues().get(4).getMessage())
        .isEqualTo("approach 'Bad Id' names action 'ok-action' more than once");
  }

  @Test
  void approach_withoutActions_isRefused() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Approach.of("lonely", "Lonely", "Supports nothing.", "None."));
    assertThat(e).hasMessage("approach 'lonely' needs at least one action it supports");
    assertThat(e.getIssues()).extracting(Issue::getPath).containsExactly("/actions");
  }

  @Test
  void approach_disallowedCharacters_areReported() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> Approach.of("a", "A\u202E", "What\u0000.", "Evidence\u2066.", "b"));
    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/title", IssueCode.DISALLOWED_CHARACTER),
        tuple("/description", IssueCode.DISALLOWED_CHARACTER),
        tuple("/evidence", IssueCode.DISALLOWED_CHARACTER));
  }

  @Test
  void catalogue_brokenRules_areAllListedAtTheirPointers() {
    Approach a = Approach.of("a", "A", "What A is.", "Evidence of A.", "x");
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> ApproachCatalogue.builder().id("local_2026").title("").framework("Local 2026")
            .addApproaches(a, Approach.of("b", "B", "What B is.", "Evidence of B.", "x"), a)
            .build());
    assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/id", IssueCode.INVALID_FRAMEWORK),
        tuple("/title", IssueCode.BLANK_TEXT),
        tuple("/framework", IssueCode.INVALID_FRAMEWORK),
        tuple("/approaches/2/id", IssueCode.INVALID_FRAMEWORK));
    assertThat(e.getIssues().get(3).getMessage())
        .isEqualTo("approach id 'a' appears more than once in approach catalogue 'local_2026'");
  }

  @Test
  void catalogue_withoutApproaches_isRefused() {
    InvalidFrameworkException e = catchThrowableOfType(InvalidFrameworkException.class,
        () -> ApproachCatalogue.builder().id("empty").title("Empty").framework("aba-2020")
            .build());
    assertThat(e.getIssues()).extracting(Issue::getPath).containsExactly("/approaches");
  }

  @Test
  void builtIn_rebuiltFromItsParts_isEqual() {
    ApproachCatalogue copy = ApproachCatalogue.builder().from(BUILT_IN).build();
    assertThat(copy).isEqualTo(BUILT_IN).hasSameHashCodeAs(BUILT_IN);
    assertThat(Frameworks.aba2020Approaches()).isSameAs(BUILT_IN);
  }
}
