package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Approach;
import org.assetbasedarea.aba.framework.ApproachCatalogue;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text output of {@code score}, {@code compare} and {@code framework} fits 80 columns: on
 * every bundled sample and built-in framework (with the same content as before it was wrapped),
 * and on generated hostile documents (long names, titles and ids, Welsh, CJK, emoji, combining
 * marks); JSON output is not wrapped.
 */
class TerminalWidthTest {
  static final int WIDTH = 80;

  /**
   * The longest id every context has room for on a line of its own: the widest hanging indent is
   * that of {@code "    indicators: "}, and an id in a list carries its comma.
   */
  static final int ID_ROOM = WIDTH - "    indicators: ".length() - ",".length();

  @TempDir
  Path dir;

  static Cli aba(String... args) {
    return CliTest.aba(args);
  }

  /**
   * A line's columns measured without {@link TextWrap}: Han, kana, Hangul syllables, fullwidth
   * forms and emoji faces 2, combining marks and joiners 0, anything else 1 (enough for what the
   * tests generate).
   */
  static int independentColumns(String line) {
    int total = 0;
    for (int cp : line.codePoints().toArray()) {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200D) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean eastAsian = (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL)
          && cp >= 0x2E80 && !(cp >= 0xFF61 && cp <= 0xFFDC);
      boolean wide = eastAsian || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1F64F);
      total += wide ? 2 : 1;
    }
    return total;
  }

  /** Every line at most 80 columns, no trailing space, no lone surrogate, none starting with a mark. */
  static void fitsEighty(String what, String out) {
    List<String> lines = out.lines().toList();
    for (String line : lines) {
      String why = what + ":\n" + out + "\nline: " + line;
      assertThat(TextWrap.columns(line)).as(why).isLessThanOrEqualTo(WIDTH);
      assertThat(independentColumns(line)).as(why).isLessThanOrEqualTo(WIDTH);
      assertThat(line).as(why).doesNotEndWith(" ");
      assertThat(line.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as(why).isEmpty();
      if (!line.isEmpty()) {
        int type = Character.getType(line.codePointAt(0));
        assertThat(type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK).as(why).isFalse();
      }
    }
  }

  /** The words of a text joined by single spaces: what wrapping must not change. */
  static String words(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }

  /** The text output of a sample before issue 14 wrapped it (kept as test data). */
  static String unwrapped(String name) throws IOException {
    try (InputStream in = TerminalWidthTest.class.getResourceAsStream("unwrapped/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  Path write(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  Path sample(String name) throws IOException {
    return write(name, CliTest.sample(name));
  }

  static Cli ok(String... args) {
    Cli run = aba(args);
    assertThat(run.code).as(String.join(" ", args) + "\n" + run).isZero();
    assertThat(run.out).as(String.join(" ", args)).isNotEmpty();
    return run;
  }

  // -- samples and built-in frameworks ---------------------------------------------------------

  @Test
  void everyCommandAndOption_onEverySampleAndBuiltInFramework_fitsEightyColumns() throws Exception {
    Map<String, Cli> runs = new LinkedHashMap<>();
    List<String> assessments = new ArrayList<>();
    for (String name : DemoCommand.SAMPLES) {
      Path file = sample(name);
      Cli score = aba("score", file.toString());
      runs.put("score " + name, score);
      if (score.code == 0) {
        assessments.add(file.toString());
        runs.put("score --format text " + name, ok("score", file.toString(), "--format", "text"));
      }
    }
    assertThat(assessments).hasSize(2);
    runs.put("score (several)", ok("score", assessments.get(0), assessments.get(1)));
    Cli folder = aba("score", dir.toString());
    assertThat(folder.code).as(folder.toString()).isEqualTo(1); // outcome data and a plan are not assessments
    runs.put("score FOLDER", folder);
    runs.put("compare", ok("compare", assessments.get(0), assessments.get(1)));
    runs.put("compare (reversed)", ok("compare", assessments.get(1), assessments.get(0)));
    runs.put("compare --format text", ok("compare", assessments.get(0), assessments.get(1), "--format", "text"));
    runs.put("framework", ok("framework"));
    FrameworkRegistry registry = FrameworkRegistry.builtIn();
    assertThat(registry.all()).isNotEmpty();
    for (Framework framework : registry.all()) {
      runs.put("framework " + framework.getId(), ok("framework", framework.getId()));
      runs.put("framework --format text " + framework.getId(),
          ok("framework", framework.getId(), "--format", "text"));
      if (registry.findCatalogue(framework.getId()).isPresent()) {
        runs.put("framework --approaches " + framework.getId(), ok("framework", framework.getId(), "--approaches"));
      }
      // the same framework as a local one, under another id
      Framework local = Framework.builder().from(framework).id("local-" + framework.getId()).build();
      Path file = write("local-" + framework.getId() + ".json", CliTest.JSON.writePretty(local));
      runs.put("framework --framework " + local.getId(), ok("framework", local.getId(), "--framework", file.toString()));
    }
    assertThat(runs.keySet()).contains("framework --approaches " + Frameworks.ABA_2020_ID);
    runs.forEach((what, run) -> fitsEighty(what, run.out));
  }

  @Test
  void samples_keepTheirContent_onlyLineBreaksAndSpacesChange() throws Exception {
    String earlier = sample("brackenford-2025.json").toString();
    String later = sample("brackenford-2026.json").toString();
    Map<String, Cli> runs = Map.of(
        "score-brackenford-2025.txt", ok("score", earlier),
        "score-brackenford-2026.txt", ok("score", later),
        "compare-brackenford.txt", ok("compare", earlier, later),
        "framework-aba-2020.txt", ok("framework"),
        "framework-aba-2020-approaches.txt", ok("framework", "--approaches"));
    for (Map.Entry<String, Cli> run : runs.entrySet()) {
      String before = unwrapped(run.getKey());
      assertThat(before.lines().filter(line -> line.length() > WIDTH)).as("the test data are the old, wide output")
          .isNotEmpty();
      assertThat(words(run.getValue().out)).as(run.getKey()).isEqualTo(words(before));
    }
    Cli both = ok("score", earlier, later);
    assertThat(words(both.out)).isEqualTo(words("== " + earlier + "\n" + unwrapped("score-brackenford-2025.txt")
        + "\n== " + later + "\n" + unwrapped("score-brackenford-2026.txt")));
  }

  @Test
  void machineFormats_areNotWrapped() throws Exception {
    Framework framework = hostileFramework(new Random(7), new HashMap<>());
    Path file = write("hostile-framework.json", CliTest.JSON.writePretty(framework));
    Cli json = ok("framework", framework.getId(), "--framework", file.toString(), "--format", "json");
    assertThat(CliTest.JSON.read(json.out, DocumentType.FRAMEWORK).getDocument()).contains(framework);
    assertThat(json.out.lines().filter(line -> line.length() > WIDTH)).isNotEmpty();
    String sample = sample("brackenford-2025.json").toString();
    Path lines = write("in.ndjson", CliTest.JSON.writeString(CliTest.sampleAssessment(2025)) + "\n");
    Cli ndjson = ok("score", "--ndjson", lines.toString());
    assertThat(ndjson.out.lines()).hasSize(1);
    assertThat(ndjson.out.length()).isGreaterThan(WIDTH);
    Cli score = ok("score", sample, "--format", "json");
    assertThat(CliTest.JSON.mapper().readTree(score.out))
        .isEqualTo(CliTest.JSON.mapper().readTree(ndjson.out));
  }

  // -- hostile documents -----------------------------------------------------------------------

  /**
   * A kebab-case id of {@code length} characters, starting {@code q}, a number and {@code z} (so
   * that no id is a prefix of another).
   */
  static String id(Random random, int number, int length) {
    StringBuilder id = new StringBuilder("q").append(number).append('z');
    while (id.length() < length) {
      id.append(id.length() > 1 && random.nextInt(6) == 0 ? "-" : "")
          .append((char) (random.nextInt(4) == 0 ? '0' + random.nextInt(10) : 'a' + random.nextInt(26)));
    }
    return id.substring(0, Math.min(length, 100)).replaceAll("-+$", "x");
  }

  static String longId(Random random, int number) {
    int[] lengths = {12, 40, ID_ROOM, 79, 100};
    return id(random, number, lengths[random.nextInt(lengths.length)]);
  }

  /** A title of words from the hostile alphabet; sometimes a tab or line break, a very long word. */
  static String title(Random random) {
    StringBuilder title = new StringBuilder(TextWrapTest.randomWord(random));
    int words = random.nextInt(30);
    for (int i = 0; i < words; i++) {
      title.append(random.nextInt(15) == 0 ? "\t" : random.nextInt(15) == 0 ? "\n" : " ")
          .append(random.nextInt(10) == 0 ? "x".repeat(81 + random.nextInt(120)) : TextWrapTest.randomWord(random));
    }
    return title.toString();
  }

  /** The built-in framework with every id replaced by a long one and every title by a hostile one. */
  static Framework hostileFramework(Random random, Map<String, String> ids) {
    Framework base = Frameworks.aba2020();
    int[] number = {0};
    java.util.function.Function<String, String> rename =
        old -> ids.computeIfAbsent(old, o -> longId(random, ++number[0]));
    List<Grouping> groupings = new ArrayList<>();
    for (Grouping g : base.getGroupings()) {
      groupings.add(Grouping.builder().from(g).id(rename.apply(g.getId())).title(title(random)).build());
    }
    List<Action> actions = new ArrayList<>();
    for (Action a : base.getActions()) {
      actions.add(Action.builder().from(a).id(rename.apply(a.getId())).grouping(rename.apply(a.getGrouping()))
          .title(title(random)).build());
    }
    List<IndicatorDefinition> indicators = new ArrayList<>();
    for (IndicatorDefinition i : base.getIndicators()) {
      indicators.add(IndicatorDefinition.builder().from(i).id(rename.apply(i.getId())).title(title(random)).build());
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome o : base.getOutcomes()) {
      outcomes.add(Outcome.builder().from(o).id(rename.apply(o.getId())).title(title(random))
          .indicators(o.getIndicators().stream().map(rename).toList())
          .actions(o.getActions().stream().map(rename).toList()).build());
    }
    return Framework.builder().from(base).id(rename.apply(base.getId())).title(title(random))
        .groupings(groupings).actions(actions).indicators(indicators).outcomes(outcomes).build();
  }

  static ApproachCatalogue hostileCatalogue(Random random, Map<String, String> ids, String framework) {
    ApproachCatalogue base = Frameworks.aba2020Approaches();
    List<Approach> approaches = new ArrayList<>();
    int number = 100;
    for (Approach a : base.getApproaches()) {
      String id = longId(random, ++number);
      ids.put(a.getId(), id);
      approaches.add(Approach.builder().from(a).id(id).title(title(random))
          .actions(a.getActions().stream().map(ids::get).toList()).build());
    }
    String id = longId(random, 99);
    ids.put(base.getId(), id);
    return ApproachCatalogue.builder().from(base).id(id).title(title(random)).framework(framework)
        .approaches(approaches).build();
  }

  static Assessment hostileAssessment(int year, String framework, String name, Map<String, String> ids) {
    Assessment sample = CliTest.sampleAssessment(year);
    List<Rating> ratings = new ArrayList<>();
    for (Rating r : sample.getRatings()) {
      ratings.add(Rating.builder().from(r).action(ids.get(r.getAction())).build());
    }
    return Assessment.builder().from(sample).framework(framework)
        .area(Area.of(sample.getArea().getCode(), name)).ratings(ratings).build();
  }

  /** An area name of at most 200 characters. */
  static String areaName(Random random) {
    String text = title(random);
    int[] codePoints = text.codePoints().limit(200).toArray();
    return new String(codePoints, 0, codePoints.length).strip();
  }

  @Test
  void hostileDocuments_fitEightyColumns_keepEveryText_andSplitNoIdThatFitsALine() throws Exception {
    for (long seed = 0; seed < 12; seed++) {
      Random random = new Random(seed);
      Map<String, String> ids = new HashMap<>();
      Framework framework = hostileFramework(random, ids);
      ApproachCatalogue catalogue = hostileCatalogue(random, ids, framework.getId());
      String name = areaName(random);
      Path frameworkFile = write(seed + "/framework.json", CliTest.JSON.writePretty(framework));
      Path catalogueFile = write(seed + "/approaches.json", CliTest.JSON.writePretty(catalogue));
      String folder = seed + "/" + "an area with a long name, " + "y".repeat(90) + "/";
      Path earlier = write(folder + "2025.json",
          CliTest.JSON.writePretty(hostileAssessment(2025, framework.getId(), name, ids)));
      Path later = write(folder + "2026.json",
          CliTest.JSON.writePretty(hostileAssessment(2026, framework.getId(), name, ids)));
      String[] local = {"--framework", frameworkFile.toString(), "--framework", catalogueFile.toString()};
      Cli valid = aba(concat(new String[] {"validate", earlier.toString(), later.toString()}, local));
      assertThat(valid.code).as("seed " + seed + ": the generated documents are valid\n" + valid).isZero();

      Map<String, Cli> runs = new LinkedHashMap<>();
      runs.put("score", ok(concat(new String[] {"score", earlier.toString()}, local)));
      runs.put("score (several)", ok(concat(new String[] {"score", earlier.toString(), later.toString()}, local)));
      runs.put("compare", ok(concat(new String[] {"compare", earlier.toString(), later.toString()}, local)));
      runs.put("framework", ok(concat(new String[] {"framework", framework.getId()}, local)));
      runs.put("framework --approaches",
          ok(concat(new String[] {"framework", framework.getId(), "--approaches"}, local)));
      Set<String> shortIds = Set.copyOf(ids.values().stream().filter(id -> id.length() <= ID_ROOM).toList());
      assertThat(shortIds).isNotEmpty();
      for (Map.Entry<String, Cli> run : runs.entrySet()) {
        String what = "seed " + seed + ", " + run.getKey();
        String out = run.getValue().out;
        fitsEighty(what, out);
        // no id that fits a line of its own is split: no word of the output is a piece of one
        for (String word : out.split("\\s+")) {
          String token = word.replaceAll("^\\(", "").replaceAll("[,:)]+$", "");
          if (token.length() >= 2) {
            for (String id : shortIds) {
              assertThat(id.startsWith(token) && !id.equals(token)).as(what + ": '" + token + "' is a piece of " + id + "\n" + out)
                  .isFalse();
            }
          }
        }
      }
      String area = TextWrapTest.content(TextFormat.safe(name));
      assertThat(TextWrapTest.content(runs.get("score").out)).contains(area);
      assertThat(TextWrapTest.content(runs.get("compare").out)).contains(area);
      assertThat(TextWrapTest.content(runs.get("score (several)").out)).contains(TextWrapTest.content(earlier.toString()));
      String printed = TextWrapTest.content(runs.get("framework").out);
      assertThat(printed).contains(TextWrapTest.content(TextFormat.safe(framework.getTitle())));
      for (Action action : framework.getActions()) {
        assertThat(printed).contains(TextWrapTest.content(action.getId() + ":" + TextFormat.safe(action.getTitle())));
      }
      for (Outcome outcome : framework.getOutcomes()) {
        assertThat(printed).contains(TextWrapTest.content(outcome.getId() + ":" + TextFormat.safe(outcome.getTitle())))
            .contains(TextWrapTest.content("actions:" + String.join(",", outcome.getActions())));
      }
      String approaches = TextWrapTest.content(runs.get("framework --approaches").out);
      for (Approach approach : catalogue.getApproaches()) {
        assertThat(approaches).contains(TextWrapTest.content(approach.getId() + ":" + TextFormat.safe(approach.getTitle())))
            .contains(TextWrapTest.content("supports:" + String.join(",", approach.getActions())));
      }
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
