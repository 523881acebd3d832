"""Base class for MIME messages: sets Content-Type and MIME-Version (RFC 2045 section 4)."""

from email import message

__all__ = ["MIMEBase"]


class MIMEBase(message.Message):
    def __init__(self, _maintype, _subtype, **_params):
        message.Message.__init__(self)
        self.add_header("Content-Type", "%s/%s" % (_maintype, _subtype), **_params)
        self["MIME-Version"] = "1.0"
