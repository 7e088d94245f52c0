"""Tasks for the retry tests, at module level so that the database worker can import them."""

from jobs.retries import retried_task

# Test-controlled behaviour: how many more times each task raises before it succeeds, and
# the keyword arguments each call received.
failures_left = {"flaky": 0}
calls = []


@retried_task(retry_on=(ConnectionError,))
def flaky(label, *, note=""):
    """Raises ConnectionError while failures_left["flaky"] is positive."""
    calls.append({"label": label, "note": note})
    if failures_left["flaky"] > 0:
        failures_left["flaky"] -= 1
        raise ConnectionError(f"{label} could not connect")
    return f"done {label}"


@retried_task(retry_on=(ConnectionError,), attempts=3)
def never_works(label):
    calls.append({"label": label})
    raise ConnectionError("still down")


@retried_task(retry_on=(ConnectionError,))
def buggy(label):
    calls.append({"label": label})
    raise ValueError("a bug, not an outage")
