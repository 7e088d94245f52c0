from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The newsroom's user: a project-owned model so that fields can be added later
    without the pain of swapping AUTH_USER_MODEL on a live database."""
