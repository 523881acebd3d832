"""image/* messages, base64-encoded; the subtype must be given (no imghdr guessing here)."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEImage"]

# Magic numbers of the common formats, so the subtype can be guessed like 2.7's imghdr does.
_SIGNATURES = [("\x89PNG\r\n\x1a\n", "png"), ("GIF87a", "gif"), ("GIF89a", "gif"),
               ("\xff\xd8", "jpeg"), ("BM", "bmp")]


def _guess(data):
    for signature, subtype in _SIGNATURES:
        if data.startswith(signature):
            return subtype
    return None


class MIMEImage(MIMENonMultipart):
    def __init__(self, _imagedata, _subtype=None, _encoder=encoders.encode_base64, **_params):
        if _subtype is None:
            _subtype = _guess(_imagedata)
        if _subtype is None:
            raise TypeError("Could not guess image MIME subtype")
        MIMENonMultipart.__init__(self, "image", _subtype, **_params)
        self.set_payload(_imagedata)
        _encoder(self)
