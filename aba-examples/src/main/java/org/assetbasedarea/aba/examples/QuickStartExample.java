package org.assetbasedarea.aba.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * The README's Java example: read an assessment from JSON, list every issue or score it. The region
 * between the {@code README} markers is copied into README.md, and a test checks that the two agree
 * and runs this class.
 */
public final class QuickStartExample {
  private QuickStartExample() {}

  /**
   * Reads an assessment and scores it.
   *
   * @param json an assessment in the JSON contract
   * @param out where to print
   * @return the printed lines
   */
  static List<String> run(String json, PrintStream out) {
    List<String> lines = new ArrayList<>();
    // README-START
    AbaJson aba = AbaJson.standard();                 // strict, hardened reader; build once, share
    ReadResult<Assessment> read = aba.read(json, DocumentType.ASSESSMENT);
    if (!read.isValid()) {
      for (Issue issue : read.getIssues()) {          // every issue at once, in document order
        lines.add(issue.getPath() + ": " + issue.getMessage() + " [" + issue.getCode() + "]");
      }
    } else {
      ScoreReport report = Scorer.standard().score(read.getDocument().orElseThrow());
      lines.add(report.getStatus() + " " + report.getOverall().getBand().orElse(null));
      lines.addAll(report.explain());                 // caps and limiters, in sentences
      lines.add(aba.writeString(report));             // the score-report JSON contract
    }
    // README-END
    lines.forEach(out::println);
    return lines;
  }

  /**
   * Reads and scores a small assessment, then shows the issues of a broken one.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(SAMPLE, System.out);
    run(SAMPLE.replace("\"rating\": 3", "\"rating\": 7").replace("share-power", "share-powr"),
        System.out);
  }

  static final String SAMPLE = """
      {
        "schemaVersion": 1,
        "framework": "aba-2020",
        "area": { "code": "E08000999", "name": "Brackenford (fictional)" },
        "assessedOn": "2026-03-31",
        "participants": [ { "role": "LIVED_EXPERIENCE", "count": 6 } ],
        "ratings": [
          { "action": "share-power", "rating": 3,
            "evidence": [ { "kind": "PROCESSES", "summary": "Co-produced carers strategy" } ] }
        ]
      }
      """;
}
