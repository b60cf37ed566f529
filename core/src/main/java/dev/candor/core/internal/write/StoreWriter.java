package dev.candor.core.internal.write;

import dev.candor.core.ProvenanceException;
import dev.candor.core.Signer;
import dev.candor.core.TimeStamper;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.PreparedStore;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cose.CoseSign1;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.tsa.CounterSignatureData;
import dev.candor.core.internal.tsa.TimeStampHeader;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a C2PA manifest store with a v2 claim in the multi-pass way (C2PA 2.2 §10.4): the store is
 * laid out with a placeholder data hash and a reserved signature, so its length is fixed; then
 * {@link #finish} fills in the hash, signs, and returns a store of the same length.
 *
 * <p>Layout, as c2pa-rs writes it:
 *
 * <pre>
 * jumb c2pa "c2pa"
 *   [ingredient manifests, as stored]
 *   jumb c2ma "urn:c2pa:&lt;uuid&gt;"
 *     jumb c2as "c2pa.assertions"  { ingredients, actions, further assertions, c2pa.hash.data }
 *     jumb c2cl "c2pa.claim.v2"    { cbor claim }
 *     jumb c2cs "c2pa.signature"   { cbor COSE_Sign1_Tagged, padded to the reserve }
 * </pre>
 */
public final class StoreWriter implements PreparedStore {
  /** The hash.data assertion label. */
  public static final String DATA_HASH = "c2pa.hash.data";

  /** Room beyond the untimed COSE_Sign1 for the pad's own length header and a pad2. */
  private static final int UNTIMED_SLACK = 64;

  private final Signer signer;
  private final TimeStamper timeStamper;
  private final String label;
  private final String instanceId;
  private final ManifestSpec spec;
  private final List<byte[]> ingredientManifests;
  private final List<AssertionBox> assertions;
  private final byte[] protectedHeader;
  private final int reserve;
  private final int dataHashSize;
  private final int exclusionCount;
  private final int length;

  /**
   * Lays out the store.
   *
   * @param exclusionCount 1 for a store embedded in the asset, 0 for a side-car store
   * @throws ProvenanceException when an ingredient store is unreadable or the chain cannot be encoded
   */
  public StoreWriter(ManifestSpec spec, Signer signer, TimeStamper timeStamper, int exclusionCount)
      throws ProvenanceException {
    this(StoreTemplate.of(spec), signer, timeStamper, exclusionCount);
  }

  /**
   * Lays out a store from a template's assertions (shared, never modified): each store adds its
   * own data hash, labels and signature.
   *
   * @param exclusionCount 1 for a store embedded in the asset, 0 for a side-car store
   * @throws ProvenanceException when the chain cannot be encoded
   */
  public StoreWriter(
      StoreTemplate template, Signer signer, TimeStamper timeStamper, int exclusionCount)
      throws ProvenanceException {
    this.spec = template.spec();
    this.ingredientManifests = template.ingredientManifests();
    this.assertions = new ArrayList<>(template.assertions().size() + 1);
    this.assertions.addAll(template.assertions());
    this.signer = signer;
    this.timeStamper = timeStamper;
    this.exclusionCount = exclusionCount;
    this.label = "urn:c2pa:" + UUID.randomUUID();
    this.instanceId = "xmp:iid:" + UUID.randomUUID();
    List<X509Certificate> certs = signer.certificateChain();
    if (certs.isEmpty()) {
      throw new ProvenanceException("the signer has no certificate chain");
    }
    SignerLayout layout = layoutFor(signer, certs);
    this.protectedHeader = layout.protectedHeader();
    this.reserve =
        timeStamper == null
            ? Math.min(signer.reserveSize(), layout.untimedReserve())
            : signer.reserveSize() + Signer.TIME_STAMP_RESERVE;
    Placeholder dh = placeholder(exclusionCount);
    this.dataHashSize = dh.size();
    assertions.add(dh.box());
    this.length = assembledLength(claim().length, reserve);
  }

  /** The placeholder data-hash box and its content's length, which the final content keeps. */
  private record Placeholder(int size, AssertionBox box) {
    static Placeholder of(int exclusionCount) {
      byte[] content = DataHashBox.placeholder(exclusionCount);
      return new Placeholder(content.length, AssertionBox.cbor(DATA_HASH, content, false));
    }
  }

  // The same for every store with as many exclusions: side-car (0) and embedded (1) made once.
  private static final Placeholder[] PLACEHOLDERS = {Placeholder.of(0), Placeholder.of(1)};

  private static Placeholder placeholder(int exclusionCount) {
    return exclusionCount < PLACEHOLDERS.length
        ? PLACEHOLDERS[exclusionCount]
        : Placeholder.of(exclusionCount);
  }

  /** What a signer contributes to every store it signs: its protected header and untimed room. */
  private record SignerLayout(byte[] protectedHeader, int untimedReserve) {}

  // Keyed by algorithm and the chain's certificates (compared by their DER), so a signer reused for
  // every label encodes its chain once; bounded.
  private static final int MAX_LAYOUTS = 64;
  private static final Map<List<Object>, SignerLayout> LAYOUTS = new ConcurrentHashMap<>();

  private static SignerLayout layoutFor(Signer signer, List<X509Certificate> certs)
      throws ProvenanceException {
    List<Object> key = List.of(signer.algorithm(), List.copyOf(certs));
    SignerLayout known = LAYOUTS.get(key);
    if (known != null) {
      return known;
    }
    List<byte[]> chain = new ArrayList<>();
    try {
      for (X509Certificate c : certs) {
        chain.add(c.getEncoded());
      }
    } catch (CertificateEncodingException e) {
      throw new ProvenanceException("the signer's certificate chain cannot be encoded", e);
    }
    byte[] header = CoseSign1.protectedHeader(signer.algorithm().coseId(), chain);
    SignerLayout layout = new SignerLayout(header, untimedReserve(header, signer));
    if (LAYOUTS.size() >= MAX_LAYOUTS) {
      LAYOUTS.clear();
    }
    LAYOUTS.put(key, layout);
    return layout;
  }

  /**
   * Without a time-stamper the signature box holds only the protected header (known now), the
   * signature (at most the algorithm's or the RSA modulus's length) and the pad, so the room the
   * signer's reserve keeps for a time-stamp token (10 KB by default) is not needed. Without it a
   * store is about 3 KB instead of 12 KB, which matters most for text, where the wrapper carries
   * every store byte as a 3- or 4-byte variation selector.
   */
  private static int untimedReserve(byte[] protectedHeader, Signer signer) {
    int signatureRoom = signer.algorithm().maxSignatureLength();
    java.security.PublicKey key = signer.certificateChain().get(0).getPublicKey();
    if (key instanceof java.security.interfaces.RSAKey rsa) {
      signatureRoom = Math.max(signatureRoom, (rsa.getModulus().bitLength() + 7) / 8);
    }
    Map<Object, Object> unprotected = new LinkedHashMap<>();
    unprotected.put("pad", new byte[0]);
    List<Object> cose = Arrays.asList(protectedHeader, unprotected, null, new byte[signatureRoom]);
    return Cbor.encode(new dev.candor.core.internal.cbor.Tagged(CoseSign1.TAG, cose)).length
        + UNTIMED_SLACK;
  }

  /** The manifest's label. */
  public String manifestLabel() {
    return label;
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
    // Made only when asked (to fill an embedded slot before the store is final); its content is
    // never hashed, only its length matters.
    return assemble(claim(), new byte[reserve]);
  }

  @Override
  public byte[] finish(byte[] digest, List<ByteRange> exclusions) throws ProvenanceException {
    if (digest.length != 32) {
      throw new IllegalArgumentException("expected a SHA-256 digest of 32 bytes, got " + digest.length);
    }
    if (exclusions.size() != exclusionCount) {
      throw new IllegalArgumentException(
          "expected " + exclusionCount + " exclusion(s), got " + exclusions.size());
    }
    byte[] dh = DataHashBox.finalContent(exclusions, digest, dataHashSize);
    assertions.set(assertions.size() - 1, AssertionBox.cbor(DATA_HASH, dh, false));
    byte[] claim = claim();
    byte[] signature;
    try {
      signature = signer.sign(CoseSign1.sigStructure(protectedHeader, claim));
    } catch (GeneralSecurityException e) {
      throw new ProvenanceException("the signer could not sign the claim: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ProvenanceException("the signer failed: " + e.getMessage(), e);
    }
    Map<Object, Object> unprotected = new LinkedHashMap<>();
    if (timeStamper != null) {
      byte[] token = timeStamper.timeStamp(
          CounterSignatureData.of(TimeStampHeader.SIG_TST2, protectedHeader, signature, null));
      Map<Object, Object> val = new LinkedHashMap<>();
      val.put("val", token);
      Map<Object, Object> tst = new LinkedHashMap<>();
      tst.put("tstTokens", List.of(val));
      unprotected.put("sigTst2", tst);
    }
    byte[] cose;
    try {
      cose = CoseSign1.encodePadded(protectedHeader, unprotected, signature, reserve);
    } catch (IllegalStateException e) {
      throw new ProvenanceException(e.getMessage() + " (raise the signer's reserveSize)", e);
    }
    byte[] store = assemble(claim, cose);
    if (store.length != length) {
      throw new IllegalStateException(
          "store length changed from " + length + " to " + store.length);
    }
    return store;
  }

  private byte[] claim() {
    Map<Object, Object> c = new LinkedHashMap<>();
    c.put("instanceID", instanceId);
    c.put("claim_generator_info", spec.claimGeneratorInfo());
    c.put("signature", "self#jumbf=/c2pa/" + label + "/c2pa.signature");
    List<Object> created = new ArrayList<>();
    List<Object> gathered = new ArrayList<>();
    for (AssertionBox a : assertions) {
      Object ref = HashedUri.of(a.relativeUri(), a.hash());
      (a.gathered() ? gathered : created).add(ref);
    }
    c.put("created_assertions", created);
    if (!gathered.isEmpty()) {
      c.put("gathered_assertions", gathered);
    }
    if (spec.title() != null) {
      c.put("dc:title", spec.title());
    }
    c.put("alg", "sha256");
    return Cbor.encode(c);
  }

  /** What {@link #assemble} would return's length, without assembling. */
  private int assembledLength(int claimLength, int coseLength) {
    long boxes = 0;
    for (AssertionBox a : assertions) {
      boxes += a.superbox().length;
    }
    long manifest =
        JumbfWriter.superboxLength(C2paUuid.ASSERTIONS, "c2pa.assertions", null, boxes)
            + JumbfWriter.superboxLength(C2paUuid.CLAIM, "c2pa.claim.v2", null, 8L + claimLength)
            + JumbfWriter.superboxLength(C2paUuid.SIGNATURE, "c2pa.signature", null, 8L + coseLength);
    long all = JumbfWriter.superboxLength(C2paUuid.MANIFEST, label, null, manifest);
    for (byte[] m : ingredientManifests) {
      all += m.length;
    }
    long store = JumbfWriter.superboxLength(C2paUuid.STORE, "c2pa", null, all);
    if (store > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("manifest store of " + store + " bytes is too large");
    }
    return (int) store;
  }

  private byte[] assemble(byte[] claim, byte[] cose) {
    byte[][] boxes = new byte[assertions.size()][];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = assertions.get(i).superbox();
    }
    byte[] assertionStore = JumbfWriter.superbox(C2paUuid.ASSERTIONS, "c2pa.assertions", null, boxes);
    byte[] claimBox = JumbfWriter.superbox(C2paUuid.CLAIM, "c2pa.claim.v2", null,
        JumbfWriter.box(Box.CBOR, claim));
    byte[] sigBox = JumbfWriter.superbox(C2paUuid.SIGNATURE, "c2pa.signature", null,
        JumbfWriter.box(Box.CBOR, cose));
    byte[] manifest = JumbfWriter.superbox(C2paUuid.MANIFEST, label, null, assertionStore, claimBox, sigBox);
    List<byte[]> all = new ArrayList<>(ingredientManifests);
    all.add(manifest);
    return JumbfWriter.superbox(C2paUuid.STORE, "c2pa", null, all.toArray(new byte[0][]));
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    parts.forEach(o::writeBytes);
    return o.toByteArray();
  }

  static boolean same(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }
}
