package dev.candor.core;

import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.core.asset.PreparedStore;
import dev.candor.core.internal.validation.BasicCredentialPolicy;
import dev.candor.core.internal.validation.StoreValidator;
import dev.candor.core.internal.write.EmbedWriter;
import dev.candor.core.internal.write.ManifestSpec;
import dev.candor.core.internal.write.PartFile;
import dev.candor.core.internal.write.StoreWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candor's core facade: signs C2PA provenance records into assets and validates them.
 *
 * <pre>{@code
 * byte[] store = Provenance.embed(manifest, SigningOptions.of(signer), format,
 *     AssetSource.of(imageBytes), out);
 * ValidationReport r = Provenance.verify(format, AssetSource.of(labelled), VerifyOptions.defaults());
 * }</pre>
 *
 * <p>Every method is thread-safe. Nothing here modifies its input.
 */
public final class Provenance {
  private Provenance() {}

  /**
   * Lays out a store of fixed length for {@code manifest}, to be completed by
   * {@link PreparedStore#finish} once the asset's digest is known (streaming writers use this).
   *
   * @param embedded true when the store goes inside the asset (one exclusion), false for a side-car
   * @throws ProvenanceException when an ingredient's store is unreadable or the chain is unusable
   */
  public static PreparedStore prepare(Manifest manifest, SigningOptions signing, boolean embedded)
      throws ProvenanceException {
    return new StoreWriter(
        manifest.storeTemplate(), signing.signer(), signing.timeStamper(), embedded ? 1 : 0);
  }

  /**
   * Signs {@code manifest} into a copy of the asset written to {@code out}, with the existing store
   * (if any) replaced. Returns the signed store.
   *
   * @throws ProvenanceException when the asset is unreadable or signing fails
   * @throws IOException when reading or writing fails
   */
  public static byte[] embed(Manifest manifest, SigningOptions signing, AssetFormat format,
      AssetSource in, OutputStream out) throws ProvenanceException, IOException {
    return embed(manifest, signing, format.planEmbedding(in), in, out);
  }

  /** Signs into {@code out} following a plan the format already made (e.g. with XMP). */
  public static byte[] embed(Manifest manifest, SigningOptions signing, EmbedPlan plan,
      AssetSource in, OutputStream out) throws ProvenanceException, IOException {
    PreparedStore store = prepare(manifest, signing, true);
    return EmbedWriter.toStream(plan, in, store, out);
  }

  /**
   * Signs into a new array holding the whole labelled asset and returns it with the signed store:
   * one pass over the input (each byte copied once and hashed from the copy), then the store
   * patched into its slot.
   *
   * @throws ProvenanceException when the asset is unreadable, the output would exceed an array's
   *     size, or signing fails
   * @throws IOException when reading fails
   */
  public static SignedAsset embedToArray(Manifest manifest, SigningOptions signing, EmbedPlan plan,
      AssetSource in) throws ProvenanceException, IOException {
    PreparedStore store = prepare(manifest, signing, true);
    EmbedWriter.Embedded e = EmbedWriter.toArray(plan, in, store);
    return new SignedAsset(e.asset(), e.store());
  }

  /**
   * Signs into a new file at {@code target}: written once to a temporary file beside it, hashed as it
   * is written, the store patched in place, then moved into place. On failure no file is left. A
   * new file gets the process's default permissions; a replaced one keeps its own.
   *
   * @throws ProvenanceException when the asset is unreadable or signing fails
   * @throws IOException when reading or writing fails
   */
  public static byte[] embed(Manifest manifest, SigningOptions signing, EmbedPlan plan,
      AssetSource in, Path target) throws ProvenanceException, IOException {
    PreparedStore store = prepare(manifest, signing, true);
    Path tmp = PartFile.createBeside(target);
    boolean done = false;
    try {
      byte[] signed = EmbedWriter.toFile(plan, in, store, tmp);
      PartFile.moveIntoPlace(tmp, target);
      done = true;
      return signed;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * A side-car store ({@code .c2pa}) bound to the whole asset by a data hash without exclusions,
   * usable with any file.
   *
   * @throws ProvenanceException when signing fails
   * @throws IOException when the asset cannot be read
   */
  public static byte[] sidecar(Manifest manifest, SigningOptions signing, AssetSource asset)
      throws ProvenanceException, IOException {
    PreparedStore store = prepare(manifest, signing, false);
    byte[] digest = dev.candor.core.asset.AssetDigests.excluding(asset, List.of(), store.hashAlgorithm());
    return store.finish(digest, List.of());
  }

  /**
   * Validates the provenance embedded in an asset. Never throws for a bad record: problems are
   * statuses in the report.
   *
   * @throws ProvenanceException when the container itself is unreadable
   * @throws IOException when the asset cannot be read
   */
  public static ValidationReport verify(AssetFormat format, AssetSource in, VerifyOptions options)
      throws ProvenanceException, IOException {
    List<EmbeddedStore> stores = format.findStores(in);
    if (stores.isEmpty()) {
      return ValidationReport.noManifest();
    }
    if (stores.size() > 1) {
      return ValidationReport.builder()
          .failure(new ValidationStatus(StatusCode.MANIFEST_MULTIPLE_STORES, null,
              "the asset carries " + stores.size() + " manifest stores; C2PA treats it as having none"))
          .build();
    }
    EmbeddedStore s = stores.get(0);
    return verifyStore(s.store(), format, in, s.framing(), options);
  }

  /** Validates a side-car store against the asset it is bound to. */
  public static ValidationReport verifySidecar(byte[] store, AssetSource asset, VerifyOptions options) {
    return verifyStore(store, null, asset, List.of(), options);
  }

  /**
   * Validates a store as bound to an asset.
   *
   * @param format the asset's format, or {@code null} to hash raw bytes
   * @param framing where the store lies in the asset; empty for a side-car
   */
  public static ValidationReport verifyStore(byte[] store, AssetFormat format, AssetSource asset,
      List<ByteRange> framing, VerifyOptions options) {
    StoreValidator v = new StoreValidator(new BasicCredentialPolicy(options.trust(), options.timeStampAnchors()),
        options.effectiveNow());
    return v.validate(store, format, asset, framing);
  }

  /**
   * The certificate chain (signing certificate first) that signed the active manifest of a store,
   * as carried in its COSE header, without judging it; empty when the store is unreadable.
   */
  public static java.util.Optional<List<java.security.cert.X509Certificate>> signingChain(byte[] store) {
    return dev.candor.core.internal.validation.SignerCertificates.activeChain(store);
  }

  /**
   * The soft bindings (watermark and fingerprint values) the active manifest of a store declares,
   * read without judging the store; empty when there are none or the store is unreadable.
   */
  public static List<SoftBinding> softBindings(byte[] store) {
    return dev.candor.core.internal.validation.SoftBindings.ofActiveManifest(store);
  }

  static ManifestSpec spec(Manifest m) {
    List<ManifestSpec.IngredientSpec> ings = new ArrayList<>();
    for (Ingredient i : m.ingredients()) {
      ings.add(new ManifestSpec.IngredientSpec(i.relationship().value(), i.title(), i.format(),
          i.instanceId(), i.manifestStore(), validationResults(i.validation())));
    }
    List<ManifestSpec.AssertionSpec> as = new ArrayList<>();
    for (Assertion a : m.assertions()) {
      as.add(new ManifestSpec.AssertionSpec(a.label(), a.cborContent(), a.jsonContent(), a.isGathered()));
    }
    Map<Object, Object> gen = m.claimGenerator().toCbor();
    return new ManifestSpec(gen, m.title(), parent -> {
      List<Object> out = new ArrayList<>();
      for (Action a : m.actions()) {
        out.add(a.toCbor(parent));
      }
      return out;
    }, ings, as);
  }

  private static Map<Object, Object> validationResults(ValidationReport r) {
    if (r == null) {
      return null;
    }
    Map<Object, Object> active = new LinkedHashMap<>();
    active.put("success", statuses(r.success()));
    active.put("informational", statuses(r.informational()));
    active.put("failure", statuses(r.failure()));
    Map<Object, Object> m = new LinkedHashMap<>();
    m.put("activeManifest", active);
    return m;
  }

  private static List<Object> statuses(List<ValidationStatus> l) {
    List<Object> out = new ArrayList<>();
    for (ValidationStatus s : l) {
      Map<Object, Object> m = new LinkedHashMap<>();
      m.put("code", s.code());
      if (s.url() != null) {
        m.put("url", s.url());
      }
      if (s.explanation() != null) {
        m.put("explanation", s.explanation());
      }
      out.add(m);
    }
    return out;
  }
}
