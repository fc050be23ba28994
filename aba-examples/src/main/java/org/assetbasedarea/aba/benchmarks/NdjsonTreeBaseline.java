package org.assetbasedarea.aba.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Budget 2's floor as a process: one thread reading every NDJSON line of standard input as a
 * Jackson 3 tree, as {@link NdjsonBenchmark#baseline_jacksonReadTreePerLine} does in-process.
 * Time it against {@code aba score --ndjson -} on the same input:
 * {@code java -cp benchmarks.jar org.assetbasedarea.aba.benchmarks.NdjsonLines 1000000 | java
 * -Xmx128m -cp benchmarks.jar org.assetbasedarea.aba.benchmarks.NdjsonTreeBaseline}.
 */
public final class NdjsonTreeBaseline {
  private NdjsonTreeBaseline() {}

  /**
   * Reads standard input and prints how many trees it read (so none is optimised away).
   *
   * @param args none
   * @throws IOException when standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    long trees = 0;
    long fields = 0;
    InputStream in = new BufferedInputStream(System.in, 1 << 16);
    try (MappingIterator<JsonNode> values = JsonMapper.builder().build().readerFor(JsonNode.class)
        .readValues(in)) {
      while (values.hasNext()) {
        fields += values.next().size();
        trees++;
      }
    }
    System.out.println(trees + " trees, " + fields + " top-level fields");
  }
}
