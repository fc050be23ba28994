package org.assetbasedarea.aba.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
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
 * <p>Every {@link IOException} thrown has a complete message for a user, naming the path and
 * saying whether anything was changed.
 *
 * <pre>{@code
 * List<Path> written = SafeFiles.in(Path.of("site")).add("index.html", index).add("a.html", a).commit();
 * }</pre>
 */
public final class SafeFiles {
  private static final int TRIES = 100;

  private final Path dir;
  private final Io io;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private boolean replace = true;

  /** How bytes reach a temporary file and a file its place: the seam where tests fail midway. */
  interface Io {
    /** Writes all the bytes to a new file's channel and forces them to the device. */
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;

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
      channel.force(true);
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
   */
  public SafeFiles add(String name, String text) throws IOException {
    if (name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0 || files.containsKey(name)) {
      throw new IllegalArgumentException("not a plain, new file name: " + name);
    }
    try {
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] array = new byte[bytes.remaining()];
      bytes.get(array);
      files.put(name, array);
    } catch (CharacterCodingException e) {
      throw new IOException(dir.resolve(name) + ": " + unencodable(text)
          + ", which UTF-8 cannot encode; nothing was written", e);
    }
    return this;
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
   * Writes every file added, or none.
   *
   * @return the files' paths (the directory as given, resolved with each name), in the order added
   * @throws IOException when a target is refused or anything fails; every earlier file is then
   *     as it was, and no temporary file is left
   */
  public List<Path> commit() throws IOException {
    List<Path> createdDirs = new ArrayList<>();
    Path real = directory(createdDirs);
    List<Entry> entries = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        entries.add(new Entry(file.getKey(), real.resolve(file.getKey()), file.getValue(), existing(file.getKey(), real)));
      }
    } catch (IOException e) {
      removeDirectories(createdDirs);
      throw e;
    }
    List<Entry> moved = new ArrayList<>();
    @Nullable Entry current = null;
    try {
      for (Entry entry : entries) {
        current = entry;
        entry.temp = write(real, entry);
      }
      for (Entry entry : entries) {
        current = entry;
        if (entry.existed) {
          entry.backup = backup(real, entry);
        }
      }
      for (int i = entries.size() - 1; i >= 0; i--) {
        current = entries.get(i);
        Path temp = Objects.requireNonNull(current.temp);
        if (replace) {
          io.move(temp, current.target);
          current.temp = null;
        } else {
          placeNew(current);
        }
        moved.add(current);
      }
    } catch (IOException | RuntimeException e) {
      String problems = rollBack(entries, moved);
      removeDirectories(createdDirs);
      String where = current == null ? dir.toString() : dir.resolve(current.name).toString();
      throw new IOException(where + ": cannot be written (" + reason(e) + "); nothing was changed" + problems, e);
    }
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
   * Writes an entry's bytes to a new temporary file beside its target, through the channel that
   * created it ({@code CREATE_NEW}, which never follows a link), with the target's permissions
   * from the start (never looser for a moment): nothing is opened again by name.
   */
  private Path write(Path real, Entry entry) throws IOException {
    List<FileAttribute<?>> attributes = new ArrayList<>();
    if (entry.existed) {
      PosixFileAttributeView view = Files.getFileAttributeView(entry.target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view != null) {
        attributes.add(PosixFilePermissions.asFileAttribute(view.readAttributes().permissions()));
      }
    }
    for (int i = 0; ; i++) {
      Path candidate = real.resolve("." + entry.name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      FileChannel channel;
      try {
        channel = FileChannel.open(candidate, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            attributes.toArray(new FileAttribute<?>[0]));
      } catch (FileAlreadyExistsException e) {
        if (i == TRIES) {
          throw e;
        }
        continue;
      }
      entry.temp = candidate;
      try (channel) {
        io.write(channel, ByteBuffer.wrap(entry.bytes));
      }
      return candidate;
    }
  }

  /** Puts a new file in place without replacing anything, then drops its temporary name. */
  private static void placeNew(Entry entry) throws IOException {
    Path temp = Objects.requireNonNull(entry.temp);
    try {
      Files.createLink(entry.target, temp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.move(temp, entry.target); // no REPLACE_EXISTING: fails if the target exists
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
          Files.createLink(candidate, entry.target);
        } catch (FileAlreadyExistsException e) {
          throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
          Files.copy(entry.target, candidate, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
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
  private String rollBack(List<Entry> entries, List<Entry> moved) {
    StringBuilder problems = new StringBuilder();
    for (int i = moved.size() - 1; i >= 0; i--) {
      Entry entry = moved.get(i);
      Path backup = entry.backup;
      try {
        if (backup != null) {
          STANDARD.move(backup, entry.target);
          entry.backup = null;
        } else {
          Files.deleteIfExists(entry.target);
        }
      } catch (IOException | RuntimeException e) {
        problems.append("; but ").append(dir.resolve(entry.name)).append(" could not be put back")
            .append(backup == null ? "" : ": its earlier content is in " + backup.getFileName());
        entry.backup = null;
      }
    }
    for (Entry entry : entries) {
      delete(entry.temp, problems);
      delete(entry.backup, problems);
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

  /** One file of the transaction, with its temporary and backup files while they exist. */
  private static final class Entry {
    final String name;
    final Path target;
    final byte[] bytes;
    final boolean existed;
    @Nullable Path temp;
    @Nullable Path backup;

    Entry(String name, Path target, byte[] bytes, boolean existed) {
      this.name = name;
      this.target = target;
      this.bytes = bytes;
      this.existed = existed;
    }
  }
}
