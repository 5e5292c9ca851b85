#!/bin/sh
# install-deps.sh: installs the Debian packages needed to build and test
# (a C compiler, make, python3 as the test oracle). Does nothing when they
# are already there; uses sudo when not root.
need=""
command -v cc >/dev/null 2>&1 || need="$need gcc libc6-dev"
command -v make >/dev/null 2>&1 || need="$need make"
command -v python3 >/dev/null 2>&1 || need="$need python3"
[ -z "$need" ] && exit 0
SUDO=""
[ "$(id -u)" != 0 ] && SUDO=sudo
echo "installing:$need"
$SUDO apt-get update -q && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need
