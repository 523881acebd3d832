# Method calls on instances, attribute access, inheritance.
import time
class Account(object):
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def fee(self):
        return 1
class Savings(Account):
    def fee(self):
        return 0
start = time.time()
accounts = [Account("a%d" % i) if i % 2 else Savings("s%d" % i) for i in range(100)]
total = 0
for n in xrange(6000):
    for acc in accounts:
        acc.deposit(n)
        total += acc.fee()
print "result", total, accounts[5].balance
print "elapsed %.4f" % (time.time() - start)
