package org.assetbasedarea.aba.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.testing.OutcomeGenerator;

/**
 * Valid outcome documents with everything the contract can carry, from a seeded random source:
 * {@link OutcomeGenerator}'s data, half the time with survey weights on every response, and
 * reports under a built-in or a custom disclosure policy, half the time compared with an earlier
 * period (so that they carry differences).
 */
final class OutcomeDocuments {
  private OutcomeDocuments() {}

  /**
   * Valid outcome data with a given number of responses, weighted half the time.
   *
   * @param random the source of randomness
   * @param responses how many person-level responses
   * @return the data
   */
  static OutcomeData data(Random random, int responses) {
    OutcomeData data = OutcomeGenerator.validOutcomeData(random, responses);
    return random.nextBoolean() ? weighted(random, data) : data;
  }

  /**
   * The data with a survey weight on every response: mostly from 0.2 to 5, now and then the
   * smallest or largest weight the contract allows.
   *
   * @param random the source of randomness
   * @param data outcome data
   * @return the data, every response weighted
   */
  static OutcomeData weighted(Random random, OutcomeData data) {
    List<PersonResponse> responses = new ArrayList<>();
    for (PersonResponse response : data.getResponses()) {
      double weight;
      switch (random.nextInt(10)) {
        case 0:
          weight = OutcomeData.MIN_WEIGHT;
          break;
        case 1:
          weight = OutcomeData.MAX_WEIGHT;
          break;
        case 2:
          weight = 1 + random.nextInt(4);
          break;
        default:
          weight = 0.2 + random.nextDouble() * 4.8;
          break;
      }
      responses.add(PersonResponse.builder().from(response).weight(weight).build());
    }
    return OutcomeData.builder().from(data).responses(responses).build();
  }

  /**
   * A disclosure policy: one of the built-ins, or one of the caller's own.
   *
   * @param random the source of randomness
   * @return the policy
   */
  static DisclosurePolicy policy(Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return DisclosurePolicy.ASCOF;
      case 1:
        return DisclosurePolicy.NHS_SMALL_NUMBERS;
      default:
        return DisclosurePolicy.builder()
            .id("local-rule-" + random.nextInt(100))
            .minRespondents(1 + random.nextInt(12))
            .minCount(1 + random.nextInt(6))
            .roundingBase(1 + random.nextInt(10))
            .decimals(random.nextInt(DisclosurePolicy.MAX_DECIMALS + 1))
            .build();
    }
  }

  /**
   * A report of the data under a random policy, compared half the time with the report of other
   * data for the same area in an earlier period.
   *
   * @param random the source of randomness
   * @param data valid outcome data against {@code aba-2020}
   * @return the report
   */
  static OutcomeReport report(Random random, OutcomeData data) {
    return report(random, data, random.nextBoolean());
  }

  /**
   * A report of the data under a random policy, compared or not with the report of other data
   * (10 to 39 responses) for the same area in an earlier period.
   *
   * @param random the source of randomness
   * @param data valid outcome data against {@code aba-2020}
   * @param compared whether to compare it with an earlier period
   * @return the report
   */
  static OutcomeReport report(Random random, OutcomeData data, boolean compared) {
    DisclosurePolicy policy = policy(random);
    OutcomeReport later = Indicators.compute(data, Frameworks.aba2020(), policy);
    if (!compared) {
      return later;
    }
    OutcomeData earlierData = OutcomeData.builder()
        .from(data(random, 10 + random.nextInt(30)))
        .area(data.getArea())
        .period(earlier(random, data.getPeriod()))
        .build();
    OutcomeReport earlier =
        Indicators.compute(earlierData, Frameworks.aba2020(), policy);
    return Indicators.compare(earlier, later);
  }

  /**
   * A local framework (valid) whose own indicators have what the built-in ones may lack: a mean
   * with a range of its own and an edition, a share with an edition, a mean without a range.
   *
   * @return the framework
   */
  static Framework localFramework() {
    return Framework.builder()
        .id("kirkby-local-2026")
        .title("Kirkby's local variant (fictional)")
        .addGroupings(Grouping.of("together", "Working together"))
        .addActions(Action.of("map-assets", "together", "Map local assets", "A map residents keep."))
        .addOutcomes(Outcome.builder().id("connected").title("People feel connected")
            .addIndicators("wellbeing-mean", "volunteering-share", "hours-mean")
            .addActions("map-assets").build())
        .addIndicators(
            IndicatorDefinition.builder().id("wellbeing-mean")
                .title("Own wellbeing score, computed by the council").measure(Measure.OTHER)
                .statistic(Statistic.MEAN).higherIsBetter(true).range(Range.of(-5, 5))
                .edition("Kirkby residents' survey handbook, 2025 edition").build(),
            IndicatorDefinition.builder().id("volunteering-share")
                .title("Share who volunteered in the last year").measure(Measure.OTHER)
                .statistic(Statistic.SHARE).higherIsBetter(true)
                .edition("Community Life Survey definition, 2023-24").build(),
            IndicatorDefinition.of("hours-mean", "Hours volunteered in the last month",
                Measure.OTHER, Statistic.MEAN, true))
        .build();
  }

  /**
   * A local catalogue of approaches for {@link #localFramework()}, whose one approach names the
   * framework's one action.
   *
   * @return the catalogue
   */
  static ApproachCatalogue localCatalogue() {
    return ApproachCatalogue.builder()
        .id("kirkby-approaches-2026")
        .title("Kirkby's community approaches (fictional)")
        .framework("kirkby-local-2026")
        .addApproaches(Approach.of("street-audits", "Street audits",
            "Residents walk their street once a year and note what is there and what is missing.",
            "Streets audited, and what the audits added to the map.", "map-assets"))
        .build();
  }

  /** A period that ends 1 to 365 days before {@code later} starts and lasts up to a year. */
  private static Period earlier(Random random, Period later) {
    LocalDate end = later.getStart().minusDays(1 + random.nextInt(365));
    return Period.of(end.minusDays(random.nextInt(365)), end);
  }
}
