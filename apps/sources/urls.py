from django.urls import path

from . import views

app_name = "sources"
urlpatterns = [
    path("<int:pk>/", views.document_detail, name="document_detail"),
]
