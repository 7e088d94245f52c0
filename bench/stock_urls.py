from django.urls import path

from bench.urls import constant

urlpatterns = [path("__constant__/", constant)]
