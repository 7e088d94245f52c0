from django.urls import path

from dateline import views

urlpatterns = [
    path("fragments/dateline/", views.dateline_fragment, name="dateline_fragment"),
]
