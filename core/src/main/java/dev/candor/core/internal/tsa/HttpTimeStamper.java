package dev.candor.core.internal.tsa;

import dev.candor.core.ProvenanceException;
import dev.candor.core.TimeStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/**
 * An RFC 3161 client over HTTP (RFC 3161 §3.4): POSTs a {@code TimeStampReq} with {@code
 * certReq=true}, a 64-bit random nonce and the hash of the data, and accepts the answer only if
 * {@link TimeStampReply} finds it a matching, correctly signed token. The answer is capped at
 * {@link TimeStampTokens#MAX_BYTES}; redirects are not followed. Thread-safe.
 */
public final class HttpTimeStamper implements TimeStamper {
  static final String QUERY_TYPE = "application/timestamp-query";
  static final String REPLY_TYPE = "application/timestamp-reply";

  private static final Map<String, ASN1ObjectIdentifier> DIGESTS =
      Map.of(
          "SHA-256", NISTObjectIdentifiers.id_sha256,
          "SHA-384", NISTObjectIdentifiers.id_sha384,
          "SHA-512", NISTObjectIdentifiers.id_sha512);

  private final URI url;
  private final String shownUrl;
  private final int connectMillis;
  private final int readMillis;
  private final String digest;
  private final SecureRandom random = new SecureRandom();

  /**
   * A client for {@code url}.
   *
   * @throws IllegalArgumentException for a scheme other than http(s), a non-positive timeout or a
   *     digest other than SHA-256/384/512
   */
  public HttpTimeStamper(URI url, Duration connectTimeout, Duration readTimeout, String digest) {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("url: TSA URL must be http or https, got " + scheme);
    }
    if (!DIGESTS.containsKey(digest)) {
      throw new IllegalArgumentException("digestAlgorithm: must be SHA-256/384/512, got " + digest);
    }
    this.url = url;
    this.shownUrl = withoutUserInfo(url);
    this.connectMillis = millis(connectTimeout, "connectTimeout");
    this.readMillis = millis(readTimeout, "readTimeout");
    this.digest = digest;
  }

  @Override
  public byte[] timeStamp(byte[] data) throws ProvenanceException {
    Objects.requireNonNull(data, "data");
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    byte[] nonce = new byte[8];
    random.nextBytes(nonce);
    TimeStampRequest request =
        generator.generate(
            DIGESTS.get(digest),
            TimeStampTokens.digest(digest, data),
            new java.math.BigInteger(1, nonce));
    byte[] reply;
    try {
      reply = post(request.getEncoded());
    } catch (SocketTimeoutException e) {
      throw new ProvenanceException(
          "time-stamp authority " + shownUrl + " did not answer in time: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ProvenanceException(
          "time-stamp authority " + shownUrl + " is unreachable: " + e, e);
    }
    return TimeStampReply.check(request, reply, shownUrl);
  }

  private byte[] post(byte[] body) throws IOException, ProvenanceException {
    HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
    try {
      connection.setConnectTimeout(connectMillis);
      connection.setReadTimeout(readMillis);
      connection.setInstanceFollowRedirects(false);
      connection.setUseCaches(false);
      connection.setDoOutput(true);
      connection.setRequestMethod("POST");
      connection.setRequestProperty("Content-Type", QUERY_TYPE);
      connection.setRequestProperty("Accept", REPLY_TYPE);
      connection.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
      int status = connection.getResponseCode();
      if (status != HttpURLConnection.HTTP_OK) {
        throw new ProvenanceException(
            "time-stamp authority " + shownUrl + " answered HTTP " + status);
      }
      if (connection.getContentLengthLong() > TimeStampTokens.MAX_BYTES) {
        throw tooLarge();
      }
      try (InputStream in = connection.getInputStream()) {
        return readBounded(in);
      }
    } finally {
      connection.disconnect();
    }
  }

  private byte[] readBounded(InputStream in) throws IOException, ProvenanceException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      if (out.size() + n > TimeStampTokens.MAX_BYTES) {
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private ProvenanceException tooLarge() {
    return new ProvenanceException(
        "time-stamp authority "
            + shownUrl
            + " sent a response larger than "
            + TimeStampTokens.MAX_BYTES
            + " bytes");
  }

  private static int millis(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + ": must be positive and under 24 days, got " + d);
    }
    return (int) d.toMillis();
  }

  /** The URL as shown in messages: credentials in the user-info part never appear. */
  private static String withoutUserInfo(URI url) {
    StringBuilder s =
        new StringBuilder().append(url.getScheme()).append("://").append(url.getHost());
    if (url.getPort() != -1) {
      s.append(':').append(url.getPort());
    }
    if (url.getRawPath() != null) {
      s.append(url.getRawPath());
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "HttpTimeStamper{" + shownUrl + ", " + digest + "}";
  }
}
