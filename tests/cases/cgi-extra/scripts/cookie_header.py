#!/usr/bin/python
# Extra case script: the request's Cookie header parsed by SimpleCookie, and
# five cookies set in reply (output() sorts by name; keys() follows the dict).
import Cookie, os

reply = Cookie.SimpleCookie()
for i, name in enumerate(['session', 'user', 'theme', 'lang', 'cart']):
    reply[name] = 'value%d' % i
reply['session']['path'] = '/'
reply['user']['max-age'] = 600
print reply.output()
print "Content-Type: text/plain"
print
got = Cookie.SimpleCookie(os.environ.get("HTTP_COOKIE", ""))
print got.keys()
print [(name, morsel.value) for name, morsel in got.items()]
for name in got:
    print name, got[name].coded_value
print reply.keys()
print got
