# The jython package's xml.sax asks for its default SAX driver under this name (a wrapper of Java's SAX parser).
# Under PyCgiRunner the driver is the expat reader over our native pyexpat, as CPython's xml.sax defaults to.
# Written here for PyCgiRunner.
from xml.sax.expatreader import create_parser

__all__ = ['create_parser']
