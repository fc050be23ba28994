package org.assetbasedarea.aba.json;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
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
  /** The most members an object of an assessment has (the root: schemaVersion and five fields). */
  private static final int MAX_MEMBERS = 6;
  /** The characters {@link #isPlainWebUri} accepts after the host and port. */
  private static final String URI_REST = "-._~:/?#@!$&'()*+,;=%";

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
    if (Utf8.firstInvalid(json) >= 0) {
      // Jackson would read UTF-16 and UTF-32, and overlong UTF-8; the full path reports them
      return null;
    }
    Assessment assessment;
    try {
      assessment = reader.readValue(json);
    } catch (RuntimeException | StackOverflowError e) {
      // JacksonException, a builder or strict deserializer refusing; the full path decides (and
      // reports), as it does for a stack overflow
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
        || !fits(ratings.size()) || !fits(assessment.getFramework())
        || !fits(assessment.getArea().getName())) {
      return false;
    }
    for (Rating rating : ratings) {
      List<Evidence> evidence = rating.getEvidence();
      // Ids need only the string limit here: the validator accepts only the exact ids of a
      // registered framework and its actions, lower-case kebab case by construction.
      if (evidence.isEmpty() || !fits(evidence.size()) || !fits(rating.getAction())) {
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
        Optional<String> approach = item.getApproach();
        if (approach.isPresent()) {
          // Like the ids above: the validator accepts only the exact id of an approach in the
          // framework's catalogue, lower-case kebab case by construction.
          values++;
          if (!fits(approach.get())) {
            return false;
          }
        }
      }
    }
    return values <= limits.getMaxValues();
  }

  /** {@code yyyy-mm-dd} in ASCII digits, as the schema's pattern requires, without a regex. */
  static boolean isPlainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A conservative subset of the source URIs the schema accepts, without a regex: {@code http} or
   * {@code https} (any case), {@code ://}, a host name of dot-separated labels of ASCII letters,
   * digits and inner hyphens, an optional port of 1-5 digits, then nothing or one of {@code /?#}
   * followed only by ASCII letters, digits and {@value #URI_REST} (no brackets, spaces, quotes or
   * anything outside ASCII).
   */
  static boolean isPlainWebUri(String text) {
    int i;
    if (text.regionMatches(true, 0, "http://", 0, 7)) {
      i = 7;
    } else if (text.regionMatches(true, 0, "https://", 0, 8)) {
      i = 8;
    } else {
      return false;
    }
    int length = text.length();
    int labelStart = i;
    while (true) {
      while (i < length && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
        return false;
      }
      if (i < length && text.charAt(i) == '.') {
        labelStart = ++i;
        continue;
      }
      break;
    }
    if (i < length && text.charAt(i) == ':') {
      int portStart = ++i;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == portStart || i - portStart > 5) {
        return false;
      }
    }
    if (i == length) {
      return true;
    }
    char next = text.charAt(i);
    if (next != '/' && next != '?' && next != '#') {
      return false;
    }
    for (i++; i < length; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && URI_REST.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Within the string limit, and no escaped unpaired surrogate (the full path reports those). */
  private boolean fits(String text) {
    return text.length() <= limits.getMaxStringLength() && !Utf8.hasUnpairedSurrogate(text);
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
      if (text == null || !isPlainDate(text)) {
        throw new IllegalArgumentException("not a plain date");
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a real date", e);
      }
    }
  }

  /** A source URI that {@link #isPlainWebUri} accepts, untrimmed. */
  private static final class StrictUri extends StdScalarDeserializer<URI> {
    StrictUri() {
      super(URI.class);
    }

    @Override
    public URI deserialize(JsonParser parser, DeserializationContext context) {
      String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : null;
      if (text == null || !isPlainWebUri(text)) {
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
