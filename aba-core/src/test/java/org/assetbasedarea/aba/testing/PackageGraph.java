package org.assetbasedarea.aba.testing;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package dependency graph of compiled classes, read with the JDK's {@code jdeps} (the same
 * references the class files hold), and its cycles.
 */
public final class PackageGraph {
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

  private final Map<String, Set<String>> edges;

  private PackageGraph(Map<String, Set<String>> edges) {
    this.edges = edges;
  }

  /**
   * Reads the graph of the classes in the folder or jar that holds {@code anyClass}, keeping only
   * packages whose name starts with {@code prefix}.
   */
  public static PackageGraph of(Class<?> anyClass, String prefix) {
    Path location;
    try {
      location = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ToolProvider jdeps = ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new IllegalStateException("jdeps is not in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The classes form a named module: jdeps resolves its requires from the test's own jars.
    String modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .collect(Collectors.joining(File.pathSeparator));
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err),
        "--module-path", modulePath, "-verbose:package", location.toString());
    if (exit != 0) {
      throw new IllegalStateException("jdeps failed: " + err);
    }
    Map<String, Set<String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.find() && edge.group(1).startsWith(prefix) && edge.group(2).startsWith(prefix)
          && !edge.group(1).equals(edge.group(2))) {
        edges.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
      }
    }
    return new PackageGraph(edges);
  }

  /** A graph from explicit edges, {@code "a -> b"}: for testing the cycle search itself. */
  public static PackageGraph ofEdges(String... edges) {
    Map<String, Set<String>> map = new TreeMap<>();
    for (String edge : edges) {
      String[] ends = edge.split("\\s*->\\s*");
      map.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
    }
    return new PackageGraph(map);
  }

  /** @return every package that depends on another, with what it depends on */
  public Map<String, Set<String>> edges() {
    return edges;
  }

  /**
   * The strongly connected components with more than one package (Tarjan's algorithm): each is a
   * cycle, or several sharing packages. Empty when the graph is acyclic.
   */
  public List<Set<String>> cycles() {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> cycles = new ArrayList<>();
    Set<String> nodes = new TreeSet<>(edges.keySet());
    edges.values().forEach(nodes::addAll);
    for (String node : nodes) {
      if (!index.containsKey(node)) {
        connect(node, index, low, stack, onStack, cycles);
      }
    }
    return cycles;
  }

  private void connect(String node, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> cycles) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : edges.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, index, low, stack, onStack, cycles);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }
}
