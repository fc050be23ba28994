package org.assetbasedarea.aba.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessFrequency;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;

/**
 * The documents the benchmarks measure: deterministic functions of a seed, so every run measures
 * the same input. A <em>typical</em> assessment rates all ten actions of {@code aba-2020} with two
 * or three evidence items each and a rationale on some ratings: about 5 KB of compact JSON.
 */
final class Documents {
  private static final String[] WORDS = {
    "co-production", "group", "minutes", "carers", "strategy", "asset", "map", "grants", "panel",
    "Shared", "Lives", "micro-enterprise", "volunteers", "survey", "board", "lived", "experience",
    "contract", "social", "value", "report", "ward", "neighbourhood", "café", "residents", "plan",
    "2025", "meetings", "partners", "commissioning", "community", "connection", "test", "review"
  };
  private static final Role[] ROLES = {
    Role.LIVED_EXPERIENCE, Role.CARER, Role.COMMUNITY, Role.VCSE, Role.NHS, Role.COUNCIL
  };

  private Documents() {}

  /**
   * A typical assessment.
   *
   * @param seed varies the area code, dates, ratings and texts
   * @return a valid assessment of all ten actions
   */
  static Assessment typicalAssessment(long seed) {
    Random random = new Random(seed);
    Assessment.Builder builder = Assessment.builder()
        .framework(Frameworks.ABA_2020_ID)
        .area(Area.of(String.format("E08%06d", random.nextInt(1_000_000)), "Brackenford (fictional)"))
        .assessedOn(LocalDate.of(2026, 3, 31).minusDays(random.nextInt(365)));
    for (Role role : ROLES) {
      builder.addParticipants(Participant.of(role, 1 + random.nextInt(12)));
    }
    for (Action action : Frameworks.aba2020().getActions()) {
      Rating.Builder rating = Rating.builder()
          .action(action.getId())
          .rating(1 + random.nextInt(4));
      int evidence = 2 + random.nextInt(2);
      for (int i = 0; i < evidence; i++) {
        EvidenceKind kind = i == 0 ? EvidenceKind.PEOPLES_EXPERIENCE
            : EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)];
        Evidence.Builder item = Evidence.builder().kind(kind).summary(text(random, 6 + random.nextInt(6)));
        if (random.nextBoolean()) {
          item.source(URI.create("https://example.org/brackenford/" + action.getId() + "/" + i));
        }
        rating.addEvidence(item.build());
      }
      if (random.nextInt(3) == 0) {
        rating.rationale(text(random, 16));
      }
      builder.addRatings(rating.build());
    }
    return builder.build();
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  /**
   * Outcome data against {@code aba-2020} with person-level answers only: most people answer
   * most items, some skip some, as in a real survey.
   *
   * @param seed the seed
   * @param responses how many people answered
   * @return valid outcome data
   */
  static OutcomeData outcomeData(long seed, int responses) {
    Random random = new Random(seed);
    List<PersonResponse> people = new ArrayList<>(responses);
    for (int i = 0; i < responses; i++) {
      PersonResponse.Builder person = PersonResponse.builder();
      if (random.nextInt(10) != 0) {
        Ons4Answers.Builder ons4 = Ons4Answers.builder();
        ons4.lifeSatisfaction(random.nextInt(11)).worthwhile(random.nextInt(11))
            .happiness(random.nextInt(11));
        if (random.nextInt(8) != 0) {
          ons4.anxiety(random.nextInt(11));
        }
        person.ons4(ons4.build());
      }
      if (random.nextInt(5) != 0) {
        LonelinessFrequency[] frequencies = LonelinessFrequency.values();
        person.loneliness(LonelinessAnswers.builder()
            .direct(frequencies[random.nextInt(frequencies.length)])
            .lackCompanionship(1 + random.nextInt(3))
            .leftOut(1 + random.nextInt(3))
            .isolated(1 + random.nextInt(3))
            .build());
      }
      if (random.nextInt(3) != 0) {
        person.ascof(AscofAnswers.of(1 + random.nextInt(4), 1 + random.nextInt(4),
            1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4),
            1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4)));
      }
      people.add(person.build());
    }
    return OutcomeData.builder()
        .framework(Frameworks.ABA_2020_ID)
        .area(Area.of("E08000999", "Brackenford (fictional)"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)))
        .responses(people)
        .build();
  }
}
