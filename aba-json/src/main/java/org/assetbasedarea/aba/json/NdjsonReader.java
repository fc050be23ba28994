package org.assetbasedarea.aba.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
  /** Text in flight beyond which {@link #map} splits no further line until answers are taken. */
  private static final long MAX_BYTES_IN_FLIGHT = 1 << 20;
  /** How long an idle worker waits for another line before it ends. */
  private static final long KEEP_ALIVE_SECONDS = 5;
  /** Numbers the worker pools, for the threads' names. */
  private static final AtomicInteger POOLS = new AtomicInteger();

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
    Split<T> split = split();
    return split == null ? null : read(split);
  }

  /** A line's answer: read on whichever thread calls this (the reader's state is not touched). */
  private Line<T> read(Split<T> split) {
    if (split.done != null) {
      return split.done;
    }
    byte[] text = Objects.requireNonNull(split.text, "a line either has its text or its answer");
    return new Line<>(split.number, relocate(json.read(text, type), text, split.number));
  }

  /**
   * The next non-blank line, split from the input but not read: its text, or (a line over the
   * limit) its answer already. This is the only step that reads the stream and the only one that
   * must run in order.
   */
  private @Nullable Split<T> split() {
    if (next != null) {
      Line<T> pending = next;
      next = null;
      return new Split<>(pending.getNumber(), null, pending);
    }
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
          return new Split<>(lineNumber, null, new Line<>(lineNumber, ReadResult.invalid(List.of(
              Issue.of("", IssueCode.LIMIT_EXCEEDED, "line is longer than the limit of "
                  + maxLineBytes + " bytes; reading stops here").atLocation(lineNumber, 1)))));
        }
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        if (isBlank(length)) {
          continue;
        }
        return new Split<>(lineNumber, Arrays.copyOf(buffer, length), null);
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
  private static <T> ReadResult<T> relocate(ReadResult<T> result, byte[] text, long lineNumber) {
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
   * Reads the remaining lines on several threads and answers {@code work}'s result for each, in
   * the order of the input. The thread that calls {@link Mapped#hasNext()} only splits the input
   * into lines (it alone touches the stream); each line is then read, validated and given to
   * {@code work} on one of {@code threads} worker threads, so the work for a line can be
   * everything done with it (scoring it and writing its answer, say), and the caller only writes
   * the answers out. A line gives the same {@link Line} as {@link #next()} would: the same limits,
   * line numbers, issues and the same stop after a line over the limit.
   *
   * <p>Memory stays bounded: at most {@code 8 * threads} lines, and no more than about 1 MiB of
   * their text plus one line, are in flight at a time. When reading the stream fails, every line
   * before the failure is answered first, then {@link Mapped#hasNext()} throws the {@link
   * UncheckedIOException}. When {@code work} (or reading a line) throws a {@link RuntimeException}
   * or an {@link Error}, the caller gets that same exception, in its line's turn, and the lines
   * after it are abandoned (asking for more throws an {@link IllegalStateException}). With {@code
   * threads} 1 no thread is started: each line is read and worked on by the caller, in turn.
   * Workers are daemon threads, started as lines come and stopped at the end of the input, on
   * {@link Mapped#close()} (which also closes this reader) or after a failure is thrown.
   *
   * <pre>{@code
   * try (NdjsonReader<Assessment>.Mapped<byte[]> reports = json.readLines(in, DocumentType.ASSESSMENT)
   *     .map(Runtime.getRuntime().availableProcessors(), line -> line.getResult().isValid()
   *         ? json.write(scorer.score(line.getResult().getDocument().orElseThrow()))
   *         : json.write(line.getResult().getIssues().get(0)))) {
   *   while (reports.hasNext()) {
   *     out.write(reports.next());
   *     out.write('\n');
   *   }
   * }
   * }</pre>
   *
   * @param threads how many worker threads, at least 1
   * @param work what to make of each line, called on a worker thread; it must be thread-safe and
   *     must not return null
   * @param <R> what each line gives
   * @return the answers, in input order; close it when done
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public <R> Mapped<R> map(int threads, Function<? super Line<T>, ? extends R> work) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new Mapped<>(threads, Objects.requireNonNull(work, "work"));
  }

  /** A line split from the input: its number and text, or (over the limit) its answer. */
  private static final class Split<T> {
    final long number;
    final byte @Nullable [] text;
    final @Nullable Line<T> done;

    Split(long number, byte @Nullable [] text, @Nullable Line<T> done) {
      this.number = number;
      this.text = text;
      this.done = done;
    }

    int size() {
      return text == null ? 0 : text.length;
    }
  }

  /**
   * The answers of {@link #map}, in input order. Not thread-safe: one thread reads it.
   *
   * @param <R> what each line gives
   */
  public final class Mapped<R> implements Iterator<R>, Closeable {
    private final int threads;
    private final int maxLines;
    private final Function<? super Line<T>, ? extends R> work;
    private final ArrayDeque<FutureTask<R>> window = new ArrayDeque<>();
    private final ArrayDeque<Integer> sizes = new ArrayDeque<>();
    private long bytesInFlight;
    private @Nullable ThreadPoolExecutor pool;
    private @Nullable UncheckedIOException failure;
    /** What a worker threw: the lines after it are abandoned, and asking for them says so. */
    private @Nullable Throwable failed;
    private boolean ended;
    private boolean ready;
    private @Nullable R answer;

    private Mapped(int threads, Function<? super Line<T>, ? extends R> work) {
      this.threads = threads;
      this.maxLines = 8 * threads;
      this.work = work;
    }

    /**
     * @return true when another line's answer remains
     * @throws UncheckedIOException when the stream cannot be read (after the lines before it)
     * @throws RuntimeException what {@code work} threw for the next line; after that, an {@link
     *     IllegalStateException} (the lines after a failed one are abandoned)
     */
    @Override
    public boolean hasNext() {
      if (ready) {
        return true;
      }
      if (failed != null) {
        throw new IllegalStateException("a line failed before: no further line is answered",
            failed);
      }
      if (threads == 1) {
        if (!NdjsonReader.this.hasNext()) {
          return false;
        }
        Line<T> line = NdjsonReader.this.next(); // a stream that fails throws, as with workers
        try {
          answer = Objects.requireNonNull(work.apply(line), "work gave null");
        } catch (RuntimeException | Error e) {
          failed = e;
          throw e;
        }
        ready = true;
        return true;
      }
      fill();
      FutureTask<R> head = window.pollFirst();
      if (head == null) {
        stop();
        if (failure != null) {
          throw failure;
        }
        return false;
      }
      bytesInFlight -= sizes.removeFirst();
      answer = join(head);
      ready = true;
      return true;
    }

    /**
     * @return the next line's answer
     * @throws NoSuchElementException when no line remains
     */
    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more lines");
      }
      R next = answer;
      answer = null;
      ready = false;
      return Objects.requireNonNull(next, "hasNext() set the answer");
    }

    /**
     * Splits lines and hands them to the workers: at least one when there is room, then more
     * while the oldest line's answer is not ready (so the workers are kept busy but an answer
     * that is ready is not held back).
     */
    private void fill() {
      boolean first = true;
      while (!ended && failure == null && window.size() < maxLines
          && (window.isEmpty() || bytesInFlight < MAX_BYTES_IN_FLIGHT)) {
        FutureTask<R> head = window.peekFirst();
        if (!first && head != null && head.isDone()) {
          return;
        }
        first = false;
        Split<T> split;
        try {
          split = split();
        } catch (UncheckedIOException e) {
          failure = e;
          return;
        }
        if (split == null) {
          ended = true;
          return;
        }
        FutureTask<R> task = new FutureTask<>(
            () -> Objects.requireNonNull(work.apply(read(split)), "work gave null"));
        window.addLast(task);
        sizes.addLast(split.size());
        bytesInFlight += split.size();
        pool().execute(task);
      }
    }

    private ThreadPoolExecutor pool() {
      ThreadPoolExecutor current = pool;
      if (current == null) {
        String name = "aba-ndjson-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        current = new ThreadPoolExecutor(threads, threads, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
              Thread thread = new Thread(runnable, name + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
        // idle workers end on their own, so a Mapped abandoned without close() leaves no thread
        current.allowCoreThreadTimeOut(true);
        pool = current;
      }
      return current;
    }

    private R join(FutureTask<R> task) {
      try {
        return task.get();
      } catch (ExecutionException e) {
        stop();
        Throwable cause = e.getCause();
        failed = cause;
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException("reading a line failed", cause);
      } catch (InterruptedException e) {
        stop();
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException(
            "interrupted while waiting for a line");
        interrupted.initCause(e);
        throw new UncheckedIOException(interrupted);
      }
    }

    /** Stops the workers; lines still in flight are abandoned. */
    private void stop() {
      ThreadPoolExecutor current = pool;
      pool = null;
      if (current != null) {
        current.shutdownNow();
      }
      for (FutureTask<R> task : window) {
        task.cancel(true);
      }
      window.clear();
      sizes.clear();
      bytesInFlight = 0;
      ended = true;
    }

    /** Stops the workers and closes the reader (and so its stream). */
    @Override
    public void close() throws IOException {
      stop();
      NdjsonReader.this.close();
    }
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
