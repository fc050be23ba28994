package org.assetbasedarea.aba.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays text out for a terminal of {@value #WIDTH} columns: the one place where the text output of
 * {@code score}, {@code compare}, {@code framework} and {@code plan status} is wrapped.
 *
 * <p>Width is counted in columns ({@link #columns(int)}): one per code point, two for an East Asian
 * wide or fullwidth character, none for a combining mark or a zero-width character (they share the
 * column of the character they join).
 *
 * <p>Text is wrapped at spaces (U+0020). A word that does not fit the rest of a line starts the
 * next line, so an id or a number is never split while it fits a line of its own. Only a word
 * longer than a whole line is cut: after the last hyphen or slash that fits, otherwise at the last
 * grapheme cluster boundary that fits, so never inside a surrogate pair, a combining sequence or an
 * emoji sequence (unless that one cluster is wider than the line). Every line after the first
 * starts with the hanging indent, a line break in the text (LF, CR LF or CR) starts a new line
 * with it, and no line ends in a space.
 *
 * <p>{@link Table} lays out columns: as a plain grid when it fits; else with its last column
 * wrapped; else with the first column on a line of its own and the other columns under it,
 * indented, laid out again by the same rules.
 */
final class TextWrap {
  /** The widest line, in columns. */
  static final int WIDTH = 80;

  /** One extended grapheme cluster: what a reader sees as one character. */
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  /** A line break in a text. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /**
   * The East Asian wide (W) and fullwidth (F) characters of Unicode 14 ({@code
   * EastAsianWidth.txt}), as inclusive ranges; neighbouring ranges are joined over unassigned code
   * points.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
      0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
      0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
      0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
      0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
      0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
      0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C,
      0xAC00, 0xD7A3, 0xF900, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60,
      0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
      0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
      0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
      0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
      0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
      0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
      0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6,
      0x20000, 0x3FFFD};

  private TextWrap() {}

  /**
   * The columns a terminal gives one code point: 0 for a combining mark (Mn, Me), a Hangul
   * medial vowel or final consonant (U+1160-U+11FF) and the zero-width characters (U+200B-U+200F,
   * U+2060-U+2064, U+FEFF); 2 for an East Asian wide or fullwidth character; 1 otherwise.
   */
  static int columns(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (codePoint >= 0x1160 && codePoint <= 0x11FF) || (codePoint >= 0x200B && codePoint <= 0x200F)
        || (codePoint >= 0x2060 && codePoint <= 0x2064) || codePoint == 0xFEFF) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The columns a text takes on a terminal: the sum of its code points' {@link #columns(int)}. */
  static int columns(CharSequence text) {
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      total += columns(codePoint);
      i += Character.charCount(codePoint);
    }
    return total;
  }

  private static boolean isWide(int codePoint) {
    if (codePoint < WIDE[0]) {
      return false;
    }
    int low = 0;
    int high = WIDE.length / 2 - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (codePoint < WIDE[2 * middle]) {
        high = middle - 1;
      } else if (codePoint > WIDE[2 * middle + 1]) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends {@code text} wrapped to {@value #WIDTH} columns, each line ended by a newline: see
   * {@link #lines}.
   */
  static void wrap(StringBuilder t, String first, String rest, String text) {
    for (String line : lines(first, rest, text, WIDTH)) {
      t.append(line).append('\n');
    }
  }

  /**
   * The lines of {@code text} wrapped to {@code width} columns, without line ends: the first
   * line starts with {@code first}, every other line with {@code rest} (the hanging indent). Runs
   * of spaces between words count as one; an empty text gives one line, {@code first} (without
   * its trailing spaces). When the first line holds only {@code first} and its first word fits on
   * a line after {@code rest} but not here, the word starts the second line.
   *
   * <p>A line is longer than {@code width} only when {@code rest} leaves no room for one
   * character (the callers' indents are far shorter).
   */
  static List<String> lines(String first, String rest, String text, int width) {
    List<String> out = new ArrayList<>();
    int restColumns = columns(rest);
    String prefix = first;
    for (String paragraph : LINE_BREAK.split(text, -1)) {
      StringBuilder line = new StringBuilder(prefix);
      int used = columns(prefix);
      boolean empty = true; // no word on this line yet
      boolean continuation = !out.isEmpty(); // this line starts with rest
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        int length = columns(word);
        if (used + (empty ? 0 : 1) + length > width
            && (!empty || (!continuation && length <= width - restColumns))) {
          out.add(stripSpaces(line));
          line = new StringBuilder(rest);
          used = restColumns;
          empty = true;
          continuation = true;
        }
        if (!empty) {
          line.append(' ');
          used++;
        }
        String piece = word;
        while (used + columns(piece) > width) { // a word longer than a whole line is cut
          int end = cut(piece, width - used);
          if (end == piece.length()) { // no room for one character: the line grows instead
            break;
          }
          line.append(piece, 0, end);
          out.add(stripSpaces(line));
          line = new StringBuilder(rest);
          used = restColumns;
          continuation = true;
          piece = piece.substring(end);
        }
        line.append(piece);
        used += columns(piece);
        empty = false;
      }
      out.add(stripSpaces(line));
      prefix = rest;
    }
    return out;
  }

  /**
   * Where to cut a word that is wider than {@code room}: after the last hyphen or slash that
   * fits, otherwise after the last grapheme cluster that fits. When not even the first cluster
   * fits (an emoji sequence wider than the line), between code points: as many as fit, at least
   * one, with the zero-width ones after it (so that every line takes something and no surrogate
   * pair or combining sequence is split).
   */
  private static int cut(String word, int room) {
    Matcher graphemes = GRAPHEME.matcher(word);
    int used = 0;
    int fits = 0;
    int afterBreak = 0;
    while (graphemes.find()) {
      used += columns(word.substring(graphemes.start(), graphemes.end()));
      if (used > room) {
        break;
      }
      fits = graphemes.end();
      char last = word.charAt(fits - 1);
      if ((last == '-' || last == '/') && fits < word.length()) {
        afterBreak = fits;
      }
    }
    if (afterBreak > 0) {
      return afterBreak;
    }
    if (fits > 0) {
      return fits;
    }
    int end = Character.charCount(word.codePointAt(0));
    used = columns(word.codePointAt(0));
    while (end < word.length()) {
      int codePoint = word.codePointAt(end);
      used += columns(codePoint);
      if (used > room && columns(codePoint) > 0) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return end;
  }

  /** The text without its trailing spaces (U+0020 only: other white space is content). */
  static String stripSpaces(CharSequence text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.subSequence(0, end).toString();
  }

  /** {@code count} spaces. */
  static String spaces(int count) {
    return " ".repeat(Math.max(0, count));
  }

  /**
   * A table of text for a terminal: a header row and rows of cells, columns left- or
   * right-aligned, two spaces between columns, laid out to a width by {@link #lines(int)}.
   */
  static final class Table {
    private static final int GAP = 2;
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a left-aligned column. */
    Table left(String header) {
      return column(header, false);
    }

    /** Adds a right-aligned column (numbers); its header is right-aligned too. */
    Table right(String header) {
      return column(header, true);
    }

    private Table column(String header, boolean alignRight) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("columns come before rows");
      }
      headers.add(header);
      right.add(alignRight);
      return this;
    }

    /** Adds a row: one cell per column. */
    Table row(String... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
      }
      rows.add(cells.clone());
      return this;
    }

    /** Appends the table laid out to {@value #WIDTH} columns, each line ended by a newline. */
    void appendTo(StringBuilder t) {
      for (String line : lines(WIDTH)) {
        t.append(line).append('\n');
      }
    }

    /**
     * The table's lines at {@code width} columns: the header first, then the rows in order. If
     * the columns at their natural widths (their widest cell) do not fit, the last column, when
     * left-aligned, is wrapped in the room left, provided that room holds its longest word;
     * otherwise each row's first cell gets a line of its own and the other columns are laid out
     * under it, two columns further in, by the same rules. A single column that does not fit is
     * wrapped with a hanging indent of two.
     */
    List<String> lines(int width) {
      List<String[]> all = new ArrayList<>(rows.size() + 1);
      all.add(headers.toArray(new String[0]));
      all.addAll(rows);
      List<String> out = new ArrayList<>();
      for (List<String> row : layout(all, 0, 0, width)) {
        out.addAll(row);
      }
      return out;
    }

    /** The lines of every row (the header is row 0) for the columns from {@code from} on. */
    private List<List<String>> layout(List<String[]> all, int from, int indent, int width) {
      int count = headers.size();
      int[] widths = new int[count];
      for (String[] row : all) {
        for (int c = from; c < count; c++) {
          widths[c] = Math.max(widths[c], columns(row[c]));
        }
      }
      int before = indent; // columns taken before the last column starts
      for (int c = from; c < count - 1; c++) {
        before += widths[c] + GAP;
      }
      if (before + widths[count - 1] <= width) {
        return grid(all, from, indent, widths, 0);
      }
      if (count - from > 1 && !right.get(count - 1)) {
        int longest = 0;
        for (String[] row : all) {
          for (String word : row[count - 1].split(" ")) {
            longest = Math.max(longest, columns(word));
          }
        }
        if (width - before >= Math.max(1, longest)) {
          return grid(all, from, indent, widths, width - before);
        }
      }
      List<List<String>> out = new ArrayList<>(all.size());
      if (count - from == 1) {
        for (String[] row : all) {
          out.add(TextWrap.lines(spaces(indent), spaces(indent + GAP), row[from], width));
        }
        return out;
      }
      List<List<String>> under = layout(all, from + 1, indent + GAP, width);
      for (int r = 0; r < all.size(); r++) {
        List<String> lines = new ArrayList<>(
            TextWrap.lines(spaces(indent), spaces(indent + GAP), all.get(r)[from], width));
        lines.addAll(under.get(r));
        out.add(lines);
      }
      return out;
    }

    /** Rows as a grid; the last column wrapped to {@code wrapLast} columns when that is not 0. */
    private List<List<String>> grid(List<String[]> all, int from, int indent, int[] widths, int wrapLast) {
      int count = headers.size();
      List<List<String>> out = new ArrayList<>(all.size());
      for (String[] row : all) {
        StringBuilder line = new StringBuilder(spaces(indent));
        for (int c = from; c < count - 1; c++) {
          line.append(align(row[c], widths[c], right.get(c))).append(spaces(GAP));
        }
        List<String> lines = new ArrayList<>(1);
        if (wrapLast == 0) {
          lines.add(stripSpaces(line.append(align(row[count - 1], widths[count - 1], right.get(count - 1)))));
        } else {
          String hang = spaces(columns(line));
          List<String> parts = TextWrap.lines("", "", row[count - 1], wrapLast);
          lines.add(stripSpaces(line.append(parts.get(0))));
          for (String part : parts.subList(1, parts.size())) {
            lines.add(stripSpaces(hang + part));
          }
        }
        out.add(lines);
      }
      return out;
    }

    private static String align(String cell, int width, boolean alignRight) {
      String padding = spaces(width - columns(cell));
      return alignRight ? padding + cell : cell + padding;
    }
  }
}
