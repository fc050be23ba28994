package org.assetbasedarea.aba.json;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * The fast path of {@link AbaJson#read(byte[], DocumentType)} for assessments: one streaming bind
 * with stricter scalar deserializers, then checks of what the published schema requires and binding
 * does not see, then {@link AbaValidator}. It answers only "certainly valid, here is the document"
 * or "don't know" (null); on "don't know" the full path (located parse, schema check, bind,
 * validate) runs and reports the issues. It never accepts a document the full path rejects: it
 * accepts a subset (for instance a rating without evidence, or an unusual source URI, always takes
 * the full path), and tests check that on generated, mutated and hostile documents.
 *
 * <p>What binding alone would let through, and how this path refuses it: absent arrays bind as
 * empty lists (so any empty {@code participants}, {@code ratings} or {@code evidence} goes to the
 * full path); Jackson trims enum names and URIs and reads {@code 2026-03-31T10:00} as a date
 * (strict deserializers below); ids the schema restricts to lower-case kebab-case; string lengths,
 * array sizes, members and values under {@link ReadLimits}.
 */
final class FastAssessmentRead {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_ID_LENGTH = 100;
  /** The most members an object of an assessment has (the root: schemaVersion and five fields). */
  private static final int MAX_MEMBERS = 6;
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /**
   * A conservative subset of the source URIs the schema accepts: http(s), a host name of
   * letters, digits, hyphens and dots (labels neither starting nor ending with a hyphen), an
   * optional port, then only unreserved, reserved-but-safe and percent characters (no brackets,
   * no spaces, nothing outside ASCII).
   */
  private static final Pattern SOURCE = Pattern.compile(
      "[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
          + "(:[0-9]{1,5})?([/?#][A-Za-z0-9\\-._~:/?#@!$&'()*+,;=%]*)?");

  private final ObjectReader reader;
  private final ReadLimits limits;

  FastAssessmentRead(JsonMapper strict, ReadLimits limits) {
    JsonMapper stricter = strict.rebuild()
        .addModule(new SimpleModule("aba-fast-read")
            .addDeserializer(LocalDate.class, new StrictDate())
            .addDeserializer(URI.class, new StrictUri())
            .addDeserializer(Role.class, new StrictEnum<>(Role.class))
            .addDeserializer(EvidenceKind.class, new StrictEnum<>(EvidenceKind.class)))
        .build();
    this.reader = stricter.readerFor(Assessment.class);
    this.limits = limits;
  }

  /**
   * Reads a certainly valid assessment.
   *
   * @return the assessment, or null when the full path must decide
   */
  @Nullable Assessment read(byte[] json, AbaValidator validator) {
    Assessment assessment;
    try {
      assessment = reader.readValue(json);
    } catch (RuntimeException e) { // JacksonException, or a builder or strict deserializer refusing
      return null;
    }
    if (assessment == null || !isCertainlyClean(assessment)) {
      return null;
    }
    return validator.validate(assessment).isEmpty() ? assessment : null;
  }

  private boolean isCertainlyClean(Assessment assessment) {
    List<Participant> participants = assessment.getParticipants();
    List<Rating> ratings = assessment.getRatings();
    // Objects of an assessment have at most 6 members. Values as the located parse counts them:
    // the root, schemaVersion, framework, area with code and name, assessedOn and the two arrays
    // are 9, then 3 per participant (object, role, count).
    long values = 9 + 3L * participants.size();
    if (limits.getMaxArrayItems() < MAX_MEMBERS
        || participants.isEmpty() || ratings.isEmpty() || !fits(participants.size())
        || !fits(ratings.size()) || !isId(assessment.getFramework())
        || !fits(assessment.getArea().getName())) {
      return false;
    }
    for (Rating rating : ratings) {
      List<Evidence> evidence = rating.getEvidence();
      if (evidence.isEmpty() || !fits(evidence.size()) || !isId(rating.getAction())) {
        return false;
      }
      values += 4; // the rating object, action, rating, the evidence array
      Optional<String> rationale = rating.getRationale();
      if (rationale.isPresent()) {
        values++;
        if (!fits(rationale.get())) {
          return false;
        }
      }
      for (Evidence item : evidence) {
        values += 3; // the item, kind, summary
        if (!fits(item.getSummary())) {
          return false;
        }
        Optional<URI> source = item.getSource();
        if (source.isPresent()) {
          values++;
          if (!fits(source.get().toString())) {
            return false;
          }
        }
      }
    }
    return values <= limits.getMaxValues();
  }

  private boolean isId(String id) {
    return id.length() <= MAX_ID_LENGTH && fits(id) && ID.matcher(id).matches();
  }

  private boolean fits(String text) {
    return text.length() <= limits.getMaxStringLength();
  }

  private boolean fits(int items) {
    return items <= limits.getMaxArrayItems();
  }

  /** A date exactly as the schema's pattern and format require: {@code yyyy-mm-dd}, a real day. */
  private static final class StrictDate extends StdScalarDeserializer<LocalDate> {
    StrictDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : null;
      if (text == null || !DATE.matcher(text).matches()) {
        throw new IllegalArgumentException("not a plain date");
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a real date", e);
      }
    }
  }

  /** A source URI from {@link #SOURCE}, untrimmed. */
  private static final class StrictUri extends StdScalarDeserializer<URI> {
    StrictUri() {
      super(URI.class);
    }

    @Override
    public URI deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : null;
      if (text == null || !SOURCE.matcher(text).matches()) {
        throw new IllegalArgumentException("not a plain web URI");
      }
      return URI.create(text);
    }
  }

  /** An enum constant by its exact name, untrimmed. */
  private static final class StrictEnum<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final Class<E> type;

    StrictEnum(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : null;
      if (text == null) {
        throw new IllegalArgumentException("not a string");
      }
      return Enum.valueOf(type, text);
    }
  }
}
