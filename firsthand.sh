#!/usr/bin/env bash
# Set up Firsthand in its own virtual environment (.venv), then run it.
#   ./firsthand.sh            start the app (extra arguments go to main.py, e.g. --db FILE)
#   ./firsthand.sh test       run the whole test suite, headless (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")"

pick_python() {
    for cand in python3.13 python3.12 python3.11 python3; do
        if command -v "$cand" >/dev/null 2>&1 &&
            "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$cand"
            return 0
        fi
    done
    echo "Firsthand needs Python 3.11 or newer: install it (python.org, Homebrew or apt) and try again." >&2
    exit 1
}

if [ ! -x .venv/bin/python ]; then
    py=$(pick_python)
    if ! "$py" -m venv .venv; then
        rm -rf .venv
        echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt install python3-venv" >&2
        exit 1
    fi
fi

# Reinstall only when pyproject.toml changed since the last install.
stamp=".venv/.firsthand-installed"
want=$(cksum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[test,dev]"
    echo "$want" >"$stamp"
fi

case "${1:-app}" in
test)
    shift || true
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
app)
    shift || true
    exec .venv/bin/python main.py "$@"
    ;;
*)
    exec .venv/bin/python main.py "$@"
    ;;
esac
