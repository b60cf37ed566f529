package dev.candor.core.internal.validation;

import dev.candor.core.ManifestSummary;
import dev.candor.core.internal.cbor.CborValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the human summary of a manifest: generator, title, signer, actions. */
final class Summaries {
  private Summaries() {}

  static ManifestSummary of(ParsedManifest m, CoseCheck cose, List<String> labels) {
    List<String> actions = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    for (String l : labels) {
      String base = AssertionCheck.baseLabel(l);
      if (!base.equals("c2pa.actions") && !base.equals("c2pa.actions.v2")) {
        continue;
      }
      List<Object> list = CborValues.list(AssertionCheck.cborContent(m.assertion(l)), "actions");
      if (list == null) {
        continue;
      }
      for (Object o : list) {
        Map<Object, Object> a = CborValues.map(o);
        String name = CborValues.text(a, "action");
        if (name != null) {
          actions.add(name);
        }
        String dst = CborValues.text(a, "digitalSourceType");
        if (dst != null) {
          sources.add(dst);
        }
        Object agent = a == null ? null : a.get("softwareAgent");
        String agentName = agent instanceof String s ? s : CborValues.text(CborValues.map(agent), "name");
        if (agentName != null) {
          agents.add(agentName);
        }
      }
    }
    String generator = CborValues.text(m.claim, "claim_generator");
    Map<Object, Object> info = CborValues.map(m.claim, "claim_generator_info");
    if (info != null && CborValues.text(info, "name") != null) {
      generator = CborValues.text(info, "name");
    } else {
      List<Object> infos = CborValues.list(m.claim, "claim_generator_info");
      if (generator == null && infos != null && !infos.isEmpty()) {
        generator = CborValues.text(CborValues.map(infos.get(0)), "name");
      }
    }
    return new ManifestSummary(m.label, m.claimVersion, generator, CborValues.text(m.claim, "dc:title"),
        cose.signer == null ? null : cose.signer.getSubjectX500Principal().getName(),
        cose.signer == null ? null : cose.signer.getIssuerX500Principal().getName(),
        cose.signingTime, actions, sources, labels, agents);
  }
}
