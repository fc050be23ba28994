package org.assetbasedarea.aba.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * Jackson mix-ins for the assessment document (docs/contracts.md): an {@code @JsonProperty}
 * on every accessor (Jackson 3 writes {@code {}} silently otherwise) and builder mix-ins naming the
 * builder methods to use.
 */
final class AssessmentMixins {
  private AssessmentMixins() {}

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"schemaVersion", "framework", "area", "assessedOn", "participants", "ratings"})
  @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = SchemaVersionWriter.class,
      name = "schemaVersion", type = int.class))
  @JsonDeserialize(builder = Assessment.Builder.class)
  abstract static class AssessmentMixin {
    @JsonProperty("framework") abstract String getFramework();

    @JsonProperty("area") abstract Area getArea();

    @JsonProperty("assessedOn") abstract LocalDate getAssessedOn();

    @JsonProperty("participants") abstract List<Participant> getParticipants();

    @JsonProperty("ratings") abstract List<Rating> getRatings();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AssessmentBuilderMixin {
    @JsonProperty("framework") abstract Assessment.Builder framework(String framework);

    @JsonProperty("area") abstract Assessment.Builder area(Area area);

    @JsonProperty("assessedOn") abstract Assessment.Builder assessedOn(LocalDate assessedOn);

    @JsonProperty("participants")
    abstract Assessment.Builder participants(Iterable<? extends Participant> participants);

    @JsonProperty("ratings") abstract Assessment.Builder ratings(Iterable<? extends Rating> ratings);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"code", "name"})
  @JsonDeserialize(builder = Area.Builder.class)
  abstract static class AreaMixin {
    @JsonProperty("code") abstract AreaCode getCode();

    @JsonProperty("name") abstract String getName();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class AreaBuilderMixin {
    @JsonProperty("code") abstract Area.Builder code(AreaCode code);

    @JsonProperty("name") abstract Area.Builder name(String name);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"role", "count"})
  @JsonDeserialize(builder = Participant.Builder.class)
  abstract static class ParticipantMixin {
    @JsonProperty("role") abstract Role getRole();

    @JsonProperty("count") abstract int getCount();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class ParticipantBuilderMixin {
    @JsonProperty("role") abstract Participant.Builder role(Role role);

    @JsonProperty("count") abstract Participant.Builder count(int count);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"action", "rating", "evidence", "rationale"})
  @JsonDeserialize(builder = Rating.Builder.class)
  abstract static class RatingMixin {
    @JsonProperty("action") abstract String getAction();

    @JsonProperty("rating") abstract int getRating();

    @JsonProperty("evidence") abstract List<Evidence> getEvidence();

    @JsonProperty("rationale")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<String> getRationale();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class RatingBuilderMixin {
    @JsonProperty("action") abstract Rating.Builder action(String action);

    @JsonProperty("rating") abstract Rating.Builder rating(int rating);

    @JsonProperty("evidence") abstract Rating.Builder evidence(Iterable<? extends Evidence> evidence);

    @JsonProperty("rationale") abstract Rating.Builder rationale(String rationale);
  }

  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"kind", "summary", "source", "approach"})
  @JsonDeserialize(builder = Evidence.Builder.class)
  abstract static class EvidenceMixin {
    @JsonProperty("kind") abstract EvidenceKind getKind();

    @JsonProperty("summary") abstract String getSummary();

    // the text as written (the URI's own text), so that writing parses nothing
    @JsonProperty("source")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<String> getSourceText();

    @JsonProperty("approach")
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract Optional<String> getApproach();
  }

  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE, fieldVisibility = Visibility.NONE)
  abstract static class EvidenceBuilderMixin {
    @JsonProperty("kind") abstract Evidence.Builder kind(EvidenceKind kind);

    @JsonProperty("summary") abstract Evidence.Builder summary(String summary);

    @JsonProperty("source") abstract Evidence.Builder source(URI source);

    @JsonProperty("approach") abstract Evidence.Builder approach(String approach);
  }
}
