/**
 * Candor image: C2PA containers for JPEG, PNG and WebP ({@link dev.candor.image.ImageFormats}), XMP
 * with IPTC AI fields ({@link dev.candor.image.xmp.XmpPackets}).
 */
package dev.candor.image;
