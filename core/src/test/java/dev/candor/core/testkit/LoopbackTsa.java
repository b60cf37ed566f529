package dev.candor.core.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority on 127.0.0.1 for tests: its own EC P-256 root and TSA
 * certificate (EKU timeStamping critical, KU digitalSignature), tokens from Bouncy Castle's {@code
 * TimeStampResponseGenerator} with ESSCertIDv2, chain included when the request asks. A {@link
 * Behavior} other than {@link Behavior#CORRECT} makes it misbehave so clients' error paths can be
 * tested. Test code only.
 *
 * <pre>{@code
 * try (LoopbackTsa tsa = LoopbackTsa.start()) {
 *   byte[] token = TimeStamper.http(tsa.url()).timeStamp(data);
 * }
 * }</pre>
 */
public final class LoopbackTsa implements AutoCloseable {
  private static final String POLICY = "1.3.6.1.4.1.99999.3161.1";

  /** How the authority answers. */
  public enum Behavior {
    /** A granted response with a correct token. */
    CORRECT,
    /** A correctly signed token over a different imprint. */
    WRONG_IMPRINT,
    /** A correctly signed token with a different nonce. */
    WRONG_NONCE,
    /** A token without certificates, as if certReq were false. */
    NO_CERTIFICATE,
    /** A token signed by a key other than the TSA certificate's. */
    WRONG_KEY,
    /** A correct token from a TSA certificate that expired yesterday. */
    EXPIRED_CERTIFICATE,
    /** Status rejection, text "request refused by test", failure info badAlg. */
    REJECT,
    /** HTTP 500 with an empty body. */
    HTTP_500,
    /** HTTP 200 with bytes that are not DER. */
    GARBAGE,
    /** HTTP 200 with a chunked 2 MiB body and no Content-Length. */
    OVERSIZED,
    /** Accepts the request and never answers until closed. */
    SILENT
  }

  private final Behavior behavior;
  private final X509Certificate root;
  private final X509Certificate tsaCertificate;
  private final PrivateKey signingKey;
  private final HttpServer server;
  private final ExecutorService executor;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicLong serial = new AtomicLong(1);

  private LoopbackTsa(Behavior behavior) throws GeneralSecurityException, IOException {
    this.behavior = behavior;
    KeyPair rootKeys = ecKeys();
    KeyPair tsaKeys = ecKeys();
    Instant now = Instant.now();
    this.root = TestCertificates.root(rootKeys, "Candor Loopback TSA Root", now);
    Instant from = behavior == Behavior.EXPIRED_CERTIFICATE ? now.minus(Duration.ofDays(2)) : now;
    Instant to =
        behavior == Behavior.EXPIRED_CERTIFICATE
            ? now.minus(Duration.ofDays(1))
            : now.plus(Duration.ofDays(365));
    this.tsaCertificate =
        TestCertificates.timeStampingLeaf(tsaKeys, root, rootKeys.getPrivate(), from, to);
    this.signingKey = behavior == Behavior.WRONG_KEY ? ecKeys().getPrivate() : tsaKeys.getPrivate();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "loopback-tsa");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/tsa", this::handle);
    server.start();
  }

  /** Starts a correct authority. */
  public static LoopbackTsa start() {
    return start(Behavior.CORRECT);
  }

  /** Starts an authority with the given behavior. */
  public static LoopbackTsa start(Behavior behavior) {
    try {
      return new LoopbackTsa(behavior);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make TSA credentials", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The endpoint, {@code http://127.0.0.1:<port>/tsa}. */
  public URI url() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/tsa");
  }

  /** The self-signed root that issued the TSA certificate: the TSA trust anchor. */
  public X509Certificate rootCertificate() {
    return root;
  }

  /** The TSA's own certificate. */
  public X509Certificate tsaCertificate() {
    return tsaCertificate;
  }

  /**
   * A DER token over the SHA-256 of {@code data}, made directly without HTTP but with this
   * authority's behavior applied to the token (imprint, nonce, key, certificate).
   */
  public byte[] issueToken(byte[] data) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(data);
      TimeStampRequestGenerator g = new TimeStampRequestGenerator();
      g.setCertReq(true);
      TimeStampRequest request = g.generate(TSPAlgorithms.SHA256, hash, BigInteger.ONE);
      return respond(request).getTimeStampToken().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("loopback TSA cannot issue a token", e);
    }
  }

  /** Stops the server and releases a {@link Behavior#SILENT} handler. */
  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(64 * 1024);
      }
      switch (behavior) {
        case HTTP_500:
          exchange.sendResponseHeaders(500, -1);
          return;
        case GARBAGE:
          send(exchange, "this is not DER".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          return;
        case OVERSIZED:
          // Chunked, without Content-Length, so the client must count while reading.
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(new byte[2 << 20]);
          }
          return;
        case SILENT:
          closed.await(5, TimeUnit.MINUTES);
          return;
        default:
          send(exchange, respond(new TimeStampRequest(body)).getEncoded());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      exchange.sendResponseHeaders(400, -1);
    }
  }

  private static void send(HttpExchange exchange, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private TimeStampResponse respond(TimeStampRequest request) throws Exception {
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withECDSA", signingKey, tsaCertificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
            new ASN1ObjectIdentifier(POLICY));
    tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate, root)));
    TimeStampResponseGenerator responses =
        new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    BigInteger number = BigInteger.valueOf(serial.getAndIncrement());
    Date genTime = new Date();
    switch (behavior) {
      case REJECT:
        return responses.generateFailResponse(
            PKIStatus.REJECTION, PKIFailureInfo.badAlg, "request refused by test");
      case WRONG_IMPRINT:
        byte[] other = request.getMessageImprintDigest();
        other[0] ^= 1;
        return responses.generateGrantedResponse(
            rebuild(request, other, request.getNonce(), true), number, genTime);
      case WRONG_NONCE:
        BigInteger nonce =
            request.getNonce() == null ? BigInteger.TEN : request.getNonce().add(BigInteger.ONE);
        return responses.generateGrantedResponse(
            rebuild(request, request.getMessageImprintDigest(), nonce, true), number, genTime);
      case NO_CERTIFICATE:
        return responses.generateGrantedResponse(
            rebuild(request, request.getMessageImprintDigest(), request.getNonce(), false),
            number,
            genTime);
      default:
        return responses.generateGrantedResponse(request, number, genTime);
    }
  }

  private static TimeStampRequest rebuild(
      TimeStampRequest request, byte[] imprint, BigInteger nonce, boolean certReq) {
    TimeStampRequestGenerator g = new TimeStampRequestGenerator();
    g.setCertReq(certReq);
    return nonce == null
        ? g.generate(request.getMessageImprintAlgOID(), imprint)
        : g.generate(request.getMessageImprintAlgOID(), imprint, nonce);
  }

  private static KeyPair ecKeys() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }
}
