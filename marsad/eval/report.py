"""Printing evaluation figures as a table (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from marsad.eval.scorer import Counts, Scores


def _prf(c: Counts) -> tuple[str, str, str, str]:
    return f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", f"{c.tp}/{c.tp + c.fn} gold, {c.tp + c.fp} pred"


def print_scores(scores: Scores, *, title: str = "", console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=title or None, show_lines=False)
    for col in ("layer", "P", "R", "F1", "counts / accuracy"):
        table.add_column(col, justify="left" if col in ("layer", "counts / accuracy") else "right")
    table.add_row("entities (exact)", *_prf(scores.entities))
    table.add_row("entities (overlap)", *_prf(scores.entities_relaxed))
    for etype, counts in sorted(scores.entities_by_type.items()):
        table.add_row(f"  {etype}", *_prf(counts))
    table.add_row("statements", *_prf(scores.statements))
    table.add_row(
        "  stance accuracy", "", "", f"{scores.stance.value:.3f}", f"{scores.stance.right}/{scores.stance.total}"
    )
    table.add_row("  content token-F1", "", "", f"{scores.content.value:.3f}", f"{scores.content.n} matched")
    table.add_row(
        "  direct accuracy", "", "", f"{scores.direct.value:.3f}", f"{scores.direct.right}/{scores.direct.total}"
    )
    table.add_row("times", *_prf(scores.times))
    v = scores.time_values
    table.add_row("  value accuracy", "", "", f"{v.value:.3f}", f"{v.right}/{v.total}")
    pl, pc = scores.places, scores.place_countries
    table.add_row("places (right place)", "", "", f"{pl.value:.3f}", f"{pl.right}/{pl.total}")
    table.add_row("places (right country)", "", "", f"{pc.value:.3f}", f"{pc.right}/{pc.total}")
    table.add_row("events", *_prf(scores.events))
    el, ed, ea = scores.event_locations, scores.event_dates, scores.event_acled
    table.add_row("  location accuracy", "", "", f"{el.value:.3f}", f"{el.right}/{el.total}")
    table.add_row("  date accuracy", "", "", f"{ed.value:.3f}", f"{ed.right}/{ed.total}")
    table.add_row("  ACLED type accuracy", "", "", f"{ea.value:.3f}", f"{ea.right}/{ea.total}")
    cl, cs = scores.claims, scores.claim_status
    table.add_row("claims found", "", "", f"{cl.value:.3f}", f"{cl.right}/{cl.total}")
    table.add_row("  status accuracy", "", "", f"{cs.value:.3f}", f"{cs.right}/{cs.total}")
    console.print(table)
