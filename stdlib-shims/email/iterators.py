"""Iterating over a message tree."""

from cStringIO import StringIO

__all__ = ["body_line_iterator", "typed_subpart_iterator", "walk"]


def walk(self):
    yield self
    if self.is_multipart():
        for subpart in self.get_payload():
            for part in walk(subpart):
                yield part


def body_line_iterator(msg, decode=False):
    """Every line of every string payload in the tree."""
    for subpart in msg.walk():
        payload = subpart.get_payload(decode=decode)
        if isinstance(payload, basestring):
            for line in StringIO(payload):
                yield line


def typed_subpart_iterator(msg, maintype="text", subtype=None):
    for subpart in msg.walk():
        if subpart.get_content_maintype() == maintype:
            if subtype is None or subpart.get_content_subtype() == subtype:
                yield subpart
