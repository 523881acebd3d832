"""Encode a message's payload in place and set Content-Transfer-Encoding (RFC 2045 section 6)."""

import base64

import quopri

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]


def encode_base64(msg):
    payload = msg.get_payload()
    encoded = base64.encodestring(payload)
    if payload and not payload.endswith("\n") and encoded.endswith("\n"):
        # The encoded body ends with a newline only when the original did.
        encoded = encoded[:-1]
    msg.set_payload(encoded)
    msg["Content-Transfer-Encoding"] = "base64"


def encode_quopri(msg):
    # As 2.7 does here: tabs and spaces are encoded too.
    encoded = quopri.encodestring(msg.get_payload(), quotetabs=True).replace(" ", "=20")
    msg.set_payload(encoded)
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """7bit when the payload is ASCII, else 8bit (7bit for the 7-bit iso-2022 charsets)."""
    payload = msg.get_payload()
    if payload is None:
        msg["Content-Transfer-Encoding"] = "7bit"
        return
    try:
        payload.encode("ascii")
    except UnicodeError:
        charset = msg.get_charset()
        output = charset and charset.output_charset
        if output and output.lower().startswith("iso-2022-"):
            msg["Content-Transfer-Encoding"] = "7bit"
        else:
            msg["Content-Transfer-Encoding"] = "8bit"
    else:
        msg["Content-Transfer-Encoding"] = "7bit"


def encode_noop(msg):
    pass
