package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.assetbasedarea.aba.spring.consumer.ConsumerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A body past a document limit larger than Tomcat's default drain (2 MB of an unread body, past
 * which Tomcat closes the connection): the client still reads its 413, not a reset connection.
 */
class LargeBodyTest {
  private static final int LIMIT = 3 * 1024 * 1024;

  private static ConfigurableApplicationContext app;
  private static String base;

  @BeforeAll
  static void start() {
    app = new SpringApplicationBuilder(ConsumerApplication.class)
        .properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=warn",
            "aba.json.max-document-bytes=" + LIMIT)
        .run();
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static byte[] body(int size) {
    byte[] document = ConsumerHttpTest.bytes("documents/assessment-contract-example.json");
    byte[] padded = new byte[size];
    Arrays.fill(padded, (byte) ' ');
    System.arraycopy(document, 0, padded, 0, document.length);
    return padded;
  }

  private static HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/score"))
        .header("Content-Type", "application/json").POST(body).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pastTheLimit_withContentLength_is413() throws Exception {
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body(LIMIT + 1)));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("LIMIT_EXCEEDED");
  }

  @Test
  void twiceTheLimit_streamed_is413() throws Exception {
    byte[] body = body(2 * LIMIT);
    HttpResponse<String> response = post(
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void atTheLimit_isRead() throws Exception {
    HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body(LIMIT)));
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
