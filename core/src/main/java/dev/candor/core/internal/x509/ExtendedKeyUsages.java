package dev.candor.core.internal.x509;

import java.util.List;

/** Extended key usage OIDs that matter to C2PA (RFC 5280 §4.2.1.12, RFC 9336, C2PA §14.5.1). */
public final class ExtendedKeyUsages {
  private ExtendedKeyUsages() {}

  public static final String ANY = "2.5.29.37.0";
  public static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  public static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  public static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
  public static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
  public static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
  public static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

  /** id-kp-documentSigning, RFC 9336. */
  public static final String DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36";

  /** Microsoft's C2PA signing EKU. */
  public static final String MICROSOFT_C2PA_SIGNING = "1.3.6.1.4.1.311.76.59.1.9";

  /** c2pa-kp-claimSigning, C2PA §14.5.1. */
  public static final String C2PA_CLAIM_SIGNING = "1.3.6.1.4.1.62558.2.1";

  /** c2pa-rs's default accepted list ({@code crypto/cose/valid_eku_oids.cfg}), in its order. */
  public static final List<String> C2PA_DEFAULT =
      List.of(
          EMAIL_PROTECTION,
          DOCUMENT_SIGNING,
          TIME_STAMPING,
          OCSP_SIGNING,
          MICROSOFT_C2PA_SIGNING,
          C2PA_CLAIM_SIGNING);
}
