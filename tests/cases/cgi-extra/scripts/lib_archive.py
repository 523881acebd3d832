#!/usr/bin/env python
# A download page that bundles a visitor's text into a zip and a gzip file in the temp folder, then reads both
# back, as old "export" scripts do; zlib, binascii and base64 on the same bytes.
import cgi, os, shutil, tempfile, zipfile, gzip, zlib, binascii, base64

form = cgi.FieldStorage()
text = form.getfirst("text", "nothing")
print "Content-Type: text/plain"
print

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "export.zip")
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    info = zipfile.ZipInfo("notes/readme.txt", date_time=(2001, 2, 3, 4, 5, 6))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text * 20)
    archive.writestr(zipfile.ZipInfo("stored.bin", (1999, 12, 31, 23, 59, 58)), "\x00\x01\x02" * 7)
    archive.close()
    archive = zipfile.ZipFile(path)
    print "zip names:", archive.namelist()
    for item in archive.infolist():
        print item.filename, item.file_size, item.compress_type, item.date_time, "%08x" % (item.CRC & 0xffffffff)
    print "read back:", archive.read("notes/readme.txt") == text * 20, repr(archive.read("stored.bin")[:6])
    print "testzip:", archive.testzip()
    print "is_zipfile:", zipfile.is_zipfile(path), zipfile.is_zipfile(__file__)
    archive.close()
    appended = zipfile.ZipFile(path, "a")
    appended.writestr(zipfile.ZipInfo("later.txt", (2010, 1, 1, 0, 0, 0)), "added later")
    appended.close()
    print "after append:", zipfile.ZipFile(path).namelist()
    try:
        zipfile.ZipFile(path).read("missing.txt")
    except KeyError, e:
        print "KeyError", e

    gz = os.path.join(folder, "export.txt.gz")
    out = gzip.GzipFile(gz, "wb", 9, mtime=1000000000)
    out.write(text + "\n")
    out.write("second line\n")
    out.close()
    print "gzip size:", os.path.getsize(gz)
    back = gzip.open(gz)
    print "gzip lines:", back.readlines()
    back.close()
    print "gzip header:", binascii.hexlify(open(gz, "rb").read(10))
finally:
    shutil.rmtree(folder)

data = "legacy " * 50
packed = zlib.compress(data, 9)
print "zlib:", len(packed), zlib.decompress(packed) == data, zlib.crc32(data) & 0xffffffff, zlib.adler32(data)
stream = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = stream.compress(data) + stream.flush()
# The deflate stream itself may differ by zlib version (CPython links the system zlib), so only its round trip.
print "raw deflate:", len(raw) < len(data), zlib.decompressobj(-15).decompress(raw) == data
try:
    zlib.decompress("not zlib data")
except zlib.error, e:
    print "zlib.error", e
print "hex:", binascii.hexlify(text), binascii.unhexlify("4142"), binascii.crc32(text)
print "b64:", base64.b64encode(text), base64.urlsafe_b64encode("\xfb\xff\xfe"), base64.b32encode("abc")
print "b16:", base64.b16encode("\x01\xab"), repr(base64.b64decode("YWJj")), repr(base64.decodestring("YWJj\n"))
print "encodestring:", repr(base64.encodestring("x" * 60))
