package dev.candor.text.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.text.UncheckedProvenanceException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Pulls chunks from an upstream iterator and hands them on labelled: the prefix first, chunks as
 * they come (minus any held-back NFC tail), then the tail and suffix, then the wrapper. Never
 * returns an empty string. An exception from upstream propagates and no wrapper follows.
 */
public final class LabelingIterator implements Iterator<String> {
  private final Iterator<? extends CharSequence> upstream;
  private final SealingSession session;
  private final ArrayDeque<String> ready = new ArrayDeque<>(3);
  private boolean begun;
  private boolean ended;

  /** Labels {@code upstream} with {@code session}. */
  public LabelingIterator(Iterator<? extends CharSequence> upstream, SealingSession session) {
    this.upstream = Objects.requireNonNull(upstream, "upstream");
    this.session = session;
  }

  @Override
  public boolean hasNext() {
    try {
      while (ready.isEmpty() && !ended) {
        if (!begun) {
          begun = true;
          offer(session.begin());
        } else if (upstream.hasNext()) {
          CharSequence chunk = Objects.requireNonNull(upstream.next(), "upstream chunk");
          offer(session.accept(chunk));
        } else {
          ended = true;
          offer(session.endText());
          offer(session.seal());
        }
      }
    } catch (ProvenanceException e) {
      ended = true;
      ready.clear();
      throw new UncheckedProvenanceException(e);
    }
    return !ready.isEmpty();
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void offer(String s) {
    if (!s.isEmpty()) {
      ready.add(s);
    }
  }
}
