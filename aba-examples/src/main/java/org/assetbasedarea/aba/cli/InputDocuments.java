package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
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
   */
  record Item(Sources.Source source, long line, @Nullable Loaded<Documents.Document> result,
      @Nullable String problem) {
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
  private @Nullable Iterator<Documents.Line> lines;
  private long linesRead;
  private @Nullable Item next;

  InputDocuments(Documents documents, InputStream stdin, List<Sources.Source> sources) {
    this.documents = documents;
    this.stdin = stdin;
    this.sources = sources.iterator();
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
            Documents.Line line = lines.next();
            linesRead++;
            Loaded<Documents.Document> result = line.result().isValid()
                ? Loaded.valid(new Documents.Document(Documents.Kind.ASSESSMENT,
                    line.result().document().orElseThrow()))
                : Loaded.invalid(line.result().issues());
            return new Item(source, line.number(), result, null);
          }
        } catch (UncheckedIOException e) {
          IOException cause = Objects.requireNonNull(e.getCause());
          closeCurrent();
          return new Item(source, 0, null,
              Inputs.describe(cause) + " after " + linesRead + " lines");
        }
        closeCurrent();
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
        lines = documents.readAssessmentLines(open);
        continue;
      }
      try (InputStream in = open(source)) {
        byte[] bytes = in.readNBytes(Inputs.MAX_BYTES + 1);
        bytesBefore += bytes.length;
        return new Item(source, 0, documents.read(bytes), null);
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
