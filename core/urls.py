from django.urls import path

from core import views

urlpatterns = [
    path("fragments/dateline/", views.dateline_fragment, name="dateline_fragment"),
]
