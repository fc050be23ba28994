package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The converter in a client ({@code RestClient}, as Spring Boot configures it with every converter
 * bean): another service's document is read the same strict way, but an invalid one is the
 * client's {@code RestClientException}, not a {@link RejectedDocumentException} that {@link
 * AbaProblemHandler} would answer to this application's own client as a 422 of its own request.
 */
class ClientSideTest {
  private HttpServer upstream;
  private RestClient client;

  @BeforeEach
  void start() throws IOException {
    upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/valid", ConsumerHttpTest.bytes("documents/assessment-contract-example.json"));
    serve("/invalid", "{\"schemaVersion\": 1, \"bogus\": true}".getBytes(StandardCharsets.UTF_8));
    upstream.start();
    AbaHttpMessageConverter converter = new AbaHttpMessageConverter(AbaJson.standard());
    client = RestClient.builder()
        .baseUrl("http://" + upstream.getAddress().getHostString() + ":" + upstream.getAddress().getPort())
        .configureMessageConverters(converters -> converters.addCustomConverter(converter))
        .build();
  }

  private void serve(String path, byte[] body) {
    upstream.createContext(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @AfterEach
  void stop() {
    upstream.stop(0);
  }

  @Test
  void validResponse_isRead() {
    Assessment read = client.get().uri("/valid").retrieve().body(Assessment.class);
    assertThat(read).isEqualTo(AbaJson.standard().read(
        ConsumerHttpTest.bytes("documents/assessment-contract-example.json"),
        DocumentType.ASSESSMENT).getDocument().orElseThrow());
  }

  @Test
  void invalidResponse_isTheClientsException_withTheIssuesInItsCause() {
    Throwable thrown = catchThrowable(
        () -> client.get().uri("/invalid").retrieve().body(Assessment.class));
    assertThat(thrown).isInstanceOf(RestClientException.class)
        .isNotInstanceOf(RejectedDocumentException.class)
        .hasRootCauseInstanceOf(RejectedDocumentException.class);
    RejectedDocumentException rejection = (RejectedDocumentException) thrown.getCause().getCause();
    assertThat(rejection.getIssues()).isEqualTo(AbaJson.standard()
        .read("{\"schemaVersion\": 1, \"bogus\": true}", DocumentType.ASSESSMENT).getIssues());
  }
}
