package org.assetbasedarea.aba.browser;

import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** One browser tab, attached as a flattened session: viewport, loading, scripts, pictures, print. */
public final class Tab {
  private final Cdp cdp;
  private final String session;

  Tab(Cdp cdp, String session) {
    this.cdp = cdp;
    this.session = session;
    send("Page.enable");
    send("Runtime.enable");
  }

  private JsonNode send(String method, Object... params) {
    return cdp.send(session, method, Cdp.params(params));
  }

  /**
   * Emulates a screen: the page is laid out at this width, as on a device of that size.
   *
   * @param width CSS pixels
   * @param height CSS pixels
   * @param scale device pixels per CSS pixel
   * @param mobile whether to emulate a phone (the viewport meta counts, scrollbars overlay)
   */
  public void viewport(int width, int height, double scale, boolean mobile) {
    send("Emulation.setDeviceMetricsOverride", "width", width, "height", height,
        "deviceScaleFactor", scale, "mobile", mobile);
  }

  /**
   * Opens a file and waits for its load event and its fonts.
   *
   * @param file an HTML file
   * @throws Cdp.CdpException when the browser cannot open it or it does not load in time
   */
  public void open(Path file) {
    String url = file.toAbsolutePath().toUri().toString();
    CompletableFuture<JsonNode> loaded = cdp.on(session, "Page.loadEventFired");
    JsonNode navigated = send("Page.navigate", "url", url);
    if (navigated.has("errorText")) {
      throw new Cdp.CdpException("cannot open " + url + ": " + navigated.get("errorText").asString());
    }
    Cdp.await(loaded, "loading " + url);
    evaluate("document.fonts.ready.then(() => true)");
  }

  /**
   * Evaluates a script in the page, waits for its promise if it gives one, and returns its value.
   *
   * @param expression JavaScript
   * @return the value, as JSON
   * @throws Cdp.CdpException when the script throws (with the exception's description)
   */
  public JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate", "expression", expression, "awaitPromise", true,
        "returnByValue", true);
    if (result.has("exceptionDetails")) {
      JsonNode details = result.get("exceptionDetails");
      throw new Cdp.CdpException("script failed: " + details.path("exception").path("description")
          .asString(details.path("text").asString("")));
    }
    return result.path("result").path("value");
  }

  /**
   * A picture of the whole page, not only of what the viewport shows.
   *
   * @return PNG bytes
   */
  public byte[] screenshot() {
    JsonNode size = send("Page.getLayoutMetrics").get("cssContentSize");
    double width = Math.ceil(size.get("width").asDouble());
    double height = Math.ceil(size.get("height").asDouble());
    JsonNode shot = send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true,
        "clip", Cdp.params("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
    return Base64.getDecoder().decode(shot.get("data").asString());
  }

  /**
   * Prints the page as Chromium's print dialog would, with the page size its print style sheet
   * asks for ({@code @page size}) and backgrounds.
   *
   * @return PDF bytes
   */
  public byte[] print() {
    JsonNode pdf = send("Page.printToPDF", "preferCSSPageSize", true, "printBackground", true);
    return Base64.getDecoder().decode(pdf.get("data").asString());
  }
}
