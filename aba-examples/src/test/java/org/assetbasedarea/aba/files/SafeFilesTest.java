package org.assetbasedarea.aba.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The output transaction, with a seam that fails midway: a full disk, a failed rename. */
class SafeFilesTest {
  @TempDir
  Path dir;

  /** Writes through the real file system until {@code budget} bytes, then fails as a full disk does. */
  static final class FullDisk implements SafeFiles.Io {
    long budget;

    FullDisk(long budget) {
      this.budget = budget;
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      while (bytes.hasRemaining()) {
        if (budget == 0) {
          throw new IOException("No space left on device");
        }
        ByteBuffer one = bytes.slice().limit(1);
        channel.write(one);
        bytes.position(bytes.position() + 1);
        budget--;
      }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      SafeFiles.STANDARD.move(from, to);
    }
  }

  /** Records the moves; fails the {@code failAt}-th one (1-based; 0 never). */
  static final class Moves implements SafeFiles.Io {
    final List<String> moved = new ArrayList<>();
    final int failAt;

    Moves(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
      SafeFiles.STANDARD.write(channel, bytes);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      if (moved.size() + 1 == failAt) {
        throw new IOException("Input/output error");
      }
      SafeFiles.STANDARD.move(from, to);
      moved.add(to.getFileName().toString());
    }
  }

  static Map<String, String> snapshot(Path directory) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> listing = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) listing::iterator) {
        entries.put(entry.getFileName().toString(), Files.isSymbolicLink(entry)
            ? "-> " + Files.readSymbolicLink(entry) : Files.readString(entry, StandardCharsets.ISO_8859_1));
      }
    }
    return entries;
  }

  /** An earlier report: an index and two pages. */
  Map<String, String> earlier() throws IOException {
    Files.writeString(dir.resolve("index.html"), "old index");
    Files.writeString(dir.resolve("a.html"), "old a");
    Files.writeString(dir.resolve("b.html"), "old b");
    return snapshot(dir);
  }

  SafeFiles next(SafeFiles.Io io) throws IOException {
    return new SafeFiles(dir, io).add("index.html", "new index ".repeat(100)).add("a.html", "new a ".repeat(100))
        .add("b.html", "new b ".repeat(100)).add("c.html", "new c ".repeat(100));
  }

  @ParameterizedTest(name = "full after {0} bytes")
  @ValueSource(longs = {0, 1, 999, 1000, 1001, 1600, 2199})
  void fullDisk_anywhere_earlierFilesByteIdentical_noTemporaryFiles(long budget) throws IOException {
    Map<String, String> before = earlier();
    SafeFiles files = next(new FullDisk(budget));
    assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
        .hasMessageContaining("No space left on device").hasMessageEndingWith("nothing was changed");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @ParameterizedTest(name = "move {0} fails")
  @ValueSource(ints = {1, 2, 3, 4})
  void failedMove_midway_replacedFilesPutBack_newFilesRemoved(int failAt) throws IOException {
    Map<String, String> before = earlier();
    SafeFiles files = next(new Moves(failAt));
    assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
        .hasMessageContaining("Input/output error").hasMessageEndingWith("nothing was changed");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void success_filesReplacedByRename_firstAddedMovedLast_noLeftovers(@TempDir Path elsewhere) throws IOException {
    earlier();
    Path old = elsewhere.resolve("index.html");
    Files.createLink(old, dir.resolve("index.html"));
    Moves moves = new Moves(0);
    List<Path> written = next(moves).commit();
    assertThat(written).containsExactly(dir.resolve("index.html"), dir.resolve("a.html"), dir.resolve("b.html"),
        dir.resolve("c.html"));
    assertThat(moves.moved).containsExactly("c.html", "b.html", "a.html", "index.html");
    assertThat(Files.readString(old)).isEqualTo("old index");
    assertThat(snapshot(dir)).containsOnlyKeys("index.html", "a.html", "b.html", "c.html")
        .containsEntry("a.html", "new a ".repeat(100));
  }

  @Test
  void success_keepsTheReplacedFilesPermissions() throws IOException {
    earlier();
    Files.setPosixFilePermissions(dir.resolve("a.html"), PosixFilePermissions.fromString("rw-r-----"));
    next(SafeFiles.STANDARD).commit();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.html"))))
        .isEqualTo("rw-r-----");
  }

  @Test
  void unencodableText_failsWhenAdded_nothingWritten_directoryNotCreated() throws IOException {
    Path site = dir.resolve("site");
    SafeFiles files = SafeFiles.in(site).add("index.html", "fine");
    assertThatThrownBy(() -> files.add("a.html", "ok \ud800 bad")).isInstanceOf(IOException.class)
        .hasMessage(site.resolve("a.html") + ": the text holds a lone surrogate U+D800 at character 3,"
            + " which UTF-8 cannot encode; nothing was written");
    assertThat(site).doesNotExist();
    assertThat(SafeFiles.in(site).add("e.html", "\ud83d\ude00 paired is fine").commit()).hasSize(1);
  }

  @Test
  void missingDirectories_created_andRemovedAgainOnFailure() throws IOException {
    Path site = dir.resolve("a/b/site");
    SafeFiles files = new SafeFiles(site, new FullDisk(3)).add("index.html", "index");
    assertThatThrownBy(files::commit).isInstanceOf(IOException.class);
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(SafeFiles.in(site).add("index.html", "index").commit()).containsExactly(site.resolve("index.html"));
  }

  @Test
  void danglingLinkAsTarget_refused_nothingWritten() throws IOException {
    Files.createSymbolicLink(dir.resolve("b.html"), dir.resolve("../nowhere/b.html"));
    SafeFiles files = SafeFiles.in(dir).add("a.html", "a").add("b.html", "b");
    assertThatThrownBy(files::commit).hasMessage(dir.resolve("b.html")
        + ": is a symbolic link; aba never writes through a link (remove it, or choose another directory);"
        + " nothing was written");
    assertThat(snapshot(dir)).containsOnlyKeys("b.html");
  }

  @Test
  void directoryAsTarget_refused() throws IOException {
    Files.createDirectories(dir.resolve("a.html"));
    assertThatThrownBy(SafeFiles.in(dir).add("a.html", "a")::commit)
        .hasMessageContaining("exists and is not a regular file but a directory");
  }

  @Test
  void outputDirectory_aDanglingLinkOrAFile_refused() throws IOException {
    Path dangling = Files.createSymbolicLink(dir.resolve("site"), dir.resolve("nowhere"));
    assertThatThrownBy(SafeFiles.in(dangling).add("a.html", "a")::commit).hasMessageContaining("leads nowhere");
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(SafeFiles.in(file).add("a.html", "a")::commit).hasMessageContaining("exists and is not a directory");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".hidden", "../x.html", "a/b.html", "a\\b.html"})
  void notAPlainFileName_rejected(String name) {
    assertThatThrownBy(() -> SafeFiles.in(dir).add(name, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  // -- new files only ------------------------------------------------------------------------

  @Test
  void newFilesOnly_writesNewFiles_whole_noLeftovers() throws IOException {
    List<Path> written = SafeFiles.in(dir.resolve("plans")).newFilesOnly().add("plan.json", "{}\n").commit();
    assertThat(written).containsExactly(dir.resolve("plans/plan.json"));
    assertThat(snapshot(dir.resolve("plans"))).containsExactly(Map.entry("plan.json", "{}\n"));
  }

  @Test
  void newFilesOnly_anExistingFile_refusedBeforeAnythingIsWritten() throws IOException {
    Files.writeString(dir.resolve("plan.json"), "edited");
    SafeFiles files = SafeFiles.in(dir).newFilesOnly().add("new.json", "x").add("plan.json", "draft");
    assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("plan.json") + ": exists already, and is not replaced (remove it, or"
            + " choose another name); nothing was written");
    assertThat(snapshot(dir)).containsExactly(Map.entry("plan.json", "edited"));
  }

  /** A file that appears between the check and the placing is not replaced, and nothing is left. */
  @Test
  void newFilesOnly_aFileAppearingMeanwhile_isNotReplaced_andTheOthersAreRemoved() throws IOException {
    SafeFiles.Io planting = new SafeFiles.Io() {
      @Override
      public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        SafeFiles.STANDARD.write(channel, bytes);
        if (!Files.exists(dir.resolve("a.json"))) {
          Files.writeString(dir.resolve("a.json"), "someone else's");
        }
      }

      @Override
      public void move(Path from, Path to) {
        throw new AssertionError("a new file is never moved over its target");
      }
    };
    SafeFiles files = new SafeFiles(dir, planting).newFilesOnly().add("a.json", "ours a").add("b.json", "ours b");
    assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
        .hasMessage(dir.resolve("a.json") + ": cannot be written (a file of that name appeared meanwhile);"
            + " nothing was changed");
    assertThat(snapshot(dir)).containsExactly(Map.entry("a.json", "someone else's"));
  }
}
