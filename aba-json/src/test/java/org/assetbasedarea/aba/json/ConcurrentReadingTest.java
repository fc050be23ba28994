package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.AssessmentMutations;
import org.junit.jupiter.api.Test;

/** One shared {@link AbaJson} read from many threads gives what one thread gives. */
class ConcurrentReadingTest {
  @Test
  void sharedInstance_readsConcurrently_withTheSameResultsAsOneThread() throws Exception {
    AbaJson json = AbaJson.builder().build();
    List<String> inputs = new ArrayList<>();
    Random random = new Random(AssessmentGenerator.BASE_SEED);
    for (int i = 0; i < 100; i++) {
      inputs.add(json.writeString(i % 2 == 0 ? AssessmentGenerator.validAssessment(random)
          : AssessmentMutations.any(random).assessment()));
    }
    List<String> expected = new ArrayList<>();
    for (String input : inputs) {
      expected.add(describe(json.read(input, DocumentType.ASSESSMENT)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> {
          List<String> results = new ArrayList<>();
          for (String input : inputs) {
            results.add(describe(json.read(input, DocumentType.ASSESSMENT)));
          }
          return results;
        }));
      }
      for (Future<List<String>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String describe(ReadResult<?> result) {
    return result.isValid() ? "valid " + result.getDocument().orElseThrow()
        : "issues " + result.getIssues();
  }
}
