package dev.candor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/** A synchronous, scripted publisher and a recording subscriber for Flow tests. */
final class TestFlows {
  private TestFlows() {}

  /** Emits the items on demand, then completes or fails; records requests and cancellation. */
  static final class ScriptedPublisher implements Flow.Publisher<String> {
    final List<String> items;
    final Throwable failure;
    long requested;
    int emitted;
    boolean cancelled;
    private boolean emitting;
    private long pending;

    ScriptedPublisher(List<String> items, Throwable failure) {
      this.items = items;
      this.failure = failure;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super String> s) {
      s.onSubscribe(
          new Flow.Subscription() {
            @Override
            public void request(long n) {
              requested += n;
              pending += n;
              if (emitting) {
                return; // trampolined, rule 3.3
              }
              emitting = true;
              try {
                while (!cancelled && pending > 0 && emitted < items.size()) {
                  pending--;
                  s.onNext(items.get(emitted++));
                }
                if (!cancelled && emitted == items.size()) {
                  emitted++; // terminal signal once
                  if (failure != null) {
                    s.onError(failure);
                  } else {
                    s.onComplete();
                  }
                }
              } finally {
                emitting = false;
              }
            }

            @Override
            public void cancel() {
              cancelled = true;
            }
          });
    }
  }

  /** Records what arrives; requests {@code initial} on subscribe. */
  static class Recorder implements Flow.Subscriber<String> {
    final List<String> items = new ArrayList<>();
    final long initial;
    Flow.Subscription subscription;
    Throwable error;
    boolean completed;

    Recorder(long initial) {
      this.initial = initial;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (initial > 0) {
        s.request(initial);
      }
    }

    @Override
    public void onNext(String item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable t) {
      error = t;
    }

    @Override
    public void onComplete() {
      completed = true;
    }

    String joined() {
      return String.join("", items);
    }
  }
}
