package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/export.md documents exactly the columns the code writes. */
class ExportDocsTest {
  /** The rows of the markdown table under "## Column dictionary", cells trimmed. */
  static List<List<String>> documented() throws IOException {
    String doc = Files.readString(Path.of("../docs/export.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("\n## Column dictionary\n");
    assertThat(start).as("a Column dictionary section").isPositive();
    int end = doc.indexOf("\n## ", start + 1);
    List<List<String>> rows = new ArrayList<>();
    for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
      if (line.startsWith("|") && !line.startsWith("|---")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        rows.add(Arrays.stream(cells).map(String::trim).toList());
      }
    }
    return rows;
  }

  @Test
  void theDictionaryInTheDocs_isTheCodes_withRawColumns() throws IOException {
    List<List<String>> rows = documented();
    assertThat(rows.get(0)).isEqualTo(ExportTable.DICTIONARY_HEADER);
    assertThat(rows.subList(1, rows.size())).isEqualTo(ExportTable.dictionary(true));
  }

  @Test
  void thePublishedDictionary_isTheRawOneWithoutRawColumns() {
    List<List<String>> published = ExportTable.dictionary(false);
    List<List<String>> raw = new ArrayList<>(ExportTable.dictionary(true));
    raw.removeIf(row -> row.get(1).equals("not_for_publication") || row.get(1).startsWith("raw_"));
    assertThat(published).isEqualTo(raw);
    assertThat(published).noneMatch(row -> row.get(4).contains("RAW"));
  }

  @Test
  void everyRawColumn_saysSo() {
    for (List<String> row : ExportTable.dictionary(true)) {
      if (row.get(1).startsWith("raw_")) {
        assertThat(row.get(4)).startsWith("RAW: ");
      }
    }
  }
}
