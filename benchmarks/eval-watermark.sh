#!/usr/bin/env bash
# Robustness evaluation of the image watermark (dev.candor.wm.tile.1).
# Needs: Debian packages python3-skimage (test photographs in its data dir), plasma-workspace-wallpapers
# (photographs, LGPL-3 / CC-BY-SA-4.0), webp (cwebp/dwebp for the WebP attack), fonts-dejavu-core and
# fontconfig (the rendered text pages). Installs them when run as root and missing. Writes
# benchmarks/WATERMARK-RESULTS.md (photographs), benchmarks/WATERMARK-PAGES.md (rendered text
# pages), benchmarks/WATERMARK-QUICK.md (the photographs read by the quick search),
# benchmarks/WATERMARK-ORIENTATION.md (mirrored and quarter-turned copies, beyond the issue's list),
# benchmarks/WATERMARK-ENLARGED.md and WATERMARK-STRETCHED.md (enlarged and stretched copies,
# beyond it too) and, if given, PNGs to $1. With CANDOR_EVAL_LARGE=1 also
# benchmarks/WATERMARK-LARGE.md (4K and 5K images, which carry the tile enlarged; about 45 minutes
# on 2 cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
need=()
[ -d /usr/lib/python3/dist-packages/skimage/data ] || need+=(python3-skimage)
[ -d /usr/share/wallpapers/EveningGlow ] || need+=(plasma-workspace-wallpapers)
command -v cwebp >/dev/null && command -v dwebp >/dev/null || need+=(webp)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
command -v fc-list >/dev/null || need+=(fontconfig) # Java2D finds fonts through it
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
  else
    echo "missing Debian packages: ${need[*]} (sudo apt-get install ${need[*]})" >&2
    exit 1
  fi
fi
cd "$root"
mvn -q -B -pl benchmarks -am compile -DskipTests
cp="image/target/classes:benchmarks/target/classes:core/target/classes"
java -Xmx2g -cp "$cp" dev.candor.benchmarks.eval.WatermarkEvaluation \
  benchmarks/WATERMARK-RESULTS.md "${1:-}"
java -Xmx2g -cp "$cp" dev.candor.benchmarks.eval.PageEvaluation benchmarks/WATERMARK-PAGES.md
# The same photographs and attacks read with WatermarkSearch.QUICK (the marked geometry only).
java -Xmx2g -Dwm.search=quick -cp "$cp" dev.candor.benchmarks.eval.WatermarkEvaluation \
  benchmarks/WATERMARK-QUICK.md
# Beyond the issue's list: mirrored and quarter-turned copies, alone and with its harder attacks.
java -Xmx2g -Dwm.beyond=true -cp "$cp" dev.candor.benchmarks.eval.WatermarkEvaluation \
  benchmarks/WATERMARK-ORIENTATION.md
# Beyond the issue's list: enlarged copies (upscalers, square canvases), stretched ones.
java -Xmx3g -Dwm.beyond=enlarged -cp "$cp" dev.candor.benchmarks.eval.WatermarkEvaluation \
  benchmarks/WATERMARK-ENLARGED.md
java -Xmx2g -Dwm.beyond=stretched -cp "$cp" dev.candor.benchmarks.eval.WatermarkEvaluation \
  benchmarks/WATERMARK-STRETCHED.md
if [ "${CANDOR_EVAL_LARGE:-0}" = 1 ]; then
  java -Xmx3g -cp "$cp" dev.candor.benchmarks.eval.LargeImageEvaluation benchmarks/WATERMARK-LARGE.md
fi
