package org.assetbasedarea.aba.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchExampleTest {
  static final String FOLDER = "/org/assetbasedarea/aba/examples/samples/";

  static byte[] sample(String name) throws Exception {
    try (var in = ResearchExampleTest.class.getResourceAsStream(FOLDER + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void main_writesTidyCsv_sortedWithOneRowPerAreaAssessmentAndAction(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    // Written in an order the CSV must not follow: later first, another area with an earlier code.
    Files.write(folder.resolve("a-later.json"), sample("brackenford-2026.json"));
    Files.write(folder.resolve("b-earlier.json"), sample("brackenford-2025.json"));
    Assessment other = AbaJson.standard().read(sample("brackenford-2025.json"), DocumentType.ASSESSMENT)
        .getDocument().orElseThrow();
    other = Assessment.builder().from(other).area(Area.of("E06000001", "Comma, \"Quoted\" Town")).build();
    Files.writeString(folder.resolve("c-other.json"), AbaJson.standard().writePretty(other));
    Files.write(folder.resolve("d-outcomes.json"), sample("brackenford-outcomes-2025.json"));
    Files.writeString(folder.resolve("notes.txt"), "ignored");
    Path csv = dir.resolve("scores.csv");

    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      ResearchExample.main(new String[] {folder.toString(), csv.toString()});
    } finally {
      System.setErr(original);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("skipped d-outcomes.json: ");

    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(csv))).getRecords();
    assertThat(Files.readString(csv)).startsWith(String.join(",", ResearchExample.COLUMNS) + "\r\n");
    assertThat(rows).hasSize(30);
    assertThat(rows.get(0).get("area_code")).isEqualTo("E06000001");
    assertThat(rows.get(0).get("area_name")).isEqualTo("Comma, \"Quoted\" Town");
    assertThat(rows.get(10).get("assessed_on")).isEqualTo("2025-03-31");
    assertThat(rows.get(20).get("assessed_on")).isEqualTo("2026-03-31");
    CSVRecord capped = rows.get(18);
    assertThat(capped.get("action")).isEqualTo("value-lived-experience");
    assertThat(capped.get("rating")).isEqualTo("3");
    assertThat(capped.get("effective_rating")).isEqualTo("2");
    assertThat(capped.get("caps")).isEqualTo("NO_LIVED_EXPERIENCE_EVIDENCE");
    assertThat(capped.get("grouping")).isEqualTo("workforce-and-enterprise");
    assertThat(capped.get("grouping_percentage")).isEqualTo("50.00");
    assertThat(capped.get("overall_percentage")).isEqualTo("52.78");
    assertThat(capped.get("overall_band")).isEqualTo("EMERGING");
    assertThat(capped.get("status")).isEqualTo("PROVISIONAL");
    CSVRecord notAssessed = rows.get(19);
    assertThat(notAssessed.get("action")).isEqualTo("mutuals-and-co-ops");
    assertThat(notAssessed.get("rating")).isEmpty();
    assertThat(notAssessed.get("effective_rating")).isEmpty();
    assertThat(rows.get(29).get("overall_band")).isEqualTo("ESTABLISHED");
    for (CSVRecord row : rows) {
      assertThat(row.size()).isEqualTo(ResearchExample.COLUMNS.size());
    }
  }
}
