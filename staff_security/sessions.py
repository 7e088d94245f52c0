"""Django's database sessions, with staff sessions that end after a spell of inactivity.

A session is marked as a staff member's when they sign in (staff_security.signals), and
StaffSessionMiddleware saves it on each of their requests, which moves its expiry on. Readers'
sessions (signed in by e-mailed link) are never marked and keep SESSION_COOKIE_AGE.
"""

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

STAFF_SESSION_KEY = "staff_security_staff"


class SessionStore(DatabaseSessionStore):
    def get_session_cookie_age(self):
        """Staff sessions last STAFF_SESSION_IDLE_MINUTES after their last request.

        Django asks this whenever no expiry of the session's own is set, for the stored
        expiry date and for the cookie's max-age alike.
        """
        if self.get(STAFF_SESSION_KEY):
            return settings.STAFF_SESSION_IDLE_MINUTES * 60
        return super().get_session_cookie_age()
