"""Another program holding the database: a real second process with a real SQLite lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockHolder:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def release(self) -> None:
        """Let go of the lock and wait until the other program has."""
        if self.process.poll() is not None:
            return
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.process.wait(10)


@contextmanager
def lock_held(db: Path, how: str = "immediate") -> Iterator[LockHolder]:
    """Hold `db` from another process until `release()` (or the block ends).

    how: "immediate" (a pending write), "exclusive" (a write transaction), or "everything"
    (exclusive locking mode: even readers wait, as some sync tools do).
    """
    begin = {
        "immediate": 'c.execute("BEGIN IMMEDIATE")',
        "exclusive": 'c.execute("BEGIN EXCLUSIVE")',
        "everything": 'c.execute("PRAGMA locking_mode = EXCLUSIVE")\n'
        'c.execute("BEGIN EXCLUSIVE")\n'
        'c.execute("UPDATE profile SET name = name")',
    }[how]
    script = textwrap.dedent(
        """
        import sqlite3, sys
        c = sqlite3.connect({db!r}, isolation_level=None)
        {begin}
        print("locked", flush=True)
        sys.stdin.readline()
        c.execute("ROLLBACK")
        c.execute("PRAGMA locking_mode = NORMAL")
        c.execute("SELECT 1").fetchall()
        """
    ).format(db=str(db), begin=begin)
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    holder = LockHolder(process)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.release()
        if process.poll() is None:
            process.kill()
