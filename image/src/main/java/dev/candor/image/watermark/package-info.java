/**
 * Invisible, keyed image watermark that carries a 64-bit payload through recompression, resizing,
 * cropping and small rotations. Start at {@link dev.candor.image.watermark.ImageWatermark}.
 */
package dev.candor.image.watermark;
