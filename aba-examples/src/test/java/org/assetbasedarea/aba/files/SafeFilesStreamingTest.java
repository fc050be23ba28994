package org.assetbasedarea.aba.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assetbasedarea.aba.files.SafeFilesTest.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Streamed files keep every guarantee of added ones: all or nothing, no links followed, no leftovers. */
class SafeFilesStreamingTest {
  /** Rows of a streamed table: 200,000 bytes, more than the stream's buffer. */
  static final String ROW = "new row ".repeat(25) + "\n";
  static final int ROWS = 1000;

  @TempDir
  Path dir;

  Map<String, String> earlier() throws IOException {
    Files.writeString(dir.resolve("index.csv"), "old index");
    Files.writeString(dir.resolve("a.csv"), "old a");
    Files.writeString(dir.resolve("b.csv"), "old b");
    return snapshot(dir);
  }

  /** An index added, two tables streamed (one as bytes, one as text) and one new file added. */
  static void next(SafeFiles files) throws IOException {
    files.add("index.csv", "new index ".repeat(100));
    try (OutputStream a = files.stream("a.csv"); Writer b = files.writer("b.csv")) {
      for (int i = 0; i < ROWS; i++) {
        a.write(ROW.getBytes(StandardCharsets.UTF_8));
        b.write(ROW);
      }
    }
    files.add("c.csv", "new c ".repeat(100));
  }

  static String table() {
    return ROW.repeat(ROWS);
  }

  @Test
  void success_streamedAndAddedFilesInPlace_firstAddedMovedLast_noLeftovers(@TempDir Path elsewhere) throws IOException {
    earlier();
    Path old = elsewhere.resolve("a.csv");
    Files.createLink(old, dir.resolve("a.csv"));
    Files.setPosixFilePermissions(dir.resolve("b.csv"), PosixFilePermissions.fromString("rw-r-----"));
    SafeFilesTest.Moves moves = new SafeFilesTest.Moves(0);
    List<Path> written;
    try (SafeFiles files = new SafeFiles(dir, moves)) {
      next(files);
      written = files.commit();
    }
    assertThat(written).containsExactly(dir.resolve("index.csv"), dir.resolve("a.csv"), dir.resolve("b.csv"),
        dir.resolve("c.csv"));
    assertThat(moves.moved).containsExactly("c.csv", "b.csv", "a.csv", "index.csv");
    assertThat(Files.readString(old)).isEqualTo("old a");
    assertThat(snapshot(dir)).containsOnlyKeys("index.csv", "a.csv", "b.csv", "c.csv")
        .containsEntry("a.csv", table()).containsEntry("b.csv", table());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("b.csv")))).isEqualTo("rw-r-----");
  }

  /** The bytes reach the temporary file as they are written, not at commit: memory stays bounded. */
  @Test
  void streamedBytes_reachTheTemporaryFileAsWritten() throws IOException {
    try (SafeFiles files = SafeFiles.in(dir); OutputStream out = files.stream("big.csv")) {
      byte[] row = ROW.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < ROWS; i++) {
        out.write(row);
      }
      assertThat(temporaryBytes()).isGreaterThanOrEqualTo((long) ROWS * row.length - (1 << 16));
    }
    assertThat(snapshot(dir)).isEmpty();
  }

  private long temporaryBytes() throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      long total = 0;
      for (Path p : (Iterable<Path>) listing::iterator) {
        assertThat(p.getFileName().toString()).startsWith(".big.csv.").endsWith(".tmp");
        total += Files.size(p);
      }
      return total;
    }
  }

  @ParameterizedTest(name = "full after {0} bytes")
  @ValueSource(longs = {0, 1, 999, 1000, 1001, 65_536, 65_537, 200_000, 250_000, 399_999, 400_000, 400_999})
  void fullDisk_anywhere_earlierFilesByteIdentical_noTemporaryFiles(long budget) throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = new SafeFiles(dir, new SafeFilesTest.FullDisk(budget))) {
      assertThatThrownBy(() -> {
        next(files);
        files.commit();
      }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device")
          .hasMessageContaining("nothing was changed");
      assertThat(snapshot(dir)).isEqualTo(before);
      assertThatThrownBy(files::commit).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("abandoned").hasMessageContaining("No space left on device");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  /** A write that fails abandons the transaction at once: the temporary files are gone before close. */
  @Test
  void failedWrite_deletesEveryTemporaryFileAtOnce_laterWritesRefused() throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = new SafeFiles(dir, new SafeFilesTest.FullDisk(70_000))) {
      OutputStream first = files.stream("index.csv");
      first.write(new byte[10]);
      first.close();
      OutputStream second = files.stream("a.csv");
      assertThatThrownBy(() -> second.write(new byte[100_000])).isInstanceOf(IOException.class)
          .hasMessage(dir.resolve("a.csv") + ": cannot be written (No space left on device); nothing was changed");
      assertThat(snapshot(dir)).isEqualTo(before);
      assertThatThrownBy(() -> second.write(1)).isInstanceOf(IOException.class).hasMessageContaining("abandoned");
      second.close();
      assertThatThrownBy(() -> files.stream("b.csv")).isInstanceOf(IllegalStateException.class);
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  /** A bug below a write (an unchecked exception) stays a bug, and still leaves nothing behind. */
  @Test
  void uncheckedFailureInAWrite_propagatesAsItIs_noTemporaryFiles() throws IOException {
    Map<String, String> before = earlier();
    SafeFiles.Io broken = new SafeFiles.Io() {
      @Override
      public void write(FileChannel channel, ByteBuffer bytes) {
        throw new IllegalStateException("a bug");
      }

      @Override
      public void move(Path from, Path to) {
        throw new AssertionError("nothing is moved");
      }
    };
    try (SafeFiles files = new SafeFiles(dir, broken)) {
      OutputStream out = files.stream("a.csv");
      assertThatThrownBy(() -> out.write(new byte[100_000])).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("a bug");
      assertThat(snapshot(dir)).isEqualTo(before);
      assertThatThrownBy(() -> files.stream("b.csv")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("abandoned");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void forceFailsAtCommit_nothingChanged() throws IOException {
    Map<String, String> before = earlier();
    int[] forced = {0};
    SafeFiles.Io failingForce = new SafeFiles.Io() {
      @Override
      public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        SafeFiles.STANDARD.write(channel, bytes);
      }

      @Override
      public void force(FileChannel channel) throws IOException {
        if (++forced[0] == 3) {
          throw new IOException("Input/output error");
        }
        channel.force(true);
      }

      @Override
      public void move(Path from, Path to) {
        throw new AssertionError("nothing is moved before every file is forced");
      }
    };
    try (SafeFiles files = new SafeFiles(dir, failingForce)) {
      next(files);
      assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
          .hasMessage(dir.resolve("b.csv") + ": cannot be written (Input/output error); nothing was changed");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @ParameterizedTest(name = "move {0} fails")
  @ValueSource(ints = {1, 2, 3, 4})
  void failedMove_midway_replacedFilesPutBack_newFilesRemoved(int failAt) throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = new SafeFiles(dir, new SafeFilesTest.Moves(failAt))) {
      next(files);
      assertThatThrownBy(files::commit).isInstanceOf(IOException.class)
          .hasMessageContaining("Input/output error").hasMessageEndingWith("nothing was changed");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void closedWithoutCommit_temporaryFilesAndCreatedDirectoriesRemoved() throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = SafeFiles.in(dir)) {
      next(files);
      assertThat(snapshot(dir)).hasSizeGreaterThan(before.size());
    }
    assertThat(snapshot(dir)).isEqualTo(before);
    Path deep = dir.resolve("x/y/tables");
    try (SafeFiles files = SafeFiles.in(deep); Writer out = files.writer("t.csv")) {
      out.write("a,b\n");
      assertThat(deep).isDirectory();
    }
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void commitWithAStreamOpen_refused_transactionStaysOpenUntilClosed() throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = SafeFiles.in(dir)) {
      Writer out = files.writer("a.csv");
      out.write("half");
      assertThatThrownBy(files::commit).isInstanceOf(IllegalStateException.class)
          .hasMessage(dir.resolve("a.csv") + ": its stream is still open; close it before commit");
      out.close();
      files.commit();
      assertThatThrownBy(files::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("committed");
      assertThatThrownBy(() -> out.write("more")).isInstanceOf(IOException.class);
    }
    assertThat(snapshot(dir)).isEqualTo(Map.of("index.csv", before.get("index.csv"), "a.csv", "half",
        "b.csv", before.get("b.csv")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mid \ud800 text", "ends in a high surrogate \ud83d", "\udc00 low first"})
  void loneSurrogate_writerFails_transactionAbandoned_nothingChanged(String text) throws IOException {
    Map<String, String> before = earlier();
    try (SafeFiles files = SafeFiles.in(dir)) {
      files.add("index.csv", "fine");
      assertThatThrownBy(() -> {
        try (Writer out = files.writer("a.csv")) {
          out.write("good \ud83d\ude00 row\n");
          out.write(text);
        }
      }).isInstanceOf(IOException.class).hasMessage(dir.resolve("a.csv")
          + ": the text holds a lone surrogate, which UTF-8 cannot encode; nothing was changed");
      assertThat(snapshot(dir)).isEqualTo(before);
      assertThatThrownBy(files::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void pairedSurrogatesSplitAcrossWrites_encoded() throws IOException {
    try (SafeFiles files = SafeFiles.in(dir)) {
      try (Writer out = files.writer("e.csv")) {
        out.write("\ud83d");
        out.write("\ude00\n");
      }
      files.commit();
    }
    assertThat(Files.readAllBytes(dir.resolve("e.csv"))).containsExactly(0xf0 - 256, 0x9f - 256, 0x98 - 256,
        0x80 - 256, '\n');
  }

  @Test
  void linkAsTarget_refusedWhenTheStreamOpens() throws IOException {
    Files.writeString(dir.resolve("secret"), "secret");
    Files.createSymbolicLink(dir.resolve("a.csv"), dir.resolve("secret"));
    Map<String, String> before = snapshot(dir);
    try (SafeFiles files = SafeFiles.in(dir)) {
      files.add("index.csv", "x");
      assertThatThrownBy(() -> files.stream("a.csv")).isInstanceOf(IOException.class).hasMessage(dir.resolve("a.csv")
          + ": is a symbolic link; aba never writes through a link (remove it, or choose another directory);"
          + " nothing was written");
    }
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  /** A link planted while the stream is written is refused at commit; the others are not written either. */
  @Test
  void linkPlantedWhileStreaming_refusedAtCommit_nothingWritten() throws IOException {
    earlier();
    Files.writeString(dir.resolve("secret"), "secret");
    Map<String, String> before = snapshot(dir);
    try (SafeFiles files = SafeFiles.in(dir)) {
      try (Writer out = files.writer("new.csv")) {
        out.write("row\n");
        Files.createSymbolicLink(dir.resolve("new.csv"), dir.resolve("secret"));
      }
      files.add("index.csv", "new");
      assertThatThrownBy(files::commit).isInstanceOf(IOException.class).hasMessageContaining("is a symbolic link");
      before.put("new.csv", "-> " + dir.resolve("secret"));
      assertThat(snapshot(dir)).isEqualTo(before);
    }
    assertThat(Files.readString(dir.resolve("secret"))).isEqualTo("secret");
  }

  @Test
  void outputDirectory_aDanglingLinkOrAFile_refusedWhenTheStreamOpens() throws IOException {
    Path dangling = Files.createSymbolicLink(dir.resolve("tables"), dir.resolve("nowhere"));
    try (SafeFiles files = SafeFiles.in(dangling)) {
      assertThatThrownBy(() -> files.stream("a.csv")).hasMessageContaining("leads nowhere");
    }
    Path file = Files.writeString(dir.resolve("file"), "x");
    try (SafeFiles files = SafeFiles.in(file)) {
      assertThatThrownBy(() -> files.writer("a.csv")).hasMessageContaining("exists and is not a directory");
    }
    assertThat(dir.resolve("nowhere")).doesNotExist();
    assertThat(snapshot(dir)).containsOnlyKeys("tables", "file");
  }

  @Test
  void newFilesOnly_streamedFileAppearingMeanwhile_notReplaced() throws IOException {
    try (SafeFiles files = SafeFiles.in(dir).newFilesOnly()) {
      try (Writer out = files.writer("plan.json")) {
        out.write("ours");
        Files.writeString(dir.resolve("plan.json"), "someone else's");
      }
      assertThatThrownBy(files::commit).isInstanceOf(IOException.class).hasMessageContaining("exists already");
    }
    assertThat(snapshot(dir)).containsExactly(Map.entry("plan.json", "someone else's"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".hidden", "../x.csv", "a/b.csv"})
  void notAPlainFileName_rejected(String name) {
    try (SafeFiles files = SafeFiles.in(dir)) {
      assertThatThrownBy(() -> files.stream(name)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(dir.toFile().list()).isEmpty();
  }
}
