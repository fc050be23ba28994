package org.assetbasedarea.aba.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders and factories of the assessment model. */
class ModelTest {
  private static final Area LEEDS = Area.of("E08000035", "Leeds");

  // -- Area -------------------------------------------------------------------------------------

  @Test
  void area_of_happyPath() {
    assertThat(LEEDS.getCode()).isEqualTo(AreaCode.of("E08000035"));
    assertThat(LEEDS.getName()).isEqualTo("Leeds");
    assertThat(Area.of(AreaCode.of("E08000035"), "Leeds")).isEqualTo(LEEDS).hasSameHashCodeAs(LEEDS);
  }

  @Test
  void area_of_malformedCode_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Area.of("e08000035", "Leeds"));
  }

  @Test
  void area_of_nulls_areRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> Area.of((String) null, "Leeds"))
        .withMessage("code");
    assertThatNullPointerException().isThrownBy(() -> Area.of((AreaCode) null, "Leeds"))
        .withMessage("code");
    assertThatNullPointerException().isThrownBy(() -> Area.of("E08000035", null)).withMessage("name");
  }

  @Test
  void area_builderWithoutName_isRejectedNamingTheAttribute() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Area.builder().code(AreaCode.of("E08000035")).build())
        .withMessageContaining("name");
    assertThatIllegalStateException().isThrownBy(() -> Area.builder().name("Leeds").build())
        .withMessageContaining("code");
  }

  // -- Participant ------------------------------------------------------------------------------

  @Test
  void participant_of_happyPath() {
    Participant participant = Participant.of(Role.CARER, 12);
    assertThat(participant.getRole()).isEqualTo(Role.CARER);
    assertThat(participant.getCount()).isEqualTo(12);
    assertThat(participant).isEqualTo(Participant.of(Role.CARER, 12));
  }

  @Test
  void participant_of_outOfRangeCount_isBuiltForTheValidatorToReport() {
    assertThat(Participant.of(Role.CARER, 0).getCount()).isZero();
    assertThat(Participant.of(Role.CARER, Participant.MAX_COUNT + 1).getCount()).isEqualTo(100_001);
  }

  @Test
  void participant_of_nullRole_isRejected() {
    assertThatNullPointerException().isThrownBy(() -> Participant.of(null, 1)).withMessage("role");
  }

  @Test
  void participant_builderWithoutCount_isRejected() {
    assertThatIllegalStateException().isThrownBy(() -> Participant.builder().role(Role.NHS).build())
        .withMessageContaining("count");
  }

  @Test
  void role_isCoProduction_onlyForLivedExperienceCarerAndCommunity() {
    assertThat(List.of(Role.values())).filteredOn(Role::isCoProduction)
        .containsExactly(Role.LIVED_EXPERIENCE, Role.CARER, Role.COMMUNITY);
  }

  // -- Evidence ---------------------------------------------------------------------------------

  @Test
  void evidence_of_happyPaths() {
    Evidence plain = Evidence.of(EvidenceKind.PROCESSES, "Contract register");
    assertThat(plain.getSource()).isEmpty();
    Evidence sourced = Evidence.of(EvidenceKind.OUTCOMES, "Survey", URI.create("https://example.org/s"));
    assertThat(sourced.getSource()).contains(URI.create("https://example.org/s"));
    assertThat(sourced.getKind()).isEqualTo(EvidenceKind.OUTCOMES);
    assertThat(sourced.getSummary()).isEqualTo("Survey");
  }

  @Test
  void evidence_sourceIsKeptAsWritten_andParsedWhenAsked() {
    Evidence fromText = Evidence.builder().kind(EvidenceKind.OUTCOMES).summary("Survey")
        .sourceText("https://example.org/s?q=1#top").build();
    Evidence fromUri = Evidence.of(EvidenceKind.OUTCOMES, "Survey",
        URI.create("https://example.org/s?q=1#top"));
    assertThat(fromText).isEqualTo(fromUri).hasSameHashCodeAs(fromUri);
    assertThat(fromText.getSource()).contains(URI.create("https://example.org/s?q=1#top"));
    assertThat(fromText.getSource().orElseThrow()).isSameAs(fromText.getSource().orElseThrow());
    // written alike or not: the text decides equality, not URI.equals
    Evidence upper = Evidence.builder().from(fromText).sourceText("HTTPS://example.org/s?q=1#top")
        .build();
    assertThat(upper).isNotEqualTo(fromText);
    // a URI that is not a web one builds (validation reports it); a text that is no URI does not
    assertThat(Evidence.builder().kind(EvidenceKind.OUTCOMES).summary("s").sourceText("ftp://x")
        .build().getSource()).contains(URI.create("ftp://x"));
    assertThatIllegalArgumentException().isThrownBy(() -> Evidence.builder()
        .kind(EvidenceKind.OUTCOMES).summary("s").sourceText("http://a b").build());
    assertThat(Evidence.of(EvidenceKind.OUTCOMES, "s").getSource()).isEmpty();
  }

  @Test
  void evidence_of_nulls_areRejectedNamingTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> Evidence.of(null, "s")).withMessage("kind");
    assertThatNullPointerException().isThrownBy(() -> Evidence.of(EvidenceKind.PARTNERS, null))
        .withMessage("summary");
    assertThatNullPointerException()
        .isThrownBy(() -> Evidence.of(EvidenceKind.PARTNERS, "s", null)).withMessage("source");
  }

  @Test
  void evidence_builderWithoutSummary_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Evidence.builder().kind(EvidenceKind.PARTNERS).build())
        .withMessageContaining("summary");
  }

  // -- Rating -----------------------------------------------------------------------------------

  @Test
  void rating_of_happyPath() {
    Rating rating = Rating.of("share-power", 3, Evidence.of(EvidenceKind.PARTNERS, "NHS letter"),
        Evidence.of(EvidenceKind.PROCESSES, "Plan"));
    assertThat(rating.getAction()).isEqualTo("share-power");
    assertThat(rating.getRating()).isEqualTo(3);
    assertThat(rating.getEvidence()).hasSize(2).isUnmodifiable();
    assertThat(rating.getRationale()).isEmpty();
    assertThat(rating.hasEvidence(EvidenceKind.PARTNERS)).isTrue();
    assertThat(rating.hasEvidence(EvidenceKind.PEOPLES_EXPERIENCE)).isFalse();
  }

  @Test
  void rating_of_withoutEvidence_hasNone() {
    Rating rating = Rating.of("share-power", 1);
    assertThat(rating.getEvidence()).isEmpty();
    for (EvidenceKind kind : EvidenceKind.values()) {
      assertThat(rating.hasEvidence(kind)).isFalse();
    }
  }

  @Test
  void rating_of_nulls_areRejected() {
    assertThatNullPointerException().isThrownBy(() -> Rating.of(null, 1)).withMessage("action");
    assertThatNullPointerException()
        .isThrownBy(() -> Rating.of("share-power", 1, (Evidence) null))
        .withMessageContaining("evidence");
  }

  @Test
  void rating_builderWithoutRating_isRejected() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Rating.builder().action("share-power").build())
        .withMessageContaining("rating");
  }

  // -- Assessment -------------------------------------------------------------------------------

  private static Assessment.Builder assessment() {
    return Assessment.builder().framework("aba-2020").area(LEEDS)
        .assessedOn(LocalDate.of(2026, 3, 31));
  }

  @Test
  void assessment_builder_happyPath() {
    Assessment assessment = assessment()
        .addParticipants(Participant.of(Role.COUNCIL, 2))
        .addRatings(Rating.of("share-power", 3), Rating.of("grant-giving", 1))
        .build();
    assertThat(assessment.getFramework()).isEqualTo("aba-2020");
    assertThat(assessment.getArea()).isEqualTo(LEEDS);
    assertThat(assessment.getAssessedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(assessment.findRating("grant-giving")).get().extracting(Rating::getRating)
        .isEqualTo(1);
    assertThat(assessment.findRating("tackle-inequalities")).isEmpty();
    assertThat(assessment.getRatings()).isUnmodifiable();
    assertThat(Assessment.builder().from(assessment).build()).isEqualTo(assessment);
  }

  @Test
  void assessment_findRating_ofDuplicatedAction_returnsTheFirst() {
    Assessment assessment =
        assessment().addRatings(Rating.of("share-power", 3), Rating.of("share-power", 1)).build();
    assertThat(assessment.findRating("share-power")).get().extracting(Rating::getRating)
        .isEqualTo(3);
  }

  @Test
  void assessment_builderWithoutRequiredAttributes_isRejectedNamingThem() {
    assertThatIllegalStateException().isThrownBy(() -> Assessment.builder().build())
        .withMessageContaining("framework").withMessageContaining("area")
        .withMessageContaining("assessedOn");
    assertThatIllegalStateException()
        .isThrownBy(() -> Assessment.builder().framework("aba-2020").area(LEEDS).build())
        .withMessageContaining("assessedOn");
  }

  @Test
  void assessment_builderNulls_areRejectedNamingTheAttribute() {
    assertThatNullPointerException().isThrownBy(() -> Assessment.builder().framework(null))
        .withMessage("framework");
    assertThatNullPointerException().isThrownBy(() -> Assessment.builder().area(null))
        .withMessage("area");
    assertThatNullPointerException().isThrownBy(() -> Assessment.builder().assessedOn(null))
        .withMessage("assessedOn");
  }
}
