/**
 * XMP packets with the IPTC fields that label AI-generated images: Digital Source Type and the IPTC
 * Photo Metadata 2025.1 AI properties, read from and merged into existing XMP.
 */
package dev.candor.image.xmp;
