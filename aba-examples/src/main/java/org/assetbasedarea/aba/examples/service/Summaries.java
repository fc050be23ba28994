package org.assetbasedarea.aba.examples.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * The small JSON objects the service lists documents with (not aba documents: the service's own,
 * described in openapi.json). Each has {@code links} to the documents it summarises, as paths on
 * the service.
 */
final class Summaries {
  private Summaries() {}

  /**
   * One assessment, with its result from the stored score report.
   *
   * @param assessedOn its key
   * @param framework the framework it names
   * @param version its version (the ETag, quoted)
   * @param status the score report's status
   * @param percentage the overall percentage, null when nothing is rated
   * @param band the overall band after limiters, null under INSUFFICIENT
   * @param links {@code self}, {@code score}
   */
  record Assessment(LocalDate assessedOn, String framework, long version, String status,
      @Nullable BigDecimal percentage, @Nullable String band, Map<String, String> links) {
    static Assessment of(AreaCode area, LocalDate assessedOn, long version, String framework,
        String status, @Nullable BigDecimal percentage, @Nullable String band) {
      String self = "/areas/" + area + "/assessments/" + assessedOn;
      Map<String, String> links = new LinkedHashMap<>();
      links.put("self", self);
      links.put("score", self + "/score");
      return new Assessment(assessedOn, framework, version, status, percentage, band, links);
    }
  }

  /**
   * One period of outcome data.
   *
   * @param start the period's first day
   * @param end its last day
   * @param framework the framework it names
   * @param version its version
   * @param responses how many person-level responses it holds
   * @param links {@code self}
   */
  record OutcomeData(LocalDate start, LocalDate end, String framework, long version,
      int responses, Map<String, String> links) {
    static OutcomeData of(AreaCode area, LocalDate start, LocalDate end, long version,
        String framework, int responses) {
      return new OutcomeData(start, end, framework, version, responses,
          Map.of("self", "/areas/" + area + "/outcome-data/" + start + "/" + end));
    }
  }

  /**
   * One plan or 100-day challenge.
   *
   * @param startsOn its first day (its key)
   * @param endsOn its last day
   * @param kind IMPROVEMENT_PLAN or HUNDRED_DAY_CHALLENGE
   * @param title its title
   * @param framework the framework it names
   * @param version its version
   * @param links {@code self}
   */
  record Plan(LocalDate startsOn, LocalDate endsOn, String kind, String title, String framework,
      long version, Map<String, String> links) {
    static Plan of(AreaCode area, LocalDate startsOn, long version, String framework, String kind,
        String title, LocalDate endsOn) {
      return new Plan(startsOn, endsOn, kind, title, framework, version,
          Map.of("self", "/areas/" + area + "/plans/" + startsOn));
    }
  }

  /**
   * The latest assessment of an area, as its score report has it.
   *
   * @param assessedOn its date
   * @param percentage the overall percentage, null when nothing is rated
   * @param band the overall band after limiters, null under INSUFFICIENT
   */
  record LatestAssessment(LocalDate assessedOn, @Nullable BigDecimal percentage,
      @Nullable String band) {}

  /**
   * One area with stored documents.
   *
   * @param code its ONS GSS code
   * @param name its name, as its latest document gives it
   * @param assessments how many assessments are stored
   * @param outcomeData how many periods of outcome data
   * @param plans how many plans
   * @param latestAssessment the latest assessment's result, null when none is stored
   * @param links {@code self}, {@code assessments}, {@code outcomeData}, {@code plans},
   *     {@code report}
   */
  record Area(String code, String name, int assessments, int outcomeData, int plans,
      @Nullable LatestAssessment latestAssessment, Map<String, String> links) {
    static Area of(AreaCode code, String name, int assessments, int outcomeData, int plans,
        @Nullable LatestAssessment latest) {
      String self = "/areas/" + code;
      Map<String, String> links = new LinkedHashMap<>();
      links.put("self", self);
      links.put("assessments", self + "/assessments");
      links.put("outcomeData", self + "/outcome-data");
      links.put("plans", self + "/plans");
      links.put("report", self + "/report");
      return new Area(code.toString(), name, assessments, outcomeData, plans, latest, links);
    }
  }
}
