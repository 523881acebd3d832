#!/usr/bin/python
# End-to-end test script: never ends; the server must stop it at the time limit (504).
n = 0
while True:
    n += 1
