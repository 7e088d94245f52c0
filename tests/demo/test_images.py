"""The demo's painted pictures differ from one another and show, in shapes and colours,
roughly what their captions say."""

import pytest
from PIL import Image, ImageChops

from demo.images import paint, scene_for


@pytest.mark.parametrize(
    ("subject", "scene"),
    [
        ("Fishing boats moored in Ardmere's old harbour", "water"),
        ("Trams parked in the Kilnside depot", "rail"),
        ("Dry cracked earth between rows of young olive trees", "land"),
        ("Portrait of Esther Ward", "portrait"),
        ("The mayor leaving the council chamber", "portrait"),
        ("Solar panels on a church hall roof", "town"),
    ],
)
def test_a_subject_chooses_its_scene(subject, scene):
    assert scene_for(subject) == scene


def test_no_two_pictures_are_alike_even_of_one_scene():
    subjects = [
        "Fishing boats moored in Ardmere's old harbour",
        "Container cranes at the Port of Ardmere",
        "Trams parked in the Kilnside depot",
    ]
    pictures = [Image.open(paint(subject)) for subject in subjects]
    for first, second in [(0, 1), (0, 2), (1, 2)]:
        assert ImageChops.difference(pictures[first], pictures[second]).getbbox() is not None
    again = Image.open(paint(subjects[0]))
    assert ImageChops.difference(pictures[0], again).getbbox() is None
