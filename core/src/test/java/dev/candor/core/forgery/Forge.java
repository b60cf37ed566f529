package dev.candor.core.forgery;

import dev.candor.core.Action;
import dev.candor.core.DigitalSourceType;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.Manifest;
import dev.candor.core.Provenance;
import dev.candor.core.Signer;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.TimeStamper;
import dev.candor.core.TrainingMining;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.cbor.Tagged;
import dev.candor.core.internal.cose.CoseSign1;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.testkit.StoreSurgery;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Builds forged manifest stores the way an attacker would: a real signed store, one thing changed,
 * and (where the attacker holds the key) the claim re-signed so that only the targeted check can
 * fire.
 */
public final class Forge {
  /** The asset every side-car forgery is bound to. */
  public static final byte[] ASSET = asset();

  private Forge() {}

  private static byte[] asset() {
    byte[] a = new byte[4096];
    new Random(9).nextBytes(a);
    return a;
  }

  /** The manifest every forgery starts from. */
  public static Manifest manifest() {
    return Manifest.builder()
        .title("asset.bin")
        .action(
            Action.created(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA)
                .softwareAgent(GeneratorInfo.of("Forgery Lab", "1"))
                .build())
        .assertion(TrainingMining.allNotAllowed().toAssertion())
        .build();
  }

  /** A genuine side-car store over {@link #ASSET}. */
  public static byte[] sidecar(Signer signer, TimeStamper tsaOrNull) throws Exception {
    SigningOptions o = SigningOptions.of(signer);
    if (tsaOrNull != null) {
      o = o.withTimeStamper(tsaOrNull);
    }
    return Provenance.sidecar(manifest(), o, AssetSource.of(ASSET));
  }

  /** The path to a box of the active manifest: labels, or {@code #cbor}. */
  public static List<Box> path(byte[] store, String... steps) {
    Box root = StoreSurgery.parse(store);
    String[] full = new String[steps.length + 1];
    full[0] = StoreSurgery.activeLabel(root);
    System.arraycopy(steps, 0, full, 1, steps.length);
    return StoreSurgery.path(root, full);
  }

  /** The active manifest's label. */
  public static String label(byte[] store) {
    return StoreSurgery.activeLabel(StoreSurgery.parse(store));
  }

  /** The decoded claim of the active manifest (a mutable copy). */
  public static Map<Object, Object> claim(byte[] store) throws Exception {
    List<Box> p = path(store, "c2pa.claim.v2", "#cbor");
    return deepCopy(CborValues.map(Cbor.decode(p.get(p.size() - 1).payload())));
  }

  /**
   * The store with its claim replaced by {@code edit(claim)} and the COSE signature redone over the
   * new claim with {@code key} (so the signature is genuine for the edited claim). The COSE box
   * keeps its length: the padding absorbs the difference, as the C2PA writer does.
   */
  public static byte[] resign(
      byte[] store, PrivateKey key, SigningAlgorithm alg, UnaryOperator<Map<Object, Object>> edit)
      throws Exception {
    byte[] claim = Cbor.encode(edit.apply(claim(store)));
    byte[] s = StoreSurgery.replacePayload(store, path(store, "c2pa.claim.v2", "#cbor"), claim);
    return signClaim(s, key, alg, null);
  }

  /**
   * The store with one assertion's CBOR content replaced by {@code edit(content)}, the claim's
   * hashed URI to it updated, and the claim re-signed with {@code key}.
   */
  public static byte[] editAssertion(
      byte[] store,
      String assertionLabel,
      PrivateKey key,
      SigningAlgorithm alg,
      UnaryOperator<Map<Object, Object>> edit)
      throws Exception {
    List<Box> p = path(store, "c2pa.assertions", assertionLabel, "#cbor");
    Map<Object, Object> content =
        deepCopy(CborValues.map(Cbor.decode(p.get(p.size() - 1).payload())));
    byte[] s = StoreSurgery.replacePayload(store, p, Cbor.encode(edit.apply(content)));
    List<Box> ap = path(s, "c2pa.assertions", assertionLabel);
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256").digest(ap.get(ap.size() - 1).payload());
    return resign(
        s,
        key,
        alg,
        claim -> {
          for (Object o : CborValues.list(claim, "created_assertions")) {
            Map<Object, Object> ref = CborValues.map(o);
            if (CborValues.text(ref, "url").endsWith("/" + assertionLabel)) {
              ref.put("hash", hash);
            }
          }
          return claim;
        });
  }

  /**
   * Signs the stored claim again with {@code key}; {@code protectedEdit}, if given, changes the
   * protected header first (e.g. another algorithm).
   */
  public static byte[] signClaim(
      byte[] store,
      PrivateKey key,
      SigningAlgorithm alg,
      UnaryOperator<Map<Object, Object>> protectedEdit)
      throws Exception {
    return signClaim(store, key, alg, protectedEdit, null);
  }

  /**
   * As {@link #signClaim(byte[], PrivateKey, SigningAlgorithm, UnaryOperator)}, with a new v2
   * time-stamp from {@code tsa} (data to token) when it is not null.
   */
  public static byte[] signClaim(
      byte[] store,
      PrivateKey key,
      SigningAlgorithm alg,
      UnaryOperator<Map<Object, Object>> protectedEdit,
      java.util.function.Function<byte[], byte[]> tsa)
      throws Exception {
    return signClaim(store, key, alg, protectedEdit, tsa, -1);
  }

  private static byte[] signClaim(
      byte[] store,
      PrivateKey key,
      SigningAlgorithm alg,
      UnaryOperator<Map<Object, Object>> protectedEdit,
      java.util.function.Function<byte[], byte[]> tsa,
      int coseSize)
      throws Exception {
    List<Box> claimPath = path(store, "c2pa.claim.v2", "#cbor");
    byte[] claim = claimPath.get(claimPath.size() - 1).payload();
    List<Box> sigPath = path(store, "c2pa.signature", "#cbor");
    byte[] oldCose = sigPath.get(sigPath.size() - 1).payload();
    List<Object> arr = CborValues.list(((Tagged) Cbor.decode(oldCose)).value());
    byte[] prot = (byte[]) arr.get(0);
    if (protectedEdit != null) {
      prot = Cbor.encode(protectedEdit.apply(deepCopy(CborValues.map(Cbor.decode(prot)))));
    }
    Map<Object, Object> unprot = deepCopy(CborValues.map(arr.get(1)));
    unprot.remove("pad");
    unprot.remove("pad2");
    byte[] sig = RawSignatures.sign(alg, key, CoseSign1.sigStructure(prot, claim));
    if (tsa != null) {
      Map<Object, Object> val = new LinkedHashMap<>();
      val.put("val", tsa.apply(dev.candor.core.internal.tsa.CounterSignatureData.of(
          dev.candor.core.internal.tsa.TimeStampHeader.SIG_TST2, prot, sig, null)));
      Map<Object, Object> tst = new LinkedHashMap<>();
      tst.put("tstTokens", List.of(val));
      unprot.put("sigTst2", tst);
    }
    byte[] cose =
        CoseSign1.encodePadded(prot, unprot, sig, coseSize >= 0 ? coseSize
            // a store written without a TSA reserves no room for a token: make some
            : tsa != null ? oldCose.length + dev.candor.core.Signer.TIME_STAMP_RESERVE : oldCose.length);
    return StoreSurgery.replacePayload(store, sigPath, cose);
  }

  /**
   * {@code forged} re-signed with its COSE padding grown or shrunk so that the store is exactly
   * {@code length} bytes, as an attacker who must fit the original slot in a file would do.
   */
  public static byte[] fitLength(byte[] forged, int length, PrivateKey key, SigningAlgorithm alg)
      throws Exception {
    List<Box> sigPath = path(forged, "c2pa.signature", "#cbor");
    int cose = sigPath.get(sigPath.size() - 1).payload().length;
    byte[] padded = signClaim(forged, key, alg, null, null, cose + length - forged.length);
    if (padded.length != length) {
      throw new IllegalStateException("store is " + padded.length + " bytes, wanted " + length);
    }
    return padded;
  }

  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, deepCopy(x)));
      return (T) out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(deepCopy(x)));
      return (T) out;
    }
    return v;
  }
}
