package dev.candor.image.internal;

import dev.candor.core.ProvenanceException;
import dev.candor.core.asset.AssetSource;
import dev.candor.image.FileFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata of a JPEG, PNG or WebP that must survive when its pixels are decoded, changed (a badge,
 * a watermark) and encoded again, since the JDK's encoders write the pixels alone. Taken from the
 * original and put back into the new encoding:
 *
 * <ul>
 *   <li>JPEG: every APPn and COM segment except APP0 (the encoder writes its own JFIF), the main
 *       XMP packet (the caller writes it), ICC profiles (the JDK's decoder has already converted
 *       the pixels to sRGB, so the old profile would misdescribe them), MPF (its offsets point into
 *       the old file), C2PA (APP11; the new record replaces it) and Adobe APP14 (how the old file
 *       was encoded).
 *   <li>PNG: colour chunks ({@code iCCP sRGB gAMA cHRM cICP mDCV cLLI}: the decoder does not apply
 *       them, so they still describe the pixels) and every other ancillary chunk marked safe to
 *       copy (PNG §5.4: text, {@code pHYs}, {@code eXIf}, private ones); not the main XMP, C2PA,
 *       or chunks tied to the old encoding ({@code tRNS sBIT bKGD hIST sPLT tIME}, animation).
 *   <li>WebP: {@code EXIF}, in a new extended-format file (RFC 9649 §2.7: VP8X, image, EXIF)
 *       around the new bitstream; not XMP, C2PA or {@code ICCP} (TwelveMonkeys' decoder has
 *       already converted the pixels to sRGB, as the JDK's JPEG decoder does). An animated WebP
 *       is refused: its frames cannot be written back.
 * </ul>
 *
 * <p>Exif is carried for pixels turned upright ({@link ExifOrientation#upright}): orientation 1,
 * no thumbnail of the old pixels. Exif whose structure cannot be read is dropped.
 */
public final class CarriedMetadata {
  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] MPF = "MPF\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int APP2 = 0xE2;
  private static final int EXIF_FLAG = 0x08;
  private static final int APP14 = 0xEE;
  private static final int COM = 0xFE;
  private static final Set<String> PNG_COLOUR =
      Set.of("iCCP", "sRGB", "gAMA", "cHRM", "cICP", "mDCV", "cLLI");
  private static final Set<String> PNG_NOT_CARRIED = Set.of("caBX", "acTL", "fcTL", "fdAT");
  private static final Set<String> PNG_ONCE =
      Set.of("iCCP", "sRGB", "gAMA", "cHRM", "cICP", "mDCV", "cLLI", "pHYs", "eXIf");

  private final FileFormat format;
  private final int orientation;

  /** Whole segments (JPEG) or chunks (PNG), as they go into the new file. */
  private final List<byte[]> blocks;

  private CarriedMetadata(FileFormat format, int orientation, List<byte[]> blocks) {
    this.format = format;
    this.orientation = orientation;
    this.blocks = List.copyOf(blocks);
  }

  /**
   * What {@code original} (a JPEG, PNG or WebP; other formats carry nothing) keeps through re-encoding.
   *
   * @throws ProvenanceException when the container's structure is malformed
   */
  public static CarriedMetadata of(byte[] original, FileFormat format)
      throws ProvenanceException, IOException {
    if (format == FileFormat.JPEG) {
      return jpeg(original);
    }
    if (format == FileFormat.PNG) {
      return png(original);
    }
    if (format == FileFormat.WEBP) {
      return webp(original);
    }
    return new CarriedMetadata(format, 1, List.of());
  }

  /** The Exif orientation of the original (1 when it has none). */
  public int orientation() {
    return orientation;
  }

  /** The decoded pixels as the original displays them ({@link ExifOrientation#apply}). */
  public BufferedImage upright(BufferedImage decoded) {
    return ExifOrientation.apply(decoded, orientation);
  }

  /**
   * {@code encoded} (the changed pixels, freshly encoded in the same format) with the original's
   * metadata put back: after JFIF's APP0 in a JPEG, after IHDR in a PNG (where every carried chunk
   * may stand), a chunk that may occur once not added when the encoder wrote one.
   *
   * @throws ProvenanceException when {@code encoded} is malformed
   */
  public byte[] into(byte[] encoded) throws ProvenanceException, IOException {
    if (blocks.isEmpty()) {
      return encoded;
    }
    if (format == FileFormat.WEBP) {
      return webpInto(encoded);
    }
    AssetSource source = AssetSource.of(encoded);
    int at;
    List<byte[]> carried = blocks;
    if (format == FileFormat.JPEG) {
      List<JpegSegment> segments = JpegLayout.read(source).segments();
      at = !segments.isEmpty() && segments.get(0).marker() == JpegSegment.APP0
          ? (int) segments.get(0).end() : 2;
    } else {
      List<PngChunk> chunks = PngLayout.read(source).chunks();
      at = (int) chunks.get(0).end();
      Set<String> present = new HashSet<>();
      chunks.forEach(c -> present.add(c.type()));
      if (present.contains("iCCP") || present.contains("sRGB")) {
        present.add("iCCP"); // the two exclude each other (PNG §11.3.3.5)
        present.add("sRGB");
      }
      carried = new ArrayList<>();
      for (byte[] b : blocks) {
        String type = new String(b, 4, 4, StandardCharsets.ISO_8859_1);
        if (!(PNG_ONCE.contains(type) && present.contains(type))) {
          carried.add(b);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + size(carried));
    out.write(encoded, 0, at);
    carried.forEach(out::writeBytes);
    out.write(encoded, at, encoded.length - at);
    return out.toByteArray();
  }

  private static CarriedMetadata jpeg(byte[] original) throws ProvenanceException, IOException {
    int orientation = 1;
    boolean exifSeen = false;
    List<byte[]> blocks = new ArrayList<>();
    for (JpegSegment s : JpegLayout.read(AssetSource.of(original)).segments()) {
      int m = s.marker();
      if (!(s.isApp() || m == COM) || m == JpegSegment.APP0 || m == JpegSegment.APP11
          || m == APP14) {
        continue;
      }
      byte[] payload = slice(original, s.contentOffset(), s.contentLength());
      if (m == JpegSegment.APP1 && startsWith(payload, XMP)) {
        continue;
      }
      if (m == APP2 && (startsWith(payload, ICC) || startsWith(payload, MPF))) {
        continue;
      }
      if (m == JpegSegment.APP1 && startsWith(payload, EXIF)) {
        byte[] tiff = Arrays.copyOfRange(payload, EXIF.length, payload.length);
        byte[] upright = ExifOrientation.upright(tiff);
        if (upright == null || exifSeen) {
          continue; // unreadable, or a second Exif block (readers take the first)
        }
        exifSeen = true;
        orientation = ExifOrientation.read(tiff);
        byte[] seg = new byte[4 + EXIF.length + upright.length];
        seg[0] = (byte) 0xFF;
        seg[1] = (byte) m;
        WireInts.putU16be(seg, 2, seg.length - 2);
        System.arraycopy(EXIF, 0, seg, 4, EXIF.length);
        System.arraycopy(upright, 0, seg, 4 + EXIF.length, upright.length);
        blocks.add(seg);
        continue;
      }
      blocks.add(slice(original, s.offset(), (int) s.length()));
    }
    return new CarriedMetadata(FileFormat.JPEG, orientation, blocks);
  }

  private static CarriedMetadata png(byte[] original) throws ProvenanceException, IOException {
    int orientation = 1;
    List<byte[]> blocks = new ArrayList<>();
    AssetSource source = AssetSource.of(original);
    for (PngChunk c : PngLayout.read(source).chunks()) {
      String t = c.type();
      boolean ancillary = Character.isLowerCase(t.charAt(0));
      boolean safeToCopy = Character.isLowerCase(t.charAt(3));
      if (!ancillary || PNG_NOT_CARRIED.contains(t)
          || !(safeToCopy || PNG_COLOUR.contains(t))) {
        continue;
      }
      if (PngXmp.isXmp(source, c)) {
        continue;
      }
      if (t.equals("eXIf")) {
        byte[] data = slice(original, c.dataOffset(), (int) c.dataLength());
        byte[] upright = ExifOrientation.upright(data);
        if (upright == null) {
          continue;
        }
        orientation = ExifOrientation.read(data);
        blocks.add(PngChunks.chunk("eXIf", upright));
        continue;
      }
      blocks.add(slice(original, c.offset(), (int) c.length()));
    }
    return new CarriedMetadata(FileFormat.PNG, orientation, blocks);
  }

  private static CarriedMetadata webp(byte[] original) throws ProvenanceException, IOException {
    AssetSource source = AssetSource.of(original);
    WebpLayout layout = WebpLayout.read(source);
    if (layout.first("ANIM").isPresent() || layout.first("ANMF").isPresent()) {
      throw new ProvenanceException(
          "the WebP is animated: only its first frame could be written back; label it without a"
              + " visible label or watermark, which keeps its frames as they are");
    }
    int orientation = 1;
    List<byte[]> blocks = new ArrayList<>();
    Optional<RiffChunk> exif = layout.first("EXIF");
    if (exif.isPresent()) {
      byte[] data = slice(original, exif.get().dataOffset(), (int) exif.get().dataLength());
      if (startsWith(data, EXIF)) {
        data = Arrays.copyOfRange(data, EXIF.length, data.length); // a prefix some writers add
      }
      byte[] upright = ExifOrientation.upright(data);
      if (upright != null) {
        orientation = ExifOrientation.read(data);
        blocks.add(RiffChunk.encode("EXIF", upright));
      }
    }
    return new CarriedMetadata(FileFormat.WEBP, orientation, blocks);
  }

  /**
   * {@code encoded} (a new WebP: one image chunk, or VP8X, ALPH and VP8) as an extended file with
   * the blocks.
   */
  private byte[] webpInto(byte[] encoded) throws ProvenanceException, IOException {
    AssetSource source = AssetSource.of(encoded);
    List<RiffChunk> chunks = WebpLayout.read(source).chunks();
    RiffChunk first = chunks.get(0);
    boolean extended = first.fourcc().equals("VP8X");
    // The only block is the Exif chunk, which goes after the image (RFC 9649 §2.7).
    ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + size(blocks) + 18);
    out.write(encoded, 0, 12);
    out.writeBytes(extended
        ? Vp8xHeader.withFlags(source, first, EXIF_FLAG)
        : Vp8xHeader.forSimple(source, first, EXIF_FLAG));
    for (RiffChunk c : extended ? chunks.subList(1, chunks.size()) : chunks) {
      out.write(encoded, (int) c.offset(), (int) c.length());
    }
    blocks.forEach(out::writeBytes);
    byte[] file = out.toByteArray();
    WireInts.putU32le(file, 4, file.length - 8);
    return file;
  }

  private static byte[] slice(byte[] b, long from, int n) {
    return Arrays.copyOfRange(b, (int) from, (int) from + n);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length
        && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static int size(List<byte[]> blocks) {
    int n = 0;
    for (byte[] b : blocks) {
      n += b.length;
    }
    return n;
  }
}
