package dev.candor.core;

/**
 * The C2PA validation status codes (C2PA 2.2 §15.2.2, and those c2pa-rs raises beyond it), as the
 * stable strings that appear in reports.
 */
public final class StatusCode {
  private StatusCode() {}

  // success
  public static final String CLAIM_SIGNATURE_VALIDATED = "claimSignature.validated";
  public static final String CLAIM_SIGNATURE_INSIDE_VALIDITY = "claimSignature.insideValidity";
  public static final String SIGNING_CREDENTIAL_TRUSTED = "signingCredential.trusted";
  public static final String SIGNING_CREDENTIAL_NOT_REVOKED = "signingCredential.ocsp.notRevoked";
  public static final String TIMESTAMP_VALIDATED = "timeStamp.validated";
  public static final String TIMESTAMP_TRUSTED = "timeStamp.trusted";
  public static final String ASSERTION_HASHEDURI_MATCH = "assertion.hashedURI.match";
  public static final String ASSERTION_DATAHASH_MATCH = "assertion.dataHash.match";
  public static final String ASSERTION_BOXESHASH_MATCH = "assertion.boxesHash.match";
  public static final String INGREDIENT_MANIFEST_VALIDATED = "ingredient.manifest.validated";
  public static final String INGREDIENT_CLAIMSIGNATURE_VALIDATED = "ingredient.claimSignature.validated";

  // informational
  public static final String TIMESTAMP_UNTRUSTED = "timeStamp.untrusted";
  public static final String TIMESTAMP_MALFORMED = "timeStamp.malformed";
  public static final String TIMESTAMP_MISMATCH = "timeStamp.mismatch";
  public static final String TIMESTAMP_OUTSIDE_VALIDITY = "timeStamp.outsideValidity";
  public static final String SIGNING_CREDENTIAL_OCSP_SKIPPED = "signingCredential.ocsp.skipped";
  public static final String INGREDIENT_UNKNOWN_PROVENANCE = "ingredient.unknownProvenance";
  public static final String ALGORITHM_DEPRECATED = "algorithm.deprecated";
  public static final String DATAHASH_ADDITIONAL_EXCLUSIONS = "assertion.dataHash.additionalExclusionsPresent";

  // failure
  public static final String SIGNING_CREDENTIAL_UNTRUSTED = "signingCredential.untrusted";
  public static final String SIGNING_CREDENTIAL_INVALID = "signingCredential.invalid";
  public static final String SIGNING_CREDENTIAL_EXPIRED = "signingCredential.expired";
  public static final String SIGNING_CREDENTIAL_REVOKED = "signingCredential.ocsp.revoked";
  public static final String CLAIM_SIGNATURE_MISMATCH = "claimSignature.mismatch";
  public static final String CLAIM_SIGNATURE_MISSING = "claimSignature.missing";
  public static final String CLAIM_SIGNATURE_OUTSIDE_VALIDITY = "claimSignature.outsideValidity";
  public static final String CLAIM_MISSING = "claim.missing";
  public static final String CLAIM_MULTIPLE = "claim.multiple";
  public static final String CLAIM_MALFORMED = "claim.malformed";
  public static final String CLAIM_CBOR_INVALID = "claim.cbor.invalid";
  public static final String CLAIM_HARD_BINDINGS_MISSING = "claim.hardBindings.missing";
  public static final String ASSERTION_MULTIPLE_HARD_BINDINGS = "assertion.multipleHardBindings";
  public static final String ASSERTION_HASHEDURI_MISMATCH = "assertion.hashedURI.mismatch";
  public static final String ASSERTION_MISSING = "assertion.missing";
  public static final String ASSERTION_OUTSIDE_MANIFEST = "assertion.outsideManifest";
  public static final String ASSERTION_UNDECLARED = "assertion.undeclared";
  public static final String ASSERTION_CBOR_INVALID = "assertion.cbor.invalid";
  public static final String ASSERTION_JSON_INVALID = "assertion.json.invalid";
  public static final String ASSERTION_DATAHASH_MISMATCH = "assertion.dataHash.mismatch";
  public static final String ASSERTION_DATAHASH_MALFORMED = "assertion.dataHash.malformed";
  public static final String ASSERTION_ACTION_MALFORMED = "assertion.action.malformed";
  public static final String ASSERTION_ACTION_INGREDIENT_MISMATCH = "assertion.action.ingredientMismatch";
  public static final String ASSERTION_ACTION_REDACTED = "assertion.action.redacted";
  public static final String HASHEDURI_MISSING = "hashedURI.missing";
  public static final String HASHEDURI_MISMATCH = "hashedURI.mismatch";
  public static final String INGREDIENT_MANIFEST_MISSING = "ingredient.manifest.missing";
  public static final String INGREDIENT_MANIFEST_MISMATCH = "ingredient.manifest.mismatch";
  public static final String INGREDIENT_CLAIMSIGNATURE_MISSING = "ingredient.claimSignature.missing";
  public static final String INGREDIENT_CLAIMSIGNATURE_MISMATCH = "ingredient.claimSignature.mismatch";
  public static final String MANIFEST_MULTIPLE_PARENTS = "manifest.multipleParents";
  public static final String MANIFEST_MULTIPLE_STORES = "manifest.multipleStores";
  public static final String MANIFEST_INACCESSIBLE = "manifest.inaccessible";
  public static final String MANIFEST_TEXT_CORRUPTED_WRAPPER = "manifest.text.corruptedWrapper";
  public static final String MANIFEST_TEXT_MULTIPLE_WRAPPERS = "manifest.text.multipleWrappers";
  public static final String ALGORITHM_UNSUPPORTED = "algorithm.unsupported";
  public static final String GENERAL_ERROR = "general.error";
}
