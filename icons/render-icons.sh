#!/usr/bin/env bash
# Regenerates the app icon files from drydock.svg:
#   drydock-<size>.png for every size in dev.drydock.icons.AppIcon.SIZES,
#   drydock.ico (Windows, 16..256) and drydock.icns (macOS, PNG entries 16..1024).
# Needs rsvg-convert and ImageMagick's convert (Debian: apt-get install -y librsvg2-bin imagemagick).
# The outputs are committed; run this after editing the SVG and commit the results.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$here/src/main/resources/dev/drydock/icons"
svg="$dir/drydock.svg"
png_sizes=(16 24 32 48 64 128 256 512)   # keep in step with AppIcon.SIZES (AppIconResourcesTest checks)
ico_sizes=(16 24 32 48 64 128 256)        # 256 is the largest size an .ico entry can hold

for tool in rsvg-convert convert; do
  command -v "$tool" >/dev/null || { echo "render-icons: '$tool' is missing (apt-get install -y librsvg2-bin imagemagick)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

render() { # size output
  rsvg-convert --width "$1" --height "$1" --format png "$svg" --output "$2"
}

for size in "${png_sizes[@]}"; do
  render "$size" "$dir/drydock-$size.png"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do
  ico_inputs+=("$dir/drydock-$size.png")
done
convert "${ico_inputs[@]}" "$dir/drydock.ico"

# .icns: the 'icns' magic and total length, then entries of OSType + length (both big-endian,
# the length counting its 8-byte header) + PNG data. These are the types Apple's iconutil writes as
# PNG; macOS scales them down for the 16 and 32 point sizes.
render 1024 "$tmp/drydock-1024.png"
be32() { printf "\\x$(printf %02x $(( ($1 >> 24) & 255 )))\\x$(printf %02x $(( ($1 >> 16) & 255 )))\\x$(printf %02x $(( ($1 >> 8) & 255 )))\\x$(printf %02x $(( $1 & 255 )))"; }
entries=(
  "ic07:$dir/drydock-128.png"   # 128x128
  "ic08:$dir/drydock-256.png"   # 256x256
  "ic09:$dir/drydock-512.png"   # 512x512
  "ic10:$tmp/drydock-1024.png"  # 512x512@2x
  "ic11:$dir/drydock-32.png"    # 16x16@2x
  "ic12:$dir/drydock-64.png"    # 32x32@2x
  "ic13:$dir/drydock-256.png"   # 128x128@2x
  "ic14:$dir/drydock-512.png"   # 256x256@2x
)
body="$tmp/icns-body"
: > "$body"
for entry in "${entries[@]}"; do
  type="${entry%%:*}" file="${entry#*:}"
  printf '%s' "$type" >> "$body"
  be32 $(( $(stat -c %s "$file") + 8 )) >> "$body"
  cat "$file" >> "$body"
done
{ printf 'icns'; be32 $(( $(stat -c %s "$body") + 8 )); cat "$body"; } > "$dir/drydock.icns"

echo "render-icons: wrote ${#png_sizes[@]} PNGs, drydock.ico and drydock.icns in $dir"
