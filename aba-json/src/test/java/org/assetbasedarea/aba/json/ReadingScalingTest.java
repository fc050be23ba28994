package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.assetbasedarea.aba.testing.Growth;
import org.junit.jupiter.api.Test;

/**
 * Reading time grows linearly with the input, however many issues it holds. Each size s is an
 * assessment with s duplicate roles, s duplicate actions and s/2 ratings of the wrong type (so the
 * cross-field rules run on a pruned copy), and outcome data with s share figures and s mean
 * figures out of range. Sizes n, 2n, 4n, 8n, measured by {@link Growth}: linear time gives
 * t(8n)/t(n) near 8 and quadratic near 64; the test allows 24.
 */
class ReadingScalingTest {
  private static final AbaJson JSON = AbaJson.standard();
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

  @Test
  void readingTime_growsLinearly_withTheInputAndItsIssues() {
    Growth.Result growth = Growth.measure("ReadingScalingTest", N, size -> {
      byte[] assessment = assessment(size);
      byte[] data = outcomeData(size);
      return () -> {
        assertThat(JSON.read(assessment, DocumentType.ASSESSMENT).getIssues()).isNotEmpty();
        assertThat(JSON.read(data, DocumentType.OUTCOME_DATA).getIssues()).isNotEmpty();
      };
    });
    assertThat(growth.ratio).as(growth.report).isLessThan(24);
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
