package dev.candor.cli;

import dev.candor.image.watermark.WatermarkSearch;
import picocli.CommandLine.Option;

/** {@code --watermark-search}: how far {@code verify} and {@code inspect} look for the watermark. */
final class WatermarkSearchOption {
  @Option(
      names = "--watermark-search",
      paramLabel = "SEARCH",
      defaultValue = "full",
      description =
          "How far to look for the invisible watermark: 'full' (default; also copies resized,"
              + " rotated, shrunk to thumbnails or screenshotted) or 'quick' (copies at the marked"
              + " size only: re-encoded, cropped, filtered, flipped; about a tenth of the time on"
              + " an image without a mark), for screening many files.")
  WatermarkSearch search;

  /** {@code layer} searching as this option says. */
  WatermarkLayer apply(WatermarkLayer layer) {
    return layer.searching(search);
  }
}
