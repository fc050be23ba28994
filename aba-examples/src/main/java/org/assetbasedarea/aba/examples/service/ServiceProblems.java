package org.assetbasedarea.aba.examples.service;

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
 * Writes the service's own problems ({@link ServiceProblem}, {@link CorruptDocumentException}) as
 * {@code application/problem+json}, with the request's path as {@code instance}. Only for this
 * package's controllers; documents with issues are aba-spring-boot's to answer.
 */
@RestControllerAdvice(basePackageClasses = CaseServiceApplication.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceProblems {
  @ExceptionHandler(ServiceProblem.class)
  ResponseEntity<ProblemDetail> problem(ServiceProblem problem, HttpServletRequest request) {
    return answer(problem.getBody(), request);
  }

  @ExceptionHandler(CorruptDocumentException.class)
  ResponseEntity<ProblemDetail> corrupt(CorruptDocumentException e, HttpServletRequest request) {
    return answer(ServiceProblem.storedDocumentInvalid(String.valueOf(e.getMessage())).getBody(),
        request);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail body,
      HttpServletRequest request) {
    if (body.getInstance() == null) {
      body.setInstance(URI.create(request.getRequestURI()));
    }
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
