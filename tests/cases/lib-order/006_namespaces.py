# Dicts the interpreter builds: **kwargs of plain calls, class calls and dict(); class and instance __dict__;
# module globals; locals(); exec namespaces. CPython 2.7 fills each in its own order.
def kw(**kwargs):
    return kwargs.keys()

class Record(object):
    kind = 'record'
    def __init__(self, **fields):
        self.order = fields.keys()
        for name, value in fields.items():
            setattr(self, name, value)

class Old:
    "an old-style class"
    a = 1
    b = 2
    def __init__(self, **fields):
        self.order = fields.keys()

def wrapper(*args, **kwargs):
    return kw(*args, **kwargs)

print kw(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms')
print Record(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms').order
print Old(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms').order
print dict(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms').keys()
print wrapper(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms')
print kw(**dict(name='Zara', age=7, email='z@example.com', city='Paris', zip='75001', phone='123', title='Ms'))
print kw(name='Zara', **{'age': 7, 'email': 'z@example.com', 'city': 'Paris', 'zip': '75001'})
r = Record(name='Zara', age=7, email='z@example.com')
print sorted(vars(r).keys()) == sorted(r.__dict__.keys()), r.__dict__.keys()

class Config(object):
    "settings"
    host = 'localhost'
    port = 8080
    debug = False
    def start(self): pass
    def stop(self): pass
    @property
    def url(self): return 'http://%s:%d/' % (self.host, self.port)

print Config.__dict__.keys()
print Old.__dict__.keys()

class Slotted(object):
    __slots__ = ('zulu', 'alpha', 'mike')

print Slotted.__dict__.keys()

class Failure(Exception):
    code = 500

print Failure.__dict__.keys()

def scope(first, second, third=3, *rest, **options):
    total = first + second
    label = 'sum'
    return locals().keys()

print scope(1, 2)
print scope(1, 2, 4, 5, flag=True)
namespace = {}
exec "alpha = 1\nbeta = 2\ndef gamma(): pass\nclass Delta: pass\nimport string\n" in namespace
print sorted(namespace.keys()), [k for k in namespace.keys() if k != '__builtins__']
print [k for k in globals().keys()]
