package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.junit.jupiter.api.Test;

/**
 * Reading time grows linearly with the input, however many issues it holds. Each size s is an
 * assessment with s duplicate roles, s duplicate actions and s/2 ratings of the wrong type (so the
 * cross-field rules run on a pruned copy), and outcome data with s share figures and s mean
 * figures out of range. Sizes n, 2n, 4n, 8n; each time is the best of three runs of the thread's
 * CPU time after a warm-up of every size. Linear time gives t(8n)/t(n) near 8 and quadratic near
 * 64: the test allows 24. It is a test of growth, not of speed (speed is measured with JMH).
 */
class ReadingScalingTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int N = 500;

  static byte[] assessment(int size) {
    List<Participant> participants = new ArrayList<>(size);
    List<Rating> ratings = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      participants.add(Participant.of(Role.COUNCIL, 1 + i % 100));
      ratings.add(Rating.of("share-power", 1 + i % 4));
    }
    String text = JSON.writeString(Assessment.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 3, 31))
        .participants(participants)
        .ratings(ratings)
        .build());
    // every other rating as a string: a structural issue that keeps the document from binding
    StringBuilder out = new StringBuilder(text.length() + size * 2);
    int from = 0;
    int k = 0;
    while (true) {
      int at = text.indexOf("\"rating\":", from);
      if (at < 0) {
        break;
      }
      int value = at + "\"rating\":".length();
      out.append(text, from, value);
      if (k++ % 2 == 0) {
        out.append('"').append(text.charAt(value)).append('"');
      } else {
        out.append(text.charAt(value));
      }
      from = value + 1;
    }
    out.append(text, from, text.length());
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] outcomeData(int size) {
    OutcomeData.Builder data = OutcomeData.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", "Leeds"))
        .period(Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
    for (int i = 0; i < size; i++) {
      data.addShares(ShareFigure.of("ascof-1b", 20 + i, 10 + i));
      data.addMeans(MeanFigure.of("ascof-1a", 10 + i, 30 + i, 1));
    }
    return JSON.write(data.build());
  }

  private static long cpuNanos(byte[] json, DocumentType<?> type) {
    long start = THREADS.getCurrentThreadCpuTime();
    ReadResult<?> result = JSON.read(json, type);
    long time = THREADS.getCurrentThreadCpuTime() - start;
    assertThat(result.getIssues()).isNotEmpty();
    return time;
  }

  private static long best(int size) {
    byte[] assessment = assessment(size);
    byte[] data = outcomeData(size);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      best = Math.min(best, cpuNanos(assessment, DocumentType.ASSESSMENT)
          + cpuNanos(data, DocumentType.OUTCOME_DATA));
    }
    return best;
  }

  @Test
  void readingTime_growsLinearly_withTheInputAndItsIssues() {
    assertThat(THREADS.isCurrentThreadCpuTimeSupported()).isTrue();
    int[] sizes = {N, 2 * N, 4 * N, 8 * N};
    for (int size : sizes) {
      best(size); // warm-up
    }
    long[] times = new long[sizes.length];
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < sizes.length; i++) {
      times[i] = best(sizes[i]);
      report.append(String.format(Locale.ROOT, "%d: %.1f ms; ", sizes[i], times[i] / 1e6));
    }
    double ratio = (double) times[3] / Math.max(1, times[0]);
    report.append(String.format(Locale.ROOT, "t(8n)/t(n) = %.1f", ratio));
    System.out.println("ReadingScalingTest: " + report);
    assertThat(ratio).as(report.toString()).isLessThan(24);
  }

  @Test
  void aDocumentWithThousandsOfIssues_reportsTheFirstThousand_andHowManyMore() {
    List<Issue> issues = JSON.read(assessment(3000), DocumentType.ASSESSMENT).getIssues();

    assertThat(issues).hasSize(Issue.MAX_PER_DOCUMENT + 1);
    Issue last = issues.get(Issue.MAX_PER_DOCUMENT);
    assertThat(last.getCode()).isEqualTo(IssueCode.TOO_MANY_ISSUES);
    assertThat(last.getPath()).isEmpty();
    // 2999 duplicate roles, 1500 ratings of the wrong type and the duplicate actions of the
    // 1500 ratings that bind (1499, the first of them being the original)
    assertThat(last.getMessage()).isEqualTo("and 4,998 more issues were found");
    assertThat(issues.subList(0, Issue.MAX_PER_DOCUMENT)).extracting(Issue::getPath)
        .startsWith("/participants/1/role", "/participants/2/role");
  }

  /** The module's refusal is capped the same way. */
  @Test
  void theModule_capsItsIssuesToo() {
    try {
      JSON.mapper().readValue(assessment(3000), Assessment.class);
      throw new AssertionError("bound");
    } catch (InvalidDocumentException e) {
      assertThat(e.getIssues()).hasSize(Issue.MAX_PER_DOCUMENT + 1);
      assertThat(e.getIssues().get(Issue.MAX_PER_DOCUMENT).getCode())
          .isEqualTo(IssueCode.TOO_MANY_ISSUES);
    }
  }
}
