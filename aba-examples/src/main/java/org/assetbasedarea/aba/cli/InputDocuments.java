package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every document of some {@link Sources.Source}s, read lazily and in order: a whole file is one
 * document, an NDJSON file one assessment per line (one line in memory at a time). A file that
 * cannot be read, or fails midway, gives an item with its problem and reading goes on with the
 * next file. Close it to release a file left half read.
 */
final class InputDocuments implements Iterator<InputDocuments.Item>, AutoCloseable {
  /**
   * What one document gave.
   *
   * @param source the file it came from
   * @param line its 1-based line in an NDJSON file, or 0 for a whole file
   * @param result the document or its issues; null exactly when there is a problem
   * @param problem why the file (or the rest of it) could not be read, or null
   * @param prepared what {@link #prepare}'s function made of it, or null
   */
  record Item(Sources.Source source, long line, @Nullable Loaded<Documents.Document> result,
      @Nullable String problem, @Nullable Object prepared) {
    Item(Sources.Source source, long line, @Nullable Loaded<Documents.Document> result,
        @Nullable String problem) {
      this(source, line, result, problem, null);
    }

    /** This item with what was made of it. */
    Item prepared(Object what) {
      return new Item(source, line, result, problem, what);
    }

    /** The file, with the line of an NDJSON file: {@code in.ndjson:12}. */
    String where() {
      return line == 0 ? source.name() : source.name() + ":" + line;
    }

    /** The message of a problem, as {@code FILE: problem}. */
    String problemMessage() {
      return source.name() + ": " + problem;
    }
  }

  private final Documents documents;
  private final InputStream stdin;
  private final Iterator<Sources.Source> sources;
  private Sources.@Nullable Source current;
  private Inputs.@Nullable Counting open;
  private long bytesBefore;
  private Documents.@Nullable Lines<Item> lines;
  private long linesRead;
  private @Nullable Item next;
  private BiConsumer<Sources.Source, Long> onLinesEnd = (source, lines) -> { };
  private int threads = 1;
  private Function<Item, Item> prepare = item -> item;

  InputDocuments(Documents documents, InputStream stdin, List<Sources.Source> sources) {
    this.documents = documents;
    this.stdin = stdin;
    this.sources = sources.iterator();
  }

  /**
   * Calls {@code action} with each NDJSON file and its number of lines when it has been read to
   * its end (before the next item, or the end, is returned), including a file of no lines.
   */
  InputDocuments onLinesEnd(BiConsumer<Sources.Source, Long> action) {
    onLinesEnd = action;
    return this;
  }

  /**
   * Passes each document that was read (not a problem) through {@code prepare} before it is
   * returned: the lines of an NDJSON file on {@code threads} worker threads, in a bounded window
   * ({@link Documents#readAssessmentLines}), a whole file on the calling thread. Items still come
   * in input order, and an exception {@code prepare} throws comes out of {@link #hasNext()} in
   * its item's turn.
   */
  InputDocuments prepare(int threads, Function<Item, Item> prepare) {
    this.threads = threads;
    this.prepare = prepare;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = Objects.requireNonNull(next);
    next = null;
    return item;
  }

  private @Nullable Item advance() {
    while (true) {
      if (lines != null) {
        Sources.Source source = Objects.requireNonNull(current);
        try {
          if (lines.hasNext()) {
            linesRead++;
            return lines.next();
          }
        } catch (UncheckedIOException e) {
          IOException cause = Objects.requireNonNull(e.getCause());
          closeCurrent();
          return new Item(source, 0, null,
              Inputs.describe(cause) + " after " + linesRead + " lines");
        }
        closeCurrent();
        onLinesEnd.accept(source, linesRead);
      }
      if (!sources.hasNext()) {
        return null;
      }
      Sources.Source source = sources.next();
      if (source.problem() != null) {
        return new Item(source, 0, null, source.problem());
      }
      if (source.lines()) {
        try {
          open = new Inputs.Counting(open(source));
        } catch (IOException e) {
          return new Item(source, 0, null, Inputs.describe(e));
        }
        current = source;
        linesRead = 0;
        Function<Item, Item> each = prepare;
        lines = documents.readAssessmentLines(open, threads, line -> each.apply(new Item(source,
            line.number(), line.result().isValid()
                ? Loaded.valid(new Documents.Document(Documents.Kind.ASSESSMENT,
                    line.result().document().orElseThrow()))
                : Loaded.invalid(line.result().issues()), null)));
        continue;
      }
      try (InputStream in = open(source)) {
        byte[] bytes = in.readNBytes(Inputs.MAX_BYTES + 1);
        bytesBefore += bytes.length;
        return prepare.apply(new Item(source, 0, documents.read(bytes), null));
      } catch (IOException e) {
        return new Item(source, 0, null, Inputs.describe(e));
      }
    }
  }

  private InputStream open(Sources.Source source) throws IOException {
    if (source.isStdin()) {
      return Inputs.open("-", stdin);
    }
    return Files.newInputStream(Objects.requireNonNull(source.path()));
  }

  /** The bytes read so far, for a progress bar. */
  long bytesRead() {
    Inputs.Counting in = open;
    return bytesBefore + (in == null ? 0 : in.count());
  }

  private void closeCurrent() {
    Inputs.Counting in = open;
    if (in != null) {
      bytesBefore += in.count();
    }
    Documents.Lines<Item> reading = lines;
    if (reading != null) {
      reading.close(); // stops its workers (and closes the stream, closed below again for sure)
    }
    open = null;
    lines = null;
    current = null;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // read to its end or abandoned: nothing was written through it
      }
    }
  }

  @Override
  public void close() {
    closeCurrent();
  }
}
