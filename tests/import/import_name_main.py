# __name__ of the main script and of imported modules
print(__name__)
if __name__ == "__main__":
    print("running as main")
import _mod_a
print(_mod_a.__name__)
import pkg.sub
print(pkg.sub.__name__)
def main():
    return "main() called"
if __name__ == "__main__":
    print(main())
