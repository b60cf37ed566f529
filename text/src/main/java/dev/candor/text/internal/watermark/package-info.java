/**
 * Not API, may change: hashing and tail-probability arithmetic behind the text watermark in {@code
 * dev.candor.text.watermark}.
 */
package dev.candor.text.internal.watermark;
