package dev.candor.core;

import java.time.Instant;
import java.util.List;

/**
 * What a manifest says, read from its claim and assertions: label, claim generator, title, signer,
 * signing time, the actions with their digital source types, and the assertion labels.
 *
 * @param label the manifest label, e.g. {@code urn:c2pa:…}
 * @param claimVersion 1 for {@code c2pa.claim}, 2 for {@code c2pa.claim.v2}
 * @param claimGenerator the claim generator name, or {@code null}
 * @param title {@code dc:title}, or {@code null}
 * @param signer the subject of the signing certificate, or {@code null}
 * @param issuer the issuer of the signing certificate, or {@code null}
 * @param signingTime the time-stamp's time, or {@code null}
 * @param actions the action labels in order
 * @param digitalSourceTypes the digital source type URIs of the actions, in order, as stored
 * @param assertionLabels the labels of the assertions the claim lists
 * @param softwareAgents the names of software agents named by the actions
 */
public record ManifestSummary(
    String label,
    int claimVersion,
    String claimGenerator,
    String title,
    String signer,
    String issuer,
    Instant signingTime,
    List<String> actions,
    List<String> digitalSourceTypes,
    List<String> assertionLabels,
    List<String> softwareAgents) {
  /** Copies lists. */
  public ManifestSummary {
    actions = List.copyOf(actions);
    digitalSourceTypes = List.copyOf(digitalSourceTypes);
    assertionLabels = List.copyOf(assertionLabels);
    softwareAgents = List.copyOf(softwareAgents);
  }

  /** The first recognised digital source type, if any. */
  public java.util.Optional<DigitalSourceType> digitalSourceType() {
    for (String u : digitalSourceTypes) {
      var t = DigitalSourceType.fromUri(u);
      if (t.isPresent()) {
        return t;
      }
    }
    return java.util.Optional.empty();
  }
}
