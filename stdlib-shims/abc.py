"""Python 2.7 `abc` module, written for PyCgiRunner: abstract base classes.

ABCMeta is a metaclass whose classes (1) refuse instantiation while abstract
methods remain and (2) answer isinstance/issubclass also for classes
registered with them or accepted by their __subclasshook__.

Relies on the engine calling a metaclass's __instancecheck__ and
__subclasscheck__ from isinstance()/issubclass().  No weak references: the
registry and caches hold classes strongly (classes live as long as the
request anyway).
"""

import types as _types


def abstractmethod(funcobj):
    """Decorator marking a method abstract in a class whose metaclass is ABCMeta."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A property that is abstract until a subclass overrides it."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):

    # Bumped by every register() so that negative caches become stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        cls.__abstractmethods__ = frozenset(_collect_abstracts(cls, bases, namespace))
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        # Own list of subclasses (instead of type.__subclasses__): every
        # subclass of an ABC is created through this metaclass.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            raise TypeError("Can't instantiate abstract class %s with abstract "
                            "methods %s" % (cls.__name__,
                                            ", ".join(sorted(cls.__abstractmethods__))))
        return super(ABCMeta, cls).__call__(*args, **kwargs)

    def register(cls, subclass):
        """Declare subclass a virtual subclass of this ABC."""
        if not isinstance(subclass, (type, _types.ClassType)):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        import sys
        file = file or sys.stdout
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter
        for name in sorted(cls.__dict__.keys()):
            if name.startswith("_abc_"):
                print >> file, "%s: %r" % (name, cls.__dict__[name])

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, '__class__', None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is _types.InstanceType:
            subtype = subclass  # old-style instance: its class is what counts
        if subtype is subclass or subclass is None:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = _decide_subclass(cls, subclass)
        if answer:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return answer


def _collect_abstracts(cls, bases, namespace):
    """Names abstract in the namespace, plus inherited ones not overridden."""
    abstracts = set(name for name, value in namespace.items() if _is_abstract(value))
    for base in bases:
        for name in getattr(base, "__abstractmethods__", set()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return abstracts


def _decide_subclass(cls, subclass):
    # object.__subclasshook__ may be missing in the engine: treat as "no opinion".
    hook_method = getattr(cls, '__subclasshook__', None)
    hook = NotImplemented if hook_method is None else hook_method(subclass)
    if hook is not NotImplemented:
        assert isinstance(hook, bool)
        return hook
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub in cls._abc_subclasses:
        if issubclass(subclass, sub):
            return True
    return False
