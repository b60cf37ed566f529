package dev.candor.text;

import dev.candor.core.Manifest;
import dev.candor.core.ManifestRepository;
import dev.candor.core.Provenance;
import dev.candor.core.ProvenanceException;
import dev.candor.core.SigningAlgorithm;
import dev.candor.core.SigningOptions;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.ValidationStatus;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.internal.crypto.RawSignatures;
import dev.candor.text.internal.CompactReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Compact marking for short answers: the full signed C2PA record is kept in a
 * {@link ManifestRepository} (bound to the NFC text by a data hash), and the text carries only a
 * signed reference to it (about 350 bytes instead of several kilobytes), so every chatbot answer
 * can carry a marker. Verification looks the record up, validates it against the text, and checks
 * that the reference was signed by the record's signer.
 *
 * <p>Immutable and thread-safe. The marker is Candor's own, not a C2PA format: readers that only
 * know C2PA see plain text.
 */
public final class CompactTextLabels {
  private final Manifest manifest;
  private final SigningOptions signing;
  private final ManifestRepository repository;

  private CompactTextLabels(Manifest manifest, SigningOptions signing, ManifestRepository repository) {
    this.manifest = manifest;
    this.signing = signing;
    this.repository = repository;
  }

  /** A labeller signing {@code manifest} for each text and keeping records in {@code repository}. */
  public static CompactTextLabels of(Manifest manifest, SigningOptions signing, ManifestRepository repository) {
    return new CompactTextLabels(Objects.requireNonNull(manifest, "manifest"),
        Objects.requireNonNull(signing, "signing"), Objects.requireNonNull(repository, "repository"));
  }

  /**
   * The text, NFC-normalised, followed by a signed reference; the record is stored first.
   *
   * @throws ProvenanceException when signing fails or the repository cannot be written
   */
  public String label(String text) throws ProvenanceException {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    byte[] utf8 = nfc.getBytes(StandardCharsets.UTF_8);
    UUID id = UUID.randomUUID();
    try {
      byte[] store = Provenance.sidecar(manifest, signing, AssetSource.of(utf8));
      repository.put(id.toString(), store);
      byte[] sig = signing.signer().sign(CompactReference.toBeSigned(id, sha256(utf8)));
      return nfc + new CompactReference(id, signing.signer().algorithm().coseId(), sig).encode();
    } catch (IOException e) {
      throw new ProvenanceException("the manifest repository cannot be written: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new ProvenanceException("the signer could not sign the reference: " + e.getMessage(), e);
    }
  }

  /**
   * Validates a compactly marked text: no marker gives a report without manifest; a marker whose
   * record is not in the repository gives {@code manifest.inaccessible}; otherwise the record's
   * report, plus {@code claimSignature.mismatch} when the reference was not signed by its signer.
   */
  public static ValidationReport verify(String text, ManifestRepository repository, VerifyOptions options) {
    Optional<CompactReference.Found> found = CompactReference.find(text);
    if (found.isEmpty()) {
      return ValidationReport.noManifest();
    }
    CompactReference ref = found.get().reference();
    String content = text.substring(0, found.get().start()) + text.substring(found.get().end());
    byte[] utf8 = Normalizer.normalize(content, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    Optional<byte[]> store;
    try {
      store = repository.get(ref.id().toString());
    } catch (IOException e) {
      store = Optional.empty();
    }
    if (store.isEmpty()) {
      return ValidationReport.builder().failure(new ValidationStatus(StatusCode.MANIFEST_INACCESSIBLE,
          null, "the record " + ref.id() + " named by the compact marker is not in the repository")).build();
    }
    ValidationReport report = Provenance.verifySidecar(store.get(), AssetSource.of(utf8), options);
    Optional<List<X509Certificate>> chain = Provenance.signingChain(store.get());
    Optional<SigningAlgorithm> alg = SigningAlgorithm.fromCoseId(ref.coseAlg());
    boolean signed = chain.isPresent() && alg.isPresent()
        && RawSignatures.verify(alg.get(), chain.get().get(0).getPublicKey(),
            CompactReference.toBeSigned(ref.id(), sha256(utf8)), ref.signature()).isValid();
    if (signed) {
      return report;
    }
    ValidationReport.Builder b = report.toBuilder();
    b.failure(new ValidationStatus(StatusCode.CLAIM_SIGNATURE_MISMATCH, null,
        "the compact marker's signature does not match this text and the record's signer"));
    return b.build();
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
