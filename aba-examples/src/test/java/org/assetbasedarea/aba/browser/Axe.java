package org.assetbasedarea.aba.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * axe-core, Deque's accessibility engine, run in a page: the rules of WCAG 2.0, 2.1 and 2.2 at
 * levels A and AA. The script is {@code axe.min.js} from the class path (the root of the
 * {@code com.deque.html.axe-core:selenium} jar), put into the page with {@code Runtime.evaluate},
 * which the pages' Content-Security-Policy (no scripts) does not govern.
 */
public final class Axe {
  /** The rule tags run: WCAG 2.2 AA, which includes everything of A and AA before it. */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  /** Nodes listed per violation in a message (the JSON file beside the renderings has them all). */
  static final int NODES_SHOWN = 25;
  private static final String SOURCE = source();

  private Axe() {}

  /** One element that breaks a rule. */
  public record Node(String target, String html, String summary) {}

  /** A rule broken on a page, with every element that breaks it. */
  public record Violation(String id, String impact, String help, String helpUrl, List<String> tags, List<Node> nodes) {}

  /**
   * What axe found.
   *
   * @param version the axe-core version that ran
   * @param passes how many rules passed (more than zero, or axe did not really run)
   * @param violations the rules broken
   * @param incomplete the rules axe could not decide (for a person to check; not failures)
   * @param json the whole answer, for a file beside the renderings
   */
  public record Result(String version, int passes, List<Violation> violations, List<String> incomplete, JsonNode json) {}

  private static String source() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the class path"
            + " (test dependency com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the version named in the script's first line, such as {@code 4.11.1} */
  public static String bundledVersion() {
    String first = SOURCE.lines().findFirst().orElse("");
    return first.replaceFirst("^/\\*! axe v(\\S+).*$", "$1");
  }

  /**
   * Runs axe on the page the tab shows (injecting it first if the page does not have it yet).
   *
   * @param tab a loaded page
   * @return the result
   */
  public static Result run(Tab tab) {
    if (!tab.evaluate("typeof window.axe === 'object'").asBoolean()) {
      tab.evaluate(SOURCE + "\n;true");
    }
    String tags = String.join("','", TAGS);
    JsonNode json = tab.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['" + tags + "']},"
        + " resultTypes: ['violations']}).then(r => ({"
        + "version: r.testEngine.version,"
        + "passes: r.passes.length,"
        + "incomplete: r.incomplete.map(v => v.id),"
        + "violations: r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,"
        + "  helpUrl: v.helpUrl, tags: v.tags,"
        + "  nodes: v.nodes.map(n => ({"
        + "    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(', '),"
        + "    html: n.html, summary: n.failureSummary || ''}))}))}))");
    List<Violation> violations = new ArrayList<>();
    for (JsonNode v : json.get("violations")) {
      List<Node> nodes = new ArrayList<>();
      for (JsonNode n : v.get("nodes")) {
        nodes.add(new Node(n.get("target").asString(), n.get("html").asString(), n.get("summary").asString()));
      }
      List<String> ruleTags = new ArrayList<>();
      v.get("tags").forEach(t -> ruleTags.add(t.asString()));
      violations.add(new Violation(v.get("id").asString(), v.get("impact").asString(), v.get("help").asString(),
          v.get("helpUrl").asString(), ruleTags, nodes));
    }
    List<String> incomplete = new ArrayList<>();
    json.get("incomplete").forEach(i -> incomplete.add(i.asString()));
    return new Result(json.get("version").asString(), json.get("passes").asInt(), violations, incomplete, json);
  }

  /**
   * The violations as a reader can fix them: each rule with its impact, what it asks and the WCAG
   * criteria, then each element's selector, HTML and what is wrong with it.
   *
   * @param violations the violations
   * @return the description, empty when there are none
   */
  public static String describe(List<Violation> violations) {
    StringBuilder s = new StringBuilder();
    for (Violation v : violations) {
      s.append("- ").append(v.id()).append(" (").append(v.impact()).append(", ").append(v.nodes().size())
          .append(v.nodes().size() == 1 ? " element" : " elements").append("): ").append(v.help())
          .append(" [").append(String.join(" ", v.tags().stream().filter(t -> t.startsWith("wcag")).toList()))
          .append("] ").append(v.helpUrl()).append('\n');
      int shown = 0;
      for (Node n : v.nodes()) {
        if (shown++ == NODES_SHOWN) {
          s.append("    ... and ").append(v.nodes().size() - NODES_SHOWN).append(" more elements\n");
          break;
        }
        s.append("    at ").append(n.target()).append("\n      ").append(Text.snippet(n.html(), 240)).append('\n');
        for (String line : n.summary().split("\n")) {
          if (!line.isBlank()) {
            s.append("      ").append(line.strip()).append('\n');
          }
        }
      }
    }
    return s.toString();
  }
}
