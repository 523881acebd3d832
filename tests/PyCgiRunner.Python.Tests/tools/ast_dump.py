# Writes CPython 2.7's syntax tree of each file given in the AstDump.cs canonical form, to compare with
# PyCgiRunner's parser: python2.7 ast_dump.py OUTDIR FILE...  (a development aid; CI never runs CPython)
import ast, os, struct, sys

def bits(v):
    return str(struct.unpack('<q', struct.pack('<d', v))[0])

def chars(s):
    out = ["'"]
    for ch in s:
        c = ord(ch)
        if c > 0xFFFF:
            c -= 0x10000
            out.append('\\x{%x}\\x{%x}' % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
        elif 0x20 <= c < 0x7F and ch not in "\\'":
            out.append(chr(c))
        else:
            out.append('\\x{%x}' % c)
    return ''.join(out) + "'"

def N(n, t, *parts):
    return '%s@%d:%d(%s)' % (t, n.lineno, n.col_offset, ','.join(parts))

def L(xs):
    return '[' + ','.join(d(x) for x in xs) + ']'

def P(a):
    return 'Params(%s,%s,%s,%s)' % (L(a.args), L(a.defaults), a.vararg or '-', a.kwarg or '-')

def comps(gs):
    return '[' + ','.join('Comp(%s,%s,%s)' % (d(g.target), d(g.iter), L(g.ifs)) for g in gs) + ']'

def aliases(ns):
    return ','.join(a.name if a.asname is None else a.name + ' as ' + a.asname for a in ns)

def op(o):
    return type(o).__name__

def index(s):
    if isinstance(s, ast.Index):
        if isinstance(s.value, ast.Tuple):
            return 'Tuple(' + L(s.value.elts) + ')'
        return d(s.value)
    if isinstance(s, ast.ExtSlice):
        return 'Tuple(' + ','.join(index(x) for x in s.dims) + ')' if False else 'Tuple([' + ','.join(index(x) for x in s.dims) + '])'
    if isinstance(s, ast.Ellipsis):
        return 'Ellipsis'
    if isinstance(s, ast.Slice):
        step, has = s.step, 0
        if step is not None:
            has = 1
            if isinstance(step, ast.Name) and step.id == 'None':
                step = None
        return 'Slice(%s,%s,%s,%d)' % (d(s.lower), d(s.upper), d(step), has)
    raise Exception(s)

def d(n):
    if n is None: return '-'
    t = type(n).__name__
    if t == 'FunctionDef': return N(n, t, n.name, P(n.args), L(n.body), L(n.decorator_list))
    if t == 'ClassDef': return N(n, t, n.name, L(n.bases), L(n.body), L(n.decorator_list))
    if t == 'Return': return N(n, t, d(n.value))
    if t == 'Delete': return N(n, t, L(n.targets))
    if t == 'Assign': return N(n, t, L(n.targets), d(n.value))
    if t == 'AugAssign': return N(n, t, d(n.target), op(n.op), d(n.value))
    if t == 'Print': return N(n, t, d(n.dest), L(n.values), '1' if n.nl else '0')
    if t == 'For': return N(n, t, d(n.target), d(n.iter), L(n.body), L(n.orelse))
    if t == 'While': return N(n, t, d(n.test), L(n.body), L(n.orelse))
    if t == 'If': return N(n, t, d(n.test), L(n.body), L(n.orelse))
    if t == 'With': return N(n, t, d(n.context_expr), d(n.optional_vars), L(n.body))
    if t == 'Raise': return N(n, t, d(n.type), d(n.inst), d(n.tback))
    if t == 'TryExcept':
        hs = '[' + ','.join('Handler@%d:%d(%s,%s,%s)' % (h.lineno, h.col_offset, d(h.type), d(h.name), L(h.body)) for h in n.handlers) + ']'
        return N(n, t, L(n.body), hs, L(n.orelse))
    if t == 'TryFinally': return N(n, t, L(n.body), L(n.finalbody))
    if t == 'Assert': return N(n, t, d(n.test), d(n.msg))
    if t == 'Import': return N(n, t, aliases(n.names))
    if t == 'ImportFrom': return N(n, t, n.module or '-', aliases(n.names), str(n.level))
    if t == 'Exec': return N(n, t, d(n.body), d(n.globals), d(n.locals))
    if t == 'Global': return N(n, t, ','.join(n.names))
    if t == 'Expr': return N(n, t, d(n.value))
    if t in ('Pass', 'Break', 'Continue'): return N(n, t)
    if t == 'Name': return N(n, t, n.id)
    if t == 'Num':
        v = n.n
        if isinstance(v, bool) or isinstance(v, int): return N(n, 'Int', str(v))
        if isinstance(v, long): return N(n, 'Long', str(v))
        if isinstance(v, float): return N(n, 'Float', bits(v))
        return N(n, 'Imag', bits(v.imag))
    if t == 'Str': return N(n, 'Unicode' if isinstance(n.s, unicode) else 'Str', chars(n.s))
    if t == 'Tuple': return N(n, t, L(n.elts))
    if t == 'List': return N(n, t, L(n.elts))
    if t == 'Dict': return N(n, t, L(n.keys), L(n.values))
    if t == 'Set': return N(n, t, L(n.elts))
    if t in ('ListComp', 'GeneratorExp', 'SetComp'): return N(n, t, d(n.elt), comps(n.generators))
    if t == 'DictComp': return N(n, t, d(n.key), d(n.value), comps(n.generators))
    if t == 'BinOp': return N(n, t, d(n.left), op(n.op), d(n.right))
    if t == 'UnaryOp': return N(n, t, op(n.op), d(n.operand))
    if t == 'BoolOp': return N(n, t, op(n.op), L(n.values))
    if t == 'Compare': return N(n, t, d(n.left), ','.join(op(o) for o in n.ops), L(n.comparators))
    if t == 'Call':
        kws = '[' + ','.join('%s=%s' % (k.arg, d(k.value)) for k in n.keywords) + ']'
        return N(n, t, d(n.func), L(n.args), kws, d(n.starargs), d(n.kwargs))
    if t == 'Attribute': return N(n, t, d(n.value), n.attr)
    if t == 'Subscript': return N(n, t, d(n.value), index(n.slice))
    if t == 'Lambda': return N(n, t, P(n.args), d(n.body))
    if t == 'IfExp': return N(n, t, d(n.test), d(n.body), d(n.orelse))
    if t == 'Yield': return N(n, t, d(n.value))
    if t == 'Repr': return N(n, t, d(n.value))
    raise Exception(t)

out = sys.argv[1]
for f in sys.argv[2:]:
    try:
        tree = compile(open(f).read(), f, 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError:
        continue
    open(os.path.join(out, f.replace('/', '__') + '.ast'), 'w').write('\n'.join(d(s) for s in tree.body))
