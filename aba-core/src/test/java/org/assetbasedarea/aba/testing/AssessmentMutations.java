package org.assetbasedarea.aba.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.IssueCode;

/**
 * Seeded single mutations that turn a valid {@code aba-2020} assessment into an invalid one with
 * exactly one issue, at a known JSON Pointer and with a known code. Each mutation first makes sure
 * the structure it needs exists (adding valid ratings, evidence or participants when the base has
 * none), then breaks one value chosen at a random position. Pure functions of the {@link Random}.
 *
 * <p>Used by the validator's property tests and, through aba-core's test-jar, by aba-json's.
 */
public final class AssessmentMutations {
  /** Every kind of single mutation, named after what it breaks. */
  public enum Kind {
    /** A rating set to 0, 5 or another value outside 1-4. */
    RATING_OUT_OF_RANGE(IssueCode.RATING_OUT_OF_RANGE),
    /** The area name made empty or white space. */
    BLANK_AREA_NAME(IssueCode.BLANK_TEXT),
    /** An evidence summary made empty or white space. */
    BLANK_EVIDENCE_SUMMARY(IssueCode.BLANK_TEXT),
    /** The area name made longer than 200 characters. */
    AREA_NAME_TOO_LONG(IssueCode.TEXT_TOO_LONG),
    /** An evidence summary made longer than 2000 characters. */
    EVIDENCE_SUMMARY_TOO_LONG(IssueCode.TEXT_TOO_LONG),
    /** A rationale made longer than 4000 characters. */
    RATIONALE_TOO_LONG(IssueCode.TEXT_TOO_LONG),
    /** An evidence source that is relative, not http(s), or without a host. */
    INVALID_SOURCE_URI(IssueCode.INVALID_SOURCE_URI),
    /** A second rating of an already rated action, inserted after the first. */
    DUPLICATE_ACTION(IssueCode.DUPLICATE_ACTION),
    /** A rating's action replaced by an id the framework does not have. */
    UNKNOWN_ACTION(IssueCode.UNKNOWN_ACTION),
    /** A second participant entry of an already listed role, inserted after the first. */
    DUPLICATE_ROLE(IssueCode.DUPLICATE_ROLE),
    /** A participant count set to 0, 100001 or another value outside 1-100000. */
    COUNT_OUT_OF_RANGE(IssueCode.COUNT_OUT_OF_RANGE),
    /** A rating given 51 to 60 evidence items. */
    TOO_MANY_EVIDENCE_ITEMS(IssueCode.TOO_MANY_EVIDENCE_ITEMS),
    /** The framework id replaced by one that is not registered. */
    UNKNOWN_FRAMEWORK(IssueCode.UNKNOWN_FRAMEWORK),
    /** An evidence item made to name an approach the framework's catalogue does not have. */
    UNKNOWN_APPROACH(IssueCode.UNKNOWN_APPROACH);

    private final IssueCode code;

    Kind(IssueCode code) {
      this.code = code;
    }

    /** @return the code the validator must report for this mutation */
    public IssueCode getCode() {
      return code;
    }
  }

  /**
   * An invalid assessment with the one issue it must produce.
   *
   * @param kind what was broken
   * @param assessment the mutated assessment
   * @param path the JSON Pointer of the one expected issue
   * @param code the code of the one expected issue
   */
  public record Mutation(Kind kind, Assessment assessment, String path, IssueCode code) {
    /** Checks the components. */
    public Mutation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return kind + " -> " + path + " " + code;
    }
  }

  private static final int[] BAD_RATINGS = {0, 5, -1, 6, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final int[] BAD_COUNTS = {0, -1, Participant.MAX_COUNT + 1, 1_000_000,
      Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final String[] BLANKS = {"", " ", "   ", "\t", "\n", " \r\n\t ", "\u2003",
    "\u3000\u2028"};
  private static final String[] BAD_URIS = {
    "evidence/report.pdf", "/evidence/report.pdf", "//example.org/no-scheme", "ftp://example.org/x",
    "mailto:someone@example.org", "http:///no-host", "https:///no-host", "http:opaque",
    "file:///etc/passwd", "urn:isbn:9780000000000", "javascript:alert(1)", "#fragment",
    "http://under_score.example/x"
  };
  private static final String[] UNKNOWN_ACTIONS = {
    "no-such-action", "Share-Power", "share power", "share-power ", "", " ", "${1+1}",
    "#{'a'.concat('b')}", "{action}", "\\", "action-11", "map-community-asset",
    "'); DROP TABLE ratings;--", "\u0000", "Ünïcödé"
  };
  private static final String[] UNKNOWN_APPROACHES = {
    "no-such-approach", "Shared-Lives", "shared lives", "shared-lives ", "", " ", "${1+1}",
    "{approach}", "\\", "share-power", "aba-2020-approaches", "shared-live", "time-bank",
    "'); DROP TABLE evidence;--", "\u0000", "\u00DCn\u00EFc\u00F6d\u00E9", "shared--lives"
  };
  private static final String[] UNKNOWN_FRAMEWORKS = {
    "aba-2021", "ABA-2020", "aba-2020 ", "aba2020", "", " ", "${framework}", "{0}", "\\u0041",
    "aba-2020\n", "local-variant"
  };

  private AssessmentMutations() {}

  /**
   * A random mutation of a random valid assessment.
   *
   * @param random the source of randomness
   * @return the mutation
   */
  public static Mutation any(Random random) {
    Kind[] kinds = Kind.values();
    return mutate(random, AssessmentGenerator.validAssessment(random), kinds[random.nextInt(kinds.length)]);
  }

  /**
   * A mutation of one kind of a fresh valid assessment.
   *
   * @param random the source of randomness
   * @param kind what to break
   * @return the mutation
   */
  public static Mutation mutate(Random random, Kind kind) {
    return mutate(random, AssessmentGenerator.validAssessment(random), kind);
  }

  /**
   * Breaks one value of a valid {@code aba-2020} assessment.
   *
   * @param random the source of randomness
   * @param valid a valid assessment against {@code aba-2020}, with no issue
   * @param kind what to break
   * @return the mutation, whose assessment has exactly one issue
   */
  public static Mutation mutate(Random random, Assessment valid, Kind kind) {
    switch (kind) {
      case RATING_OUT_OF_RANGE: {
        Assessment base = withRating(random, valid);
        int i = random.nextInt(base.getRatings().size());
        Rating broken = Rating.builder().from(base.getRatings().get(i))
            .rating(BAD_RATINGS[random.nextInt(BAD_RATINGS.length)]).build();
        return new Mutation(kind, replaceRating(base, i, broken), "/ratings/" + i + "/rating",
            kind.getCode());
      }
      case BLANK_AREA_NAME:
        return new Mutation(kind, withAreaName(valid, pick(random, BLANKS)), "/area/name",
            kind.getCode());
      case AREA_NAME_TOO_LONG:
        return new Mutation(kind, withAreaName(valid, longText(random, 200)), "/area/name",
            kind.getCode());
      case BLANK_EVIDENCE_SUMMARY:
      case EVIDENCE_SUMMARY_TOO_LONG:
      case INVALID_SOURCE_URI:
      case UNKNOWN_APPROACH: {
        Assessment base = withEvidence(random, valid);
        List<Integer> rated = ratingsWithEvidence(base);
        int i = rated.get(random.nextInt(rated.size()));
        Rating rating = base.getRatings().get(i);
        int j = random.nextInt(rating.getEvidence().size());
        Evidence.Builder evidence = Evidence.builder().from(rating.getEvidence().get(j));
        String leaf;
        if (kind == Kind.INVALID_SOURCE_URI) {
          evidence.source(URI.create(pick(random, BAD_URIS)));
          leaf = "source";
        } else if (kind == Kind.UNKNOWN_APPROACH) {
          evidence.approach(pick(random, UNKNOWN_APPROACHES));
          leaf = "approach";
        } else {
          evidence.summary(kind == Kind.BLANK_EVIDENCE_SUMMARY
              ? pick(random, BLANKS) : longText(random, 2000));
          leaf = "summary";
        }
        List<Evidence> items = new ArrayList<>(rating.getEvidence());
        items.set(j, evidence.build());
        Rating broken = Rating.builder().from(rating).evidence(items).build();
        return new Mutation(kind, replaceRating(base, i, broken),
            "/ratings/" + i + "/evidence/" + j + "/" + leaf, kind.getCode());
      }
      case RATIONALE_TOO_LONG: {
        Assessment base = withRating(random, valid);
        int i = random.nextInt(base.getRatings().size());
        Rating broken = Rating.builder().from(base.getRatings().get(i))
            .rationale(longText(random, 4000)).build();
        return new Mutation(kind, replaceRating(base, i, broken), "/ratings/" + i + "/rationale",
            kind.getCode());
      }
      case TOO_MANY_EVIDENCE_ITEMS: {
        Assessment base = withRating(random, valid);
        int i = random.nextInt(base.getRatings().size());
        Rating rating = base.getRatings().get(i);
        List<Evidence> items = new ArrayList<>(rating.getEvidence());
        int target = Rating.MAX_EVIDENCE + 1 + random.nextInt(10);
        while (items.size() < target) {
          items.add(random.nextInt(items.size() + 1), AssessmentGenerator.evidence(random));
        }
        Rating broken = Rating.builder().from(rating).evidence(items).build();
        return new Mutation(kind, replaceRating(base, i, broken), "/ratings/" + i + "/evidence",
            kind.getCode());
      }
      case DUPLICATE_ACTION: {
        Assessment base = withRating(random, valid);
        List<Rating> ratings = new ArrayList<>(base.getRatings());
        int i = random.nextInt(ratings.size());
        int at = i + 1 + random.nextInt(ratings.size() - i);
        ratings.add(at, AssessmentGenerator.rating(random, ratings.get(i).getAction()));
        return new Mutation(kind, Assessment.builder().from(base).ratings(ratings).build(),
            "/ratings/" + at + "/action", kind.getCode());
      }
      case UNKNOWN_ACTION: {
        Assessment base = withRating(random, valid);
        int i = random.nextInt(base.getRatings().size());
        Rating broken = Rating.builder().from(base.getRatings().get(i))
            .action(pick(random, UNKNOWN_ACTIONS)).build();
        return new Mutation(kind, replaceRating(base, i, broken), "/ratings/" + i + "/action",
            kind.getCode());
      }
      case DUPLICATE_ROLE: {
        Assessment base = withParticipant(random, valid);
        List<Participant> participants = new ArrayList<>(base.getParticipants());
        int i = random.nextInt(participants.size());
        int at = i + 1 + random.nextInt(participants.size() - i);
        participants.add(at, Participant.of(participants.get(i).getRole(), 1 + random.nextInt(50)));
        return new Mutation(kind, Assessment.builder().from(base).participants(participants).build(),
            "/participants/" + at + "/role", kind.getCode());
      }
      case COUNT_OUT_OF_RANGE: {
        Assessment base = withParticipant(random, valid);
        List<Participant> participants = new ArrayList<>(base.getParticipants());
        int i = random.nextInt(participants.size());
        participants.set(i, Participant.of(participants.get(i).getRole(),
            BAD_COUNTS[random.nextInt(BAD_COUNTS.length)]));
        return new Mutation(kind, Assessment.builder().from(base).participants(participants).build(),
            "/participants/" + i + "/count", kind.getCode());
      }
      case UNKNOWN_FRAMEWORK:
        return new Mutation(kind,
            Assessment.builder().from(valid).framework(pick(random, UNKNOWN_FRAMEWORKS)).build(),
            "/framework", kind.getCode());
      default:
        throw new AssertionError(kind);
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A text over {@code max} characters, counted in code points as the model counts them. */
  private static String longText(Random random, int max) {
    int length = max + 1 + (random.nextBoolean() ? 0 : random.nextInt(100));
    StringBuilder text = new StringBuilder(AssessmentGenerator.text(random, max));
    while (text.codePointCount(0, text.length()) < length) {
      text.append(' ').append(AssessmentGenerator.text(random, 20));
    }
    text.setLength(text.offsetByCodePoints(0, length));
    int last = text.length() - 1;
    if (Character.isWhitespace(text.charAt(last)) || Character.isSurrogate(text.charAt(last))) {
      text.setLength(text.offsetByCodePoints(0, length - 1));
      text.append('.');
    }
    return text.toString();
  }


  private static Assessment withAreaName(Assessment valid, String name) {
    return Assessment.builder().from(valid).area(Area.of(valid.getArea().getCode(), name)).build();
  }

  private static Assessment replaceRating(Assessment base, int index, Rating rating) {
    List<Rating> ratings = new ArrayList<>(base.getRatings());
    ratings.set(index, rating);
    return Assessment.builder().from(base).ratings(ratings).build();
  }

  /** The base itself when it has a rating; else the base with one valid rating added. */
  private static Assessment withRating(Random random, Assessment base) {
    if (!base.getRatings().isEmpty()) {
      return base;
    }
    Framework framework = Frameworks.aba2020();
    List<Action> actions = framework.getActions();
    String action = actions.get(random.nextInt(actions.size())).getId();
    return Assessment.builder().from(base).addRatings(AssessmentGenerator.rating(random, action)).build();
  }

  /** The base itself when a rating has evidence; else the base with evidence added to a rating. */
  private static Assessment withEvidence(Random random, Assessment valid) {
    Assessment base = withRating(random, valid);
    if (!ratingsWithEvidence(base).isEmpty()) {
      return base;
    }
    int i = random.nextInt(base.getRatings().size());
    Rating rating = Rating.builder().from(base.getRatings().get(i))
        .addEvidence(AssessmentGenerator.evidence(random)).build();
    return replaceRating(base, i, rating);
  }

  private static List<Integer> ratingsWithEvidence(Assessment base) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < base.getRatings().size(); i++) {
      if (!base.getRatings().get(i).getEvidence().isEmpty()) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /** The base itself when it lists a participant; else the base with one participant added. */
  private static Assessment withParticipant(Random random, Assessment base) {
    if (!base.getParticipants().isEmpty()) {
      return base;
    }
    Role[] roles = Role.values();
    return Assessment.builder().from(base)
        .addParticipants(Participant.of(roles[random.nextInt(roles.length)], 1 + random.nextInt(50)))
        .build();
  }
}
