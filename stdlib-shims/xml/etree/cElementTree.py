"""2.7's C accelerator of ElementTree; here it is the Python implementation under the old name."""

from xml.etree.ElementTree import *
from xml.etree.ElementTree import ParseError, VERSION, XMLID, iselement
