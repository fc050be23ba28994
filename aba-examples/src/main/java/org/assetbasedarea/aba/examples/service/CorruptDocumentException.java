package org.assetbasedarea.aba.examples.service;

/**
 * A stored document that no longer reads as valid: edited by hand in the database, or written by
 * a version of the service with other rules. Answered as a 500 problem naming the document; never
 * served as if it were valid.
 */
final class CorruptDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CorruptDocumentException(String message) {
    super(message);
  }
}
