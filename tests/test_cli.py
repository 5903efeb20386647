"""The command line through click's runner: exit codes, French errors, no traceback."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "c01-cosmetique-aurore"


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def tree_snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mode, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["check"],
        ["explain"],
        ["extract"],
        ["rules"],
        ["rules", "list"],
        ["rules", "show"],
        ["rules", "validate"],
        ["batch"],
    ],
)
def test_every_command_has_french_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Utilisation :" in result.output and "Usage:" not in result.output
    assert "Affiche cette aide et quitte." in result.output
    assert "Show this message" not in result.output
    assert any(word in result.output for word in ("Exemple", "candidat", "règles", "critère"))


def test_check_sample_text_and_inputs_untouched():
    before = tree_snapshot(SAMPLE)
    result = run("check", str(SAMPLE))
    assert result.exit_code == 0
    assert "Résumé :" in result.output and "Bloc 1" in result.output
    assert "ignoré : " in result.output  # expected.yaml is not a deliverable
    assert tree_snapshot(SAMPLE) == before


def test_check_json_is_stable_and_versioned():
    first = run("check", str(SAMPLE / "dossier.docx"), "--bloc", "1", "--format", "json")
    second = run("check", str(SAMPLE / "dossier.docx"), "--bloc", "1", "--format", "json")
    assert first.output == second.output
    data = json.loads(first.output)
    assert data["format"] == 1
    assert data["blocs"] == [1]
    assert {c["id"][:2] for c in data["criteria"]} == {"B1"}
    assert sum(data["summary"].values()) == len(data["criteria"])
    covered = [c for c in data["criteria"] if c["status"] == "covered"]
    assert covered and all(c["evidence"] for c in covered)


@pytest.mark.parametrize(
    "args",
    [
        (str(SAMPLE / "dossier.docx"), "--bloc", "2"),
        (str(ROOT / "corpora" / "c05-atelier-bois"),),
    ],
    ids=["c01-bloc2", "c05-all"],
)
def test_text_json_agree_on_counts(args):
    """Text and JSON agree per status (summary line) and per criterion (each line)."""
    import re

    from checker.messages import STATUS_LABELS
    from checker.model import Status
    from checker.report.textreport import PLURALS

    text = run("check", *args).output
    data = json.loads(run("check", *args, "--format", "json").output)
    summary = data["summary"]
    assert summary == {
        status.value: sum(1 for c in data["criteria"] if c["status"] == status.value)
        for status in Status
    }
    line = next(line for line in text.splitlines() if line.startswith("Résumé : "))
    parts = [f"{summary[s.value]} {PLURALS[s]}" for s in Status if summary[s.value]]
    assert line == f"Résumé : {', '.join(parts)} (sur {len(data['criteria'])} critères)"
    label_of = {label: status.value for status, label in STATUS_LABELS.items()}
    shown: dict[str, str] = {}
    for match in re.finditer(r"^  \S (B\d\.C[\d.]+) \[([^\]]+)\]", text, re.M):
        status = label_of[match[2]]
        assert shown.setdefault(match[1], status) == status, match[0]
    assert shown == {c["id"]: c["status"] for c in data["criteria"]}
    assert len(set(shown.values())) >= 2, "the case shows several statuses"


def test_output_file_written(tmp_path):
    out = tmp_path / "rapport.json"
    result = run(
        "check", str(SAMPLE / "dossier.docx"), "--bloc", "1", "--format", "json", "-o", str(out)
    )
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1


def test_fail_under_exit_code():
    weak = ROOT / "corpora" / "c05-atelier-bois"
    result = run("check", str(weak), "--fail-under", "50")
    assert result.exit_code == 1
    assert "inférieure au seuil" in result.output
    assert run("check", str(weak), "--fail-under", "0").exit_code == 0


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("vide.docx", b"", "Fichier vide"),
        ("faux.pdf", b"%PDF-1.4\n garbage", "illisible"),
        ("aleatoire.docx", bytes(range(256)) * 4, "non reconnu"),
        ("ancien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Microsoft Office"),
        ("notes.pages", b"hello", "non"),
    ],
)
def test_bad_files_give_one_french_line(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert expected.lower() in result.output.lower()
    assert name in result.output


def test_missing_path():
    result = run("check", "nulle-part.docx")
    assert result.exit_code == 2
    assert "introuvable" in result.output


def test_extract_json(tmp_path):
    result = run("extract", str(SAMPLE / "dossier.docx"), "--format", "json")
    data = json.loads(result.output)
    assert data["kind"] == "docx" and data["health"]["words"] > 1000
    assert any(b["kind"] == "table" for b in data["blocks"])


def test_explain_shows_requirements_and_guards(tmp_path):
    doc = tmp_path / "brouillon.docx"
    import docx

    document = docx.Document()
    document.add_heading("Sommaire", 1)
    document.add_paragraph("Analyse SWOT ........ 4")
    document.add_paragraph("Nous n'avons pas encore réalisé de SWOT.")
    document.save(doc)
    result = run("explain", "B1.C2.1", str(doc))
    assert result.exit_code == 0
    assert "Verdict : manquant" in result.output
    assert "écarté" in result.output


def test_rules_commands():
    listing = run("rules", "list", "--bloc", "1").output
    assert "B1.C2.1" in listing and "B2.C1.1" not in listing
    show = run("rules", "show", "B1.C2.1").output
    assert "Exemple" in show and "Conseil" in show
    assert "Partiel si la partie dit" not in show
    caveats = run("rules", "show", "B3.C10.1").output
    assert "Partiel si la partie dit que le travail n'est pas entier : calcul sera fait" in caveats
    spread = run("rules", "show", "B2.C1.1").output
    assert "peuvent être dans des chapitres différents" in spread
    assert "chapitres différents" not in caveats
    assert "93 critères" in run("rules", "validate").output
    assert run("rules", "show", "B9.C9.9").exit_code == 2


_AFOM = """# Analyse AFOM de l'atelier
| Atouts | Faiblesses |
|---|---|
| savoir-faire reconnu | prix élevés |
| Opportunités | Menaces |
| export en Belgique | nouveaux entrants |
"""


def test_rules_try_reads_a_text_from_a_file_stdin_or_the_command_line(tmp_path):
    essay = tmp_path / "essai.md"
    essay.write_text(_AFOM, encoding="utf-8")
    from_file = run("rules", "try", "b1.c2.1", str(essay))
    assert from_file.exit_code == 0
    assert "Verdict : couvert" in from_file.output
    assert "Documents : essai.md" in from_file.output
    # Each accepted block is shown once, even when two terms found it.
    for part in from_file.output.split("\n\n")[1:]:
        shown = [line for line in part.splitlines() if line.startswith("   ✔")]
        assert len(shown) == len(set(shown)), part
    assert from_file.output.count("   ✔") == 2  # one per requirement
    from_stdin = run_raw("rules", "try", "B1.C2.1", input=_AFOM)
    assert "Verdict : couvert" in from_stdin.output
    trap = "# Sommaire\nAnalyse SWOT ........ 4\n\nNous n'avons pas encore réalisé de SWOT.\n"
    negated = run("rules", "try", "B1.C2.1", "--texte", trap)
    assert negated.exit_code == 0
    assert "Verdict : manquant" in negated.output and "écarté" in negated.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["B1.C2.1", "--texte", "   "], "texte vide"),
        (["B1.C2.1", "{missing}"], "fichier introuvable"),
        (["B1.C2.1", "{essay}", "--texte", "SWOT"], "pas les deux"),
        (["B9.C9.9", "--texte", "SWOT"], "critère inconnu"),
    ],
)
def test_rules_try_errors_are_french_and_exit_2(tmp_path, args, message):
    essay = tmp_path / "essai.md"
    essay.write_text(_AFOM, encoding="utf-8")
    args = [a.format(missing=tmp_path / "absent.md", essay=essay) for a in args]
    result = run_raw("rules", "try", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_invalid_rules_folder(tmp_path):
    (tmp_path / "b1.yaml").write_text("bloc: 1\ncriteria: [\n", encoding="utf-8")
    result = run("rules", "validate", str(tmp_path))
    assert result.exit_code == 3
    assert "YAML invalide" in result.output


def test_unreadable_candidate_gets_no_verdicts(tmp_path):
    from checker.api import check_candidate

    bad = tmp_path / "brouillon.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)
    report = check_candidate([bad])
    assert report.criteria == () and report.summary()["missing"] == 0
    assert report.documents[0].error and "brouillon.pdf" in report.documents[0].error


@pytest.mark.parametrize("args", [["--help"], ["rules", "list"], ["check", "--help"]])
def test_quick_commands_import_no_heavy_library(args):
    """--help and rules list answer without loading NLP tables, PDF or DOCX readers."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from checker.cli import cli\n"
        "try:\n"
        f"    cli.main({args!r}, prog_name='rncp-check')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ['spacy', 'srsly', 'pdfplumber', 'pdfminer', 'docx', 'rapidfuzz']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "LOADED []" in out.stdout, out.stdout[-500:]


# --- issue 18: Click's messages in French, explain, -o ------------------------


def run_raw(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.mark.parametrize(
    ("args", "french", "english"),
    [
        (
            ["check", "--bloc", "7", "x"],
            "n'est pas dans l'intervalle de 1 à 5",
            "is not in the range",
        ),
        (
            ["batch", "/nonexistent", "--out", "r"],
            "Dossier introuvable : « /nonexistent »",
            "does not exist",
        ),
        (["check"], "Argument manquant", "Missing argument"),
        (["chek"], "Commande inconnue", "No such command"),
        (["check", "--nope", "x"], "Option inconnue", "No such option"),
        (["check", "--format", "pdf", "x"], "n'est pas l'une des valeurs", "is not one of"),
    ],
)
def test_issue_18_click_messages_in_french(args, french, english):
    result = run_raw(*args)
    assert result.exit_code == 2
    assert "Erreur : " in result.output and "Error:" not in result.output
    assert french in result.output and english not in result.output
    assert "Utilisation :" in result.output and "Usage:" not in result.output


def test_issue_18_aborted_in_french():
    from checker.clifr import gettext_fr

    assert gettext_fr("Aborted!") == "Interrompu."


def test_issue_18_help_examples_exist():
    """Every corpus path an example in --help names exists."""
    import re

    texts = [cmd.help or "" for cmd in cli.commands.values()]
    paths = {m for t in texts for m in re.findall(r"corpora/[\w./-]*\w/?", t)}
    assert paths
    for path in paths:
        assert (ROOT / path).exists(), path


@pytest.mark.parametrize("raw", ["b1.c2.1", "B1.c2.1", " B1.C2.1 "])
def test_issue_18_rules_show_any_case(raw):
    result = run("rules", "show", raw)
    assert result.exit_code == 0
    assert result.output.startswith("B1.C2.1 ")


def test_issue_18_explain_unknown_suggests_nearest():
    result = run_raw("explain", "B1.C2.9", str(SAMPLE / "dossier.docx"))
    assert result.exit_code == 2
    assert "critère inconnu : B1.C2.9" in result.output
    assert "Vouliez-vous dire : B1.C2.1, B1.C2.2 ?" in result.output


def test_issue_18_explain_jury_criterion_has_no_score():
    result = run("explain", "b1.c2.2", str(SAMPLE / "dossier.docx"))
    assert result.exit_code == 0
    assert "Verdict : à l'appréciation du jury\n" in result.output
    assert "score" not in result.output


def test_issue_18_output_folder_created_and_said(tmp_path):
    target = tmp_path / "neuf" / "sous" / "r.json"
    result = run_raw("check", str(SAMPLE), "--format", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert f"Dossier créé : {tmp_path / 'neuf'}" in result.output
    assert f"Dossier créé : {tmp_path / 'neuf' / 'sous'}" in result.output
    assert json.loads(target.read_text(encoding="utf-8"))["candidate"]


@pytest.mark.parametrize("suffix", ["", "/"])
def test_issue_18_output_to_a_folder_is_refused_cleanly(tmp_path, suffix):
    folder = tmp_path / "rapports"
    folder.mkdir()
    result = run_raw("check", str(SAMPLE), "-o", str(folder) + suffix)
    assert result.exit_code == 2
    assert "est un dossier : donnez un nom de fichier" in result.output
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".rncp-check-*"))


def test_issue_18_atomic_writer_leaves_nothing_on_failure(tmp_path):
    from checker.output import OutputError, write_atomic

    def broken(path: str) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="impossible d'écrire"):
        write_atomic(tmp_path / "copie.docx", broken)
    assert list(tmp_path.iterdir()) == []
    write_atomic(tmp_path / "a.txt", "é")
    assert (tmp_path / "a.txt").read_bytes() == "é".encode()


def test_rules_with_a_former_option_name_warn_in_french(tmp_path):
    import shutil

    from checker.ruleset import DEFAULT_RULES_DIR

    rules = tmp_path / "regles"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    b1 = rules / "b1.yaml"
    text = b1.read_text(encoding="utf-8")
    assert "min_items: 3, min_terms: 3," in text
    b1.write_text(text.replace("min_items: 3, min_terms: 3,", "min_items: 3, min: 3,", 1), "utf-8")
    result = run("rules", "validate", str(rules))
    assert result.exit_code == 0, result.output
    assert "93 critères" in result.output
    warned = [line for line in result.output.splitlines() if "[W330]" in line]
    assert len(warned) == 1 and warned[0].startswith("Avertissement : [W330] b1.yaml")
    assert "« min »" in warned[0] and "min_terms" in warned[0]
    assert "RuleFileWarning" not in result.output
