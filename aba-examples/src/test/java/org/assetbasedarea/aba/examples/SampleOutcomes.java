package org.assetbasedarea.aba.examples;

import java.time.LocalDate;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessFrequency;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;

/**
 * The bundled sample outcome data of the fictional area Brackenford (E08000999): person-level
 * answers of fictional respondents, drawn from a seeded generator with plausible shapes (ONS4
 * answers around the English means, a minority lonely often or always, ASCOF answers from the
 * people among them who draw on care and support). No real person, no personal data; the
 * figures are invented. 2026 is a little better than 2025 on most measures, as a sample should be
 * to show change, and not on all.
 */
final class SampleOutcomes {
  static final Area AREA = Area.of("E08000999", "Brackenford (fictional)");

  private SampleOutcomes() {}

  /** The outcome data of a sample year, 2025 or 2026; the same every time. */
  static OutcomeData year(int year) {
    if (year != 2025 && year != 2026) {
      throw new IllegalArgumentException("samples exist for 2025 and 2026, not " + year);
    }
    boolean later = year == 2026;
    Random random = new Random(later ? 20_260_331L : 20_250_331L);
    int people = later ? 246 : 212;
    OutcomeData.Builder data = OutcomeData.builder()
        .framework(Frameworks.ABA_2020_ID)
        .area(AREA)
        .period(Period.of(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 2, 28)));
    for (int i = 0; i < people; i++) {
      PersonResponse.Builder person = PersonResponse.builder();
      if (random.nextDouble() < 0.96) {
        Ons4Answers.Builder ons4 = Ons4Answers.builder();
        ons4.lifeSatisfaction(answer(random, later ? 7.4 : 7.0, 1.8, 0, 10, 0.02));
        ons4.worthwhile(answer(random, later ? 7.7 : 7.5, 1.7, 0, 10, 0.02));
        ons4.happiness(answer(random, later ? 7.3 : 7.1, 2.2, 0, 10, 0.03));
        ons4.anxiety(answer(random, later ? 3.0 : 3.4, 2.8, 0, 10, 0.04));
        person.ons4(ons4.build());
      }
      if (random.nextDouble() < 0.9) {
        LonelinessAnswers.Builder loneliness = LonelinessAnswers.builder();
        if (random.nextDouble() < 0.97) {
          loneliness.direct(direct(random, later));
        }
        if (random.nextDouble() < 0.92) {
          loneliness.lackCompanionship(ucla(random, later))
              .leftOut(ucla(random, later))
              .isolated(ucla(random, later));
        }
        person.loneliness(loneliness.build());
      }
      // About four in ten respondents draw on care and support and answer the ASCOF questions.
      if (random.nextDouble() < 0.42) {
        AscofAnswers.Builder ascof = AscofAnswers.builder();
        ascof.control(ascof(random, later ? 0.36 : 0.31));
        ascof.personalCare(ascof(random, 0.62));
        ascof.foodAndDrink(ascof(random, 0.58));
        ascof.accommodation(ascof(random, 0.55));
        ascof.safety(ascof(random, 0.50));
        ascof.socialContact(ascof(random, later ? 0.46 : 0.39));
        ascof.occupation(ascof(random, later ? 0.33 : 0.29));
        ascof.dignity(ascof(random, 0.60));
        person.ascof(ascof.build());
      }
      data.addResponses(person.build());
    }
    return data.build();
  }

  private static java.util.Optional<Integer> answer(Random random, double mean, double sd, int min,
      int max, double skip) {
    if (random.nextDouble() < skip) {
      return java.util.Optional.empty();
    }
    long value = Math.round(mean + sd * random.nextGaussian());
    return java.util.Optional.of((int) Math.max(min, Math.min(max, value)));
  }

  private static LonelinessFrequency direct(Random random, boolean later) {
    double u = random.nextDouble();
    double often = later ? 0.06 : 0.08;
    if (u < often) {
      return LonelinessFrequency.OFTEN_OR_ALWAYS;
    }
    if (u < often + 0.19) {
      return LonelinessFrequency.SOME_OF_THE_TIME;
    }
    if (u < often + 0.19 + 0.24) {
      return LonelinessFrequency.OCCASIONALLY;
    }
    if (u < often + 0.19 + 0.24 + 0.27) {
      return LonelinessFrequency.HARDLY_EVER;
    }
    return LonelinessFrequency.NEVER;
  }

  private static int ucla(Random random, boolean later) {
    double u = random.nextDouble();
    double often = later ? 0.10 : 0.12;
    return u < often ? 3 : u < often + 0.30 ? 2 : 1;
  }

  /** A code 1 (best) to 4: {@code best} of people answer 1, the rest mostly 2. */
  private static java.util.Optional<Integer> ascof(Random random, double best) {
    if (random.nextDouble() < 0.03) {
      return java.util.Optional.empty();
    }
    double u = random.nextDouble();
    double rest = 1 - best;
    return java.util.Optional.of(u < best ? 1 : u < best + rest * 0.68 ? 2 : u < best + rest * 0.92 ? 3 : 4);
  }
}
