package dev.candor.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {
  @Test
  void run_twoJobsUnevenWork_resultsInInputOrder() throws Exception {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    List<Integer> results =
        Batch.run(
            items,
            2,
            i -> {
              if (i % 7 == 0) {
                Thread.onSpinWait();
              }
              return i * 10;
            },
            r -> done.incrementAndGet(),
            seen::add);
    assertEquals(items.stream().map(i -> i * 10).toList(), results);
    assertEquals(results, seen);
    assertEquals(50, done.get());
  }

  @Test
  void run_zeroJobs_rejected() {
    assertThrows(
        IllegalArgumentException.class, () -> Batch.run(List.of(1), 0, i -> i, r -> {}, r -> {}));
  }
}
