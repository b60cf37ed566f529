package dev.candor.core.internal.crypto;

import dev.candor.core.ProvenanceException;
import dev.candor.core.SignFunction;
import dev.candor.core.SigningAlgorithm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.security.auth.login.FailedLoginException;

/**
 * A private key in a PKCS#11 token (an HSM, a smart card, SoftHSM) through the JDK's SunPKCS11
 * provider, configured by a SunPKCS11 configuration file. The key never leaves the token: signing
 * is a call into it. ECDSA comes back DER, which {@link CallbackSigner} converts to r‖s.
 */
public final class Pkcs11Token {
  private final Provider provider;
  private final PrivateKey key;
  private final List<X509Certificate> chain;

  private Pkcs11Token(Provider provider, PrivateKey key, List<X509Certificate> chain) {
    this.provider = provider;
    this.key = key;
    this.chain = chain;
  }

  /**
   * Logs into the token {@code config} names with {@code pin} and finds the key {@code alias}
   * (the only key when null) and the certificate chain stored with it.
   *
   * @throws ProvenanceException when the configuration or its library cannot be loaded, the PIN
   *     is refused, or the key is missing or ambiguous
   */
  public static Pkcs11Token open(Path config, char[] pin, String alias) throws ProvenanceException {
    if (!Files.isReadable(config)) {
      throw new ProvenanceException("PKCS#11: no readable configuration file at " + config);
    }
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new ProvenanceException("PKCS#11: this Java has no SunPKCS11 provider"
          + " (module jdk.crypto.cryptoki)");
    }
    Provider provider;
    try {
      provider = base.configure(config.toString());
    } catch (ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
      throw new ProvenanceException("PKCS#11: cannot load the token from " + config.getFileName()
          + ": " + rootMessage(e), e);
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", provider);
      store.load(null, pin);
      String entry = alias != null ? alias : soleKey(store);
      if (!store.isKeyEntry(entry)) {
        throw new ProvenanceException("PKCS#11: no key '" + entry + "' on the token (keys: "
            + String.join(", ", keys(store)) + ")");
      }
      Key key = store.getKey(entry, null);
      if (!(key instanceof PrivateKey)) {
        throw new ProvenanceException("PKCS#11: '" + entry + "' is not a private key");
      }
      List<X509Certificate> chain = new ArrayList<>();
      Certificate[] certs = store.getCertificateChain(entry);
      if (certs != null) {
        for (Certificate c : certs) {
          chain.add((X509Certificate) c);
        }
      }
      return new Pkcs11Token(provider, (PrivateKey) key, chain);
    } catch (IOException e) {
      if (pinRefused(e)) {
        throw new ProvenanceException("PKCS#11: the token refused the PIN");
      }
      throw new ProvenanceException("PKCS#11: cannot open the token: " + rootMessage(e), e);
    } catch (GeneralSecurityException | ProviderException e) {
      throw new ProvenanceException("PKCS#11: cannot read the token: " + rootMessage(e), e);
    }
  }

  /** The certificate chain stored with the key, leaf first (empty when none is). */
  public List<X509Certificate> chain() {
    return List.copyOf(chain);
  }

  /** Signs with the token's key: a new JCA signature per call, so calls may run at once. */
  public SignFunction signing(SigningAlgorithm algorithm) {
    String name = algorithm.name().startsWith("ES")
        ? algorithm.digest().replace("-", "") + "withECDSA"
        : algorithm.jcaName();
    return tbs -> {
      Signature s = Signature.getInstance(name, provider);
      RawSignatures.configure(s, algorithm);
      s.initSign(key);
      s.update(tbs);
      return s.sign();
    };
  }

  private static String soleKey(KeyStore store)
      throws GeneralSecurityException, ProvenanceException {
    List<String> keys = keys(store);
    if (keys.size() != 1) {
      throw new ProvenanceException("PKCS#11: the token holds " + keys.size()
          + " keys (" + String.join(", ", keys) + "); name the one to use");
    }
    return keys.get(0);
  }

  /** The aliases of {@code store}'s key entries (its certificates alone left out). */
  public static List<String> keys(KeyStore store) throws GeneralSecurityException {
    List<String> keys = new ArrayList<>();
    for (String a : Collections.list(store.aliases())) {
      if (store.isKeyEntry(a)) {
        keys.add(a);
      }
    }
    return keys;
  }

  /** A login failure, as SunPKCS11 reports it: a FailedLoginException or CKR_PIN_* below. */
  private static boolean pinRefused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FailedLoginException
          || (t.getMessage() != null && t.getMessage().contains("CKR_PIN_"))) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }
}
