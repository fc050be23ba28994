package org.assetbasedarea.aba.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads newline-delimited JSON (NDJSON), one document per line, holding one line in memory at a
 * time: a million-line file is read in constant memory. Lines end with {@code \n} (a preceding
 * {@code \r} is dropped). Blank lines (only spaces and tabs) are skipped but counted, so line
 * numbers match the file. A line longer than {@link ReadLimits#getMaxDocumentBytes()} (not
 * counting its line end) is answered with a {@code LIMIT_EXCEEDED} issue and ends the reading:
 * the stream is read no further than one 64 KiB chunk past the limit, so a stream without line
 * ends (such as {@code /dev/zero}) stops there instead of being read for ever.
 *
 * <p>Issue lines are lines of the file; columns are within the line. Obtain one from {@link
 * AbaJson#readLines(InputStream, DocumentType)}; not thread-safe.
 *
 * @param <T> the documents' Java type
 */
public final class NdjsonReader<T> implements Iterator<NdjsonReader.Line<T>>, Closeable {
  private final AbaJson json;
  private final InputStream in;
  private final DocumentType<T> type;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[65536];
  private int position;
  private int limit;
  private byte[] buffer = new byte[8192];
  private long lineNumber;
  private boolean endOfInput;
  private @Nullable Line<T> next;

  NdjsonReader(AbaJson json, InputStream in, DocumentType<T> type) {
    this.json = Objects.requireNonNull(json, "json");
    this.in = Objects.requireNonNull(in, "in");
    this.type = Objects.requireNonNull(type, "type");
    this.maxLineBytes = json.getLimits().getMaxDocumentBytes();
  }

  /**
   * @return true when another non-blank line remains
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  /**
   * @return the next non-blank line's result
   * @throws NoSuchElementException when no line remains
   * @throws UncheckedIOException when the stream cannot be read
   */
  @Override
  public Line<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    Line<T> line = Objects.requireNonNull(next, "hasNext() set next");
    next = null;
    return line;
  }

  /** @return the remaining lines as a sequential stream; closing it closes this reader */
  public Stream<Line<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeQuietly);
  }

  /** Closes the underlying stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable Line<T> advance() {
    try {
      while (!endOfInput) {
        int length = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        boolean endOfLine = false;
        while (!endOfLine) {
          if (position == limit) {
            limit = in.read(chunk, 0, chunk.length);
            position = 0;
            if (limit <= 0) {
              limit = 0;
              endOfInput = true;
              break;
            }
          }
          int newline = position;
          while (newline < limit && chunk[newline] != '\n') {
            newline++;
          }
          int count = newline - position;
          if (count > 0) {
            sawAny = true;
          }
          // One byte more than the limit is kept, so that a CRLF line of exactly the limit
          // (its \r dropped below) passes as its LF twin does.
          if ((long) count > (long) maxLineBytes + 1 - length) {
            // An overlong line ends the reading: finding where it ends could mean reading
            // without end (a stream of zeros), so nothing after it is read.
            tooLong = true;
            endOfInput = true;
            break;
          }
          if (count > 0) {
            if (length + count > buffer.length) {
              buffer = Arrays.copyOf(buffer,
                  (int) Math.min(Math.max((long) buffer.length * 2, length + count),
                      Math.min(maxLineBytes + 1L, Integer.MAX_VALUE - 8)));
            }
            System.arraycopy(chunk, position, buffer, length, count);
            length += count;
          }
          if (newline < limit) {
            endOfLine = true;
            sawAny = true;
            position = newline + 1;
          } else {
            position = limit;
          }
        }
        if (endOfInput && !sawAny) {
          return null;
        }
        lineNumber++;
        if (length > maxLineBytes && buffer[length - 1] != '\r') {
          tooLong = true;
        }
        if (tooLong) {
          endOfInput = true;
          return new Line<>(lineNumber, ReadResult.invalid(List.of(
              Issue.of("", IssueCode.LIMIT_EXCEEDED, "line is longer than the limit of "
                  + maxLineBytes + " bytes; reading stops here").atLocation(lineNumber, 1))));
        }
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        if (isBlank(length)) {
          continue;
        }
        byte[] text = Arrays.copyOf(buffer, length);
        return new Line<>(lineNumber, relocate(json.read(text, type), text));
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isBlank(int length) {
    for (int i = 0; i < length; i++) {
      if (buffer[i] != ' ' && buffer[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Issues at this line of the file. Within a line only a bare {@code \r} can break the text,
   * and the parser counts one as a line break: the issue's line and column then become a column
   * of this line (the byte after that {@code \r}, plus the column).
   */
  private ReadResult<T> relocate(ReadResult<T> result, byte[] text) {
    if (result.isValid()) {
      return result;
    }
    List<Integer> breaks = null;
    List<Issue> issues = new ArrayList<>(result.getIssues().size());
    for (Issue issue : result.getIssues()) {
      long line = issue.getLine().orElse(1);
      int column = issue.getColumn().orElse(1);
      if (line > 1) {
        if (breaks == null) {
          breaks = new ArrayList<>();
          for (int i = 0; i < text.length; i++) {
            if (text[i] == '\r') {
              breaks.add(i);
            }
          }
        }
        int after = line - 2 < breaks.size() ? breaks.get((int) (line - 2)) + 1 : 0;
        column = (int) Math.min(Integer.MAX_VALUE, (long) after + column);
      }
      issues.add(issue.atLocation(lineNumber, column));
    }
    return ReadResult.invalid(issues);
  }

  /**
   * One line of an NDJSON input: its 1-based number in the file and what reading it gave.
   *
   * @param <T> the document's Java type
   */
  public static final class Line<T> {
    private final long number;
    private final ReadResult<T> result;

    Line(long number, ReadResult<T> result) {
      this.number = number;
      this.result = result;
    }

    /** @return the 1-based line number in the input, counting blank lines */
    public long getNumber() {
      return number;
    }

    /** @return the document on this line, or its issues */
    public ReadResult<T> getResult() {
      return result;
    }

    @Override
    public String toString() {
      return "line " + number + ": " + result;
    }
  }
}
