from django.urls import path

from resilience import views

urlpatterns = [
    path("healthz/live", views.live, name="healthz_live"),
    path("healthz/ready", views.ready, name="healthz_ready"),
]
