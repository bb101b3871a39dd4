"""A throwaway PostgreSQL server for tests and benchmarks (initdb + pg_ctl in a temporary folder, Unix socket only).

``with temporary_server() as url:`` yields a ``postgresql://`` URL, or raises ``RuntimeError`` saying why no
server could be started (no PostgreSQL binaries, no unprivileged user to run it as). ``MARSAD_TEST_PG_URL`` set to
an existing server's URL is used instead (CI with a service container).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@contextlib.contextmanager
def temporary_server() -> Iterator[str]:
    url = os.environ.get("MARSAD_TEST_PG_URL")
    if url:
        yield url
        return
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found; apt-get install postgresql")
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:  # postgres refuses to run as root: run it as the postgres system user
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root and there is no 'postgres' user to run the server") from None
        runuser = shutil.which("runuser")
        if not runuser:
            raise RuntimeError("running as root without runuser to drop privileges")
        prefix = [runuser, "-u", "postgres", "--"]
    folder = tempfile.mkdtemp(prefix="marsad-pg-")
    data = os.path.join(folder, "data")
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    env = {**os.environ, "LC_ALL": "C"}
    try:
        subprocess.run(
            [*prefix, initdb, "-D", data, "-A", "trust", "-U", "marsad", "-E", "UTF8", "--no-sync", "--locale=C"],
            check=True,
            capture_output=True,
            env=env,
        )
        opts = f"-k {folder} -c listen_addresses='' -F -c fsync=off"
        subprocess.run(
            [*prefix, pg_ctl, "-D", data, "-o", opts, "-l", os.path.join(folder, "log"), "-w", "start"],
            check=True,
            capture_output=True,
            env=env,
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')[-300:]}") from None
    try:
        yield f"postgresql://marsad@/postgres?host={folder}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True, env=env)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_schema_url(url: str, schema: str) -> str:
    """``url`` with its own empty schema (tests: one per test, far cheaper than a database)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"
