package org.assetbasedarea.aba.report;

/**
 * Escaping of text for HTML and SVG: every piece of text goes through {@link #text}, and every
 * piece a document supplied (names, evidence, rationales, messages quoting them) through
 * {@link #user} as element content.
 */
final class Html {
  /** Shown for a document text with nothing visible in it, so a link or heading never vanishes. */
  static final String INVISIBLE = "(no visible text)";

  private Html() {}

  /**
   * Escapes text for element content and for quoted attribute values alike: {@code & < > " '}
   * become entities, and control characters (which HTML forbids or a terminal would interpret) and
   * the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, which
   * would reorder what is shown) become U+FFFD, so hostile text can never open a tag, close an
   * attribute, inject markup or disguise itself.
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
        case '\r': // a line break as documents may write it (CR LF or CR alone): one LF
          if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
            out.append('\n');
          }
          break;
        default:
          out.append(isReplaced(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Whether {@link #text} replaces a character with U+FFFD. */
  static boolean isReplaced(char c) {
    return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * A text a document supplied, as element content: escaped by {@link #text} and isolated in a
   * {@code <bdi>} element, so that its direction (right-to-left letters, say) cannot reorder the
   * text around it. A text with no visible character (only white space, zero-width, format or
   * control characters) is shown as {@value #INVISIBLE}, in a {@code <bdi class="invisible">}.
   */
  static String user(CharSequence raw) {
    if (!hasVisible(raw)) {
      return "<bdi class=\"invisible\">" + INVISIBLE + "</bdi>";
    }
    return "<bdi>" + text(raw) + "</bdi>";
  }

  /**
   * Whether a text has a character that shows: not white space, not a control, format (zero-width,
   * bidi, soft hyphen), combining-mark-alone, unassigned or private-use character, and not one of
   * the letters drawn blank (Hangul fillers, the blank Braille pattern).
   */
  static boolean hasVisible(CharSequence raw) {
    return raw.codePoints().anyMatch(Html::isVisible);
  }

  private static boolean isVisible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 || c == 0x2800) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return false;
      default:
        return true;
    }
  }

  /**
   * A text as a CSS string literal, quotes included, for the {@code content} of a print page's
   * running header: backslash and double quote escaped, and every character that could end the
   * string, the declaration or the {@code <style>} element ({@code < > & ' ;} braces, line
   * breaks, controls, bidi controls) written as a hexadecimal escape with its terminating space.
   */
  static String cssString(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length() + 8).append('"');
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' || c == '"' || c == '<' || c == '>' || c == '&' || c == '\'' || c == ';'
          || c == '{' || c == '}' || c == '\n' || c == '\r' || c == '\t' || isReplaced(c)) {
        out.append('\\').append(Integer.toHexString(isReplaced(c) ? 0xfffd : c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
