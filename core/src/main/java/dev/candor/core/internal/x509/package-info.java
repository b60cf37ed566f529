/** Not API, may change: certificates, key files, the C2PA certificate profile and chain checks. */
package dev.candor.core.internal.x509;
