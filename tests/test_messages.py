"""The message catalogue (``checker.messages``): one definition per code, one
meaning per code, and no code used in the package that the catalogue lacks."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from checker import messages

PACKAGE = Path(messages.__file__).resolve().parent
CODE = re.compile(r"\[([EW]\d{3})\]")
#: A string literal that starts with a code: a coded message written in place.
LITERAL = re.compile(r"""(?<![\w\]])[rRfFbBuU]{0,2}["']\[([EW]\d{3})\] ?([^"'{]*)""")


def catalogue() -> dict[str, tuple[str, str]]:
    """Code -> (constant name, template), from the module's source; duplicates fail."""
    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        try:
            value = ast.literal_eval(node.value)
        except ValueError:
            continue
        if not isinstance(value, str):
            continue
        codes = CODE.findall(value)
        if not codes:
            continue
        assert len(codes) == 1 and value.startswith(f"[{codes[0]}]"), target.id
        code = codes[0]
        assert code not in found, f"{code} defined twice: {found[code][0]} and {target.id}"
        found[code] = (target.id, value)
    return found


def sources() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py")) + sorted(PACKAGE.rglob("*.j2"))
    return [path for path in files if path.name != "messages.py" or path.parent != PACKAGE]


def test_every_code_is_defined_once_under_its_own_name():
    found = catalogue()
    assert len(found) >= 30
    for code, (name, _template) in found.items():
        assert name == code, f"{name} holds [{code}]"


def test_every_code_the_package_uses_is_in_the_catalogue():
    known = catalogue()
    for path in sources():
        for code in CODE.findall(path.read_text(encoding="utf-8")):
            assert code in known, f"{path.relative_to(PACKAGE)} uses [{code}], not in messages.py"


def test_a_message_written_in_place_keeps_the_catalogue_meaning():
    """A literal « [E201] … » outside the catalogue must start as the catalogue's
    message for that code: a code is never reused with another meaning."""
    known = catalogue()
    for path in sources():
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            code, text = match[1], match[2]
            template = known[code][1].removeprefix(f"[{code}]").lstrip()
            fixed = template.split("{", 1)[0]
            assert text.startswith(fixed) or fixed.startswith(text), (
                f"{path.relative_to(PACKAGE)}: [{code}] « {text} » is not « {template} »"
            )


def test_the_checker_catches_a_reused_code(tmp_path):
    """The literal check above does see a code reused with another meaning."""
    source = 'raise Error(f"[E106] Le dossier de la cohorte est introuvable : {path}")'
    match = LITERAL.search(source)
    assert match is not None and match[1] == "E106"
    template = catalogue()["E106"][1].removeprefix("[E106]").lstrip().split("{", 1)[0]
    assert not match[2].startswith(template)
