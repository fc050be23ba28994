package org.assetbasedarea.aba.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.assetbasedarea.aba.json.ReadLimits;

/** Reading the files named on the command line, with errors a user can act on. */
final class Inputs {
  /**
   * Inputs are read up to the JSON reader's own document limit (plus one byte, so that the reader
   * reports a larger input as {@code LIMIT_EXCEEDED}); reading more would only cost memory.
   */
  static final int MAX_BYTES = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  private Inputs() {}

  /** The bytes of a file, or of standard input for {@code -}, at most {@link #MAX_BYTES} + 1. */
  static byte[] read(String file, InputStream stdin) {
    try (InputStream in = open(file, stdin)) {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UserException(file + ": " + describe(e));
    }
  }

  /** A stream over a file, or standard input (not closed by closing the result) for {@code -}. */
  static InputStream open(String file, InputStream stdin) {
    if ("-".equals(file)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new UserException(file + ": is a directory, not a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UserException(file + ": " + describe(e));
    }
  }

  /** The size of a file in bytes, or -1 for standard input or when unknown. */
  static long size(String file) {
    if ("-".equals(file)) {
      return -1;
    }
    try {
      return Files.size(Path.of(file));
    } catch (IOException e) {
      return -1;
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot be read (" + e.getClass().getSimpleName() + ")";
  }

  /** Counts the bytes read through it, for the progress bar. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }
}
