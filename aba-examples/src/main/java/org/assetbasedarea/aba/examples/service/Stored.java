package org.assetbasedarea.aba.examples.service;

/**
 * A document as stored, with its version (the ETag of the API: {@code "3"}).
 *
 * @param document the document, read back from its {@code jsonb} column through {@code AbaJson}
 * @param version 1 when created, one more on every update
 * @param <T> the document type
 */
record Stored<T>(T document, long version) {
  /** @return the strong entity tag of this version, quoted: {@code "3"} */
  String etag() {
    return "\"" + version + "\"";
  }
}
