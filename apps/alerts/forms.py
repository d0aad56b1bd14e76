"""Forms for saving a search and choosing its digest."""

from django import forms
from django.http import QueryDict

from apps.core.exports import InvalidFilters

from .lists import ListGone, query_clean, watched_list_at
from .models import SavedSearch


class SaveSearchForm(forms.Form):
    """A name for the filters of the page at `path` (its query string in `query`).

    cleaned_data gains list_key, slug and the cleaned query; a page that is not a list, or
    filters the page would refuse, are form errors, so a saved search never holds values
    that fail later.
    """

    name = forms.CharField(max_length=100, strip=True, label="Name this search")
    path = forms.CharField(max_length=400, widget=forms.HiddenInput)
    query = forms.CharField(max_length=4000, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self):
        name = self.cleaned_data["name"]
        if self.user and SavedSearch.objects.filter(user=self.user, name=name).exists():
            raise forms.ValidationError(f"You already have a search called “{name}”.")
        return name

    def clean(self):
        data = super().clean()
        if "path" not in data:
            return data
        found = watched_list_at(data["path"])
        if found is None:
            raise forms.ValidationError("Searches can be saved from the lists and timelines.")
        watched, slug = found
        try:
            query = query_clean(watched, QueryDict(data.get("query", "")), slug)
        except InvalidFilters as error:
            reasons = "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in error.errors.items()
            )
            raise forms.ValidationError(f"These filters cannot be saved: {reasons}") from None
        except ListGone as error:
            raise forms.ValidationError(str(error)) from None
        data.update(list_key=watched.key, slug=slug, query=query)
        return data


class DigestForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["digest"]
        labels = {"digest": "Email digest"}

    def clean_digest(self):
        digest = self.cleaned_data["digest"]
        if digest != SavedSearch.Digest.OFF and not self.instance.user.email:
            raise forms.ValidationError("Your account has no email address to send it to.")
        return digest
