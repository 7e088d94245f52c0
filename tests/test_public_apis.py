"""Project code uses only the public face of Django, Wagtail and the libraries around them.

An underscore name (`request._wagtail_site`, `queryset._do_search`, `from x import _y`) is
an upstream's private business: the next release may rename or change it without a word.
This reads every module of the project and fails on any underscore name it did not define
itself, except those below, which the upstream documents as public.
"""

import ast
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
NOT_PROJECT_CODE = {".venv", "tests", "node_modules", "var", "static", "templates"}

# Documented despite the underscore, each with where it is documented.
DOCUMENTED = {
    # Django's Model _meta API: docs/ref/models/meta.
    "_meta",
    # Django's model managers: docs/topics/db/managers ("Default managers", "Base managers").
    "_default_manager",
    "_base_manager",
    # namedtuple's public API: docs.python.org, collections.namedtuple.
    "_replace",
    "_asdict",
}


def project_modules():
    for path in sorted(PROJECT.rglob("*.py")):
        relative = path.relative_to(PROJECT)
        # Any virtualenv the Makefile makes (.venv, .venv-3.11) holds other people's code.
        if not NOT_PROJECT_CODE & set(relative.parts) and not relative.parts[0].startswith(".venv"):
            yield relative, ast.parse(path.read_text(), filename=str(path))


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def names_defined(tree):
    """Underscore names the module defines: functions, classes, attributes it assigns."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield node.name
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            yield node.id
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id in {"self", "cls"}
        ):
            yield node.attr
        elif isinstance(node, ast.arg):
            yield node.arg


def names_used(tree):
    """(line, name) of each underscore name the module reads from, or writes on, something
    else."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            for alias in node.names:
                yield node.lineno, alias.name
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "setattr", "hasattr", "delattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            yield node.lineno, node.args[1].value


def test_no_private_name_of_another_package_is_used():
    modules = list(project_modules())
    ours = {name for _, tree in modules for name in names_defined(tree) if is_private(name)}
    found = [
        f"{path}:{line} {name}"
        for path, tree in modules
        for line, name in names_used(tree)
        if is_private(name) and name not in ours and name not in DOCUMENTED
    ]
    assert found == []


def test_the_check_finds_what_it_is_for(tmp_path):
    tree = ast.parse(
        "from wagtail.models import _secret\n"
        "site = request._wagtail_site\n"
        "getattr(page, '_cached_parent_obj', None)\n"
        "request._menu_pages = []\n"
        "opts = page._meta\n"
        "self._own = 1\n"
    )
    used = {name for _, name in names_used(tree) if is_private(name) and name not in DOCUMENTED}
    defined = {name for name in names_defined(tree) if is_private(name)}
    assert used - defined == {"_secret", "_wagtail_site", "_cached_parent_obj", "_menu_pages"}
