"""text/* messages; the charset decides the transfer encoding (us-ascii 7bit, utf-8 base64, ...)."""

from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEText"]


class MIMEText(MIMENonMultipart):
    def __init__(self, _text, _subtype="plain", _charset="us-ascii"):
        MIMENonMultipart.__init__(self, "text", _subtype, **{"charset": _charset})
        self.set_payload(_text, _charset)
