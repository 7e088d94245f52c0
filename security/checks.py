from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register

from security.policy import template_inline_scripts


def display_path(path):
    base = Path(settings.BASE_DIR).resolve()
    return path.relative_to(base) if base in path.parents else path


@register(Tags.security)
def inline_scripts_can_be_hashed(app_configs, **kwargs):
    """Readers' pages allow inline scripts by hash only, so each must be the same on every page."""
    return [
        Error(
            f"{display_path(path)} has an inline <script> holding template "
            "syntax, which no Content-Security-Policy hash can allow.",
            hint="Move the script to a file under static/js/ and pass values to it in "
            "data- attributes or a json_script block.",
            id="security.E001",
        )
        for path, sources in template_inline_scripts()
        if sources.unhashable
    ]
