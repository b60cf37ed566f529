package dev.candor.image.fuzz;

import dev.candor.core.DevelopmentPki;
import dev.candor.core.GeneratorInfo;
import dev.candor.core.SigningOptions;
import dev.candor.image.ImageLabeler;
import dev.candor.image.ImageLabels;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed seeds of the image fuzz targets from Candor's own output: tiny images,
 * labelled (signed store and XMP), plus a truncated copy ({@code -Dcandor.seeds.write=true}).
 */
@EnabledIfSystemProperty(named = "candor.seeds.write", matches = "true")
class SeedWriterTest {
  private static final Path RES = Path.of("src/test/resources/dev/candor/image/fuzz");

  /** A 1x1 lossless WebP (RIFF, VP8L). */
  static final byte[] WEBP_1X1 = {
    'R',
    'I',
    'F',
    'F',
    26,
    0,
    0,
    0,
    'W',
    'E',
    'B',
    'P',
    'V',
    'P',
    '8',
    'L',
    13,
    0,
    0,
    0,
    0x2f,
    0,
    0,
    0,
    0x10,
    0x07,
    0x10,
    0x11,
    0x11,
    (byte) 0x88,
    (byte) 0x88,
    (byte) 0xfe,
    0x07,
    0
  };

  @Test
  void writeSeeds() throws Exception {
    ImageLabeler labeler =
        ImageLabels.labeler(SigningOptions.of(DevelopmentPki.create().signer()))
            .model(GeneratorInfo.of("Fuzz Model", "1"))
            .visibleLabel(null)
            .build();
    seeds("jpeg", tiny("jpg"), labeler);
    seeds("png", tiny("png"), labeler);
    seeds("webp", WEBP_1X1, labeler);
    byte[] jpegXmp = labeler.label(tiny("jpg"));
    write(
        "XmpFuzzTestInputs/read/candor_packet",
        new dev.candor.image.JpegFormat()
            .readXmpPacket(dev.candor.core.asset.AssetSource.of(jpegXmp))
            .orElseThrow());
  }

  private static void seeds(String method, byte[] plain, ImageLabeler labeler) throws Exception {
    String dir = "ImageContainerFuzzTestInputs/" + method + "/";
    write(dir + "plain", plain);
    byte[] labelled = labeler.label(plain);
    write(dir + "labelled", labelled);
    write(dir + "labelled_truncated", Arrays.copyOf(labelled, labelled.length / 2));
  }

  private static byte[] tiny(String fmt) throws Exception {
    BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, Color.ORANGE.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, fmt, out);
    return out.toByteArray();
  }

  private static void write(String name, byte[] bytes) throws Exception {
    Path p = RES.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }
}
