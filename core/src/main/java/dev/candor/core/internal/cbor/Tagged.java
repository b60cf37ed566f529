package dev.candor.core.internal.cbor;

/**
 * A CBOR tagged item (RFC 8949 §3.4).
 *
 * @param tag the tag number
 * @param value the tagged value
 */
public record Tagged(long tag, Object value) {}
