"""Guards: reasons a hit is not evidence, applied to every criterion.

A table-of-contents line, a negation ("pas encore de SWOT"), a to-do ("à
compléter"), a promise about the document ("le ROI sera calculé"), a copy of
a criterion's sentence, a page header or footer, or hidden text never counts.
Nor does what is not the candidate's own work: grading instructions left in
a copy (« Accepter toute réponse pertinente », a section « Éléments
attendus »), a course definition with nothing of the company in it (« Le
SWOT est un outil d'analyse… »), a note to self or an open question
(« je ne sais pas », « demander à Karim », « faut-il faire du SEA ? »).
Rejected hits are kept with the guard's name so a report can explain a
"missing".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Block, BlockKind
from ..nlp.text import fold
from .index import Unit, clause_spans
from .thresholds import ECHO_RATIO
from .values import MONTHS

_NEGATION = re.compile(
    r"\bpas encore\b|\bpas (?:de|d'|d |du|des)\b|\bn'\w+\s+(?:\w+\s+)?(?:pas|jamais|plus|point)\b"
    r"|\bne\s+(?:[lmts]'\s*)?\w+\s+(?:\w+\s+)?(?:pas|jamais|plus|point)\b"
    # (« je ne l'ai pas terminé »: an elided pronoun before the verb.)
    r"|\baucun(?:e|s|es)?\b|\bjamais\b"
    # (« sans avoir fait le SWOT », not « sans avoir à se déplacer », « sans avoir besoin
    # de recommander »: what a service spares its customer)
    r"|\babsence (?:de|d')|\bfaute (?:de|d')|\bmanque (?:de|d')|\bsans aucun\b"
    r"|\bsans avoir\b(?!\s+(?:a|besoin)\b)"
    r"|\bni\b|\bnon (?:realise|fait|defini|etabli|redige|renseigne|disponible|traite|aborde)e?s?\b"
    # « Le SWOT est absent de ce dossier » (not « la balise H1 est absente de 12 pages »:
    # an audit's finding).
    r"|\b(?:est|sont) absente?s? (?:du|de ce|de cette|de la) (?:dossier|document|rapport|memoire"
    r"|partie|version)\b"
)
#: A word every match of ``_NEGATION`` holds (a pre-filter: blanking quotes and
#: asides in a clause never adds one).
_NEGATION_WORD = re.compile(
    r"\b(?:pas|jamais|plus|point|aucun\w*|absen\w*|faute|manque|sans|ni|non)\b"
)


def _opening(word: str, marks: str) -> str:
    """``word`` at the start of the text or after one of ``marks`` (a colon, a bracket,
    a dash…) and up to three spaces: the same as ``(?:^|[marks])\\s*word``, written
    with the word first so that the alternation it joins is scanned fast (a branch
    opening on ``^`` or a look-behind makes the regex try every position)."""
    places = [f"^{gap}" for gap in ("", r"\s", r"\s\s", r"\s\s\s")]
    places += [f"[{marks}]{gap}" for gap in ("", r"\s", r"\s\s", r"\s\s\s")]
    return rf"\b{word}(?:" + "|".join(f"(?<={place}{word})" for place in places) + ")"


_TODO_MARKS = r":(\-–→>"
_TODO = re.compile(
    "|".join(
        [
            r"\ba completer\b|\bto ?do\b|\btbd\b|\ben cours de redaction\b|\blorem ipsum\b",
            r"\brest(?:e|ent) a (?:faire|completer|rediger|definir|realiser|preciser)\b|\bxxx+\b",
            r"\[\s*(?:\.\.\.|…)\s*\]|\?\?\?",
            # « Budget : à définir », « (à venir) », « – en attente ».
            r"(?:"
            + _opening("a", _TODO_MARKS)
            + r" (?:venir|faire|definir|preciser|rediger|finaliser|mesurer|chiffrer|calculer"
            r"|remplir|evaluer|estimer|determiner|verifier)|"
            + _opening("en", _TODO_MARKS)
            + r" attente)\s*(?:$|[).])",
            # « Objectifs : à définir avec la gérante », « Prestataire : à définir en juin »
            # — left to decide with someone or later.
            _opening("a", _TODO_MARKS)
            + r" (?:definir|preciser|fixer|chiffrer|evaluer|estimer|determiner|choisir)"
            r" (?:avec|par|lors|ensemble|en|d'ici|avant|apres|courant|selon|fin|debut|au|a la)\b",
            # A slot left for the work: « [Insérer ici le tableau SWOT] », « Tableau à insérer ».
            _opening("inserer", r"\[(") + r"\b|\ba inserer\b|\binserer (?:\w+ ){0,6}ici\b",
            # Work announced as under way or absent: « SWOT : en cours de réalisation »,
            # « Le benchmark est en cours. », « Benchmark : néant », « annexe non jointe ».
            r"\ben cours de (?:realisation|redaction|construction|elaboration|finalisation"
            r"|preparation)\b",
            # « l'intégration au site est en cours chez l'agence »: not done yet.
            r"\b(?:integration|installation|mise en place|parametrage|configuration|deploiement"
            r"|redaction|realisation|creation|refonte|migration)\b(?: [\w']+){0,4}"
            r" (?:est|sont|reste|restent) en cours\b",
            r"(?:\b(?:est|sont|reste|restent)|[:(\-–])\s*en cours\s*[.)]?\s*$",
            r"(?:"
            + "|".join(_opening(word, r":(\-–") for word in ("neant", "n/a"))
            + "|"
            + _opening("non", r":(\-–")
            + r" communique)\s*(?:$|[).]|pour (?:le moment|l'instant))",
            r"\bnon (?:jointe?s?|fournie?s?)\b|\b(?:laissee?s?|restee?s?|volontairement) vides?\b",
            r"\ba presenter (?:a|lors de) (?:l'oral|la soutenance)\b|\ba revoir avec\b",
            # The content left to the certification's oral: « (captures présentées à
            # l'oral) », « démo en soutenance », « voir à l'oral » (not a report presented
            # orally to the management: « présentés à l'oral au comité de direction »).
            r"\b(?:presentee?s?|montree?s?|faite?s?|projetee?s?|demo|demonstration|captures?"
            r"|voir)\s+(?:a|lors de|pendant|en)\s+(?:l'oral|la soutenance|soutenance)\b"
            r"(?!\s+(?:au|aux|a la|a l'|devant|du|de la|des)\b)",
            r"\bbrouillon\s*:",
            # An unticked box of a checklist (« [ ] Retouche des photos », « ☐ Relance
            # des paniers »): work still to do. A ticked one (« [x] », « ☑ », « ✓ ») is done.
            r"^[\s\-–•*]*(?:\[ ?\]|☐)",
        ]
    )
)
#: Words every ``_TODO`` match holds (one of them), searched first: most sentences hold
#: none, and this literal alternation is scanned many times faster than ``_TODO``.
_TODO_HINT = re.compile(
    r"completer|todo|to do|tbd|en cours|lorem|rest|xxx|\[|\?\?\?|attente|inserer|neant|n/a"
    r"|communique|non joint|non fourni|vide|a presenter|a revoir|brouillon|venir|faire|definir"
    r"|preciser|rediger|finaliser|mesurer|chiffrer|calculer|remplir|evaluer|estimer|determiner"
    r"|verifier|fixer|choisir|oral|soutenance|☐"
)


def _todo(folded: str) -> bool:
    """``_TODO`` searched in folded text, after its cheap literal hint."""
    return _TODO_HINT.search(folded) is not None and _TODO.search(folded) is not None


_PARTICIPLES = (
    "realise|calcule|redige|presente|defini|etabli|fait|complete|ajoute|detaille|fourni"
    "|precise|effectue|mene|elabore|produit|construit|concu|formalise|chiffre|etudie"
    "|analyse|evalue|mesure|identifie|liste|positionne|installe|mis en place|traite|aborde"
    "|developpe|determine|integre|choisi|selectionne|redigee|definie|ecrit|verifie|teste"
    "|configure|parametre|deploye|active|cree|optimise|propose|ajuste|corrige|mis en oeuvre"
    "|revu|envisage|discute|communique|transmis|livre|finalise|rempli|renseigne|construite"
    "|envoye|lance|publie|diffuse|organise|signe|tourne|planifie|recueilli|collecte|generalise"
    "|classe|hierarchise|priorise|ordonne|compare|calcule|suivi"
    # a production promised, not made: « la vidéo sera montée », « les photos seront retouchées »
    "|monte|retouche|filme"
    # « les objectifs seront fixés à la rentrée »
    "|fixe"
)
# « deux ans plus tard », « trois mois plus tard »: a delay told in a story of what
# happened (« la famille revient trois ans plus tard »), not work put off.
_DELAY_UNITS = "jour jours semaine semaines mois an ans annee annees heure heures minutes"
_DELAY = "".join(f"(?<!{unit} plus)" for unit in _DELAY_UNITS.split())
#: Participles of the candidate's own analysis or planning work (not of what a
#: provider builds, which a specification states in the future of obligation).
_OWED = (
    "defini|etabli|calcule|redige|precise|chiffre|identifie|hierarchise|priorise|formalise"
    "|evalue|mesure|analyse|complete|detaille|liste|fixe|determine|arbitre|classe|mene"
)
_FUTURE = re.compile(
    r"\b(?:sera|seront|serons|seras|serez)\s+(?:\w+\s+)?(?:" + _PARTICIPLES + r")(?:e|s|es)?\b"
    r"|\bulterieurement\b|\bplus(?<!au plus)" + _DELAY + r" tard\b"
    r"|\bprochainement\b|\bprochaine version\b"
    r"|\b(?:devrai[ts]?|devraient|pourrai[ts]?|pourraient)\s+(?:\w+\s+)?etre\b"
    # What the dossier announces it will show: « dans la partie 3.1 je montrerai que… »,
    # « nous verrons en partie 4… » (a plan, not the work).
    r"|\b(?:je (?:montrerai|presenterai|demontrerai|analyserai)|j'expliquerai"
    r"|nous (?:montrerons|presenterons|verrons|demontrerons|analyserons))\b"
    # A decision the candidate will take: « nous choisirons le prestataire après les fêtes »
    # (not a plan of actions: « nous lancerons la campagne le 3 mars » is a schedule).
    r"|\bnous (?:choisirons|deciderons|definirons|fixerons|preciserons|calculerons"
    r"|chiffrerons|etablirons|redigerons|evaluerons|determinerons|arbitrerons)\b"
    # Work still owed: « des actions devront être définies et hiérarchisées » (not
    # what a specification asks a provider to build: « le module devra être intégré »).
    r"|\b(?:devra|devront)\s+(?:encore\s+)?etre\s+(?:" + _OWED + r")(?:e|s|es)?\b"
    # A supposition, not a test: « le thème est responsive, il devrait fonctionner sur mobile ».
    r"|\b(?:devrai[ts]?|devraient)\s+(?:\w+\s+)?(?:fonctionner|marcher|passer|s'afficher)\b"
)

NEVER_EVIDENCE = {
    BlockKind.TOC_ENTRY: "toc",
    BlockKind.HEADER: "header-footer",
    BlockKind.FOOTER: "header-footer",
}


def block_guard(unit: Unit) -> str | None:
    """A reason the unit's whole block can never be evidence, or None."""
    if unit.block.hidden:
        return "hidden"
    if in_glossary(unit.block):
        return "glossary"
    if in_instructions(unit.block):
        return "instructions"
    if in_sources(unit.block):
        return "sources"
    if unit.kind is BlockKind.PARAGRAPH and course_paragraph(unit):
        return "definition"
    if in_course(unit.block):
        return "definition"
    if unit.kind in _TEMPLATE_KINDS and _TEMPLATE_SLOT.match(unit.folded):
        return "todo"
    return NEVER_EVIDENCE.get(unit.kind)


# The company named as the subject of a course's example: « chez Lila Bijoux ».
_AT_COMPANY = re.compile(r"\b[Cc]hez [A-ZÉÈ]")

# What no course holds: the company's address (« 14 rue de Vesle », « 51100 Reims ») or an
# event of its own, told in the past with its month (« le numéro de TVA a été ajouté en
# février 2026 », « nous avons migré en mars 2025 »).
_OWN_STORY = re.compile(
    r"\b\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|boulevard|bd|place|chemin|route|impasse"
    r"|allee|quai|cours) d|\b\d{5} [a-z]"
    r"|\b(?:ai|a|avons|ont) (?:ete |bien |deja )?[a-z]+(?:e|es|s|i|is|u|us)?\b[^.;]{0,40}?"
    r"\b(?:en|depuis|le \d{1,2}(?:er)?) (?:" + MONTHS + r") (?:19|20)\d\d\b"
)


def course_paragraph(unit: Unit) -> bool:
    """A paragraph that opens like a course (a definition or a model, nothing of
    the company), goes on for more sentences, and never speaks in the first person,
    of « chez X », of an address or of a dated event of its own: tool names and
    market averages in it (« le plus connu est Google Analytics », « en moyenne 1
    à 3 % ») are the course's, not the candidate's work."""
    # One sentence: ``_definition_of_hit`` reads it (the defined word must be the hit).
    if len(unit.sentences) < 2 or len(unit.folded) != len(unit.text):
        return False
    start, end = unit.sentences[0]
    if not course_sentence(unit.folded[start:end], unit.text[start:end]):
        return False
    return (
        not FIRST_PERSON.search(unit.folded)
        and not _AT_COMPANY.search(unit.text)
        and not _OWN_STORY.search(unit.folded)
    )


# A glossary defines words; it shows no work (« KPI : indicateur clé… »).
_GLOSSARY = re.compile(
    r"^(?:(?:[\divx]+|[a-z])[.)]?\s+|annexe\s*\w{0,3}\s*[:.–—-]?\s*)*"
    r"(?:(?:glossaire|lexique)\b|(?:vocabulaire|definitions(?: des termes)?"
    r"|(?:liste des )?(?:sigles|abreviations|acronymes)(?: et (?:sigles|abreviations|acronymes))?)"
    r"\s*(?:$|[:(–—-]))"
)


# A bibliography or list of sources names what was read, not what was done
# (« Webographie », « Sites consultés », « Sources »); « Références clients »
# is the candidate's own portfolio and stays evidence. « Sources : Keyword Planner +
# Search Console », a line naming where a table's figures come from, is no list of
# readings: after « sources », a colon must end the heading.
_SOURCES = re.compile(
    r"^(?:(?:[\divx]+|[a-z])[.)]?\s+|annexe\s*\w{0,3}\s*[:.–—-]?\s*)*"
    r"(?:(?:bibliographie|webographie|sitographie|netographie"
    r"|references(?: bibliographiques| consultees)?"
    r"|(?:sites|ressources|documents|pages) consulte(?:e)?s"
    r"|liens utiles|pour aller plus loin)"
    r"(?: et (?:bibliographie|webographie|sitographie|sources|references))?\s*(?:$|[:(–—-])"
    r"|sources(?: (?:consultees|utilisees))?"
    r"(?: et (?:bibliographie|webographie|sitographie|references))?\s*(?:$|:\s*$|[(–—-]))"
)


def in_glossary(block: Block) -> bool:
    """The block sits under a glossary, lexicon or list of abbreviations."""
    return bool(block.location.section) and _under_heading("glossary", block.location.section)


# A subject's grading notes left in a copy: the examiner's words, not the candidate's.
_INSTRUCTIONS_HEADING = re.compile(
    r"^(?:(?:[\divx]+|[a-z]|q\s?\d+(?:[.,]\d+)*)[.)]?\s+|annexe\s*\w{0,3}\s*[:.–—-]?\s*)*"
    r"(?:elements? (?:de reponse )?attendus?|elements? de (?:correction|corrige|reponse)"
    r"|corrige(?: type)?|bareme|grille de correction|indications? (?:au|pour le) correcteur"
    r"|consignes? (?:aux candidats|au candidat|pour le candidat|de l'epreuve|de correction)"
    # The school's self-assessment grid, the criteria ticked by the candidate: the
    # référentiel's words, not work (« Grille d'auto-évaluation (école) »).
    r"|grilles? d'auto-?evaluation|auto-?evaluation (?:sur|selon) (?:la grille|les criteres))"
    r"\s*(?:$|[:(–—-])"
    # « Consignes – Partie 5.3 : … », « Épreuve E4 – Consigne pour la partie 3 »: the
    # subject's words (not « Consignes de préparation des commandes », a procedure).
    r"|^(?:epreuve\s+\S+\s*[–—:-]\s*)?consignes?(?:\s+(?:pour (?:la|cette) partie|de l'epreuve"
    r"|du sujet)\b[^:]*)?\s*(?:$|[:(–—-])"
    # A template handed out, not filled: « Annexe 4 – Grille de sélection (modèle) ».
    r"|\((?:modele|gabarit)\b[^)]*\)"
)
# A course recalled in the dossier (« Rappel de cours : … », « Notions théoriques »): its
# content is the course's, not the candidate's work on the company.
_COURSE_HEADING = re.compile(
    r"^(?:(?:[\divx]+(?:[.,]\d+)*|[a-z])[.)]?\s+)*"
    r"(?:rappels? (?:de cours|theoriques?|methodologiques?)|fiche (?:de )?cours"
    # « Méthode (cours de M. Roux) »: a teacher's course named in brackets.
    r"|[^(]{0,60}\(cours (?:de )?(?:m\.|mme\b|monsieur\b|madame\b)"
    r"|notions? theoriques?|apports? theoriques?|cadre theorique|partie theorique"
    r"|notes? de cours|extraits? (?:du|de mon) cours|fiches? (?:de )?revision"
    r"|qu'est-ce qu(?:e |')(?:un |une |le |la |l')?"
    # « Rappel : les obligations légales » (not « Rappel : nos objectifs »).
    r"|rappels?\s*[:–—-]\s*(?:(?:les?|la|l')\s*)?(?:definitions?|notions?|theorie|principes?"
    r"|obligations?|regles?|mentions obligatoires|textes?|lois?)\b"
    # « Cours logistique – … », « Cours de droit : » (not « Cours de yoga », a product).
    r"|cours (?:de |d')?(?:logistique|marketing|webmarketing|e-commerce|droit|seo|sea"
    r"|referencement|gestion|communication|management|comptabilite|economie|strategie"
    r"|ergonomie|ux)\b|cours\s*(?:[:–—-]|$)"
    # « Cours de M. Martin – … », « Support de cours : … »: a teacher's material.
    r"|cours (?:de )?(?:m\.|mme\b|monsieur\b|madame\b)|(?:support|polycopie) (?:de |du )?cours\b"
    # A notion defined (« Le cocon sémantique : définition »; not « Définition des
    # objectifs », the candidate setting them).
    r"|.{2,60}[:–—-]\s*(?:une |la )?definition"
    r"(?: (?:du|de mon|de notre|d'apres le) (?:cours|support|module|manuel))?\s*$"
    # The course's own material named in the heading (« Le tunnel — définition du
    # syllabus », « Extrait du syllabus »).
    r"|.{0,80}\bsyllabus\b)"
)


def in_sources(block: Block) -> bool:
    """The block sits under a bibliography or a list of the sources consulted."""
    return bool(block.location.section) and _under_heading("sources", block.location.section)


def in_instructions(block: Block) -> bool:
    """The block sits under grading instructions (« Éléments attendus », « Barème »)."""
    return bool(block.location.section) and _under_heading("instructions", block.location.section)


def in_course(block: Block) -> bool:
    """The block sits under a course recalled (« Rappel de cours », « Cadre théorique »)."""
    return bool(block.location.section) and _under_heading("course", block.location.section)


_HEADINGS = {
    "glossary": _GLOSSARY,
    "instructions": _INSTRUCTIONS_HEADING,
    "sources": _SOURCES,
    "course": _COURSE_HEADING,
}


@lru_cache(maxsize=8192)
def _under_heading(kind: str, section: tuple[str, ...]) -> bool:
    """One heading of the section path is a glossary's (or grading notes')."""
    pattern = _HEADINGS[kind]
    return any(pattern.search(fold(heading).strip()) for heading in section)


def not_own_work(block: Block) -> bool:
    """Under a glossary, grading instructions or a bibliography: never the
    candidate's work."""
    return in_glossary(block) or in_instructions(block) or in_sources(block)


# A paragraph opened by a grading marker: « Éléments attendus – … », « Corrigé : … ».
_INSTRUCTION_OPENING = re.compile(
    r"^[\s\[(*•-]*(?:(?:elements? (?:de reponse |de correction )?attendus?|corrige(?: type)?"
    r"|bareme|reponse attendue|indications? (?:au|pour le) correcteur|note au correcteur"
    # The subject's orders: « Consignes au candidat : », « Consigne : déterminer… ».
    r"|consignes? (?:aux candidats|au candidat|pour le candidat|de l'epreuve|du sujet))\b"
    r"|consignes?\s*:)"
)


def instruction_blocks(blocks: tuple[Block, ...]) -> frozenset[int]:
    """Blocks that are a subject's grading notes left in a copy: a paragraph
    opened by a grading marker, and the list items or table that follow it
    when it introduces them."""
    out: set[int] = set()
    opened = False
    for block in blocks:
        if block.kind in {
            BlockKind.PARAGRAPH,
            BlockKind.CAPTION,
            BlockKind.LIST_ITEM,
        } and _INSTRUCTION_OPENING.match(fold(block.text)):
            out.add(block.location.index)
            opened = block.kind is not BlockKind.LIST_ITEM
            continue
        if opened and (
            block.kind in {BlockKind.LIST_ITEM, BlockKind.TABLE}
            or (block.kind is BlockKind.PARAGRAPH and _NUMBERED_ITEM.match(block.text))
        ):
            # (« 4.1 À partir des annexes, établissez… (2 pts) »: a subject's question.)
            out.add(block.location.index)
            continue
        opened = False
    return frozenset(out)


#: A paragraph numbered like a subject's question (« 4.1 », « 2) », « b. »).
_NUMBERED_ITEM = re.compile(r"\s*(?:\d+(?:[.,]\d+)*[.)]?|[a-zA-Z][.)])\s+\S")


_PROMPT_INFINITIVES = (
    "presenter|decrire|indiquer|completer|expliquer|lister|preciser|justifier|analyser"
    "|realiser|rediger|identifier|detailler|citer|comparer|inserer|renseigner|joindre|ajouter"
)
#: The same prompts in the imperative (« Présentez… », « [Décrivez ici…] »).
_PROMPT_IMPERATIVES = (
    "presentez|decrivez|indiquez|completez|expliquez|listez|precisez|justifiez|analysez"
    "|realisez|redigez|identifiez|detaillez|citez|comparez|inserez|renseignez|joignez|ajoutez"
    "|montrez|illustrez|remplissez|mettez|donnez|proposez|calculez|resumez|exposez|developpez"
    "|argumentez|chiffrez|nommez"
)
#: A template's slot left as written: a bracketed instruction to the writer
#: (« [Décrivez ici les étapes… Illustrez avec une capture.] », « (Indiquez où…) »):
#: the whole paragraph is what is left to do, whatever words it holds.
_TEMPLATE_SLOT = re.compile(r"\s*[\[(]\s*(?:" + _PROMPT_IMPERATIVES + r")\b")
_TEMPLATE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION})
_INSTRUCTION_SENTENCE = re.compile(
    r"\b(?:accepter|accepte|valoriser) (?:toute|tout|toutes|les) (?:reponses?|propositions?)"
    r"|\btoute (?:autre )?reponse (?:pertinente|coherente|argumentee)"
    r"|\belements? (?:de reponse |de correction |de corrige )?attendus?\b"
    r"|\b(?:corrige|correction|bareme|indications?) (?:pour le |au |a l'attention du )?correcteur"
    r"|\b(?:on attend|il est attendu) (?:du|que le|de la part du) candidat"
    r"|\ble candidat (?:doit|devra|peut|pourra|est invite a)\b"
    # A subject's or a grader's description of what is assessed: « Le candidat démontre sa
    # capacité à… », « le candidat identifie les freins… ».
    r"|\ble candidat (?:demontre|presente|justifie|explique|identifie|analyse|propose|decrit"
    r"|met en (?:evidence|oeuvre)|est capable)\b"
    # A subject's orders in the second person future: « Vous préciserez les clauses… »,
    # « vous justifierez chaque choix » (not « vous trouverez en annexe… »).
    r"|(?:^|[.;:]\s*)[\s\-–•*]*vous (?:presenterez|decrirez|indiquerez|completerez|expliquerez"
    r"|listerez|preciserez|justifierez|analyserez|realiserez|redigerez|identifierez|detaillerez"
    r"|citerez|comparerez|proposerez|calculerez|montrerez|illustrerez|argumenterez|chiffrerez)\b"
    r"|\b(?:\d+(?:[.,]\d+)?|un|une|deux) points? (?:si|par|pour) (?:la |le |chaque |une |un )?"
    r"(?:reponse|element|argument|bonne)"
    # A template's prompt left in place: « Présentez ici… », « Complétez le tableau
    # ci-dessous », « Décrivez dans cette partie… », « Indiquez vos concurrents ».
    r"|^[\s\-–•*]*(?:" + _PROMPT_IMPERATIVES + r")\b"
    r"(?=.*\b(?:ici|dans cette partie|ci-dessous|ci-apres|votre (?:entreprise|structure|projet"
    r"|dossier|site|marque)|vos (?:concurrents|clients|partenaires|objectifs)))"
    # The same prompt in the infinitive: « Présenter ici… », « [Décrire la structure…] ».
    r"|^[\s\-–•*]*(?:\[\s*(?:" + _PROMPT_INFINITIVES + r")\b"
    r"|(?:" + _PROMPT_INFINITIVES + r")\s+(?:ici|dans cette partie|ci-dessous)\b)"
)
#: Words every ``_INSTRUCTION_SENTENCE`` match holds (one of them), searched first.
_INSTRUCTION_HINT = re.compile(
    r"accepte|valoriser|reponse|attendu|correcteur|candidat|vous|point|ici|cette partie"
    r"|ci-dessous|ci-apres|votre|vos |\["
)


def _instruction(folded: str) -> bool:
    """``_INSTRUCTION_SENTENCE`` searched in folded text, after its cheap literal hint."""
    return (
        _INSTRUCTION_HINT.search(folded) is not None
        and _INSTRUCTION_SENTENCE.search(folded) is not None
    )


# Notes to self and open questions: the candidate does not know yet.
_NOTE_TO_SELF = re.compile(
    r"\bje (?:ne )?sais pas\b|\bfaut-il\b|\bdoit-on\b|\bsi toujours (?:ko|pas)\b"
    r"|\bon verra\b|\bvoir si (?:on|ca)\b|\bje ne suis pas sure?\b|\best-ce qu'on\b"
    # A wish or a leaning, not a decision: « on aimerait faire des vidéos »,
    # « je pense utiliser CapCut », « je pencherais pour Tom ».
    r"|\b(?:on aimerait|j'aimerais|nous aimerions|je pencherais|on pencherait)\b"
    r"|\b(?:je|on) pense (?:utiliser|faire|prendre|partir sur|mettre|passer par|essayer)\b"
    # A choice left to make: « il faudra choisir entre ce module et WordPress ».
    r"|\b(?:il faudra|il faudrait|il va falloir|il reste a|reste a) (?:encore )?"
    r"(?:choisir|decider|trancher|arbitrer)\b"
    # « Nous hésitons encore entre le module de la banque et Stripe »: undecided (not
    # « nous avons hésité entre A et B, puis retenu B »: a choice made).
    r"|\b(?:hesitons|hesitent|j'hesite|on hesite|balancons|je balance|on balance)"
    r" (?:encore |toujours )?entre\b"
    # The work asked of someone else: « Pourriez-vous nous faire une proposition ? »,
    # « tu peux t'en occuper ? », « je te laisse choisir » (an e-mail, a message).
    # (Not a customer's question in a chat: « Pouvez-vous livrer en Belgique ? ».)
    r"|\b(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu) (?:nous |me )?"
    r"(?:faire une (?:proposition|offre)|proposer|prendre en charge"
    r"|envoyer (?:un|une|votre|ta) (?:devis|proposition|offre)"
    r"|(?:vous|t')(?:en )?(?:occuper|charger))\b"
    r"|\b(?:tu peux|vous pouvez) (?:t'en|vous en) (?:occuper|charger)\b"
    r"|\bje (?:te|vous) laisse (?:choisir|voir|regarder|faire|gerer)\b"
    # The part itself left to fill: « il faudrait mettre ici les actions… », « je
    # complète cette partie après le point de lundi » (« pense à mettre… »: _REMINDER).
    r"|\bil (?:faudrait|faudra|faut) (?:mettre|ajouter|inserer|completer|rediger|lister"
    r"|indiquer|presenter) ici\b"
    # Work the author still owes: « je dois encore classer les objectifs », « il me reste
    # à chiffrer le tunnel » (not « il reste 12 cartons »: no verb).
    r"|\b(?:je dois|on doit|nous devons|il me faut|il nous faut) encore\b"
    r"|\bil (?:me|nous) reste (?:encore )?a (?!\d)\w+er\b"
    r"|\b(?:je|on|nous) (?:complete|completerai|completera|completerons|finis|finirai|finira"
    r"|finirons|termine|terminerai|terminera|terminerons|redige|redigerai|redigera"
    r"|redigerons|reprends|reprendrai|reprendra) (?:cette|la|ce|le) (?:partie|section"
    r"|rubrique|tableau|paragraphe|chapitre)\b"
)
#: A reminder to oneself opening the sentence: « pense à mettre qui fait quoi ».
_REMINDER = re.compile(
    r"[\s>*-]*(?:pense|penser) (?:aussi |bien )?a (?:mettre|ajouter|inserer|completer"
    r"|rediger|lister|indiquer)\b"
)
_ASK_SOMEONE = re.compile(r"\b(?:[Dd]emander (?:à|a)|[Vv]oir avec) [A-ZÉ][a-zéèï]+")
# A course definition: « Le SWOT est un outil… », « Un KPI désigne… » — the
# defined word (the subject) is the hit; « Un vélo est un achat cher : la fiche… »
# defines nothing the rule looks for.
_DEFINITION = re.compile(
    r"^[\s\-–•*]*(?:definition\s*(?:du|de la|de l'|des|d')?\s*(?P<named>[^:]{1,30}):\s*)?"
    r"(?:(?:le|la|l'|les|un|une)\s*(?P<subject>[\w' .,()«»-]{2,60}?)\s+(?:(?:est|sont|designe"
    r"|designent|represente|representent|correspond a|correspondent a|se definit comme)\s+"
    r"(?:un|une|des|l'ensemble|le fait|la mesure|a |de |d'|mesurer|evaluer|analyser|comparer"
    r"|le rapport|le ratio|le pourcentage|la part|la proportion|le quotient)"
    r"|(?:designe|designent|correspond a|correspondent a|se definit comme)\s+(?:la|le|l'|les)\s"
    r"|(?:correspond|correspondent) (?:au|aux)\s"
    r"|(?:consiste|consistent|sert|servent) a\s+\w|(?:permet|permettent) de\s+\w))?"
)
# The company's own facts: a figure, a first person, a name in capitals mid-sentence.
_OWN_FACTS = re.compile(r"\d|\b(?:nous|notre|nos|je|j'|mon|ma|mes|on a|on constate)\b")
# A name in title case mid-sentence; an acronym (SEO, FIFO) names no company.
_NAME_MID_SENTENCE = re.compile(r"(?<=[\w,;:)] )(?!Etc\b)[A-ZÉÈ][a-zà-ÿ][\w'’-]*")
# An acronym spelt out, either way round: « KPI (Key Performance Indicator) »,
# « Search Engine Optimization (SEO) ». Its capitals are the course's words, no name.
_EXPANSION = re.compile(
    # (the words separated by spaces, hyphens or commas: « MIF (Motivations, Inhibitions,
    # Freins) », « SWOT (Strengths, Weaknesses, Opportunities and Threats) »)
    r"\b[A-Z][A-Za-z]{1,6}s?\s*\((?:[A-Z][\w'’-]*(?:,\s*|\s+(?:et|and|&)\s+|[\s-]+)){1,6}"
    r"[A-Z][\w'’-]*\)"
    r"|\b(?:[A-Z][\w'’-]*[\s-]+){1,5}[A-Z][\w'’-]*\s*\([A-Z]{2,7}s?\)"
)


def without_expansions(written: str) -> str:
    """``written`` without its acronyms spelt out in brackets."""
    return _EXPANSION.sub(" ", written) if "(" in written else written


def names_someone(written: str) -> bool:
    """``written`` names someone or something in title case mid-sentence, an
    acronym's spelt-out words left aside."""
    return bool(_NAME_MID_SENTENCE.search(without_expansions(written)))


# A rule stated for everyone, as in a course or a law summary: « Les entreprises
# doivent tenir un registre », « Tout site marchand doit afficher… ». Not the
# candidate's work unless the sentence holds something of the company. « Le site
# doit… » is the candidate's own specification (a cahier des charges), not this.
_GENERIC_RULE = re.compile(
    r"^[\s\-–•*]*(?:les|toute|tout|toutes|tous les|chaque|une|un)\s+"
    r"(?:entreprises?|societes?"
    r"|sites?(?: (?:e-commerce|marchands?|internet|web|de vente en ligne))?"
    r"|boutiques? en ligne|e-commercants?|commercants?|vendeurs?(?: en ligne)?|marchands?"
    r"|organismes?|professionnels?|editeurs?(?: de sites?)?|responsables? (?:du|de) traitement)"
    r"\b[^.;:]{0,40}?\b(?:doit|doivent|est tenue?|sont tenue?s|a l'obligation|ont l'obligation"
    r"|est obligee?|sont obligee?s)\b"
    r"|^[\s\-–•*]*(?:la loi|le rgpd|la cnil|le code de la consommation|la reglementation)"
    r"\s+(?:impose|imposent|oblige|exige|prevoit|demande)\b"
)


# What any such document must say (« Les CGV doivent préciser… », « Elles doivent
# notamment mentionner le délai de 14 jours »): a course on the law, not this site's
# analysis — the law's own figures (14 jours, 2 ans) say nothing of the company.
_GENERIC_DOCUMENT = re.compile(
    r"^[\s\-–•*]*(?:les (?:cgv|cgu|conditions generales(?: de vente| d'utilisation)?"
    r"|mentions legales|politiques? de confidentialite)|elles|ils)\s+(?:doivent|doit)\s+"
    r"(?:notamment |obligatoirement |aussi |egalement |toujours )?(?:preciser|mentionner|indiquer"
    r"|contenir|comporter|prevoir|respecter|informer|afficher|presenter|rappeler"
    r"|faire apparaitre)\b"
)
#: The candidate speaking of their own work (shared with ``context.own_facts``).
FIRST_PERSON = re.compile(r"\b(?:nous|notre|nos|je|j'|mon|ma|mes|on a|on constate)\b")


@lru_cache(maxsize=65536)
def generic_rule(folded: str, written: str) -> bool:
    """A rule stated for every company, with nothing of this one in it."""
    if _GENERIC_DOCUMENT.match(folded):
        return not FIRST_PERSON.search(folded) and not names_someone(written)
    if not _GENERIC_RULE.match(folded):
        return False
    return not _OWN_FACTS.search(folded) and not names_someone(written)


# A model stated as a course: « Le processus d'achat comporte cinq étapes : … ».
_COURSE_MODEL = re.compile(
    r"^[\s\-–•*]*(?:le|la|l'|les|un|une)\s*[\w' .()-]{2,40}?\s+(?:comporte|comportent|comprend"
    r"|comprennent|se compose|se composent|se decompose|se decomposent|se deroule|se deroulent"
    r"|repose|reposent|distingue|distinguent|se divise|se divisent|passe par|passent par"
    r"|se classent|se repartissent|se repartit|regroupe|regroupent)\b"
    # « Les principaux freins sont connus : … », « Les différents leviers sont : … ».
    r"|^[\s\-–•*]*les (?:principa(?:ux|les)|grand(?:s|es)|different(?:s|es)|classiques"
    r"|usuel(?:s|les))\s+[\w' -]{2,50}?\s+sont\s+"
    r"(?:(?:bien |deja )?connu(?:e?s)?|les suivant(?:e?s)|classiquement)?\s*:"
)


# An author cited for a course: « Selon Kotler et Dubois, … », « D'après Porter, … ».
_AUTHORITY = re.compile(
    r"^[\s\-–•*]*(?:[Ss]elon|[Dd]['’]apr[eè]s|[Cc]omme l['’]explique(?:nt)?)\s+"
    r"(?:(?:[A-ZÉ][\w'’-]+(?:\s+(?:et|&)\s+|\s+|,\s*)?){1,4}(?:\(\d{4}\))?"
    # or a body of knowledge: « Selon la théorie classique du comportement du consommateur, »
    r"|(?:la |les )(?:theorie|théorie|litterature|littérature|modele|modèle|auteurs|manuels"
    r"|cours|travaux|specialistes|spécialistes|experts)\b[^,.;]{0,60})\s*,\s*"
)


# The author a concept is credited to, anywhere in the sentence: « une méthode théorisée
# par Laurent Bourrelly », « le modèle popularisé par Philip Kotler (1967) ».
_CREDITED = re.compile(
    r",?\s*(?:th[ée]oris[ée]e?s?|invent[ée]e?s?|popularis[ée]e?s?|conceptualis[ée]e?s?"
    r"|formalis[ée]e?s?|mod[ée]lis[ée]e?s?|imagin[ée]e?s?)\s+par\s+"
    r"(?:[A-ZÉ][\w'’-]+(?:\s+(?:et|&)\s+|\s+)?){1,4}(?:\(\d{4}\))?"
)


def _uncited(folded: str, written: str) -> tuple[str, str]:
    """The sentence without the author cited at its start, or credited with the
    concept (« théorisée par Laurent Bourrelly »): the course's source, not a fact of
    the company."""
    cited = _AUTHORITY.match(written)
    if cited:
        folded, written = folded[cited.end() :], written[cited.end() :]
    credited = _CREDITED.search(written)
    if credited and len(folded) == len(written):
        a, b = credited.span()
        folded, written = folded[:a] + folded[b:], written[:a] + written[b:]
    return folded, written


# A law or a regulator described as in a course: « Le RGPD, entré en application en
# 2018, encadre… », « La loi Hamon impose… », « En France, la CNIL contrôle… ». Its
# dates and rates (« jusqu'à 4 % du chiffre d'affaires ») are the law's, not the company's.
_LAW_COURSE = re.compile(
    r"^[\s\-–•*]*(?:en (?:france|europe),?\s*|depuis [^,]{1,30},\s*)?(?:le|la|l'|les)\s*"
    r"(?:rgpd|reglements?|lois?|directives?|cnil|code (?:de la consommation|civil|du commerce)"
    r"|dsp ?2|reglementation|legislation|droit (?:de la consommation|de retractation)"
    r"|garanties? legales?)\b[^.;]{0,120}?\b(?:encadrent|encadre|imposent|impose|obligent|oblige"
    r"|exigent|exige|prevoient|prevoit|protegent|protege|definissent|definit|regissent|regit"
    r"|s'appliquent|s'applique|reglemente|fixent|fixe|garantissent|garantit|interdisent"
    r"|interdit|instaure|controle|sanctionne|repose sur|est entree? en (?:vigueur|application))\b"
)


@lru_cache(maxsize=65536)
def course_sentence(folded: str, written: str) -> bool:
    """A sentence that defines or states a model like a course, with nothing of
    the company in it (no figure, first person or name); an author cited at its
    start (« Selon Kotler, … ») is the course's source, not the company. A law
    described in general (« Le RGPD encadre… ») is a course too, whatever its
    dates and rates, as long as no one speaks in the first person."""
    if course_model(folded, written):
        return True
    if _LAW_COURSE.match(folded) and not FIRST_PERSON.search(folded):
        return True
    folded, written = _uncited(folded, written)
    match = _DEFINITION.match(folded)
    if not (match and (match.group("subject") or match.group("named"))) or _decided(match):
        return False
    return not _OWN_FACTS.search(folded) and not names_someone(written)


# A tool presented as in a course: « Google Analytics est un service gratuit d'analyse
# d'audience proposé par Google », « Semrush est une plateforme de référencement ».
_TOOL_DEFINITION = re.compile(
    r"^[\s\-–•*]*[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3}\s+(?:est|sont)\s+(?:un|une|des)\s+"
    r"(?:\w+\s+)?(?:services?|outils?|logiciels?|plateformes?|solutions?|applications?|suites?"
    r"|extensions?|modules?|plugins?|sites?)\b"
)


@lru_cache(maxsize=65536)
def tool_definition(folded: str, written: str) -> bool:
    """A tool defined as in a course, with nothing of the company: no first person,
    no figure (its maker's name is no fact of the candidate's)."""
    if not _TOOL_DEFINITION.match(written):
        return False
    return not FIRST_PERSON.search(folded) and not re.search(r"\d", folded)


# A sentence that says it recalls a course: « Rappel de cours : la retouche désigne… »,
# « D'après le cours du module 4, on cherche les volumes… », « Comme vu en cours, … ».
_COURSE_RECALL = re.compile(
    r"[\s\-–•*]*(?:rappels? (?:de cours|theoriques?|methodologiques?)\s*:"
    r"|(?:d'apres|selon) (?:le|mon|notre) (?:cours|support de cours|module)\b"
    r"|comme (?:vu|appris) en (?:cours|formation)\b|en cours,? (?:on|nous) a(?:vons)? vu\b)"
)


@lru_cache(maxsize=65536)
def course_model(folded: str, written: str) -> bool:
    """A model stated like a course (« Le processus d'achat se décompose en cinq
    étapes : … »), nothing of the company in it: none of its words is evidence; so
    is a sentence that says it recalls a course (« Rappel de cours : … », « D'après
    le cours du module 4, … ») unless its author speaks of the company (« je »,
    « nous », « notre »)."""
    if _COURSE_RECALL.match(folded) and not FIRST_PERSON.search(folded):
        return True
    folded, written = _uncited(folded, written)
    if not _COURSE_MODEL.match(folded):
        return False
    return not _OWN_FACTS.search(folded) and not names_someone(written)


# A subject qualified as decided (« l'objectif fixé est de… », « la solution retenue est
# une… ») states the candidate's own choice, not a textbook definition.
_DECIDED_SUBJECT = re.compile(
    r"\b(?:fixe|retenu|retenue|choisi|vise|valide|decide|arrete|poursuivi)e?s?\s*$"
)


def _decided(match: re.Match[str]) -> bool:
    subject = match.group("subject")
    return bool(subject and _DECIDED_SUBJECT.search(subject))


@lru_cache(maxsize=65536)
def _definition_span(folded: str, written: str) -> tuple[int, int] | None:
    """Where the defined word sits in a textbook definition with nothing of the
    company, or None (once per sentence: its hits only compare spans). An author or a
    body of knowledge cited at its start (« Selon la théorie classique, … ») is skipped."""
    bare, bare_written = _uncited(folded, written)
    shift = len(folded) - len(bare)
    match = _DEFINITION.match(bare)
    if match is None or _decided(match):
        return None
    group = "subject" if match.group("subject") else "named"
    if not match.group(group):
        return None
    if _OWN_FACTS.search(bare) or names_someone(bare_written):
        return None
    start, end = match.span(group)
    return start + shift, end + shift


def _definition_of_hit(folded: str, written: str, start: int, end: int) -> bool:
    """A textbook definition of the hit's word, with nothing of the company."""
    span = _definition_span(folded, written)
    return span is not None and span[0] <= start and end <= span[1] + 1


# Reporting that an objective was missed is a finding, not a missing piece.
_FINDING = re.compile(
    r"\bn'(?:est|a|ont|sont|etait|avait)\s+pas\s+(?:ete\s+)?(?:atteint|respecte|tenu|rempli|"
    r"realise|suffisant|concluant|rentable)e?s?\b|\bpas (?:de|d')\s*(?:frais|engagement)\b"
    # « le taux de rebond n'atteint pas son objectif » (present, imperfect): a result.
    r"|\bn'(?:atteint|atteignent|atteignait|atteignaient) pas\b"
    # « nous avons manqué de personnel » (the verb, past): what went wrong, not a
    # missing piece (« un manque de SWOT » stays a negation).
    r"|\b(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient)\s+(?:\w+\s+)?manque"
    r" (?:de|d')"
    # « pourquoi ces partenaires et pas d'autres » : the reason for a choice, not an absence.
    r"|\b(?:et|mais) pas (?:d'autres|les autres|un autre|une autre|ailleurs)\b"
    # An audit's finding about the state before the work (« les CGV n'indiquaient pas le
    # point de départ du délai »), and a comparison (« Colissimo n'est pas le moins cher »).
    r"|\b(?:n'|ne )(?:indiquai|mentionnai|precisai|prevoyai|respectai|affichai|comportai"
    r"|contenai|proposai|permettai|rappelai)(?:t|ent) (?:pas|aucun|aucune|jamais)\b"
    r"|\bn'(?:est|etait|sont|etaient) pas (?:le|la|l'|les) (?:moins|plus|mieux|meilleure?s?)\b"
    # Adding, not denying: « la mesure ne se limite pas aux ventes », « pas seulement ».
    r"|\bne se limit(?:e|ent|ait|aient) pas\b|\bpas (?:seulement|uniquement)\b|\bnon seulement\b"
    # A hedge qualifies, it does not deny (« le prix n'est pas forcément le frein »).
    r"|\b(?:n'|ne\s+)[\w-]+\s+(?:[\w-]+\s+)?pas\s+(?:forcement|necessairement)\b"
    # A ceiling is a constraint (« le budget ne doit pas dépasser 5 000 € »).
    r"|\b(?:ne|n')\s*(?:\w+\s+)?pas\s+(?:depasser|exceder)\b"
    # (« que le budget ne dépasse pas 38 000 € », « n'excède pas six semaines »)
    r"|\b(?:ne\s+depass|n'exced)(?:e|ent|era|eront|ait|aient)\s+pas\b"
    # What a measured share of people did not do is a finding (« 8/10 n'avaient jamais
    # compris la commission », « 62 % des paniers n'aboutissent pas »).
    r"|\b\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+|sur \d+)\s+(?:[\w'-]+\s+){0,5}?(?:ne\s+|n')[\w-]+\s+"
    r"(?:[\w-]+\s+)?(?:pas|jamais|plus)\b"
    # A rule the candidate sets, not an absence: an item or clause opening on an
    # infinitive denied (« Ne jamais renvoyer vers l'accueil », « – ne pas relancer plus
    # de deux fois »), and « toujours X, jamais Y ».
    # (« ne » with no word before it, written after the literal: an alternation whose
    # branches all open on a letter or a boundary is scanned fast.)
    r"|\bne(?<![\w'’] ne) (?:pas|jamais|plus) (?:[lmts]'|[\w-]+ )?[\w-]+(?:er|ir|re)\b"
    r"|\btoujours\b[^.;!?]{0,60}?\bjamais\b"
    # Two denials affirm (« aucune commande ne part sans contrôle », « jamais sans devis »).
    r"|\baucune?\s+[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:ne|n')\s*[^.;!?]{0,40}?\bsans\b|\bjamais sans\b"
)


#: What is left to settle with someone, named first (« Durées à estimer avec l'agence lors
#: du rendez-vous »; not « Oney en 3x : tranche à fixer avec… », the offer named first).
_TODO_LEFT = re.compile(
    r"[\s\-–•*_]*(?:[\w'-]+ ){0,3}[\w'-]+s a (?:definir|preciser|fixer|chiffrer|evaluer"
    r"|estimer|determiner) (?:avec|lors|ensemble|d'ici|courant)\b"
)


#: A tutor's or a trainer's feedback addressed to the candidate (« tu listes trois
#: magasins mais tu ne dis jamais pourquoi », « il te manque les chiffres »): not the
#: candidate's work. Every match holds « tu » or « te ».
_FEEDBACK = re.compile(
    r"\btu (?:ne (?:dis|donnes|precises|justifies|chiffres|expliques|montres|relies) (?:pas|jamais"
    r"|rien)|n'as pas (?:\w+ )?(?:justifie|precise|chiffre|explique|dit|mis|indique|argumente"
    r"|montre|relie)|aurais (?:du|pu|interet a)|devrais|devras)\b|\bil te (?:manque|reste a)\b"
)


def _feedback(sentence: str) -> bool:
    return ("tu " in sentence or " te " in sentence) and _FEEDBACK.search(sentence) is not None


@lru_cache(maxsize=65536)
def _sentence_reason(sentence: str) -> str | None:
    if _todo(sentence) or _TODO_LEFT.match(sentence):
        return "todo"
    if _FUTURE.search(sentence):
        return "future"
    if _instruction(sentence):
        return "instructions"
    if _NOTE_TO_SELF.search(sentence) or _REMINDER.match(sentence):
        return "note"
    if _feedback(sentence):
        return "appraisal"
    return None


@lru_cache(maxsize=65536)
def _written_reason(folded: str, written: str) -> str | None:
    """Guards that need the sentence as written (capitals)."""
    if _ASK_SOMEONE.search(written):
        return "note"
    stripped = folded.strip()
    # « Twitch ? », « Pinterest ? » : a hesitation, not a choice.
    if stripped.endswith("?") and len(stripped.split()) <= 3 and ":" not in stripped:
        return "note"
    return None


@lru_cache(maxsize=65536)
def _is_negated(clause: str) -> bool:
    return bool(_NEGATION.search(_FINDING.sub(" ", clause)))


def sentence_guard(unit: Unit, start: int, end: int) -> str | None:
    """A reason the hit at ``start:end`` is not evidence (negation, to-do…)."""
    s_start, s_end = unit.sentence_at(start)
    folded = unit.folded[s_start:s_end]
    reason = _sentence_reason(folded)
    if reason:
        return reason
    if len(unit.folded) == len(unit.text):
        written = unit.text[s_start:s_end]
        reason = _written_reason(folded, written)
        if reason:
            return reason
        if _definition_of_hit(folded, written, start - s_start, end - s_start):
            return "definition"
        if course_model(folded, written):
            return "definition"
        if tool_definition(folded, written):
            return "definition"
        if generic_rule(folded, written):
            return "generic"
    # Every negation holds one of these words: a sentence without them needs no clause.
    if _NEGATION_WORD.search(folded) and _is_negated(unit.clause_at(start, end)):
        return "negation"
    return None


#: A ticked box opening a checklist item (« [x] », « ☑ », « ✓ »): work done. The unticked
#: one (« [ ] », « ☐ ») is a to-do (``_TODO``).
_TICKED = re.compile(r"[\s\-–•*]*(?:\[[xX✓✔]\]|[☑☒✓✔✅])")


def is_ticked(text: str) -> bool:
    """The item opens on a ticked box."""
    return _TICKED.match(text) is not None


# A spreadsheet's error value (« #DIV/0! », « #VALEUR! », « #N/A »): a formula whose
# inputs were never filled, a result not computed.
_SHEET_ERROR = re.compile(
    r"^#(?:div/0|value|valeur|ref|n/a|name|nom|num|nombre|null|nul|spill|propagation|calc)[!?]?$"
)


@lru_cache(maxsize=65536)
def is_placeholder(text: str) -> bool:
    """A table cell or line that holds nothing: empty, dashes, "à compléter", a
    spreadsheet's error value."""
    folded = fold(text).strip(" .…-–—_?!:;/")
    if not folded:
        return True
    if _SHEET_ERROR.match(fold(text).strip()):
        return True
    return _todo(folded) or folded in {"x", "xx", "xxx", "tbd", "todo", "?", "etc"}


#: A list item's label, at most this many words, before a colon.
_BLANK_LABEL_WORDS = 6


@lru_cache(maxsize=65536)
def left_blank(item: str) -> bool:
    """An item that names a point and leaves it empty: « Temps de chargement : »,
    « Budget : à compléter », « Responsable : ? »."""
    label, colon, rest = item.strip().partition(":")
    if not colon or not label.strip() or len(label.split()) > _BLANK_LABEL_WORDS:
        return False
    return not rest.strip() or is_placeholder(rest)


@lru_cache(maxsize=65536)
def is_todo(text: str) -> bool:
    """Text is a to-do, a promise, a note to self or a grading instruction."""
    folded = fold(text)
    return bool(
        _todo(folded)
        or _TODO_LEFT.match(folded)
        or _FUTURE.search(folded)
        or _NOTE_TO_SELF.search(folded)
        or _REMINDER.match(folded)
        or _instruction(folded)
    )


def unnegated_clauses(folded: str) -> list[str]:
    """The clauses of a negated folded sentence that are not negated themselves:
    « pas de relance, mais on a suivi chaque panier : 42 abandons » keeps its second
    clause; a sentence of one clause keeps nothing."""
    spans = clause_spans(folded)
    if len(spans) < 2:
        return []
    return [folded[a:b] for a, b in spans if not _is_negated(folded[a:b])]


@lru_cache(maxsize=65536)
def is_negated_or_todo(text: str) -> bool:
    """Whole text is a to-do, a promise or a negation (used for sections)."""
    return is_todo(text) or _is_negated(fold(text))


class EchoGuard:
    """Recognises sentences that merely copy a criterion of the référentiel."""

    def __init__(self, criterion_texts: Iterable[str]) -> None:
        self.texts = [fold(t).strip(" .") for t in criterion_texts]
        self._cache: dict[str, bool] = {}

    def is_echo(self, sentence: str) -> bool:
        """True when ``sentence`` is (almost) a criterion's text."""
        if not self.texts:
            return False
        cached = self._cache.get(sentence)
        if cached is None:
            cached = self._cache[sentence] = self._is_echo(sentence)
        return cached

    def _is_echo(self, sentence: str) -> bool:
        folded = fold(sentence).strip(" .:")
        if len(folded) < 15:
            return False
        from rapidfuzz import fuzz, process  # imported when first needed: `rules list` stays light

        best = process.extractOne(folded, self.texts, scorer=fuzz.ratio, score_cutoff=ECHO_RATIO)
        return best is not None


from ..messages import GUARD_LABELS  # noqa
