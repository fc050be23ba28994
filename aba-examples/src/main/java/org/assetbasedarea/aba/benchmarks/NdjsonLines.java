package org.assetbasedarea.aba.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.assetbasedarea.aba.json.AbaJson;

/**
 * A stream of NDJSON lines: typical assessments (64 distinct ones, repeated) generated on the fly,
 * so a million-line input needs no multi-gigabyte file. Used as an {@link InputStream} inside the
 * benchmarks, and as a main that writes the lines to standard output for piping into {@code aba
 * score --ndjson -}.
 */
public final class NdjsonLines extends InputStream {
  /** How many distinct assessments the stream cycles through. */
  static final int DISTINCT = 64;

  private final byte[][] lines;
  private final long count;
  private long served;
  private byte[] current = new byte[0];
  private int position;

  /**
   * A stream of lines.
   *
   * @param count how many lines in all
   */
  public NdjsonLines(long count) {
    this.lines = lines();
    this.count = count;
  }

  /** @return the distinct lines, each ending with {@code \n} */
  static byte[][] lines() {
    byte[][] lines = new byte[DISTINCT][];
    for (int i = 0; i < DISTINCT; i++) {
      byte[] json = AbaJson.standard().write(Documents.typicalAssessment(20261125L + i));
      lines[i] = Arrays.copyOf(json, json.length + 1);
      lines[i][json.length] = '\n';
    }
    return lines;
  }

  private boolean advance() {
    if (position < current.length) {
      return true;
    }
    if (served == count) {
      return false;
    }
    current = lines[(int) (served++ % DISTINCT)];
    position = 0;
    return true;
  }

  @Override
  public int read() {
    return advance() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int copied = 0;
    while (copied < length && advance()) {
      int n = Math.min(length - copied, current.length - position);
      System.arraycopy(current, position, buffer, offset + copied, n);
      position += n;
      copied += n;
    }
    return copied == 0 ? -1 : copied;
  }

  /**
   * Writes lines to standard output.
   *
   * @param args the number of lines (default 1,000,000)
   * @throws IOException when standard output cannot be written
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    OutputStream out = new BufferedOutputStream(System.out, 1 << 16); // flushed, never closed
    try (InputStream in = new NdjsonLines(count)) {
      in.transferTo(out);
    } finally {
      out.flush();
    }
  }
}
