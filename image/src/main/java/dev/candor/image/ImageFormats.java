package dev.candor.image;

import dev.candor.core.ProvenanceException;
import dev.candor.image.internal.CarriedMetadata;
import dev.candor.image.internal.pixels.Codec;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image containers Candor supports, and detection of the formats it does not.
 *
 * <pre>{@code
 * FileFormat f = ImageFormats.detect(head);
 * ImageAssetFormat fmt = ImageFormats.forFormat(f)
 *     .orElseThrow(() -> new IllegalArgumentException(f + " is not supported yet"));
 * }</pre>
 */
public final class ImageFormats {
  private static final JpegFormat JPEG = new JpegFormat();
  private static final PngFormat PNG = new PngFormat();
  private static final WebpFormat WEBP = new WebpFormat();

  /** How many leading bytes {@link #detect} looks at; SVG needs more than 64. */
  public static final int HEAD_LENGTH = 512;

  private ImageFormats() {}

  /** Every supported container: JPEG, PNG, WebP. */
  public static List<ImageAssetFormat> all() {
    return List.of(JPEG, PNG, WEBP);
  }

  /** The container for a supported format; empty for the others. */
  public static Optional<ImageAssetFormat> forFormat(FileFormat format) {
    switch (format) {
      case JPEG:
        return Optional.of(JPEG);
      case PNG:
        return Optional.of(PNG);
      case WEBP:
        return Optional.of(WEBP);
      default:
        return Optional.empty();
    }
  }

  /** The container whose media type is {@code mediaType} (case-insensitive). */
  public static Optional<ImageAssetFormat> forMediaType(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT).trim();
    if (m.equals("image/jpg")) {
      m = JpegFormat.MEDIA_TYPE;
    }
    for (ImageAssetFormat f : all()) {
      if (f.mediaType().equals(m)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes an image's pixels (JPEG, PNG, BMP, GIF, and WebP through TwelveMonkeys ImageIO) to
   * change them and write them back, as a watermark or a visible label does. A JPEG that ends before its
   * end-of-image marker is refused: the JDK would decode it with the missing rows grey, and a copy
   * written from that would carry the damage as the image. So is an image that declares more than
   * 2²⁸ pixels (a decompression bomb, unless the system property {@code candor.image.maxPixels}
   * allows more), before anything of that size is allocated. The pixels come back as the image
   * displays: turned upright when its Exif orientation says it is stored turned.
   *
   * @throws ProvenanceException when the data is incomplete or no decoder can read it, with the
   *     reason
   */
  public static BufferedImage decodePixels(byte[] encoded) throws ProvenanceException {
    return upright(encoded, Codec.decode(encoded));
  }

  /**
   * Encodes pixels as labelling writes them: PNG, WebP lossless (VP8L; decoding it gives these
   * pixels back exactly), or JPEG at quality {@value Codec#JPEG_QUALITY} (alpha flattened on
   * white). No metadata is written.
   *
   * @throws ProvenanceException for another format, or when the encoder fails
   */
  public static byte[] encodePixels(BufferedImage img, FileFormat format)
      throws ProvenanceException {
    return Codec.encode(img, format);
  }

  /**
   * {@code img} as a lossy WebP file (VP8, Candor's own encoder: Java has no WebP encoder) at
   * {@code quality} 0–100, for generators that output WebP; transparency is kept exactly (an
   * {@code ALPH} chunk, coded losslessly).
   *
   * @throws ProvenanceException when a side exceeds 16383 px
   * @throws IllegalArgumentException when the quality is outside 0–100
   */
  public static byte[] encodeWebp(BufferedImage img, int quality) throws ProvenanceException {
    return dev.candor.image.internal.pixels.WebpLossy.encode(img, quality);
  }

  /**
   * Whether labelling writes changed pixels of the WebP {@code webp} lossy (it is lossy: at its own
   * quantiser, or finer for the watermark) rather than lossless.
   */
  public static boolean rewritesWebpLossy(byte[] webp) {
    return dev.candor.image.internal.pixels.WebpEncoding.lossyIndex(webp).isPresent();
  }

  /** The pixels as they display: turned by the file's Exif orientation, if it has one. */
  private static BufferedImage upright(byte[] encoded, BufferedImage decoded) {
    FileFormat f = detect(java.util.Arrays.copyOf(encoded, Math.min(encoded.length, HEAD_LENGTH)));
    try {
      return CarriedMetadata.of(encoded, f).upright(decoded);
    } catch (ProvenanceException | java.io.IOException e) {
      return decoded; // a container the orientation cannot be read from: as stored
    }
  }

  /**
   * Decodes what can be decoded of an image's pixels, to look for a mark in them: a truncated JPEG
   * comes back with its missing rows grey (what the JDK does), which a detector can still search.
   * Turned upright as {@link #decodePixels} turns them.
   *
   * @throws ProvenanceException when no decoder can read it or it is over the size limit
   */
  public static BufferedImage readPixels(byte[] encoded) throws ProvenanceException {
    return upright(encoded, Codec.decodeReadable(encoded));
  }

  /**
   * The format the first bytes of a file name; {@link FileFormat#UNKNOWN} when none matches. Pass
   * up to {@link #HEAD_LENGTH} bytes (fewer is fine, SVG behind a long prolog may then be missed).
   */
  public static FileFormat detect(byte[] head) {
    if (JPEG.recognizes(head)) {
      return FileFormat.JPEG;
    }
    if (PNG.recognizes(head)) {
      return FileFormat.PNG;
    }
    if (WEBP.recognizes(head)) {
      return FileFormat.WEBP;
    }
    if (starts(head, 0, "GIF87a") || starts(head, 0, "GIF89a")) {
      return FileFormat.GIF;
    }
    if (starts(head, 0, "II*\0")
        || starts(head, 0, "MM\0*")
        || starts(head, 0, "II+\0")
        || starts(head, 0, "MM\0+")) {
      return FileFormat.TIFF;
    }
    if (starts(head, 0, "%PDF-")) {
      return FileFormat.PDF;
    }
    if (starts(head, 0, "BM") && isBitmapInfoHeader(head)) {
      return FileFormat.BMP;
    }
    if (starts(head, 4, "ftyp")) {
      return isoBrand(head);
    }
    if (starts(head, 4, "moov") || starts(head, 4, "mdat") || starts(head, 4, "wide")) {
      return FileFormat.MOV;
    }
    if (isSvg(head)) {
      return FileFormat.SVG;
    }
    return FileFormat.UNKNOWN;
  }

  /** ISO BMFF: the major brand, then the compatible brands of the ftyp box. */
  private static FileFormat isoBrand(byte[] head) {
    String major = ascii(head, 8, 4);
    if (major.equals("avif") || major.equals("avis")) {
      return FileFormat.AVIF;
    }
    if (major.equals("qt  ")) {
      return FileFormat.MOV;
    }
    if (List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1").contains(major)) {
      long boxSize =
          head.length >= 4
              ? ((head[0] & 0xffL) << 24
                  | (head[1] & 0xff) << 16
                  | (head[2] & 0xff) << 8
                  | (head[3] & 0xff))
              : 0;
      for (int p = 16; p + 4 <= Math.min(head.length, boxSize); p += 4) {
        if (ascii(head, p, 4).equals("avif")) {
          return FileFormat.AVIF;
        }
      }
      return FileFormat.HEIF;
    }
    return FileFormat.MP4;
  }

  /** BMP: the DIB header after the 14-byte file header starts with its own size. */
  private static boolean isBitmapInfoHeader(byte[] head) {
    if (head.length < 18) {
      return false;
    }
    int dib =
        (head[14] & 0xff)
            | (head[15] & 0xff) << 8
            | (head[16] & 0xff) << 16
            | (head[17] & 0xff) << 24;
    return dib == 12
        || dib == 40
        || dib == 52
        || dib == 56
        || dib == 64
        || dib == 108
        || dib == 124;
  }

  private static boolean isSvg(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(3);
    }
    text = text.stripLeading();
    if (!text.startsWith("<")) {
      return false;
    }
    return text.startsWith("<svg") || text.contains("<svg");
  }

  private static boolean starts(byte[] b, int off, String ascii) {
    if (b.length < off + ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[off + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] b, int off, int len) {
    if (b.length < off + len) {
      return "";
    }
    return new String(b, off, len, StandardCharsets.ISO_8859_1);
  }
}
