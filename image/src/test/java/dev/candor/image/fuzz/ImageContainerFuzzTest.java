package dev.candor.image.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.candor.core.DevelopmentPki;
import dev.candor.core.Provenance;
import dev.candor.core.ProvenanceException;
import dev.candor.core.VerifyOptions;
import dev.candor.core.asset.AssetSource;
import dev.candor.core.asset.ByteRange;
import dev.candor.core.asset.EmbedPlan;
import dev.candor.core.asset.EmbeddedStore;
import dev.candor.image.ImageAssetFormat;
import dev.candor.image.JpegFormat;
import dev.candor.image.PngFormat;
import dev.candor.image.WebpFormat;
import dev.candor.image.xmp.IptcAiFields;
import dev.candor.image.xmp.XmpPackets;
import java.io.IOException;
import java.util.List;

/**
 * Fuzz targets for the image containers: find the stores, plan an embedding (with and without a new
 * XMP packet), read the XMP, and validate what was found. Only {@link ProvenanceException} (an
 * unreadable container) may escape; a found store must lie inside the file.
 */
class ImageContainerFuzzTest {
  private static final VerifyOptions OPTIONS =
      VerifyOptions.defaults().withTrust(DevelopmentPki.create().trustAnchors());
  private static final byte[] XMP = xmp();

  @FuzzTest(maxDuration = "10m")
  void jpeg(byte[] input) {
    exercise(new JpegFormat(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void png(byte[] input) {
    exercise(new PngFormat(), input);
  }

  @FuzzTest(maxDuration = "10m")
  void webp(byte[] input) {
    exercise(new WebpFormat(), input);
  }

  private static void exercise(ImageAssetFormat f, byte[] input) {
    AssetSource src = AssetSource.of(input);
    try {
      f.recognizes(input);
      List<EmbeddedStore> stores = f.findStores(src);
      for (EmbeddedStore s : stores) {
        for (ByteRange r : s.framing()) {
          check(r.start() >= 0 && r.end() <= input.length, "store framing runs past the file");
        }
      }
      Provenance.verify(f, src, OPTIONS);
    } catch (ProvenanceException e) {
      // unreadable container: the documented outcome
    } catch (IOException e) {
      throw new AssertionError("in-memory source threw IOException", e);
    }
    plan(f, src, null);
    plan(f, src, XMP);
    try {
      f.readXmp(src);
    } catch (ProvenanceException e) {
      // unreadable container or XMP
    } catch (IOException e) {
      throw new AssertionError("in-memory source threw IOException", e);
    }
  }

  private static void plan(ImageAssetFormat f, AssetSource src, byte[] xmp) {
    try {
      EmbedPlan p = f.planEmbedding(src, xmp);
      p.resolve(1000);
      for (EmbedPlan.Piece piece : p.pieces()) {
        if (piece instanceof EmbedPlan.Copy c) {
          check(
              c.offset() >= 0 && c.offset() + c.length() <= src.size(),
              "plan copies past the file");
        }
      }
    } catch (ProvenanceException e) {
      // unreadable container, or the packet does not fit
    } catch (IOException e) {
      throw new AssertionError("in-memory source threw IOException", e);
    }
  }

  private static byte[] xmp() {
    try {
      return XmpPackets.merge(null, IptcAiFields.builder().build());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("fuzz contract broken: " + what);
    }
  }
}
