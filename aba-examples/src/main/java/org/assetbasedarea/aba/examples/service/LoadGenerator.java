package org.assetbasedarea.aba.examples.service;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.jspecify.annotations.Nullable;

/**
 * A load generator for the case service on loopback: N concurrent clients, each repeating
 * <em>create-and-score</em> (POST a fresh, valid, typical assessment of a new area, then GET its
 * score report) for a fixed time after a warm-up, then the operations and requests per second and
 * the latency percentiles. Only loopback addresses are accepted.
 *
 * <pre>{@code
 * java -cp aba-examples/target/aba-case-service.jar \
 *     -Dloader.main=org.assetbasedarea.aba.examples.service.LoadGenerator \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     --url http://127.0.0.1:8080 --clients 4 --seconds 20 --warmup 10
 * }</pre>
 */
public final class LoadGenerator {
  private static final String[] WORDS = {
    "co-production", "group", "minutes", "carers", "strategy", "asset", "map", "grants", "panel",
    "Shared", "Lives", "volunteers", "survey", "board", "lived", "experience", "contract",
    "social", "value", "report", "ward", "neighbourhood", "café", "residents", "plan", "2025",
    "meetings", "partners", "commissioning", "community", "connection", "review"
  };

  private final URI base;
  private final int clients;
  private final Duration warmup;
  private final Duration measured;
  private final HttpClient http;
  private final AbaJson json = AbaJson.standard();
  /** Area numbers: from a random start, one per operation, so runs against one database differ. */
  private final AtomicLong areas = new AtomicLong(ThreadLocalRandom.current().nextLong(90_000_000L));

  private LoadGenerator(URI base, int clients, Duration warmup, Duration measured) {
    this.base = base;
    this.clients = clients;
    this.warmup = warmup;
    this.measured = measured;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Runs the load and prints its figures.
   *
   * @param args {@code --url URL} (default {@code http://127.0.0.1:8080}), {@code --clients N}
   *     (4), {@code --seconds S} (20, measured), {@code --warmup W} (10, not measured)
   * @throws Exception when the service cannot be reached
   */
  public static void main(String[] args) throws Exception {
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the load and prints its figures.
   *
   * @param args as for {@link #main}
   * @param out where the figures go
   * @return 0 when every request succeeded, 1 when any failed, 2 for a usage error
   * @throws Exception when the service cannot be reached
   */
  static int run(String[] args, PrintStream out) throws Exception {
    URI url = URI.create("http://127.0.0.1:8080");
    int clients = 4;
    double seconds = 20;
    double warmup = 10;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--url":
          url = URI.create(value);
          break;
        case "--clients":
          clients = Integer.parseInt(value);
          break;
        case "--seconds":
          seconds = Double.parseDouble(value);
          break;
        case "--warmup":
          warmup = Double.parseDouble(value);
          break;
        default:
          out.println("usage: LoadGenerator [--url http://127.0.0.1:8080] [--clients 4]"
              + " [--seconds 20] [--warmup 10]");
          return 2;
      }
    }
    String host = url.getHost();
    if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
      out.println("LoadGenerator: " + url + " is not a loopback address; it only loads a service"
          + " on this machine (127.0.0.1, localhost, [::1])");
      return 2;
    }
    if (clients < 1 || seconds <= 0 || warmup < 0) {
      out.println("LoadGenerator: --clients must be at least 1, --seconds above 0, --warmup 0 or more");
      return 2;
    }
    return new LoadGenerator(url, clients, Duration.ofMillis(Math.round(warmup * 1000)),
        Duration.ofMillis(Math.round(seconds * 1000))).run(out);
  }

  private int run(PrintStream out) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long end = measureFrom + measured.toNanos();
    List<Client> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Client client = new Client(measureFrom, end);
      client.start();
      running.add(client);
    }
    long operations = 0;
    long errors = 0;
    List<long[]> pairs = new ArrayList<>();
    List<long[]> creates = new ArrayList<>();
    List<long[]> scores = new ArrayList<>();
    @Nullable String firstError = null;
    for (Client client : running) {
      client.join();
      operations += client.operations;
      errors += client.errors;
      pairs.add(client.pair.toArray());
      creates.add(client.create.toArray());
      scores.add(client.score.toArray());
      if (firstError == null) {
        firstError = client.firstError;
      }
    }
    double s = measured.toNanos() / 1e9;
    out.printf(Locale.ROOT, "create-and-score against %s: %d client%s, %.0f s measured after %.0f s"
        + " of warm-up%n", base, clients, clients == 1 ? "" : "s", s, warmup.toNanos() / 1e9);
    out.printf(Locale.ROOT, "operations %d (%.1f/s), requests %d (%.1f/s), errors %d%n",
        operations, operations / s, 2 * operations, 2 * operations / s, errors);
    out.println("latency ms         p50     p90     p99     max");
    out.println(percentiles("create-and-score", merge(pairs)));
    out.println(percentiles("  POST assessment", merge(creates)));
    out.println(percentiles("  GET score", merge(scores)));
    if (firstError != null) {
      out.println("first error: " + firstError);
    }
    return errors == 0 ? 0 : 1;
  }

  private static long[] merge(List<long[]> parts) {
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    return all;
  }

  private static String percentiles(String label, long[] sorted) {
    if (sorted.length == 0) {
      return String.format(Locale.ROOT, "%-17s -", label);
    }
    return String.format(Locale.ROOT, "%-17s %7.2f %7.2f %7.2f %7.2f", label,
        at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** One client: create-and-score in a loop until the end, recording what falls in the window. */
  private final class Client extends Thread {
    private final long measureFrom;
    private final long end;
    private final Random random = new Random();
    final Latencies pair = new Latencies();
    final Latencies create = new Latencies();
    final Latencies score = new Latencies();
    long operations;
    long errors;
    @Nullable String firstError;

    Client(long measureFrom, long end) {
      super("load-client");
      setDaemon(true);
      this.measureFrom = measureFrom;
      this.end = end;
    }

    @Override
    public void run() {
      while (true) {
        long t0 = System.nanoTime();
        if (t0 >= end) {
          return;
        }
        String area = String.format(Locale.ROOT, "E%08d", areas.getAndIncrement() % 100_000_000L);
        Assessment assessment = typicalAssessment(random, area);
        boolean ok;
        long t1 = t0;
        try {
          HttpResponse<String> created = http.send(HttpRequest.newBuilder(
              base.resolve("/areas/" + area + "/assessments"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(assessment))).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          t1 = System.nanoTime();
          ok = created.statusCode() == 201;
          if (ok) {
            HttpResponse<String> scored = http.send(HttpRequest.newBuilder(base.resolve(
                created.headers().firstValue("Location").orElseThrow() + "/score")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ok = scored.statusCode() == 200;
            if (!ok) {
              error("GET score " + scored.statusCode() + ": " + scored.body());
            }
          } else {
            error("POST " + created.statusCode() + ": " + created.body());
          }
        } catch (IOException e) {
          ok = false;
          error(e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long t2 = System.nanoTime();
        if (t0 >= measureFrom && t2 <= end) {
          if (ok) {
            operations++;
            pair.add(t2 - t0);
            create.add(t1 - t0);
            score.add(t2 - t1);
          } else {
            errors++;
          }
        }
      }
    }

    private void error(String message) {
      if (firstError == null) {
        firstError = message.length() > 300 ? message.substring(0, 300) + "..." : message;
      }
    }
  }

  /** A growable list of nanosecond latencies. */
  private static final class Latencies {
    private long[] values = new long[4096];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * A typical assessment of an area (as the benchmarks' typical one): every action of
   * {@code aba-2020} rated, two or three evidence items each, a rationale on some, about 5 KB.
   */
  static Assessment typicalAssessment(Random random, String area) {
    Assessment.Builder builder = Assessment.builder()
        .framework(Frameworks.ABA_2020_ID)
        .area(Area.of(area, "Load test area " + area))
        .assessedOn(LocalDate.of(2026, 3, 31).minusDays(random.nextInt(365)));
    for (Role role : new Role[] {Role.LIVED_EXPERIENCE, Role.CARER, Role.VCSE, Role.COUNCIL}) {
      builder.addParticipants(Participant.of(role, 1 + random.nextInt(12)));
    }
    for (Action action : Frameworks.aba2020().getActions()) {
      Rating.Builder rating = Rating.builder().action(action.getId()).rating(1 + random.nextInt(4));
      int evidence = 2 + random.nextInt(2);
      for (int i = 0; i < evidence; i++) {
        EvidenceKind kind = i == 0 ? EvidenceKind.PEOPLES_EXPERIENCE
            : EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)];
        rating.addEvidence(Evidence.of(kind, text(random, 6 + random.nextInt(6))));
      }
      if (random.nextInt(3) == 0) {
        rating.rationale(text(random, 16));
      }
      builder.addRatings(rating.build());
    }
    return builder.build();
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = 1; i < words; i++) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
