package dev.candor.benchmarks;

import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.PreparedStore;
import java.util.List;

/**
 * A store of fixed length that signs nothing, so a streaming benchmark measures the per-chunk work
 * (NFC, hashing, emitting) and not the signature, which {@link SigningBenchmark} measures.
 */
final class UnsignedStore implements PreparedStore {
  private final int length;

  UnsignedStore(int length) {
    this.length = length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public String hashAlgorithm() {
    return "SHA-256";
  }

  @Override
  public byte[] placeholder() {
    return new byte[length];
  }

  @Override
  public byte[] finish(byte[] digest, List<ByteRange> exclusions) {
    byte[] out = new byte[length];
    System.arraycopy(digest, 0, out, 0, Math.min(digest.length, length));
    return out;
  }
}
