"""Reader search uses only what Wagtail's search documents: nothing private is imported."""

import ast
from pathlib import Path

import pytest

SEARCH_APP = Path(__file__).resolve().parents[2] / "search"
WAGTAIL_SEARCH_MODULES = ("modelsearch", "wagtail.search")


def private_names(path):
    """(module, name) of every underscore name imported from Wagtail's search packages."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
            names = []
        else:
            continue
        for module in modules:
            if not module.startswith(WAGTAIL_SEARCH_MODULES):
                continue
            for part in [*module.split("."), *names]:
                if part.startswith("_"):
                    yield module, part


def underscore_attributes(path):
    """Underscore attributes read or written anywhere: search/ needs none of anyone's."""
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    ]


@pytest.mark.parametrize(
    "path", sorted(SEARCH_APP.rglob("*.py")), ids=lambda path: str(path.relative_to(SEARCH_APP))
)
def test_no_private_name_of_wagtail_search_is_used(path):
    assert list(private_names(path)) == []
    assert underscore_attributes(path) == []


def test_the_check_finds_a_private_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "from modelsearch.backends.base import _private\n"
        "import wagtail.search._internal\n"
        "from wagtail.search.index import SearchField\n"
        "results._do_search()\n"
    )
    assert list(private_names(module)) == [
        ("modelsearch.backends.base", "_private"),
        ("wagtail.search._internal", "_internal"),
    ]
    assert underscore_attributes(module) == ["_do_search"]
