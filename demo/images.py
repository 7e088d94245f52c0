"""Pictures for the demo newsroom, painted in code so that no photograph is borrowed."""

import hashlib
import random
import re
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1600, 900


# The scene a picture shows, by the first word of its subject that names one; shapes and
# colours only, enough for a caption and its picture to agree at a glance.
SCENES = {
    "portrait": (
        "portrait",
        "mayor",
        "candidate",
        "man",
        "woman",
        "pupil",
        "volunteer",
        "docker",
        "conductor",
        "actor",
    ),
    "water": ("harbour", "river", "boat", "quay", "lake", "port", "shipyard", "ferry", "hull"),
    "rail": ("tram", "station", "platform", "rail", "couchette"),
    "land": ("olive", "earth", "glacier", "farmer", "alpine", "field", "drought"),
}


def scene_for(subject):
    words = set(re.findall(r"[a-z]+", subject.lower()))
    words |= {word.removesuffix("s") for word in words}
    for scene, keywords in SCENES.items():
        if words & set(keywords):
            return scene
    return "town"


def paint(subject, size=(WIDTH, HEIGHT)):
    """A JPEG of the scene `subject` names (water, rail, land, a portrait or a town), its
    colours and shapes fixed by the subject so that no two pictures are alike."""
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
    SCENE_PAINTERS[scene_for(subject)](draw, rng, width, height)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer


def paint_sun(draw, rng, width, height):
    sun = rng.randint(width // 6, width - width // 6)
    radius = rng.randint(height // 12, height // 6)
    draw.ellipse(
        [sun - radius, height // 3, sun + radius, height // 3 + 2 * radius], fill=(250, 214, 140)
    )


def paint_town(draw, rng, width, height):
    paint_sun(draw, rng, width, height)
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


def paint_water(draw, rng, width, height):
    paint_sun(draw, rng, width, height)
    sea = height * 3 // 5
    draw.rectangle([0, sea, width, height], fill=(20, 60 + rng.randint(0, 40), 110))
    for _ in range(rng.randint(3, 6)):
        x = rng.randint(0, width - 240)
        y = rng.randint(sea + 20, height - 60)
        length = rng.randint(140, 260)
        hull = (rng.randint(120, 220), rng.randint(30, 80), rng.randint(30, 80))
        draw.polygon(
            [(x, y), (x + length, y), (x + length - 30, y + 40), (x + 30, y + 40)], fill=hull
        )
        draw.line([(x + length // 2, y), (x + length // 2, y - 120)], fill=(230, 230, 230), width=5)


def paint_rail(draw, rng, width, height):
    horizon = height // 2
    draw.rectangle([0, horizon, width, height], fill=(60, 60, 66))
    middle = width // 2 + rng.randint(-width // 8, width // 8)
    for offset in (-1, 1):
        draw.line(
            [(middle, horizon), (middle + offset * width // 2, height)],
            fill=(200, 200, 205),
            width=9,
        )
    for step in range(1, 12):
        y = horizon + (height - horizon) * step * step // 144
        half = (width // 2) * (y - horizon) // (height - horizon)
        draw.line([(middle - half, y), (middle + half, y)], fill=(120, 90, 60), width=6)
    tram = (rng.randint(150, 230), rng.randint(30, 70), rng.randint(30, 60))
    draw.rectangle([middle - 160, horizon - 150, middle + 160, horizon + 10], fill=tram)
    for window in range(4):
        x = middle - 140 + window * 72
        draw.rectangle([x, horizon - 130, x + 56, horizon - 80], fill=(240, 225, 170))


def paint_land(draw, rng, width, height):
    paint_sun(draw, rng, width, height)
    peaks = [(0, height)]
    for x in range(0, width + 200, 200):
        peaks.append((x, height // 3 + rng.randint(0, height // 4)))
    peaks.append((width, height))
    draw.polygon(peaks, fill=(rng.randint(90, 150), rng.randint(80, 120), 70))
    ground = height * 2 // 3
    draw.rectangle([0, ground, width, height], fill=(170 + rng.randint(0, 40), 140, 90))
    for row in range(3):
        y = ground + 40 + row * 70
        for x in range(40, width, 120):
            draw.ellipse([x, y - 40, x + 70, y + 10], fill=(70, 110 + rng.randint(0, 30), 60))


def paint_portrait(draw, rng, width, height):
    centre = width // 2 + rng.randint(-width // 6, width // 6)
    coat = (rng.randint(20, 80), rng.randint(20, 80), rng.randint(40, 110))
    draw.rounded_rectangle(
        [centre - 260, height * 3 // 5, centre + 260, height + 80], radius=120, fill=coat
    )
    draw.ellipse(
        [centre - 120, height // 5, centre + 120, height // 5 + 300],
        fill=(rng.randint(150, 230), rng.randint(110, 170), rng.randint(90, 140)),
    )


SCENE_PAINTERS = {
    "town": paint_town,
    "water": paint_water,
    "rail": paint_rail,
    "land": paint_land,
    "portrait": paint_portrait,
}


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
