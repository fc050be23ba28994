package org.assetbasedarea.aba.report;

/** Escaping of text for HTML and SVG: every piece of user text goes through {@link #text}. */
final class Html {
  private Html() {}

  /**
   * Escapes text for element content and for quoted attribute values alike: {@code & < > " '}
   * become entities, and control characters (which HTML forbids or a terminal would interpret)
   * become U+FFFD, so hostile text can never open a tag, close an attribute or inject markup.
   */
  static String text(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
