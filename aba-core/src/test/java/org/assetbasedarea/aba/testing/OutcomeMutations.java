package org.assetbasedarea.aba.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Range;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.IssueCode;
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
 * Seeded single mutations that turn valid {@code aba-2020} outcome data into invalid data with
 * exactly one issue, at a known JSON Pointer and with a known code, in the manner of {@link
 * AssessmentMutations}. Each mutation first makes sure the structure it needs exists (a response
 * with the answers it breaks, a figure, a baseline, weights or none, adding valid ones and dropping
 * the figures an added response would duplicate), then breaks one value chosen at a random
 * position. Pure functions of the {@link Random}.
 */
public final class OutcomeMutations {
  /** Every kind of single mutation, named after what it breaks. */
  public enum Kind {
    /** The area name made empty or white space. */
    BLANK_AREA_NAME(IssueCode.BLANK_TEXT),
    /** The area name made longer than 200 characters. */
    AREA_NAME_TOO_LONG(IssueCode.TEXT_TOO_LONG),
    /** A control character or bidirectional override put in the area name. */
    AREA_NAME_DISALLOWED_CHARACTER(IssueCode.DISALLOWED_CHARACTER),
    /** The framework id replaced by one that is not registered. */
    UNKNOWN_FRAMEWORK(IssueCode.UNKNOWN_FRAMEWORK),
    /** The period's end moved before its start. */
    PERIOD_REVERSED(IssueCode.INVALID_PERIOD),
    /** An answered ONS4 item set outside 0-10. */
    ONS4_ANSWER_OUT_OF_RANGE(IssueCode.ANSWER_OUT_OF_RANGE),
    /** An answered UCLA item set outside 1-3. */
    UCLA_ANSWER_OUT_OF_RANGE(IssueCode.ANSWER_OUT_OF_RANGE),
    /** An answered ASCOF domain set outside 1-4. */
    ASCOF_ANSWER_OUT_OF_RANGE(IssueCode.ANSWER_OUT_OF_RANGE),
    /** A weighted response's weight removed (not the first response's). */
    WEIGHT_MISSING(IssueCode.INCONSISTENT_FIGURES),
    /** A weight given to one response of unweighted data (not the first). */
    WEIGHT_UNEXPECTED(IssueCode.INCONSISTENT_FIGURES),
    /** A weight set to 0, NaN, 2e6 or another value outside 1e-6 to 1e6. */
    WEIGHT_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A share figure's numerator made negative. */
    NUMERATOR_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A share figure's denominator set to 0 (numerator 0) or above 100000000. */
    DENOMINATOR_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A share figure's numerator set above its denominator. */
    NUMERATOR_ABOVE_DENOMINATOR(IssueCode.INCONSISTENT_FIGURES),
    /** A mean figure's respondents set outside 1-100000000. */
    RESPONDENTS_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A mean figure's mean set outside its indicator's range, or not finite. */
    MEAN_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A mean figure's standard deviation set negative, above the range's width, or not finite. */
    STANDARD_DEVIATION_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A share or mean figure's indicator replaced by an id the framework does not have. */
    UNKNOWN_FIGURE_INDICATOR(IssueCode.UNKNOWN_INDICATOR),
    /** A share figure named after a mean indicator, or a mean figure after a share indicator. */
    FIGURE_OF_THE_OTHER_STATISTIC(IssueCode.INCONSISTENT_FIGURES),
    /** A second figure of an indicator that already has one, inserted after the first. */
    DUPLICATE_FIGURE(IssueCode.DUPLICATE_INDICATOR),
    /** A figure added for a built-in indicator that a response already counts for. */
    FIGURE_OF_A_COUNTED_INDICATOR(IssueCode.DUPLICATE_INDICATOR),
    /** A baseline's indicator replaced by an id the framework does not have. */
    UNKNOWN_BASELINE_INDICATOR(IssueCode.UNKNOWN_INDICATOR),
    /** A second baseline of an indicator that already has one, inserted after the first. */
    DUPLICATE_BASELINE(IssueCode.DUPLICATE_INDICATOR),
    /** A baseline outside its indicator's range (a percentage for a share), or not finite. */
    BASELINE_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A tally's value set outside its item's range. */
    TALLY_VALUE_OUT_OF_RANGE(IssueCode.ANSWER_OUT_OF_RANGE),
    /** A tally's respondents set outside 1-100000000. */
    TALLY_RESPONDENTS_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A second tally of an item and value that already has one, inserted after the first. */
    DUPLICATE_TALLY(IssueCode.DUPLICATE_INDICATOR),
    /** A response added that answers a tallied item (reported at the item's first tally). */
    TALLIED_ITEM_ANSWERED(IssueCode.DUPLICATE_INDICATOR),
    /** A share or mean figure added for an indicator the tallies give. */
    FIGURE_FOR_TALLIED_INDICATOR(IssueCode.DUPLICATE_INDICATOR),
    /** A tally of weighted data without its weight figures. */
    TALLY_WEIGHTS_MISSING(IssueCode.INCONSISTENT_FIGURES),
    /** Weight figures on a tally of unweighted data. */
    TALLY_WEIGHTS_UNEXPECTED(IssueCode.INCONSISTENT_FIGURES),
    /** One of a weighted tally's weightSquareSum, weightMin and weightMax left out. */
    TALLY_WEIGHT_FIGURE_MISSING(IssueCode.INCONSISTENT_FIGURES),
    /** A weighted tally's weight figure set outside its bounds (finite values only). */
    TALLY_WEIGHT_OUT_OF_RANGE(IssueCode.VALUE_OUT_OF_RANGE),
    /** A weighted tally's figures made to contradict each other. */
    TALLY_WEIGHTS_INCONSISTENT(IssueCode.INCONSISTENT_FIGURES);

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
   * Invalid outcome data with the one issue they must produce.
   *
   * @param kind what was broken
   * @param data the mutated data
   * @param path the JSON Pointer of the one expected issue
   * @param code the code of the one expected issue
   */
  public record Mutation(Kind kind, OutcomeData data, String path, IssueCode code) {
    /** Checks the components. */
    public Mutation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
      return kind + " -> " + path + " " + code;
    }
  }

  private static final Framework ABA = Frameworks.aba2020();
  private static final String[] BLANKS = {"", " ", "\t", " \r\n\t ", "\u2003", "\u3000\u2028"};
  private static final String[] DISALLOWED = {"\u0000", "\u0007", "\u001F", "\u007F", "\u0085",
    "\u202E", "\u2066"};
  private static final String[] UNKNOWN_FRAMEWORKS = {"aba-2021", "ABA-2020", "aba-2020 ", "",
    "${framework}", "local-variant"};
  private static final String[] UNKNOWN_INDICATORS = {"no-such-indicator", "ONS4-ANXIETY",
    "ons4-anxiety ", "", "ascof-1c", "wemwbs", "${1+1}"};
  private static final int[] BAD_ONS4 = {-1, 11, 12, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final int[] BAD_UCLA = {0, 4, -1, 10, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final int[] BAD_ASCOF = {0, 5, -1, 8, Integer.MIN_VALUE, Integer.MAX_VALUE};
  private static final double[] BAD_WEIGHTS = {0, -0.0, -1, Double.NaN, 2e6,
    Math.nextDown(OutcomeData.MIN_WEIGHT), Math.nextUp(OutcomeData.MAX_WEIGHT), 1e-7,
    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
  private static final long[] BAD_NUMERATORS = {-1, -5, Long.MIN_VALUE};
  private static final long[] BAD_RESPONDENTS = {0, -1, OutcomeData.MAX_COUNT + 1L, Long.MIN_VALUE,
    Long.MAX_VALUE};
  private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY};

  private OutcomeMutations() {}

  /**
   * A mutation of one kind of fresh valid outcome data (sometimes weighted).
   *
   * @param random the source of randomness
   * @param kind what to break
   * @return the mutation
   */
  public static Mutation mutate(Random random, Kind kind) {
    return mutate(random, OutcomeGenerator.validOutcomeDataSometimesWeighted(random), kind);
  }

  /**
   * Breaks one value of valid {@code aba-2020} outcome data.
   *
   * @param random the source of randomness
   * @param valid valid outcome data against {@code aba-2020}, with no issue
   * @param kind what to break
   * @return the mutation, whose data have exactly one issue
   */
  public static Mutation mutate(Random random, OutcomeData valid, Kind kind) {
    switch (kind) {
      case BLANK_AREA_NAME:
        return area(kind, valid, pick(random, BLANKS));
      case AREA_NAME_TOO_LONG:
        return area(kind, valid, "x".repeat(201 + random.nextInt(50)));
      case AREA_NAME_DISALLOWED_CHARACTER:
        return area(kind, valid, "Leeds" + pick(random, DISALLOWED) + "North");
      case UNKNOWN_FRAMEWORK:
        return new Mutation(kind, OutcomeData.builder().from(valid)
            .framework(pick(random, UNKNOWN_FRAMEWORKS)).build(), "/framework", kind.getCode());
      case PERIOD_REVERSED: {
        Period period = valid.getPeriod();
        Period reversed = Period.of(period.getStart(), period.getStart().minusDays(1 + random.nextInt(400)));
        return new Mutation(kind, OutcomeData.builder().from(valid).period(reversed).build(),
            "/period/end", kind.getCode());
      }
      case ONS4_ANSWER_OUT_OF_RANGE:
        return ons4(random, kind, valid);
      case UCLA_ANSWER_OUT_OF_RANGE:
        return ucla(random, kind, valid);
      case ASCOF_ANSWER_OUT_OF_RANGE:
        return ascof(random, kind, valid);
      case WEIGHT_MISSING: {
        OutcomeData base = OutcomeGenerator.weighted(random, withResponses(random, valid, 2));
        int i = 1 + random.nextInt(base.getResponses().size() - 1);
        return response(kind, base, i, PersonResponse.builder().from(base.getResponses().get(i))
            .weight(Optional.empty()).build(), "weight");
      }
      case WEIGHT_UNEXPECTED: {
        OutcomeData base = unweighted(withResponses(random, valid, 2));
        int i = 1 + random.nextInt(base.getResponses().size() - 1);
        return response(kind, base, i, PersonResponse.builder().from(base.getResponses().get(i))
            .weight(OutcomeGenerator.weight(random)).build(), "weight");
      }
      case WEIGHT_OUT_OF_RANGE: {
        OutcomeData base = OutcomeGenerator.weighted(random, withResponses(random, valid, 1));
        int i = random.nextInt(base.getResponses().size());
        return response(kind, base, i, PersonResponse.builder().from(base.getResponses().get(i))
            .weight(pick(random, BAD_WEIGHTS)).build(), "weight");
      }
      case NUMERATOR_OUT_OF_RANGE: {
        OutcomeData base = withShare(random, valid);
        int i = random.nextInt(base.getShares().size());
        ShareFigure share = base.getShares().get(i);
        return share(kind, base, i, ShareFigure.builder().from(share)
            .numerator(BAD_NUMERATORS[random.nextInt(BAD_NUMERATORS.length)]).build(), "numerator");
      }
      case DENOMINATOR_OUT_OF_RANGE: {
        OutcomeData base = withShare(random, valid);
        int i = random.nextInt(base.getShares().size());
        ShareFigure share = base.getShares().get(i);
        ShareFigure broken = random.nextBoolean()
            ? ShareFigure.builder().from(share).numerator(0).denominator(0).build()
            : ShareFigure.builder().from(share).denominator(random.nextBoolean()
                ? OutcomeData.MAX_COUNT + 1L : Long.MAX_VALUE).build();
        return share(kind, base, i, broken, "denominator");
      }
      case NUMERATOR_ABOVE_DENOMINATOR: {
        OutcomeData base = withShare(random, valid);
        int i = random.nextInt(base.getShares().size());
        ShareFigure share = base.getShares().get(i);
        long denominator = share.getDenominator();
        return share(kind, base, i, ShareFigure.builder().from(share)
            .numerator(denominator + 1 + random.nextInt(
                (int) Math.min(1000, OutcomeData.MAX_COUNT - denominator))).build(), "numerator");
      }
      case RESPONDENTS_OUT_OF_RANGE: {
        OutcomeData base = withMean(random, valid);
        int i = random.nextInt(base.getMeans().size());
        return mean(kind, base, i, MeanFigure.builder().from(base.getMeans().get(i))
            .respondents(BAD_RESPONDENTS[random.nextInt(BAD_RESPONDENTS.length)]).build(),
            "respondents");
      }
      case MEAN_OUT_OF_RANGE: {
        OutcomeData base = withMean(random, valid);
        int i = random.nextInt(base.getMeans().size());
        MeanFigure mean = base.getMeans().get(i);
        return mean(kind, base, i, MeanFigure.builder().from(mean)
            .mean(outside(random, range(mean.getIndicator()))).build(), "mean");
      }
      case STANDARD_DEVIATION_OUT_OF_RANGE: {
        OutcomeData base = withMean(random, valid);
        int i = random.nextInt(base.getMeans().size());
        MeanFigure mean = base.getMeans().get(i);
        double width = range(mean.getIndicator()).width();
        double[] bad = {-Double.MIN_VALUE, -1, Math.nextUp(width), width + 1, 2 * width,
          Double.NaN, Double.POSITIVE_INFINITY};
        return mean(kind, base, i, MeanFigure.builder().from(mean)
            .standardDeviation(bad[random.nextInt(bad.length)]).build(), "standardDeviation");
      }
      case UNKNOWN_FIGURE_INDICATOR:
        if (random.nextBoolean()) {
          OutcomeData base = withShare(random, valid);
          int i = random.nextInt(base.getShares().size());
          return share(kind, base, i, ShareFigure.builder().from(base.getShares().get(i))
              .indicator(pick(random, UNKNOWN_INDICATORS)).build(), "indicator");
        } else {
          OutcomeData base = withMean(random, valid);
          int i = random.nextInt(base.getMeans().size());
          return mean(kind, base, i, MeanFigure.builder().from(base.getMeans().get(i))
              .indicator(pick(random, UNKNOWN_INDICATORS)).build(), "indicator");
        }
      case FIGURE_OF_THE_OTHER_STATISTIC:
        if (random.nextBoolean()) {
          OutcomeData base = withShare(random, valid);
          int i = random.nextInt(base.getShares().size());
          return share(kind, base, i, ShareFigure.builder().from(base.getShares().get(i))
              .indicator(pick(random, ids(Statistic.MEAN))).build(), "indicator");
        } else {
          OutcomeData base = withMean(random, valid);
          int i = random.nextInt(base.getMeans().size());
          return mean(kind, base, i, MeanFigure.builder().from(base.getMeans().get(i))
              .indicator(pick(random, ids(Statistic.SHARE))).build(), "indicator");
        }
      case DUPLICATE_FIGURE:
        if (random.nextBoolean()) {
          OutcomeData base = withShare(random, valid);
          int i = random.nextInt(base.getShares().size());
          List<ShareFigure> shares = new ArrayList<>(base.getShares());
          int at = i + 1 + random.nextInt(shares.size() - i);
          shares.add(at, OutcomeGenerator.shareFigure(random, shares.get(i).getIndicator()));
          return new Mutation(kind, OutcomeData.builder().from(base).shares(shares).build(),
              "/shares/" + at + "/indicator", kind.getCode());
        } else {
          OutcomeData base = withMean(random, valid);
          int i = random.nextInt(base.getMeans().size());
          List<MeanFigure> means = new ArrayList<>(base.getMeans());
          int at = i + 1 + random.nextInt(means.size() - i);
          means.add(at, OutcomeGenerator.meanFigure(random, means.get(i).getIndicator()));
          return new Mutation(kind, OutcomeData.builder().from(base).means(means).build(),
              "/means/" + at + "/indicator", kind.getCode());
        }
      case FIGURE_OF_A_COUNTED_INDICATOR:
        return counted(random, kind, valid);
      case UNKNOWN_BASELINE_INDICATOR: {
        OutcomeData base = withBaseline(random, valid);
        int i = random.nextInt(base.getBaselines().size());
        return baseline(kind, base, i, Baseline.builder().from(base.getBaselines().get(i))
            .indicator(pick(random, UNKNOWN_INDICATORS)).build(), "indicator");
      }
      case DUPLICATE_BASELINE: {
        OutcomeData base = withBaseline(random, valid);
        int i = random.nextInt(base.getBaselines().size());
        List<Baseline> baselines = new ArrayList<>(base.getBaselines());
        int at = i + 1 + random.nextInt(baselines.size() - i);
        baselines.add(at, OutcomeGenerator.baseline(random,
            ABA.findIndicator(baselines.get(i).getIndicator()).orElseThrow()));
        return new Mutation(kind, OutcomeData.builder().from(base).baselines(baselines).build(),
            "/baselines/" + at + "/indicator", kind.getCode());
      }
      case BASELINE_OUT_OF_RANGE: {
        OutcomeData base = withBaseline(random, valid);
        int i = random.nextInt(base.getBaselines().size());
        Baseline baseline = base.getBaselines().get(i);
        IndicatorDefinition definition = ABA.findIndicator(baseline.getIndicator()).orElseThrow();
        double value = definition.getStatistic() == Statistic.SHARE && random.nextInt(3) == 0
            ? 100 * (0.02 + random.nextDouble()) // a percentage given for a proportion
            : outside(random, definition.valueRange());
        return baseline(kind, base, i, Baseline.builder().from(baseline).value(value).build(),
            "value");
      }
      case TALLY_VALUE_OUT_OF_RANGE: {
        OutcomeData base = withTallies(random, valid, random.nextBoolean());
        int i = random.nextInt(base.getTallies().size());
        Tally tally = base.getTallies().get(i);
        TallyItem item = tally.getItem();
        int[] bad = {item.min() - 1, item.max() + 1, item.max() + 1 + random.nextInt(100),
          item.min() - 1 - random.nextInt(100), Integer.MIN_VALUE, Integer.MAX_VALUE};
        return tally(kind, base, i, Tally.builder().from(tally)
            .value(bad[random.nextInt(bad.length)]).build(), "value");
      }
      case TALLY_RESPONDENTS_OUT_OF_RANGE: {
        OutcomeData base = withTallies(random, valid, random.nextBoolean());
        int i = random.nextInt(base.getTallies().size());
        return tally(kind, base, i, Tally.builder().from(base.getTallies().get(i))
            .respondents(BAD_RESPONDENTS[random.nextInt(BAD_RESPONDENTS.length)]).build(),
            "respondents");
      }
      case DUPLICATE_TALLY: {
        OutcomeData base = withTallies(random, valid, random.nextBoolean());
        List<Tally> tallies = new ArrayList<>(base.getTallies());
        int i = random.nextInt(tallies.size());
        int at = i + 1 + random.nextInt(tallies.size() - i);
        tallies.add(at, tallies.get(i));
        return new Mutation(kind, OutcomeData.builder().from(base).tallies(tallies).build(),
            "/tallies/" + at + "/value", kind.getCode());
      }
      case TALLIED_ITEM_ANSWERED: {
        OutcomeData base = withTallies(random, valid, random.nextBoolean());
        List<Tally> tallies = base.getTallies();
        List<TallyItem> items = new ArrayList<>();
        for (Tally tally : tallies) {
          if (tally.getItem() != TallyItem.ASCOF_QUALITY_OF_LIFE
              && !items.contains(tally.getItem())) {
            items.add(tally.getItem());
          }
        }
        if (items.isEmpty()) { // only ASCOF 1A tallied: tally control as well
          return mutate(random, valid, kind);
        }
        TallyItem item = items.get(random.nextInt(items.size()));
        int first = 0;
        while (tallies.get(first).getItem() != item) {
          first++;
        }
        PersonResponse.Builder answer = answering(random, item);
        if (isWeighted(base)) {
          answer.weight(OutcomeGenerator.weight(random));
        }
        List<PersonResponse> responses = new ArrayList<>(base.getResponses());
        responses.add(random.nextInt(responses.size() + 1), answer.build());
        return new Mutation(kind, OutcomeData.builder().from(base).responses(responses).build(),
            "/tallies/" + first + "/item", kind.getCode());
      }
      case FIGURE_FOR_TALLIED_INDICATOR: {
        OutcomeData base = withTallies(random, valid, random.nextBoolean());
        List<String> ids = new ArrayList<>();
        for (Tally tally : base.getTallies()) {
          for (String id : tally.getItem().indicators()) {
            if (!ids.contains(id)) {
              ids.add(id);
            }
          }
        }
        String id = ids.get(random.nextInt(ids.size()));
        if (ABA.findIndicator(id).orElseThrow().getStatistic() == Statistic.SHARE) {
          return new Mutation(kind, OutcomeData.builder().from(base)
              .addShares(OutcomeGenerator.shareFigure(random, id)).build(),
              "/shares/" + base.getShares().size() + "/indicator", kind.getCode());
        }
        return new Mutation(kind, OutcomeData.builder().from(base)
            .addMeans(OutcomeGenerator.meanFigure(random, id)).build(),
            "/means/" + base.getMeans().size() + "/indicator", kind.getCode());
      }
      case TALLY_WEIGHTS_MISSING: {
        OutcomeData base = withTallies(random, valid, true);
        int i = random.nextInt(base.getTallies().size());
        return tally(kind, base, i, Tally.builder().from(base.getTallies().get(i))
            .weightSum(Optional.empty()).weightSquareSum(Optional.empty())
            .weightMin(Optional.empty()).weightMax(Optional.empty()).build(), "weightSum");
      }
      case TALLY_WEIGHTS_UNEXPECTED: {
        OutcomeData base = withTallies(random, valid, false);
        int i = random.nextInt(base.getTallies().size());
        Tally tally = base.getTallies().get(i);
        double w = OutcomeGenerator.weight(random);
        long n = tally.getRespondents();
        return tally(kind, base, i, Tally.weighted(tally.getItem(), tally.getValue(), n, n * w,
            n * w * w, w, w), "weightSum");
      }
      case TALLY_WEIGHT_FIGURE_MISSING: {
        OutcomeData base = withTallies(random, valid, true);
        int i = random.nextInt(base.getTallies().size());
        Tally.Builder broken = Tally.builder().from(base.getTallies().get(i));
        String leaf = pick(random, new String[] {"weightSquareSum", "weightMin", "weightMax"});
        switch (leaf) {
          case "weightSquareSum":
            broken.weightSquareSum(Optional.empty());
            break;
          case "weightMin":
            broken.weightMin(Optional.empty());
            break;
          default:
            broken.weightMax(Optional.empty());
            break;
        }
        return tally(kind, base, i, broken.build(), leaf);
      }
      case TALLY_WEIGHT_OUT_OF_RANGE: {
        OutcomeData base = withTallies(random, valid, true);
        int i = random.nextInt(base.getTallies().size());
        Tally tally = base.getTallies().get(i);
        Tally.Builder broken = Tally.builder().from(tally);
        String leaf = pick(random, new String[] {"weightSum", "weightSquareSum", "weightMin",
          "weightMax"});
        switch (leaf) {
          case "weightSum":
            broken.weightSum(pick(random, new double[] {0, -1, 2e14, 1e-7}));
            break;
          case "weightSquareSum":
            broken.weightSquareSum(pick(random, new double[] {0, -1, 2e20, 1e-13}));
            break;
          case "weightMin":
            broken.weightMin(pick(random, new double[] {0, -1, 2e6, 1e-7}));
            break;
          default:
            broken.weightMax(pick(random, new double[] {0, -1, 2e6, 1e-7}));
            break;
        }
        return tally(kind, base, i, broken.build(), leaf);
      }
      case TALLY_WEIGHTS_INCONSISTENT: {
        OutcomeData base = withTallies(random, valid, true);
        int i = random.nextInt(base.getTallies().size());
        Tally tally = base.getTallies().get(i);
        long n = tally.getRespondents();
        double sum = tally.getWeightSum().orElseThrow();
        double min = tally.getWeightMin().orElseThrow();
        double max = tally.getWeightMax().orElseThrow();
        switch (random.nextInt(3)) {
          case 0:
            return tally(kind, base, i, Tally.builder().from(tally).weightMax(min / 2).build(),
                "weightMax");
          case 1:
            return tally(kind, base, i, Tally.builder().from(tally)
                .weightSum(random.nextBoolean() ? n * max * 1.01 + 0.01 : n * min * 0.99)
                .build(), "weightSum");
          default:
            return tally(kind, base, i, Tally.builder().from(tally)
                .weightSquareSum(random.nextBoolean() ? sum * max * 1.01 + 0.01
                    : sum * min * 0.99).build(), "weightSquareSum");
        }
      }
      default:
        throw new AssertionError(kind);
    }
  }

  /** Whether the data carry survey weights: the first response decides, else the first tally. */
  private static boolean isWeighted(OutcomeData data) {
    return data.getResponses().isEmpty()
        ? !data.getTallies().isEmpty() && data.getTallies().get(0).isWeighted()
        : data.getResponses().get(0).getWeight().isPresent();
  }

  /** A response that answers one tally item only, and no other built-in indicator. */
  private static PersonResponse.Builder answering(Random random, TallyItem item) {
    switch (item) {
      case ONS4_LIFE_SATISFACTION:
        return PersonResponse.builder().ons4(Ons4Answers.builder()
            .lifeSatisfaction(random.nextInt(11)).build());
      case ONS4_WORTHWHILE:
        return PersonResponse.builder().ons4(Ons4Answers.builder()
            .worthwhile(random.nextInt(11)).build());
      case ONS4_HAPPINESS:
        return PersonResponse.builder().ons4(Ons4Answers.builder()
            .happiness(random.nextInt(11)).build());
      case ONS4_ANXIETY:
        return PersonResponse.builder().ons4(Ons4Answers.builder()
            .anxiety(random.nextInt(11)).build());
      case LONELINESS_DIRECT:
        return PersonResponse.builder().loneliness(LonelinessAnswers.direct(
            LonelinessFrequency.ofCode(1 + random.nextInt(5))));
      case UCLA3_SUM:
        return PersonResponse.builder().loneliness(LonelinessAnswers.ucla(
            1 + random.nextInt(3), 1 + random.nextInt(3), 1 + random.nextInt(3)));
      case ASCOF_CONTROL:
        return PersonResponse.builder().ascof(AscofAnswers.builder()
            .control(1 + random.nextInt(4)).build());
      case ASCOF_SOCIAL_CONTACT:
        return PersonResponse.builder().ascof(AscofAnswers.builder()
            .socialContact(1 + random.nextInt(4)).build());
      default:
        throw new AssertionError(item);
    }
  }

  /**
   * The data with tallies, weighted or not: at least five responses (adding generated ones), the
   * survey weights made as asked, then groups of answers moved into tallies until there is one.
   */
  private static OutcomeData withTallies(Random random, OutcomeData data, boolean weighted) {
    OutcomeData base = withResponses(random, data, 5);
    base = weighted ? OutcomeGenerator.weighted(random, unweighted(base)) : unweighted(base);
    for (int attempt = 0; ; attempt++) {
      OutcomeData tallied = OutcomeGenerator.moveToTallies(random, base, attempt > 3);
      if (!tallied.getTallies().isEmpty()) {
        return tallied;
      }
      base = addResponse(random, base, PersonResponse.builder()
          .ons4(Ons4Answers.of(5, 6, 7, 8)));
    }
  }

  private static Mutation tally(Kind kind, OutcomeData base, int i, Tally broken, String leaf) {
    List<Tally> tallies = new ArrayList<>(base.getTallies());
    tallies.set(i, broken);
    return new Mutation(kind, OutcomeData.builder().from(base).tallies(tallies).build(),
        "/tallies/" + i + "/" + leaf, kind.getCode());
  }

  private static Mutation area(Kind kind, OutcomeData valid, String name) {
    Area area = Area.of(valid.getArea().getCode(), name);
    return new Mutation(kind, OutcomeData.builder().from(valid).area(area).build(), "/area/name",
        kind.getCode());
  }

  private static Mutation ons4(Random random, Kind kind, OutcomeData valid) {
    Predicate<PersonResponse> has =
        r -> r.getOns4().isPresent() && !ons4Answered(r.getOns4().get()).isEmpty();
    OutcomeData base = withResponse(random, valid, has,
        PersonResponse.builder().ons4(Ons4Answers.of(5, 5, 5, 5)));
    int i = pickIndex(random, base.getResponses(), has);
    PersonResponse response = base.getResponses().get(i);
    Ons4Answers answers = response.getOns4().orElseThrow();
    String item = pick(random, ons4Answered(answers).toArray(new String[0]));
    int bad = BAD_ONS4[random.nextInt(BAD_ONS4.length)];
    Ons4Answers.Builder broken = Ons4Answers.builder().from(answers);
    switch (item) {
      case "lifeSatisfaction":
        broken.lifeSatisfaction(bad);
        break;
      case "worthwhile":
        broken.worthwhile(bad);
        break;
      case "happiness":
        broken.happiness(bad);
        break;
      default:
        broken.anxiety(bad);
        break;
    }
    return response(kind, base, i,
        PersonResponse.builder().from(response).ons4(broken.build()).build(), "ons4/" + item);
  }

  private static Mutation ucla(Random random, Kind kind, OutcomeData valid) {
    Predicate<PersonResponse> has = r -> r.getLoneliness().isPresent()
        && !uclaAnswered(r.getLoneliness().get()).isEmpty();
    OutcomeData base = withResponse(random, valid, has,
        PersonResponse.builder().loneliness(LonelinessAnswers.ucla(2, 2, 2)));
    int i = pickIndex(random, base.getResponses(), has);
    PersonResponse response = base.getResponses().get(i);
    LonelinessAnswers answers = response.getLoneliness().orElseThrow();
    String item = pick(random, uclaAnswered(answers).toArray(new String[0]));
    int bad = BAD_UCLA[random.nextInt(BAD_UCLA.length)];
    LonelinessAnswers.Builder broken = LonelinessAnswers.builder().from(answers);
    switch (item) {
      case "lackCompanionship":
        broken.lackCompanionship(bad);
        break;
      case "leftOut":
        broken.leftOut(bad);
        break;
      default:
        broken.isolated(bad);
        break;
    }
    return response(kind, base, i,
        PersonResponse.builder().from(response).loneliness(broken.build()).build(),
        "loneliness/" + item);
  }

  private static List<String> uclaAnswered(LonelinessAnswers answers) {
    List<String> items = new ArrayList<>();
    answers.getLackCompanionship().ifPresent(a -> items.add("lackCompanionship"));
    answers.getLeftOut().ifPresent(a -> items.add("leftOut"));
    answers.getIsolated().ifPresent(a -> items.add("isolated"));
    return items;
  }

  private static Mutation ascof(Random random, Kind kind, OutcomeData valid) {
    Predicate<PersonResponse> has =
        r -> r.getAscof().isPresent() && !ascofAnswered(r.getAscof().get()).isEmpty();
    OutcomeData base = withResponse(random, valid, has,
        PersonResponse.builder().ascof(AscofAnswers.of(1, 2, 3, 4, 1, 2, 3, 4)));
    int i = pickIndex(random, base.getResponses(), has);
    PersonResponse response = base.getResponses().get(i);
    AscofAnswers answers = response.getAscof().orElseThrow();
    String domain = pick(random, ascofAnswered(answers).toArray(new String[0]));
    int bad = BAD_ASCOF[random.nextInt(BAD_ASCOF.length)];
    AscofAnswers.Builder broken = AscofAnswers.builder().from(answers);
    switch (domain) {
      case "control":
        broken.control(bad);
        break;
      case "personalCare":
        broken.personalCare(bad);
        break;
      case "foodAndDrink":
        broken.foodAndDrink(bad);
        break;
      case "accommodation":
        broken.accommodation(bad);
        break;
      case "safety":
        broken.safety(bad);
        break;
      case "socialContact":
        broken.socialContact(bad);
        break;
      case "occupation":
        broken.occupation(bad);
        break;
      default:
        broken.dignity(bad);
        break;
    }
    return response(kind, base, i,
        PersonResponse.builder().from(response).ascof(broken.build()).build(), "ascof/" + domain);
  }

  private static List<String> ascofAnswered(AscofAnswers a) {
    List<String> domains = new ArrayList<>();
    a.getControl().ifPresent(x -> domains.add("control"));
    a.getPersonalCare().ifPresent(x -> domains.add("personalCare"));
    a.getFoodAndDrink().ifPresent(x -> domains.add("foodAndDrink"));
    a.getAccommodation().ifPresent(x -> domains.add("accommodation"));
    a.getSafety().ifPresent(x -> domains.add("safety"));
    a.getSocialContact().ifPresent(x -> domains.add("socialContact"));
    a.getOccupation().ifPresent(x -> domains.add("occupation"));
    a.getDignity().ifPresent(x -> domains.add("dignity"));
    return domains;
  }

  private static List<String> ons4Answered(Ons4Answers a) {
    List<String> items = new ArrayList<>();
    a.getLifeSatisfaction().ifPresent(x -> items.add("lifeSatisfaction"));
    a.getWorthwhile().ifPresent(x -> items.add("worthwhile"));
    a.getHappiness().ifPresent(x -> items.add("happiness"));
    a.getAnxiety().ifPresent(x -> items.add("anxiety"));
    return items;
  }

  /** A figure for a built-in indicator that a response counts for, appended to its list. */
  private static Mutation counted(Random random, Kind kind, OutcomeData valid) {
    OutcomeData base = withResponse(random, valid, r -> !countedIds(List.of(r)).isEmpty(),
        PersonResponse.builder().ons4(Ons4Answers.of(7, 7, 7, 7)));
    String id = pick(random, countedIds(base.getResponses()).toArray(new String[0]));
    IndicatorDefinition definition = ABA.findIndicator(id).orElseThrow();
    if (definition.getStatistic() == Statistic.SHARE) {
      return new Mutation(kind, OutcomeData.builder().from(base)
          .addShares(OutcomeGenerator.shareFigure(random, id)).build(),
          "/shares/" + base.getShares().size() + "/indicator", kind.getCode());
    }
    return new Mutation(kind, OutcomeData.builder().from(base)
        .addMeans(OutcomeGenerator.meanFigure(random, id)).build(),
        "/means/" + base.getMeans().size() + "/indicator", kind.getCode());
  }

  private static List<String> countedIds(List<PersonResponse> responses) {
    List<String> ids = new ArrayList<>();
    for (IndicatorDefinition definition : ABA.getIndicators()) {
      for (PersonResponse response : responses) {
        if (response.countsFor(definition.getId())) {
          ids.add(definition.getId());
          break;
        }
      }
    }
    return ids;
  }

  private static Mutation response(Kind kind, OutcomeData base, int i, PersonResponse broken,
      String leaf) {
    List<PersonResponse> responses = new ArrayList<>(base.getResponses());
    responses.set(i, broken);
    return new Mutation(kind, OutcomeData.builder().from(base).responses(responses).build(),
        "/responses/" + i + "/" + leaf, kind.getCode());
  }

  private static Mutation share(Kind kind, OutcomeData base, int i, ShareFigure broken,
      String leaf) {
    List<ShareFigure> shares = new ArrayList<>(base.getShares());
    shares.set(i, broken);
    return new Mutation(kind, OutcomeData.builder().from(base).shares(shares).build(),
        "/shares/" + i + "/" + leaf, kind.getCode());
  }

  private static Mutation mean(Kind kind, OutcomeData base, int i, MeanFigure broken,
      String leaf) {
    List<MeanFigure> means = new ArrayList<>(base.getMeans());
    means.set(i, broken);
    return new Mutation(kind, OutcomeData.builder().from(base).means(means).build(),
        "/means/" + i + "/" + leaf, kind.getCode());
  }

  private static Mutation baseline(Kind kind, OutcomeData base, int i, Baseline broken,
      String leaf) {
    List<Baseline> baselines = new ArrayList<>(base.getBaselines());
    baselines.set(i, broken);
    return new Mutation(kind, OutcomeData.builder().from(base).baselines(baselines).build(),
        "/baselines/" + i + "/" + leaf, kind.getCode());
  }

  // -- making sure the structure a mutation needs exists, keeping the data valid -----------------

  /** The data with no survey weight. */
  private static OutcomeData unweighted(OutcomeData data) {
    List<PersonResponse> responses = new ArrayList<>(data.getResponses().size());
    for (PersonResponse response : data.getResponses()) {
      responses.add(PersonResponse.builder().from(response)
          .weight(Optional.empty()).build());
    }
    return OutcomeData.builder().from(data).responses(responses).build();
  }

  /** The data with at least {@code n} responses, adding generated ones. */
  private static OutcomeData withResponses(Random random, OutcomeData data, int n) {
    OutcomeData result = data;
    while (result.getResponses().size() < n) {
      result = addResponse(random, result, PersonResponse.builder().from(
          OutcomeGenerator.response(random)));
    }
    return result;
  }

  /** The data with a response that matches, adding {@code fallback} when none does. */
  private static OutcomeData withResponse(Random random, OutcomeData data,
      Predicate<PersonResponse> wanted, PersonResponse.Builder fallback) {
    for (PersonResponse response : data.getResponses()) {
      if (wanted.test(response)) {
        return data;
      }
    }
    return addResponse(random, data, fallback);
  }

  /**
   * Appends a response, weighted when the data are, and drops the figures it would duplicate.
   */
  private static OutcomeData addResponse(Random random, OutcomeData data,
      PersonResponse.Builder response) {
    boolean weighted = !data.getResponses().isEmpty()
        && data.getResponses().get(0).getWeight().isPresent();
    response.weight(weighted ? Optional.of(OutcomeGenerator.weight(random))
        : Optional.empty());
    PersonResponse added = response.build();
    List<ShareFigure> shares = new ArrayList<>(data.getShares());
    shares.removeIf(s -> added.countsFor(s.getIndicator()));
    List<MeanFigure> means = new ArrayList<>(data.getMeans());
    means.removeIf(m -> added.countsFor(m.getIndicator()));
    return OutcomeData.builder().from(data).addResponses(added).shares(shares).means(means)
        .build();
  }

  /** The data with a share figure: one added for an indicator no response counts for. */
  private static OutcomeData withShare(Random random, OutcomeData data) {
    return data.getShares().isEmpty() ? withFigure(random, data, Statistic.SHARE) : data;
  }

  /** The data with a mean figure: one added for an indicator no response counts for. */
  private static OutcomeData withMean(Random random, OutcomeData data) {
    return data.getMeans().isEmpty() ? withFigure(random, data, Statistic.MEAN) : data;
  }

  private static OutcomeData withFigure(Random random, OutcomeData data, Statistic statistic) {
    List<String> free = new ArrayList<>();
    List<String> counted = countedIds(data.getResponses());
    for (String id : ids(statistic)) {
      if (!counted.contains(id)) {
        free.add(id);
      }
    }
    OutcomeData base = data;
    if (free.isEmpty()) { // every indicator of the statistic is counted: drop the responses
      base = OutcomeData.builder().from(data).responses(List.of()).build();
      free = List.of(ids(statistic));
    }
    String id = free.get(random.nextInt(free.size()));
    return statistic == Statistic.SHARE
        ? OutcomeData.builder().from(base).addShares(OutcomeGenerator.shareFigure(random, id)).build()
        : OutcomeData.builder().from(base).addMeans(OutcomeGenerator.meanFigure(random, id)).build();
  }

  /** The data with a baseline: one added for a random indicator when there is none. */
  private static OutcomeData withBaseline(Random random, OutcomeData data) {
    if (!data.getBaselines().isEmpty()) {
      return data;
    }
    List<IndicatorDefinition> indicators = ABA.getIndicators();
    return OutcomeData.builder().from(data).addBaselines(OutcomeGenerator.baseline(random,
        indicators.get(random.nextInt(indicators.size())))).build();
  }

  // -- values ------------------------------------------------------------------------------------

  private static String[] ids(Statistic statistic) {
    List<String> ids = new ArrayList<>();
    for (IndicatorDefinition definition : ABA.getIndicators()) {
      if (definition.getStatistic() == statistic) {
        ids.add(definition.getId());
      }
    }
    return ids.toArray(new String[0]);
  }

  private static Range range(String indicator) {
    return ABA.findIndicator(indicator).orElseThrow().valueRange();
  }

  /** A value outside a range: just beyond an end, far beyond, or not finite. */
  private static double outside(Random random, Range range) {
    switch (random.nextInt(5)) {
      case 0:
        return Math.nextDown(range.getMin());
      case 1:
        return Math.nextUp(range.getMax());
      case 2:
        return range.getMin() - 1 - random.nextDouble() * 100;
      case 3:
        return range.getMax() + 1 + random.nextDouble() * 100;
      default:
        return NOT_FINITE[random.nextInt(NOT_FINITE.length)];
    }
  }

  private static <T> int pickIndex(Random random, List<T> list, Predicate<T> wanted) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (wanted.test(list.get(i))) {
        indexes.add(i);
      }
    }
    return indexes.get(random.nextInt(indexes.size()));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static double pick(Random random, double[] values) {
    return values[random.nextInt(values.length)];
  }
}
