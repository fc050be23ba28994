package org.assetbasedarea.aba.examples.service;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An answer of the service's own as an RFC 9457 problem ({@code application/problem+json}): not
 * found, conflict, precondition failed or required, a document filed under another key than its
 * URL's, assessments that cannot be compared. (Documents with issues are answered by
 * aba-spring-boot, before a controller runs.)
 */
final class ServiceProblem extends ErrorResponseException {
  private static final long serialVersionUID = 1L;

  /** The type of a document whose area code or date differs from its URL's (422). */
  static final URI KEY_MISMATCH = URI.create("https://assetbasedarea.org/problems/key-mismatch");
  /** The type of two assessments that cannot be compared (422). */
  static final URI NOT_COMPARABLE = URI.create("https://assetbasedarea.org/problems/not-comparable");
  /** The type of a stored document that no longer reads as valid (500). */
  static final URI STORED_DOCUMENT_INVALID =
      URI.create("https://assetbasedarea.org/problems/stored-document-invalid");

  private ServiceProblem(HttpStatus status, @Nullable URI type, @Nullable String title,
      String detail) {
    super(status, problem(status, type, title, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, @Nullable URI type,
      @Nullable String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (type != null) {
      problem.setType(type);
    }
    if (title != null) {
      problem.setTitle(title);
    }
    return problem;
  }

  static ServiceProblem badRequest(String detail) {
    return new ServiceProblem(HttpStatus.BAD_REQUEST, null, null, detail);
  }

  static ServiceProblem notFound(String detail) {
    return new ServiceProblem(HttpStatus.NOT_FOUND, null, null, detail);
  }

  static ServiceProblem conflict(String detail) {
    return new ServiceProblem(HttpStatus.CONFLICT, null, null, detail);
  }

  static ServiceProblem preconditionFailed(String detail) {
    return new ServiceProblem(HttpStatus.PRECONDITION_FAILED, null, null, detail);
  }

  static ServiceProblem preconditionRequired(String detail) {
    return new ServiceProblem(HttpStatus.PRECONDITION_REQUIRED, null, null, detail);
  }

  static ServiceProblem keyMismatch(String detail) {
    return new ServiceProblem(HttpStatus.UNPROCESSABLE_CONTENT, KEY_MISMATCH,
        "Document does not match its URL", detail);
  }

  static ServiceProblem notComparable(String detail) {
    return new ServiceProblem(HttpStatus.UNPROCESSABLE_CONTENT, NOT_COMPARABLE,
        "Assessments not comparable", detail);
  }

  static ServiceProblem storedDocumentInvalid(String detail) {
    return new ServiceProblem(HttpStatus.INTERNAL_SERVER_ERROR, STORED_DOCUMENT_INVALID,
        "Stored document is not valid", detail);
  }
}
