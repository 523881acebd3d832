"""Python 2.7 `json` package, written for PyCgiRunner.

dumps/dump serialise Python values to JSON text with exactly 2.7's layout
(including the ', ' item separator that leaves trailing spaces when indent is
used); loads/load parse JSON into Python values, strings always as unicode.
"""

from .decoder import JSONDecoder
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONEncoder']

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                   indent, separators, encoding, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            encoding == 'utf-8' and default is None and not sort_keys and not kw)


def _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
             separators, encoding, default, sort_keys, kw):
    if _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                      indent, separators, encoding, default, sort_keys, kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, encoding=encoding,
               default=default, sort_keys=sort_keys, **kw)


def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialise obj as JSON to the file-like fp (written in chunks)."""
    encoder = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, encoding, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialise obj to a JSON formatted str (unicode possible when
    ensure_ascii is false and unicode strings are involved)."""
    encoder = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, encoding, default, sort_keys, kw)
    return encoder.encode(obj)


def load(fp, encoding=None, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the whole content of the file-like fp."""
    return loads(fp.read(), encoding=encoding, cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse a JSON document (str in `encoding`, default UTF-8, or unicode)."""
    if (cls is None and encoding is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(encoding=encoding, **kw).decode(s)
