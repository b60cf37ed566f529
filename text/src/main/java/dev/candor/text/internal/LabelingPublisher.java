package dev.candor.text.internal;

import dev.candor.core.ProvenanceException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A publisher that labels the chunks of an upstream publisher, one subscription each.
 *
 * <p>Backpressure: upstream is asked for one chunk at a time, and only while the subscriber has
 * outstanding demand and nothing is waiting to be delivered; at most four strings wait (prefix, a
 * chunk, tail with suffix, wrapper). Cancelling cancels upstream. An upstream error is passed on at
 * once and no wrapper follows; a signing failure is passed on as {@code onError} with the {@link
 * ProvenanceException}.
 */
public final class LabelingPublisher implements Flow.Publisher<String> {
  private final Flow.Publisher<? extends CharSequence> upstream;
  private final Supplier<SealingSession> sessions;

  /** Labels {@code upstream}, with a new session from {@code sessions} per subscriber. */
  public LabelingPublisher(
      Flow.Publisher<? extends CharSequence> upstream, Supplier<SealingSession> sessions) {
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super String> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    upstream.subscribe(new Relay(subscriber, sessions.get()));
  }

  /** Subscriber to upstream and subscription for downstream; every delivery goes through drain. */
  private static final class Relay implements Flow.Subscriber<CharSequence>, Flow.Subscription {
    private final Flow.Subscriber<? super String> downstream;
    private final SealingSession session;
    private final ConcurrentLinkedQueue<String> ready = new ConcurrentLinkedQueue<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile Flow.Subscription upstream;
    private volatile boolean awaitingUpstream;
    private volatile boolean upstreamDone;
    private volatile boolean sealed;
    private volatile Throwable error;
    private volatile boolean cancelled;
    private boolean terminated;

    Relay(Flow.Subscriber<? super String> downstream, SealingSession session) {
      this.downstream = downstream;
      this.session = session;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      if (upstream != null) {
        s.cancel(); // rule 2.5: one subscription only
        return;
      }
      upstream = s;
      try {
        offer(session.begin());
      } catch (ProvenanceException | RuntimeException e) {
        upstreamDone = true;
        error = e;
        s.cancel();
      }
      downstream.onSubscribe(this);
      drain();
    }

    @Override
    public void onNext(CharSequence chunk) {
      if (upstreamDone) {
        return;
      }
      try {
        offer(session.accept(Objects.requireNonNull(chunk, "upstream chunk")));
      } catch (RuntimeException e) {
        upstream.cancel();
        onError(e);
        return;
      }
      awaitingUpstream = false;
      drain();
    }

    @Override
    public void onError(Throwable t) {
      if (upstreamDone) {
        return;
      }
      upstreamDone = true;
      error = t;
      drain();
    }

    @Override
    public void onComplete() {
      if (upstreamDone) {
        return;
      }
      upstreamDone = true;
      try {
        offer(session.endText());
        offer(session.seal());
        sealed = true;
      } catch (ProvenanceException | RuntimeException e) {
        error = e;
      }
      drain();
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        Flow.Subscription s = upstream;
        if (s != null) {
          s.cancel();
        }
        upstreamDone = true;
        error = new IllegalArgumentException("request(n) needs n > 0 (rule 3.9), was " + n);
      } else {
        demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      upstream.cancel();
      drain();
    }

    private void offer(String s) {
      if (!s.isEmpty()) {
        ready.offer(s);
      }
    }

    /** Delivers what it can; only one thread at a time runs the loop (rule 1.3). */
    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      while (true) {
        if (terminated || cancelled) {
          ready.clear();
          terminated = true;
        } else if (error != null) {
          ready.clear();
          terminated = true;
          downstream.onError(error);
        } else {
          while (demand.get() > 0 && !cancelled && error == null) {
            String s = ready.poll();
            if (s == null) {
              break;
            }
            demand.decrementAndGet();
            downstream.onNext(s);
          }
          if (ready.isEmpty() && error == null && !cancelled) {
            if (sealed) {
              terminated = true;
              downstream.onComplete();
            } else if (demand.get() > 0 && !upstreamDone && !awaitingUpstream) {
              awaitingUpstream = true;
              upstream.request(1);
            }
          }
        }
        missed = wip.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }
  }
}
