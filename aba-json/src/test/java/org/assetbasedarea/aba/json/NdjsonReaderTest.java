package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {
  private static final AbaJson JSON = AbaJson.standard();

  private static String line(long seed) {
    return JSON.writeString(AssessmentGenerator.validAssessment(new Random(seed)));
  }

  private static List<NdjsonReader.Line<Assessment>> readAll(AbaJson json, String text)
      throws IOException {
    List<NdjsonReader.Line<Assessment>> lines = new ArrayList<>();
    try (NdjsonReader<Assessment> reader = json.readLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DocumentType.ASSESSMENT)) {
      reader.forEachRemaining(lines::add);
    }
    return lines;
  }

  @Test
  void readLines_givesOneResultPerNonBlankLine_withFileLineNumbers() throws IOException {
    String text = line(1) + "\n\n   \t\n" + line(2) + "\r\n" + "{\"schemaVersion\":1}\n" + line(3);
    List<NdjsonReader.Line<Assessment>> lines = readAll(JSON, text);
    assertThat(lines).extracting(NdjsonReader.Line::getNumber).containsExactly(1L, 4L, 5L, 6L);
    assertThat(lines).extracting(l -> l.getResult().isValid()).containsExactly(true, true, false, true);
    assertThat(lines.get(0).getResult().getDocument())
        .contains(AssessmentGenerator.validAssessment(new Random(1)));
    assertThat(lines.get(2).getResult().getIssues())
        .extracting(Issue::getCode).contains(IssueCode.MISSING_FIELD);
    assertThat(lines.get(2).getResult().getIssues())
        .allSatisfy(issue -> assertThat(issue.getLine()).hasValue(5));
  }

  @Test
  void lineLongerThanTheLimit_isAnIssue_andEndsTheReading() throws IOException {
    AbaJson small = AbaJson.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(line(1).length() + 10).build()).build();
    String text = line(1) + "\n" + "[" + "1,".repeat(100_000) + "1]\n" + line(1) + "\n";
    List<NdjsonReader.Line<Assessment>> lines = readAll(small, text);
    assertThat(lines).extracting(NdjsonReader.Line::getNumber).containsExactly(1L, 2L);
    assertThat(lines.get(1).getResult().getIssues()).extracting(Issue::getCode, Issue::getLine)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            IssueCode.LIMIT_EXCEEDED, java.util.OptionalLong.of(2)));
  }

  /** A stream without line ends (/dev/zero, say) is read to the limit, not for ever. */
  @Test
  void endlessStreamWithoutLineEnds_stopsAtTheLimit() throws IOException {
    int limit = 1 << 20;
    AbaJson small = AbaJson.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(limit).build()).build();
    long[] served = {0};
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        served[0] += len;
        return len;
      }
    };
    try (NdjsonReader<Assessment> reader = small.readLines(zeros, DocumentType.ASSESSMENT)) {
      List<NdjsonReader.Line<Assessment>> lines = new java.util.ArrayList<>();
      reader.forEachRemaining(lines::add);
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0).getResult().getIssues()).extracting(Issue::getCode)
          .containsExactly(IssueCode.LIMIT_EXCEEDED);
    }
    assertThat(served[0]).isLessThanOrEqualTo(limit + 2L * 65536);
  }

  /** The CR of a CRLF line end does not count against the limit: LF and CRLF twins agree. */
  @Test
  void lineOfExactlyTheLimit_passesWithLfAndWithCrlf() throws IOException {
    String document = line(1);
    AbaJson exact = AbaJson.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(
            document.getBytes(StandardCharsets.UTF_8).length).build()).build();
    for (String end : List.of("\n", "\r\n")) {
      List<NdjsonReader.Line<Assessment>> lines = readAll(exact, document + end + document + end);
      assertThat(lines).as("line end %s", end.length()).hasSize(2)
          .allSatisfy(l -> assertThat(l.getResult().isValid()).isTrue());
    }
    AbaJson oneLess = AbaJson.builder()
        .limits(ReadLimits.builder().maxDocumentBytes(
            document.getBytes(StandardCharsets.UTF_8).length - 1).build()).build();
    for (String end : List.of("\n", "\r\n", "\r\r\n")) {
      assertThat(readAll(oneLess, document + end)).singleElement().satisfies(l ->
          assertThat(l.getResult().getIssues()).extracting(Issue::getCode)
              .containsExactly(IssueCode.LIMIT_EXCEEDED));
    }
  }

  /** A bare CR inside a line is no line end: its issues stay on the line, at their byte. */
  @Test
  void bareCarriageReturnInsideALine_keepsIssuesOnThatLine() throws IOException {
    String first = "{\"schemaVersion\":1,\r\"bogus\":}";
    List<NdjsonReader.Line<Assessment>> lines = readAll(JSON, first + "\n" + line(1) + "\n");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).getResult().getIssues()).isNotEmpty().allSatisfy(issue -> {
      assertThat(issue.getLine()).hasValue(1);
      assertThat(issue.getColumn().getAsInt()).isBetween(20, first.length() + 1);
    });
  }

  /** Issue lines are file lines, past 2^31 too. */
  @Test
  void issueLines_areLongs() {
    Issue issue = Issue.of("", IssueCode.MISSING_FIELD, "is missing").atLocation(3_000_000_000L, 7);
    assertThat(issue.getLine()).hasValue(3_000_000_000L);
    assertThat(AbaJson.standard().writeString(issue)).contains("\"line\":3000000000");
  }

  @Test
  void emptyInput_hasNoLines() throws IOException {
    assertThat(readAll(JSON, "")).isEmpty();
    assertThat(readAll(JSON, "\n\n")).isEmpty();
  }

  @Test
  void next_afterTheEnd_throwsNoSuchElement() throws IOException {
    try (NdjsonReader<Assessment> reader = JSON.readLines(
        new ByteArrayInputStream(new byte[0]), DocumentType.ASSESSMENT)) {
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  /** Reads 20000 lines from a stream that is generated as it is read: nothing holds the file. */
  @Test
  void longInput_isStreamed_oneLineAtATime() throws IOException {
    byte[] one = (JSON.writeString(AssessmentGenerator.validAssessment(new Random(7),
        org.assetbasedarea.aba.framework.Frameworks.aba2020(), 0)) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    int total = 20_000;
    CountingLines source = new CountingLines(one, total);
    try (NdjsonReader<Assessment> reader = JSON.readLines(source, DocumentType.ASSESSMENT)) {
      assertThat(reader.next().getResult().isValid()).isTrue();
      assertThat(source.bytesRead).as("only a buffer ahead of the first line")
          .isLessThanOrEqualTo(65_536L + one.length);
      long valid = 1;
      long last = 1;
      while (reader.hasNext()) {
        NdjsonReader.Line<Assessment> line = reader.next();
        valid += line.getResult().isValid() ? 1 : 0;
        last = line.getNumber();
      }
      assertThat(valid).isEqualTo(total);
      assertThat(last).isEqualTo(total);
    }
  }

  @Test
  void stream_givesTheSameLines() {
    String text = line(1) + "\n" + line(2) + "\n";
    NdjsonReader<Assessment> reader = JSON.readLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DocumentType.ASSESSMENT);
    try (var lines = reader.stream()) {
      assertThat(lines.filter(l -> l.getResult().isValid()).count()).isEqualTo(2);
    }
  }

  private static final class CountingLines extends InputStream {
    private final byte[] line;
    private final long total;
    private long bytesRead;

    CountingLines(byte[] line, long lines) {
      this.line = line;
      this.total = lines * line.length;
    }

    @Override
    public int read() {
      if (bytesRead >= total) {
        return -1;
      }
      return line[(int) (bytesRead++ % line.length)] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (bytesRead >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - bytesRead);
      for (int i = 0; i < n; i++) {
        into[offset + i] = line[(int) (bytesRead++ % line.length)];
      }
      return n;
    }
  }

  /** What {@link NdjsonReader#map} gives, as "number:valid:issues" per line, in its order. */
  private static List<String> mapped(String text, int threads) throws IOException {
    List<String> answers = new ArrayList<>();
    try (NdjsonReader<Assessment>.Mapped<String> lines = JSON.readLines(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DocumentType.ASSESSMENT)
        .map(threads, line -> line.getNumber() + ":" + line.getResult().isValid() + ":"
            + line.getResult().getIssues())) {
      lines.forEachRemaining(answers::add);
    }
    return answers;
  }

  @Test
  void map_onOneOrMoreThreads_answersEveryLineInInputOrder_asReadingInTurnDoes() throws IOException {
    StringBuilder text = new StringBuilder();
    Random random = new Random(16);
    for (int i = 0; i < 300; i++) {
      int kind = random.nextInt(5);
      text.append(kind == 0 ? "{\"schemaVersion\":1}" : kind == 1 ? "" : kind == 2 ? "[1,"
          : line(random.nextInt(40))).append(random.nextBoolean() ? "\n" : "\r\n");
    }
    List<String> expected = new ArrayList<>();
    for (NdjsonReader.Line<Assessment> line : readAll(JSON, text.toString())) {
      expected.add(line.getNumber() + ":" + line.getResult().isValid() + ":"
          + line.getResult().getIssues());
    }
    assertThat(expected).hasSizeGreaterThan(200);
    for (int threads : new int[] {1, 2, 3, 8}) {
      assertThat(mapped(text.toString(), threads)).as("%d threads", threads).isEqualTo(expected);
    }
  }

  @Test
  void map_whenWorkThrows_theCallerGetsThatException_inItsLinesTurn_andNothingAfter() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      text.append(line(i)).append('\n');
    }
    for (int threads : new int[] {1, 2, 4}) {
      IllegalArgumentException bug = new IllegalArgumentException("a bug at line 20");
      List<Long> answered = new ArrayList<>();
      NdjsonReader<Assessment>.Mapped<Long> lines = JSON.readLines(new ByteArrayInputStream(
          text.toString().getBytes(StandardCharsets.UTF_8)), DocumentType.ASSESSMENT)
          .map(threads, line -> {
            if (line.getNumber() == 20) {
              throw bug;
            }
            return line.getNumber();
          });
      assertThatThrownBy(() -> lines.forEachRemaining(answered::add)).as("%d threads", threads)
          .isSameAs(bug);
      assertThat(answered).as("%d threads", threads).hasSize(19).endsWith(19L);
      assertThatThrownBy(lines::hasNext).as("%d threads", threads)
          .isInstanceOf(IllegalStateException.class).hasCause(bug);
    }
  }
}
