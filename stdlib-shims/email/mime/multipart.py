"""multipart/* messages (RFC 2046 section 5.1)."""

from email.mime.base import MIMEBase

__all__ = ["MIMEMultipart"]


class MIMEMultipart(MIMEBase):
    def __init__(self, _subtype="mixed", boundary=None, _subparts=None, **_params):
        """A boundary is chosen when the message is written unless one is given."""
        MIMEBase.__init__(self, "multipart", _subtype, **_params)
        self._payload = []
        if _subparts:
            for part in _subparts:
                self.attach(part)
        if boundary:
            self.set_boundary(boundary)
