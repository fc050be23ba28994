package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.network.NetworkData;
import org.assetbasedarea.aba.network.NetworkJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code aba network} end to end: outputs, the schema, small groups withheld, bad input. */
class NetworkCliTest {
  static final JsonMapper PLAIN = JsonMapper.builder().build();
  static final String[] FILES = {"network.html", "network.json", "network-areas.csv",
      "network-positions.csv", "network-heatmap.csv", "network-spread.csv", "network-actions.csv",
      "network-years.csv", "network-outcomes.csv"};

  @TempDir
  Path dir;

  static Cli aba(String stdin, String... args) {
    return Cli.run(JsonDocuments::new, Cli.stdin(stdin), false, args);
  }

  static String data(int areas, int years) throws Exception {
    StringWriter out = new StringWriter();
    NetworkData.write(out, areas, years, 5, 2025);
    return out.toString();
  }

  Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static List<Error> schemaErrors(String json) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Schema schema = registry.getSchema(SchemaLocation.of(NetworkJson.SCHEMA_ID), PLAIN.readTree(NetworkJson.schema()));
    return schema.validate(PLAIN.readTree(json));
  }

  static List<CSVRecord> csv(Path file) throws Exception {
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  @Test
  void network_writesEveryFile_validAgainstItsSchema_exit0() throws Exception {
    Path in = file("net.ndjson", data(30, 4));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    List<String> expected = new ArrayList<>();
    for (String name : FILES) {
      expected.add(out.resolve(name).toString());
    }
    assertThat(run.out.lines()).containsExactlyElementsOf(expected);
    String json = Files.readString(out.resolve("network.json"));
    assertThat(schemaErrors(json)).isEmpty();
    JsonNode root = PLAIN.readTree(json);
    assertThat(root.get("areaCount").asInt()).isEqualTo(30);
    assertThat(root.get("assessmentCount").asInt()).isEqualTo(120);
    assertThat(root.get("withheld").isNull()).isTrue();
    // six areas of each kind: the network and five published groups
    assertThat(root.get("comparisons").size()).isEqualTo(6);
    assertThat(root.get("areas").get(0).get("assessments").size()).isEqualTo(4);
    assertThat(csv(out.resolve("network-areas.csv"))).hasSize(120);
    assertThat(csv(out.resolve("network-heatmap.csv"))).hasSize(60);
    List<CSVRecord> heat = csv(out.resolve("network-heatmap.csv"));
    for (CSVRecord row : heat) {
      int total = 0;
      for (String column : List.of("level_1", "level_2", "level_3", "level_4", "not_assessed")) {
        total += Integer.parseInt(row.get(column));
      }
      assertThat(total).isEqualTo(row.get("comparison").equals("network") ? 30 : 6);
    }

    Document page = Jsoup.parse(out.resolve("network.html").toFile(), "UTF-8");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("h1").text()).isEqualTo("Network view");
    assertThat(page.select("table.heatmap").first().select("tbody tr")).hasSize(10);
    assertThat(page.select("table.areas tbody tr")).hasSize(30);
    assertThat(page.select("table.weakest tbody tr")).hasSize(10);
    assertThat(page.select("table.years tbody tr")).hasSize(4);
    assertThat(page.select("#about").text()).contains("at least 5 areas").contains("type 7");
    assertThat(page.select("svg title")).isNotEmpty();
  }

  @Test
  void network_readsNdjsonFromStandardInput() throws Exception {
    Path out = dir.resolve("site");
    Cli run = aba(data(6, 2), "network", "-", "--ndjson", "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(PLAIN.readTree(Files.readString(out.resolve("network.json"))).get("areaCount").asInt()).isEqualTo(6);
  }

  @Test
  void network_ofFourAreas_publishesNoComparison_theyAreStillShown() throws Exception {
    Path in = file("net.ndjson", data(4, 3));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    String json = Files.readString(out.resolve("network.json"));
    assertThat(schemaErrors(json)).isEmpty();
    JsonNode root = PLAIN.readTree(json);
    assertThat(root.get("comparisons").size()).isZero();
    assertThat(root.get("withheld").asString()).contains("fewer than 5");
    assertThat(root.get("areas").get(0).get("position").isNull()).isTrue();
    assertThat(csv(out.resolve("network-heatmap.csv"))).isEmpty();
    assertThat(csv(out.resolve("network-years.csv"))).isEmpty();
    assertThat(csv(out.resolve("network-areas.csv"))).hasSize(12);
    Document page = Jsoup.parse(out.resolve("network.html").toFile(), "UTF-8");
    assertThat(page.select("#withheld").text()).contains("No comparison is published").contains("4 areas, fewer than 5");
    assertThat(page.select("table.heatmap")).isEmpty();
    assertThat(page.select("#years")).isEmpty();
    assertThat(page.select("table.areas tbody tr")).hasSize(4);
  }

  @Test
  void network_smallGroupsWithheld_orPooled() throws Exception {
    // seven areas: NetworkData spreads them E06, E07, E08, E09, E10, E06, E07
    Path in = file("net.ndjson", data(7, 1));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode root = PLAIN.readTree(Files.readString(out.resolve("network.json")));
    for (JsonNode group : root.get("groups")) {
      assertThat(group.get("status").asString()).as(group.toString()).isEqualTo("POOLED");
    }
    assertThat(root.get("comparisons").size()).isEqualTo(2);
    assertThat(root.get("comparisons").get(1).get("id").asString()).isEqualTo("pooled");

    // a groups file: five in A, two in B: B is withheld (a pool of two)
    StringBuilder groups = new StringBuilder("area,group\n");
    int listed = 0;
    for (JsonNode area : root.get("areas")) {
      groups.append(area.get("code").asString()).append(',').append(listed++ < 5 ? "A" : "B").append('\n');
    }
    Path groupsFile = file("groups.csv", groups.toString());
    Path out2 = dir.resolve("site2");
    run = aba("", "network", in.toString(), "--groups", groupsFile.toString(), "--out", out2.toString());
    assertThat(run.code).as(run.toString()).isZero();
    String json = Files.readString(out2.resolve("network.json"));
    assertThat(schemaErrors(json)).isEmpty();
    root = PLAIN.readTree(json);
    assertThat(root.get("groupsFrom").asString()).isEqualTo(groupsFile.toString());
    assertThat(root.get("groups").get(1).get("status").asString()).isEqualTo("WITHHELD");
    assertThat(root.get("comparisons").size()).isEqualTo(2); // the network and A
    assertThat(csv(out2.resolve("network-spread.csv"))).extracting(r -> r.get("comparison")).doesNotContain("B", "pooled");
    Document page = Jsoup.parse(out2.resolve("network.html").toFile(), "UTF-8");
    assertThat(page.select("table.groups").text()).contains("withheld (fewer than 5 areas, even pooled)");
  }

  @Test
  void network_invalidLine_exit1_nothingWritten() throws Exception {
    String lines = data(6, 1);
    String broken = lines.replaceFirst("\"rating\":[0-9]", "\"rating\":9");
    Path in = file("net.ndjson", broken);
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains(in + ":1:/ratings/0/rating:").contains("[RATING_OUT_OF_RANGE]")
        .contains("nothing was written");
    assertThat(run.out).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void network_duplicateDate_bothNamed_exit1_nothingWritten() throws Exception {
    String line = data(1, 1);
    Path a = file("a.ndjson", data(6, 1));
    Path b = file("b.json", line);
    Path out = dir.resolve("site");
    Cli run = aba("", "network", a.toString(), b.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("has two assessments dated").contains(a + ":1").contains(b.toString())
        .contains("nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void network_severalFrameworks_namedWithCounts_exit1() throws Exception {
    Cli framework = aba("", "framework", "--format", "json");
    assertThat(framework.code).as(framework.toString()).isZero();
    Path local = file("local.json", framework.out.replace("\"aba-2020\"", "\"local-2024\""));
    Path a = file("a.ndjson", data(6, 1));
    Path b = file("b.ndjson", data(1, 1).replace("aba-2020", "local-2024").replace("E06100000", "E09000001"));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", a.toString(), b.toString(), "--framework", local.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("a network is of one framework, but the inputs name 2: aba-2020 (6 assessments),"
        + " local-2024 (1 assessment)").contains("nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void network_folderOfInputs() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(folder.resolve("net.ndjson"), data(5, 2));
    Files.writeString(dir.resolve("in/extra.json"), data(6, 1).lines().skip(5).findFirst().orElseThrow()
        .replace("2025-", "2026-"));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", dir.resolve("in").toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isZero();
    JsonNode root = PLAIN.readTree(Files.readString(out.resolve("network.json")));
    assertThat(root.get("areaCount").asInt()).isEqualTo(6);
    assertThat(root.get("assessmentCount").asInt()).isEqualTo(11);
  }

  @Test
  void network_badGroupsFile_everyProblem_exit1() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    Path groups = file("groups.csv", "area,group\nE06100000,A\nE06100000,B\nnot-a-code,A\nE07100000,\n");
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--groups", groups.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("line 3: area E06100000 is listed again").contains("line 4: 'not-a-code'")
        .contains("line 5: the group is blank");
    assertThat(out).doesNotExist();
  }

  @Test
  void network_groupsFileNotUtf8_orTooLarge_exit1() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    StringBuilder text = new StringBuilder("area,group\n");
    for (int i = 0; i < 6; i++) {
      text.append("E0610000").append(i).append(",North\n");
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length);
    bad[good.length - 3] = (byte) 0xff; // "Nor\xffh": never a silent U+FFFD in a published group name
    Path groups = dir.resolve("bad-groups.csv");
    Files.write(groups, bad);
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), "--groups", groups.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains(groups + ": is not valid UTF-8");
    assertThat(out).doesNotExist();

    // a file over the limit is refused, not cut at the limit and read as far as it goes
    Path big = dir.resolve("big-groups.csv");
    StringBuilder many = new StringBuilder(text);
    while (many.length() <= Inputs.MAX_BYTES) {
      many.append("\n".repeat(1 << 16));
    }
    Files.writeString(big, many.append("E07100000,North\n"));
    run = aba("", "network", in.toString(), "--groups", big.toString(), "--out", out.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains(big + ": is larger than " + Inputs.MAX_BYTES + " bytes");
    assertThat(out).doesNotExist();
  }

  @Test
  void network_areaInNoGroup_exit1() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    Path groups = file("groups.csv", "area,group\nE06100000,A\n");
    Cli run = aba("", "network", in.toString(), "--groups", groups.toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("area E07100000 is in no group of " + groups);
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void network_planSkippedWithANote_missingFile_exit1() throws Exception {
    Path plan = file("plan.json", CliTest.sample("brackenford-plan-2025.json"));
    Cli run = aba("", "network", plan.toString(), dir.resolve("missing.json").toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("aba network: " + plan + ": skipped (a plan is not part of the network view)\n")
        .contains("missing.json: no such file").contains("1 input is not valid");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void network_withOutcomeData_publishedValuesOnly() throws Exception {
    Path in = file("net.ndjson", data(1, 1).replace("E06100000", "E08000999"));
    Path outcomes = file("o.json", CliTest.sample("brackenford-outcomes-2026.json"));
    Path out = dir.resolve("site");
    Cli run = aba("", "network", in.toString(), outcomes.toString(), "--out", out.toString(),
        "--disclosure", "nhs-small-numbers");
    assertThat(run.code).as(run.toString()).isZero();
    String json = Files.readString(out.resolve("network.json"));
    assertThat(schemaErrors(json)).isEmpty();
    JsonNode root = PLAIN.readTree(json);
    assertThat(root.get("disclosure").asString()).isEqualTo("nhs-small-numbers");
    JsonNode indicators = root.get("areas").get(0).get("outcomes").get("indicators");
    assertThat(indicators.size()).isPositive();
    assertThat(json).doesNotContain("respondents").doesNotContain("raw");
    assertThat(csv(out.resolve("network-outcomes.csv"))).hasSize(indicators.size());
  }

  @Test
  void network_minGroupSizeUnderFive_isAUsageError_exit2() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    Cli run = aba("", "network", in.toString(), "--min-group-size", "4", "--out", dir.resolve("site").toString());
    assertThat(run.code).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("--min-group-size must be at least 5");
    run = aba("", "network", in.toString(), "--min-group-size", "7", "--out", dir.resolve("site").toString());
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(PLAIN.readTree(Files.readString(dir.resolve("site/network.json"))).get("withheld").asString())
        .contains("fewer than 7");
  }

  @Test
  void network_noOutOrNoInput_isAUsageError_exit2() {
    assertThat(aba("", "network", "x.ndjson").code).isEqualTo(2);
    assertThat(aba("", "network", "--out", dir.toString()).code).isEqualTo(2);
    assertThat(aba("", "network", "x.ndjson", "--out", "").code).isEqualTo(2);
  }

  @Test
  void network_plantedLink_refused_targetUntouched_nothingWritten() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    Path site = Files.createDirectories(dir.resolve("site"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
    Files.createSymbolicLink(site.resolve("network.json"), outside);
    Cli run = aba("", "network", in.toString(), "--out", site.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(run.err).contains("network.json").contains("symbolic link").contains("nothing was");
    assertThat(Files.readString(outside)).isEqualTo("precious");
    assertThat(CliOutputFilesTest.snapshot(site)).containsOnlyKeys("network.json");
    assertThat(run.out).isEmpty();
  }

  @Test
  void network_outputDirectoryIsALinkToNowhere_refused_nothingWritten() throws Exception {
    Path in = file("net.ndjson", data(6, 1));
    Path link = Files.createSymbolicLink(dir.resolve("site"), dir.resolve("nowhere"));
    Cli run = aba("", "network", in.toString(), "--out", link.toString());
    assertThat(run.code).as(run.toString()).isEqualTo(1);
    assertThat(dir.resolve("nowhere")).doesNotExist();
    assertThat(run.out).isEmpty();
  }

  @Test
  void schema_network_printsThePublishedSchema() {
    Cli run = aba("", "schema", "network");
    assertThat(run.code).as(run.toString()).isZero();
    assertThat(run.out).isEqualTo(NetworkJson.schema().stripTrailing() + "\n").contains("network.schema.json");
  }
}
