package org.assetbasedarea.aba.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link RejectedDocumentException} with its problem details ({@code
 * application/problem+json}, RFC 9457): {@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance} (the request's path), {@code documentType} and {@code issues}, each
 * issue with {@code path} (a JSON Pointer), {@code code}, {@code message}, and {@code line} and
 * {@code column} when known.
 *
 * <p>It runs before the application's other exception handlers and handles nothing else; an
 * application answers rejected documents its own way by defining a bean of this type (a
 * subclass).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AbaProblemHandler {
  /** Created by the auto-configuration. */
  public AbaProblemHandler() {}

  /**
   * @param rejected the rejected document
   * @param request the request
   * @return the problem details, with the rejection's status
   */
  @ExceptionHandler(RejectedDocumentException.class)
  public ResponseEntity<ProblemDetail> rejectedDocument(RejectedDocumentException rejected,
      HttpServletRequest request) {
    ProblemDetail problem = rejected.getBody();
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(rejected.getStatusCode())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
