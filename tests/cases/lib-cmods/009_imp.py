# imp: find_module / load_module for sources and packages (in the case's folder), load_source, new_module,
# the import lock, is_builtin and the constants.
import imp
import os
import sys


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

open('impcase_mod.py', 'w').write('X = 41\nX += 1\n')
os.mkdir('impcase_pkg')
open(os.path.join('impcase_pkg', '__init__.py'), 'w').write('Y = 7\n')
f, path, desc = imp.find_module('impcase_mod', ['.'])
print path, desc, type(f).__name__
m = imp.load_module('impcase_mod', f, path, desc)
f.close()
print m.X, m.__name__, sys.modules['impcase_mod'] is m
m.X = 0
print imp.load_source('impcase_mod', 'impcase_mod.py') is m, m.X
f, path, desc = imp.find_module('impcase_pkg', ['.'])
print f, path, desc
p = imp.load_module('impcase_pkg', f, path, desc)
print p.Y, p.__path__
show(lambda: imp.find_module('sys'))
show(lambda: imp.find_module('impcase_none', ['.']))
show(lambda: imp.find_module('os', 5))
print imp.is_builtin('sys'), imp.is_builtin('__builtin__'), imp.is_builtin('impcase_mod'), imp.is_frozen('os')
show(lambda: imp.release_lock())
imp.acquire_lock(); imp.acquire_lock(); print imp.lock_held(); imp.release_lock(); print imp.lock_held()
imp.release_lock(); print imp.lock_held()
print imp.new_module('fresh'), 'fresh' in sys.modules, imp.new_module('x').__name__
show(lambda: imp.init_builtin('impcase_mod'))
show(lambda: imp.init_frozen('os'))
show(lambda: imp.get_frozen_object('os'))
show(lambda: imp.load_module('zz', None, '', ('', '', 99)))
show(lambda: imp.load_module('zz', None, '', ('', '', imp.PY_COMPILED)))
show(lambda: imp.load_module('zz', None, 'nonexistent.py', ('.py', 'U', imp.PY_SOURCE)))
show(lambda: imp.NullImporter(''))
show(lambda: imp.NullImporter('.'))
show(lambda: imp.NullImporter('no-such-dir').find_module('x'))
print [(k, getattr(imp, k)) for k in sorted(dir(imp)) if k.isupper()]
print repr(imp.get_magic()), ('.py', 'U', 1) in imp.get_suffixes()
print imp.reload(m) is m
