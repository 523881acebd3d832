# The jython package's encodings/__init__.py asks this helper for a java.nio charset before it looks for an
# encodings.<name> module. No Java runs under PyCgiRunner, so there is never such a charset: the search goes on to
# the library's Python codec modules, as CPython's encodings package does. Written here for PyCgiRunner.


def _java_factory(encoding):
    """(codec info, aliases) for a Java charset: here always (None, ())."""
    return None, ()
