package org.assetbasedarea.aba.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.spring.consumer.ConsumerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code @Valid @RequestBody} of a local framework's document over real HTTP, whichever validator
 * the application ends up with: a document the reader accepts is not refused by {@code @Valid}.
 */
class ValidHttpTest {
  private static final String[] QUIET = {"server.port=0", "spring.main.banner-mode=off",
      "logging.level.root=warn"};

  private static void post(ConfigurableApplicationContext app, String path, byte[] body)
      throws IOException, InterruptedException {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/json").build();
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void withoutBootsValidationModule_localFramework_passesValid() throws Exception {
    // Spring MVC then makes its own validator for @Valid (Hibernate Validator comes with aba-core).
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConsumerApplication.class)
        .properties(QUIET).properties("aba.frameworks=classpath:frameworks/*.json",
            "spring.autoconfigure.exclude=" + ValidationAutoConfiguration.class.getName())
        .run()) {
      post(app, "/echo/assessment",
          ConsumerHttpTest.bytes("documents/assessment-local-framework.json"));
    }
  }

  @Test
  void anAbaJsonOfTheApplication_localFramework_passesValidAndIsScored() throws Exception {
    AbaJson own = AbaJson.builder().registry(FrameworkRegistry.builtIn().with(AbaJson.standard()
        .read(ConsumerHttpTest.bytes("frameworks/leeds-local-2026.json"), DocumentType.FRAMEWORK)
        .getDocument().orElseThrow())).build();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConsumerApplication.class)
        .properties(QUIET)
        .initializers(context -> context.getBeanFactory().registerSingleton("ownAbaJson", own))
        .run()) {
      post(app, "/score", ConsumerHttpTest.bytes("documents/assessment-local-framework.json"));
    }
  }
}
