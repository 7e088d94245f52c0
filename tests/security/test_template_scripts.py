"""Inline scripts in templates are allowed by their hash, read from the template itself."""

import pytest
from django.core import checks

from security.checks import inline_scripts_can_be_hashed
from security.policy import template_inline_scripts, template_script_hashes
from security.scripts import sha256_source

SCRIPT = "document.documentElement.classList.add('js');"


@pytest.fixture
def templates_dir(settings, tmp_path):
    """A template folder of the project's own, read afresh as after a deploy."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    template_script_hashes.cache_clear()
    yield tmp_path
    template_script_hashes.cache_clear()


def script_src(client):
    header = client.get("/")["Content-Security-Policy"]
    return next(part.split()[1:] for part in header.split(";") if part.split()[0] == "script-src")


def test_the_projects_templates_pass_the_check():
    assert inline_scripts_can_be_hashed(None) == []


def test_every_inline_script_in_the_templates_is_in_the_readers_policy(client, home):
    sources = script_src(client)
    for template, scripts in template_inline_scripts():
        for source in scripts.script_hashes:
            assert source in sources, template


def test_the_policy_follows_a_templates_script_when_it_changes(client, home, templates_dir):
    template = templates_dir / "includes" / "early.html"
    template.parent.mkdir()
    template.write_text(f"<script>{SCRIPT}</script>\n")
    assert sha256_source(SCRIPT) in script_src(client)

    changed = SCRIPT.replace("'js'", "'js-ready'")
    template.write_text(f"<script>{changed}</script>\n")
    template_script_hashes.cache_clear()  # a new process, as after the deploy

    sources = script_src(client)
    assert sha256_source(changed) in sources
    assert sha256_source(SCRIPT) not in sources


def test_data_blocks_and_external_scripts_need_no_hash(templates_dir):
    (templates_dir / "data.html").write_text(
        '<script type="application/ld+json">{{ data }}</script><script src="/static/x.js"></script>'
    )
    assert template_script_hashes() == ()
    assert inline_scripts_can_be_hashed(None) == []


def test_a_script_with_template_syntax_fails_the_check(templates_dir):
    (templates_dir / "greeting.html").write_text("<script>var name = '{{ user.name }}';</script>")

    errors = inline_scripts_can_be_hashed(None)

    assert [error.id for error in errors] == ["security.E001"]
    assert "greeting.html" in errors[0].msg
    assert errors[0].level == checks.ERROR
    assert template_script_hashes() == ()
