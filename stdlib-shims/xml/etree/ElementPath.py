"""The limited XPath of ElementTree 1.3 (library reference 19.7.2.2): find, findall, findtext, iterfind.

Supported: tag, *, ., .., //, [@attrib], [@attrib='value'], [tag], [tag='text'], [position], [last()],
[last()-n], and {namespace}tag or prefix:tag with a namespaces mapping.
"""

import re

# A path is split into steps at '/'; '//' marks the next step as searching all descendants.
_PREDICATE = re.compile(r"\[([^\]]*)\]")
_STEP = re.compile(r"(\{[^}]*\}[^\[/]*|[^\[/]*)((?:\[[^\]]*\])*)")


class _Step(object):
    def __init__(self, test, predicates, descendants):
        self.test = test
        self.predicates = predicates
        self.descendants = descendants


def _qualify(tag, namespaces):
    """prefix:tag -> {uri}tag using the caller's namespaces mapping."""
    if namespaces and ":" in tag and not tag.startswith("{"):
        prefix, local = tag.split(":", 1)
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    return tag


def _parse(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    descendants = False
    pos = 0
    while pos <= len(path):
        if path.startswith("/", pos):
            if descendants or not steps and pos == 0:
                raise SyntaxError("invalid path")
            descendants = True
            pos += 1
            continue
        match = _STEP.match(path, pos)
        test = match.group(1)
        predicates = _PREDICATE.findall(match.group(2))
        if not test:
            raise SyntaxError("invalid path" if pos < len(path) or descendants else "empty path")
        steps.append(_Step(_qualify(test, namespaces), predicates, descendants))
        descendants = False
        pos = match.end()
        if pos >= len(path):
            break
        if path[pos] != "/":
            raise SyntaxError("invalid path")
        pos += 1
    if descendants:
        raise SyntaxError("invalid path")
    return steps


def _matches_tag(elem, test):
    return test == "*" and isinstance(elem.tag, basestring) or elem.tag == test


def _candidates(context, step, parents):
    """Elements reached from `context` by one step, in document order."""
    test = step.test
    if test == ".":
        found = [context] if not step.descendants else list(context.iter())
        return found
    if test == "..":
        parent = parents.get(context)
        return [parent] if parent is not None else []
    if step.descendants:
        return [e for e in context.iter() if e is not context and _matches_tag(e, test)]
    return [e for e in context if _matches_tag(e, test)]


def _predicate_filter(elements, predicate, parents):
    predicate = predicate.strip()
    attr = re.match(r"^@([-\w.:{}]+)(?:\s*=\s*(['\"])(.*)\2)?$", predicate)
    if attr:
        key, value = attr.group(1), attr.group(3)
        if value is None:
            return [e for e in elements if e.get(key) is not None]
        return [e for e in elements if e.get(key) == value]
    position = re.match(r"^(\d+|last\(\)(?:\s*-\s*(\d+))?)$", predicate)
    if position:
        return _by_position(elements, position, parents)
    child = re.match(r"^([-\w.:{}*]+)(?:\s*=\s*(['\"])(.*)\2)?$", predicate)
    if child:
        tag, value = child.group(1), child.group(3)
        if value is None:
            return [e for e in elements if e.find(tag) is not None]
        return [e for e in elements
                if any("".join(c.itertext()) == value for c in e.findall(tag))]
    raise SyntaxError("invalid predicate")


def _by_position(elements, match, parents):
    """[n] and [last()-n] count among the siblings with the same parent (XPath position())."""
    text = match.group(0)
    if text[0].isdigit():
        index = int(text) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    else:
        index = -1 - int(match.group(2) or 0)
    groups = []
    by_parent = {}
    for elem in elements:
        parent = parents.get(elem)
        key = id(parent)
        if key not in by_parent:
            by_parent[key] = []
            groups.append(by_parent[key])
        by_parent[key].append(elem)
    result = []
    for group in groups:
        siblings = [e for e in group]
        try:
            if index >= 0 or -index <= len(siblings):
                result.append(siblings[index])
        except IndexError:
            pass
    return result


def _parent_map(root):
    parents = {}
    for parent in root.iter():
        for child in parent:
            parents[child] = parent
    return parents


def iterfind(elem, path, namespaces=None):
    steps = _parse(path, namespaces)
    parents = _parent_map(elem)
    current = [elem]
    for step in steps:
        found = []
        seen = set()
        for context in current:
            for candidate in _candidates(context, step, parents):
                if id(candidate) not in seen:
                    seen.add(id(candidate))
                    found.append(candidate)
        for predicate in step.predicates:
            found = _predicate_filter(found, predicate, parents)
        current = found
    return iter(current)


def find(elem, path, namespaces=None):
    for found in iterfind(elem, path, namespaces):
        return found
    return None


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first match ('' when it has none), or `default` when nothing matches."""
    found = find(elem, path, namespaces)
    if found is None:
        return default
    return found.text or ""
