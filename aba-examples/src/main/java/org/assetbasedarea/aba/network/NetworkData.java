package org.assetbasedarea.aba.network;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes seeded, clearly fictional assessments of many areas as NDJSON, for trying {@code aba
 * network} at scale: each area (codes spread over the kinds E06 to E10, names "Area N
 * (fictional)") is assessed once a year, on a random day from March to June, under aba-2020. An
 * area has its own starting level and pace; each action its own offset; ratings are noisy,
 * mostly with evidence from people's experience (sometimes only process evidence, so a cap
 * applies), and about one rating in twenty-five is left out.
 *
 * <pre>{@code
 * java -cp aba.jar org.assetbasedarea.aba.network.NetworkData 10000 100 > network.ndjson
 * java -cp aba.jar org.assetbasedarea.aba.network.NetworkData 10000 100 | java -Xmx256m -jar aba.jar network - --out net
 * }</pre>
 */
public final class NetworkData {
  private static final String[] KINDS = {"E06", "E07", "E08", "E09", "E10"};
  private static final String[] ACTIONS = {"map-community-assets", "share-power", "tackle-inequalities",
      "shared-story-and-outcomes", "asset-based-commissioning", "grant-giving",
      "provider-market-development", "volunteers-and-social-entrepreneurs", "value-lived-experience",
      "mutuals-and-co-ops"};
  private static final double[] OFFSET = {0.2, 0.0, -0.5, 0.3, -0.2, 0.4, 0.0, 0.3, -0.1, -0.7};

  private NetworkData() {}

  /**
   * Writes the data to standard output.
   *
   * @param args AREAS YEARS [SEED [LAST-YEAR]]: the number of areas (1 to 200,000) and of years
   *     (1 to 200), the seed (default 13) and the year of the last assessments (default 2025)
   * @throws IOException when standard output fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 4) {
      System.err.println("usage: NetworkData AREAS YEARS [SEED [LAST-YEAR]]");
      System.exit(2);
      return;
    }
    int areas = Integer.parseInt(args[0]);
    int years = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 13;
    int lastYear = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
    if (areas < 1 || areas > 200_000 || years < 1 || years > 200) {
      System.err.println("NetworkData: AREAS must be 1 to 200000 and YEARS 1 to 200");
      System.exit(2);
      return;
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    write(out, areas, years, seed, lastYear);
    out.flush();
  }

  /**
   * Writes areas x years assessments, area by area, as NDJSON.
   *
   * @param out where to write
   * @param areas the number of areas
   * @param years the number of years
   * @param seed the random seed
   * @param lastYear the year of the last assessments
   * @throws IOException when writing fails
   */
  public static void write(Writer out, int areas, int years, long seed, int lastYear) throws IOException {
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder(2048);
    for (int a = 0; a < areas; a++) {
      String code = KINDS[a % KINDS.length] + String.format(Locale.ROOT, "%06d", 100_000 + a / KINDS.length);
      String name = String.format(Locale.ROOT, "Area %05d (fictional)", a + 1);
      double level = 1.3 + random.nextDouble() * 1.2;
      double pace = random.nextDouble() * 0.06 - 0.01;
      for (int y = 0; y < years; y++) {
        int year = lastYear - years + 1 + y;
        LocalDate day = LocalDate.of(year, 3, 1).plusDays(random.nextInt(122));
        line.setLength(0);
        line.append("{\"schemaVersion\":1,\"framework\":\"aba-2020\",\"area\":{\"code\":\"").append(code)
            .append("\",\"name\":\"").append(name).append("\"},\"assessedOn\":\"").append(day)
            .append("\",\"participants\":[{\"role\":\"LIVED_EXPERIENCE\",\"count\":")
            .append(2 + random.nextInt(10)).append("},{\"role\":\"COUNCIL\",\"count\":")
            .append(1 + random.nextInt(5)).append("}],\"ratings\":[");
        boolean first = true;
        for (int i = 0; i < ACTIONS.length; i++) {
          if (random.nextInt(25) == 0) {
            continue;
          }
          double value = level + pace * y + OFFSET[i] + random.nextGaussian() * 0.5;
          int rating = Math.max(1, Math.min(4, (int) Math.round(value)));
          line.append(first ? "" : ",").append("{\"action\":\"").append(ACTIONS[i])
              .append("\",\"rating\":").append(rating).append(",\"evidence\":[");
          first = false;
          int evidence = random.nextInt(10);
          if (evidence > 0) {
            line.append("{\"kind\":\"PROCESSES\",\"summary\":\"Fictional process evidence\"}");
          }
          if (evidence > 1) {
            line.append(",{\"kind\":\"PEOPLES_EXPERIENCE\",\"summary\":\"Fictional residents' account\"}");
          }
          line.append("]}");
        }
        line.append("]}\n");
        out.append(line);
      }
    }
  }
}
