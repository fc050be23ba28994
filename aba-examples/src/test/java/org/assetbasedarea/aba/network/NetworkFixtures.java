package org.assetbasedarea.aba.network;

import java.nio.charset.StandardCharsets;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.ReadResult;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;

/** Small assessments of the built-in framework, written out in full so tests can count by hand. */
final class NetworkFixtures {
  static final String[] ACTIONS = {"map-community-assets", "share-power", "tackle-inequalities",
      "shared-story-and-outcomes", "asset-based-commissioning", "grant-giving",
      "provider-market-development", "volunteers-and-social-entrepreneurs", "value-lived-experience",
      "mutuals-and-co-ops"};
  static final Scorer SCORER = Scorer.standard();
  private static final AbaJson JSON = AbaJson.standard();

  private NetworkFixtures() {}

  /**
   * An assessment's JSON: ratings in framework order, 0 for an action left out; every rating has
   * evidence from people's experience, so its effective rating is the rating.
   */
  static String json(String code, String date, int... ratings) {
    StringBuilder s = new StringBuilder("{\"schemaVersion\":1,\"framework\":\"aba-2020\",\"area\":{\"code\":\"")
        .append(code).append("\",\"name\":\"Area ").append(code).append(" (fictional)\"},\"assessedOn\":\"")
        .append(date).append("\",\"participants\":[{\"role\":\"LIVED_EXPERIENCE\",\"count\":3}],\"ratings\":[");
    boolean first = true;
    for (int i = 0; i < ratings.length; i++) {
      if (ratings[i] == 0) {
        continue;
      }
      s.append(first ? "" : ",").append("{\"action\":\"").append(ACTIONS[i]).append("\",\"rating\":")
          .append(ratings[i]).append(",\"evidence\":[{\"kind\":\"PEOPLES_EXPERIENCE\",\"summary\":\"x\"}]}");
      first = false;
    }
    return s.append("]}").toString();
  }

  static Assessment assessment(String code, String date, int... ratings) {
    ReadResult<Assessment> result = JSON.read(json(code, date, ratings).getBytes(StandardCharsets.UTF_8),
        DocumentType.ASSESSMENT);
    if (!result.isValid()) {
      throw new AssertionError(result.getIssues().toString());
    }
    return result.getDocument().orElseThrow();
  }

  static ScoreReport report(String code, String date, int... ratings) {
    return SCORER.score(assessment(code, date, ratings));
  }

  /** Ten ratings all at one level. */
  static int[] all(int rating) {
    int[] r = new int[10];
    java.util.Arrays.fill(r, rating);
    return r;
  }
}
