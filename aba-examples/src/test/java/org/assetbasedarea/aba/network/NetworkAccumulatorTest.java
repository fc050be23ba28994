package org.assetbasedarea.aba.network;

import static org.assetbasedarea.aba.network.NetworkFixtures.all;
import static org.assetbasedarea.aba.network.NetworkFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.AreaCode;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.junit.jupiter.api.Test;

class NetworkAccumulatorTest {
  static NetworkAccumulator network() {
    return new NetworkAccumulator(NetworkFixtures.SCORER.getRegistry());
  }

  static NetworkView view(List<ScoreReport> reports) throws NetworkInputException {
    NetworkAccumulator network = network();
    for (int i = 0; i < reports.size(); i++) {
      network.add(reports.get(i), "in.ndjson", i + 1);
    }
    return network.finish(PeerGroups.gss(), NetworkView.MIN_GROUP_SIZE);
  }

  static AreaSeries area(NetworkView view, String code) {
    return view.getAreas().stream().filter(a -> a.getCode().toString().equals(code)).findFirst().orElseThrow();
  }

  /** Five unitary areas, counted by hand in the tests below. */
  static List<ScoreReport> five() {
    return List.of(
        report("E06000001", "2025-03-31", all(1)),
        report("E06000002", "2025-03-31", all(2)),
        report("E06000003", "2025-03-31", all(3)),
        report("E06000004", "2025-03-31", 0, 4, 4, 4, 4, 4, 4, 4, 4, 4),
        report("E06000005", "2025-03-31", all(2)));
  }

  @Test
  void heatmap_countsEachAreasLatestEffectiveRating() throws Exception {
    List<ScoreReport> reports = new ArrayList<>(five());
    reports.add(report("E06000001", "2024-03-31", all(4))); // earlier: not in the heatmap
    NetworkView.Comparison network = view(reports).getNetwork().orElseThrow();
    assertThat(network.areas()).isEqualTo(5);
    // index 0 not assessed, then levels 1-4
    assertThat(network.heatmap().get(0)).containsExactly(1, 1, 2, 1, 0);
    assertThat(network.heatmap().get(1)).containsExactly(0, 1, 2, 1, 1);
  }

  @Test
  void spread_andPositions_byHand() throws Exception {
    NetworkView view = view(five());
    NetworkView.Spread overall = view.getNetwork().orElseThrow().spread().get(0);
    // 25, 50, 50, 75, 100
    assertThat(overall.measure()).isEqualTo("overall");
    assertThat(overall.n()).isEqualTo(5);
    assertThat(overall.q1()).isEqualByComparingTo("50");
    assertThat(overall.median()).isEqualByComparingTo("50");
    assertThat(overall.q3()).isEqualByComparingTo("75");
    NetworkView.Position third = area(view, "E06000003").getPosition();
    assertThat(third).isNotNull();
    assertThat(third.vsNetwork()).isEqualByComparingTo("25");
    assertThat(third.networkPercentile()).isEqualTo(70); // (3 below + 1 equal / 2) / 5
    NetworkView.Position second = area(view, "E06000002").getPosition();
    assertThat(second).isNotNull();
    assertThat(second.networkPercentile()).isEqualTo(40); // (1 + 2 / 2) / 5
    assertThat(second.comparison()).isEqualTo("E06");
    assertThat(second.groupMedian()).isEqualByComparingTo("50");
  }

  @Test
  void weakest_meanOverRatedAreas_withheldUnderFive() throws Exception {
    NetworkView.Comparison network = view(five()).getNetwork().orElseThrow();
    NetworkView.ActionFigure map = network.actions().get(0);
    assertThat(map.rated()).isEqualTo(4);
    assertThat(map.meanRating()).isNull();
    NetworkView.ActionFigure share = network.actions().get(1);
    assertThat(share.rated()).isEqualTo(5);
    assertThat(share.meanRating()).isEqualByComparingTo("2.40"); // (1 + 2 + 3 + 4 + 2) / 5
    assertThat(network.weakest()).hasSize(9).first().extracting(NetworkView.ActionFigure::action)
        .isEqualTo("share-power");
  }

  @Test
  void weakest_ordersByMean() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      reports.add(report("E07000" + (100 + i), "2025-01-0" + i, 3, 3, 1, 3, 3, 3, 3, 2, 3, 4));
    }
    NetworkView.Comparison network = view(reports).getNetwork().orElseThrow();
    assertThat(network.weakest()).extracting(NetworkView.ActionFigure::action)
        .startsWith("tackle-inequalities", "volunteers-and-social-entrepreneurs").endsWith("mutuals-and-co-ops");
  }

  @Test
  void mostImproved_previousToLatest_andYears_latestOfEachYear() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    reports.add(report("E06000001", "2024-03-01", all(1)));
    reports.add(report("E06000001", "2024-09-01", all(3)));
    reports.add(report("E06000001", "2025-03-01", all(2)));
    for (int i = 2; i <= 5; i++) {
      reports.add(report("E0600000" + i, "2024-05-01", all(2)));
      reports.add(report("E0600000" + i, "2025-05-01", all(3)));
    }
    reports.add(report("E06000006", "2023-05-01", all(4)));
    NetworkView.Comparison network = view(reports).getNetwork().orElseThrow();
    NetworkView.ActionFigure share = network.actions().get(1);
    assertThat(share.changed()).isEqualTo(5);
    assertThat(share.meanChange()).isEqualByComparingTo("0.60"); // (-1 + 4 * 1) / 5
    assertThat(network.mostImproved()).hasSize(10);
    assertThat(network.years()).hasSize(3);
    NetworkView.YearFigure y2023 = network.years().get(0);
    assertThat(y2023.year()).isEqualTo(2023);
    assertThat(y2023.n()).isEqualTo(1);
    assertThat(y2023.withheld()).isTrue();
    NetworkView.YearFigure y2024 = network.years().get(1);
    // 75 (the later of E06000001's two), 50, 50, 50, 50
    assertThat(y2024.n()).isEqualTo(5);
    assertThat(y2024.median()).isEqualByComparingTo("50");
    assertThat(y2024.q3()).isEqualByComparingTo("50");
    NetworkView.YearFigure y2025 = network.years().get(2);
    assertThat(y2025.q1()).isEqualByComparingTo("75");
  }

  @Test
  void mostImproved_withheldWithFourChangedAreas() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      reports.add(report("E06000" + (100 + i), "2025-05-01", all(3)));
      if (i < 5) {
        reports.add(report("E06000" + (100 + i), "2024-05-01", all(2)));
      }
    }
    NetworkView.Comparison network = view(reports).getNetwork().orElseThrow();
    assertThat(network.actions().get(0).changed()).isEqualTo(4);
    assertThat(network.actions().get(0).meanChange()).isNull();
    assertThat(network.mostImproved()).isEmpty();
  }

  @Test
  void pooling_smallGroupsPooledWhenThePoolHasFive() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      reports.add(report("E06000" + (100 + i), "2025-05-01", all(2)));
    }
    for (int i = 1; i <= 3; i++) {
      reports.add(report("E07000" + (100 + i), "2025-05-01", all(3)));
    }
    reports.add(report("E08000101", "2025-05-01", all(4)));
    reports.add(report("E08000102", "2025-05-01", all(4)));
    NetworkView view = view(reports);
    assertThat(view.getGroups()).extracting(NetworkView.PeerGroup::id, NetworkView.PeerGroup::areas,
        NetworkView.PeerGroup::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("E06", 5, NetworkView.GroupStatus.PUBLISHED),
            org.assertj.core.groups.Tuple.tuple("E07", 3, NetworkView.GroupStatus.POOLED),
            org.assertj.core.groups.Tuple.tuple("E08", 2, NetworkView.GroupStatus.POOLED));
    assertThat(view.getGroupComparisons()).extracting(NetworkView.Comparison::id, NetworkView.Comparison::areas)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E06", 5),
            org.assertj.core.groups.Tuple.tuple(PeerGroups.POOLED, 5));
    assertThat(area(view, "E07000101").getComparedIn()).isEqualTo(PeerGroups.POOLED);
    NetworkView.Position position = area(view, "E08000101").getPosition();
    assertThat(position).isNotNull();
    assertThat(position.comparison()).isEqualTo(PeerGroups.POOLED);
    assertThat(position.groupMedian()).isEqualByComparingTo("75"); // 75, 75, 75, 100, 100
  }

  @Test
  void pooling_aPoolOfFourIsWithheld() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      reports.add(report("E06000" + (100 + i), "2025-05-01", all(2)));
    }
    for (int i = 1; i <= 4; i++) {
      reports.add(report("E09000" + (100 + i), "2025-05-01", all(3)));
    }
    NetworkView view = view(reports);
    assertThat(view.getGroups()).extracting(NetworkView.PeerGroup::status)
        .containsExactly(NetworkView.GroupStatus.PUBLISHED, NetworkView.GroupStatus.WITHHELD);
    assertThat(view.getGroupComparisons()).extracting(NetworkView.Comparison::id).containsExactly("E06");
    AreaSeries london = area(view, "E09000101");
    assertThat(london.getComparedIn()).isNull();
    NetworkView.Position position = london.getPosition();
    assertThat(position).isNotNull();
    assertThat(position.networkMedian()).isEqualByComparingTo("50");
    assertThat(position.comparison()).isNull();
    assertThat(position.groupMedian()).isNull();
    assertThat(position.groupPercentile()).isNull();
  }

  @Test
  void aNetworkOfFour_publishesNoComparison_butEveryAreasOwnFigures() throws Exception {
    NetworkView view = view(five().subList(0, 4));
    assertThat(view.getNetwork()).isEmpty();
    assertThat(view.getGroupComparisons()).isEmpty();
    assertThat(view.getWithheldReason()).get().asString().contains("4 areas, fewer than 5");
    assertThat(view.getGroups()).extracting(NetworkView.PeerGroup::status)
        .containsOnly(NetworkView.GroupStatus.WITHHELD);
    assertThat(view.getAreas()).hasSize(4).allSatisfy(a -> assertThat(a.getPosition()).isNull());
    assertThat(area(view, "E06000003").overall(0)).isEqualByComparingTo("75");
  }

  @Test
  void aNetworkOfFive_ofFiveKinds_isComparedAndPoolsEveryGroup() throws Exception {
    List<ScoreReport> reports = new ArrayList<>();
    String[] kinds = {"E06", "E07", "E08", "E09", "E10"};
    for (String kind : kinds) {
      reports.add(report(kind + "000001", "2025-05-01", all(2)));
    }
    NetworkView view = view(reports);
    assertThat(view.getNetwork()).isPresent();
    assertThat(view.getGroups()).extracting(NetworkView.PeerGroup::status).containsOnly(NetworkView.GroupStatus.POOLED);
    assertThat(view.getGroupComparisons()).extracting(NetworkView.Comparison::id).containsExactly(PeerGroups.POOLED);
  }

  @Test
  void minGroupSizeSix_withholdsFive() throws Exception {
    NetworkAccumulator network = network();
    for (ScoreReport r : five()) {
      network.add(r, "in.json", 0);
    }
    assertThat(network.finish(PeerGroups.gss(), 6).getNetwork()).isEmpty();
    assertThatThrownBy(() -> network().finish(PeerGroups.gss(), 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gssKinds() {
    PeerGroups gss = PeerGroups.gss();
    assertThat(List.of("E06000001", "E07000001", "E08000001", "E09000001", "E10000001", "E11000001",
        "W06000001", "S12000033").stream().map(c -> gss.groupOf(AreaCode.of(c)).orElseThrow()))
        .containsExactly("E06", "E07", "E08", "E09", "E10", "other", "other", "other");
    assertThat(gss.label("E09")).isEqualTo("London boroughs (E09)");
    assertThat(gss.label("E08")).isEqualTo("Metropolitan districts (E08)");
  }

  @Test
  void csvGroups_everyProblemWithItsLine() {
    String csv = "area,group\nE06000001,North\nE06000001,South\nE0600000X,North\nE06000003,\n"
        + "E06000004,North,x\nE06000005,pooled\n\"E06000006,North\n";
    assertThatThrownBy(() -> PeerGroups.fromCsv(csv, "groups.csv"))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems()).satisfiesExactly(
            p -> assertThat(p).startsWith("groups.csv: line 3: area E06000001 is listed again (first on line 2)"),
            p -> assertThat(p).startsWith("groups.csv: line 4: 'E0600000X' is not an area code"),
            p -> assertThat(p).isEqualTo("groups.csv: line 5: the group is blank"),
            p -> assertThat(p).startsWith("groups.csv: line 6: has 3 fields"),
            p -> assertThat(p).startsWith("groups.csv: line 7: the group name 'pooled' is reserved"),
            p -> assertThat(p).startsWith("groups.csv: line 8: is not a CSV line")));
  }

  @Test
  void csvGroups_networkIsReserved_asTheNetworksOwnComparison() {
    // a group called "network" would give a second comparison with the network's own id
    assertThatThrownBy(() -> PeerGroups.fromCsv("area,group\nE06000001,network\n", "groups.csv"))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems())
            .containsExactly("groups.csv: line 2: the group name 'network' is reserved for the"
                + " network's own comparison; choose another"));
  }

  @Test
  void csvGroups_header_andEmpty() {
    assertThatThrownBy(() -> PeerGroups.fromCsv("code,group\nE06000001,North\n", "g.csv"))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems())
            .containsExactly("g.csv: line 1: the header must be 'area,group', not 'code,group'"));
    assertThatThrownBy(() -> PeerGroups.fromCsv("\n\n", "g.csv"))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems().get(0))
            .contains("is empty"));
    assertThatThrownBy(() -> PeerGroups.fromCsv("area,group\n", "g.csv"))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems().get(0))
            .contains("names no area"));
  }

  @Test
  void csvGroups_areaInNoGroup_isAnInputError() throws Exception {
    PeerGroups groups = PeerGroups.fromCsv("\uFEFFarea,group\r\nE06000001,North\r\n\"E06000002\",\"South, coast\"\r\n",
        "groups.csv");
    assertThat(groups.groupOf(AreaCode.of("E06000002"))).contains("South, coast");
    NetworkAccumulator network = network();
    network.add(report("E06000001", "2025-01-01", all(2)), "a.json", 0);
    network.add(report("E06000009", "2025-01-01", all(2)), "b.json", 0);
    network.add(report("E06000008", "2025-01-01", all(2)), "c.json", 0);
    assertThatThrownBy(() -> network.finish(groups, 5))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems()).containsExactly(
            "area E06000008 is in no group of groups.csv; add a line 'E06000008,GROUP'",
            "area E06000009 is in no group of groups.csv; add a line 'E06000009,GROUP'"));
  }

  @Test
  void twoAssessmentsOfAnAreaOnOneDate_bothNamed() {
    NetworkAccumulator network = network();
    network.add(report("E06000001", "2025-03-31", all(2)), "b.ndjson", 7);
    network.add(report("E06000002", "2025-03-31", all(2)), "b.ndjson", 8);
    network.add(report("E06000001", "2025-03-31", all(3)), "a.json", 0);
    assertThatThrownBy(() -> network.finish(PeerGroups.gss(), 5))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems()).singleElement()
            .asString().startsWith("area E06000001 has two assessments dated 2025-03-31: ")
            .contains("b.ndjson:7").contains("a.json"));
  }

  @Test
  void severalFrameworks_namedWithCounts() {
    NetworkAccumulator network = network();
    for (ScoreReport r : five()) {
      network.add(r, "in.ndjson", 1);
    }
    ScoreReport other = ScoreReport.builder().from(five().get(0)).framework("local-2024").build();
    network.add(other, "local.json", 0);
    network.add(other, "local2.json", 0);
    assertThatThrownBy(() -> network.finish(PeerGroups.gss(), 5))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems()).containsExactly(
            "a network is of one framework, but the inputs name 2: aba-2020 (5 assessments),"
                + " local-2024 (2 assessments); give the assessments of one framework"));
  }

  @Test
  void noAssessment_isAnInputError() {
    assertThatThrownBy(() -> network().finish(PeerGroups.gss(), 5))
        .isInstanceOfSatisfying(NetworkInputException.class, e -> assertThat(e.getProblems().get(0))
            .contains("no assessment"));
  }

  @Test
  void outcomes_medianOfPublishedValuesOverFiveAreas_withheldOverFour() throws Exception {
    String text = new String(NetworkAccumulatorTest.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/brackenford-outcomes-2026.json").readAllBytes(),
        StandardCharsets.UTF_8);
    for (int areas : new int[] {4, 5}) {
      NetworkAccumulator network = network();
      for (int i = 1; i <= areas; i++) {
        String code = "E08000" + (100 + i);
        network.add(report(code, "2026-03-31", all(2)), "a.ndjson", i);
        OutcomeData data = AbaJson.standard().read(text.replace("E08000999", code).getBytes(StandardCharsets.UTF_8),
            DocumentType.OUTCOME_DATA).getDocument().orElseThrow();
        OutcomeReport outcome = Indicators.compute(data,
            NetworkFixtures.SCORER.getRegistry().find("aba-2020").orElseThrow(), DisclosurePolicy.ASCOF);
        network.add(outcome, code + ".json", 0);
      }
      NetworkView view = network.finish(PeerGroups.gss(), 5);
      assertThat(view.getIndicators()).isNotEmpty();
      assertThat(view.getDisclosure()).isEqualTo("ascof");
      AreaSeries first = view.getAreas().get(0);
      String indicator = view.getIndicators().get(0);
      assertThat(first.getOutcomes().get(indicator).getPolicy()).isEqualTo("ascof");
      if (areas == 4) {
        assertThat(view.getNetwork()).isEmpty();
      } else {
        NetworkView.OutcomeFigure figure = view.getNetwork().orElseThrow().outcomes().get(0);
        assertThat(figure.indicator()).isEqualTo(indicator);
        assertThat(figure.published()).isEqualTo(5);
        assertThat(figure.median()).isEqualByComparingTo(first.getOutcomes().get(indicator).getValue().orElseThrow());
      }
    }
  }

  @Test
  void median_ofPublishedValues() {
    assertThat(Comparisons.median(List.of(new java.math.BigDecimal("3.5"), new java.math.BigDecimal("1.0"),
        new java.math.BigDecimal("2.2"), new java.math.BigDecimal("9.9")))).isEqualByComparingTo("2.85");
    assertThat(Comparisons.percentile(new int[] {100, 200, 200, 300}, 200)).isEqualTo(50);
    assertThat(Comparisons.percentile(new int[] {100}, 100)).isEqualTo(50);
  }

  /** The view does not depend on the order of the inputs: seeded shuffles give the same JSON. */
  @Test
  void orderOfInputs_doesNotMatter() throws Exception {
    StringWriter data = new StringWriter();
    NetworkData.write(data, 23, 4, 7, 2025);
    List<ScoreReport> reports = new ArrayList<>();
    for (String line : data.toString().split("\n")) {
      reports.add(NetworkFixtures.SCORER.score(AbaJson.standard().read(line.getBytes(StandardCharsets.UTF_8),
          DocumentType.ASSESSMENT).getDocument().orElseThrow()));
    }
    String expected = json(view(reports));
    assertThat(expected).contains("\"comparisons\":[{\"id\":\"network\"");
    Random random = new Random(20261201L);
    for (int round = 0; round < 5; round++) {
      List<ScoreReport> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      assertThat(json(view(shuffled))).as("shuffle %d", round).isEqualTo(expected);
    }
  }

  static String json(NetworkView view) {
    StringWriter out = new StringWriter();
    NetworkJson.write(view, out);
    return out.toString();
  }
}
