# uncaught user-defined exception raised from a generator
class ConfigError(Exception):
    pass
def gen():
    yield 1
    raise ConfigError("bad config", 42)
for v in gen():
    print("got", v)
