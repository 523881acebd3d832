#!/usr/bin/python
# What save_file.py does, then reads the saved file back: its size, its MD5 and what the request's /tmp holds.
import cgi, os, tempfile, hashlib

form = cgi.FieldStorage()
item = form['filename']
name = os.path.basename(item.filename)
open('/tmp/' + name, 'wb').write(item.file.read())
data = open('/tmp/' + name, 'rb').read()
print "Content-Type: text/plain"
print
print len(data), hashlib.md5(data).hexdigest(), sorted(os.listdir(tempfile.gettempdir()))
