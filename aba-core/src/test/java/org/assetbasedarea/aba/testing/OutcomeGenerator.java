package org.assetbasedarea.aba.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.AscofAnswers;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.LonelinessAnswers;
import org.assetbasedarea.aba.outcomes.LonelinessFrequency;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.outcomes.TallyItem;

/**
 * Seeded generators of valid outcome documents, in the manner of {@link AssessmentGenerator}:
 * every method is a pure function of the {@link Random} it is given, so a failing case is replayed
 * from its seed.
 */
public final class OutcomeGenerator {
  private OutcomeGenerator() {}

  /**
   * Valid outcome data against {@code aba-2020}: 0-120 person-level responses with randomly
   * skipped items, aggregate figures for a random subset of the indicators no response counts for,
   * and baselines for a random subset of all indicators.
   *
   * @param random the source of randomness
   * @return valid outcome data
   */
  public static OutcomeData validOutcomeData(Random random) {
    return validOutcomeData(random, random.nextInt(121));
  }

  /**
   * Valid outcome data against {@code aba-2020} with a given number of responses.
   *
   * @param random the source of randomness
   * @param responses how many person-level responses
   * @return valid outcome data
   */
  public static OutcomeData validOutcomeData(Random random, int responses) {
    Framework framework = Frameworks.aba2020();
    OutcomeData.Builder data = OutcomeData.builder()
        .framework(framework.getId())
        .area(AssessmentGenerator.area(random))
        .period(period(random));
    List<PersonResponse> people = new ArrayList<>();
    for (int i = 0; i < responses; i++) {
      people.add(response(random));
    }
    data.responses(people);
    List<IndicatorDefinition> indicators = new ArrayList<>(framework.getIndicators());
    Collections.shuffle(indicators, random);
    for (IndicatorDefinition indicator : indicators) {
      String id = indicator.getId();
      if (random.nextInt(3) == 0 || counted(people, id)) {
        continue;
      }
      if (indicator.getStatistic() == Statistic.SHARE) {
        data.addShares(shareFigure(random, id));
      } else {
        data.addMeans(meanFigure(random, id));
      }
    }
    Collections.shuffle(indicators, random);
    for (IndicatorDefinition indicator : indicators) {
      if (random.nextBoolean()) {
        data.addBaselines(baseline(random, indicator));
      }
    }
    return data.build();
  }

  /**
   * Valid outcome data as {@link #validOutcomeData(Random)} draws them, then, one time in three
   * and when there are responses, with a survey weight on every response ({@link #weighted}). The
   * weights are drawn after the document, so a seed gives the same unweighted document as {@link
   * #validOutcomeData(Random)} and, when weighted, that document with weights.
   *
   * @param random the source of randomness
   * @return valid outcome data, sometimes weighted
   */
  public static OutcomeData validOutcomeDataSometimesWeighted(Random random) {
    OutcomeData data = validOutcomeData(random);
    return random.nextInt(3) == 0 ? weighted(random, data) : data;
  }

  /**
   * The same outcome data with a survey weight on every response: from 0.2 to 5 (spread evenly on
   * a log scale), or, one time in five, one such weight for every response.
   *
   * @param random the source of randomness
   * @param data outcome data
   * @return the data with every response weighted; unchanged when there is no response
   */
  public static OutcomeData weighted(Random random, OutcomeData data) {
    if (data.getResponses().isEmpty()) {
      return data;
    }
    double same = random.nextInt(5) == 0 ? weight(random) : 0;
    List<PersonResponse> people = new ArrayList<>(data.getResponses().size());
    for (PersonResponse person : data.getResponses()) {
      people.add(PersonResponse.builder().from(person)
          .weight(same > 0 ? same : weight(random)).build());
    }
    return OutcomeData.builder().from(data).responses(people).build();
  }

  /**
   * A survey weight from 0.2 to 5, spread evenly on a log scale.
   *
   * @param random the source of randomness
   * @return the weight
   */
  public static double weight(Random random) {
    return Math.min(5, 0.2 * Math.pow(25, random.nextDouble()));
  }

  /**
   * The groups of answers that can move from responses to tallies without changing any other
   * indicator: each ONS4 item, the direct loneliness question, the three UCLA items together, and
   * the ASCOF part as a whole (its three tally items).
   */
  private static final int GROUPS = 7;

  /**
   * The same outcome data with some groups of answers (each ONS4 item, the direct loneliness
   * question, the UCLA items, the ASCOF part) taken out of every response and given as the
   * tallies of the original responses instead ({@link Tally#fromResponses}); responses left with
   * no answer stay, as empty responses. The report is exactly the same.
   *
   * @param random the source of randomness
   * @param data valid outcome data without tallies
   * @param all whether to move every group
   * @return the data, partly (or wholly) as tallies
   */
  public static OutcomeData moveToTallies(Random random, OutcomeData data, boolean all) {
    boolean[] moved = new boolean[GROUPS];
    for (int g = 0; g < GROUPS; g++) {
      moved[g] = all || random.nextBoolean();
    }
    List<Tally> tallies = new ArrayList<>();
    for (Tally tally : Tally.fromResponses(data.getResponses())) {
      if (moved[group(tally.getItem())]) {
        tallies.add(tally);
      }
    }
    Collections.shuffle(tallies, random);
    List<PersonResponse> people = new ArrayList<>(data.getResponses().size());
    for (PersonResponse person : data.getResponses()) {
      people.add(strip(person, moved));
    }
    return OutcomeData.builder().from(data).responses(people).tallies(tallies).build();
  }

  /**
   * The group of answers a tally item belongs to, as {@link #moveToTallies} moves them.
   *
   * @param item a tally item
   * @return its group, 0-6
   */
  public static int group(TallyItem item) {
    switch (item) {
      case LONELINESS_DIRECT:
        return 4;
      case UCLA3_SUM:
        return 5;
      case ASCOF_QUALITY_OF_LIFE:
      case ASCOF_CONTROL:
      case ASCOF_SOCIAL_CONTACT:
        return 6;
      default:
        return item.ordinal();
    }
  }

  private static PersonResponse strip(PersonResponse person, boolean[] moved) {
    PersonResponse.Builder stripped = PersonResponse.builder().from(person);
    person.getOns4().ifPresent(a -> {
      Ons4Answers.Builder ons4 = Ons4Answers.builder().from(a);
      if (moved[0]) {
        ons4.lifeSatisfaction(Optional.empty());
      }
      if (moved[1]) {
        ons4.worthwhile(Optional.empty());
      }
      if (moved[2]) {
        ons4.happiness(Optional.empty());
      }
      if (moved[3]) {
        ons4.anxiety(Optional.empty());
      }
      stripped.ons4(ons4.build());
    });
    person.getLoneliness().ifPresent(a -> {
      LonelinessAnswers.Builder loneliness = LonelinessAnswers.builder().from(a);
      if (moved[4]) {
        loneliness.direct(Optional.empty());
      }
      if (moved[5]) {
        loneliness.lackCompanionship(Optional.empty()).leftOut(Optional.empty())
            .isolated(Optional.empty());
      }
      stripped.loneliness(loneliness.build());
    });
    if (moved[6]) {
      stripped.ascof(Optional.empty());
    }
    return stripped.build();
  }

  private static boolean counted(List<PersonResponse> people, String id) {
    for (PersonResponse person : people) {
      if (person.countsFor(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A period of up to two years, starting 2020-2029; sometimes a single day.
   *
   * @param random the source of randomness
   * @return the period
   */
  public static Period period(Random random) {
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3653));
    return Period.of(start, start.plusDays(random.nextInt(5) == 0 ? 0 : random.nextInt(731)));
  }

  /**
   * One person's response: each measure present or not, each item answered or skipped.
   *
   * @param random the source of randomness
   * @return the response
   */
  public static PersonResponse response(Random random) {
    PersonResponse.Builder response = PersonResponse.builder();
    if (random.nextInt(4) != 0) {
      response.ons4(ons4(random));
    }
    if (random.nextInt(3) != 0) {
      response.loneliness(loneliness(random));
    }
    if (random.nextInt(3) != 0) {
      response.ascof(ascof(random));
    }
    return response.build();
  }

  /**
   * ONS4 answers, each item 0-10 or (one time in eight) skipped.
   *
   * @param random the source of randomness
   * @return the answers
   */
  public static Ons4Answers ons4(Random random) {
    Ons4Answers.Builder answers = Ons4Answers.builder();
    if (random.nextInt(8) != 0) {
      answers.lifeSatisfaction(random.nextInt(11));
    }
    if (random.nextInt(8) != 0) {
      answers.worthwhile(random.nextInt(11));
    }
    if (random.nextInt(8) != 0) {
      answers.happiness(random.nextInt(11));
    }
    if (random.nextInt(8) != 0) {
      answers.anxiety(random.nextInt(11));
    }
    return answers.build();
  }

  /**
   * Loneliness answers, each item sometimes skipped.
   *
   * @param random the source of randomness
   * @return the answers
   */
  public static LonelinessAnswers loneliness(Random random) {
    LonelinessAnswers.Builder answers = LonelinessAnswers.builder();
    if (random.nextInt(5) != 0) {
      LonelinessFrequency[] values = LonelinessFrequency.values();
      answers.direct(values[random.nextInt(values.length)]);
    }
    if (random.nextInt(8) != 0) {
      answers.lackCompanionship(1 + random.nextInt(3));
    }
    if (random.nextInt(8) != 0) {
      answers.leftOut(1 + random.nextInt(3));
    }
    if (random.nextInt(8) != 0) {
      answers.isolated(1 + random.nextInt(3));
    }
    return answers.build();
  }

  /**
   * ASCOF answers, each domain coded 1-4 or (one time in twelve) skipped.
   *
   * @param random the source of randomness
   * @return the answers
   */
  public static AscofAnswers ascof(Random random) {
    AscofAnswers.Builder answers = AscofAnswers.builder();
    if (random.nextInt(12) != 0) {
      answers.control(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.personalCare(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.foodAndDrink(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.accommodation(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.safety(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.socialContact(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.occupation(1 + random.nextInt(4));
    }
    if (random.nextInt(12) != 0) {
      answers.dignity(1 + random.nextInt(4));
    }
    return answers.build();
  }

  /**
   * A valid share figure: a denominator 1-2000 (often small, to reach suppression), a numerator
   * up to it.
   *
   * @param random the source of randomness
   * @param indicator a share indicator id
   * @return the figure
   */
  public static ShareFigure shareFigure(Random random, String indicator) {
    long denominator = random.nextBoolean() ? 1 + random.nextInt(6) : 1 + random.nextInt(2000);
    long numerator = random.nextInt(4) == 0
        ? (random.nextBoolean() ? 0 : denominator)
        : (long) random.nextInt((int) denominator + 1);
    return ShareFigure.of(indicator, numerator, denominator);
  }

  /**
   * A valid mean figure within the built-in indicator's range.
   *
   * @param random the source of randomness
   * @param indicator a built-in mean indicator id
   * @return the figure
   */
  public static MeanFigure meanFigure(Random random, String indicator) {
    double[] range = range(indicator);
    long respondents = random.nextBoolean() ? 1 + random.nextInt(6) : 1 + random.nextInt(2000);
    double mean = range[0] + random.nextDouble() * (range[1] - range[0]);
    double sd = respondents == 1 ? 0 : random.nextDouble() * (range[1] - range[0]) / 2;
    return MeanFigure.of(indicator, respondents, mean, sd);
  }

  /**
   * A valid baseline: a proportion for a share, a value in range for a mean.
   *
   * @param random the source of randomness
   * @param indicator the indicator
   * @return the baseline
   */
  public static Baseline baseline(Random random, IndicatorDefinition indicator) {
    if (indicator.getStatistic() == Statistic.SHARE) {
      return Baseline.of(indicator.getId(), random.nextDouble());
    }
    double[] range = range(indicator.getId());
    return Baseline.of(indicator.getId(), range[0] + random.nextDouble() * (range[1] - range[0]));
  }

  /**
   * The range of a built-in mean indicator.
   *
   * @param indicator a built-in mean indicator id
   * @return {lowest, highest}
   */
  public static double[] range(String indicator) {
    switch (indicator) {
      case "ucla3-loneliness":
        return new double[] {3, 9};
      case "ascof-1a":
        return new double[] {0, 24};
      default:
        return new double[] {0, 10};
    }
  }
}
