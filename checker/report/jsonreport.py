"""JSON report: a versioned contract (documented in the README).

FORMAT_VERSION history:
1: first version (tool, rules, candidate, blocs, documents, criteria,
   livrables, summary, warnings); later, a new key only: blocs_reason (why
   these blocs, in French).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..model import CandidateReport, CriterionResult, DocumentInfo, Evidence

FORMAT_VERSION = 1


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    """One piece of evidence (accepted or rejected)."""
    data: dict[str, Any] = {
        "document": evidence.document,
        "page": evidence.location.page,
        "page_estimated": evidence.location.page_estimated,
        "section": list(evidence.location.section),
        "paragraph": evidence.location.paragraph,
        "excerpt": evidence.excerpt,
        "requirement": evidence.requirement,
        "score": evidence.score,
        "supporting": evidence.supporting,
        "note": evidence.note,
    }
    if evidence.rejected_by:
        data["rejected_by"] = evidence.rejected_by
    if evidence.location.ocr_confidence is not None:
        data["ocr_confidence"] = evidence.location.ocr_confidence
    return data


def criterion_dict(result: CriterionResult) -> dict[str, Any]:
    """One criterion's verdict."""
    return {
        "id": result.id,
        "bloc": result.bloc,
        "competency": result.competency,
        "text": result.text,
        "assessment": result.assessment,
        "status": result.status.value,
        "score": result.score,
        "reason": result.reason,
        "hint": result.hint,
        "jury_focus": result.jury_focus,
        "evidence": [evidence_dict(e) for e in result.evidence],
        "rejected": [evidence_dict(e) for e in result.rejected],
    }


def document_dict(info: DocumentInfo) -> dict[str, Any]:
    """One document of the candidate, with its extraction health."""
    health = asdict(info.health) if info.health else None
    if health:
        for key in ("scanned_pages", "garbled_pages", "warnings"):
            health[key] = list(health[key])
    return {
        "path": info.path,
        "sha256": info.sha256,
        "kind": info.kind,
        "status": info.status,
        "pages": info.pages,
        "words": info.words,
        "health": health,
        "error": info.error,
    }


def report_dict(report: CandidateReport) -> dict[str, Any]:
    """The whole report as plain data."""
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "tool": {"name": "rncp-check", "version": report.tool_version},
        "rules": {"referentiel": report.rules_name, "version": report.rules_version},
        "candidate": report.candidate,
        "blocs": list(report.blocs),
        "blocs_reason": report.bloc_reason,
        "documents": [document_dict(d) for d in report.documents],
        "criteria": [criterion_dict(c) for c in report.criteria],
        "livrables": [criterion_dict(c) for c in report.livrables],
        "summary": report.summary(),
        "warnings": list(report.warnings),
    }
    if report.generated:
        data["generated"] = report.generated
    return data


def render(report: CandidateReport) -> str:
    """Stable, indented JSON (same input, same bytes)."""
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
