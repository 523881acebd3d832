#!/usr/bin/env python
# A shop's price calculator (decimal and fractions), a raffle drawn with a seeded random, order ids from uuid,
# and signed download links with hashlib and hmac, as e-commerce CGI scripts do.
import cgi, decimal, fractions, random, uuid, hashlib, hmac, md5, sha
from decimal import Decimal

form = cgi.FieldStorage()
price = form.getfirst("price", "19.99")
qty = int(form.getfirst("qty", "3"))
print "Content-Type: text/plain"
print

total = Decimal(price) * qty
print total, total * Decimal("1.175"), (total * Decimal("1.175")).quantize(Decimal("0.01"), decimal.ROUND_HALF_UP)
print Decimal(1) / Decimal(7), Decimal("1e-3") + 1, Decimal("-0"), Decimal("NaN"), Decimal(10) ** 20
ctx = decimal.Context(prec=5, rounding=decimal.ROUND_DOWN)
print ctx.divide(Decimal(2), Decimal(3)), decimal.getcontext().prec, Decimal("2").sqrt()
print repr(Decimal("3.140")), Decimal("3.140").normalize(), Decimal(0.1), Decimal("12.345").to_integral()
try:
    Decimal("abc")
except decimal.InvalidOperation, e:
    print "InvalidOperation", e
print sorted([Decimal("2.5"), Decimal("-1"), Decimal("10")]), max(Decimal("1.0"), Decimal("1.00"))
share = fractions.Fraction(qty, 12)
print share, share + fractions.Fraction(1, 3), float(share), fractions.Fraction("3.1415").limit_denominator(100)
print fractions.Fraction(0.25), fractions.Fraction(Decimal("1.1")), fractions.gcd(12, 18)

random.seed(2001)
print random.random(), random.randint(1, 100), random.choice("ABCDEF"), random.uniform(1, 2)
tickets = range(1, 21)
random.shuffle(tickets)
print tickets, random.sample(xrange(1000), 5)
print random.gauss(0, 1), random.randrange(0, 100, 7), random.getrandbits(40)
generator = random.Random(42)
print generator.random(), generator.choice(["red", "green", "blue"]), random.Random("seed").random()

print uuid.uuid3(uuid.NAMESPACE_DNS, "example.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://example.org/")
order = uuid.UUID("12345678-1234-5678-1234-567812345678")
print order.hex, order.int, order.version, order.variant, repr(order.bytes), order.urn
print uuid.uuid4().version, len(str(uuid.uuid1())), uuid.UUID(bytes="\x12" * 16)

link = "/download/report.pdf?user=zara"
print hashlib.md5(link).hexdigest(), hashlib.sha1(link).hexdigest()
print hashlib.sha256(link).hexdigest()
print hashlib.sha512(link).hexdigest()[:32], hashlib.new("sha224", link).hexdigest()
h = hashlib.md5()
h.update("part one ")
h.update("part two")
print h.hexdigest(), h.digest_size, h.block_size, md5.new("x").hexdigest(), sha.new("x").hexdigest()
signature = hmac.new("secret-key", link, hashlib.sha256).hexdigest()
print signature, hmac.new("k", "msg").hexdigest(), hmac.compare_digest(signature, signature)
