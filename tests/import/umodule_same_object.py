# A u-module and its plain name are one module object, whichever is imported first.
import zlib
import uzlib
print(zlib is uzlib)
import ujson
import json
print(json is ujson)
json.extra = 1
print(ujson.extra)
import sys
print(sys.modules['json'] is sys.modules['ujson'])
