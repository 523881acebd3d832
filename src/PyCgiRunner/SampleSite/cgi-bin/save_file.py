#!/usr/bin/python
# Lesson 10: upload a file. The form must use method="post" and
# enctype="multipart/form-data"; the file arrives as a field whose
# .filename is the name on the visitor's computer and .file its content.
# It is saved in data/uploads next to this site's cgi-bin folder.

import cgi, os
import cgitb; cgitb.enable()

form = cgi.FieldStorage()

# data/uploads, next to the cgi-bin folder, created on first use
here = os.path.dirname(os.path.abspath(__file__))
upload_dir = os.path.join(here, '..', 'data', 'uploads')
if not os.path.isdir(upload_dir):
   os.makedirs(upload_dir)

# Get filename here (a missing field is not an error).
if form.has_key('filename'):
   fileitem = form['filename']
else:
   fileitem = None

# Test if the file was uploaded
if fileitem is not None and not isinstance(fileitem, list) and fileitem.filename:
   # strip any leading path (also an old browser's C:\ path) from the
   # file name, so nobody can write outside the upload folder
   fn = os.path.basename(fileitem.filename.replace('\\', '/'))
   if fn in ('', '.', '..'):
      fn = 'upload.bin'
   out = open(os.path.join(upload_dir, fn), 'wb')
   out.write(fileitem.file.read())
   out.close()

   message = 'The file "' + cgi.escape(fn) + '" was uploaded successfully'

else:
   message = 'No file was uploaded'

print """\
Content-Type: text/html\n
<html>
<head><title>Upload</title></head>
<body>
   <p>%s</p>
</body>
</html>
""" % (message,)
