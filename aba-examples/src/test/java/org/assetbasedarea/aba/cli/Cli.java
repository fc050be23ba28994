package org.assetbasedarea.aba.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;
import org.assetbasedarea.aba.scoring.Scorer;

/** Runs the tool in-process with captured standard output and error. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(Supplier<Documents> documents, InputStream stdin, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Aba.execute(new Aba(stdin, terminal, documents), new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs the tool with its own scorer (and framework registry) and clock. */
  static Cli run(Supplier<Documents> documents, Supplier<Scorer> scorer, Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Aba.execute(new Aba(stdin(""), false, documents, scorer, clock), new PrintWriter(out),
        new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs a command that must not touch JSON at all (it fails the test if it does). */
  static Cli withoutJson(String... args) {
    return run(() -> {
      throw new AssertionError("this command must not build the JSON reader");
    }, new ByteArrayInputStream(new byte[0]), false, args);
  }

  static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
