# JSONEncoder / JSONDecoder classes and the cls= argument
import json
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
print(json.dumps({'s': {3, 1}}, cls=Enc, indent=1))
print(Enc(sort_keys=True).encode({'b': 1, 'a': 2}), "".join(Enc().iterencode([1])))
try: json.dumps(object(), cls=Enc)
except TypeError as e: print('TypeError', e)
e = json.JSONEncoder(indent=2)
print(e.item_separator, e.key_separator, json.JSONEncoder().item_separator)
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
d = json.JSONDecoder()
print(d.decode('[1, 2]'), d.raw_decode('{"a": 1} rest'), d.raw_decode('xx[1]', 2), d.raw_decode('"\u00e9\u00e9" [2]'))
try: d.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
try: d.decode('[1] x')
except json.JSONDecodeError as e: print(e)
print(isinstance(json.JSONDecodeError('a', 'b', 0), ValueError))
class P:
    def __init__(self, *a):
        self.a = a
print(json.dumps({'k': [P(1, P(2))]}, indent=2, default=lambda o: {'P': list(o.a)}))
try:
    json.loads("x")
except json.decoder.JSONDecodeError as e:
    print("caught", e)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.__name__)
