package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.assetbasedarea.aba.spring.consumer.ConsumerApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A body past a document limit larger than Tomcat's default drain (2 MB of an unread body, past
 * which Tomcat closes the connection): the client reads its 413, not a reset connection, because
 * the module lets Tomcat drain twice the limit unless the application set the drain itself.
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
  void pastTheLimit_withContentLength_is413_everyTime() throws Exception {
    // Refused from its Content-Length, unread: Tomcat drains it; with its default 2 MB drain it
    // closed the connection under the client, which then often saw a broken pipe, not the 413.
    for (int size : new int[] {LIMIT + 1, LIMIT + LIMIT / 2, 2 * LIMIT}) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response =
            post(HttpRequest.BodyPublishers.ofByteArray(body(size)));
        assertThat(response.statusCode()).as("%d bytes, try %d", size, i).isEqualTo(413);
        assertThat(response.body()).contains("LIMIT_EXCEEDED");
      }
    }
  }

  @Test
  void tomcatDrains_twiceTheLimit() {
    assertThat(maxSwallowSize(app)).isEqualTo(2 * LIMIT);
  }

  @Test
  void tomcatDrain_setByTheApplication_isKept() {
    try (ConfigurableApplicationContext own = new SpringApplicationBuilder(
        ConsumerApplication.class).properties("server.port=0", "spring.main.banner-mode=off",
            "logging.level.root=warn", "aba.json.max-document-bytes=" + LIMIT,
            "server.tomcat.max-swallow-size=1MB").run()) {
      assertThat(maxSwallowSize(own)).isEqualTo(1024 * 1024);
    }
  }

  private static int maxSwallowSize(ConfigurableApplicationContext context) {
    TomcatWebServer server =
        (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
    return ((AbstractHttp11Protocol<?>) server.getTomcat().getConnector().getProtocolHandler())
        .getMaxSwallowSize();
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
