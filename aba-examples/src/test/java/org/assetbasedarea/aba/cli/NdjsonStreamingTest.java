package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.junit.jupiter.api.Test;

/** {@code score --ndjson} streams: it writes reports while the input is still being produced. */
class NdjsonStreamingTest {
  /** Produces {@code total} NDJSON lines on demand, every tenth one broken, counting what was read. */
  static final class Lines extends InputStream {
    final byte[] valid;
    final byte[] broken = "{\"schemaVersion\": 1, oops\n".getBytes(StandardCharsets.UTF_8);
    final int total;
    int produced;
    byte[] current = new byte[0];
    int position;

    Lines(String line, int total) {
      this.valid = (line + "\n").getBytes(StandardCharsets.UTF_8);
      this.total = total;
    }

    @Override
    public int read() {
      if (position == current.length) {
        if (produced == total) {
          return -1;
        }
        produced++;
        current = produced % 10 == 0 ? broken : valid;
        position = 0;
      }
      return current[position++] & 0xff;
    }
  }

  /** Counts output lines without keeping them, and notes how much input was read at the first. */
  static final class Counting extends Writer {
    final Lines input;
    long lines;
    long invalid;
    int producedAtFirstLine = -1;
    final StringBuilder line = new StringBuilder();

    Counting(Lines input) {
      this.input = input;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          if (producedAtFirstLine < 0) {
            producedAtFirstLine = input.produced;
          }
          lines++;
          if (line.indexOf("\"valid\":false") >= 0) {
            invalid++;
          }
          line.setLength(0);
        } else if (line.length() < 64) {
          line.append(buffer[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void scoreNdjson_writesBeforeInputEnds_andAnswersEveryLine() throws Exception {
    String sample = new String(DemoCommand.resource("brackenford-2026.json"), StandardCharsets.UTF_8);
    String line = AbaJson.standard().writeString(
        AbaJson.standard().read(sample, DocumentType.ASSESSMENT).getDocument().orElseThrow());
    Lines input = new Lines(line, 2_000);
    Counting out = new Counting(input);
    StringWriter err = new StringWriter();
    int code = Aba.execute(new Aba(input, false, JsonDocuments::new), new PrintWriter(out), new PrintWriter(err),
        "score", "--ndjson", "-");
    assertThat(code).isEqualTo(1);
    assertThat(out.lines).isEqualTo(2_000);
    assertThat(out.invalid).isEqualTo(200);
    assertThat(err.toString()).isEqualTo("aba score: 200 of 2000 lines are not valid assessments\n");
    // The first report was written after reading a few lines, not the whole input.
    assertThat(out.producedAtFirstLine).isBetween(1, 100);
  }
}
