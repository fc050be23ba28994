package org.assetbasedarea.aba.browser;

/** Short, one-line forms of text for failure messages. */
final class Text {
  private Text() {}

  /** @return the text on one line (white space collapsed), cut to at most {@code max} characters */
  static String snippet(String text, int max) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
  }
}
