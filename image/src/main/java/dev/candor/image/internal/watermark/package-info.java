/** Not API: the tiled spread-spectrum image watermark's internals, may change in any release. */
package dev.candor.image.internal.watermark;
