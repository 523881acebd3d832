"""A package for parsing, handling and generating email messages (the Python 2.7 email 4.0 API).

The Python 2.4 module names (email.Utils, email.MIMEText, ...) are provided as small alias modules.
"""

__version__ = "4.0.3"

__all__ = ["base64mime", "charset", "encoders", "errors", "generator", "header", "iterators",
           "message", "message_from_file", "message_from_string", "mime", "parser", "quoprimime",
           "utils"]


def message_from_string(s, *args, **kws):
    """Parse a string into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_file(fp, *args, **kws):
    """Read a file and parse its contents into a Message object model."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


# ---------------------------------------------------------------------------------------------------
# Python 2.4 names (email.Utils, email.MIMEText, ...). Like 2.7, they are module stand-ins placed in
# sys.modules rather than files, so email/Message.py never clashes with email/message.py on a
# case-insensitive file system.

import sys as _sys


class _LazyImporter(object):
    """Imports the real module on first attribute access and forwards to it."""

    def __init__(self, module_name):
        self.__name__ = "email." + module_name

    def __getattr__(self, name):
        __import__(self.__name__)
        module = _sys.modules[self.__name__]
        self.__dict__.update(module.__dict__)
        return getattr(module, name)


_LOWERCASE_NAMES = ["Charset", "Encoders", "Errors", "FeedParser", "Generator", "Header",
                    "Iterators", "Message", "Parser", "Utils"]
_MIME_NAMES = ["Application", "Base", "Image", "Message", "Multipart", "NonMultipart", "Text"]

for _name in _LOWERCASE_NAMES:
    _importer = _LazyImporter(_name.lower())
    _sys.modules["email." + _name] = _importer
    setattr(_sys.modules["email"], _name, _importer)

import email.mime as _mime
for _name in _MIME_NAMES:
    _importer = _LazyImporter("mime." + _name.lower())
    _sys.modules["email.MIME" + _name] = _importer
    _sys.modules["email.mime." + _name] = _importer
    setattr(_sys.modules["email"], "MIME" + _name, _importer)
    setattr(_mime, _name, _importer)
del _name, _importer
