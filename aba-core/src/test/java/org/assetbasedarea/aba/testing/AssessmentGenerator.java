package org.assetbasedarea.aba.testing;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

/**
 * Seeded generators of valid documents, the way a property-testing library's arbitraries would be
 * (the project does not use jqwik; see docs/foundation.md). Every method is a pure function of
 * the {@link Random} it is given, so a failing case is replayed from its seed.
 */
public final class AssessmentGenerator {
  /** Seeds used by property tests: fixed, so runs are reproducible; print the seed on failure. */
  public static final long BASE_SEED = 20261125L;

  private static final String[] WORDS = {
    "co-production", "group", "minutes", "carers", "strategy", "asset", "map", "grants", "panel",
    "Shared", "Lives", "micro-enterprise", "volunteers", "survey", "board", "lived", "experience",
    "contract", "social", "value", "report", "ward", "neighbourhood", "café", "Ünïcödé", "2025",
    "<tag>", "\"quoted\"", "a&b", "tab\there", "{brace}", "${dollar}", "emoji \uD83D\uDE00"
  };

  private AssessmentGenerator() {}

  /**
   * A valid assessment against {@code aba-2020}: a random subset of the ten actions rated, in
   * random order, with random evidence (some of it naming an approach of the built-in
   * catalogue), participants and texts (including awkward characters).
   *
   * @param random the source of randomness
   * @return a valid assessment
   */
  public static Assessment validAssessment(Random random) {
    return validAssessment(random, Frameworks.aba2020(), random.nextInt(11));
  }

  /**
   * A valid assessment that rates every action of {@code aba-2020}.
   *
   * @param random the source of randomness
   * @return a valid, complete assessment
   */
  public static Assessment completeAssessment(Random random) {
    return validAssessment(random, Frameworks.aba2020(), Frameworks.aba2020().size());
  }

  /**
   * A valid assessment rating {@code rated} actions of a framework.
   *
   * @param random the source of randomness
   * @param framework the framework
   * @param rated how many actions to rate, 0 to the framework's size
   * @return a valid assessment
   */
  public static Assessment validAssessment(Random random, Framework framework, int rated) {
    List<Action> actions = new ArrayList<>(framework.getActions());
    Collections.shuffle(actions, random);
    Assessment.Builder builder = Assessment.builder()
        .framework(framework.getId())
        .area(area(random))
        .assessedOn(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3653)));
    List<Role> roles = new ArrayList<>(List.of(Role.values()));
    Collections.shuffle(roles, random);
    int participantCount = random.nextInt(roles.size() + 1);
    for (int i = 0; i < participantCount; i++) {
      builder.addParticipants(Participant.of(roles.get(i), count(random)));
    }
    Optional<ApproachCatalogue> catalogue =
        FrameworkRegistry.builtIn().findCatalogue(framework.getId());
    for (int i = 0; i < rated; i++) {
      Rating rating = rating(random, actions.get(i).getId());
      builder.addRatings(catalogue.isPresent() ? withApproaches(rating, catalogue.get()) : rating);
    }
    return builder.build();
  }

  /**
   * The rating with about a third of its evidence items naming an approach of the catalogue (one
   * that supports the rated action where there is one). Which items, and which approach, follow
   * from the items' summaries, so no value is drawn from the random source: every seed gives
   * the same values it gave before evidence could name an approach.
   */
  private static Rating withApproaches(Rating rating, ApproachCatalogue catalogue) {
    List<Approach> candidates = catalogue.supporting(rating.getAction());
    if (candidates.isEmpty()) {
      candidates = catalogue.getApproaches();
    }
    List<Evidence> items = new ArrayList<>();
    for (int j = 0; j < rating.getEvidence().size(); j++) {
      Evidence item = rating.getEvidence().get(j);
      int hash = item.getSummary().hashCode() * 31 + j;
      items.add(Math.floorMod(hash, 3) != 0 ? item : Evidence.builder().from(item)
          .approach(candidates.get(Math.floorMod(hash / 3, candidates.size())).getId()).build());
    }
    return Rating.builder().from(rating).evidence(items).build();
  }

  /**
   * A valid rating of an action.
   *
   * @param random the source of randomness
   * @param action the action id
   * @return the rating
   */
  public static Rating rating(Random random, String action) {
    Rating.Builder rating = Rating.builder().action(action).rating(1 + random.nextInt(4));
    int evidence = random.nextInt(20) == 0 ? random.nextInt(Rating.MAX_EVIDENCE + 1) : random.nextInt(4);
    for (int i = 0; i < evidence; i++) {
      rating.addEvidence(evidence(random));
    }
    if (random.nextInt(3) == 0) {
      rating.rationale(text(random, 4000));
    }
    return rating.build();
  }

  /**
   * A valid evidence item.
   *
   * @param random the source of randomness
   * @return the item
   */
  public static Evidence evidence(Random random) {
    EvidenceKind[] kinds = EvidenceKind.values();
    Evidence.Builder evidence =
        Evidence.builder().kind(kinds[random.nextInt(kinds.length)]).summary(text(random, 2000));
    if (random.nextBoolean()) {
      evidence.source(URI.create((random.nextBoolean() ? "https" : "http")
          + "://example.org/evidence/" + random.nextInt(100_000)));
    }
    return evidence.build();
  }

  /**
   * A valid area with a well-formed GSS code.
   *
   * @param random the source of randomness
   * @return the area
   */
  public static Area area(Random random) {
    char nation = "EEEEWSN".charAt(random.nextInt(7));
    String code = nation + String.format("%08d", random.nextInt(100_000_000));
    return Area.of(code, text(random, 200));
  }

  private static int count(Random random) {
    switch (random.nextInt(10)) {
      case 0:
        return 1;
      case 1:
        return Participant.MAX_COUNT;
      default:
        return 1 + random.nextInt(40);
    }
  }

  /**
   * A non-blank text of at most {@code max} characters, from words with awkward characters.
   *
   * @param random the source of randomness
   * @param max the longest allowed
   * @return the text
   */
  public static String text(Random random, int max) {
    if (random.nextInt(25) == 0) {
      return "x".repeat(max);
    }
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    int words = random.nextInt(12);
    for (int i = 0; i < words; i++) {
      String next = WORDS[random.nextInt(WORDS.length)];
      if (text.length() + 1 + next.length() > max) {
        break;
      }
      text.append(' ').append(next);
    }
    return text.toString();
  }
}
