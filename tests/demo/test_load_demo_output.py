"""`make run` ends with what a newcomer needs: the logins and the address, after the
workflow e-mails the demo sends (printed by the console backend in development)."""

import sys

import pytest
from django.core.management import call_command


# Real commits: the workflow e-mails go out when the demo's transaction commits.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_logins_and_the_address_come_last(settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

    call_command("load_demo", stdout=sys.stdout)

    output = capsys.readouterr().out
    assert "Subject:" in output
    last_email = output.rindex("Subject:")
    logins = output.index("Demo logins:")
    assert last_email < logins
    tail = output[logins:].strip().splitlines()
    assert tail[1:5] == [
        "  admin    password: lordspress-admin",
        "  editor   password: lordspress-editor",
        "  writer   password: lordspress-writer",
        "  legal    password: lordspress-legal",
    ]
    assert tail[-1].endswith("Sign in at http://127.0.0.1:8000/admin/")
