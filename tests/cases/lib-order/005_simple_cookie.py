# A SimpleCookie with five cookies: output() and repr sort by name (Cookie.py does), while keys(), items() and
# iteration follow the dict's own order, which is CPython 2.7's.
import Cookie
c = Cookie.SimpleCookie()
c['session'] = 'abc123'
c['user'] = 'zara'
c['theme'] = 'dark'
c['lang'] = 'en-GB'
c['cart'] = '3 items'
c['session']['path'] = '/'
c['session']['httponly'] = True
c['user']['max-age'] = 3600
c['theme']['domain'] = 'example.com'
c['cart']['expires'] = 'Wed, 01 Jan 2031 00:00:00 GMT'
print c.keys()
print [k for k in c]
print [(k, m.value) for k, m in c.items()]
print c.output()
print c
print repr(c)
print c.output(header='Cookie:')
print c['session'].keys()
print c['session'].items()
loaded = Cookie.SimpleCookie('UserID=XYZ; Password=XYZ123; Theme=dark; Lang=fr; Cart=2')
print loaded.keys()
print loaded.values()
print loaded.output(attrs=[])
del loaded['Theme']
loaded['Extra'] = 'x'
print loaded.keys()
