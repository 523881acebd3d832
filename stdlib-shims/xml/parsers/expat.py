"""xml.parsers.expat: the library name of the engine's native pyexpat parser.

Everything public in pyexpat is re-exported, including its errors and model submodules
(pyexpat also registers them in sys.modules as pyexpat.errors and pyexpat.model).
"""

from pyexpat import *
