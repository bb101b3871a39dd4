"""The ``marsad`` command: a thin click group over the library.

Each command lives in its own module of this package and is listed in ``COMMANDS`` (module, attribute), imported
only when the command runs, so ``marsad --help`` stays fast. Library errors (``MarsadError``) become one line on
stderr and the error's exit code, never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from marsad import __version__
from marsad.errors import MarsadError

# name -> (module, attribute, one-line help). Add a command by adding a row.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "analyze": ("marsad.cli.analyze", "analyze", "Analyse one article and print a summary or the Document JSON."),
    "eval": ("marsad.cli.evaluate", "evaluate", "Score the pipeline against gold folders (article.txt + gold.json)."),
    "ingest": ("marsad.cli.ingest", "ingest", "Analyse collections (text, HTML, JSONL, RSS, TREC, .gz) into a store."),
    "export": ("marsad.cli.export", "export", "Export a store as JSON Lines, ACLED CSV, GeoJSON or Parquet."),
    "batch": ("marsad.cli.batch", "batch", "Analyse partitions of a corpus on a Dask cluster into Parquet/JSONL."),
    "serve": ("marsad.cli.serve", "serve", "Serve the review web UI and REST API over a store."),
    "tag": ("marsad.cli.tag", "tag", "Tag pre-tokenised text (--conll FILE|-) with BIO entity tags."),
    "train": ("marsad.cli.train", "train", "Rebuild a bundled model from ../shared/data (train ner)."),
    "gazetteer": ("marsad.cli.gazetteer", "gazetteer", "Rebuild the place gazetteer or look place names up in it."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[cmd_name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad (مرصد): Arabic news reports to entities, statements, events, dates and places — offline."""


def main() -> None:
    """Console entry point: run the group, turning MarsadError into one line and its exit code."""
    try:
        rv = cli.main(standalone_mode=False)
        if isinstance(rv, int) and not isinstance(rv, bool):
            sys.exit(rv)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except MarsadError as exc:
        click.echo(f"marsad: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("MARSAD_DEBUG"):
            raise
        click.echo(
            f"marsad: internal error: {type(exc).__name__}: {exc} (MARSAD_DEBUG=1 shows the traceback)", err=True
        )
        sys.exit(70)
