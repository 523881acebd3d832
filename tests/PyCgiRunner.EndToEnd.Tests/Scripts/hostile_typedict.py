#!/usr/bin/env python
# Issue 7 item 1: tries to change object and str for every request of the server.
def spy(self, name, value):
    object.__setattr__(self, name, 'spied')
results = []
for attempt in (lambda: object.__dict__.__setitem__('__setattr__', spy), lambda: setattr(str, 'upper', len),
                lambda: str.__dict__.__delitem__('title'), lambda: vars(object).__setitem__('__setattr__', spy)):
    try:
        attempt()
        results.append('changed')
    except (TypeError, AttributeError):
        results.append('refused')
print "Content-Type: text/plain"
print
print ' '.join(results)
