# genfile.py: shared by the build's generators (makeqstrdefs, makefrozen,
# maketexts). A generated header is rewritten only when its content changes,
# so that make does not rebuild everything that includes it.


def write_if_changed(path, content):
    try:
        with open(path) as f:
            if f.read() == content:
                return
    except OSError:
        pass
    with open(path, "w") as f:
        f.write(content)
