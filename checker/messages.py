"""French user-facing text: statuses, labels and coded messages.

Codes: E1xx input files (E12x: cohort runs of `batch`; E13x: annotated corpus
for `eval`), E2xx rule files, W3xx warnings about extraction (W32x: `batch`).

This is the one catalogue of coded messages: each code is defined here once,
with one meaning, and the code never names anything else
(``tests/test_messages.py`` checks the catalogue and every code the package
uses).
"""

from __future__ import annotations

from .model import Status

STATUS_LABELS: dict[Status, str] = {
    Status.COVERED: "couvert",
    Status.PARTIAL: "partiel",
    Status.MISSING: "manquant",
    Status.JURY: "à l'appréciation du jury",
    Status.UNVERIFIABLE: "invérifiable",
}

STATUS_SYMBOLS: dict[Status, str] = {
    Status.COVERED: "✔",
    Status.PARTIAL: "◐",
    Status.MISSING: "✘",
    Status.JURY: "⚖",
    Status.UNVERIFIABLE: "?",
}

#: French names of the guards that reject evidence (``Evidence.rejected_by``).
GUARD_LABELS = {
    "toc": "ligne de sommaire",
    "header-footer": "en-tête ou pied de page",
    "hidden": "texte invisible",
    "negation": "tournure négative",
    "todo": "à compléter / à faire",
    "future": "promesse (futur), pas une réalisation",
    "echo": "reprise du texte du référentiel",
    "empty-heading": "titre sans contenu",
    "placeholder": "tableau ou liste vide, incomplet ou à compléter",
    "short-section": "partie trop courte",
    "no-calculation": "indicateur cité sans calcul chiffré",
    "inconsistent": "calcul incohérent",
    "glossary": "glossaire (une définition, pas une réalisation)",
    "instructions": "consignes de correction (pas le travail du candidat)",
    "sources": "bibliographie ou sources consultées (des lectures, pas une réalisation)",
    "definition": "définition de cours, sans rien de l'entreprise",
    "generic": "règle générale (« les entreprises doivent… »), sans rien de l'entreprise",
    "note": "note personnelle ou question laissée ouverte",
    "quoted": "extrait de la brochure ou de la plaquette d'un tiers, pas le travail du candidat",
    "appraisal": (
        "appréciation d'un tuteur, d'un formateur ou d'un jury, pas le travail du candidat"
    ),
}

#: Status of a file after reading (fixed vocabulary, shown as is).
FILE_STATUS = {
    "OK": "lu",
    "PARTIEL": "lu en partie",
    "VIDE": "vide",
    "SCAN": "scanné (sans texte)",
    "PROTEGE": "protégé par mot de passe",
    "NON_SUPPORTE": "format non pris en charge",
    "NON_RECONNU": "format non reconnu",
    "ILLISIBLE": "illisible",
    "TROP_VOLUMINEUX": "trop volumineux",
    "DELAI_DEPASSE": "délai dépassé",
    "IGNORE": "ignoré",
}

ACCEPTED_FORMATS = (
    "DOCX (Word), PDF, ODT (LibreOffice Writer), PPTX (PowerPoint), XLSX (Excel) ou ODS"
    " (LibreOffice Calc)"
)

E101 = "[E101] Fichier introuvable : {path}"
E102 = "[E102] Fichier vide (0 octet) : {path}"
E103 = (
    "[E103] Format non pris en charge : {path} ({detail}). Formats acceptés : "
    "{formats}. Ouvrez le fichier dans Word ou LibreOffice et enregistrez-le "
    "en DOCX ou exportez-le en PDF."
)
E104 = "[E104] Fichier illisible : {path} ({detail})"
E105 = (
    "[E105] Fichier protégé par mot de passe : {path}. Enregistrez une copie "
    "sans mot de passe pour qu'il puisse être analysé."
)
E106 = "[E106] Ce chemin est un dossier, pas un fichier : {path}"
E107 = "[E107] Format non reconnu : {path} ({detail}). Formats acceptés : {formats}."
E108 = "[E108] Fichier trop volumineux : {path} ({detail})"
E109 = "[E109] Délai dépassé pendant la lecture de {path} ({detail})"
E110 = "[E110] Aucun document DOCX, PDF, ODT, PPTX, XLSX ou ODS trouvé dans {path}"

W301 = "[W301] Extension trompeuse : {path} est en réalité un fichier {real}"
W302 = "[W302] Modifications suivies : le texte est lu avec les modifications acceptées"
W303 = "[W303] Page(s) sans couche texte (scan ?) : {pages}"
W304 = "[W304] Texte illisible (encodage de police) sur la/les page(s) : {pages}"
W305 = "[W305] Texte invisible ignoré : {count} élément(s) ({detail})"
W306 = "[W306] Contenu tronqué : {detail}"
E111 = "[E111] Le PDF ne contient aucune page : {path}"
E112 = (
    "[E112] Les tables de lemmes du modèle français fr_core_news_sm sont introuvables ou "
    "illisibles ({detail}) : réinstallez l'outil (pip install -e .)."
)
W308 = (
    "[W308] Page(s) scannée(s) lue(s) par OCR (tesseract), confiance moyenne {confidence} : {pages}"
)
W309 = (
    "[W309] Pages scannées non lues : installez tesseract-ocr et tesseract-ocr-fra "
    "(voir README) pour qu'elles soient lues par OCR"
)
W310 = "[W310] OCR interrompu (délai ou nombre de pages) : page(s) {pages} non lue(s)"
OCR_HINT = "pages scannées : installez tesseract-ocr et tesseract-ocr-fra pour les lire par OCR"
W307 = (
    "[W307] PDF endommagé, lecture de secours : texte brut seulement, sans "
    "titres, listes ni tableaux ({detail})"
)

# -- hostile and broken inputs (checker.discover, checker.isolate) --
IGNORED = "ignoré : {path} ({reason})"
DETAIL_CRASH = "le lecteur s'est arrêté brutalement"
DETAIL_KILLED = (
    "le processus de lecture a été arrêté de l'extérieur ; "
    "le fichier sera relu à la prochaine exécution"
)
DETAIL_RETRY = " ; le fichier sera relu à la prochaine exécution"
DETAIL_MEMORY = "la lecture demandait plus de {memory} Mo de mémoire"
DETAIL_TIMEOUT = "lecture arrêtée après {seconds} s"
DETAIL_UNEXPECTED = "erreur inattendue pendant la lecture"
DETAIL_TOO_DEEP = "structure imbriquée trop profonde"

# -- batch outputs and run integrity (checker.batch) --
E120 = "[E120] Impossible d'écrire {path} ({cause})"
E121 = "[E121] Le dossier de la cohorte est introuvable : {path}"
E122 = "[E122] Analyse impossible pour {path} ({detail})"
W320 = (
    "[W320] Un fichier a changé pendant l'analyse : ce rapport décrit les fichiers tels "
    "qu'ils ont été lus ; il n'est pas mis en cache, relancez la commande pour l'actualiser"
)
KEPT = "les résultats déjà calculés sont gardés"
NOT_KEPT = "sans le cache (--no-cache), tout sera relu"
INTERRUPTED = (
    "Interrompu : {done} candidat(s) sur {total} traité(s) ; relancez la même commande "
    "pour reprendre (" + KEPT + "). Les rapports de {out} sont incomplets jusque-là."
)

# -- annotated corpus (checker.evaluation) --
E130 = "[E130] Dossier de corpus introuvable : {path}"
E131 = (
    "[E131] {path} : aucun candidat annoté (sous-dossier avec expected.yaml) ; "
    "voir corpora/README.md"
)

# -- rule files (checker.ruleset) --
E200 = "[E200] Dossier de règles introuvable : {folder}"
E201 = "[E201] {place} : {what}"
#: A rule file writes an option under its former name (still read, for one release).
W330 = "[W330] {where}, clé « {key} » : {what}"

#: French causes of the errors met when writing a file (errno name -> text).
OS_CAUSES = {
    "EACCES": "accès refusé",
    "EPERM": "opération non permise",
    "EROFS": "système de fichiers en lecture seule",
    "ENOSPC": "disque plein",
    "EDQUOT": "quota disque dépassé",
    "EISDIR": "un dossier porte ce nom",
    "ENOTDIR": "un élément du chemin n'est pas un dossier",
    "ENOENT": "dossier introuvable",
    "ENAMETOOLONG": "nom trop long",
    "EIO": "erreur d'entrée-sortie du disque",
    "EMFILE": "trop de fichiers ouverts",
    "EFBIG": "fichier trop grand",
}


def os_cause(error: OSError) -> str:
    """The French cause of an ``OSError`` (its errno), never Python's English text."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    return OS_CAUSES.get(name, f"erreur système {name or error.errno}")
