"""`minutes train`: rebuild the trained models from the annotated corpus (held-out series excluded): the
sentence-role model (models/roles) and the institution-span model (models/orgs)."""

from __future__ import annotations

from pathlib import Path

import typer

from minutes_nlp.cli.common import call, console, print_json


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train(
        corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Corpus folder."),
        out: Path | None = typer.Option(None, "--out", help="Where to save the role model (default: models/roles)."),
        orgs_out: Path | None = typer.Option(None, "--orgs-out",
                                             help="Where to save the institution-span model (default: models/orgs)."),
        only: str = typer.Option("all", "--only", help="all, roles or orgs"),
        quick: bool = typer.Option(False, "--quick", help="Skip the leave-series-out comparison."),
        fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    ) -> None:
        """Train the ACTION/QUESTION/DECISION sentence model (and say whether it helps the rules) and the
        institution-span model."""
        from minutes_nlp.extract import orgs_model, roles_model  # heavy (extract, spaCy): only when training
        from minutes_nlp.train import orgs, roles

        if only not in ("all", "roles", "orgs"):
            raise typer.BadParameter("--only must be all, roles or orgs")
        orgs_meta = call(orgs.train, corpus, orgs_out or orgs_model.MODEL_DIR,
                         cross_validate=not quick) if only != "roles" else None
        meta = call(roles.train, corpus, out or roles_model.MODEL_DIR, not quick) if only != "orgs" else None
        if fmt == "json":
            print_json({"roles": meta, "orgs": orgs_meta} if only == "all" else meta or orgs_meta)
            return
        if orgs_meta:
            console.print(f"institution-span model {orgs_meta['version']} saved ({orgs_meta['spans']} marked "
                          f"names in {orgs_meta['blocks']} blocks, {orgs_meta['seconds']} s)")
            for series, r in orgs_meta["cross_series"].items():
                console.print(f"  left out {series}: institutions F1 rules {r['rules']['f1']:.3f}  "
                              f"rules+model {r['rules+model']['f1']:.3f}")
            used = "enabled" if orgs_meta["enabled"] else "disabled (did not help on unseen series)"
            console.print(f"institution-span model {used}; mean gain {orgs_meta['mean_gain']:+.3f}")
        if meta is None:
            return
        out = out or roles_model.MODEL_DIR
        console.print(f"model {meta['version']} saved to {out} ({meta['sentences']} sentences, "
                      f"{len(meta['documents'])} documents, {meta['seconds']} s)")
        for series, r in meta["cross_series"].items():
            console.print(f"  left out {series}: rules {r['rules_mean']:.3f}  rules+model {r['model_mean']:.3f}")
        state = "enabled" if meta["enabled"] else "disabled (did not help on unseen series)"
        console.print(f"model filter {state}; mean gain {meta['mean_gain']:+.3f}")
