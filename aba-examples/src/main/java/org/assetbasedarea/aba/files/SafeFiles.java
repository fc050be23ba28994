package org.assetbasedarea.aba.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * One output transaction: files of one directory that appear together, whole, or not at all.
 *
 * <ul>
 *   <li>Each text is encoded strictly as UTF-8 when it is {@linkplain #add added}: a character
 *       UTF-8 cannot encode (a lone surrogate) fails the transaction before anything is written.
 *   <li>{@link #commit} refuses, before writing anything, a target that is a symbolic link (to a
 *       file, a directory or nothing) or anything but a regular file. The directory itself may be
 *       a link (the user named it); it is resolved once, and is created when missing.
 *   <li>Every file is first written whole to a new temporary file beside its target (same
 *       directory, so the move is a rename on one file system; {@code CREATE_NEW}, so an entry
 *       planted under the temporary name is never followed) and forced to the disk.
 *   <li>Only when all are complete are they moved into place, atomically where the file system
 *       can ({@code ATOMIC_MOVE}, replacing), the first file added last: an index added first
 *       appears only after the pages it links to. A rename replaces a link planted meanwhile
 *       instead of following it.
 *   <li>Any failure deletes the temporary files, puts back every file already replaced (from a
 *       hard link, or a copy, made just before the moves) and removes directories it created,
 *       so every earlier file is left byte-identical.
 * </ul>
 *
 * <p>A file too large to hold in memory is {@linkplain #stream streamed} (or written through a
 * {@linkplain #writer strict UTF-8 writer}): its bytes go to its temporary file as they are
 * written, and the guarantees above hold as for an added file. The directory is then created, and
 * the target checked, when the stream is opened; the target is checked again at {@link #commit},
 * which forces the file to the disk. A failed write abandons the whole transaction at once.
 * A transaction is {@link AutoCloseable}: {@link #close} without a commit abandons it, deleting the
 * temporary files and the directories it created, so the usual form is try-with-resources.
 *
 * <p>Every {@link IOException} thrown has a complete message for a user, naming the path and
 * saying whether anything was changed.
 *
 * <pre>{@code
 * List<Path> written = SafeFiles.in(Path.of("site")).add("index.html", index).add("a.html", a).commit();
 *
 * try (SafeFiles files = SafeFiles.in(Path.of("tables"))) {
 *   try (Writer rows = files.writer("rows.csv")) {
 *     for (Row row : rows()) {
 *       rows.write(row.csv());
 *     }
 *   }
 *   files.commit();
 * }
 * }</pre>
 */
public final class SafeFiles implements AutoCloseable {
  private static final int TRIES = 100;

  private static final int BUFFER = 1 << 16;

  private final Path dir;
  private final Io io;
  private final Map<String, Entry> files = new LinkedHashMap<>();
  private final List<Path> createdDirs = new ArrayList<>();
  private @Nullable Path real;
  private boolean replace = true;
  private State state = State.OPEN;
  private String abandoned = "";

  /** Where a transaction is in its life. */
  private enum State {
    OPEN, COMMITTED, ABANDONED
  }

  /** How bytes reach a temporary file and a file its place: the seam where tests fail midway. */
  interface Io {
    /** Writes all the bytes to a new file's channel (a streamed file's in several calls). */
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;

    /** Forces a complete temporary file's bytes to the device, before it is moved into place. */
    default void force(FileChannel channel) throws IOException {
      channel.force(true);
    }

    /** Moves a complete temporary file onto its target, replacing it. */
    void move(Path from, Path to) throws IOException;
  }

  /** The real file system. */
  static final Io STANDARD = new Io() {
    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  };

  SafeFiles(Path dir, Io io) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.io = Objects.requireNonNull(io, "io");
  }

  /**
   * A transaction writing into a directory.
   *
   * @param dir the directory, as the user named it (created when missing)
   * @return an empty transaction
   */
  public static SafeFiles in(Path dir) {
    return new SafeFiles(dir, STANDARD);
  }

  /**
   * Makes this transaction write new files only: {@link #commit} refuses, before writing anything,
   * a target that exists (whatever it is), and puts each file in place without replacing (a hard
   * link to the complete temporary file, which fails if a file of that name appeared meanwhile;
   * where links are not supported, a move that does not replace). For a document a person edits
   * after it is written, such as a plan: a second run never overwrites it.
   *
   * @return this transaction
   */
  public SafeFiles newFilesOnly() {
    replace = false;
    return this;
  }

  /**
   * Adds a file, encoding its text strictly as UTF-8 now.
   *
   * @param name a plain file name: no separator, not hidden, not added before
   * @param text the whole content
   * @return this transaction
   * @throws IOException when UTF-8 cannot encode the text (nothing is written)
   * @throws IllegalArgumentException when the name is not a plain file name or was added before
   * @throws IllegalStateException when the transaction was committed or abandoned
   */
  public SafeFiles add(String name, String text) throws IOException {
    checkName(name);
    try {
      ByteBuffer bytes = strictUtf8().encode(CharBuffer.wrap(text));
      byte[] array = new byte[bytes.remaining()];
      bytes.get(array);
      files.put(name, new Entry(name, array));
    } catch (CharacterCodingException e) {
      throw new IOException(dir.resolve(name) + ": " + unencodable(text)
          + ", which UTF-8 cannot encode; nothing was written", e);
    }
    return this;
  }

  /**
   * Opens a file whose bytes are written to its temporary file as they come: for output too large
   * to hold in memory. The directory is created now when missing, and the target is checked as
   * {@link #commit} checks it (a link, or anything but a regular file, is refused now). Close the
   * stream before {@link #commit}; a write that fails abandons the transaction (every temporary
   * file deleted, nothing changed) and throws an {@link IOException} that says so.
   *
   * @param name a plain file name: no separator, not hidden, not added before
   * @return the file's stream (buffered; not thread-safe)
   * @throws IOException when the directory or the target is refused, or the temporary file cannot
   *     be created; the transaction is then abandoned and nothing was changed
   * @throws IllegalArgumentException when the name is not a plain file name or was added before
   * @throws IllegalStateException when the transaction was committed or abandoned
   */
  public OutputStream stream(String name) throws IOException {
    checkName(name);
    Entry entry = new Entry(name, null);
    try {
      Path directory = directory();
      entry.existed = existing(name, directory);
      files.put(name, entry);
      FileChannel channel = create(directory, entry);
      entry.channel = channel;
      entry.open = true;
      return new EntryStream(entry, channel);
    } catch (IOException e) {
      abandon();
      throw e;
    }
  }

  /**
   * Opens a file as {@link #stream}, for text encoded strictly as UTF-8 (no byte-order mark): a
   * character UTF-8 cannot encode (a lone surrogate) fails the write, and abandons the
   * transaction, instead of being replaced.
   *
   * @param name a plain file name: no separator, not hidden, not added before
   * @return the file's writer (buffered; not thread-safe)
   * @throws IOException as {@link #stream}
   * @throws IllegalArgumentException when the name is not a plain file name or was added before
   * @throws IllegalStateException when the transaction was committed or abandoned
   */
  public Writer writer(String name) throws IOException {
    OutputStream stream = stream(name);
    Entry entry = Objects.requireNonNull(files.get(name));
    return new StrictWriter(entry, new BufferedWriter(new OutputStreamWriter(stream, strictUtf8()), BUFFER));
  }

  private void checkName(String name) {
    checkOpen();
    if (name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0 || files.containsKey(name)) {
      throw new IllegalArgumentException("not a plain, new file name: " + name);
    }
  }

  private void checkOpen() {
    if (state == State.COMMITTED) {
      throw new IllegalStateException(dir + ": the transaction was committed");
    }
    if (state == State.ABANDONED) {
      throw new IllegalStateException(dir + ": the transaction was abandoned" + abandoned);
    }
  }

  private static CharsetEncoder strictUtf8() {
    return StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String unencodable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format(Locale.ROOT, "the text holds a lone surrogate U+%04X at character %d", (int) c, i);
      }
    }
    return "the text holds a character";
  }

  /**
   * Writes every file added or streamed, or none.
   *
   * @return the files' paths (the directory as given, resolved with each name), in the order added
   * @throws IOException when a target is refused or anything fails; every earlier file is then
   *     as it was, no temporary file is left, and the transaction is abandoned
   * @throws IllegalStateException when a stream is still open (the transaction stays open, so that
   *     {@link #close} abandons it), or the transaction was committed or abandoned
   */
  public List<Path> commit() throws IOException {
    checkOpen();
    for (Entry entry : files.values()) {
      if (entry.open) {
        throw new IllegalStateException(dir.resolve(entry.name) + ": its stream is still open; close it before commit");
      }
    }
    List<Entry> entries = new ArrayList<>(files.values());
    Path directory;
    try {
      directory = directory();
      for (Entry entry : entries) {
        entry.existed = existing(entry.name, directory);
      }
    } catch (IOException e) {
      abandon();
      throw e;
    }
    List<Entry> moved = new ArrayList<>();
    @Nullable Entry current = null;
    try {
      for (Entry entry : entries) {
        current = entry;
        FileChannel channel = entry.channel;
        if (channel == null) {
          channel = create(directory, entry);
          entry.channel = channel;
          io.write(channel, ByteBuffer.wrap(Objects.requireNonNull(entry.bytes)));
        }
        io.force(channel);
        channel.close();
        entry.channel = null;
      }
      for (Entry entry : entries) {
        current = entry;
        if (entry.existed) {
          entry.backup = backup(directory, entry);
        }
      }
      for (int i = entries.size() - 1; i >= 0; i--) {
        current = entries.get(i);
        Path temp = Objects.requireNonNull(current.temp);
        if (replace) {
          io.move(temp, current.target(directory));
          current.temp = null;
        } else {
          placeNew(directory, current);
        }
        moved.add(current);
      }
    } catch (IOException | RuntimeException e) {
      String problems = rollBack(directory, entries, moved);
      removeDirectories(createdDirs);
      state = State.ABANDONED;
      String where = current == null ? dir.toString() : dir.resolve(current.name).toString();
      abandoned = " (" + where + ": " + reason(e) + ")";
      throw new IOException(where + ": cannot be written (" + reason(e) + "); nothing was changed" + problems, e);
    }
    state = State.COMMITTED;
    List<Path> written = new ArrayList<>();
    for (Entry entry : entries) {
      Path backup = entry.backup;
      if (backup != null) {
        // Every file is in place: a backup that cannot be removed is left, not a failure.
        try {
          Files.deleteIfExists(backup);
        } catch (IOException e) {
          // the run succeeded; a stray .bak beside the file is harmless
        }
      }
      written.add(dir.resolve(entry.name));
    }
    return List.copyOf(written);
  }

  /**
   * Abandons the transaction unless it was committed: closes its streams, deletes its temporary
   * files and removes the directories it created (while empty). Every earlier file is left as it
   * was. Nothing happens after a commit or a second close.
   */
  @Override
  public void close() {
    if (state == State.OPEN) {
      abandon();
      abandoned = " (closed without commit)";
    }
  }

  /** Closes every channel, deletes every temporary file and the directories created; best effort. */
  private void abandon() {
    state = State.ABANDONED;
    StringBuilder ignored = new StringBuilder();
    for (Entry entry : files.values()) {
      entry.open = false;
      closeQuietly(entry);
      delete(entry.temp, ignored);
      entry.temp = null;
    }
    removeDirectories(createdDirs);
  }

  private static void closeQuietly(Entry entry) {
    FileChannel channel = entry.channel;
    entry.channel = null;
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException | RuntimeException e) {
        // it is deleted next; a close that fails changes nothing for the user
      }
    }
  }

  /** A write that failed: the transaction is abandoned, and the failure says so. */
  private IOException failed(Entry entry, IOException e) {
    abandon();
    abandoned = " (" + dir.resolve(entry.name) + ": " + reason(e) + ")";
    return new IOException(dir.resolve(entry.name) + ": cannot be written (" + reason(e) + "); nothing was changed", e);
  }

  /** The directory's real path, resolved and created (each directory created noted) once. */
  private Path directory() throws IOException {
    Path resolved = real;
    if (resolved == null) {
      resolved = directory(createdDirs);
      real = resolved;
    }
    return resolved;
  }

  /** The directory's real path, created when missing (each directory created noted). */
  private Path directory(List<Path> created) throws IOException {
    if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
      throw new IOException(dir + ": is a symbolic link that leads nowhere; nothing was written");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(dir + ": exists and is not a directory; nothing was written");
    }
    List<Path> missing = new ArrayList<>();
    for (Path p = dir.toAbsolutePath(); p != null && Files.notExists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(p);
    }
    try {
      Files.createDirectories(dir);
      created.addAll(missing);
      return dir.toRealPath();
    } catch (IOException e) {
      removeDirectories(missing);
      throw new IOException(dir + ": cannot be created as a directory (" + reason(e) + "); nothing was written", e);
    }
  }

  /** Whether a target exists; refuses a link or anything but a regular file. */
  private boolean existing(String name, Path real) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(real.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (attributes.isSymbolicLink()) {
      throw new IOException(dir.resolve(name) + ": is a symbolic link; aba never writes through a link"
          + " (remove it, or choose another directory); nothing was written");
    }
    if (!attributes.isRegularFile()) {
      throw new IOException(dir.resolve(name) + ": exists and is not a regular file"
          + (attributes.isDirectory() ? " but a directory" : "") + "; nothing was written");
    }
    if (!replace) {
      throw new IOException(dir.resolve(name) + ": exists already, and is not replaced (remove it,"
          + " or choose another name); nothing was written");
    }
    return true;
  }

  /**
   * Creates an entry's new temporary file beside its target ({@code CREATE_NEW}, which never
   * follows a link), with the target's permissions from the start (never looser for a moment), and
   * returns the channel that created it: nothing is opened again by name.
   */
  private static FileChannel create(Path real, Entry entry) throws IOException {
    List<FileAttribute<?>> attributes = new ArrayList<>();
    if (entry.existed) {
      PosixFileAttributeView view = Files.getFileAttributeView(entry.target(real), PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (view != null) {
        attributes.add(PosixFilePermissions.asFileAttribute(view.readAttributes().permissions()));
      }
    }
    for (int i = 0; ; i++) {
      Path candidate = real.resolve("." + entry.name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        FileChannel channel = FileChannel.open(candidate, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            attributes.toArray(new FileAttribute<?>[0]));
        entry.temp = candidate;
        return channel;
      } catch (FileAlreadyExistsException e) {
        if (i == TRIES) {
          throw e;
        }
      }
    }
  }

  /** Puts a new file in place without replacing anything, then drops its temporary name. */
  private static void placeNew(Path real, Entry entry) throws IOException {
    Path temp = Objects.requireNonNull(entry.temp);
    try {
      Files.createLink(entry.target(real), temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.move(temp, entry.target(real)); // no REPLACE_EXISTING: fails if the target exists
      entry.temp = null;
      return;
    }
    entry.temp = null;
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the file is in place; a second name for it beside it is harmless
    }
  }

  /** A second name for the file a move will replace: a hard link, or a copy where links are not supported. */
  private static Path backup(Path real, Entry entry) throws IOException {
    for (int i = 0; ; i++) {
      Path candidate = real.resolve("." + entry.name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".bak");
      try {
        try {
          Files.createLink(candidate, entry.target(real));
        } catch (FileAlreadyExistsException e) {
          throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
          Files.copy(entry.target(real), candidate, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (i == TRIES) {
          throw e;
        }
      }
    }
  }

  /** Puts back what was replaced, deletes what is new; returns what could not be undone, if anything. */
  private String rollBack(Path real, List<Entry> entries, List<Entry> moved) {
    StringBuilder problems = new StringBuilder();
    for (int i = moved.size() - 1; i >= 0; i--) {
      Entry entry = moved.get(i);
      Path backup = entry.backup;
      try {
        if (backup != null) {
          STANDARD.move(backup, entry.target(real));
          entry.backup = null;
        } else {
          Files.deleteIfExists(entry.target(real));
        }
      } catch (IOException | RuntimeException e) {
        problems.append("; but ").append(dir.resolve(entry.name)).append(" could not be put back")
            .append(backup == null ? "" : ": its earlier content is in " + backup.getFileName());
        entry.backup = null;
      }
    }
    for (Entry entry : entries) {
      closeQuietly(entry);
      delete(entry.temp, problems);
      entry.temp = null;
      delete(entry.backup, problems);
      entry.backup = null;
    }
    return problems.toString();
  }

  private static void delete(@Nullable Path leftover, StringBuilder problems) {
    if (leftover != null) {
      try {
        Files.deleteIfExists(leftover);
      } catch (IOException | RuntimeException e) {
        problems.append("; ").append(leftover).append(" could not be deleted");
      }
    }
  }

  /** Deletes directories this transaction created, deepest first, while they are empty. */
  private static void removeDirectories(List<Path> created) {
    for (Path p : created) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        return; // not empty (something else was put there meanwhile), or not ours to delete
      }
    }
  }

  private static String reason(Exception e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name appeared meanwhile";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : null;
    if (reason != null) {
      return reason;
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** One file of the transaction: its bytes (added) or its open channel (streamed), its temporary and backup files while they exist. */
  private static final class Entry {
    final String name;
    final byte @Nullable [] bytes;
    boolean existed;
    boolean open;
    @Nullable FileChannel channel;
    @Nullable Path temp;
    @Nullable Path backup;

    Entry(String name, byte @Nullable [] bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    Path target(Path real) {
      return real.resolve(name);
    }
  }

  /** A streamed file's bytes, buffered, to its temporary file through the {@link Io} seam. */
  private final class EntryStream extends OutputStream {
    private final Entry entry;
    private final FileChannel channel;
    private final byte[] buffer = new byte[BUFFER];
    private int count;
    private boolean closed;

    EntryStream(Entry entry, FileChannel channel) {
      this.entry = entry;
      this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
      ensureOpen();
      if (count == buffer.length) {
        drain();
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      ensureOpen();
      if (length >= buffer.length) {
        drain();
        send(ByteBuffer.wrap(bytes, offset, length));
        return;
      }
      if (length > buffer.length - count) {
        drain();
      }
      System.arraycopy(bytes, offset, buffer, count, length);
      count += length;
    }

    /** Sends the buffer on; keeps the bytes with the channel (forced at commit). */
    @Override
    public void flush() throws IOException {
      ensureOpen();
      drain();
    }

    /** Sends what is buffered; the file stays the transaction's until {@link SafeFiles#commit}. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (state == State.OPEN) {
        drain();
        entry.open = false;
      }
    }

    private void ensureOpen() throws IOException {
      if (closed) {
        throw new IOException(dir.resolve(entry.name) + ": the stream is closed");
      }
      if (state != State.OPEN) {
        throw new IOException(dir.resolve(entry.name) + ": cannot be written (the transaction was "
            + (state == State.COMMITTED ? "committed" : "abandoned" + abandoned) + "); nothing was changed");
      }
    }

    private void drain() throws IOException {
      if (count > 0) {
        int length = count;
        count = 0;
        send(ByteBuffer.wrap(buffer, 0, length));
      }
    }

    private void send(ByteBuffer bytes) throws IOException {
      try {
        io.write(channel, bytes);
      } catch (IOException e) {
        throw failed(entry, e);
      } catch (RuntimeException e) {
        abandon(); // nothing is left behind; a bug stays a bug (not a user's error)
        throw e;
      }
    }
  }

  /** A writer whose encoding failure (a lone surrogate) abandons the transaction with a message that says so. */
  private final class StrictWriter extends Writer {
    private final Entry entry;
    private final Writer out;

    StrictWriter(Entry entry, Writer out) {
      this.entry = entry;
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      try {
        out.write(chars, offset, length);
      } catch (CharacterCodingException e) {
        throw unencodable(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (CharacterCodingException e) {
        throw unencodable(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (CharacterCodingException e) {
        throw unencodable(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (CharacterCodingException e) {
        throw unencodable(e);
      }
    }

    private IOException unencodable(CharacterCodingException e) {
      abandon();
      abandoned = " (" + dir.resolve(entry.name) + ": a lone surrogate)";
      return new IOException(dir.resolve(entry.name) + ": the text holds a lone surrogate, which UTF-8 cannot"
          + " encode; nothing was changed", e);
    }
  }
}
