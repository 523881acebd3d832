#!/usr/bin/python
# Hostile-input suite (issue 7, item 5): a made-up file name must not make the error page show that file.
exec compile('\n\n1/0', '/etc/passwd', 'exec')
