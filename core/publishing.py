"""Side effects of publishing (caches, notifications, feeds) wait for the publish to commit.

A receiver wrapped in ``after_commit`` runs once the transaction that sent the signal has
committed, so it never acts on a publish that was rolled back; and a failure in it (a mail
server or cache being down) is logged instead of undoing or hiding an editor's work.
"""

import logging
from functools import wraps

from django.db import transaction

logger = logging.getLogger(__name__)


def after_commit(receiver):
    """Wrap a signal receiver so that it runs after the current transaction commits.

    Connect the result with ``weak=False``: nothing else holds a reference to the wrapper.
    """

    @wraps(receiver)
    def deferred_receiver(sender, **kwargs):
        def run_receiver():
            try:
                receiver(sender=sender, **kwargs)
            except Exception:
                logger.exception("%r failed after %s was committed", receiver, sender)

        transaction.on_commit(run_receiver)

    return deferred_receiver
