"""The review screen for people: `routes/` (one router per area), `rendering.py` (templates, render(),
the security headers), `queue_query.py` (what waits for a clerk), `forms.py` (the forms read into clerk
actions), `document_view.py` (the document beside the extraction), `dashboard_numbers.py` (the dashboard's numbers),
templates and static files. It never imports api/: what both need is in web/."""
