# sysconfig for PyCgiRunner, written here from the library reference. The library's own sysconfig (from the
# jython package) reads the Makefile and pyconfig.h of a CPython build, which an engine written in C# does not
# have; this one describes PyCgiRunner's installation: the standard library where the engine found it, no C
# compiler settings, the build options the engine behaves as (docstrings kept, no debug build).
"""Python's configuration information, as PyCgiRunner's engine reports it."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename', 'get_path',
           'get_path_names', 'get_paths', 'get_platform', 'get_python_version', 'get_scheme_names',
           'parse_config_h']

# Where each kind of file goes, per installation scheme; {name} fields are filled from the config vars.
_LIB = '{base}/lib/python{py_version_short}'
_SCHEMES = {
    'posix_prefix': {'stdlib': '{stdlib_dir}', 'platstdlib': '{stdlib_dir}',
                     'purelib': _LIB + '/site-packages', 'platlib': _LIB + '/site-packages',
                     'include': '{base}/include/python{py_version_short}',
                     'platinclude': '{platbase}/include/python{py_version_short}',
                     'scripts': '{base}/bin', 'data': '{base}'},
    'posix_home': {'stdlib': '{stdlib_dir}', 'platstdlib': '{stdlib_dir}', 'purelib': '{base}/lib/python',
                   'platlib': '{base}/lib/python', 'include': '{base}/include/python',
                   'platinclude': '{base}/include/python', 'scripts': '{base}/bin', 'data': '{base}'},
    'posix_user': {'stdlib': '{userbase}/lib/python{py_version_short}',
                   'platstdlib': '{userbase}/lib/python{py_version_short}',
                   'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
                   'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
                   'include': '{userbase}/include/python{py_version_short}',
                   'scripts': '{userbase}/bin', 'data': '{userbase}'},
}
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_config_vars = None


def _stdlib_dir():
    # The folder (or folder inside an archive) the engine imports the standard library from: where the
    # library's genericpath module came from (os is one of ours).
    import genericpath
    return os.path.dirname(genericpath.__file__)


def get_config_vars(*names):
    """The configuration variables as a dict, or the values of the given names (None when unknown)."""
    global _config_vars
    if _config_vars is None:
        version = '%d.%d' % sys.version_info[:2]
        _config_vars = {
            'prefix': sys.prefix, 'exec_prefix': sys.exec_prefix, 'base': sys.prefix, 'platbase': sys.exec_prefix,
            'projectbase': os.path.dirname(sys.executable), 'srcdir': '.',
            'py_version': sys.version.split()[0], 'py_version_short': version,
            'py_version_nodot': version.replace('.', ''), 'VERSION': version,
            'userbase': os.path.expanduser('~/.local'), 'stdlib_dir': _stdlib_dir(),
            'LIBDEST': _stdlib_dir(), 'BINDIR': os.path.dirname(sys.executable),
            'SO': '.so', 'EXE': '', 'WITH_DOC_STRINGS': 1, 'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0,
            'Py_UNICODE_SIZE': 2, 'SIZEOF_LONG': 8, 'SIZEOF_VOID_P': 8, 'WORDS_BIGENDIAN': 0,
            'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu', 'MULTIARCH': 'x86_64-linux-gnu',
        }
    if names:
        return [_config_vars.get(name) for name in names]
    return _config_vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme='posix_prefix', vars=None, expand=True):
    """The installation paths of a scheme, expanded with the config vars (and vars, which win)."""
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    return dict((key, os.path.normpath(template.format(**values))) for key, template in paths.items())


def get_path(name, scheme='posix_prefix', vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    return get_config_var('py_version_short')


def get_platform():
    """The build platform as distutils names it (linux-x86_64)."""
    system, _, _, _, machine = os.uname()
    return '%s-%s' % (system.lower(), machine)


def get_makefile_filename():
    return os.path.join(_stdlib_dir(), 'config', 'Makefile')


def get_config_h_filename():
    return os.path.join(sys.prefix, 'include', 'python' + get_python_version(), 'pyconfig.h')


def is_python_build():
    return False


def parse_config_h(fp, vars=None):
    """#define NAME VALUE and /* #undef NAME */ lines of a pyconfig.h, as a dict (numbers as ints)."""
    import re
    vars = {} if vars is None else vars
    defined = re.compile(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undefined = re.compile(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    for line in iter(fp.readline, ''):
        match = defined.match(line)
        if match:
            name, value = match.groups()
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        match = undefined.match(line)
        if match:
            vars[match.group(1)] = 0
    return vars
