# Exception vs BaseException, SystemExit and KeyboardInterrupt
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no arg", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit str", e.code)
try:
    raise SystemExit(7)
except Exception:
    print("wrong: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
try:
    try:
        raise GeneratorExit
    except Exception:
        print("wrong")
except BaseException as e:
    print("GeneratorExit is BaseException", type(e).__name__)
try:
    raise ValueError
except BaseException as e:
    print("BaseException also catches", type(e).__name__)
