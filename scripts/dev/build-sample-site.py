#!/usr/bin/env python3
"""Build the lesson pages of src/PyCgiRunner/SampleSite/htdocs/.

Why: every lesson page shows the source of its script; generating the pages
from the scripts keeps the two identical. Run after editing a script or a
lesson text, and commit the generated pages.
"""
import html, os

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "src", "PyCgiRunner", "SampleSite")

NAME_FORM = """<form action="/cgi-bin/hello_get.py" method="{method}">
  <p><label>First Name: <input type="text" name="first_name"></label></p>
  <p><label>Last Name: <input type="text" name="last_name"></label></p>
  <p><input type="submit" value="Submit"></p>
</form>"""

LESSONS = [
    ("hello", "Hello World", ["hello.py"], """
<p>A CGI program is an ordinary script that the web server runs for each request.
Whatever the script prints is sent to the browser. It must first print a
<em>header</em>: at least a <code>Content-type</code> line saying what kind of
document follows, then an empty line. Everything after the empty line is the page
itself.</p>
<p>The tutorial prints <code>"Content-type:text/html\\r\\n\\r\\n"</code>: the
<code>\\r\\n\\r\\n</code> ends the header line and adds the empty line.</p>""",
     '<p><a href="/cgi-bin/hello.py">Run hello.py</a></p>'),
    ("env", "Environment variables", ["get_env.py"], """
<p>The server tells the script about the request through environment variables:
<code>REQUEST_METHOD</code> (GET or POST), <code>QUERY_STRING</code> (the part of
the URL after <code>?</code>), <code>CONTENT_TYPE</code> and
<code>CONTENT_LENGTH</code> for a request body, <code>REMOTE_ADDR</code>, and
every request header as <code>HTTP_...</code> (the browser's name is in
<code>HTTP_USER_AGENT</code>, its cookies in <code>HTTP_COOKIE</code>).
A Python script reads them from <code>os.environ</code>.</p>""",
     '<p><a href="/cgi-bin/get_env.py">Run get_env.py</a> &middot; '
     '<a href="/cgi-bin/get_env.py/extra/path?a=1&amp;b=two+words">with a query string and extra path</a></p>'),
    ("get", "GET method", ["hello_get.py"], """
<p>With the GET method the form's fields travel in the URL, after a
<code>?</code>: <code>/cgi-bin/hello_get.py?first_name=ZARA&amp;last_name=ALI</code>.
They are visible, limited in length and can be bookmarked, so never use GET for
passwords. <code>cgi.FieldStorage()</code> decodes them;
<code>form.getvalue(name)</code> gives a field's value.</p>""",
     '<p><a href="/cgi-bin/hello_get.py?first_name=ZARA&amp;last_name=ALI">A ready-made link</a></p>\n'
     + NAME_FORM.format(method="get")),
    ("post", "POST method", ["hello_get.py"], """
<p>With the POST method the fields travel in the request body instead of the
URL. The script does not change: <code>cgi.FieldStorage()</code> reads the body
when there is one. POST is the method to use for forms that change something or
carry private data.</p>""",
     NAME_FORM.format(method="post")),
    ("checkbox", "Checkboxes", ["checkbox.py"], """
<p>A checkbox is sent only when it is ticked (as <code>name=on</code>). The
script therefore asks whether the field is there at all: an unticked box gives
<code>None</code>.</p>""",
     """<form action="/cgi-bin/checkbox.py" method="post">
  <p><label><input type="checkbox" name="maths" value="on"> Maths</label>
     <label><input type="checkbox" name="physics" value="on"> Physics</label></p>
  <p><input type="submit" value="Select Subject"></p>
</form>"""),
    ("radio", "Radio buttons", ["radiobutton.py"], """
<p>Radio buttons share one name, and only one of them can be chosen, so the
form sends a single field, <code>subject</code>, holding the chosen value.</p>""",
     """<form action="/cgi-bin/radiobutton.py" method="post">
  <p><label><input type="radio" name="subject" value="maths"> Maths</label>
     <label><input type="radio" name="subject" value="physics"> Physics</label></p>
  <p><input type="submit" value="Select Subject"></p>
</form>"""),
    ("textarea", "Text area", ["textarea.py"], """
<p>A <code>&lt;textarea&gt;</code> sends several lines in one field; the line
breaks arrive as <code>\\r\\n</code>. Escape the text with
<code>cgi.escape()</code> before writing it into a page, so that a visitor's
<code>&lt;</code> and <code>&amp;</code> show as typed.</p>""",
     """<form action="/cgi-bin/textarea.py" method="post">
  <p><textarea name="textcontent" cols="40" rows="4">Type your text here...</textarea></p>
  <p><input type="submit" value="Submit"></p>
</form>"""),
    ("dropdown", "Drop-down box", ["dropdown.py"], """
<p>A drop-down box (<code>&lt;select&gt;</code>) sends the <code>value</code> of
the chosen <code>&lt;option&gt;</code> under the select's name.</p>""",
     """<form action="/cgi-bin/dropdown.py" method="post">
  <p><select name="dropdown">
    <option value="Maths" selected>Maths</option>
    <option value="Physics">Physics</option>
  </select></p>
  <p><input type="submit" value="Submit"></p>
</form>"""),
    ("cookies", "Cookies", ["setcookies.py", "getcookies.py"], """
<p>HTTP forgets everything between two requests. A cookie is a small
<code>name=value</code> pair that a script asks the browser to keep (with a
<code>Set-Cookie</code> header line, before the empty line) and that the browser
then sends back with every request to the same site. The script reads them from
the <code>HTTP_COOKIE</code> variable, as <code>name1=value1; name2=value2</code>.</p>
<p>The tutorial's own versions of these two scripts do not run as published
(a syntax error and a missing import); these are working versions.</p>""",
     """<form action="/cgi-bin/setcookies.py" method="post">
  <p><label>User ID: <input type="text" name="user_id" value="XYZ"></label></p>
  <p><label>Password: <input type="text" name="password" value="XYZ123"></label></p>
  <p><input type="submit" value="Set cookies"></p>
</form>
<p><a href="/cgi-bin/getcookies.py">Read the cookies back</a></p>"""),
    ("upload", "File upload", ["save_file.py"], """
<p>To upload a file the form needs <code>method="post"</code> and
<code>enctype="multipart/form-data"</code>. The file field's
<code>.filename</code> is the name the file had on the visitor's computer and
<code>.file</code> its content. Never trust the name: the script keeps only its
last part, so nobody can write outside the upload folder. Files are saved in
<code>data/uploads/</code> next to the site's <code>cgi-bin</code> folder.</p>""",
     """<form enctype="multipart/form-data" action="/cgi-bin/save_file.py" method="post">
  <p>File: <input type="file" name="filename"></p>
  <p><input type="submit" value="Upload"></p>
</form>"""),
    ("download", "File download", ["download.py"], """
<p>A script can send any bytes, not only HTML. With
<code>Content-Type: application/octet-stream</code> and a
<code>Content-Disposition: attachment; filename="..."</code> header the browser
offers to save the body as a file. The content is written with
<code>sys.stdout.write</code>, which adds nothing, unlike <code>print</code>.</p>""",
     '<p><a href="/cgi-bin/download.py">Download sample.txt</a></p>'),
]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Python CGI lessons</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<p class="nav"><a href="/index.html">All lessons</a>{nav}</p>
<h1>{number}. {title}</h1>
{text}
<h2>Try it</h2>
<div class="try">
{live}
</div>
{sources}
</body>
</html>
"""

INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Python CGI lessons</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<h1>Python CGI lessons</h1>
<p>Small Python 2 CGI programs, one per topic, in the style of the classic
"Python CGI Programming" tutorial. Each lesson explains the idea, shows the
script and lets you run it. The scripts are in the <code>cgi-bin</code> folder of
this sample site; PyCgiRunner runs them unmodified.</p>
<ol>
{items}
</ol>
</body>
</html>
"""


def main():
    htdocs = os.path.join(SITE, "htdocs")
    items = []
    for number, (slug, title, scripts, text, live) in enumerate(LESSONS, 1):
        sources = []
        for script in scripts:
            with open(os.path.join(SITE, "cgi-bin", script), encoding="latin-1") as f:
                code = f.read()
            sources.append("<h2>The script: cgi-bin/%s</h2>\n<pre class=\"source\">%s</pre>"
                           % (script, html.escape(code, quote=False)))
        nav = []
        if number > 1:
            prev = LESSONS[number - 2]
            nav.append(' &middot; <a href="/%s.html">Previous: %s</a>' % (prev[0], prev[1]))
        if number < len(LESSONS):
            nxt = LESSONS[number]
            nav.append(' &middot; <a href="/%s.html">Next: %s</a>' % (nxt[0], nxt[1]))
        page = PAGE.format(title=title, number=number, text=text.strip(), live=live,
                           sources="\n".join(sources), nav="".join(nav))
        with open(os.path.join(htdocs, slug + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        items.append('<li><a href="/%s.html">%s</a></li>' % (slug, title))
    with open(os.path.join(htdocs, "index.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(INDEX.format(items="\n".join(items)))
    print("wrote %d lesson pages and index.html" % len(LESSONS))


if __name__ == "__main__":
    main()
