"""`minutes train`: rebuild the sentence-role model from the annotated corpus (held-out series excluded)."""

from __future__ import annotations

from pathlib import Path

import typer

from minutes_nlp.cli.common import call, console, print_json


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train(
        corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Corpus folder."),
        out: Path | None = typer.Option(None, "--out", help="Where to save the model (default: models/roles)."),
        quick: bool = typer.Option(False, "--quick", help="Skip the leave-series-out comparison."),
        fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    ) -> None:
        """Train the ACTION/QUESTION/DECISION sentence model and say whether it helps the rules."""
        from minutes_nlp.extract.roles_model import MODEL_DIR  # heavy (extract, spaCy): only when training
        from minutes_nlp.train.roles import train as run

        out = out or MODEL_DIR
        meta = call(run, corpus, out, not quick)
        if fmt == "json":
            print_json(meta)
            return
        console.print(f"model {meta['version']} saved to {out} ({meta['sentences']} sentences, "
                      f"{len(meta['documents'])} documents, {meta['seconds']} s)")
        for series, r in meta["cross_series"].items():
            console.print(f"  left out {series}: rules {r['rules_mean']:.3f}  rules+model {r['model_mean']:.3f}")
        state = "enabled" if meta["enabled"] else "disabled (did not help on unseen series)"
        console.print(f"model filter {state}; mean gain {meta['mean_gain']:+.3f}")
