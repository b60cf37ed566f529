/** Not API, may change: JCA signature plumbing for claim signatures (algorithms, encodings). */
package dev.candor.core.internal.crypto;
