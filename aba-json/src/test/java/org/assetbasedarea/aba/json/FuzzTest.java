package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutational fuzzer (Jazzer was not adopted; see docs/decisions.md): valid documents of
 * every type are broken by byte flips, truncation, token insertion and deletion, slice
 * duplication, deep nesting and huge strings, and fed to the reader. It must only ever return a
 * document or well-formed issues (never throw); and every document it accepts must pass the
 * published schema and write back to a document it accepts again. No issue may be {@code
 * INTERNAL_ERROR} (a bug of the library), and binding the same bytes through {@link AbaModule}
 * must refuse only with Jackson exceptions. 12 seeds of 1000 documents.
 */
class FuzzTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new AbaModule()).build();
  private static final int SEEDS = 12;
  private static final int DOCUMENTS_PER_SEED = 1000;
  private static final int BASES_PER_TYPE = 30;
  /** Valid documents to mutate, per type (generated once, from a fixed seed). */
  private static final java.util.Map<DocumentType<?>, List<byte[]>> BASES = bases();
  private static final String[] TOKENS = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e999999", "-0.0", "NaN",
    "Infinity", "1.5", "99999999999999999999999999999", "\"@class\":\"java.lang.Runtime\",",
    "[\"java.lang.ProcessBuilder\",[\"sh\"]]", "\\u0000", "\\ud800", "\u0001", "\u00e9", "\uD83D\uDE00",
    "\"schemaVersion\":1,", "\"rating\":", "\"x\":{},", "/*", "'", "\t", "\n", "\r\n", "\\"
  };

  static Stream<Long> seeds() {
    return LongStream.range(0, SEEDS).mapToObj(i -> AssessmentGenerator.BASE_SEED * 31 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedDocuments_giveADocumentOrIssues_neverAnException(long seed) {
    Random random = new Random(seed);
    List<DocumentType<?>> types = DocumentType.values();
    for (int n = 0; n < DOCUMENTS_PER_SEED; n++) {
      DocumentType<?> type = types.get(random.nextInt(types.size()));
      List<byte[]> bases = BASES.get(type);
      byte[] input = mutate(random, bases.get(random.nextInt(bases.size())));
      check(seed, n, type, input);
    }
  }

  private static <T> void check(long seed, int n, DocumentType<T> type, byte[] input) {
    checkModule(seed, n, type, input);
    ReadResult<T> result;
    try {
      result = JSON.read(input, type);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("seed " + seed + " document " + n + " (" + type + ") threw: "
          + new String(input, StandardCharsets.UTF_8), e);
    }
    if (result.isValid()) {
      assertThat(result.getIssues()).isEmpty();
      String text = JSON.writeString(result.getDocument().orElseThrow());
      assertThat(PublishedSchemas.errors(type, text))
          .as("seed %d document %d: an accepted %s passes the published schema", seed, n, type)
          .isEmpty();
      assertThat(JSON.read(text, type).getDocument()).as("seed %d document %d", seed, n)
          .isEqualTo(result.getDocument());
    } else {
      assertThat(result.getDocument()).isEmpty();
      List<Issue> issues = result.getIssues();
      if (issues.isEmpty()) {
        fail("seed " + seed + " document " + n + ": invalid without issues");
      }
      for (Issue issue : issues) {
        assertThat(issue.getCode()).as("seed %d document %d (%s): %s", seed, n, type,
            new String(input, StandardCharsets.UTF_8)).isNotEqualTo(IssueCode.INTERNAL_ERROR);
        assertThat(Pointer.isValid(issue.getPath())).as("seed %d document %d: %s", seed, n, issue)
            .isTrue();
        assertThat(issue.getCode()).isNotNull();
        assertThat(issue.getMessage()).isNotBlank();
        assertThat(issue.getLine().orElse(0)).as("seed %d document %d: %s", seed, n, issue)
            .isPositive();
        assertThat(issue.getColumn().orElse(0)).isPositive();
      }
    }
  }

  /**
   * Binding through the module (a caller's mapper) refuses with an {@link
   * InvalidDocumentException} listing issues, or the parser's own exception, never anything else.
   */
  private static void checkModule(long seed, int n, DocumentType<?> type, byte[] input) {
    try {
      MAPPER.readValue(input, type.getJavaType());
    } catch (InvalidDocumentException e) {
      assertThat(e.getIssues()).extracting(Issue::getCode)
          .as("seed %d document %d (%s)", seed, n, type)
          .isNotEmpty().doesNotContain(IssueCode.INTERNAL_ERROR);
    } catch (JacksonException e) {
      // the caller's parser refusing the text (malformed JSON, a limit): a Jackson exception
    } catch (RuntimeException | Error e) {
      throw new AssertionError("seed " + seed + " document " + n + " (" + type + "): the module "
          + "threw " + e + " for " + new String(input, StandardCharsets.UTF_8), e);
    }
  }

  private static java.util.Map<DocumentType<?>, List<byte[]>> bases() {
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    java.util.Map<DocumentType<?>, List<byte[]>> bases = new java.util.HashMap<>();
    for (DocumentType<?> type : DocumentType.values()) {
      List<byte[]> documents = new java.util.ArrayList<>();
      for (int i = 0; i < BASES_PER_TYPE; i++) {
        documents.add(ValidDocuments.bytes(random, type));
      }
      bases.put(type, documents);
    }
    return bases;
  }

  static byte[] mutate(Random random, byte[] document) {
    byte[] text = document;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = text.length == 0 ? 0 : random.nextInt(text.length);
      switch (random.nextInt(9)) {
        case 0: // byte flip
          if (text.length > 0) {
            text = text.clone();
            text[at] = (byte) random.nextInt(256);
          }
          break;
        case 1: // truncation
          text = Arrays.copyOf(text, at);
          break;
        case 2: // token insertion
        case 3:
          text = insert(text, at, TOKENS[random.nextInt(TOKENS.length)]
              .getBytes(StandardCharsets.UTF_8));
          break;
        case 4: // deletion
          int end = Math.min(text.length, at + 1 + random.nextInt(10));
          byte[] shorter = new byte[text.length - (end - at)];
          System.arraycopy(text, 0, shorter, 0, at);
          System.arraycopy(text, end, shorter, at, text.length - end);
          text = shorter;
          break;
        case 5: // slice duplication (often duplicate keys)
          int length = Math.min(text.length - at, 1 + random.nextInt(60));
          text = insert(text, at, Arrays.copyOfRange(text, at, at + length));
          break;
        case 6: // deep nesting
          int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 4000);
          text = insert(text, at, ("[".repeat(depth) + "]".repeat(depth) + ",")
              .getBytes(StandardCharsets.UTF_8));
          break;
        case 7: // huge string
          text = insert(text, at, ("\"" + "x".repeat(1 + random.nextInt(30_000)) + "\"")
              .getBytes(StandardCharsets.UTF_8));
          break;
        default: // digit change, so numbers leave their ranges
          for (int i = at; i < text.length; i++) {
            if (text[i] >= '0' && text[i] <= '9') {
              text = text.clone();
              text[i] = (byte) ('0' + random.nextInt(10));
              break;
            }
          }
          break;
      }
    }
    return text;
  }

  private static byte[] insert(byte[] text, int at, byte[] piece) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + piece.length);
    out.write(text, 0, at);
    out.write(piece, 0, piece.length);
    out.write(text, at, text.length - at);
    return out.toByteArray();
  }
}
