package dev.candor.text;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.PreparedStore;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A prepared store that "signs" by returning fixed bytes, and records what it was given. */
class FakeStore implements PreparedStore {
  final byte[] signed;
  byte[] digest;
  List<ByteRange> exclusions;
  int finishCalls;

  FakeStore(byte[] signed) {
    this.signed = signed.clone();
  }

  /** A store of {@code length} bytes covering every byte value, so every selector width occurs. */
  static FakeStore ofLength(int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (i * 7 + 3);
    }
    return new FakeStore(b);
  }

  static FakeStore of(String ascii) {
    return new FakeStore(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int length() {
    return signed.length;
  }

  @Override
  public String hashAlgorithm() {
    return "SHA-256";
  }

  @Override
  public byte[] placeholder() {
    return new byte[signed.length];
  }

  @Override
  public byte[] finish(byte[] digest, List<ByteRange> exclusions) throws ProvenanceException {
    finishCalls++;
    this.digest = digest.clone();
    this.exclusions = List.copyOf(exclusions);
    return signed.clone();
  }
}
