# json.dumps walks dicts in their iteration order: a dict of 20 keys, nested dicts, indent and separators,
# sort_keys for comparison, and loads building dicts key by key.
import json
record = {}
for name in ['id', 'name', 'email', 'age', 'city', 'country', 'zip', 'phone', 'active', 'score',
             'created', 'updated', 'tags', 'role', 'manager', 'team', 'title', 'url', 'avatar', 'notes']:
    record[name] = len(name)
print json.dumps(record)
print json.dumps(record, sort_keys=True)
nested = {'user': record, 'meta': {'page': 1, 'per_page': 20, 'total': 345, 'next': None},
          'items': [{'id': 1, 'label': 'one'}, {'id': 2, 'label': 'two', 'extra': [1, 2, 3]}],
          'ok': True, 'error': None, 'ratio': 0.25}
print json.dumps(nested)
print json.dumps(nested, indent=2)
print json.dumps(nested['meta'], separators=(',', ':'))
print json.dumps({1: 'a', 2: 'b', 10: 'c', 9: 'd', 17: 'e'})
text = '{"zeta": 1, "alpha": 2, "mike": 3, "echo": 4, "kilo": 5, "bravo": 6, "tango": 7, "oscar": 8}'
loaded = json.loads(text)
print loaded.keys()
print json.dumps(loaded)
print json.dumps(json.loads(json.dumps(nested))) == json.dumps(nested)
