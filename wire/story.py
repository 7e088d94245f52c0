"""What every parser makes of an item: one plain structure, whatever the format.

The body is a list of blocks named as in ``news.blocks.BodyBlock``. An ``image`` block here
holds the photo's address rather than an image: photos are fetched only when a draft is
made, and only if the source allows it.
"""

from dataclasses import asdict, dataclass, field
from datetime import datetime

USABLE = "usable"
WITHDRAWN = "withdrawn"

TEXT = "text"
PICTURE = "picture"


@dataclass
class Block:
    type: str
    value: object = None


@dataclass
class Story:
    guid: str
    headline: str
    version: int = 1
    version_at: datetime | None = None
    kind: str = TEXT
    status: str = USABLE
    standfirst: str = ""
    bylines: list[str] = field(default_factory=list)
    dateline: str = ""
    keywords: list[str] = field(default_factory=list)
    urgency: int | None = None
    embargo_until: datetime | None = None
    copyright: str = ""
    usage_terms: str = ""
    original_url: str = ""
    originally_published_by: str = ""
    editorial_note: str = ""
    body: list[Block] = field(default_factory=list)

    DATE_FIELDS = ("version_at", "embargo_until")

    def to_json(self):
        data = asdict(self)
        for name in self.DATE_FIELDS:
            if data[name] is not None:
                data[name] = data[name].isoformat()
        return data

    @classmethod
    def from_json(cls, data):
        data = dict(data)
        for name in cls.DATE_FIELDS:
            if data.get(name):
                data[name] = datetime.fromisoformat(data[name])
        data["body"] = [Block(**block) for block in data.get("body", [])]
        return cls(**data)

    @property
    def is_kill(self):
        return self.status == WITHDRAWN

    def photos(self):
        return [block for block in self.body if block.type == "image"]

    def outline(self):
        """How many blocks of each kind the article will get, in the order first met."""
        counts = {}
        for block in self.body:
            counts[block.type] = counts.get(block.type, 0) + 1
        return counts
