"""Waiting on a condition in the page under its Content-Security-Policy.

Playwright's wait_for_function compiles its predicate inside the page, which the site's
policy refuses ('unsafe-eval'); evaluate() runs from outside the page's policy.
"""


def wait_until(page, condition, timeout_ms=15_000):
    """Poll the JavaScript expression `condition` until it is true."""
    for _ in range(timeout_ms // 100):
        if page.evaluate(condition):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"Still false after {timeout_ms} ms: {condition}")
