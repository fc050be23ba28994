package org.assetbasedarea.aba.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, started with a fresh profile in a temporary folder and driven over
 * the DevTools protocol ({@link Cdp}). {@link #close} ends the browser and every process it
 * started and deletes the profile, whatever happened before.
 */
public final class Chromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package puts the browser. */
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final int TAIL = 40;

  private final Process process;
  private final Path profile;
  private final Deque<String> stderr = new ArrayDeque<>();
  private final CompletableFuture<URI> address = new CompletableFuture<>();
  private final Thread shutdownHook;
  private Cdp cdp;

  private Chromium(Path profile) throws IOException {
    this.profile = profile;
    List<String> command = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank");
    this.process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    // Should the test JVM be stopped, the browser goes with it.
    this.shutdownHook = new Thread(this::kill, "chromium-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    Thread reader = new Thread(this::readStderr, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts the browser and connects to it.
   *
   * @return the running browser
   * @throws Exception when it does not start or print its DevTools address within {@link
   *     Cdp#TIMEOUT} (the browser is then ended and its profile deleted)
   */
  public static Chromium launch() throws Exception {
    Chromium browser = new Chromium(Files.createTempDirectory("aba-chromium-profile"));
    try {
      URI url = Cdp.await(browser.address, "starting " + BINARY + " (stderr: " + browser.stderrTail() + ")");
      browser.cdp = Cdp.connect(url);
      return browser;
    } catch (Exception | Error e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Opens a new tab and attaches to it (one session on the browser's connection).
   *
   * @return the tab
   */
  public Tab newTab() {
    String target = cdp.send("", "Target.createTarget", Cdp.params("url", "about:blank")).get("targetId").asString();
    String session = cdp.send("", "Target.attachToTarget", Cdp.params("targetId", target, "flatten", true))
        .get("sessionId").asString();
    return new Tab(cdp, session);
  }

  /** @return the browser's version, such as {@code Chrome/150.0.7871.100} */
  public String version() {
    return cdp.send("", "Browser.getVersion", Cdp.params()).path("product").asString("");
  }

  private void readStderr() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          address.complete(URI.create(matcher.group(1)));
        }
        synchronized (stderr) {
          stderr.addLast(line);
          if (stderr.size() > TAIL) {
            stderr.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the browser was ended; nothing more to read
    }
    address.completeExceptionally(new IllegalStateException(
        "Chromium ended (exit " + (process.isAlive() ? "?" : process.exitValue()) + ") without a DevTools address; stderr: "
            + stderrTail()));
  }

  /** @return the last lines the browser wrote on standard error */
  public String stderrTail() {
    synchronized (stderr) {
      return String.join("\n", stderr);
    }
  }

  private void kill() {
    List<ProcessHandle> children = process.descendants().toList(); // before they lose their parent
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
      for (ProcessHandle child : children) {
        child.destroyForcibly();
      }
      for (ProcessHandle child : children) {
        child.onExit().get(5, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // a process that does not end in time is reported by the profile that cannot be deleted
    }
  }

  /** Ends the browser and all its processes, then deletes its profile. */
  @Override
  public void close() {
    try {
      if (cdp != null) {
        cdp.close();
      }
    } finally {
      kill();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down
      }
      delete(profile);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the browser's profile " + folder, e);
    }
  }
}
