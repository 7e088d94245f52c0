"""Pictures for the demo newsroom, painted in code so that no photograph is borrowed."""

import hashlib
import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1600, 900


def paint(subject, size=(WIDTH, HEIGHT)):
    """A JPEG of a dusk skyline whose colours and shapes are fixed by `subject`."""
    seed = int.from_bytes(hashlib.sha256(subject.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    width, height = size
    top = (rng.randint(20, 90), rng.randint(40, 110), rng.randint(90, 170))
    bottom = (rng.randint(180, 250), rng.randint(120, 200), rng.randint(80, 160))
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        mix = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)),
        )
    sun = rng.randint(width // 6, width - width // 6)
    radius = rng.randint(height // 12, height // 6)
    draw.ellipse(
        [sun - radius, height // 3, sun + radius, height // 3 + 2 * radius], fill=(250, 214, 140)
    )
    x = 0
    while x < width:
        building = rng.randint(width // 30, width // 10)
        rise = rng.randint(height // 6, height // 2)
        shade = rng.randint(15, 55)
        draw.rectangle([x, height - rise, x + building, height], fill=(shade, shade, shade + 10))
        for wy in range(height - rise + 12, height - 12, 28):
            for wx in range(x + 8, x + building - 8, 22):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 8, wy + 12], fill=(245, 220, 150))
        x += building + rng.randint(0, 12)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer


def image_file(subject, filename):
    return ImageFile(paint(subject), name=filename)


def wordmark(name, size=(480, 160)):
    """A JPEG of `name` set in white on a colour fixed by the name: a sponsor's or the
    publication's logo that says whose it is."""
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    background = (rng.randint(20, 110), rng.randint(40, 120), rng.randint(60, 140))
    picture = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    font_size = 44
    font = ImageFont.load_default(size=font_size)
    # Smaller until the name fits with a margin.
    while draw.textlength(name, font=font) > size[0] - 40 and font_size > 12:
        font_size -= 2
        font = ImageFont.load_default(size=font_size)
    draw.text((size[0] / 2, size[1] / 2), name, font=font, fill=(255, 255, 255), anchor="mm")
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=90)
    return buffer


def wordmark_file(name, filename):
    return ImageFile(wordmark(name), name=filename)
