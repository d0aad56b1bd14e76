"""Build the POST an admin change page would send back, from the page the server rendered."""


def _field_values(form) -> dict:
    data = {}
    for name in form.fields:
        value = form[name].value()
        key = form.add_prefix(name)
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        elif isinstance(value, bool):
            data[key] = "true" if value else "false"  # read by checkboxes and null-boolean selects
        else:
            data[key] = str(value)
    return data


def change_form_data(response) -> dict:
    """Every field of the main form and its inline formsets, as currently shown."""
    data = _field_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_field_values(formset.management_form))
        for form in formset.initial_forms:
            data.update(_field_values(form))
        data[formset.management_form.add_prefix("TOTAL_FORMS")] = str(len(formset.initial_forms))
    return data
