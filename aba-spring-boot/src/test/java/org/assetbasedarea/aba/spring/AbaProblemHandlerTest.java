package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The handler on its own: the problem's {@code instance} is the request's path when it is a URI. */
class AbaProblemHandlerTest {
  private static HttpServletRequest requestFor(String uri) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        AbaProblemHandlerTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getRequestURI")) {
            return uri;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static RejectedDocumentException rejected() {
    return new RejectedDocumentException(DocumentType.ASSESSMENT,
        List.of(Issue.of("/ratings", IssueCode.MISSING_FIELD, "is required")), false);
  }

  @Test
  void instance_isTheRequestPath() {
    ResponseEntity<ProblemDetail> answer = new AbaProblemHandler(AbaJson.standard())
        .rejectedDocument(rejected(), requestFor("/areas/E08000035/assessments"));
    assertThat(answer.getStatusCode().value()).isEqualTo(422);
    assertThat(answer.getBody().getInstance()).isEqualTo(URI.create("/areas/E08000035/assessments"));
  }

  @Test
  void pathThatIsNotAUri_noInstance_stillTheProblem() {
    ResponseEntity<ProblemDetail> answer = new AbaProblemHandler(AbaJson.standard())
        .rejectedDocument(rejected(), requestFor("/areas/{x}|y"));
    assertThat(answer.getStatusCode().value()).isEqualTo(422);
    assertThat(answer.getBody().getInstance()).isNull();
    assertThat(answer.getBody().getProperties()).containsKey("issues");
  }
}
