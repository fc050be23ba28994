package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.assetbasedarea.aba.json.AbaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the data live: the embedded PostgreSQL by default (a real server, migrated by Flyway),
 * an existing server when {@code spring.datasource.url} names one (nothing is started then), and
 * a data directory kept between runs when {@code aba.service.data-dir} names one.
 */
class DatabaseTest {
  private final RunningService service = RunningService.get();

  @Test
  void byDefault_anEmbeddedPostgresql_migratedByFlyway() {
    EmbeddedPostgres postgres = service.context.getBean(EmbeddedPostgres.class);
    assertThat(postgres.getPort()).isPositive();
    assertThat(service.jdbc.sql("SELECT version()").query(String.class).single())
        .startsWith("PostgreSQL 14.");
    assertThat(service.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success"
        + " ORDER BY installed_rank").query(String.class).list()).containsExactly("1");
  }

  @Test
  void withADataSourceUrl_usesThatServer_andStartsNone() {
    EmbeddedPostgres postgres = service.context.getBean(EmbeddedPostgres.class);
    String area = RunningService.newArea();
    try (ConfigurableApplicationContext other = new SpringApplicationBuilder(CaseServiceApplication.class)
        .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres")) {
      assertThat(other.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
      int port = ((WebServerApplicationContext) other).getWebServer().getPort();
      String body = AbaJson.standard().writeString(
          RunningService.sampleAssessment("brackenford-2025.json", area));
      HttpResponse<String> created = service.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/areas/" + area + "/assessments"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
      assertThat(created.statusCode()).isEqualTo(201);
    }
    // the same server: the shared service sees what the other instance stored
    assertThat(service.rows("assessments", area)).isEqualTo(1);
  }

  @Test
  void dataDirectory_keepsTheDataBetweenRuns(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("pgdata");
    EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
    try (EmbeddedPostgres first = configuration.embeddedPostgres(data.toString())) {
      DataSource database = first.getPostgresDatabase();
      JdbcClient.create(database).sql("CREATE TABLE kept (n int)").update();
      JdbcClient.create(database).sql("INSERT INTO kept VALUES (42)").update();
    }
    assertThat(data.resolve("PG_VERSION")).isRegularFile();
    try (EmbeddedPostgres second = configuration.embeddedPostgres(data.toString())) {
      assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("SELECT n FROM kept")
          .query(Integer.class).single()).isEqualTo(42);
    }
  }
}
