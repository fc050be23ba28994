package org.assetbasedarea.aba.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chrome DevTools Protocol connection over one WebSocket, with the JDK's client and Jackson only:
 * commands carry an id and get their answer within {@link #TIMEOUT}; events are awaited by method
 * and session (sessions are flattened onto this one socket).
 */
public final class Cdp implements AutoCloseable {
  /** The most any command or awaited event may take; nothing waits longer, so no test hangs. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
  private final Object sending = new Object();

  private record Pending(String method, CompletableFuture<JsonNode> answer) {}

  private record Waiter(String session, String method, CompletableFuture<JsonNode> event) {}

  private Cdp(Receiver receiver, URI url) throws Exception {
    receiver.owner = this;
    this.socket = await(HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder()
        .connectTimeout(TIMEOUT).buildAsync(url, receiver), "connecting to " + url);
  }

  /**
   * Connects to a browser's DevTools WebSocket.
   *
   * @param url the {@code ws://} address the browser printed
   * @return the connection
   * @throws Exception when it cannot connect within {@link #TIMEOUT}
   */
  public static Cdp connect(URI url) throws Exception {
    return new Cdp(new Receiver(), url);
  }

  /**
   * A JSON object from keys and values, for command parameters.
   *
   * @param keysAndValues key, value, key, value...: strings, numbers, booleans, lists, maps or JSON
   * @return the object
   */
  public static ObjectNode params(Object... keysAndValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    return node;
  }

  /**
   * Sends a command and waits for its result.
   *
   * @param session the session id of an attached target, or "" for the browser itself
   * @param method the command, such as {@code Page.navigate}
   * @param params its parameters
   * @return the command's result
   * @throws CdpException when the browser answers with an error, does not answer within {@link
   *     #TIMEOUT}, or the connection is lost
   */
  public JsonNode send(String session, String method, ObjectNode params) {
    long id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params);
    if (!session.isEmpty()) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, new Pending(method, answer));
    try {
      synchronized (sending) {
        await(socket.sendText(JSON.writeValueAsString(message), true), "sending " + method);
      }
      return await(answer, method);
    } finally {
      pending.remove(id);
    }
  }

  /**
   * Starts waiting for an event; register before sending the command that causes it.
   *
   * @param session the session id the event comes from
   * @param method the event, such as {@code Page.loadEventFired}
   * @return the event's parameters, once it comes
   */
  public CompletableFuture<JsonNode> on(String session, String method) {
    Waiter waiter = new Waiter(session, method, new CompletableFuture<>());
    waiters.add(waiter);
    return waiter.event;
  }

  /**
   * Waits for a future within {@link #TIMEOUT}.
   *
   * @param <T> what it gives
   * @param future the future
   * @param what what is awaited, for the message
   * @return its value
   * @throws CdpException when it fails, or does not complete in time
   */
  public static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(false);
      throw new CdpException(what + ": no answer within " + TIMEOUT.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new CdpException(what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CdpException(what + ": interrupted", e);
    }
  }

  private void received(String text) {
    JsonNode message = JSON.readTree(text);
    if (message.has("id")) {
      Pending answer = pending.get(message.get("id").asLong());
      if (answer == null) {
        return;
      }
      if (message.has("error")) {
        answer.answer.completeExceptionally(new CdpException(answer.method + " failed: " + message.get("error")));
      } else {
        answer.answer.complete(message.path("result"));
      }
      return;
    }
    String method = message.path("method").asString("");
    String session = message.path("sessionId").asString("");
    JsonNode params = message.path("params");
    waiters.removeIf(waiter -> {
      if (!waiter.method.equals(method) || !waiter.session.equals(session)) {
        return false;
      }
      waiter.event.complete(params); // false when its waiting timed out: it goes all the same
      return true;
    });
  }

  private void lost(Throwable reason) {
    for (Pending answer : pending.values()) {
      answer.answer.completeExceptionally(reason);
    }
    for (Waiter waiter : waiters) {
      waiter.event.completeExceptionally(reason);
    }
    waiters.clear();
  }

  @Override
  public void close() {
    socket.abort();
    lost(new CdpException("the connection was closed"));
  }

  /** Puts the parts of each text message together and hands the whole to the connection. */
  private static final class Receiver implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private volatile Cdp owner;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String whole = text.toString();
        text.setLength(0);
        owner.received(whole);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      owner.lost(new CdpException("the browser closed the connection (" + statusCode + " " + reason + ")"));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      owner.lost(new CdpException("the connection failed: " + error, error));
    }
  }

  /** A command that failed, timed out or lost its connection. */
  public static final class CdpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CdpException(String message) {
      super(message);
    }

    CdpException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
