package org.assetbasedarea.aba.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Whether a page fits the width of its viewport: the document is no wider than the viewport and
 * no element's box reaches past its right edge (inside a scrolling box or not: on a phone, nothing
 * should need sideways scrolling).
 */
public final class Overflow {
  private Overflow() {}

  /**
   * An element whose box ends past the right edge.
   *
   * @param path where it is: tag, id and classes of it and of up to three ancestors
   * @param text the start of its text
   * @param left its left edge, CSS pixels
   * @param right its right edge, CSS pixels
   * @param width its width, CSS pixels
   * @param inside how many of its descendants also reach past the edge
   */
  public record Element(String path, String text, double left, double right, double width, int inside) {}

  /**
   * What was measured.
   *
   * @param width the viewport width checked against
   * @param scrollWidth the document's width ({@code document.documentElement.scrollWidth})
   * @param total how many elements reach past the edge
   * @param outermost those of them whose parent does not (each listed once, with the count of its
   *     descendants that also do)
   */
  public record Result(int width, int scrollWidth, int total, List<Element> outermost) {
    /** @return true when nothing reaches past the edge */
    public boolean fits() {
      return scrollWidth <= width && total == 0;
    }

    /** @return what overflows, one line each, empty when the page fits */
    public String describe() {
      StringBuilder s = new StringBuilder();
      if (scrollWidth > width) {
        s.append("- the document is ").append(scrollWidth).append(" px wide, wider than the ").append(width)
            .append(" px viewport\n");
      }
      if (total > 0) {
        s.append("- ").append(total).append(total == 1 ? " element reaches" : " elements reach")
            .append(" past the right edge (x = ").append(width).append("); the outermost of them:\n");
        for (Element e : outermost) {
          s.append(String.format(Locale.ROOT, "    %s: x %.1f to %.1f (%.1f px wide)%s%n      \"%s\"%n",
              e.path(), e.left(), e.right(), e.width(),
              e.inside() > 0 ? ", with " + e.inside() + " elements inside it past the edge too" : "",
              e.text()));
        }
      }
      return s.toString();
    }
  }

  /**
   * Measures the page a tab shows.
   *
   * @param tab a loaded page, at the viewport width to check
   * @param width the viewport width, CSS pixels
   * @return the measurement
   */
  public static Result measure(Tab tab, int width) {
    JsonNode json = tab.evaluate("(() => {"
        // the layout viewport: narrower than the window by a scroll bar on a desktop
        + "const limit = Math.min(" + width + ", document.documentElement.clientWidth);"
        + "const all = [document.body, ...document.body.querySelectorAll('*')];"
        + "const past = new Set(all.filter(e => e.getBoundingClientRect().right > limit));"
        + "const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
        + "  + (e.getAttribute('class') || '').trim().split(/\\s+/).filter(c => c).map(c => '.' + c).join('');"
        + "const path = e => { const parts = [name(e)]; let p = e.parentElement;"
        + "  while (p && parts.length < 4 && !/#/.test(parts[0]) && p !== document.documentElement) {"
        + "    parts.unshift(name(p)); p = p.parentElement; }"
        + "  return parts.join(' > '); };"
        + "const inside = e => [...e.querySelectorAll('*')].filter(d => past.has(d)).length;"
        + "return { limit: limit, scrollWidth: document.documentElement.scrollWidth, total: past.size,"
        + "  outermost: all.filter(e => past.has(e) && !past.has(e.parentElement)).map(e => {"
        + "    const r = e.getBoundingClientRect();"
        + "    return { path: path(e), text: (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80),"
        + "      left: r.left, right: r.right, width: r.width, inside: inside(e) }; }) };"
        + "})()");
    List<Element> outermost = new ArrayList<>();
    for (JsonNode e : json.get("outermost")) {
      outermost.add(new Element(e.get("path").asString(), e.get("text").asString(), e.get("left").asDouble(),
          e.get("right").asDouble(), e.get("width").asDouble(), e.get("inside").asInt()));
    }
    return new Result(json.get("limit").asInt(), json.get("scrollWidth").asInt(), json.get("total").asInt(), outermost);
  }
}
