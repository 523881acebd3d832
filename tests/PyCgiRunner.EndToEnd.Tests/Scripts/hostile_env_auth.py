#!/usr/bin/python
# Hostile-input suite (issue 7, item 10): the client's credentials are not every script's business.
import os
print "Content-Type: text/plain"
print
print "HTTP_AUTHORIZATION" in os.environ, "HTTP_PROXY_AUTHORIZATION" in os.environ
