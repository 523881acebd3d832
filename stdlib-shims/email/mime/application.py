"""application/* messages, base64-encoded by default."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEApplication"]


class MIMEApplication(MIMENonMultipart):
    def __init__(self, _data, _subtype="octet-stream", _encoder=encoders.encode_base64, **_params):
        if _subtype is None:
            raise TypeError("Invalid application MIME subtype")
        MIMENonMultipart.__init__(self, "application", _subtype, **_params)
        self.set_payload(_data)
        _encoder(self)
