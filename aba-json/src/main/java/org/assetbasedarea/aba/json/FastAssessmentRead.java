package org.assetbasedarea.aba.json;

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
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

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
 * {@code null}); enum names not exactly as written (no trimming), source addresses that are not plain
 * ({@code Evidence.isSourcePlain()}: kept as text, not parsed); dates other than
 * {@code yyyy-mm-dd} in ASCII digits or not a real day; ids the schema restricts to lower-case
 * kebab-case; anything after the root object; and string lengths, array sizes, members and values
 * beyond {@link ReadLimits}.
 */
final class FastAssessmentRead {
  /**
   * The longest text of a fixed vocabulary ({@code PEOPLES_EXPERIENCE}; the longest field name,
   * {@code schemaVersion} or {@code participants}, has 13 characters, a date 10, an area code 9).
   */
  private static final int LONGEST_FIXED_TEXT = 18;
  /** The most members an object of an assessment has (the root: schemaVersion and five fields). */
  private static final int MAX_MEMBERS = 6;

  private final JsonFactory factory;
  private final ReadLimits limits;
  /** Field names matched in the parser's own buffer (no String made), by index, per object. */
  private final PropertyNameMatcher rootNames;
  private final PropertyNameMatcher areaNames;
  private final PropertyNameMatcher participantNames;
  private final PropertyNameMatcher ratingNames;
  private final PropertyNameMatcher evidenceNames;

  /**
   * @param factory a factory from {@link LocatedTree#factory(ReadLimits)} (its stream constraints
   *     are the limits' own; it detects no duplicate keys, the binder does)
   * @param limits the limits the document must keep
   */
  FastAssessmentRead(JsonFactory factory, ReadLimits limits) {
    this.factory = factory;
    this.limits = limits;
    this.rootNames = names(factory, "schemaVersion", "framework", "area", "assessedOn",
        "participants", "ratings");
    this.areaNames = names(factory, "code", "name");
    this.participantNames = names(factory, "role", "count");
    this.ratingNames = names(factory, "action", "rating", "evidence", "rationale");
    this.evidenceNames = names(factory, "kind", "summary", "source", "approach");
  }

  private static PropertyNameMatcher names(JsonFactory factory, String... names) {
    List<Named> named = new ArrayList<>(names.length);
    for (String name : names) {
      named.add(Named.fromString(name));
    }
    return factory.constructNameMatcher(named, false);
  }

  /**
   * Reads a certainly valid assessment.
   *
   * @return the assessment, or null when the full path must decide
   */
  @Nullable Assessment read(byte[] json, AbaValidator validator) {
    if (limits.getMaxStringLength() < LONGEST_FIXED_TEXT) {
      // Enum names, dates, area codes and field names are not measured one by one here: under a
      // string limit shorter than the longest of them the full path decides.
      return null;
    }
    int encoding = Utf8.check(json);
    if (encoding >= 0) {
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
    if (assessment == null || !isCertainlyClean(assessment, encoding == Utf8.VALID_WITH_UNICODE_ESCAPE)) {
      return null;
    }
    return validator.validate(assessment).isEmpty() ? assessment : null;
  }

  // -- the binder: each method starts after its object's START_OBJECT, ends on its END_OBJECT ----

  /** Every field of the root seen: a bit per name of {@code rootNames}. */
  private static final int ALL_ROOT = (1 << 6) - 1;

  private @Nullable Assessment assessment(JsonParser parser) {
    Assessment.Builder builder = Assessment.builder();
    int seen = 0;
    for (int index = parser.nextNameMatch(rootNames); index != PropertyNameMatcher.MATCH_END_OBJECT;
        index = parser.nextNameMatch(rootNames)) {
      switch (index) { // an unknown name, or anything odd, is the default
        case 0: // schemaVersion
          if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT
              || parser.getNumberType() != JsonParser.NumberType.INT
              || parser.getIntValue() != 1) {
            return null;
          }
          break;
        case 1: // framework
          String framework = string(parser);
          if (framework == null) {
            return null;
          }
          builder.framework(framework);
          break;
        case 2: // area
          Area area = parser.nextToken() == JsonToken.START_OBJECT ? area(parser) : null;
          if (area == null) {
            return null;
          }
          builder.area(area);
          break;
        case 3: // assessedOn
          LocalDate date = date(string(parser));
          if (date == null) {
            return null;
          }
          builder.assessedOn(date);
          break;
        case 4: // participants
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
        case 5: // ratings
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
      int field = 1 << index; // a bit per field, in the order of rootNames
      if ((seen & field) != 0) {
        return null;
      }
      seen |= field;
    }
    return seen == ALL_ROOT ? builder.build() : null;
  }

  private @Nullable Area area(JsonParser parser) {
    String code = null;
    String name = null;
    for (int field = parser.nextNameMatch(areaNames); field != PropertyNameMatcher.MATCH_END_OBJECT;
        field = parser.nextNameMatch(areaNames)) {
      switch (field) { // an unknown name, or anything odd, is the default
        case 0: // code
          if (code != null) {
            return null;
          }
          code = string(parser);
          if (code == null || !AreaCode.isValid(code)) {
            return null;
          }
          break;
        case 1: // name
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

  private @Nullable Participant participant(JsonParser parser) {
    Role role = null;
    int count = 0;
    boolean counted = false;
    for (int field = parser.nextNameMatch(participantNames); field != PropertyNameMatcher.MATCH_END_OBJECT;
        field = parser.nextNameMatch(participantNames)) {
      switch (field) { // an unknown name, or anything odd, is the default
        case 0: // role
          if (role != null) {
            return null;
          }
          role = role(string(parser));
          if (role == null) {
            return null;
          }
          break;
        case 1: // count
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

  private @Nullable Rating rating(JsonParser parser) {
    Rating.Builder builder = Rating.builder();
    String action = null;
    boolean rated = false;
    boolean evidenced = false;
    boolean explained = false;
    for (int field = parser.nextNameMatch(ratingNames); field != PropertyNameMatcher.MATCH_END_OBJECT;
        field = parser.nextNameMatch(ratingNames)) {
      switch (field) { // an unknown name, or anything odd, is the default
        case 0: // action
          if (action != null) {
            return null;
          }
          action = string(parser);
          if (action == null) {
            return null;
          }
          builder.action(action);
          break;
        case 1: // rating
          if (rated || !nextInt(parser)) {
            return null;
          }
          builder.rating(parser.getIntValue());
          rated = true;
          break;
        case 2: // evidence
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
        case 3: // rationale
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

  private @Nullable Evidence evidence(JsonParser parser) {
    Evidence.Builder builder = Evidence.builder();
    EvidenceKind kind = null;
    boolean summarised = false;
    boolean sourced = false;
    boolean approached = false;
    for (int field = parser.nextNameMatch(evidenceNames); field != PropertyNameMatcher.MATCH_END_OBJECT;
        field = parser.nextNameMatch(evidenceNames)) {
      switch (field) { // an unknown name, or anything odd, is the default
        case 0: // kind
          if (kind != null) {
            return null;
          }
          kind = kind(string(parser));
          if (kind == null) {
            return null;
          }
          builder.kind(kind);
          break;
        case 1: // summary
          String summary = summarised ? null : string(parser);
          if (summary == null) {
            return null;
          }
          builder.summary(summary);
          summarised = true;
          break;
        case 2: // source
          // Kept as its text (getSource() parses it when asked); whether it is a plain address
          // is decided once, when the item is built, and checked below.
          String source = sourced ? null : string(parser);
          if (source == null) {
            return null;
          }
          builder.sourceText(source);
          sourced = true;
          break;
        case 3: // approach
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
    if (kind == null || !summarised) {
      return null;
    }
    if (!sourced) {
      return builder.build();
    }
    Evidence built;
    try {
      built = builder.build();
    } catch (IllegalArgumentException e) {
      return null; // a source that is not a URI at all: the full path reports it
    }
    // Any address but a plain one, even a valid one, is left to the full path.
    return built.isSourcePlain() ? built : null;
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
        Optional<String> source = item.getSourceText();
        if (source.isPresent()) {
          values++;
          if (!fits(source.get(), escapes)) {
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
