package dev.candor.image;

/**
 * A file format told apart by its first bytes, so a caller can say "format X is not supported yet"
 * rather than "no manifest". Only {@link #isSupported() supported} formats carry C2PA stores here.
 */
public enum FileFormat {
  /** JPEG / JFIF / Exif. */
  JPEG("image/jpeg", true),
  /** PNG. */
  PNG("image/png", true),
  /** WebP (RIFF). */
  WEBP("image/webp", true),
  /** TIFF, including BigTIFF and most camera raw files. */
  TIFF("image/tiff", false),
  /** AVIF (ISO BMFF). */
  AVIF("image/avif", false),
  /** HEIC / HEIF (ISO BMFF). */
  HEIF("image/heif", false),
  /** MP4 and other ISO BMFF video. */
  MP4("video/mp4", false),
  /** QuickTime. */
  MOV("video/quicktime", false),
  /** GIF. */
  GIF("image/gif", false),
  /** SVG. */
  SVG("image/svg+xml", false),
  /** PDF. */
  PDF("application/pdf", false),
  /** Windows bitmap. */
  BMP("image/bmp", false),
  /** None of the above. */
  UNKNOWN("application/octet-stream", false);

  private final String mediaType;
  private final boolean supported;

  FileFormat(String mediaType, boolean supported) {
    this.mediaType = mediaType;
    this.supported = supported;
  }

  /** The usual media type. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether Candor can read and embed C2PA stores in this format. */
  public boolean isSupported() {
    return supported;
  }
}
