package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one wrapping helper of the text output: widths, wrapped lines and tables. */
class TextWrapTest {
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  static List<String> lines(String first, String rest, String text, int width) {
    return TextWrap.lines(first, rest, text, width);
  }

  /** The text without any white space: what wrapping must keep. */
  static String content(String text) {
    return text.replaceAll("\\s+", "");
  }

  static List<String> graphemes(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = GRAPHEME.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  // -- columns ---------------------------------------------------------------------------------

  @Test
  void columns_countCodePoints_wideAsTwo_marksAsNone() {
    assertThat(TextWrap.columns("")).isZero();
    assertThat(TextWrap.columns("abc")).isEqualTo(3);
    assertThat(TextWrap.columns("Ynys Môn")).isEqualTo(8);
    assertThat(TextWrap.columns("Mo\u0302n")).as("o + combining circumflex").isEqualTo(3);
    assertThat(TextWrap.columns("東京都")).isEqualTo(6);
    assertThat(TextWrap.columns("서울")).isEqualTo(4);
    assertThat(TextWrap.columns("ひらがな")).isEqualTo(8);
    assertThat(TextWrap.columns("ＡＢ")).as("fullwidth").isEqualTo(4);
    assertThat(TextWrap.columns("ｱｲ")).as("halfwidth katakana").isEqualTo(2);
    assertThat(TextWrap.columns("\u3000")).as("ideographic space").isEqualTo(2);
    assertThat(TextWrap.columns("😀")).as("one code point, two UTF-16 units").isEqualTo(2);
    assertThat(TextWrap.columns("a\u200db\u200bc\ufeff")).as("zero-width characters").isEqualTo(3);
    assertThat(TextWrap.columns("\u1100\u1161\u11a8")).as("Hangul jamo: one syllable").isEqualTo(2);
    assertThat(TextWrap.columns("\ufffd")).as("the terminal filter's replacement").isEqualTo(1);
    // the edges of the table
    assertThat(TextWrap.columns(0x10FF)).isEqualTo(1);
    assertThat(TextWrap.columns(0x1100)).isEqualTo(2);
    assertThat(TextWrap.columns(0x4DC0)).as("Yijing hexagram, neutral").isEqualTo(1);
    assertThat(TextWrap.columns(0x4E00)).isEqualTo(2);
    assertThat(TextWrap.columns(0x9FFF)).isEqualTo(2);
    assertThat(TextWrap.columns(0xFF60)).isEqualTo(2);
    assertThat(TextWrap.columns(0xFF61)).isEqualTo(1);
    assertThat(TextWrap.columns(0x20000)).isEqualTo(2);
    assertThat(TextWrap.columns(0x3FFFD)).isEqualTo(2);
    assertThat(TextWrap.columns(0x40000)).isEqualTo(1);
  }

  private static final Set<Character.UnicodeBlock> WIDE_BLOCKS = Set.of(
      Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
      Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B, Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
      Character.UnicodeBlock.HIRAGANA, Character.UnicodeBlock.KATAKANA, Character.UnicodeBlock.HANGUL_SYLLABLES);

  @Test
  void columns_everyIdeographKanaAndHangulSyllableIsWide_everyLatinGreekCyrillicLetterNarrow() {
    for (int cp = 0; cp <= 0x3FFFF; cp++) {
      int type = Character.getType(cp);
      if (type == Character.UNASSIGNED || type == Character.NON_SPACING_MARK) {
        continue;
      }
      boolean wide = WIDE_BLOCKS.contains(Character.UnicodeBlock.of(cp));
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean narrow = Character.isLetter(cp) && cp < 0x1E00 && (script == Character.UnicodeScript.LATIN
          || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC);
      if (wide) {
        assertThat(TextWrap.columns(cp)).as("U+%04X", cp).isEqualTo(2);
      } else if (narrow) {
        assertThat(TextWrap.columns(cp)).as("U+%04X", cp).isEqualTo(1);
      }
    }
  }

  @Test
  void columns_everyCombiningMarkIsNone() {
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        assertThat(TextWrap.columns(cp)).as("U+%04X", cp).isZero();
      }
    }
  }

  // -- lines -----------------------------------------------------------------------------------

  @Test
  void emptyText_isOneLine_thePrefixWithoutItsTrailingSpaces() {
    assertThat(lines("", "", "", 80)).containsExactly("");
    assertThat(lines("  - ", "    ", "", 80)).containsExactly("  -");
    assertThat(lines("not assessed: ", "  ", "   ", 80)).containsExactly("not assessed:");
  }

  @Test
  void exactWidth_fitsOnOneLine_oneMoreColumnWraps() {
    assertThat(lines("", "", "aaaa bbbb", 9)).containsExactly("aaaa bbbb");
    assertThat(lines("", "", "aaaa bbbb", 8)).containsExactly("aaaa", "bbbb");
    assertThat(lines("- ", "  ", "aaaa bbbb", 11)).containsExactly("- aaaa bbbb");
    assertThat(lines("- ", "  ", "aaaa bbbb", 10)).containsExactly("- aaaa", "  bbbb");
    assertThat(lines("", "", "x".repeat(80), 80)).containsExactly("x".repeat(80));
    assertThat(lines("", "", "東京都", 6)).containsExactly("東京都");
    assertThat(lines("", "", "東京都", 5)).containsExactly("東京", "都");
  }

  @Test
  void trailingAndRepeatedSpaces_areDropped_neverEndALine() {
    assertThat(lines("", "", "  a   b  ", 80)).containsExactly("a b");
    assertThat(lines("", "  ", "aaa bbb    ccc   ", 7)).containsExactly("aaa bbb", "  ccc");
    assertThat(lines("", "", "aaa     bbb", 4)).containsExactly("aaa", "bbb");
  }

  @Test
  void hangingIndent_onEveryLineAfterTheFirst() {
    assertThat(lines("  - ", "    ", "value-lived-experience: rated 3, but no evidence from people with"
        + " lived experience, so counted as 2", 40)).containsExactly(
            "  - value-lived-experience: rated 3, but",
            "    no evidence from people with lived",
            "    experience, so counted as 2");
  }

  @Test
  void aWordThatFitsALine_isNeverSplit_itStartsTheNextLine() {
    assertThat(lines("    actions: ", "             ", "share-power, volunteers-and-social-entrepreneurs",
        50)).containsExactly("    actions: share-power,", "             volunteers-and-social-entrepreneurs");
    // the first line holds only its label: the word goes under it rather than being cut
    assertThat(lines("as of 2025-06-19: ", "  ", "y".repeat(70), 80))
        .containsExactly("as of 2025-06-19:", "  " + "y".repeat(70));
  }

  @Test
  void aWordLongerThanALine_isCut_afterAHyphenWhenOneFits() {
    assertThat(lines("", "", "x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    assertThat(lines("", "  ", "see " + "x".repeat(20), 10))
        .containsExactly("see", "  " + "x".repeat(8), "  " + "x".repeat(8), "  xxxx");
    assertThat(lines("", "", "alpha-beta-gamma-delta", 12)).containsExactly("alpha-beta-", "gamma-delta");
    assertThat(lines("", "", "folder/sub/file-name.json", 12)).containsExactly("folder/sub/", "file-", "name.json");
    // a hyphen at the very end of what fits is a break too; one that would leave nothing after it is not
    assertThat(lines("", "", "abcd-", 3)).containsExactly("abc", "d-");
  }

  @Test
  void neverSplitsASurrogatePair_aCombiningSequence_orAnEmojiSequence() {
    assertThat(lines("", "", "😀".repeat(12), 10)).containsExactly("😀".repeat(5), "😀".repeat(5), "😀".repeat(2));
    String accented = "e\u0301".repeat(25);
    assertThat(lines("", "", accented, 10)).containsExactly("e\u0301".repeat(10), "e\u0301".repeat(10),
        "e\u0301".repeat(5));
    String flag = "\ud83c\uddec\ud83c\udde7"; // GB: two regional indicators, one cluster of 2 columns
    assertThat(lines("", "", flag.repeat(3), 5)).containsExactly(flag + flag, flag);
    String family = "👨\u200d👩\u200d👧"; // one cluster, counted 6 columns
    assertThat(lines("", "", family + family, 8)).containsExactly(family, family);
    // only a cluster wider than a whole line is cut, between code points
    assertThat(lines("", "", family, 4)).containsExactly("👨\u200d👩\u200d", "👧");
    String hangul = "\u1100\u1161\u11a8"; // one syllable from three jamo
    assertThat(lines("", "", hangul.repeat(5), 4)).containsExactly(hangul.repeat(2), hangul.repeat(2), hangul);
  }

  @Test
  void lineBreaksInTheText_startANewLine_withTheHangingIndent() {
    assertThat(lines("- ", "  ", "one\ntwo\r\nthree\rfour", 80)).containsExactly("- one", "  two", "  three", "  four");
    assertThat(lines("- ", "  ", "one\n\nthree", 80)).containsExactly("- one", "", "  three");
    assertThat(lines("- ", "  ", "one\n", 80)).containsExactly("- one", "");
  }

  @Test
  void onlyAnIndentWiderThanTheLine_letsALineGrow_oneGraphemeAtATime() {
    assertThat(lines("", "      ", "abc def", 6)).containsExactly("abc", "      d", "      e", "      f");
  }

  @Test
  void wrap_appendsEachLineWithANewline_atEightyColumns() {
    StringBuilder t = new StringBuilder("x\n");
    TextWrap.wrap(t, "  ", "    ", "word ".repeat(30));
    assertThat(t.toString()).isEqualTo("x\n  " + "word ".repeat(15).strip() + "\n    "
        + "word ".repeat(15).strip() + "\n");
  }

  /** Words from the hostile alphabet: Welsh, CJK, Hangul, fullwidth, emoji, combining, ids, paths. */
  static final String[] WORDS = {"Cyngor", "Sir", "Ynys", "Môn", "Mo\u0302n", "Caerdydd",
      "Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch", "gwasanaethau", "cymdeithasol",
      "東京都千代田区", "北京市朝阳区", "서울특별시", "ひらがなカタカナ", "ＦＵＬＬ", "Zoë", "😀😃",
      "\ud83c\uddec\ud83c\udde7", "👨\u200d👩\u200d👧", "value-lived-experience", "a/b/c", "-", "é"};

  static String randomWord(Random random) {
    int kind = random.nextInt(10);
    if (kind < 6) {
      return WORDS[random.nextInt(WORDS.length)];
    }
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(kind == 9 ? 200 : 20);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(12);
      word.append(pick == 0 ? "-" : pick == 1 ? "中" : pick == 2 ? "e\u0301" : pick == 3 ? "😀"
          : String.valueOf((char) ('a' + random.nextInt(26))));
    }
    return word.toString();
  }

  static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(40);
    for (int i = 0; i < words; i++) {
      text.append(random.nextInt(20) == 0 ? "\n" : random.nextInt(10) == 0 ? "   " : " ");
      text.append(randomWord(random));
    }
    return text.toString();
  }

  @Test
  void anyText_fitsTheWidth_keepsItsContentAndGraphemes_andSplitsNoWordThatFitsALine() {
    for (long seed = 0; seed < 2000; seed++) {
      Random random = new Random(seed);
      int width = 20 + random.nextInt(61);
      String first = " ".repeat(random.nextInt(8)) + (random.nextBoolean() ? "- " : "");
      String rest = " ".repeat(random.nextInt(8));
      String text = randomText(random);
      List<String> out = lines(first, rest, text, width);
      String why = "seed " + seed + ", width " + width + ": " + out;
      for (int i = 0; i < out.size(); i++) {
        String line = out.get(i);
        assertThat(TextWrap.columns(line)).as(why).isLessThanOrEqualTo(width);
        assertThat(line).as(why).doesNotEndWith(" ");
        if (i > 0 && !line.isEmpty()) {
          assertThat(line).as(why).startsWith(rest);
        }
      }
      assertThat(out.get(0)).as(why).startsWith(first.stripTrailing());
      String joined = String.join("\n", out);
      assertThat(content(joined)).as(why).isEqualTo(content(first + rest.repeat(0) + text));
      // the same grapheme clusters in the same order: none was split
      List<String> expected = graphemes(content(text));
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        String body = i == 0 ? out.get(0).substring(first.stripTrailing().length()) : out.get(i);
        actual.addAll(graphemes(content(body)));
      }
      assertThat(actual).as(why).isEqualTo(expected);
      // a word that fits a line after the indent is never split
      int room = width - TextWrap.columns(rest);
      for (String paragraph : text.split("\n")) {
        for (String word : paragraph.split(" ")) {
          if (!word.isEmpty() && TextWrap.columns(word) <= room) {
            assertThat(out.stream().anyMatch(line -> List.of(line.strip().split(" ")).contains(word)
                || (line + " ").contains(" " + word + " ")))
                .as(why + " keeps '" + word + "' whole").isTrue();
          }
        }
      }
    }
  }

  // -- tables ----------------------------------------------------------------------------------

  @Test
  void table_thatFits_isAGrid_numbersAndTheirHeadersRightAligned_noTrailingSpaces() {
    TextWrap.Table table = new TextWrap.Table().left("action").right("earlier").right("change").left("note");
    table.row("share-power", "3", "+1", "-").row("grant-giving", "10", "0", "");
    assertThat(table.lines(80)).containsExactly(
        "action        earlier  change  note",
        "share-power         3      +1  -",
        "grant-giving       10       0");
    StringBuilder t = new StringBuilder();
    table.appendTo(t);
    assertThat(t.toString()).isEqualTo(String.join("\n", table.lines(80)) + "\n");
  }

  @Test
  void table_alignsByColumns_notByChars() {
    TextWrap.Table table = new TextWrap.Table().left("name").right("n");
    table.row("東京", "1").row("Môn", "22").row("Mo\u0302n", "3");
    assertThat(table.lines(80)).containsExactly("name   n", "東京   1", "Môn   22", "Mo\u0302n    3");
  }

  @Test
  void table_tooWide_wrapsItsLastColumn_underItself() {
    TextWrap.Table table = new TextWrap.Table().left("grouping").right("change").left("band");
    table.row("co-production", "+25.00", "ESTABLISHED -> FOUNDATIONAL (DOWN)");
    assertThat(table.lines(40)).containsExactly(
        "grouping       change  band",
        "co-production  +25.00  ESTABLISHED ->",
        " ".repeat(23) + "FOUNDATIONAL",
        " ".repeat(23) + "(DOWN)");
  }

  @Test
  void table_stillTooWide_putsTheFirstColumnOnALineOfItsOwn_theRestUnderIt() {
    TextWrap.Table table = new TextWrap.Table().left("action").left("grouping").right("rating").left("caps");
    table.row("volunteers-and-social-entrepreneurs", "workforce-and-enterprise", "3", "NO_LIVED_EXPERIENCE_EVIDENCE");
    table.row("share-power", "co-production", "4", "-");
    assertThat(table.lines(70)).containsExactly(
        "action",
        "  grouping                  rating  caps",
        "volunteers-and-social-entrepreneurs",
        "  workforce-and-enterprise       3  NO_LIVED_EXPERIENCE_EVIDENCE",
        "share-power",
        "  co-production                  4  -");
    // narrower still: the rest is stacked again
    assertThat(table.lines(40)).containsExactly(
        "action",
        "  grouping",
        "    rating  caps",
        "volunteers-and-social-entrepreneurs",
        "  workforce-and-enterprise",
        "         3  NO_LIVED_EXPERIENCE_EVIDENCE",
        "share-power",
        "  co-production",
        "         4  -");
    // a lone column too wide for its line wraps with a hanging indent, a long id is cut after a
    // hyphen, and a word with none where the line ends
    assertThat(table.lines(30)).containsExactly(
        "action",
        "  grouping",
        "    rating",
        "      caps",
        "volunteers-and-social-",
        "  entrepreneurs",
        "  workforce-and-enterprise",
        "    3",
        "      NO_LIVED_EXPERIENCE_EVID",
        "        ENCE",
        "share-power",
        "  co-production",
        "    4",
        "      -");
  }

  @Test
  void table_cellsMustMatchTheColumns_columnsComeFirst() {
    TextWrap.Table table = new TextWrap.Table().left("a").left("b");
    assertThatThrownBy(() -> table.row("x")).isInstanceOf(IllegalArgumentException.class);
    table.row("x", "y");
    assertThatThrownBy(() -> table.left("c")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anyTable_fitsTheWidth_andKeepsItsCellsInOrder() {
    for (long seed = 0; seed < 1000; seed++) {
      Random random = new Random(seed);
      int width = 30 + random.nextInt(51);
      int columns = 1 + random.nextInt(5);
      TextWrap.Table table = new TextWrap.Table();
      StringBuilder cells = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String header = "h" + c;
        cells.append(header);
        if (random.nextBoolean()) {
          table.right(header);
        } else {
          table.left(header);
        }
      }
      int rows = random.nextInt(6);
      for (int r = 0; r < rows; r++) {
        String[] row = new String[columns];
        for (int c = 0; c < columns; c++) {
          String cell = randomWord(random);
          if (c == columns - 1 && random.nextBoolean()) {
            cell += " " + randomText(random).replace('\n', ' ').strip();
          }
          row[c] = cell.strip();
          cells.append(row[c]);
        }
        table.row(row);
      }
      List<String> out = table.lines(width);
      String why = "seed " + seed + ", width " + width + ":\n" + String.join("\n", out);
      for (String line : out) {
        assertThat(TextWrap.columns(line)).as(why).isLessThanOrEqualTo(width);
        assertThat(line).as(why).doesNotEndWith(" ");
      }
      assertThat(content(String.join("\n", out))).as(why).isEqualTo(content(cells.toString()));
    }
  }
}
