from django.shortcuts import render

from .models import Designation


def designation_list(request):
    designations = Designation.objects.visible().for_listing()
    return render(request, "regulatory/designation_list.html", {"designations": designations})
