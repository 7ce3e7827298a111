#!/bin/sh
# Renders the PNG sizes desktops need from alma-p2p-wizard.svg (run after editing the SVG;
# the PNGs are committed so a build needs no SVG renderer). Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" alma-p2p-wizard.svg -o "alma-p2p-wizard-$size.png"
done
