"""Safe reading of XML and of the ZIP packages that hold it (DOCX, ODT).

Candidates' files are untrusted. Every XML part is parsed with a parser that
never resolves entities, never loads a DTD and never touches the network, and
that keeps libxml2's limits on huge documents. ZIP packages are checked before
anything is decompressed: number of entries, and declared size of every part
read (each read is also size-limited, so a lying header cannot inflate it).
Every failure is an ``InputError`` with a French message naming the file.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from typing import Literal, overload

from lxml import etree

from .. import messages as msg
from ..errors import InputError

#: At most this many entries in an archive (a DOCX has a few dozen).
MAX_ENTRIES = 10_000
#: At most this many bytes, declared uncompressed, over the parts read.
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def safe_parser(**options: object) -> etree.XMLParser:
    """A new lxml parser that cannot be used for XXE or entity expansion.

    ``options`` may add harmless settings (``remove_blank_text``...); the
    safety settings always win.
    """
    settings: dict[str, object] = {
        "remove_comments": True,
        "remove_pis": True,
    }
    settings.update(options)
    settings.update(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )
    return etree.XMLParser(**settings)


def parse_xml(data: bytes, *, name: str, part: str) -> etree._Element:
    """Parse ``data`` safely; a syntax error becomes an ``InputError``."""
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        where = f", ligne {line}" if line else ""
        raise InputError(
            msg.E104.format(path=name, detail=f"XML invalide dans {part}{where}"),
            status="ILLISIBLE",
        ) from None
    if root is None:
        raise InputError(
            msg.E104.format(path=name, detail=f"{part} est vide"),
            status="ILLISIBLE",
        )
    return root


def _unreadable(name: str, detail: str) -> InputError:
    return InputError(msg.E104.format(path=name, detail=detail), status="ILLISIBLE")


class Package:
    """A ZIP package opened for reading, with limits on what may be read.

    ``name`` is the display name used in messages (never an absolute path).
    """

    def __init__(
        self,
        path: Path,
        name: str,
        *,
        max_entries: int | None = None,
        max_total: int | None = None,
    ) -> None:
        if max_entries is None:
            max_entries = MAX_ENTRIES
        if max_total is None:
            max_total = MAX_TOTAL_BYTES
        self.name = name
        self.budget = max_total
        self.max_total = max_total
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            raise _unreadable(name, "archive ZIP endommagée ou tronquée") from None
        try:
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, ValueError):  # pragma: no cover - defensive
            self.archive.close()
            raise _unreadable(name, "archive ZIP endommagée ou tronquée") from None
        if len(infos) > max_entries:
            self.archive.close()
            raise InputError(
                msg.E108.format(
                    path=name,
                    detail=f"archive de {len(infos)} éléments, au plus {max_entries} acceptés",
                ),
                status="TROP_VOLUMINEUX",
            )
        self.infos = {info.filename: info for info in infos}

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive."""
        self.archive.close()

    def names(self) -> list[str]:
        """The entries of the archive, in archive order."""
        return list(self.infos)

    def has(self, member: str) -> bool:
        """Whether ``member`` is in the archive."""
        return member in self.infos

    def read(self, member: str) -> bytes | None:
        """Read ``member`` within the size budget; ``None`` when absent."""
        info = self.infos.get(member)
        if info is None:
            return None
        if info.file_size > self.budget:
            mib = self.max_total // (1024 * 1024)
            raise InputError(
                msg.E108.format(
                    path=self.name,
                    detail=f"contenu décompressé de plus de {mib} Mo",
                ),
                status="TROP_VOLUMINEUX",
            )
        self.budget -= info.file_size
        try:
            with self.archive.open(info) as handle:
                data = handle.read(info.file_size + 1)
        except RuntimeError:  # encrypted entry
            raise _unreadable(self.name, f"{member} est chiffré") from None
        except NotImplementedError:
            raise _unreadable(
                self.name, f"{member} utilise une compression non prise en charge"
            ) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise _unreadable(self.name, f"{member} est endommagé") from None
        if len(data) > info.file_size:  # pragma: no cover - zipfile stops first
            raise _unreadable(self.name, f"{member} est plus long qu'annoncé")
        return data

    @overload
    def xml(self, member: str, *, required: Literal[True]) -> etree._Element: ...
    @overload
    def xml(self, member: str, *, required: bool = False) -> etree._Element | None: ...
    def xml(self, member: str, *, required: bool = False) -> etree._Element | None:
        """Parse ``member`` as XML; ``None`` when absent and not required."""
        data = self.read(member)
        if data is None:
            if required:
                raise _unreadable(self.name, f"partie {member} absente")
            return None
        return parse_xml(data, name=self.name, part=member)


def relationships(package: Package, part: str) -> dict[str, tuple[str, str, bool]]:
    """The relationships of ``part`` (its ``_rels/….rels``): id → (type's last segment,
    target as written, external). An absent ``.rels`` gives {}."""
    folder, _, base = part.rpartition("/")
    root = package.xml(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
    out: dict[str, tuple[str, str, bool]] = {}
    if root is None:
        return out
    for rel in root:
        rel_id = rel.get("Id")
        if not rel_id:
            continue
        external = (rel.get("TargetMode") or "").lower() == "external"
        rel_type = (rel.get("Type") or "").rsplit("/", 1)[-1]
        out[rel_id] = (rel_type, rel.get("Target") or "", external)
    return out


def join_target(base_part: str, target: str) -> str:
    """Resolve a relationship target against the part that refers to it."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(base_part)
    return posixpath.normpath(posixpath.join(folder, target))


__all__ = [
    "MAX_ENTRIES",
    "MAX_TOTAL_BYTES",
    "Package",
    "join_target",
    "parse_xml",
    "relationships",
    "safe_parser",
]
