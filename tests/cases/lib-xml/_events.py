# Shared by the cases of this folder: runs pyexpat over a document with every handler logging its event
# (and the parser's position while it runs), whole or fed in pieces. Attribute dicts are printed sorted so
# the output never depends on dict order.
import pyexpat

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
            'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
            'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
            'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
            'NotStandaloneHandler', 'ExternalEntityRefHandler', 'StartDoctypeDeclHandler',
            'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'ElementDeclHandler',
            'AttlistDeclHandler', 'SkippedEntityHandler']


def tidy(args):
    return tuple(sorted(a.items()) if isinstance(a, dict) else a for a in args)


def events(doc, pieces=None, positions=True, ns=None, encoding=None, handlers=HANDLERS, expand=False, **options):
    """The events of one parse: doc whole, or the list of pieces fed one by one then ''."""
    p = pyexpat.ParserCreate(encoding, ns)
    for name, value in options.items():
        setattr(p, name, value)
    log = []

    def handler(name):
        short = name.replace('Handler', '')

        def record(*args):
            if positions:
                log.append((short, tidy(args), p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber))
            else:
                log.append((short, tidy(args)))
            if name in ('NotStandaloneHandler', 'ExternalEntityRefHandler'):
                return 1
        return record

    for name in handlers:
        setattr(p, name, handler(name))
    if expand:
        p.DefaultHandlerExpand = handler('DefaultHandlerExpand')
    try:
        if pieces is None:
            p.Parse(doc, 1)
        else:
            for piece in pieces:
                p.Parse(piece, 0)
            p.Parse('', 1)
        log.append('OK')
    except pyexpat.ExpatError as e:
        log.append(('ExpatError', str(e), e.code, e.lineno, e.offset, p.ErrorByteIndex))
    except Exception as e:
        log.append((type(e).__name__, str(e)))
    return log


def merged(log):
    """Adjacent CharacterData (and Default) events joined: feeding in pieces may split text anywhere."""
    out = []
    for e in log:
        if out and isinstance(e, tuple) and isinstance(out[-1], tuple) and e[0] == out[-1][0] and e[0] in ('CharacterData', 'Default'):
            out[-1] = (e[0], (out[-1][1][0] + e[1][0],))
        else:
            out.append(e)
    return out
