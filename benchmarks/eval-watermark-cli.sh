#!/usr/bin/env bash
# The watermark end to end through the command line, at the issue's smallest size: the 14
# python3-skimage photographs shrunk by ImageMagick to 256 px on the short side, labelled by
# `candor label --watermark --no-visible-label --watermark-strength S` (a fresh random id per
# image, a development key made on first use), then copied by ImageMagick with the metadata
# stripped; `candor verify --json` on each copy counts the records it recovers through the mark
# (and any copy reported INVALID, which would be a wrong record).
#
# Needs: Debian packages python3-skimage and imagemagick; Java 17 and Maven (./candor builds).
# Usage: benchmarks/eval-watermark-cli.sh [STRENGTH ...]   (default: subtle standard robust auto)
# Prints a Markdown table; takes about a minute per strength on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA=/usr/lib/python3/dist-packages/skimage/data
# Debian's ImageMagick 6; a `convert` earlier on PATH may be something else.
CONVERT=/usr/bin/convert
[[ -x "$CONVERT" ]] || CONVERT="$(command -v convert || true)"
if [[ ! -d "$DATA" || -z "$CONVERT" ]]; then
  echo "needs the Debian packages python3-skimage and imagemagick" >&2
  exit 2
fi
PHOTOS=(astronaut.png brick.png camera.png chelsea.png coffee.png coins.png grass.png gravel.png
  moon.png motorcycle_left.png rocket.jpg hubble_deep_field.jpg retina.jpg ihc.png)
# name|ImageMagick operations (the copy is written as JPEG)
COPIES=(
  "crop 90 % + half (Lanczos) + JPEG 75|-gravity center -crop 90%x90%+0+0 +repage -filter Lanczos -resize 50% -strip -quality 75"
  "JPEG 75|-strip -quality 75"
  "0.75× + JPEG 85|-resize 75% -strip -quality 85"
)
strengths=("$@")
[[ ${#strengths[@]} -gt 0 ]] || strengths=(subtle standard robust auto)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for p in "${PHOTOS[@]}"; do
  "$CONVERT" "$DATA/$p" -resize "256x256^" "$work/in/${p%.*}.png" 2>>"$work/convert.log"
done
"$ROOT/candor" --version >/dev/null # builds the command line if needed

header="| strength | labelled of ${#PHOTOS[@]} |"
rule="|---|---|"
for c in "${COPIES[@]}"; do
  header+=" ${c%%|*} |"
  rule+="---|"
done
echo "$header"
echo "$rule"
for s in "${strengths[@]}"; do
  export CANDOR_HOME="$work/home-$s"
  out="$work/out-$s"
  "$ROOT/candor" label --watermark --no-visible-label --watermark-strength "$s" \
    "$work/in" -o "$out" >"$work/label-$s.log" 2>&1 || true
  labelled=$(find "$out" -type f -name '*.png' 2>/dev/null | wc -l)
  row="| $s | $labelled |"
  for i in "${!COPIES[@]}"; do
    ops="${COPIES[$i]#*|}"
    dir="$work/copies-$s-$i"
    mkdir -p "$dir"
    for f in "$out"/*.png; do
      [[ -e "$f" ]] || continue
      # shellcheck disable=SC2086 # the operations are words on purpose
      "$CONVERT" "$f" $ops "$dir/$(basename "${f%.png}").jpg"
    done
    json="$("$ROOT/candor" verify --json "$dir" 2>/dev/null || true)"
    found=$(grep -c '"layers":\["watermark"\]' <<<"$json" || true)
    invalid=$(grep -c '"state":"INVALID"' <<<"$json" || true)
    if [[ $invalid -gt 0 ]]; then
      found+=" ($invalid INVALID)"
    fi
    row+=" $found |"
  done
  echo "$row"
done
echo
echo "Refused at labelling (the mark did not read back):"
for s in "${strengths[@]}"; do
  echo "- $s: $(grep -o '[a-z_]*\.png: the invisible watermark does not read back' "$work/label-$s.log" \
    | cut -d: -f1 | tr '\n' ' ')"
done
