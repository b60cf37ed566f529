package dev.candor.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item on {@code jobs} threads and hands the results to a consumer in input order
 * (results finished early wait for those before them), so output is the same whatever the number of
 * jobs. Tasks must not throw: a per-item failure is a result.
 */
public final class Batch {
  private Batch() {}

  /**
   * Processes every item and returns the results in input order.
   *
   * @param onDone called on the worker thread as each item finishes (progress), in any order
   * @param inOrder called on the calling thread with each result, in input order
   */
  public static <T, R> List<R> run(
      List<T> items, int jobs, Function<T, R> task, Consumer<R> onDone, Consumer<R> inOrder)
      throws InterruptedException {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(jobs, Math.max(1, items.size())),
            r -> {
              Thread t = new Thread(r, "candor-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  R r = task.apply(item);
                  onDone.accept(r);
                  return r;
                }));
      }
      List<R> results = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        R r;
        try {
          r = f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "a batch task threw; tasks must report failures as results", e.getCause());
        }
        inOrder.accept(r);
        results.add(r);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
