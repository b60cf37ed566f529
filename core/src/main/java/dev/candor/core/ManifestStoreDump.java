package dev.candor.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.candor.core.internal.cbor.Cbor;
import dev.candor.core.internal.cbor.CborException;
import dev.candor.core.internal.cbor.CborValues;
import dev.candor.core.internal.cbor.Tagged;
import dev.candor.core.internal.cose.CoseSign1;
import dev.candor.core.internal.jumbf.Box;
import dev.candor.core.internal.jumbf.C2paUuid;
import dev.candor.core.internal.jumbf.JumbfException;
import dev.candor.core.internal.jumbf.JumbfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A JSON dump of a manifest store as stored, for people and tools that want to see everything: per
 * manifest its label, the claim, every assertion and the claim signature (algorithm, certificate
 * chain, whether a time-stamp is present). Nothing is validated here; pair it with {@link
 * Provenance#verify} for the verdict.
 *
 * <p>CBOR is rendered as JSON: maps with their keys as text, byte strings as base64 text, tagged
 * items as {@code {"tag":n,"value":..}}. Boxes that are neither CBOR nor JSON (thumbnails, embedded
 * files) are described by type and length only. Thread-safe.
 *
 * <pre>{@code
 * JsonNode dump = ManifestStoreDump.toJson(storeBytes);
 * }</pre>
 */
public final class ManifestStoreDump {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestStoreDump() {}

  /**
   * The store as a JSON tree: {@code {"manifests":[{"label", "type", "claim", "assertions",
   * "signature"}]}} in store order (the active manifest last). A manifest part that cannot be
   * decoded is shown as {@code {"error": ...}} and the dump goes on.
   *
   * @throws ProvenanceException when the bytes are not a JUMBF box tree at all
   */
  public static JsonNode toJson(byte[] store) throws ProvenanceException {
    Box root;
    try {
      root = JumbfReader.parse(store);
    } catch (JumbfException e) {
      throw new ProvenanceException(
          "the manifest store is not well-formed JUMBF: " + e.getMessage(), e);
    }
    ObjectNode out = NODES.objectNode();
    out.put("label", root.label());
    ArrayNode manifests = out.putArray("manifests");
    for (Box m : root.children()) {
      if (m.isSuperbox()) {
        manifests.add(manifest(m));
      }
    }
    return out;
  }

  private static ObjectNode manifest(Box m) {
    ObjectNode n = NODES.objectNode();
    n.put("label", m.label());
    n.put(
        "type",
        Arrays.equals(m.description().uuid(), C2paUuid.UPDATE_MANIFEST) ? "update" : "standard");
    ArrayNode assertions = n.putArray("assertions");
    for (Box c : m.children()) {
      if (!c.isSuperbox()) {
        continue;
      }
      byte[] uuid = c.description().uuid();
      if (Arrays.equals(uuid, C2paUuid.CLAIM)) {
        n.put("claimLabel", c.label());
        n.set("claim", content(c));
      } else if (Arrays.equals(uuid, C2paUuid.ASSERTIONS)) {
        for (Box a : c.children()) {
          if (a.isSuperbox()) {
            ObjectNode an = assertions.addObject();
            an.put("label", a.label());
            an.set("content", content(a));
          }
        }
      } else if (Arrays.equals(uuid, C2paUuid.SIGNATURE)) {
        n.set("signature", signature(c));
      }
    }
    return n;
  }

  /** The first content box of a superbox, decoded. */
  private static JsonNode content(Box superbox) {
    for (Box b : superbox.children()) {
      if (b.isSuperbox()) {
        continue;
      }
      if (b.type() == Box.CBOR) {
        try {
          return cbor(Cbor.decode(b.payload()));
        } catch (CborException e) {
          return error("undecodable CBOR: " + e.getMessage());
        }
      }
      if (b.type() == Box.JSON) {
        try {
          return JSON.readTree(new String(b.payload(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          return error("undecodable JSON");
        }
      }
      ObjectNode other = NODES.objectNode();
      other.put("boxType", b.typeName());
      other.put("length", b.length());
      return other;
    }
    return NODES.nullNode();
  }

  private static JsonNode signature(Box box) {
    Box cbor = box.child(Box.CBOR);
    if (cbor == null) {
      return error("the signature box holds no CBOR box");
    }
    Object cose;
    try {
      cose = Cbor.decode(cbor.payload());
    } catch (CborException e) {
      return error("undecodable COSE_Sign1: " + e.getMessage());
    }
    if (cose instanceof Tagged t) {
      cose = t.value();
    }
    List<Object> parts = CborValues.list(cose);
    if (parts == null || parts.size() != 4 || !(parts.get(0) instanceof byte[] protectedBytes)) {
      return error("not a COSE_Sign1 array");
    }
    Map<Object, Object> prot;
    try {
      prot = CborValues.map(Cbor.decode(protectedBytes));
    } catch (CborException e) {
      return error("undecodable protected header: " + e.getMessage());
    }
    Map<Object, Object> unprot = CborValues.map(parts.get(1));
    ObjectNode n = NODES.objectNode();
    Object alg = prot == null ? null : prot.get(CoseSign1.HEADER_ALG);
    n.put("alg", algName(alg));
    Object x5 = prot == null ? null : prot.get(CoseSign1.HEADER_X5CHAIN);
    if (x5 == null && unprot != null) {
      x5 = unprot.get(CoseSign1.HEADER_X5CHAIN);
    }
    n.set("certificates", certificates(x5));
    n.put(
        "timeStamped",
        unprot != null && (unprot.containsKey("sigTst") || unprot.containsKey("sigTst2")));
    if (parts.get(3) instanceof byte[] sig) {
      n.put("signatureLength", sig.length);
    }
    return n;
  }

  private static String algName(Object alg) {
    if (!(alg instanceof Long l)) {
      return alg == null ? null : String.valueOf(alg);
    }
    for (SigningAlgorithm a : SigningAlgorithm.values()) {
      if (a.coseId() == l) {
        return a.name();
      }
    }
    return String.valueOf(l);
  }

  private static ArrayNode certificates(Object x5) {
    List<byte[]> ders = new ArrayList<>();
    if (x5 instanceof byte[] one) {
      ders.add(one);
    } else if (x5 instanceof List<?> many) {
      for (Object o : many) {
        if (o instanceof byte[] d) {
          ders.add(d);
        }
      }
    }
    ArrayNode out = NODES.arrayNode();
    for (byte[] der : ders) {
      ObjectNode c = out.addObject();
      try {
        X509Certificate x =
            (X509Certificate)
                CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        c.put("subject", x.getSubjectX500Principal().getName());
        c.put("issuer", x.getIssuerX500Principal().getName());
        c.put("serialNumber", x.getSerialNumber().toString(16));
        c.put("notBefore", x.getNotBefore().toInstant().toString());
        c.put("notAfter", x.getNotAfter().toInstant().toString());
      } catch (CertificateException | ClassCastException e) {
        c.put("error", "not a readable X.509 certificate");
      }
    }
    return out;
  }

  private static JsonNode cbor(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      m.forEach((k, val) -> o.set(String.valueOf(k), cbor(val)));
      return o;
    }
    if (v instanceof List<?> l) {
      ArrayNode a = NODES.arrayNode();
      l.forEach(x -> a.add(cbor(x)));
      return a;
    }
    if (v instanceof byte[] b) {
      return NODES.textNode(Base64.getEncoder().encodeToString(b));
    }
    if (v instanceof Tagged t) {
      ObjectNode o = NODES.objectNode();
      o.put("tag", t.tag());
      o.set("value", cbor(t.value()));
      return o;
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof BigInteger bi) {
      return NODES.numberNode(bi);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Float f) {
      return NODES.numberNode(f);
    }
    return NODES.textNode(String.valueOf(v));
  }

  private static ObjectNode error(String message) {
    ObjectNode o = NODES.objectNode();
    o.put("error", message);
    return o;
  }
}
