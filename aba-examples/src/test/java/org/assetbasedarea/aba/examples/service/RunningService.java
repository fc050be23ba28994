package org.assetbasedarea.aba.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.plan.Plan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case service as a user runs it (the real application class, its own embedded PostgreSQL, a
 * random loopback port), started once for the whole test run and shared by every test class;
 * Spring's shutdown hook closes it, and the database with it, when the JVM ends. Tests keep apart
 * by area: each takes fresh area codes from {@link #newArea()}.
 */
final class RunningService {
  private static final AtomicInteger AREAS = new AtomicInteger();
  private static RunningService instance;

  final ConfigurableApplicationContext context;
  final String base;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  final JdbcClient jdbc;
  final AbaJson json;

  private RunningService() {
    // as arguments, which win over application.properties (builder properties would not)
    context = new SpringApplicationBuilder(CaseServiceApplication.class)
        .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn");
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    jdbc = context.getBean(JdbcClient.class);
    json = context.getBean(AbaJson.class);
  }

  /** @return the service, started on first use */
  static synchronized RunningService get() {
    if (instance == null) {
      instance = new RunningService();
    }
    return instance;
  }

  /** @return an area code no other test uses: W99 and a counter */
  static String newArea() {
    return String.format("W99%06d", AREAS.incrementAndGet());
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> post(String path, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> put(String path, String ifMatch, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return how many rows a table has for an area */
  long rows(String table, String area) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE area_code = :area")
        .param("area", area).query(Long.class).single();
  }

  // -- the bundled sample documents of Brackenford, moved to another area --------------------

  static Assessment sampleAssessment(String file, String area) {
    Assessment sample = sample(file, DocumentType.ASSESSMENT);
    return Assessment.builder().from(sample).area(Area.of(area, sample.getArea().getName())).build();
  }

  static OutcomeData sampleOutcomes(String file, String area) {
    OutcomeData sample = sample(file, DocumentType.OUTCOME_DATA);
    return OutcomeData.builder().from(sample).area(Area.of(area, sample.getArea().getName()))
        .build();
  }

  static Plan samplePlan(String file, String area) {
    Plan sample = sample(file, DocumentType.PLAN);
    return Plan.builder().from(sample).area(Area.of(area, sample.getArea().getName())).build();
  }

  private static <T> T sample(String file, DocumentType<T> type) {
    try (InputStream in = RunningService.class.getResourceAsStream(
        "/org/assetbasedarea/aba/examples/samples/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no sample " + file);
      }
      return AbaJson.standard().read(in, type).getDocument().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
