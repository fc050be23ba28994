package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every constraint of an assessment, each broken in isolation on an otherwise valid assessment,
 * through {@link AbaValidator#shared()}.
 */
class AbaValidatorTest {
  private static final AbaValidator VALIDATOR = AbaValidator.shared();

  /** A valid assessment with two ratings (the first with two evidence items) and two participants. */
  static Assessment valid() {
    return Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addParticipants(Participant.of(Role.COUNCIL, 3), Participant.of(Role.LIVED_EXPERIENCE, 12))
        .addRatings(
            Rating.builder().action("share-power").rating(3)
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, "Co-production board minutes",
                    URI.create("https://example.org/minutes")))
                .addEvidence(Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Survey of members"))
                .rationale("The board meets monthly.")
                .build(),
            Rating.of("grant-giving", 2))
        .build();
  }

  static Assessment withArea(String name) {
    return Assessment.builder().from(valid()).area(Area.of("E08000035", name)).build();
  }

  static Assessment withFirstRating(UnaryOperator<Rating.Builder> change) {
    Assessment valid = valid();
    List<Rating> ratings = new ArrayList<>(valid.getRatings());
    ratings.set(0, change.apply(Rating.builder().from(ratings.get(0))).build());
    return Assessment.builder().from(valid).ratings(ratings).build();
  }

  static Assessment withFirstEvidence(UnaryOperator<Evidence.Builder> change) {
    return withFirstRating(rating -> {
      Rating current = rating.build();
      List<Evidence> items = new ArrayList<>(current.getEvidence());
      items.set(0, change.apply(Evidence.builder().from(items.get(0))).build());
      return Rating.builder().from(current).evidence(items);
    });
  }

  static Assessment withFirstCount(int count) {
    Assessment valid = valid();
    List<Participant> participants = new ArrayList<>(valid.getParticipants());
    participants.set(0, Participant.of(participants.get(0).getRole(), count));
    return Assessment.builder().from(valid).participants(participants).build();
  }

  static void assertOneIssue(Assessment assessment, String path, IssueCode code) {
    List<Issue> issues = VALIDATOR.validate(assessment);
    assertThat(issues).as("issues").extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple(path, code));
    assertThat(issues.get(0).getMessage()).isNotBlank();
    assertThat(VALIDATOR.isValid(assessment)).isFalse();
  }

  static void assertNoIssue(Assessment assessment) {
    assertThat(VALIDATOR.validate(assessment)).isEmpty();
    assertThat(VALIDATOR.isValid(assessment)).isTrue();
  }

  @Test
  void validate_notADocument_isAProgrammingError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbaValidator.shared().validate("not a document"))
        .withMessageContaining("java.lang.String");
    assertThatIllegalArgumentException().isThrownBy(() -> AbaValidator.shared().isValid(42))
        .withMessageContaining("java.lang.Integer");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbaValidator.shared().validate(Role.CARER))
        .withMessageContaining("not a document of the library");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbaValidator.shared().validate(List.of()))
        .withMessageContaining("not a document of the library");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AbaValidator.shared().validate(FrameworkRegistry.builtIn()))
        .withMessageContaining("FrameworkRegistry");
  }

  @Test
  void validate_partOfADocument_isCheckedOnItsOwn() {
    assertThat(AbaValidator.shared().validate(Area.of("E08000035", "Leeds"))).isEmpty();
  }

  @Test
  void validate_validAssessment_hasNoIssue() {
    assertNoIssue(valid());
  }

  @Test
  void validate_assessmentWithNothingRatedAndNoParticipants_hasNoIssue() {
    assertNoIssue(Assessment.builder().from(valid()).participants(List.of()).ratings(List.of()).build());
  }

  @Test
  void validate_null_throwsNpeNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> VALIDATOR.validate(null))
        .withMessage("document");
    assertThatNullPointerException().isThrownBy(() -> VALIDATOR.isValid(null))
        .withMessage("document");
  }

  @Test
  void create_nullRegistry_throwsNpeNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> AbaValidator.create(null))
        .withMessage("registry");
  }

  @Test
  void shared_isOneInstanceOverTheBuiltInFrameworks() {
    assertThat(AbaValidator.shared()).isSameAs(VALIDATOR);
    assertThat(VALIDATOR.getRegistry()).isSameAs(FrameworkRegistry.builtIn());
  }

  // -- texts ------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n", "  \r\n ", "\u2003", "\u3000 \u2028"})
  void validate_blankAreaName_isBlankText(String name) {
    assertOneIssue(withArea(name), "/area/name", IssueCode.BLANK_TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void validate_blankEvidenceSummary_isBlankText(String summary) {
    assertOneIssue(withFirstEvidence(e -> e.summary(summary)), "/ratings/0/evidence/0/summary",
        IssueCode.BLANK_TEXT);
  }

  @Test
  void validate_areaNameOf201Characters_isTextTooLong() {
    assertOneIssue(withArea("a".repeat(201)), "/area/name", IssueCode.TEXT_TOO_LONG);
  }

  @Test
  void validate_areaNameOf200Characters_isAccepted() {
    assertNoIssue(withArea("a".repeat(200)));
  }

  @Test
  void validate_evidenceSummaryOf2001Characters_isTextTooLong() {
    assertOneIssue(withFirstEvidence(e -> e.summary("s".repeat(2001))),
        "/ratings/0/evidence/0/summary", IssueCode.TEXT_TOO_LONG);
  }

  @Test
  void validate_evidenceSummaryOf2000Characters_isAccepted() {
    assertNoIssue(withFirstEvidence(e -> e.summary("s".repeat(2000))));
  }

  @Test
  void validate_rationaleOf4001Characters_isTextTooLong() {
    assertOneIssue(withFirstRating(r -> r.rationale("r".repeat(4001))), "/ratings/0/rationale",
        IssueCode.TEXT_TOO_LONG);
  }

  @Test
  void validate_rationaleOf4000Characters_isAccepted() {
    assertNoIssue(withFirstRating(r -> r.rationale("r".repeat(4000))));
  }

  // -- numbers ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void validate_ratingOutsideOneToFour_isRatingOutOfRange(int value) {
    assertOneIssue(withFirstRating(r -> r.rating(value)), "/ratings/0/rating",
        IssueCode.RATING_OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void validate_ratingFromOneToFour_isAccepted(int value) {
    assertNoIssue(withFirstRating(r -> r.rating(value)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void validate_countOutsideOneTo100000_isCountOutOfRange(int count) {
    assertOneIssue(withFirstCount(count), "/participants/0/count", IssueCode.COUNT_OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 99_999, 100_000})
  void validate_countFromOneTo100000_isAccepted(int count) {
    assertNoIssue(withFirstCount(count));
  }

  @Test
  void validate_51EvidenceItems_isTooManyEvidenceItems() {
    assertOneIssue(withFirstRating(r -> r.evidence(evidence(51))), "/ratings/0/evidence",
        IssueCode.TOO_MANY_EVIDENCE_ITEMS);
  }

  @Test
  void validate_50EvidenceItems_isAccepted() {
    assertNoIssue(withFirstRating(r -> r.evidence(evidence(50))));
  }

  private static List<Evidence> evidence(int n) {
    List<Evidence> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(Evidence.of(EvidenceKind.PROCESSES, "item " + i));
    }
    return items;
  }

  // -- URIs -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"minutes.pdf", "/minutes.pdf", "//example.org/minutes", "ftp://example.org/x",
      "mailto:someone@example.org", "http:///minutes", "https:///minutes", "http:opaque",
      "file:///etc/passwd", "http://bad_host.example/x"})
  void validate_sourceThatIsNotAnAbsoluteWebUriWithAHost_isInvalidSourceUri(String uri) {
    assertOneIssue(withFirstEvidence(e -> e.source(URI.create(uri))),
        "/ratings/0/evidence/0/source", IssueCode.INVALID_SOURCE_URI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org", "https://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/",
      "https://192.0.2.1:8443/x", "http://localhost/x"})
  void validate_absoluteHttpOrHttpsUriWithAHost_isAccepted(String uri) {
    assertNoIssue(withFirstEvidence(e -> e.source(URI.create(uri))));
  }

  // -- cross-field rules ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"aba-2021", "ABA-2020", "", " aba-2020", "${1+1}"})
  void validate_unknownFramework_isUnknownFramework(String framework) {
    assertOneIssue(Assessment.builder().from(valid()).framework(framework).build(), "/framework",
        IssueCode.UNKNOWN_FRAMEWORK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-action", "Share-Power", "", "{action}"})
  void validate_unknownAction_isUnknownAction(String action) {
    assertOneIssue(withFirstRating(r -> r.action(action)), "/ratings/0/action",
        IssueCode.UNKNOWN_ACTION);
  }

  @Test
  void validate_actionRatedTwice_isDuplicateActionOnTheSecondOccurrence() {
    Assessment assessment = Assessment.builder().from(valid())
        .addRatings(Rating.of("tackle-inequalities", 1), Rating.of("share-power", 4)).build();
    assertOneIssue(assessment, "/ratings/3/action", IssueCode.DUPLICATE_ACTION);
  }

  @Test
  void validate_actionRatedThreeTimes_isDuplicateActionOnSecondAndThirdOccurrences() {
    Assessment assessment = Assessment.builder().from(valid())
        .addRatings(Rating.of("share-power", 1), Rating.of("share-power", 4)).build();
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/2/action", IssueCode.DUPLICATE_ACTION),
            tuple("/ratings/3/action", IssueCode.DUPLICATE_ACTION));
  }

  @Test
  void validate_unknownActionRatedTwice_isUnknownActionTwiceNotDuplicate() {
    Assessment assessment = Assessment.builder().from(valid())
        .addRatings(Rating.of("no-such-action", 1), Rating.of("no-such-action", 2)).build();
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/ratings/2/action", IssueCode.UNKNOWN_ACTION),
            tuple("/ratings/3/action", IssueCode.UNKNOWN_ACTION));
  }

  @Test
  void validate_roleListedTwice_isDuplicateRoleOnTheSecondOccurrence() {
    Assessment assessment = Assessment.builder().from(valid())
        .addParticipants(Participant.of(Role.CARER, 2), Participant.of(Role.COUNCIL, 1)).build();
    assertOneIssue(assessment, "/participants/3/role", IssueCode.DUPLICATE_ROLE);
  }

  @Test
  void validate_unknownFramework_stillReportsDuplicateActionsButNotUnknownOnes() {
    Assessment assessment = Assessment.builder().from(valid()).framework("aba-1999")
        .addRatings(Rating.of("not-an-action", 1), Rating.of("grant-giving", 1)).build();
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/framework", IssueCode.UNKNOWN_FRAMEWORK),
            tuple("/ratings/3/action", IssueCode.DUPLICATE_ACTION));
  }

  // -- many issues ------------------------------------------------------------------------------

  @Test
  void validate_manyIssues_comeInDocumentOrder() {
    Assessment assessment = Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", " "))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addParticipants(Participant.of(Role.COUNCIL, 0), Participant.of(Role.COUNCIL, 3))
        .addRatings(
            Rating.builder().action("share-power").rating(7).rationale("x".repeat(4001)).build(),
            Rating.of("no-such-action", 2),
            Rating.of("grant-giving", 2),
            Rating.of("grant-giving", 2),
            Rating.of("grant-giving", 2),
            Rating.of("tackle-inequalities", 2),
            Rating.of("map-community-assets", 2),
            Rating.of("mutuals-and-co-ops", 2),
            Rating.of("value-lived-experience", 2),
            Rating.of("asset-based-commissioning", 2),
            Rating.builder().action("share-power").rating(0)
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, "", URI.create("ftp://x/y")))
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, "y".repeat(2001)))
                .build())
        .build();
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(
            tuple("/area/name", IssueCode.BLANK_TEXT),
            tuple("/participants/0/count", IssueCode.COUNT_OUT_OF_RANGE),
            tuple("/participants/1/role", IssueCode.DUPLICATE_ROLE),
            tuple("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE),
            tuple("/ratings/0/rationale", IssueCode.TEXT_TOO_LONG),
            tuple("/ratings/1/action", IssueCode.UNKNOWN_ACTION),
            tuple("/ratings/3/action", IssueCode.DUPLICATE_ACTION),
            tuple("/ratings/4/action", IssueCode.DUPLICATE_ACTION),
            tuple("/ratings/10/action", IssueCode.DUPLICATE_ACTION),
            tuple("/ratings/10/rating", IssueCode.RATING_OUT_OF_RANGE),
            tuple("/ratings/10/evidence/0/summary", IssueCode.BLANK_TEXT),
            tuple("/ratings/10/evidence/0/source", IssueCode.INVALID_SOURCE_URI),
            tuple("/ratings/10/evidence/1/summary", IssueCode.TEXT_TOO_LONG));
  }

  // -- messages ---------------------------------------------------------------------------------

  @Test
  void validate_messages_neverContainTheDocumentsFreeText() {
    String secret = "SECRET-7f3a9c";
    Assessment assessment = Assessment.builder()
        .framework(secret)
        .area(Area.of("E08000035", secret + "x".repeat(200)))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addRatings(Rating.builder().action(secret).rating(9).rationale(secret.repeat(600))
            .addEvidence(Evidence.of(EvidenceKind.PROCESSES, secret.repeat(300),
                URI.create("ftp://" + secret + ".example/" + secret)))
            .build(),
            Rating.builder().action(secret).rating(1).build())
        .build();
    List<Issue> issues = VALIDATOR.validate(assessment);
    assertThat(issues).hasSize(7);
    assertThat(issues).allSatisfy(issue -> {
      assertThat(issue.getMessage()).doesNotContain(secret);
      assertThat(issue.toString()).doesNotContain(secret);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "{value}", "{max}", "\\", "#{1+1}", "${", "}", "\\{x\\}",
      "$\\{validatedValue\\}", "${validatedValue}"})
  void validate_hostileTextInIdsAndTexts_doesNotBreakMessageInterpolation(String hostile) {
    Assessment assessment = Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", hostile))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .addParticipants(Participant.of(Role.CARER, 1), Participant.of(Role.CARER, 2))
        .addRatings(
            Rating.builder().action(hostile).rating(0).rationale(hostile)
                .addEvidence(Evidence.of(EvidenceKind.PROCESSES, hostile)).build(),
            Rating.builder().action("share-power").rating(2).rationale(hostile + "r".repeat(4000))
                .build(),
            Rating.of("share-power", 2))
        .build();
    List<Issue> issues = VALIDATOR.validate(assessment);
    assertThat(issues).extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(
            tuple("/participants/1/role", IssueCode.DUPLICATE_ROLE,
                "appears more than once; list each role once with its count"),
            tuple("/ratings/0/action", IssueCode.UNKNOWN_ACTION,
                "is not an action of framework 'aba-2020'"),
            tuple("/ratings/0/rating", IssueCode.RATING_OUT_OF_RANGE,
                "must be from 1 (not yet) to 4 (embedded)"),
            tuple("/ratings/1/rationale", IssueCode.TEXT_TOO_LONG, "must be at most 4000 characters"),
            tuple("/ratings/2/action", IssueCode.DUPLICATE_ACTION,
                "is rated more than once; an action takes at most one rating"));
  }

  @Test
  void validate_unknownFramework_messageListsTheKnownFrameworksNotTheNamedOne() {
    List<Issue> issues =
        VALIDATOR.validate(Assessment.builder().from(valid()).framework("my-${x}-framework").build());
    assertThat(issues).singleElement().satisfies(issue -> {
      assertThat(issue.getMessage()).contains("aba-2020").doesNotContain("my-");
    });
  }

  @Test
  void validate_unknownFrameworkWithAnEmptyRegistry_saysNoneIsKnown() {
    AbaValidator empty = AbaValidator.create(FrameworkRegistry.of());
    assertThat(empty.validate(valid())).extracting(Issue::getPath, Issue::getMessage)
        .containsExactly(tuple("/framework", "names a framework that is not known (known: none)"));
  }

  @Test
  void validate_unknownFrameworkWithTwoKnown_listsBothInRegistrationOrder() {
    AbaValidator two = AbaValidator.create(FrameworkRegistry.builtIn().with(localVariant()));
    List<Issue> issues =
        two.validate(Assessment.builder().from(valid()).framework("aba-1999").build());
    assertThat(issues).extracting(Issue::getMessage).containsExactly(
        "names a framework that is not known (known: aba-2020, leeds-local-2026)");
  }

  // -- custom registry --------------------------------------------------------------------------

  static Framework localVariant() {
    return Framework.builder()
        .id("leeds-local-2026")
        .title("A council's local variant")
        .addGroupings(Grouping.of("people", "People"), Grouping.of("places", "Places"))
        .addActions(
            Action.of("know-your-neighbours", "people", "Know your neighbours", "Street parties."),
            Action.of("open-buildings", "places", "Open buildings", "Libraries open late."))
        .build();
  }

  static Assessment againstLocalVariant() {
    return Assessment.builder()
        .framework("leeds-local-2026")
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 6, 1))
        .addRatings(Rating.of("know-your-neighbours", 2), Rating.of("open-buildings", 4))
        .build();
  }

  @Test
  void create_customRegistry_acceptsAnAssessmentAgainstTheCustomFramework() {
    AbaValidator custom = AbaValidator.create(FrameworkRegistry.of(localVariant()));
    assertThat(custom.validate(againstLocalVariant())).isEmpty();
    assertThat(custom.isValid(againstLocalVariant())).isTrue();
  }

  @Test
  void shared_assessmentAgainstCustomFramework_isUnknownFramework() {
    assertOneIssue(againstLocalVariant(), "/framework", IssueCode.UNKNOWN_FRAMEWORK);
  }

  @Test
  void create_customRegistry_checksActionsAgainstTheCustomFramework() {
    AbaValidator custom = AbaValidator.create(FrameworkRegistry.builtIn().with(localVariant()));
    Assessment mixed = Assessment.builder().from(againstLocalVariant())
        .addRatings(Rating.of("share-power", 2)).build();
    assertThat(custom.validate(mixed)).extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/ratings/2/action", IssueCode.UNKNOWN_ACTION,
            "is not an action of framework 'leeds-local-2026'"));
    assertThat(custom.validate(valid())).isEmpty();
  }

  @Test
  void create_registryWithoutTheBuiltInFramework_reportsAba2020AsUnknown() {
    AbaValidator custom = AbaValidator.create(FrameworkRegistry.of(localVariant()));
    assertThat(custom.validate(valid())).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/framework", IssueCode.UNKNOWN_FRAMEWORK));
  }

  // -- approaches -------------------------------------------------------------------------------

  static Assessment withSecondEvidenceApproach(String approach) {
    return withFirstRating(rating -> {
      Rating current = rating.build();
      List<Evidence> items = new ArrayList<>(current.getEvidence());
      items.set(1, Evidence.builder().from(items.get(1)).approach(approach).build());
      return Rating.builder().from(current).evidence(items);
    });
  }

  @Test
  void validate_evidenceNamingAKnownApproach_isValid() {
    assertThat(VALIDATOR.validate(withSecondEvidenceApproach("community-circles"))).isEmpty();
    assertThat(VALIDATOR.isValid(withSecondEvidenceApproach("community-circles"))).isTrue();
  }

  @Test
  void validate_approachThatSupportsAnotherAction_isStillKnown() {
    // the catalogue lists what an approach mainly supports; evidence of it may serve any action
    assertThat(Frameworks.aba2020Approaches().findApproach("community-investment-funds")
        .orElseThrow().supports("share-power")).isFalse();
    assertThat(VALIDATOR.validate(withSecondEvidenceApproach("community-investment-funds")))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-approach", "Shared-Lives", "share-power", "", " ${x}"})
  void validate_unknownApproach_isReportedAtTheApproach_namingTheCatalogue(String approach) {
    assertThat(VALIDATOR.validate(withSecondEvidenceApproach(approach)))
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/ratings/0/evidence/1/approach", IssueCode.UNKNOWN_APPROACH,
            "is not an approach of catalogue 'aba-2020-approaches'"));
  }

  @Test
  void validate_approachWhenTheFrameworkHasNoCatalogue_isUnknown() {
    AbaValidator noCatalogue = AbaValidator.create(FrameworkRegistry.of(Frameworks.aba2020()));
    assertThat(noCatalogue.validate(withSecondEvidenceApproach("shared-lives")))
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/ratings/0/evidence/1/approach", IssueCode.UNKNOWN_APPROACH,
            "names an approach, but framework 'aba-2020' has no catalogue of approaches"));
    assertThat(noCatalogue.validate(valid())).isEmpty();
  }

  @Test
  void validate_approachOfALocalCatalogue_isCheckedAgainstThatCatalogue() {
    ApproachCatalogue local = ApproachCatalogue.builder().id("leeds-approaches")
        .title("Leeds approaches").framework("leeds-local-2026")
        .addApproaches(Approach.of("street-parties", "Street parties", "Neighbours meet.",
            "Parties held.", "know-your-neighbours"))
        .build();
    AbaValidator custom = AbaValidator.create(
        FrameworkRegistry.builtIn().with(localVariant()).with(local));
    Assessment assessment = Assessment.builder().from(againstLocalVariant())
        .ratings(List.of(Rating.of("know-your-neighbours", 2,
                Evidence.builder().kind(EvidenceKind.PROCESSES).summary("Photos")
                    .approach("street-parties").build()),
            Rating.of("open-buildings", 3,
                Evidence.builder().kind(EvidenceKind.PROCESSES).summary("Rota")
                    .approach("shared-lives").build())))
        .build();
    assertThat(custom.validate(assessment))
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/ratings/1/evidence/0/approach", IssueCode.UNKNOWN_APPROACH,
            "is not an approach of catalogue 'leeds-approaches'"));
    assertThat(custom.validate(withSecondEvidenceApproach("shared-lives"))).isEmpty();
  }

  @Test
  void validate_approachUnderAnUnknownFramework_isNotReported() {
    Assessment assessment = Assessment.builder().from(withSecondEvidenceApproach("nope"))
        .framework("aba-1999").build();
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath)
        .containsExactly("/framework");
  }

  @Test
  void validate_unknownActionAndApproachAndLongRationale_inDocumentOrder() {
    Assessment assessment = withFirstRating(rating -> {
      Rating current = rating.build();
      List<Evidence> items = new ArrayList<>(current.getEvidence());
      items.set(0, Evidence.builder().from(items.get(0)).approach("nope-1").build());
      items.set(1, Evidence.builder().from(items.get(1)).approach("nope-2").build());
      return Rating.builder().from(current).action("no-such-action").evidence(items)
          .rationale("r".repeat(4001));
    });
    assertThat(VALIDATOR.validate(assessment)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(
            tuple("/ratings/0/action", IssueCode.UNKNOWN_ACTION),
            tuple("/ratings/0/evidence/0/approach", IssueCode.UNKNOWN_APPROACH),
            tuple("/ratings/0/evidence/1/approach", IssueCode.UNKNOWN_APPROACH),
            tuple("/ratings/0/rationale", IssueCode.TEXT_TOO_LONG));
  }
}
