package org.assetbasedarea.aba.framework;

import java.util.regex.Pattern;

/** Identifier rules shared by frameworks, actions, groupings, outcomes and indicators. */
final class Ids {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /**
   * Whether {@code id} is lower-case kebab case: {@code aba-2020}, {@code share-power}.
   *
   * @param id the candidate identifier
   * @return true when it is a non-empty run of lower-case letters and digits joined by single hyphens
   */
  static boolean isKebab(String id) {
    return id.length() <= 100 && KEBAB.matcher(id).matches();
  }

  /**
   * Checks an identifier.
   *
   * @param what what the id names, for the message
   * @param id the identifier
   * @return {@code id}
   * @throws IllegalArgumentException when it is not lower-case kebab case
   */
  static String requireKebab(String what, String id) {
    if (!isKebab(id)) {
      throw new IllegalArgumentException(
          what + " id must be lower-case kebab case (like 'share-power'), got '" + id + "'");
    }
    return id;
  }
}
