"""The floor under every Wagtail page, for the page benchmark: installed by
bench/settings.py only."""
