# _locale in the C locale: setlocale, localeconv, strcoll, strxfrm, nl_langinfo and the gettext functions.
import _locale as l


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

print sorted(x for x in dir(l) if x != '__file__')
print [(k, getattr(l, k)) for k in sorted(dir(l)) if k.isupper()]
for args in [(l.LC_ALL,), (l.LC_ALL, ''), (l.LC_ALL, 'C'), (l.LC_NUMERIC, 'POSIX'), (l.LC_ALL, 'xx'),
             (l.LC_ALL, 'en_US.UTF-8'), (99,), (99, 'C'), (l.LC_TIME, None), ('a',), (1, 5)]:
    show(lambda: l.setlocale(*args))
print sorted(l.localeconv().items())
print l.strcoll('a', 'c'), l.strcoll('c', 'a'), l.strcoll('b', 'b'), l.strcoll('ab', 'a'), l.strcoll('a', 'ab'), l.strcoll('\xff', 'a')
print l.strcoll(u'a', 'b'), l.strcoll(u'ab', u'a'), l.strcoll(u'\u1234', u'a')
show(lambda: l.strcoll(1, 'a'))
print repr(l.strxfrm('abc')), repr(l.strxfrm(u'abc'))
print [(k, l.nl_langinfo(getattr(l, k))) for k in sorted(dir(l)) if k.isupper() and k != 'CHAR_MAX' and not k.startswith('LC_')]
show(lambda: l.nl_langinfo(12345))
print l.Error.__name__, l.Error.__module__, [c.__name__ for c in l.Error.__mro__]
print l.gettext('msg'), l.dgettext(None, 'msg'), l.dcgettext('dom', 'msg', l.LC_MESSAGES)
print l.textdomain('mydomain'), l.textdomain(None), l.bindtextdomain('mydomain', '/nowhere'), l.bindtextdomain('mydomain', None)
print l.bind_textdomain_codeset('mydomain', None), l.bind_textdomain_codeset('mydomain', 'utf-8')
