"""Core XML support for Python: dom (minidom), etree (ElementTree), sax (saxutils), parsers (expat errors).

PyCgiRunner's XML modules share one small non-validating parser written in Python (xml/parsers/_scanner.py);
there is no expat library underneath.
"""

__all__ = ["dom", "parsers", "sax", "etree"]
