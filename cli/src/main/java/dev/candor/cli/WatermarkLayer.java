package dev.candor.cli;

import dev.candor.image.FileFormat;
import dev.candor.image.ImageLabeler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The invisible-watermark layer of the command line: how {@code candor label --watermark} embeds a
 * watermark and how {@code candor verify} detects one. {@link #NONE} (the default until an image
 * watermark ships) embeds nothing, refuses {@code --watermark} and detects nothing.
 *
 * <p>Implementations must be thread-safe: one instance serves every labelling thread.
 */
public interface WatermarkLayer {

  /** No watermark: {@link #available()} is false and {@link #detect} always answers false. */
  WatermarkLayer NONE =
      new WatermarkLayer() {
        @Override
        public boolean available() {
          return false;
        }

        @Override
        public ImageLabeler.Builder embed(ImageLabeler.Builder labeler) {
          throw new UnsupportedOperationException("no watermark is available in this build");
        }

        @Override
        public boolean detect(Path image, FileFormat format) {
          return false;
        }
      };

  /** Whether this layer can embed watermarks ({@code --watermark} is refused otherwise). */
  boolean available();

  /**
   * Adds the watermark step to an image labeller (see {@link ImageLabeler.Builder#watermark}).
   *
   * @return the same builder
   * @throws UnsupportedOperationException when {@link #available()} is false
   */
  ImageLabeler.Builder embed(ImageLabeler.Builder labeler);

  /**
   * Whether {@code image} carries this layer's watermark.
   *
   * @param format the image's detected format (JPEG, PNG or WebP)
   * @throws IOException when the image cannot be read or decoded
   */
  boolean detect(Path image, FileFormat format) throws IOException;
}
