"""Guess a file's MIME type from its name, from a built-in table (Python 2.7's defaults).

PyCgiRunner never reads the system's mime.types files (knownfiles is empty), so answers do not
depend on the machine: init() and read() only add what the script asks for.
"""

import posixpath
import urllib

__all__ = ["guess_type", "guess_extension", "guess_all_extensions", "add_type", "read_mime_types",
           "init"]

knownfiles = []
inited = False

# Data: extension -> type, in the order 2.7 iterates its table (so guess_extension picks the same
# first extension).
_TYPES = [
    (".obj", "application/octet-stream"), (".ra", "audio/x-pn-realaudio"),
    (".wsdl", "application/xml"), (".dll", "application/octet-stream"),
    (".ras", "image/x-cmu-raster"), (".ram", "application/x-pn-realaudio"),
    (".bcpio", "application/x-bcpio"), (".m1v", "video/mpeg"), (".xwd", "image/x-xwindowdump"),
    (".avi", "video/x-msvideo"), (".bmp", "image/x-ms-bmp"), (".shar", "application/x-shar"),
    (".js", "application/javascript"), (".dvi", "application/x-dvi"), (".aif", "audio/x-aiff"),
    (".ksh", "text/plain"), (".dot", "application/msword"), (".mht", "message/rfc822"),
    (".csv", "text/csv"), (".o", "application/octet-stream"), (".css", "text/css"),
    (".csh", "application/x-csh"), (".ico", "image/vnd.microsoft.icon"),
    (".a", "application/octet-stream"), (".pdf", "application/pdf"),
    (".cdf", "application/x-netcdf"), (".pl", "text/plain"), (".ai", "application/postscript"),
    (".jpe", "image/jpeg"), (".jpg", "image/jpeg"), (".py", "text/x-python"), (".xml", "text/xml"),
    (".jpeg", "image/jpeg"), (".ps", "application/postscript"), (".gtar", "application/x-gtar"),
    (".xpm", "image/x-xpixmap"), (".hdf", "application/x-hdf"), (".nws", "message/rfc822"),
    (".tsv", "text/tab-separated-values"), (".xpdl", "application/xml"),
    (".src", "application/x-wais-source"), (".pwz", "application/vnd.ms-powerpoint"),
    (".sh", "application/x-sh"), (".p7c", "application/pkcs7-mime"), (".ief", "image/ief"),
    (".so", "application/octet-stream"), (".xlb", "application/vnd.ms-excel"),
    (".pbm", "image/x-portable-bitmap"), (".texinfo", "application/x-texinfo"),
    (".xls", "application/vnd.ms-excel"), (".tex", "application/x-tex"),
    (".mjs", "application/javascript"), (".rtx", "text/richtext"), (".html", "text/html"),
    (".aiff", "audio/x-aiff"), (".aifc", "audio/x-aiff"), (".exe", "application/octet-stream"),
    (".sgm", "text/x-sgml"), (".tif", "image/tiff"), (".mpeg", "video/mpeg"),
    (".ms", "application/x-troff-ms"), (".gif", "image/gif"),
    (".ppt", "application/vnd.ms-powerpoint"), (".pps", "application/vnd.ms-powerpoint"),
    (".sgml", "text/x-sgml"), (".ppm", "image/x-portable-pixmap"),
    (".latex", "application/x-latex"), (".bat", "text/plain"), (".mov", "video/quicktime"),
    (".ppa", "application/vnd.ms-powerpoint"), (".rgb", "image/x-rgb"), (".rdf", "application/xml"),
    (".xsl", "application/xml"), (".eml", "message/rfc822"), (".nc", "application/x-netcdf"),
    (".sv4cpio", "application/x-sv4cpio"), (".bin", "application/octet-stream"),
    (".h", "text/plain"), (".tcl", "application/x-tcl"), (".wiz", "application/msword"),
    (".vcf", "text/x-vcard"), (".json", "application/json"), (".c", "text/plain"),
    (".wav", "audio/x-wav"), (".xbm", "image/x-xbitmap"), (".txt", "text/plain"),
    (".au", "audio/basic"), (".eps", "application/postscript"), (".t", "application/x-troff"),
    (".tiff", "image/tiff"), (".p12", "application/x-pkcs12"), (".texi", "application/x-texinfo"),
    (".oda", "application/oda"), (".ustar", "application/x-ustar"), (".tr", "application/x-troff"),
    (".me", "application/x-troff-me"), (".sv4crc", "application/x-sv4crc"),
    (".qt", "video/quicktime"), (".mpa", "video/mpeg"), (".mpg", "video/mpeg"),
    (".mpe", "video/mpeg"), (".doc", "application/msword"), (".pgm", "image/x-portable-graymap"),
    (".pot", "application/vnd.ms-powerpoint"), (".svg", "image/svg+xml"),
    (".mif", "application/x-mif"), (".roff", "application/x-troff"), (".htm", "text/html"),
    (".webm", "video/webm"), (".man", "application/x-troff-man"), (".etx", "text/x-setext"),
    (".zip", "application/zip"), (".movie", "video/x-sgi-movie"),
    (".pyc", "application/x-python-code"), (".png", "image/png"), (".pfx", "application/x-pkcs12"),
    (".mhtml", "message/rfc822"), (".tar", "application/x-tar"),
    (".pnm", "image/x-portable-anymap"), (".pyo", "application/x-python-code"),
    (".snd", "audio/basic"), (".cpio", "application/x-cpio"),
    (".swf", "application/x-shockwave-flash"), (".mp3", "audio/mpeg"), (".mp2", "audio/mpeg"),
    (".mp4", "video/mp4"),
]
_COMMON_TYPES = [
    (".xul", "text/xul"), (".pict", "image/pict"), (".pic", "image/pict"), (".jpg", "image/jpg"),
    (".mid", "audio/midi"), (".rtf", "application/rtf"), (".pct", "image/pict"),
    (".midi", "audio/midi"),
]
_ENCODINGS = [
    (".bz2", "bzip2"), (".Z", "compress"), (".gz", "gzip"), (".xz", "xz"),
]
_SUFFIXES = [
    (".tbz2", ".tar.bz2"), (".tz", ".tar.gz"), (".txz", ".tar.xz"), (".tgz", ".tar.gz"),
    (".svgz", ".svg.gz"), (".taz", ".tar.gz"),
]


class MimeTypes(object):
    """A type database: types_map[strict] maps extension -> type, types_map_inv[strict] the reverse.

    strict=True covers the official (IANA) types; False adds common unofficial ones.
    """

    def __init__(self, filenames=(), strict=True):
        self.encodings_map = dict(_ENCODINGS)
        self.suffix_map = dict(_SUFFIXES)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _TYPES:
            self.add_type(type, ext, True)
        for ext, type in _COMMON_TYPES:
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL; (None, None) when unknown.

        'a.tar.gz' gives ('application/x-tar', 'gzip'); a data: URL gives its media type (RFC 2397).
        """
        scheme, url = urllib.splittype(url)
        if scheme == "data":
            return self._data_url_type(url)
        base, ext = posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        for table in (self.types_map[True],) if strict else self.types_map:
            if ext in table:
                return table[ext], encoding
            if ext.lower() in table:
                return table[ext.lower()], encoding
        return None, encoding

    def _data_url_type(self, url):
        # RFC 2397: data:[<mediatype>][;base64],<data>; a missing type means text/plain.
        comma = url.find(",")
        if comma < 0:
            return None, None
        semi = url.find(";", 0, comma)
        type = url[:semi] if semi >= 0 else url[:comma]
        if "=" in type or "/" not in type:
            type = "text/plain"
        return type, None

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        f = open(filename)
        try:
            self.readfp(f, strict)
        finally:
            f.close()

    def readfp(self, fp, strict=True):
        """Lines 'type ext1 ext2 ...' as in mime.types; '#' starts a comment."""
        for line in fp:
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], "." + suffix, strict)


_db = None


def init(files=None):
    """(Re)build the default database; only the given files are read, never system ones."""
    global _db, inited, types_map, common_types, encodings_map, suffix_map
    inited = True
    db = MimeTypes()
    for name in files or ():
        if posixpath.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def guess_type(url, strict=True):
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    _db.add_type(type, ext, strict)


def read_mime_types(file):
    try:
        f = open(file)
    except IOError:
        return None
    try:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]
    finally:
        f.close()


init()
