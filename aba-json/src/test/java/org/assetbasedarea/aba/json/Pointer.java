package org.assetbasedarea.aba.json;

/** Checks JSON Pointer syntax (RFC 6901) without a regular expression, for paths of any length. */
final class Pointer {
  private Pointer() {}

  static boolean isValid(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (pointer.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        if (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
    }
    return true;
  }
}
