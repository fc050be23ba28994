package org.assetbasedarea.aba.internal;

/** Helpers for Jakarta message templates. Not API. */
public final class Messages {
  private Messages() {}

  /**
   * Escapes a literal message so that no message interpolator reads it as a template.
   *
   * @param message literal text
   * @return the text with {@code \ { } $} escaped
   */
  public static String escape(String message) {
    StringBuilder escaped = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
