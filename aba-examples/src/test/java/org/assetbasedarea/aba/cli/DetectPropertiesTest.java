package org.assetbasedarea.aba.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assetbasedarea.aba.json.AbaJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * {@link JsonDocuments#detect} reads the top-level names with its own parser factory instead of
 * the library's mapper: on the samples, their mutations and hostile texts it tells the kind
 * exactly as the mapper's parser does (seeded random loops).
 */
class DetectPropertiesTest {
  private static final String SAMPLES = "/org/assetbasedarea/aba/examples/samples/";
  private static final Set<String> PLAN_FIELDS = Set.of("goals", "checkIns", "kind", "startsOn",
      "endsOn", "midpointReviewOn", "baselineAssessedOn", "team");
  private static final String[] NAMES = {"period", "responses", "tallies", "groupings",
      "approaches", "goals", "kind", "ratings", "assessedOn", "area", "schemaVersion", "x", "id"};

  private final JsonDocuments documents = new JsonDocuments();

  @Test
  void samplesAndTheirMutations_detectAsTheMapperDoes() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : List.of("brackenford-2025.json", "brackenford-2026.json",
        "brackenford-outcomes-2025.json", "brackenford-outcomes-2026.json",
        "brackenford-plan-2025.json")) {
      try (InputStream in = DetectPropertiesTest.class.getResourceAsStream(SAMPLES + name)) {
        seeds.add(in.readAllBytes());
      }
    }
    Random random = new Random(16_3);
    int checked = 0;
    for (int i = 0; i < 3_000; i++) {
      byte[] seed = seeds.get(random.nextInt(seeds.size()));
      byte[] bytes = mutate(seed, random);
      assertThat(documents.detect(bytes)).as("case %d: %s", i, preview(bytes))
          .isEqualTo(byMapper(bytes));
      checked++;
    }
    assertThat(checked).isEqualTo(3_000);
  }

  @Test
  void generatedAndHostileTexts_detectAsTheMapperDoes() {
    Random random = new Random(16_4);
    List<Documents.Kind> seen = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      byte[] bytes = generated(random).getBytes(StandardCharsets.UTF_8);
      Documents.Kind kind = documents.detect(bytes);
      assertThat(kind).as("case %d: %s", i, preview(bytes)).isEqualTo(byMapper(bytes));
      seen.add(kind);
    }
    // the generator reaches every kind, so agreement is not only on the default
    assertThat(Set.copyOf(seen)).containsExactlyInAnyOrder(Documents.Kind.values());
  }

  private static String generated(Random random) {
    StringBuilder text = new StringBuilder("{");
    int fields = random.nextInt(5);
    for (int f = 0; f < fields; f++) {
      if (f > 0) {
        text.append(',');
      }
      text.append('"').append(NAMES[random.nextInt(NAMES.length)]).append("\":");
      switch (random.nextInt(6)) {
        case 0:
          // nesting around the limit (32): deeper fails in both parsers
          int depth = 25 + random.nextInt(15);
          text.append("[".repeat(depth)).append("]".repeat(depth));
          break;
        case 1:
          text.append("1".repeat(50 + random.nextInt(30)));
          break;
        case 2:
          text.append("{\"a\":1,\"a\":2}");
          break;
        case 3:
          text.append("\"").append("s".repeat(random.nextInt(20))).append('"');
          break;
        case 4:
          text.append("[1,{\"b\":null}]");
          break;
        default:
          text.append("tru");
          break;
      }
    }
    return random.nextInt(10) == 0 ? text.toString() : text.append('}').toString();
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] bytes = seed.clone();
    switch (random.nextInt(5)) {
      case 0:
        return bytes;
      case 1:
        // a truncation
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 2:
        // a byte flipped to a JSON-significant or invalid character
        byte[] chars = "{}[]\",:0a\\\u0000".getBytes(StandardCharsets.UTF_8);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          bytes[random.nextInt(bytes.length)] = random.nextBoolean()
              ? chars[random.nextInt(chars.length)] : (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
      case 3:
        // a top-level field repeated at the start (a duplicate key)
        String text = new String(bytes, StandardCharsets.UTF_8);
        String name = NAMES[random.nextInt(NAMES.length)];
        return text.replaceFirst("\\{", "{\"" + name + "\": 1, \"" + name + "\": 2,")
            .getBytes(StandardCharsets.UTF_8);
      default:
        // a kind's field added at the start
        String added = NAMES[random.nextInt(NAMES.length)];
        return new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\{",
            "{\"" + added + "\": [],").getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String preview(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /** The detection as it was, with the library mapper's parser: the reference. */
  private static Documents.Kind byMapper(byte[] bytes) {
    AbaJson json = AbaJson.standard();
    if (bytes.length > json.getLimits().getMaxDocumentBytes()) {
      return Documents.Kind.ASSESSMENT;
    }
    try (JsonParser parser = json.mapper().createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Documents.Kind.ASSESSMENT;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if ("period".equals(name) || "responses".equals(name) || "tallies".equals(name)) {
          return Documents.Kind.OUTCOME_DATA;
        }
        if ("groupings".equals(name)) {
          return Documents.Kind.FRAMEWORK;
        }
        if ("approaches".equals(name)) {
          return Documents.Kind.APPROACH_CATALOGUE;
        }
        if (PLAN_FIELDS.contains(name)) {
          return Documents.Kind.PLAN;
        }
        if ("ratings".equals(name) || "assessedOn".equals(name)) {
          return Documents.Kind.ASSESSMENT;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return Documents.Kind.ASSESSMENT;
    } catch (JacksonException e) {
      return Documents.Kind.ASSESSMENT;
    }
  }
}
