"""Load and validate rule files into a ``RuleSet``.

``load_ruleset(directory)`` reads ``referentiel.yaml``, ``b*.yaml`` and the
reference list ``criteres.tsv`` of a rules folder. Every problem in every
file is collected and reported at once, in French, naming the file, the
criterion and the key (one broken criterion never hides the others).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import re
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_type_hints

import yaml

from .. import messages as msg
from ..errors import RuleFileError
from ..model import BlockKind
from .lexicon import Lexicon, alias_problem, alias_roles, load_lexicon, parse_proximity, read_yaml
from .options import DetectorOptions
from .schema import (
    BLOC_KEYS,
    CRITERION_KEYS,
    EXAMPLE_KINDS,
    LIVRABLE_KEYS,
    REQUIREMENT_KEYS,
    SCOPE_NAMES,
)

if TYPE_CHECKING:
    from ..match.detectors import Detector

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent.parent / "rules"
_ID = re.compile(r"^B(\d+)\.C(\d+)\.(\d+)$")
_LIVRABLE_ID = re.compile(r"^B(\d+)\.L(\d+)$")
_REQ_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Requirement:
    """One piece of evidence a criterion asks for (or a group of them)."""

    id: str
    label: str
    detector: str | None = None
    #: The detector's typed options (None for a group).
    options: DetectorOptions | None = None
    scope: frozenset[BlockKind] = frozenset()
    mode: str | None = None  # "all", "any", "at_least" for groups
    at_least: int = 0
    children: tuple[Requirement, ...] = ()
    same_section: bool = False
    #: A group met in part counts for nothing (``all_of``, ``at_least``): its
    #: pieces mean something only together.
    strict: bool = False
    #: The pieces of an ``all_of`` stand together: in one part of one document (the
    #: same heading, or a part nested under it) at most ``BESIDE_BLOCKS`` blocks apart
    #: (a comment beside the figures it comments, not elsewhere in the chapter).
    beside: bool = False

    def terms(self, exclusions: bool = True) -> list[str]:
        """Every term string used by this requirement and its children
        (``exclusions=False``: without the terms that rule a block out)."""
        out: list[str] = []
        if self.options is not None:
            out = self.options.term_strings(exclusions)
        for child in self.children:
            out.extend(child.terms(exclusions))
        return out


@dataclass(frozen=True, slots=True)
class Criterion:
    """One evaluation criterion of the référentiel, with its evidence."""

    id: str
    bloc: int
    competency: str
    text: str
    assessment: str
    requires: tuple[Requirement, ...] = ()
    supports: tuple[Requirement, ...] = ()
    hint: str = ""
    jury_focus: str = ""
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""
    #: Words of a heading or table header that show work on the criterion's
    #: topic: partial when no requirement is met (see match/topic.py).
    topic: tuple[str, ...] = ()
    #: Words by which the part holding the evidence says the work is not whole
    #: (« mode test », « sandbox »): at most partial when one stands there.
    caveats: tuple[str, ...] = ()
    #: The criterion ties pieces that a dossier writes in different chapters
    #: (the company's project and the campaign's objectives): when every
    #: requirement is met, they need not sit together.
    spread: bool = False


@dataclass(frozen=True, slots=True)
class Livrable:
    """A deliverable a bloc expects, checked like a criterion."""

    id: str
    bloc: int
    name: str
    requires: tuple[Requirement, ...]
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Bloc:
    """A bloc of competencies: its title, deliverables and criteria."""

    number: int
    title: str
    livrables: tuple[Livrable, ...]
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every bloc of a référentiel, in order."""

    name: str
    version: str
    code: str
    blocs: tuple[Bloc, ...]
    directory: str = ""
    #: SHA-256 of the rule files' contents: a rule edited without a new
    #: ``version`` still changes the report cache key.
    digest: str = ""
    #: French warnings of the loader (an option written with its former name).
    warnings: tuple[str, ...] = ()

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """All criteria in référentiel order."""
        return tuple(c for bloc in self.blocs for c in bloc.criteria)

    def criterion(self, criterion_id: str) -> Criterion | None:
        """The criterion with this id, or None."""
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        return None

    def bloc(self, number: int) -> Bloc | None:
        """The bloc with this number, or None."""
        for bloc in self.blocs:
            if bloc.number == number:
                return bloc
        return None


class RuleFileWarning(UserWarning):
    """A rule file loads, but should be updated (an option's former name)."""


class _Problems:
    """Collects French error lines (and warnings)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lines: list[str] = []
        self.warnings: list[str] = []
        #: Concepts that ``@name`` terms refer to (lexique.yaml).
        self.lexicon = lexicon or Lexicon()

    def add(self, where: str, key: str | None, what: str) -> None:
        place = f"{where}, clé « {key} »" if key else where
        self.lines.append(msg.E201.format(place=place, what=what))

    def warn(self, where: str, key: str, what: str) -> None:
        self.warnings.append(msg.W330.format(where=where, key=key, what=what))

    def emit_warnings(self) -> None:
        """Issue the warnings (``RuleFileWarning``) for whoever loads the rules."""
        for line in self.warnings:
            warnings.warn(line, RuleFileWarning, stacklevel=3)


def _type_name(types: tuple[type, ...]) -> str:
    names = {
        list: "une liste",
        int: "un nombre entier",
        float: "un nombre",
        bool: "vrai/faux",
        dict: "une exigence",
        str: "un texte",
    }
    return " ou ".join(names.get(t, t.__name__) for t in types)


def _check_terms(values: list[Any], where: str, key: str, problems: _Problems) -> list[str]:
    out = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            problems.add(where, key, f"terme invalide {value!r} (texte attendu)")
            continue
        problem = alias_problem(value)
        if problem:
            problems.add(where, key, problem)
            continue
        if alias_roles(value):
            out.append(value)
            continue
        if value.startswith("re:"):
            try:
                re.compile(value[3:])
            except re.error as exc:
                problems.add(where, key, f"expression régulière invalide {value!r} ({exc})")
                continue
            out.append(value)
            continue
        try:
            expanded = problems.lexicon.expand(value)
            for term in expanded:
                parse_proximity(term)
        except ValueError as exc:
            problems.add(where, key, str(exc))
            continue
        out.extend(expanded)
    return list(dict.fromkeys(out))


def _requirement(
    data: Any, where: str, problems: _Problems, *, child: bool = False
) -> Requirement | None:
    if not isinstance(data, dict):
        problems.add(where, None, "une exigence doit être un dictionnaire (id, label, detector…)")
        return None
    req_id = data.get("id")
    if not isinstance(req_id, str) or not _REQ_ID.match(req_id):
        problems.add(
            where,
            "id",
            f"identifiant d'exigence invalide {req_id!r} "
            "(minuscules et tirets, ex. « swot-table »)",
        )
        req_id = str(req_id)
    here = f"{where}, exigence « {req_id} »"
    label = data.get("label", "")
    if not child and not (isinstance(label, str) and label.strip()):
        problems.add(here, "label", "libellé manquant (texte français montré dans le rapport)")
    groups = [k for k in ("any_of", "all_of", "at_least") if k in data]
    detector = data.get("detector")
    if groups and detector:
        problems.add(here, "detector", "une exigence est soit un détecteur, soit un groupe")
        return None
    if groups:
        allowed = {"id", "label", "same_section", "strict", "beside", "scope", *groups}
        if "at_least" in data:
            allowed.add("of")
        for key in data:
            if key not in allowed:
                problems.add(here, key, "clé inconnue pour un groupe")
        if len(groups) > 1:
            problems.add(here, groups[1], "un seul type de groupe par exigence")
        mode = groups[0]
        if mode == "at_least":
            raw_children = data.get("of")
            k = data.get("at_least")
            if not isinstance(k, int) or isinstance(k, bool) or k < 1:
                problems.add(here, "at_least", "nombre entier ≥ 1 attendu")
                k = 1
        else:
            raw_children = data.get(mode)
            k = 0
        if not isinstance(raw_children, list) or not raw_children:
            problems.add(
                here, "of" if mode == "at_least" else mode, "liste d'exigences non vide attendue"
            )
            return None
        children = [_requirement(c, here, problems, child=True) for c in raw_children]
        ids = [c.id for c in children if c]
        if len(ids) != len(set(ids)):
            problems.add(here, "id", "identifiants d'exigences en double dans le groupe")
        same = data.get("same_section", False)
        if not isinstance(same, bool):
            problems.add(here, "same_section", "vrai/faux attendu")
        strict = data.get("strict", False)
        if not isinstance(strict, bool):
            problems.add(here, "strict", "vrai/faux attendu")
        elif strict and mode == "any_of":
            problems.add(here, "strict", "sans objet pour any_of (une seule branche suffit)")
        beside = data.get("beside", False)
        if not isinstance(beside, bool):
            problems.add(here, "beside", "vrai/faux attendu")
        elif beside and mode != "all_of":
            problems.add(here, "beside", "seulement pour all_of (les pièces d'un même ensemble)")
        return Requirement(
            id=req_id,
            label=label or req_id,
            mode={"any_of": "any", "all_of": "all", "at_least": "at_least"}[mode],
            at_least=k,
            children=tuple(c for c in children if c),
            same_section=bool(same),
            strict=strict is True,
            beside=beside is True,
        )
    return _detector_requirement(data, here, req_id, label, detector, problems)


#: What each option annotation accepts in a rule file: its kind and YAML types.
_OPTION_KINDS: dict[object, tuple[str, tuple[type, ...]]] = {
    tuple[str, ...]: ("terms", (list,)),
    tuple[tuple[str, ...], ...]: ("term-groups", (list,)),
    int: ("int", (int,)),
    float: ("number", (int, float)),
    bool: ("bool", (bool,)),
}


@dataclass(frozen=True, slots=True)
class _OptionField:
    """One option of a detector, as the loader reads it."""

    name: str
    kind: str
    types: tuple[type, ...]
    required: bool


_FIELDS: dict[type[DetectorOptions], tuple[_OptionField, ...]] = {}


def option_fields(options: type[DetectorOptions]) -> tuple[_OptionField, ...]:
    """The options of a detector's options dataclass: name, kind, YAML types, required."""
    if options not in _FIELDS:
        _FIELDS[options] = _option_fields(options)
    return _FIELDS[options]


def _option_fields(options: type[DetectorOptions]) -> tuple[_OptionField, ...]:
    hints = get_type_hints(options)
    out = []
    for f in dataclasses.fields(options):
        hint = hints[f.name]
        kind_types: tuple[str, tuple[type, ...]] | None = (
            ("requirement", (dict,)) if hint == Requirement | None else _OPTION_KINDS.get(hint)
        )
        if kind_types is None:
            raise TypeError(f"{options.__name__}.{f.name}: unsupported option type {hint!r}")
        kind, types = kind_types
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append(_OptionField(f.name, kind, types, required))
    return tuple(out)


def _registry() -> dict[str, Detector[Any]]:
    # The one import against the layers (ruleset below match): the loader
    # validates a rule's options against the detector that will read them.
    # Imported when first needed, so that importing either package never
    # imports the other half-initialised.
    from ..match.detectors import REGISTRY

    return REGISTRY


def _detector_requirement(
    data: dict[str, Any], here: str, req_id: str, label: Any, detector: Any, problems: _Problems
) -> Requirement | None:
    """A detector's requirement, its options validated from their dataclass."""
    from ..match.detectors import nearest, unknown_detector_message

    registry = _registry()
    spec = registry.get(detector) if isinstance(detector, str) else None
    if spec is None:
        problems.add(here, "detector", unknown_detector_message(detector))
        return None
    fields_ = {f.name: f for f in option_fields(spec.options)}
    raw: dict[str, tuple[str, Any]] = {}  # option -> (key as written, value)
    for key, value in data.items():
        if key in REQUIREMENT_KEYS:
            continue
        name = spec.renamed.get(key, key)
        if name not in fields_:
            guess = nearest(key, list(fields_))
            problems.add(
                here,
                key,
                f"clé inconnue pour le détecteur « {spec.name} » "
                f"(attendues : {', '.join(sorted(fields_))})"
                + (f" — vouliez-vous dire « {guess} » ?" if guess else ""),
            )
            continue
        if name != key:
            if name in data:
                problems.add(
                    here,
                    key,
                    f"« {key} » est l'ancien nom de « {name} », déjà donné : "
                    f"gardez seulement « {name} »",
                )
                continue
            problems.warn(
                here,
                key,
                f"ancien nom d'option du détecteur « {spec.name} » : "
                f"écrivez « {name} » au lieu de « {key} »",
            )
        option = fields_[name]
        if not isinstance(value, option.types) or (
            isinstance(value, bool) and bool not in option.types
        ):
            problems.add(here, key, f"type incorrect : {_type_name(option.types)} attendu")
            continue
        raw[name] = (key, value)
    values: dict[str, Any] = {}
    for name, (key, value) in raw.items():
        kind = fields_[name].kind
        if kind == "terms":
            values[name] = tuple(_check_terms(value, here, key, problems))
        elif kind == "term-groups":
            # Groups that must all be present: one per term or « @concept ».
            groups = (tuple(_check_terms([item], here, key, problems)) for item in value)
            values[name] = tuple(group for group in groups if group)
        elif kind != "requirement":
            values[name] = value
    for option in fields_.values():
        if option.required and not values.get(option.name):
            problems.add(here, option.name, "option obligatoire manquante")
            values[option.name] = ()
    for name, (_key, value) in raw.items():
        if fields_[name].kind == "requirement":
            values[name] = _requirement(value, here, problems, child=True)
    options = spec.options(**values)
    for key, what in spec.check(options):
        problems.add(here, key, what)
    scope_names = data.get("scope", spec.scope)
    scope: set[BlockKind] = set()
    if not isinstance(scope_names, list | tuple):
        problems.add(here, "scope", "liste de types de blocs attendue")
        scope_names = spec.scope
    for name in scope_names:
        if name not in SCOPE_NAMES:
            problems.add(
                here,
                "scope",
                f"type de bloc inconnu {name!r} (attendus : " + ", ".join(SCOPE_NAMES) + ")",
            )
        else:
            scope.add(SCOPE_NAMES[name])
    return Requirement(
        id=req_id,
        label=label or req_id,
        detector=spec.name,
        options=options,
        scope=frozenset(scope),
    )


def _requirements(data: Any, where: str, key: str, problems: _Problems) -> tuple[Requirement, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        problems.add(where, key, "liste d'exigences attendue")
        return ()
    reqs = [_requirement(item, f"{where}, {key}", problems) for item in data]
    ids = [r.id for r in reqs if r]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.add(where, key, f"identifiant d'exigence en double « {dup} »")
    return tuple(r for r in reqs if r)


def _examples(data: Any, where: str, problems: _Problems) -> dict[str, tuple[str, ...]]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.add(where, "examples", "dictionnaire covered / partial / missing attendu")
        return {}
    out = {}
    for kind, items in data.items():
        if kind not in EXAMPLE_KINDS:
            problems.add(
                where,
                f"examples.{kind}",
                "type d'exemple inconnu (attendus : covered, partial, missing)",
            )
            continue
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            problems.add(where, f"examples.{kind}", "liste de textes attendue")
            continue
        out[kind] = tuple(items)
    return out


def read_reference(path: Path) -> dict[str, dict[str, str]]:
    """Read ``criteres.tsv``: id -> {bloc, competence, texte}."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["id"]: row for row in rows if row.get("id")}


def _criterion(data: Any, bloc: int, where: str, problems: _Problems) -> Criterion | None:
    if not isinstance(data, dict):
        problems.add(where, None, "un critère doit être un dictionnaire")
        return None
    cid = data.get("id")
    if not isinstance(cid, str) or not _ID.match(cid):
        problems.add(where, "id", f"identifiant de critère invalide {cid!r} (forme B1.C2.1)")
        return None
    here = f"{where}, critère {cid}"
    for key in data:
        if key not in CRITERION_KEYS:
            problems.add(
                here, key, "clé inconnue (attendues : " + ", ".join(sorted(CRITERION_KEYS)) + ")"
            )
    if int(cid[1 : cid.index(".")]) != bloc:  # « B1.C2.3 »: the form was checked above
        problems.add(here, "id", f"ce critère n'appartient pas au bloc {bloc}")
    for key in ("text", "competency"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problems.add(here, key, "texte obligatoire manquant")
    assessment = data.get("assessment")
    if assessment not in ("auto", "jury"):
        problems.add(here, "assessment", "valeur attendue : auto ou jury")
    requires = _requirements(data.get("requires"), here, "requires", problems)
    supports = _requirements(data.get("supports"), here, "supports", problems)
    examples = _examples(data.get("examples"), here, problems)
    topic: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    for key in ("topic", "caveats"):
        if key in data:
            raw = data[key]
            if not isinstance(raw, list):
                problems.add(here, key, "liste de termes attendue")
            elif key == "topic":
                topic = tuple(_check_terms(raw, here, key, problems))
            else:
                caveats = tuple(_check_terms(raw, here, key, problems))
    spread = data.get("spread", False)
    if not isinstance(spread, bool):
        problems.add(here, "spread", "valeur attendue : true ou false")
        spread = False
    hint = data.get("hint", "")
    jury_focus = data.get("jury_focus", "")
    for key, value in (("hint", hint), ("jury_focus", jury_focus)):
        if not isinstance(value, str):
            problems.add(here, key, "texte attendu")
    if assessment == "auto":
        if not requires:
            problems.add(here, "requires", "un critère « auto » doit avoir au moins une exigence")
        if not hint:
            problems.add(here, "hint", "conseil manquant pour le candidat")
    if assessment == "jury":
        if not jury_focus:
            problems.add(here, "jury_focus", "un critère « jury » dit ce que le jury doit regarder")
        if requires:
            problems.add(here, "requires", "un critère « jury » n'a pas d'exigences détectables")
    return Criterion(
        id=cid,
        bloc=bloc,
        competency=str(data.get("competency", "")),
        text=str(data.get("text", "")).strip(),
        assessment=str(assessment),
        requires=requires,
        supports=supports,
        hint=str(hint).strip(),
        jury_focus=str(jury_focus).strip(),
        examples=examples,
        source=where,
        topic=topic,
        caveats=caveats,
        spread=spread,
    )


def _bloc_file(path: Path, problems: _Problems) -> Bloc | None:
    where = path.name
    ok, data = read_yaml(path, problems)
    if not ok:
        return None
    if not isinstance(data, dict):
        problems.add(
            where, None, "le fichier doit contenir un dictionnaire (bloc, title, criteria)"
        )
        return None
    for key in data:
        if key not in BLOC_KEYS:
            problems.add(where, key, "clé inconnue (attendues : bloc, title, livrables, criteria)")
    number = data.get("bloc")
    if not isinstance(number, int) or isinstance(number, bool):
        problems.add(where, "bloc", "numéro de bloc entier attendu")
        return None
    title = data.get("title")
    if not isinstance(title, str) or not title:
        problems.add(where, "title", "titre du bloc manquant")
    livrables = []
    for i, item in enumerate(data.get("livrables") or []):
        lw = f"{where}, livrable {i + 1}"
        if not isinstance(item, dict):
            problems.add(lw, None, "dictionnaire attendu (id, name, requires)")
            continue
        for key in item:
            if key not in LIVRABLE_KEYS:
                problems.add(lw, key, "clé inconnue (attendues : id, name, requires, hint)")
        lid = item.get("id")
        if not isinstance(lid, str) or not _LIVRABLE_ID.match(lid):
            problems.add(lw, "id", f"identifiant de livrable invalide {lid!r} (forme B1.L1)")
            continue
        reqs = _requirements(item.get("requires"), f"{where}, livrable {lid}", "requires", problems)
        if not reqs:
            problems.add(f"{where}, livrable {lid}", "requires", "au moins une exigence attendue")
        livrables.append(
            Livrable(lid, number, str(item.get("name", lid)), reqs, str(item.get("hint", "")))
        )
    criteria = []
    raw = data.get("criteria")
    if not isinstance(raw, list):
        problems.add(where, "criteria", "liste de critères attendue")
        raw = []
    for i, item in enumerate(raw):
        criterion = _criterion(
            item,
            number,
            f"{where}, critère n° {i + 1}"
            if not isinstance(item, dict) or "id" not in item
            else where,
            problems,
        )
        if criterion:
            criteria.append(criterion)
    return Bloc(number, str(title or ""), tuple(livrables), tuple(criteria))


def load_bloc_file(path: str | Path) -> Bloc:
    """Load one bloc file alone (no cross-file checks; concepts from the
    ``lexique.yaml`` beside it); raise RuleFileError."""
    problems = _Problems()
    problems.lexicon = load_lexicon(Path(path).parent, problems)
    bloc = _bloc_file(Path(path), problems)
    if problems.lines or bloc is None:
        raise RuleFileError(
            problems.lines or [msg.E201.format(place=Path(path).name, what="fichier vide")]
        )
    problems.emit_warnings()
    return bloc


_LOADED: dict[Path, tuple[tuple, RuleSet]] = {}


def _rule_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.iterdir()) if p.suffix in {".yaml", ".yml", ".tsv"}]


def _signature(folder: Path) -> tuple:
    """Names, sizes and modification times of a rules folder's files."""
    out = []
    for path in _rule_files(folder):
        with contextlib.suppress(OSError):
            stat = path.stat()
            out.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(out)


def _digest(folder: Path) -> str:
    """SHA-256 of the names and contents of a rules folder's files."""
    digest = hashlib.sha256()
    for path in _rule_files(folder):
        with contextlib.suppress(OSError):
            content = path.read_bytes()
            digest.update(f"{path.name}\0{len(content)}\0".encode())
            digest.update(content)
    return digest.hexdigest()


def load_ruleset(directory: str | Path | None = None) -> RuleSet:
    """Load and validate a rules folder; raise RuleFileError listing every problem.

    A folder already loaded in this process and unchanged since (same files,
    sizes and modification times) is not parsed again.
    """
    folder = Path(directory) if directory else DEFAULT_RULES_DIR
    if not folder.is_dir():
        raise RuleFileError([msg.E200.format(folder=folder)])
    signature = _signature(folder)
    cached = _LOADED.get(folder)
    if cached and cached[0] == signature:
        return cached[1]
    ruleset = replace(_load_ruleset(folder), digest=_digest(folder))
    _LOADED[folder] = (signature, ruleset)
    return ruleset


def _load_ruleset(folder: Path) -> RuleSet:
    problems = _Problems()
    problems.lexicon = load_lexicon(folder, problems)
    header_path = folder / "referentiel.yaml"
    header: dict[str, Any] = {}
    if header_path.exists():
        try:
            header = yaml.safe_load(header_path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            problems.add(header_path.name, None, f"YAML invalide ({exc})")
        if not isinstance(header, dict):
            problems.add(header_path.name, None, "dictionnaire attendu (name, version)")
            header = {}
        for key in header:
            if key not in {"name", "version", "code", "source"}:
                problems.add(
                    header_path.name, key, "clé inconnue (attendues : name, version, code, source)"
                )
    else:
        problems.add(header_path.name, None, "fichier manquant (nom et version du référentiel)")
    files = sorted(folder.glob("b*.yaml"), key=lambda p: (len(p.name), p.name))
    if not files:
        problems.add(folder.name, None, "aucun fichier de bloc (b1.yaml, b2.yaml…)")
    blocs = [b for b in (_bloc_file(path, problems) for path in files) if b]
    seen: dict[str, str] = {}
    for bloc in blocs:
        for criterion in bloc.criteria:
            if criterion.id in seen:
                problems.add(
                    criterion.source,
                    "id",
                    f"critère {criterion.id} en double (déjà dans {seen[criterion.id]})",
                )
            seen[criterion.id] = criterion.source
    reference_path = folder / "criteres.tsv"
    if reference_path.exists():
        reference = read_reference(reference_path)
        for bloc in blocs:
            for criterion in bloc.criteria:
                ref = reference.get(criterion.id)
                if ref is None:
                    problems.add(
                        criterion.source,
                        "id",
                        f"critère {criterion.id} inconnu du référentiel (criteres.tsv)",
                    )
                elif ref["texte"].strip() != criterion.text:
                    problems.add(
                        f"{criterion.source}, critère {criterion.id}",
                        "text",
                        "le texte diffère du référentiel (il doit être recopié à l'identique)",
                    )
        for missing in sorted(set(reference) - set(seen), key=_sort_key):
            problems.add(
                reference_path.name, None, f"critère {missing} absent des fichiers de règles"
            )
    if problems.lines:
        raise RuleFileError(problems.lines)
    problems.emit_warnings()
    blocs.sort(key=lambda b: b.number)
    return RuleSet(
        name=str(header.get("name", folder.name)),
        version=str(header.get("version", "0")),
        code=str(header.get("code", "")),
        blocs=tuple(
            Bloc(
                b.number,
                b.title,
                b.livrables,
                tuple(sorted(b.criteria, key=lambda c: _sort_key(c.id))),
            )
            for b in blocs
        ),
        directory=str(folder),
        warnings=tuple(problems.warnings),
    )


def _sort_key(criterion_id: str) -> tuple[int, ...]:
    match = _ID.match(criterion_id)
    return tuple(int(g) for g in match.groups()) if match else (999,)


__all__ = [
    "Bloc",
    "Criterion",
    "Lexicon",
    "Livrable",
    "Requirement",
    "RuleFileWarning",
    "RuleSet",
    "load_bloc_file",
    "load_ruleset",
    "read_reference",
]
