"""FeedParser: feed() text in pieces, close() returns the Message (parsed as a whole at close)."""

from email.message import Message
from email.parser import Parser

__all__ = ["FeedParser"]


class FeedParser(object):
    def __init__(self, _factory=Message):
        self._factory = _factory
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        return Parser(self._factory).parsestr("".join(self._chunks))
