package dev.candor.core.internal.validation;

import dev.candor.core.StatusCode;
import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.internal.cbor.CborValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@code c2pa.hash.data} hard binding against the asset (C2PA 2.2 §15.12.1): exclusions
 * well-formed and covering exactly the manifest store's framing, hash equal.
 */
final class DataHashCheck {
  private DataHashCheck() {}

  /**
   * @param framing where the store lies in the asset (empty for a side-car store)
   */
  static void check(ParsedManifest m, String label, AssetFormat format, AssetSource asset,
      List<ByteRange> framing, Findings f) {
    String url = m.assertionUri(label);
    Map<Object, Object> dh = AssertionCheck.cborContent(m.assertion(label));
    byte[] expected = CborValues.bytes(dh, "hash");
    if (dh == null || expected == null) {
      f.failure(StatusCode.ASSERTION_DATAHASH_MALFORMED, url, "the data hash assertion is malformed");
      return;
    }
    String alg = Hashes.jca(AssertionCheck.firstNonNull(CborValues.text(dh, "alg"), m.claimAlg()));
    if (alg == null) {
      f.failure(StatusCode.ALGORITHM_UNSUPPORTED, url, "data hash algorithm not allowed");
      return;
    }
    List<ByteRange> ex = new ArrayList<>();
    List<Object> list = CborValues.list(dh, "exclusions");
    if (list != null) {
      for (Object o : list) {
        Map<Object, Object> e = CborValues.map(o);
        Long start = CborValues.integer(e, "start");
        Long length = CborValues.integer(e, "length");
        if (start == null || length == null || start < 0 || length < 0) {
          f.failure(StatusCode.ASSERTION_DATAHASH_MALFORMED, url, "an exclusion is malformed");
          return;
        }
        ex.add(new ByteRange(start, length));
      }
    }
    ex.sort(Comparator.comparingLong(ByteRange::start));
    long size = asset.size();
    for (int i = 0; i < ex.size(); i++) {
      ByteRange r = ex.get(i);
      if (r.end() > size || (i > 0 && r.start() < ex.get(i - 1).end())) {
        f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, url,
            "exclusions overlap or run past the end of the asset");
        return;
      }
    }
    if (!framing.isEmpty() && !coversExactly(ex, framing)) {
      boolean coversStore = covers(ex, framing);
      if (!coversStore) {
        f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, url,
            "the exclusions do not cover the manifest store as it lies in the asset");
        return;
      }
      f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, url,
          "the exclusions also cover asset bytes outside the manifest store");
      return;
    }
    byte[] actual;
    try {
      actual = format == null ? dev.candor.core.asset.AssetDigests.excluding(asset, ex, alg)
          : format.bindingDigest(asset, ex, alg);
    } catch (IOException | IllegalArgumentException e) {
      f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, url, "the asset could not be hashed: " + e.getMessage());
      return;
    }
    if (Arrays.equals(actual, expected)) {
      f.success(StatusCode.ASSERTION_DATAHASH_MATCH, url, "data hash valid");
    } else {
      f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, url, "asset hash does not match the data hash");
    }
  }

  /** Whether the exclusions, merged, equal the framing ranges merged. */
  private static boolean coversExactly(List<ByteRange> ex, List<ByteRange> framing) {
    return merge(ex).equals(merge(framing));
  }

  private static boolean covers(List<ByteRange> ex, List<ByteRange> framing) {
    for (ByteRange fr : merge(framing)) {
      boolean in = false;
      for (ByteRange e : merge(ex)) {
        if (e.start() <= fr.start() && e.end() >= fr.end()) {
          in = true;
        }
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  static List<ByteRange> merge(List<ByteRange> in) {
    List<ByteRange> s = new ArrayList<>(in);
    s.sort(Comparator.comparingLong(ByteRange::start));
    List<ByteRange> out = new ArrayList<>();
    for (ByteRange r : s) {
      if (r.length() == 0) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() == r.start()) {
        ByteRange last = out.remove(out.size() - 1);
        out.add(new ByteRange(last.start(), last.length() + r.length()));
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
