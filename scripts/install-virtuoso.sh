#!/bin/sh
# Install Virtuoso Open Source (Debian's virtuoso-opensource, 7.2) for tests/test_push.py.
# Non-interactive: the package's debconf question for a dba password is preseeded empty, so
# the packaged database keeps dba/dba; the tests run their own database in a temp directory
# and never touch the system service. Safe to run twice.
set -eu
if [ -x /usr/bin/virtuoso-t ]; then
    echo "virtuoso-opensource already installed: $(/usr/bin/virtuoso-t -? 2>&1 | head -n 1 || true)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
printf '%s\n' \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password " \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password " \
    | $SUDO debconf-set-selections 2>/dev/null || true
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource >/dev/null
# The package starts a system-wide server on ports 1111/8890 where an init system exists;
# the tests start their own on free ports, so stop it if it runs (containers have none).
if command -v service >/dev/null 2>&1; then $SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true; fi
test -x /usr/bin/virtuoso-t
echo "installed virtuoso-opensource: /usr/bin/virtuoso-t, /usr/bin/isql-vt"
