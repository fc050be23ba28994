package org.assetbasedarea.aba.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Answers a {@link RejectedDocumentException} with its problem details ({@code
 * application/problem+json}, RFC 9457): {@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code instance} (the request's path), {@code documentType} and {@code issues}, each
 * issue with {@code path} (a JSON Pointer), {@code code}, {@code message}, and {@code line} and
 * {@code column} when known.
 *
 * <p>An empty body where a document is required is rejected the same way (400, with the reader's
 * issue for empty input), not with Spring's plain "Required request body is missing".
 *
 * <p>It runs before the application's other exception handlers and handles nothing else; an
 * application answers rejected documents its own way by defining a bean of this type (a
 * subclass).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AbaProblemHandler extends RequestBodyAdviceAdapter {
  private final AbaJson json;

  /**
   * A handler that reads empty bodies with {@code json}.
   *
   * @param json the reader, for the issue an empty body gets
   */
  public AbaProblemHandler(AbaJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * @param rejected the rejected document
   * @param request the request
   * @return the problem details, with the rejection's status
   */
  @ExceptionHandler(RejectedDocumentException.class)
  public ResponseEntity<ProblemDetail> rejectedDocument(RejectedDocumentException rejected,
      HttpServletRequest request) {
    ProblemDetail problem = rejected.getBody();
    try {
      problem.setInstance(new URI(request.getRequestURI()));
    } catch (URISyntaxException e) {
      // A path only a relaxed server accepts (server.tomcat.relaxed-path-chars): no instance.
      problem.setInstance(null);
    }
    return ResponseEntity.status(rejected.getStatusCode())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @Override
  public boolean supports(MethodParameter methodParameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return AbaHttpMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public @Nullable Object handleEmptyBody(@Nullable Object body, HttpInputMessage inputMessage,
      MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
    DocumentType<?> type = AbaHttpMessageConverter.exactTypeOf(parameter.getParameterType());
    if (body != null || annotation == null || !annotation.required() || type == null) {
      return body;
    }
    throw new RejectedDocumentException(type, json.read(new byte[0], type).getIssues(), false);
  }
}
