package org.assetbasedarea.aba.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
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
import org.assetbasedarea.aba.validation.AbaValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The fast path of {@link AbaJson#read(byte[], DocumentType)} for assessments: one streaming bind
 * straight from the tokens (jackson-core only: no mapper, no tree, no builder-based deserializer),
 * then checks of what the published schema requires and binding does not see, then {@link
 * AbaValidator}. It answers only "certainly valid, here is the document" or "don't know" (null); on
 * "don't know" the full path (located parse, schema check, bind, validate) runs and reports the
 * issues. It never accepts a document the full path rejects: it accepts a subset (for instance a
 * rating without evidence, a {@code null} anywhere, or an unusual source URI, always takes the full
 * path), and tests check that on generated, mutated and hostile documents.
 *
 * <p>What the binder refuses (leaves to the full path), so that it accepts no more than the schema
 * and the strict mapper: any field it does not know and any field given twice (a bit per known
 * field, not a hash set per object); a missing required field; any token of another type than the
 * contract's (a number in a string, a float or a number beyond {@code int} where an integer goes, a
 * {@code null}); enum names and URIs not exactly as written (no trimming); dates other than
 * {@code yyyy-mm-dd} in ASCII digits or not a real day; ids the schema restricts to lower-case
 * kebab-case; anything after the root object; and string lengths, array sizes, members and values
 * beyond {@link ReadLimits}.
 */
final class FastAssessmentRead {
  /** The most members an object of an assessment has (the root: schemaVersion and five fields). */
  private static final int MAX_MEMBERS = 6;
  /** The characters {@link #isPlainWebUri} accepts after the host and port. */
  private static final String URI_REST = "-._~:/?#@!$&'()*+,;=%";
  /** {@link #URI_REST}, ASCII letters and digits, by character. */
  private static final boolean[] URI_REST_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      URI_REST_CHARS[c] = isAsciiLetterOrDigit(c) || URI_REST.indexOf(c) >= 0;
    }
  }

  private final JsonFactory factory;
  private final ReadLimits limits;

  /**
   * @param factory a factory from {@link LocatedTree#factory(ReadLimits)} (its stream constraints
   *     are the limits' own; it detects no duplicate keys, the binder does)
   * @param limits the limits the document must keep
   */
  FastAssessmentRead(JsonFactory factory, ReadLimits limits) {
    this.factory = factory;
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
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      assessment = parser.nextToken() == JsonToken.START_OBJECT ? assessment(parser) : null;
      if (assessment != null && parser.nextToken() != null) {
        return null; // trailing tokens
      }
    } catch (JacksonException e) {
      // malformed JSON or a stream constraint: the full path reports it where it is
      return null;
    }
    if (assessment == null || !isCertainlyClean(assessment, Utf8.hasUnicodeEscape(json))) {
      return null;
    }
    return validator.validate(assessment).isEmpty() ? assessment : null;
  }

  // -- the binder: each method starts after its object's START_OBJECT, ends on its END_OBJECT ----

  private static final int SCHEMA_VERSION = 1;
  private static final int FRAMEWORK = 1 << 1;
  private static final int AREA = 1 << 2;
  private static final int ASSESSED_ON = 1 << 3;
  private static final int PARTICIPANTS = 1 << 4;
  private static final int RATINGS = 1 << 5;
  private static final int ALL_ROOT = (1 << 6) - 1;

  private static @Nullable Assessment assessment(JsonParser parser) {
    Assessment.Builder builder = Assessment.builder();
    int seen = 0;
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      int field;
      switch (parser.currentName()) {
        case "schemaVersion":
          field = SCHEMA_VERSION;
          if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT
              || parser.getNumberType() != JsonParser.NumberType.INT
              || parser.getIntValue() != 1) {
            return null;
          }
          break;
        case "framework":
          field = FRAMEWORK;
          String framework = string(parser);
          if (framework == null) {
            return null;
          }
          builder.framework(framework);
          break;
        case "area":
          field = AREA;
          Area area = parser.nextToken() == JsonToken.START_OBJECT ? area(parser) : null;
          if (area == null) {
            return null;
          }
          builder.area(area);
          break;
        case "assessedOn":
          field = ASSESSED_ON;
          LocalDate date = date(string(parser));
          if (date == null) {
            return null;
          }
          builder.assessedOn(date);
          break;
        case "participants":
          field = PARTICIPANTS;
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
          }
          List<Participant> participants = new ArrayList<>(8);
          for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY;
              item = parser.nextToken()) {
            Participant participant = item == JsonToken.START_OBJECT ? participant(parser) : null;
            if (participant == null) {
              return null;
            }
            participants.add(participant);
          }
          builder.participants(participants);
          break;
        case "ratings":
          field = RATINGS;
          if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
          }
          List<Rating> ratings = new ArrayList<>(12);
          for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY;
              item = parser.nextToken()) {
            Rating rating = item == JsonToken.START_OBJECT ? rating(parser) : null;
            if (rating == null) {
              return null;
            }
            ratings.add(rating);
          }
          builder.ratings(ratings);
          break;
        default:
          return null;
      }
      if ((seen & field) != 0) {
        return null;
      }
      seen |= field;
    }
    return seen == ALL_ROOT ? builder.build() : null;
  }

  private static @Nullable Area area(JsonParser parser) {
    String code = null;
    String name = null;
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      switch (parser.currentName()) {
        case "code":
          if (code != null) {
            return null;
          }
          code = string(parser);
          if (code == null || !AreaCode.isValid(code)) {
            return null;
          }
          break;
        case "name":
          if (name != null) {
            return null;
          }
          name = string(parser);
          if (name == null) {
            return null;
          }
          break;
        default:
          return null;
      }
    }
    return code != null && name != null ? Area.of(code, name) : null;
  }

  private static @Nullable Participant participant(JsonParser parser) {
    Role role = null;
    int count = 0;
    boolean counted = false;
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      switch (parser.currentName()) {
        case "role":
          if (role != null) {
            return null;
          }
          role = role(string(parser));
          if (role == null) {
            return null;
          }
          break;
        case "count":
          if (counted || !nextInt(parser)) {
            return null;
          }
          count = parser.getIntValue();
          counted = true;
          break;
        default:
          return null;
      }
    }
    return role != null && counted ? Participant.of(role, count) : null;
  }

  private static @Nullable Rating rating(JsonParser parser) {
    Rating.Builder builder = Rating.builder();
    String action = null;
    boolean rated = false;
    boolean evidenced = false;
    boolean explained = false;
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      switch (parser.currentName()) {
        case "action":
          if (action != null) {
            return null;
          }
          action = string(parser);
          if (action == null) {
            return null;
          }
          builder.action(action);
          break;
        case "rating":
          if (rated || !nextInt(parser)) {
            return null;
          }
          builder.rating(parser.getIntValue());
          rated = true;
          break;
        case "evidence":
          if (evidenced || parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
          }
          List<Evidence> evidence = new ArrayList<>(4);
          for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY;
              item = parser.nextToken()) {
            Evidence one = item == JsonToken.START_OBJECT ? evidence(parser) : null;
            if (one == null) {
              return null;
            }
            evidence.add(one);
          }
          builder.evidence(evidence);
          evidenced = true;
          break;
        case "rationale":
          String rationale = explained ? null : string(parser);
          if (rationale == null) {
            return null;
          }
          builder.rationale(rationale);
          explained = true;
          break;
        default:
          return null;
      }
    }
    return action != null && rated && evidenced ? builder.build() : null;
  }

  private static @Nullable Evidence evidence(JsonParser parser) {
    Evidence.Builder builder = Evidence.builder();
    EvidenceKind kind = null;
    boolean summarised = false;
    boolean sourced = false;
    boolean approached = false;
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      switch (parser.currentName()) {
        case "kind":
          if (kind != null) {
            return null;
          }
          kind = kind(string(parser));
          if (kind == null) {
            return null;
          }
          builder.kind(kind);
          break;
        case "summary":
          String summary = summarised ? null : string(parser);
          if (summary == null) {
            return null;
          }
          builder.summary(summary);
          summarised = true;
          break;
        case "source":
          URI source = sourced ? null : uri(string(parser));
          if (source == null) {
            return null;
          }
          builder.source(source);
          sourced = true;
          break;
        case "approach":
          String approach = approached ? null : string(parser);
          if (approach == null) {
            return null;
          }
          builder.approach(approach);
          approached = true;
          break;
        default:
          return null;
      }
    }
    return kind != null && summarised ? builder.build() : null;
  }

  /** The next value as a string, or null when it is not a JSON string. */
  private static @Nullable String string(JsonParser parser) {
    return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
  }

  /** Whether the next value is an integer within {@code int}, written without fraction or exponent. */
  private static boolean nextInt(JsonParser parser) {
    return parser.nextToken() == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT;
  }

  private static @Nullable Role role(@Nullable String name) {
    if (name != null) {
      for (Role role : ROLES) {
        if (role.name().equals(name)) {
          return role;
        }
      }
    }
    return null;
  }

  private static @Nullable EvidenceKind kind(@Nullable String name) {
    if (name != null) {
      for (EvidenceKind kind : KINDS) {
        if (kind.name().equals(name)) {
          return kind;
        }
      }
    }
    return null;
  }

  private static final Role[] ROLES = Role.values();
  private static final EvidenceKind[] KINDS = EvidenceKind.values();

  /** A date exactly as the schema's pattern and format require: {@code yyyy-mm-dd}, a real day. */
  static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || !isPlainDate(text)) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** A source URI that {@link #isPlainWebUri} accepts, untrimmed, or null. */
  private static @Nullable URI uri(@Nullable String text) {
    if (text == null || !isPlainWebUri(text)) {
      return null;
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null; // the full path reports it
    }
  }

  private boolean isCertainlyClean(Assessment assessment, boolean escapes) {
    List<Participant> participants = assessment.getParticipants();
    List<Rating> ratings = assessment.getRatings();
    // Objects of an assessment have at most 6 members. Values as the located parse counts them:
    // the root, schemaVersion, framework, area with code and name, assessedOn and the two arrays
    // are 9, then 3 per participant (object, role, count).
    long values = 9 + 3L * participants.size();
    if (limits.getMaxArrayItems() < MAX_MEMBERS
        || participants.isEmpty() || ratings.isEmpty() || !fits(participants.size())
        || !fits(ratings.size()) || !fits(assessment.getFramework(), escapes)
        || !fits(assessment.getArea().getName(), escapes)) {
      return false;
    }
    for (Rating rating : ratings) {
      List<Evidence> evidence = rating.getEvidence();
      // Ids need only the string limit here: the validator accepts only the exact ids of a
      // registered framework and its actions, lower-case kebab case by construction.
      if (evidence.isEmpty() || !fits(evidence.size()) || !fits(rating.getAction(), escapes)) {
        return false;
      }
      values += 4; // the rating object, action, rating, the evidence array
      Optional<String> rationale = rating.getRationale();
      if (rationale.isPresent()) {
        values++;
        if (!fits(rationale.get(), escapes)) {
          return false;
        }
      }
      for (Evidence item : evidence) {
        values += 3; // the item, kind, summary
        if (!fits(item.getSummary(), escapes)) {
          return false;
        }
        Optional<URI> source = item.getSource();
        if (source.isPresent()) {
          values++;
          if (!fits(source.get().toString(), escapes)) {
            return false;
          }
        }
        Optional<String> approach = item.getApproach();
        if (approach.isPresent()) {
          // Like the ids above: the validator accepts only the exact id of an approach in the
          // framework's catalogue, lower-case kebab case by construction.
          values++;
          if (!fits(approach.get(), escapes)) {
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
      if (c >= 128 || !URI_REST_CHARS[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Within the string limit, and no escaped unpaired surrogate (the full path reports those): only
   * a text with a {@code \\u} escape can hold one, so without escapes the search is skipped.
   */
  private boolean fits(String text, boolean escapes) {
    return text.length() <= limits.getMaxStringLength()
        && !(escapes && Utf8.hasUnpairedSurrogate(text));
  }

  private boolean fits(int items) {
    return items <= limits.getMaxArrayItems();
  }
}
