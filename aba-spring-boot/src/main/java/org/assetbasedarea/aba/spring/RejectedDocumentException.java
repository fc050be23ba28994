package org.assetbasedarea.aba.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.json.DocumentType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request body that is not a valid aba document, with every issue the reader found.
 *
 * <p>Thrown by {@link AbaHttpMessageConverter} and answered by {@link AbaProblemHandler} as
 * problem details; being an {@link ErrorResponseException}, Spring's own error handling gives it
 * the same status and body when an application replaces that handler. Its status:
 *
 * <ul>
 *   <li>413 Content Too Large: the body is larger than {@code aba.json.max-document-bytes};
 *   <li>400 Bad Request: the bytes are not JSON (an issue of code {@code MALFORMED_JSON} or {@code
 *       INVALID_ENCODING});
 *   <li>500 Internal Server Error: the reader failed ({@code INTERNAL_ERROR}, a bug of aba);
 *   <li>422 Unprocessable Content: JSON that is not a valid document of its type.
 * </ul>
 */
public final class RejectedDocumentException extends ErrorResponseException {
  private static final long serialVersionUID = 1L;

  /** The problem type of a rejected document: {@value}. */
  public static final String PROBLEM_TYPE = "https://assetbasedarea.org/problems/invalid-document";

  private final String documentType;
  private final transient List<Issue> issues;

  /**
   * A rejected document.
   *
   * @param type what the body was read as
   * @param issues every issue found (at least one)
   * @param tooLarge whether the body was larger than the reader's limit
   */
  public RejectedDocumentException(DocumentType<?> type, List<Issue> issues, boolean tooLarge) {
    this(type.getName(), List.copyOf(issues), statusOf(issues, tooLarge));
  }

  private RejectedDocumentException(String documentType, List<Issue> issues, HttpStatus status) {
    super(status, problem(documentType, issues, status), null);
    this.documentType = documentType;
    this.issues = issues;
  }

  private static HttpStatus statusOf(List<Issue> issues, boolean tooLarge) {
    if (Objects.requireNonNull(issues, "issues").isEmpty()) {
      throw new IllegalArgumentException("a rejected document has at least one issue");
    }
    if (tooLarge) {
      return HttpStatus.CONTENT_TOO_LARGE;
    }
    boolean notJson = false;
    for (Issue issue : issues) {
      if (issue.getCode() == IssueCode.INTERNAL_ERROR) {
        return HttpStatus.INTERNAL_SERVER_ERROR;
      }
      notJson |= issue.getCode() == IssueCode.MALFORMED_JSON
          || issue.getCode() == IssueCode.INVALID_ENCODING;
    }
    return notJson ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
  }

  private static ProblemDetail problem(String documentType, List<Issue> issues,
      HttpStatus status) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(PROBLEM_TYPE));
    problem.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "Document too large"
        : status == HttpStatus.BAD_REQUEST ? "Not JSON"
        : status == HttpStatus.INTERNAL_SERVER_ERROR ? "Error in the aba library"
        : "Invalid document");
    problem.setDetail("The " + documentType + " has " + issues.size()
        + (issues.size() == 1 ? " issue" : " issues") + "; the first: "
        + describe(issues.get(0)));
    problem.setProperty("documentType", documentType);
    problem.setProperty("issues", asMaps(issues));
    return problem;
  }

  private static String describe(Issue issue) {
    return (issue.getPath().isEmpty() ? "the document" : issue.getPath()) + " "
        + issue.getMessage() + " (" + issue.getCode() + ")";
  }

  /**
   * The issues as the problem's {@code issues} member has them: {@code path}, {@code code},
   * {@code message}, and {@code line} and {@code column} when known.
   *
   * @param issues the issues
   * @return one map for each issue, in order
   */
  static List<Map<String, Object>> asMaps(List<Issue> issues) {
    List<Map<String, Object>> list = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", issue.getPath());
      map.put("code", issue.getCode().name());
      map.put("message", issue.getMessage());
      issue.getLine().ifPresent(line -> map.put("line", line));
      issue.getColumn().ifPresent(column -> map.put("column", column));
      list.add(map);
    }
    return List.copyOf(list);
  }

  /** @return the name of the document type the body was read as, such as {@code assessment} */
  public String getDocumentType() {
    return documentType;
  }

  /** @return every issue found, in document order */
  public List<Issue> getIssues() {
    return issues;
  }
}
