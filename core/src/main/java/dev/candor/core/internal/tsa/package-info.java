/**
 * Not API, may change: RFC 3161 time-stamps for C2PA claim signatures (request, check, verify) and
 * the bytes a claim-signature time-stamp covers.
 */
package dev.candor.core.internal.tsa;
