#!/usr/bin/env bash
# Draws the Teams app icons into manifests/teams/: color.png (192x192, full-bleed accent colour) and outline.png
# (32x32, white on transparent), as the app manifest requires. Pure Python standard library, no image packages.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - manifests/teams <<'PY'
import math, struct, sys, zlib

ACCENT = (0x1F, 0x4E, 0x79)  # keep equal to accentColor in manifest.json
WHITE = (255, 255, 255)

def coverage(size, inside, samples=4):
    """Fraction of each pixel covered by the glyph, by supersampling, so edges are anti-aliased."""
    grid = []
    for y in range(size):
        row = []
        for x in range(size):
            hits = 0
            for sy in range(samples):
                for sx in range(samples):
                    u = (x + (sx + 0.5) / samples) / size
                    v = (y + (sy + 0.5) / samples) / size
                    hits += inside(u, v)
            row.append(hits / (samples * samples))
        grid.append(row)
    return grid

def glyph(u, v):
    """A person (the owner) beside a question mark's dot and hook: "who owns this?". Unit square coordinates."""
    head = (u - 0.40) ** 2 + (v - 0.33) ** 2 <= 0.125 ** 2
    body = (u - 0.40) ** 2 + (v - 0.80) ** 2 <= 0.27 ** 2 and v <= 0.80
    r = math.hypot(u - 0.76, v - 0.30)
    hook = 0.075 <= r <= 0.13 and not (u < 0.76 and v > 0.30)
    neck = abs(u - 0.76) <= 0.0275 and 0.42 <= v <= 0.52
    dot = (u - 0.76) ** 2 + (v - 0.62) ** 2 <= 0.035 ** 2
    return head or body or hook or neck or dot

def png(path, size, pixel):
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))

folder = sys.argv[1]
color = coverage(192, glyph)
def color_pixel(x, y):
    a = color[y][x]
    return tuple(round(ACCENT[i] * (1 - a) + WHITE[i] * a) for i in range(3)) + (255,)
png(f"{folder}/color.png", 192, color_pixel)

outline = coverage(32, glyph, samples=8)
png(f"{folder}/outline.png", 32, lambda x, y: WHITE + (round(255 * outline[y][x]),))
print(f"wrote {folder}/color.png (192x192) and {folder}/outline.png (32x32)")
PY
