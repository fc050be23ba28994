package org.assetbasedarea.aba.network;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetbasedarea.aba.assessment.AreaCode;

/**
 * How areas are put into peer groups: by the kind of authority the GSS code names, or as a CSV
 * file ({@code area,group}) says.
 */
public final class PeerGroups {
  /** The id of the group that pools the groups below the minimum size. */
  public static final String POOLED = "pooled";

  /** The longest group name a CSV file may give. */
  static final int MAX_NAME = 100;

  private static final Map<String, String> GSS_LABELS = Map.of(
      "E06", "Unitary authorities (E06)",
      "E07", "Districts (E07)",
      "E08", "Metropolitan districts (E08)",
      "E09", "London boroughs (E09)",
      "E10", "Counties (E10)",
      "other", "Other areas");

  private final String source;
  private final Map<AreaCode, String> byArea;

  private PeerGroups(String source, Map<AreaCode, String> byArea) {
    this.source = source;
    this.byArea = byArea;
  }

  /** @return groups by the GSS code's prefix: E06 to E10, every other code {@code other} */
  public static PeerGroups gss() {
    return new PeerGroups("gss", Map.of());
  }

  /**
   * Groups from a CSV file with the header {@code area,group}, one area a line. Every problem is
   * reported, each with its line: another header, a line without exactly two fields, an area
   * code that is not a GSS-style code, an area listed twice, a blank group, a group name longer
   * than {@value #MAX_NAME} characters or holding a control character, the reserved names
   * {@value #POOLED} and {@code network} (the ids of the pool's and the network's comparisons). Blank lines are skipped; a field may be quoted, but not span lines.
   *
   * @param text the file's text
   * @param file the file's name, for messages
   * @return the groups
   * @throws NetworkInputException listing every problem
   */
  public static PeerGroups fromCsv(String text, String file) throws NetworkInputException {
    List<String> problems = new ArrayList<>();
    Map<AreaCode, String> byArea = new HashMap<>();
    Map<AreaCode, Integer> lineOf = new HashMap<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    boolean header = false;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      List<String> fields;
      try {
        fields = fields(line);
      } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
        problems.add(file + ": line " + number + ": is not a CSV line (" + e.getMessage() + ")");
        if (!header) {
          header = true;
        }
        continue;
      }
      if (!header) {
        header = true;
        if (fields.size() != 2 || !fields.get(0).strip().equals("area")
            || !fields.get(1).strip().equals("group")) {
          problems.add(file + ": line " + number + ": the header must be 'area,group', not '"
              + clip(line) + "'");
        }
        continue;
      }
      if (fields.size() != 2) {
        problems.add(file + ": line " + number + ": has " + fields.size()
            + (fields.size() == 1 ? " field" : " fields") + "; give exactly two, area and group");
        continue;
      }
      String code = fields.get(0).strip();
      String group = fields.get(1).strip();
      AreaCode area = null;
      if (!AreaCode.isValid(code)) {
        problems.add(file + ": line " + number + ": '" + clip(code)
            + "' is not an area code (a letter E, W, S or N and eight digits, such as E08000999)");
      } else {
        area = AreaCode.of(code);
        Integer earlier = lineOf.putIfAbsent(area, number);
        if (earlier != null) {
          problems.add(file + ": line " + number + ": area " + code + " is listed again (first on line "
              + earlier + ")");
          area = null;
        }
      }
      if (group.isEmpty()) {
        problems.add(file + ": line " + number + ": the group is blank");
      } else if (group.length() > MAX_NAME) {
        problems.add(file + ": line " + number + ": the group name is longer than " + MAX_NAME
            + " characters");
      } else if (group.chars().anyMatch(c -> Character.isISOControl(c)
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) {
        problems.add(file + ": line " + number + ": the group name holds a control character");
      } else if (group.equals(POOLED)) {
        problems.add(file + ": line " + number + ": the group name '" + POOLED
            + "' is reserved for the pooled small groups; choose another");
      } else if (group.equals(Comparisons.NETWORK)) {
        problems.add(file + ": line " + number + ": the group name '" + Comparisons.NETWORK
            + "' is reserved for the network's own comparison; choose another");
      } else if (area != null) {
        byArea.put(area, group);
      }
    }
    if (!header) {
      problems.add(file + ": is empty; give the header 'area,group' and one line per area");
    } else if (problems.isEmpty() && byArea.isEmpty()) {
      problems.add(file + ": names no area; give one line 'area,group' per area");
    }
    if (!problems.isEmpty()) {
      throw new NetworkInputException(problems);
    }
    return new PeerGroups(file, Map.copyOf(byArea));
  }

  private static List<String> fields(String line) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalArgumentException("a quoted field is not closed");
      }
      return records.get(0).toList();
    }
  }

  private static String clip(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    StringBuilder out = new StringBuilder();
    shown.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
    return out.toString();
  }

  /** @return {@code gss}, or the name of the CSV file the groups came from */
  public String getSource() {
    return source;
  }

  /** @return whether the groups are the GSS kinds of authority */
  public boolean isGss() {
    return source.equals("gss") && byArea.isEmpty();
  }

  /**
   * The group of an area.
   *
   * @param code the area
   * @return its group's id; empty only for groups from a file that does not list the area
   */
  public Optional<String> groupOf(AreaCode code) {
    if (isGss()) {
      String prefix = code.toString().substring(0, 3);
      return Optional.of(GSS_LABELS.containsKey(prefix) ? prefix : "other");
    }
    return Optional.ofNullable(byArea.get(code));
  }

  /**
   * A group's name for people.
   *
   * @param id a group's id
   * @return such as {@code London boroughs (E09)}; a group from a file is named by its id
   */
  public String label(String id) {
    if (id.equals(POOLED)) {
      return "Smaller groups, pooled";
    }
    return isGss() ? GSS_LABELS.getOrDefault(id, id) : id;
  }
}
