# Syntax errors about yield and return in generators, as compile() reports them: the symbol table's
# errors carry only the message in args (str() adds the location); the compiler's carry the location too.
sources = [
    "def f():\n  yield 1\n  return 2\n",
    "def f():\n  return 2\n  yield 1\n",
    "def f(): return lambda x=(yield): 1\n",
    "def f():\n  return [(yield) for i in y]\n",
    "x = [(yield) for i in y]\n",
    "class C:\n  yield 1\n",
    "def f():\n  x = yield = y\n",
    "def f():\n  (yield bar) += y\n",
    "(x for x in y) += 1\n",
    "x = ((yield) for i in range(2))\n",
    "def f():\n  return ((yield x) for x in range(3))\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print "compiles:", repr(src)
    except SyntaxError as e:
        print e.msg, "| line", e.lineno, "| offset", e.offset, "| args", len(e.args), "| str", str(e)
