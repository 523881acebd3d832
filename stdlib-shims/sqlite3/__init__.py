# The sqlite3 package (library reference section 11.13). Its whole interface is sqlite3.dbapi2, which is the
# native _sqlite3 plus the DB-API type constructors and default adapters written in Python.
from dbapi2 import *
