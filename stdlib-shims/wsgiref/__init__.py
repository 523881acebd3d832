"""Python 2.7 `wsgiref` package, written for PyCgiRunner: only
wsgiref.handlers.format_date_time so far."""
