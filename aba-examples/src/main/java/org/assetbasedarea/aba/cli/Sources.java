package org.assetbasedarea.aba.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The inputs named on the command line: files, folders and {@code -} (standard input), expanded
 * into the files the tool reads, in order.
 *
 * <ul>
 *   <li>A file named on the command line is read whatever its name: one JSON document, or one
 *       assessment per line when its name ends in {@code .ndjson} or with {@code --ndjson}.
 *   <li>A folder is searched recursively for {@code *.json} and {@code *.ndjson} files (any case),
 *       in the order of their paths; each is read by its name ({@code --ndjson} does not make a
 *       folder's {@code .json} files NDJSON). Hidden entries (a name starting with a dot, such as {@code
 *       .git}) are skipped; links to files are read, links to folders are not followed (a link
 *       may loop). A folder with no such file is an error of its own.
 *   <li>{@code -} is one JSON document, or NDJSON with {@code --ndjson}.
 * </ul>
 *
 * <p>A file reached twice (named twice, named and inside a folder given, or through a link) is
 * read once, where it first comes. Nothing fails here: an input that cannot be found or searched becomes a {@link Source} with
 * its {@linkplain Source#problem() problem}, so a command can report it and go on with the rest.
 */
final class Sources {
  private Sources() {}

  /**
   * One file to read.
   *
   * @param name the path as the user would recognise it (as given, or the folder joined with the
   *     path found in it), or {@code -}
   * @param path the file, or null for standard input or a problem
   * @param lines whether it holds one assessment per line (NDJSON)
   * @param problem why it cannot be read, or null
   */
  record Source(String name, @Nullable Path path, boolean lines, @Nullable String problem) {
    boolean isStdin() {
      return path == null && problem == null;
    }

    /** The file's size in bytes, or -1 for standard input or when unknown. */
    long size() {
      return path == null ? -1 : Inputs.size(path.toString());
    }
  }

  /** The total size of the sources in bytes, or -1 when one is standard input or unknown. */
  static long size(List<Source> sources) {
    long total = 0;
    for (Source source : sources) {
      long size = source.size();
      if (source.problem() == null && size < 0) {
        return -1;
      }
      total += Math.max(0, size);
    }
    return total;
  }

  /**
   * Expands the arguments.
   *
   * @param args files, folders and {@code -}, as given
   * @param ndjson whether every file named (and standard input) holds one assessment per line
   * @return the files to read, in order
   */
  static List<Source> expand(List<String> args, boolean ndjson) {
    List<Source> found = new ArrayList<>();
    for (String arg : args) {
      if ("-".equals(arg)) {
        found.add(new Source("-", null, ndjson, null));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        found.add(new Source(arg, null, false, "not a path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        folder(arg, path, found);
      } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        found.add(new Source(arg, null, false, "no such file"));
      } else {
        found.add(new Source(arg, path, ndjson || isNdjson(path), null));
      }
    }
    return once(found);
  }

  /**
   * Each file once: a file reached twice (named twice, named and in a folder given, or through a
   * link) is read where it first comes, so no document counts twice.
   */
  private static List<Source> once(List<Source> found) {
    Set<Path> seen = new HashSet<>();
    List<Source> sources = new ArrayList<>();
    for (Source source : found) {
      Path path = source.path();
      if (path != null) {
        Path real;
        try {
          real = path.toRealPath();
        } catch (IOException e) {
          real = path.toAbsolutePath().normalize();
        }
        if (!seen.add(real)) {
          continue;
        }
      }
      sources.add(source);
    }
    return sources;
  }

  /** Whether an argument names a folder (not {@code -}, not a path that cannot be one). */
  static boolean isFolder(String arg) {
    try {
      return !"-".equals(arg) && Files.isDirectory(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean isNdjson(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
  }

  private static boolean isDocumentFile(Path path) {
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".ndjson");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static void folder(String arg, Path root, List<Source> sources) {
    List<Path> found = new ArrayList<>();
    List<Source> problems = new ArrayList<>();
    try {
      // without FOLLOW_LINKS: a link to a folder is visited as a file (and left out below)
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isHidden(file) || !isDocumentFile(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attributes.isRegularFile()
              || (attributes.isSymbolicLink() && Files.isRegularFile(file))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new Source(name(arg, root, file), null, false, describe(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      sources.add(new Source(arg, null, false, describe(e)));
      return;
    }
    found.sort(null);
    for (Path file : found) {
      sources.add(new Source(name(arg, root, file), file, isNdjson(file), null));
    }
    sources.addAll(problems);
    if (found.isEmpty() && problems.isEmpty()) {
      sources.add(new Source(arg, null, false, "is a folder with no .json or .ndjson file"));
    }
  }

  /** The folder as given, joined with the file's path inside it. */
  private static String name(String arg, Path root, Path file) {
    String relative = root.relativize(file).toString();
    if (relative.isEmpty()) {
      return arg;
    }
    String separator = root.getFileSystem().getSeparator();
    return arg.endsWith(separator) ? arg + relative : arg + separator + relative;
  }

  private static String describe(IOException e) {
    return Inputs.describe(e);
  }
}
