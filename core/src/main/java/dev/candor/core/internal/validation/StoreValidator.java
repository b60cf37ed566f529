package dev.candor.core.internal.validation;

import dev.candor.core.ManifestSummary;
import dev.candor.core.StatusCode;
import dev.candor.core.ValidationReport;
import dev.candor.core.asset.AssetFormat;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfException;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a manifest store against its asset, in c2pa-rs's order (store, claim, signature,
 * credentials, time-stamp, assertions, ingredients, hard binding), and returns a report. Never throws
 * for bad input: every problem becomes a status.
 */
public final class StoreValidator {
  private final CredentialPolicy policy;
  private final Instant now;

  /** A validator judging credentials with {@code policy}, taking {@code now} as the current time. */
  public StoreValidator(CredentialPolicy policy, Instant now) {
    this.policy = policy;
    this.now = now;
  }

  /**
   * Validates {@code store} as bound to {@code asset}.
   *
   * @param format the asset's format (its binding digest), or {@code null} for raw bytes
   * @param framing where the store lies in the asset; empty for a side-car store
   */
  public ValidationReport validate(byte[] store, AssetFormat format, AssetSource asset,
      List<ByteRange> framing) {
    ValidationReport.Builder report = ValidationReport.builder();
    Box root;
    try {
      root = JumbfReader.parse(store);
    } catch (JumbfException e) {
      report.failure(new dev.candor.core.ValidationStatus(StatusCode.GENERAL_ERROR, null,
          "the manifest store is not well-formed JUMBF: " + e.getMessage()));
      return report.build();
    }
    if (!root.isSuperbox() || !Arrays.equals(root.description().uuid(), C2paUuid.STORE)) {
      report.failure(new dev.candor.core.ValidationStatus(StatusCode.GENERAL_ERROR, null,
          "the JUMBF box is not a C2PA manifest store (pre-release or foreign data)"));
      return report.build();
    }
    Map<String, ParsedManifest> byLabel = new LinkedHashMap<>();
    ParsedManifest active = null;
    for (Box b : root.children()) {
      if (!b.isSuperbox()) {
        continue;
      }
      byte[] u = b.description().uuid();
      if (Arrays.equals(u, C2paUuid.COMPRESSED_MANIFEST)) {
        report.failure(new dev.candor.core.ValidationStatus("manifest.compressed.invalid",
            "self#jumbf=/c2pa/" + b.label(), "compressed manifests are not supported"));
        continue;
      }
      if (Arrays.equals(u, C2paUuid.MANIFEST) || Arrays.equals(u, C2paUuid.UPDATE_MANIFEST)
          || Arrays.equals(u, C2paUuid.MANIFEST_LEGACY)) {
        ParsedManifest pm = new ParsedManifest(b);
        byLabel.put(pm.label, pm);
        active = pm;
      }
    }
    if (active == null) {
      report.failure(new dev.candor.core.ValidationStatus(StatusCode.CLAIM_MISSING, null,
          "the store holds no manifest"));
      return report.build();
    }
    Findings f = new Findings();
    ManifestSummary summary = validateManifest(active, byLabel, format, asset, framing, f, true);
    for (ParsedManifest pm : byLabel.values()) {
      if (pm != active) {
        Findings ignored = new Findings();
        ManifestSummary s = validateManifest(pm, byLabel, null, null, List.of(), ignored, false);
        if (s != null) {
          report.manifest(s);
        }
      }
    }
    if (summary != null) {
      report.manifest(summary);
      report.activeManifest(summary);
    }
    f.into(report);
    return report.build();
  }

  private ManifestSummary validateManifest(ParsedManifest m, Map<String, ParsedManifest> byLabel,
      AssetFormat format, AssetSource asset, List<ByteRange> framing, Findings f, boolean isActive) {
    if (m.claimBoxes.isEmpty()) {
      f.failure(StatusCode.CLAIM_MISSING, m.uri(), "the manifest has no claim");
      return null;
    }
    if (m.claimBoxes.size() > 1) {
      f.failure(StatusCode.CLAIM_MULTIPLE, m.uri(), "the manifest has more than one claim");
      return null;
    }
    if (m.claim == null) {
      f.failure(StatusCode.CLAIM_CBOR_INVALID, m.uri() + "/" + m.claimBox.label(),
          m.claimProblem == null ? "the claim is unreadable" : m.claimProblem);
      return null;
    }
    String sigUri = CborValues.text(m.claim, "signature");
    if (sigUri != null && sigUri.startsWith("self#jumbf=c2pa/")) {
      f.failure(StatusCode.GENERAL_ERROR, m.uri(),
          "pre-release manifest (C2PA draft URIs); not a C2PA 1.0+ record");
      return null;
    }
    if (!claimWellFormed(m, f)) {
      return null;
    }
    CoseCheck cose = new CoseCheck(policy, now);
    Box sigBox = signatureBox(m);
    if (sigBox == null) {
      f.failure(StatusCode.CLAIM_SIGNATURE_MISSING, m.uri(), "the claim's signature is not in this manifest");
    } else {
      cose.check(m, sigBox, f);
    }
    List<String> labels = AssertionCheck.referencedLabels(m);
    AssertionCheck.check(m, f);
    if (isActive) {
      ActionsCheck.check(m, labels, f);
      IngredientCheck.check(m, labels, byLabel, f);
      hardBinding(m, labels, format, asset, framing, f);
    }
    return Summaries.of(m, cose, labels);
  }

  private static boolean claimWellFormed(ParsedManifest m, Findings f) {
    String url = m.uri() + "/" + m.claimBox.label();
    Map<Object, Object> c = m.claim;
    boolean ok = CborValues.text(c, "signature") != null;
    if (m.claimVersion == 2) {
      ok &= CborValues.text(c, "instanceID") != null
          && CborValues.text(CborValues.map(c, "claim_generator_info"), "name") != null
          && CborValues.list(c, "created_assertions") != null;
    } else {
      ok &= CborValues.list(c, "assertions") != null;
    }
    if (!ok) {
      f.failure(StatusCode.CLAIM_MALFORMED, url, "the claim lacks a required field");
    }
    return ok;
  }

  private static Box signatureBox(ParsedManifest m) {
    JumbfUri u = JumbfUri.parse(CborValues.text(m.claim, "signature"));
    if (u == null || (u.manifest() != null && !u.manifest().equals(m.label))) {
      return null;
    }
    String path = u.path();
    return path.isEmpty() || path.contains("/") ? null : m.box.childLabelled(path);
  }

  private static void hardBinding(ParsedManifest m, List<String> labels, AssetFormat format,
      AssetSource asset, List<ByteRange> framing, Findings f) {
    List<String> bindings = new ArrayList<>();
    for (String l : labels) {
      if (AssertionCheck.isHardBinding(l)) {
        bindings.add(l);
      }
    }
    if (m.update) {
      return;
    }
    if (bindings.isEmpty()) {
      f.failure(StatusCode.CLAIM_HARD_BINDINGS_MISSING, m.uri(), "the manifest has no hard binding");
      return;
    }
    if (bindings.size() > 1) {
      f.failure(StatusCode.ASSERTION_MULTIPLE_HARD_BINDINGS, m.uri(), "the manifest has several hard bindings");
      return;
    }
    String b = bindings.get(0);
    if (!AssertionCheck.baseLabel(b).equals("c2pa.hash.data")) {
      f.info("assertion.hardBinding.unsupported", m.assertionUri(b),
          "hard binding " + b + " is not checked by this version");
      return;
    }
    if (asset == null) {
      f.failure(StatusCode.ASSERTION_DATAHASH_MISMATCH, m.assertionUri(b), "no asset to check the hash against");
      return;
    }
    DataHashCheck.check(m, b, format, asset, framing, f);
  }
}
