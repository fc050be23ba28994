package org.assetbasedarea.aba.json;

/** JSON Pointer reference tokens (RFC 6901). */
final class Pointers {
  private Pointers() {}

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token a field name
   * @return the escaped token
   */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
