"""Every matching threshold in one place (0-100 scores are rapidfuzz's)."""

from __future__ import annotations

#: Words shorter than this are matched exactly (no typo tolerance).
FUZZY_MIN_LENGTH = 6
#: rapidfuzz ``ratio`` a document word needs to count as a typo of a term word.
FUZZY_WORD = 86
#: Score given to evidence found through a fuzzy (typo) match.
FUZZY_EVIDENCE_SCORE = 0.8
#: ``ratio`` above which a sentence is taken for a copy of a criterion (echo).
ECHO_RATIO = 82
#: A heading needs this many words of content under it to count.
MIN_SECTION_WORDS = 8
#: Longest excerpt shown as evidence (characters).
EXCERPT_CHARS = 220
#: Evidence kept per requirement (enough to find co-located pieces).
MAX_EVIDENCE = 40
#: Evidence shown per requirement in reports.
SHOWN_EVIDENCE = 3
#: Rejected hits kept per criterion in reports (all are counted in the reason).
MAX_REJECTED_SHOWN = 8
#: Sentences read after the one holding a ``near`` term of the ``number`` and
#: ``date`` detectors (« Le panier perd 38 % des visiteurs. La livraison en perd 21 %. »).
NEAR_FOLLOWING_SENTENCES = 1
