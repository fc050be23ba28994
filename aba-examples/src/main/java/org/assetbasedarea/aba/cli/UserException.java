package org.assetbasedarea.aba.cli;

/**
 * An error in the user's input or environment (a missing file, a document that is not valid,
 * reports that cannot be compared): printed as one line on standard error, exit code 1, no stack
 * trace.
 */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message, null, false, false);
  }
}
