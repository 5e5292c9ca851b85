# assignment anywhere in a function makes the name local
x = "global"
def reads_then_assigns():
    try:
        return x
    finally:
        pass
    x = "unreachable but still makes x local"
try:
    reads_then_assigns()
except UnboundLocalError:
    print("UnboundLocalError")
def augmented():
    try:
        x += "!"
    except UnboundLocalError:
        return "augmented assignment makes x local"
print(augmented())
def for_target():
    try:
        print(x)
    except UnboundLocalError:
        print("for target makes x local")
    for x in range(1):
        pass
for_target()
def import_binds():
    try:
        sys
    except NameError as e:
        print(type(e).__name__, "import binds a local")
    import sys
import_binds()
def del_makes_local():
    try:
        del x
    except UnboundLocalError:
        return "del makes x local"
print(del_makes_local())
def global_ok():
    global x
    x = "reassigned global"
global_ok()
print(x)
