package org.assetbasedarea.aba.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts that hide themselves or reverse what follows them, and texts that only look unusual, each
 * with what the rule says of it (issue 10, "Text that hides itself"). The expectations are
 * written out here, not computed by the library's rule.
 */
final class HostileTexts {
  /**
   * One text of the table.
   *
   * @param label what it is, for messages
   * @param text the text
   * @param visible whether it has a visible character
   * @param plain whether it has no disallowed character
   */
  record Case(String label, String text, boolean visible, boolean plain) {
    @Override
    public String toString() {
      return label;
    }
  }

  private HostileTexts() {}

  private static String cp(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  /** @return every case: invisible alone and combined, controls, bidi controls, fine texts */
  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    int[] invisible = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x3164, 0x115F, 0x1160,
        0xFFA0, 0x034F, 0x180B, 0x180E, 0x180F, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF, 0xE0000,
        0xE0001, 0xE0041, 0xE007F, 0x00A0, 0x2007, 0x202F, 0x3000, 0x2000, 0x200A, 0x205F, 0x1680,
        0x2028, 0x2029, 0x2800, 0x200E, 0x200F, 0x061C, 0x2061, 0x2064, 0x17B4, 0x1BCA0,
        0x1D173, 0x13430, 0xFFF9, ' ', '\t', '\n', '\r'};
    for (int c : invisible) {
      cases.add(new Case(String.format("U+%04X alone", c), cp(c), false, true));
      cases.add(new Case(String.format("U+%04X three times", c), cp(c).repeat(3), false, true));
    }
    cases.add(new Case("ZWSP, Hangul filler, NBSP, BOM, braille blank",
        "\u200B\u3164\u00A0\uFEFF\u2800", false, true));
    cases.add(new Case("NBSP, ZWJ, VS16, tag, narrow NBSP",
        "\u00A0\u200D\uFE0F" + cp(0xE0020) + "\u202F", false, true));
    cases.add(new Case("RLM, LRM, ALM, CGJ", "\u200F\u200E\u061C\u034F", false, true));
    // controls: alone (invisible and disallowed) and inside a text (disallowed only)
    int[] controls = {0x00, 0x01, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B,
        0x9F};
    for (int c : controls) {
      cases.add(new Case(String.format("U+%04X alone", c), cp(c), false, false));
      cases.add(new Case(String.format("U+%04X inside", c), "Lee" + cp(c) + "ds", true, false));
    }
    cases.add(new Case("ANSI colour", "\u001B[31mLeeds\u001B[0m", true, false));
    cases.add(new Case("C1 CSI", "\u009B31mLeeds", true, false));
    cases.add(new Case("ESC and ZWSP", "\u001B\u200B", false, false));
    int[] bidi = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
    for (int c : bidi) {
      cases.add(new Case(String.format("U+%04X alone", c), cp(c), false, false));
      cases.add(new Case(String.format("U+%04X inside", c), "Leeds " + cp(c) + "gpj.exe", true,
          false));
    }
    cases.add(new Case("RLO then PDF", "\u202Eabc\u202C", true, false));
    // fine texts
    cases.add(new Case("Zoë", "Zoë", true, true));
    cases.add(new Case("combining diaeresis", "Zoe\u0308", true, true));
    cases.add(new Case("family emoji (ZWJ)", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        true, true));
    cases.add(new Case("rainbow flag (VS16, ZWJ)", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", true,
        true));
    cases.add(new Case("England flag (tags)", "\uD83C\uDFF4" + cp(0xE0067) + cp(0xE0062)
        + cp(0xE0065) + cp(0xE006E) + cp(0xE0067) + cp(0xE007F), true, true));
    cases.add(new Case("Arabic with RLM", "\u0644\u064A\u062F\u0632\u200F (Leeds)", true, true));
    cases.add(new Case("Arabic with ALM", "\u061C\u0644\u064A\u062F\u0632", true, true));
    cases.add(new Case("Hebrew", "\u05DC\u05D9\u05D3\u05E1", true, true));
    cases.add(new Case("CJK", "\u6771\u4EAC", true, true));
    cases.add(new Case("Arabic number sign", "\u0600", true, true));
    cases.add(new Case("tab, newlines", "Leeds\tnorth\nsouth\r\nwest", true, true));
    cases.add(new Case("LRM inside", "Leeds\u200E north", true, true));
    cases.add(new Case("padded with NBSP", "\u00A0Leeds\u3000", true, true));
    cases.add(new Case("braille letter", "\u2801", true, true));
    return cases;
  }
}
