package dev.candor.core.internal.jumbf;

import java.util.HexFormat;

/**
 * The JUMBF content-type UUIDs C2PA uses (C2PA 2.2 §11.1.4): four ASCII bytes followed by the common
 * suffix {@code 0011-0010-8000-00AA00389B71}.
 */
public final class C2paUuid {
  private C2paUuid() {}

  private static final String SUFFIX = "00110010800000AA00389B71";

  /** {@code c2pa}: the manifest store. */
  public static final byte[] STORE = of("63327061");
  /** {@code c2ma}: a standard manifest. */
  public static final byte[] MANIFEST = of("63326D61");
  /** {@code c2md}: legacy standard manifest (read only). */
  public static final byte[] MANIFEST_LEGACY = of("63326D64");
  /** {@code c2um}: an update manifest. */
  public static final byte[] UPDATE_MANIFEST = of("6332756D");
  /** {@code c2cm}: a compressed manifest. */
  public static final byte[] COMPRESSED_MANIFEST = of("6332636D");
  /** {@code c2as}: the assertion store. */
  public static final byte[] ASSERTIONS = of("63326173");
  /** {@code c2cl}: the claim. */
  public static final byte[] CLAIM = of("6332636C");
  /** {@code c2cs}: the claim signature. */
  public static final byte[] SIGNATURE = of("63326373");
  /** {@code c2vc}: the credential store. */
  public static final byte[] CREDENTIALS = of("63327663");
  /** {@code c2db}: the databox store. */
  public static final byte[] DATABOXES = of("63326462");
  /** {@code cbor}: a CBOR assertion. */
  public static final byte[] CBOR = of("63626F72");
  /** {@code json}: a JSON assertion. */
  public static final byte[] JSON = of("6A736F6E");
  /** {@code uuid}: a UUID assertion. */
  public static final byte[] UUID = of("75756964");
  /** An embedded-file assertion (thumbnails, icons, ingredient data). */
  public static final byte[] EMBEDDED_FILE =
      HexFormat.of().parseHex("40CB0C32BB8A489DA70B2AD6F47F4369");

  private static byte[] of(String prefix) {
    return HexFormat.of().parseHex(prefix + SUFFIX);
  }
}
