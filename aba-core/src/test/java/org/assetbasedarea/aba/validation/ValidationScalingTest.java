package org.assetbasedarea.aba.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Statistic;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.outcomes.Baseline;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.assetbasedarea.aba.testing.Growth;
import org.junit.jupiter.api.Test;

/**
 * Validation time grows linearly with the number of violations. Each size holds {@code s}
 * duplicate roles and {@code s} duplicate actions (an assessment) and {@code s} share figures and
 * {@code s} mean figures out of range (outcome data), so 2s violations of each document at least.
 * Sizes n, 2n, 4n, 8n, measured by {@link Growth}. Linear time gives a ratio t(8n) / t(n) near 8,
 * quadratic time near 64; the test allows up to 24, which no quadratic cost passes
 * once it dominates at n (n is chosen so that, before the fix, it did: the ratio then was about 40,
 * with 8n taking seconds).
 */
class ValidationScalingTest {
  private static final AbaValidator VALIDATOR = AbaValidator.shared();
  private static final int N = 400;

  static Assessment assessment(int size) {
    List<Participant> participants = new ArrayList<>(size);
    List<Rating> ratings = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      participants.add(Participant.of(Role.COUNCIL, 1 + i % 100));
      ratings.add(Rating.of("share-power", 1 + i % 4));
    }
    return Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .participants(participants)
        .ratings(ratings)
        .build();
  }

  static OutcomeData outcomeData(int size) {
    OutcomeData.Builder data = OutcomeData.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
    for (int i = 0; i < size; i++) {
      data.addShares(ShareFigure.of("ascof-1b", -1 - i, 10 + i));
      data.addMeans(MeanFigure.of("ascof-1a", 10 + i, 30 + i, 1));
    }
    return data.build();
  }

  @Test
  void validationTime_growsLinearly_withTheNumberOfViolations() {
    Growth.Result growth = Growth.measure("ValidationScalingTest", N, size -> {
      Assessment assessment = assessment(size);
      OutcomeData data = outcomeData(size);
      return () -> {
        assertThat(VALIDATOR.validate(assessment)).isNotEmpty();
        assertThat(VALIDATOR.validate(data)).isNotEmpty();
      };
    });
    assertThat(growth.ratio).as(growth.report).isLessThan(24);
  }

  /**
   * Valid outcome data of {@code size} weighted responses (ONS4 answers only) with a figure and a
   * baseline for every indicator no response counts for, and a baseline for every other one.
   */
  static OutcomeData validOutcomeData(int size) {
    List<PersonResponse> responses = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      responses.add(PersonResponse.builder()
          .ons4(Ons4Answers.of(i % 11, (i + 3) % 11, (i + 5) % 11, (i + 7) % 11))
          .weight(0.5 + i % 7 * 0.25)
          .build());
    }
    OutcomeData.Builder data = OutcomeData.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)))
        .responses(responses);
    for (IndicatorDefinition indicator : Frameworks.aba2020().getIndicators()) {
      String id = indicator.getId();
      double low = indicator.valueRange().getMin();
      data.addBaselines(Baseline.of(id, low));
      if (id.startsWith("ons4-")) {
        continue; // counted by the responses
      }
      if (indicator.getStatistic() == Statistic.SHARE) {
        data.addShares(ShareFigure.of(id, 40, 100));
      } else {
        data.addMeans(MeanFigure.of(id, 100, low + 1, 1));
      }
    }
    return data.build();
  }

  /**
   * Valid outcome data take the validator's fast path ({@code OutcomeFastPath}): time linear in
   * the number of responses, including the check that no figure duplicates what a response
   * counts for. Sizes of n, 2n, 4n and 8n responses.
   */
  @Test
  void validOutcomeDataValidationTime_growsLinearly_withTheNumberOfResponses() {
    Growth.Result growth = Growth.measure("ValidationScalingTest (valid outcome data)", 20 * N,
        size -> {
          OutcomeData data = validOutcomeData(size);
          return () -> {
            for (int i = 0; i < 4; i++) {
              assertThat(VALIDATOR.validate(data)).isEmpty();
            }
          };
        });
    assertThat(growth.ratio).as(growth.report).isLessThan(24);
  }

  @Test
  void bigDocuments_reportTheFirstThousandIssues_andHowManyMore() {
    List<Issue> issues = VALIDATOR.validate(assessment(3000));

    assertThat(issues).hasSize(Issue.MAX_PER_DOCUMENT + 1);
    Issue last = issues.get(Issue.MAX_PER_DOCUMENT);
    assertThat(last.getCode()).isEqualTo(org.assetbasedarea.aba.issues.IssueCode.TOO_MANY_ISSUES);
    assertThat(last.getPath()).isEmpty();
    // 2999 duplicate roles and 2999 duplicate actions; ratings come after participants.
    assertThat(last.getMessage()).isEqualTo("and 4,998 more issues were found");
    assertThat(issues.subList(0, Issue.MAX_PER_DOCUMENT)).extracting(Issue::getPath)
        .startsWith("/participants/1/role", "/participants/2/role")
        .endsWith("/participants/1000/role");
  }
}
