# ChainMap: lookups through several mappings, writes to the first
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('missing'), cm.get('size', 0), 'color' in cm, 'x' in cm)
print(len(cm), list(cm), sorted(cm.items()), bool(cm), bool(ChainMap()))
print(cm)
cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError:
    print('KeyError del')
try:
    cm['nope']
except KeyError:
    print('KeyError get')
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], len(child.maps), child.maps[0])
print(ChainMap({'a': 1}).new_child()['a'], ChainMap().maps)
print(dict(cm) == {'user': 'admin', 'color': 'red', 'size': 1})
print(cm == {'user': 'admin', 'color': 'red', 'size': 1}, cm.pop('zz', 'dflt'))
c2 = cm.copy()
c2['new'] = 1
print('new' in cm, 'new' in c2, type(c2).__name__)
print(ChainMap.fromkeys('ab', 0))
# star-import brings the lazily made classes too
from collections import *
print(Counter('aa'), OrderedDict(b=1), ChainMap({'k': 1})['k'], deque([1]), namedtuple('N', 'a')(1))
