"""Interface to the Expat non-validating XML parser.

The parser is the engine's native pyexpat module; this module only re-exports it under its
library name, as the standard library's version does (the errors and model submodules come
along as attributes).
"""
__version__ = '$Revision$'

from pyexpat import *
