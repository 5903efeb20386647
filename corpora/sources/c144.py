# Générateur du livrable de la candidate c144 (Nuée SAS, marque D2C de soins visage avec diagnostic de peau en ligne,
# coworking Paris 10e) — blocs 4 et 5, niveau moyen. Un seul PDF A4 : l'export PDF du wiki Notion « Growth & Ops »
# de l'équipe, rendu tel quel au jury. Page 1 = page d'accueil Notion (🏠) avec le sommaire des pages liées ; chaque
# page du wiki commence sur une nouvelle page PDF : fil d'Ariane gris, grand emoji, titre, bloc de propriétés
# (Owner, Tags, Last edited), puis blocs Notion : encadrés (callouts) grisés ouverts par un emoji, toggles dépliés
# « ▸ », cases ☐ / ☑, bases de données en vrais tableaux (propriétés en colonnes, statuts 🟢 / 🟡 / 🔴 en pastilles),
# vue galerie en cartes, liens de pages soulignés. Pas d'en-tête, pas de pied, pas de numéros de page.
# Polices : DejaVu (texte) + deux petites polices d'emoji monochromes embarquées en base64 en fin de fichier
# (« NSym » = sous-ensemble de Symbola ; « NEmo » = 4 pictogrammes dessinés pour 🧴 🧪 🧩 et les pastilles 🟢 🟡,
# absents de Symbola), pour que chaque symbole imprimé existe dans une police et ressorte à l'extraction.
# reportlab, invariant=1 : sortie déterministe.
import base64
import os
import re
import shutil
import tempfile
from contextlib import contextmanager

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
import reportlab.pdfbase.ttfonts as _ttf
from reportlab.platypus import (CondPageBreak, HRFlowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

SLUG = "c144-wiki-notion-cosmetiques-d2c"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", SLUG)
FILE = os.path.join(OUT, "Nuee_Wiki_Growth-Ops_export.pdf")
AUTHOR = "Salomé Verdier"

# ================================================================================================ polices
def _u16(v):
    """Code UTF-16BE d'un caractère, paire de substitution au-delà du plan de base (emoji)."""
    if v > 0xFFFF:
        v -= 0x10000
        return "%04X%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
    return "%04X" % v


def _to_unicode_cmap(fontname, subset):
    """ToUnicode de reportlab, corrigé pour les emoji (> U+FFFF) : sinon ils ressortent faux à l'extraction."""
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
            "<< /Registry (%s)" % fontname, "/Ordering (%s)" % fontname, "/Supplement 0", ">> def",
            "/CMapName /%s def" % fontname, "/CMapType 2 def", "1 begincodespacerange",
            "<00> <%02X>" % (len(subset) - 1), "endcodespacerange", "%d beginbfchar" % len(subset)]
    cmap += ["<%02X> <%s>" % (i, _u16(v)) for i, v in enumerate(subset)]
    cmap += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(cmap)


_ttf.makeToUnicodeCMap = _to_unicode_cmap

FD = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVM", "DejaVuSansMono.ttf")):
    pdfmetrics.registerFont(TTFont(name, FD + f))
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

_TMP = tempfile.mkdtemp(prefix="c144-fonts-")


def _embedded_font(name, b64):
    path = os.path.join(_TMP, name + ".ttf")
    with open(path, "wb") as fh:
        fh.write(base64.b64decode("".join(b64.split())))
    pdfmetrics.registerFont(TTFont(name, path))
    return pdfmetrics.getFont(name).face.charToGlyph


INK = colors.HexColor("#37352F")
GREY = colors.HexColor("#787774")
LINE = colors.HexColor("#E9E9E7")
CALLOUT_BG = {"grey": "#F1F1EF", "yellow": "#FBF3DB", "blue": "#E7F3F8", "red": "#FDEBEC", "green": "#EDF3EC",
              "brown": "#F4EEEE"}
PILL = {"grey": ("#E3E2E0", "#32302C"), "blue": ("#D3E5EF", "#183347"), "green": ("#DBEDDB", "#1C3829"),
        "yellow": ("#FDECC8", "#402C1B"), "red": ("#FFE2DD", "#5D1715"), "purple": ("#E8DEEE", "#412454"),
        "pink": ("#F5E0E9", "#4C2337"), "orange": ("#FADEC9", "#49290E"), "brown": ("#EEE0DA", "#442A1E")}
DOT_COLOR = {"🟢": "#2E9E4F", "🟡": "#D9A21B", "🔴": "#D6332B"}

PW, PH = A4
LM = RM = 2.3 * cm
UW = PW - LM - RM

S_BODY = ParagraphStyle("body", fontName="DV", fontSize=9.2, leading=12.9, textColor=INK, spaceAfter=4.5,
                        alignment=TA_LEFT)
S_CRUMB = ParagraphStyle("crumb", fontName="DV", fontSize=7.8, leading=10, textColor=GREY, spaceAfter=10)
S_ICON = ParagraphStyle("icon", fontName="DV", fontSize=30, leading=35, textColor=INK, spaceAfter=4)
S_TITLE = ParagraphStyle("title", fontName="DV-B", fontSize=21, leading=26, textColor=INK, spaceAfter=8)
S_H1 = ParagraphStyle("h1", fontName="DV-B", fontSize=15.5, leading=20, textColor=INK, spaceBefore=12, spaceAfter=5)
S_H2 = ParagraphStyle("h2", fontName="DV-B", fontSize=12.5, leading=16.5, textColor=INK, spaceBefore=9, spaceAfter=4)
S_H3 = ParagraphStyle("h3", fontName="DV-B", fontSize=10.6, leading=14, textColor=INK, spaceBefore=6, spaceAfter=3)
S_PROPK = ParagraphStyle("propk", fontName="DV", fontSize=8.8, leading=12, textColor=GREY)
S_PROPV = ParagraphStyle("propv", fontName="DV", fontSize=8.8, leading=12, textColor=INK)
S_CELL = ParagraphStyle("cell", fontName="DV", fontSize=7.6, leading=9.8, textColor=INK)
S_CELLH = ParagraphStyle("cellh", fontName="DV", fontSize=7.6, leading=9.8, textColor=GREY)
S_DBT = ParagraphStyle("dbt", fontName="DV-B", fontSize=10.8, leading=14, textColor=INK, spaceBefore=8, spaceAfter=4)
S_CARD = ParagraphStyle("card", fontName="DV", fontSize=7.8, leading=10.2, textColor=INK)

DV_MAP = pdfmetrics.getFont("DV").face.charToGlyph
SYM_MAP = None
EMO_MAP = None
FORCE_EMOJI = set("⚠✍⚖⚙✅❌✨")     # emoji que DejaVu possède en version « texte » : on prend la version emoji


def emo(t):
    """Route chaque caractère absent de DejaVu (ou emoji) vers la police d'emoji qui le contient."""
    out = []
    for ch in t:
        o = ord(ch)
        if ch == "\ufe0f":
            continue
        if o < 0x2000 or (o in DV_MAP and ch not in FORCE_EMOJI):
            out.append(ch)
            continue
        if o in EMO_MAP:
            font = "NEmo"
        elif o in SYM_MAP:
            font = "NSym"
        elif o in DV_MAP:
            out.append(ch)
            continue
        else:
            raise ValueError("glyphe introuvable : %r" % ch)
        col = DOT_COLOR.get(ch)
        if col:
            out.append('<font name="%s" color="%s">%s</font>' % (font, col, ch))
        else:
            out.append('<font name="%s">%s</font>' % (font, ch))
    return "".join(out)


def fmt(t):
    """**gras**, *italique*, `code`, [[lien de page]], {@mention}, {{pastille|couleur}}, ~~barré~~."""
    t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"`([^`]+)`", r'<font name="DVM" size="8.4" color="#EB5757" backColor="#F2F1EE">\1</font>', t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<i>\1</i>", t)
    t = re.sub(r"~~(.+?)~~", r"<strike>\1</strike>", t)
    t = re.sub(r"\[\[(.+?)\]\]", r'<u>\1</u>', t)
    t = re.sub(r"\{@([^}]+)\}", r'<font color="#9B9A97">@\1</font>', t)

    def pill(m):
        txt, c = m.group(1), m.group(2) if m.group(2) else "grey"
        bg, fg = PILL[c]
        return '<font backColor="%s" color="%s">\u00a0%s\u00a0</font>' % (bg, fg, txt)

    t = re.sub(r"\{\{([^|}]+)(?:\|(\w+))?\}\}", pill, t)
    t = re.sub(r" ([:;?!»])", "\u00a0\\1", t).replace("« ", "«\u00a0")
    return emo(t)


# ================================================================================================ blocs Notion
S = []
IND = [0.0]


@contextmanager
def indent(step=16):
    IND[0] += step
    try:
        yield
    finally:
        IND[0] -= step


def _st(base, **kw):
    key = (base.name, IND[0], tuple(sorted(kw.items())))
    if key not in _STYLES:
        kw = dict(kw)
        left = kw.pop("leftIndent", base.leftIndent) + IND[0]
        _STYLES[key] = ParagraphStyle("s%d" % len(_STYLES), parent=base, leftIndent=left, **kw)
    return _STYLES[key]


_STYLES = {}


def _wrap(flow, width):
    """Décale un tableau de l'indentation courante (contenu de toggle)."""
    if IND[0] <= 0:
        return flow
    t = Table([["", flow]], colWidths=[IND[0], width])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    t.hAlign = "LEFT"
    return t


def p(t, style=S_BODY, **kw):
    S.append(Paragraph(fmt(t), _st(style, **kw)))


def h1(t):
    S.append(CondPageBreak(3 * cm))
    p(t, S_H1)


def h2(t, need=2.5):
    S.append(CondPageBreak(need * cm))
    p(t, S_H2)


def h3(t):
    S.append(CondPageBreak(2 * cm))
    p(t, S_H3)


def bl(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            with indent(14):
                bl(it)
            continue
        S.append(Paragraph(fmt(it), _st(S_BODY, bulletIndent=IND[0] + 2, leftIndent=14, spaceAfter=2.5),
                           bulletText="•"))


def nl(items, start=1):
    for k, it in enumerate(items, start):
        S.append(Paragraph(fmt(it), _st(S_BODY, bulletIndent=IND[0], leftIndent=16, spaceAfter=2.5),
                           bulletText="%d." % k))


def todo(items):
    for done, it in items:
        if done:
            txt = '<font name="DV" color="#2383E2">☑</font>\u00a0 <font color="#9B9A97"><strike>%s</strike></font>' % fmt(it)
        else:
            txt = "☐\u00a0 " + fmt(it)
        S.append(Paragraph(txt, _st(S_BODY, spaceAfter=2.5)))


def divider():
    S.append(HRFlowable(width="100%", thickness=0.6, color=LINE, spaceBefore=4, spaceAfter=8))


def callout(icon, lines, tone="grey"):
    if isinstance(lines, str):
        lines = [lines]
    w = UW - IND[0]
    body = [Paragraph(fmt(x), ParagraphStyle("cb", parent=S_BODY, spaceAfter=2.5)) for x in lines]
    ic = Paragraph(fmt(icon), ParagraphStyle("ci", parent=S_BODY, fontSize=12, leading=15))
    t = Table([[ic, body]], colWidths=[0.85 * cm, w - 0.85 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(CALLOUT_BG[tone])),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (0, 0), 8), ("LEFTPADDING", (1, 0), (1, 0), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    t.hAlign = "LEFT"
    S.append(Spacer(1, 3))
    S.append(_wrap(t, w))
    S.append(Spacer(1, 6))


def toggle(title):
    """Ligne de toggle « ▸ » ; le contenu suit dans un bloc `with indent():`."""
    S.append(CondPageBreak(1.6 * cm))
    S.append(Paragraph("▸\u00a0 " + fmt(title), _st(S_BODY, spaceAfter=3)))


def db(title, headers, rows, widths, view="Table", note=None):
    """Base de données Notion en vue tableau : titre, onglet de vue, propriétés en colonnes."""
    w = UW - IND[0]
    S.append(CondPageBreak(3 * cm))
    S.append(Paragraph(fmt("**%s**" % title) + '\u00a0\u00a0<font size="7.8" color="#787774">▦ %s</font>' % view,
                       _st(S_DBT)))
    hs = [Paragraph(fmt(h), S_CELLH) for h in headers]
    data = [hs] + [[Paragraph(fmt(str(c)), S_CELL) for c in r] for r in rows]
    tw = sum(widths)
    t = Table(data, colWidths=[x * w / tw for x in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.6, LINE), ("LINEBELOW", (0, 0), (-1, -1), 0.6, LINE),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.6, LINE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6)]))
    t.hAlign = "LEFT"
    S.append(_wrap(t, w))
    cnt = '<font size="7.6" color="#9B9A97">COUNT\u00a0 %d</font>' % len(rows)
    S.append(Paragraph(cnt, _st(S_BODY, spaceBefore=2, spaceAfter=8)))
    if note:
        p(note)


def gallery(title, cards, cols=3):
    w = UW - IND[0]
    S.append(CondPageBreak(4 * cm))
    S.append(Paragraph(fmt("**%s**" % title) + '\u00a0\u00a0<font size="7.8" color="#787774">⊞ Gallery</font>',
                       _st(S_DBT)))
    cw = w / cols
    cells = []
    for icon, ttl, cat, col, date, who in cards:
        cover = Table([[Paragraph(fmt(icon), ParagraphStyle("cv", parent=S_BODY, fontSize=15, leading=18))]],
                      colWidths=[cw - 10], rowHeights=[0.85 * cm])
        cover.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F1EC")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        inner = [cover, Spacer(1, 4), Paragraph(fmt("**%s**" % ttl), S_CARD), Spacer(1, 2),
                 Paragraph(fmt("{{%s|%s}}" % (cat, col)), S_CARD),
                 Paragraph(fmt('%s · {@%s}' % (date, who)), ParagraphStyle("cd", parent=S_CARD, textColor=GREY))]
        cells.append(inner)
    while len(cells) % cols:
        cells.append("")
    rows = [cells[i:i + cols] for i in range(0, len(cells), cols)]
    t = Table(rows, colWidths=[cw] * cols)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5),
          ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 5),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for r in range(len(rows)):
        for c in range(cols):
            if rows[r][c] != "":
                st.append(("BOX", (c, r), (c, r), 0.6, LINE))
    t.setStyle(TableStyle(st))
    t.hAlign = "LEFT"
    S.append(t)
    S.append(Spacer(1, 8))


def page(icon, title, owner, tags, edited, crumb=True, first=False):
    if not first:
        S.append(PageBreak())
    if crumb:
        S.append(Paragraph(fmt("Nuée Wiki / %s %s" % (icon, title)), S_CRUMB))
    else:
        S.append(Paragraph(fmt("Nuée Wiki"), S_CRUMB))
    S.append(Paragraph(fmt(icon), S_ICON))
    S.append(Paragraph(fmt(title), S_TITLE))
    pills = " ".join("{{%s|%s}}" % tg for tg in tags)
    rows = [[Paragraph(fmt("👤\u00a0 Owner"), S_PROPK), Paragraph(fmt("{@%s}" % owner), S_PROPV)],
            [Paragraph(fmt("≡\u00a0 Tags"), S_PROPK), Paragraph(fmt(pills), S_PROPV)],
            [Paragraph(fmt("🕒\u00a0 Last edited"), S_PROPK), Paragraph(fmt(edited), S_PROPV)]]
    t = Table(rows, colWidths=[3.6 * cm, UW - 3.6 * cm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    t.hAlign = "LEFT"
    S.append(t)
    divider()


def link(icon_title, desc=None):
    t = "→ [[%s]]" % icon_title
    if desc:
        t += " — " + desc
    return t


# ================================================================================================ pages
PAGES = [("📌", "Roadmap", "sprints 12 → 16, objectifs et résultats"),
         ("✍️", "Ligne éditoriale", "ton Nuée + comment on écrit un article du Journal"),
         ("🧴", "Template PDP", "ordre des blocs, search terms, éléments de décision"),
         ("📸", "Brief créa & shootings", "presta créa, shot list, specs assets"),
         ("📰", "Journal Nuée", "les 14 articles du blog"),
         ("🛒", "Checkout & funnel", "checkout flow + base des blockers"),
         ("🔍", "Insights Hotjar", "heatmaps & recordings"),
         ("🧪", "CDC formule Sérum Brume", "brief formule v2 pour le labo"),
         ("🧩", "Brief tech — Quiz v2", "le brief tech du nouveau Diagnostic peau"),
         ("🤝", "Shortlist agences", "choix de l'agence du Quiz v2"),
         ("⚖️", "Legal & consent", "CGV, cookies"),
         ("📦", "Ops — stock & 3PL", "Stockéo, stock, réassort"),
         ("🚚", "Carriers", "classement coût × CO2e"),
         ("🗓️", "Meeting notes", "sync hebdo, 1:1, points presta"),
         ("📊", "Dashboard SAV", "tickets et temps de réponse")]


def p_home():
    page("🏠", "Nuée — Wiki Growth & Ops (export pour le jury)", "Salomé Verdier",
         [("wiki", "grey"), ("growth", "pink"), ("ops", "blue")], "14 avril 2026 16:02", crumb=False, first=True)
    callout("💡", ["Hello 👋 Ce PDF, c'est l'export brut de notre wiki Notion Growth & Ops, celui qu'on ouvre tous les "
                   "jours chez Nuée. Exporté le 14/04 avec les toggles dépliés, sans retouche : c'est notre vraie façon "
                   "de bosser.",
                   "**Salomé Verdier** — alternante Growth & Ops, Bachelor Chef de projet e-commerce 2025-2026, "
                   "session 2026. Tutrice : {@Clémence Aubry} (CEO). Je maintiens le wiki à jour (enfin, j'essaie 🙃)."])
    h2("Nuée en 30 secondes")
    bl(["Skincare visage en direct-to-consumer, lancée en 2022 par **Clémence Aubry** et **Yacine Belkadi** — "
        "coworking Paris 10e, 9 personnes + freelances",
        "CA 2025 : **2,1 M€ HT** — 88 % sur notre site Shopify, 12 % en pop-ups & concept stores",
        "Formules fabriquées par **Laboratoires Estérel** (Grasse) · stock & expé chez **Stockéo** (Saran)",
        "La gamme : Sérum Brume — niacinamide 10 % — 30 ml (29 €) · Crème Nuage 50 ml (34 €) · Baume Aube "
        "démaquillant 100 ml (26 €) · Recharge Crème Nuage (27 €) · Rituel Trio (79 €)",
        "**Routine abonnée** : −10 % et un envoi tous les 60 jours · livraison offerte dès 45 €",
        "Le **Diagnostic peau** (quiz de 8 questions) est en train d'être refait → Quiz v2 · on garde un œil sur "
        "Lumière Brute, Oléa Paris, Dermaclaire"])
    h2("🗂️ Sommaire du wiki")
    for ic, ti, desc in PAGES:
        p(link("%s %s" % (ic, ti), desc), spaceAfter=3)
    p("**Team** : {@Clémence Aubry} CEO · {@Yacine Belkadi} COO (labo, stock) · {@Jade Morel} content · "
      "{@Hugo Tran} dev Shopify freelance · {@Inès Sarr} et {@Malo Guérin} customer care · {@Lou Castagné} "
      "photographe freelance · {@Salomé Verdier} Growth & Ops (alternance), un peu partout 😅")


def p_roadmap():
    page("📌", "Roadmap", "Salomé Verdier", [("roadmap", "blue"), ("sprints", "purple")], "14 avril 2026 15:48")
    p("Sprints de 2 semaines, démarrage le lundi. Sprint 12 = 9–20 mars, sprint 16 = 4–15 mai. On choisit les sujets "
      "en sync hebdo du lundi (" + link("🗓️ Meeting notes") + "). Le backlog complet est dans la vue « Backlog » "
      "(pas exportée, trop long).")
    callout("🎯", ["**Cibles growth 2026** validées avec {@Clémence Aubry} en janvier :",
                   "• CVR 2,8 %", "• quiz complété 60 %"], tone="blue")
    db("Roadmap — Sprints 12 → 16",
       ["Aa Nom", "Sprint", "Statut", "Responsable", "Échéance", "Objectif", "Résultat"],
       [["Refonte PDP Sérum Brume (nouveau template)", "S12", "{{🟢 Done|green}}", "{@Jade}", "20/03/2026",
         "plus de temps passé sur la PDP", "Temps moyen sur la page 0:48 → 1:12"],
        ["Shooting packshots printemps", "S12", "{{🟢 Done|green}}", "{@Salomé}", "10/03/2026", "25 packshots",
         "25 livrés"],
        ["Brief tech Quiz v2 → 3 agences", "S12", "{{🟢 Done|green}}", "{@Salomé}", "13/03/2026", "", "envoyé"],
        ["Shortlist agences Quiz v2", "S13", "{{🟢 Done|green}}", "{@Salomé}", "27/03/2026", "choisir l'agence",
         "Kodama Digital"],
        ["Bannière cookies : refuser = accepter", "S13–S14", "{{🟡 En cours|yellow}}", "{@Hugo}", "10/04/2026", "", ""],
        ["Checkout : blockers mobile", "S14", "{{🟡 En cours|yellow}}", "{@Hugo}", "17/04/2026", "CVR 2,8 %", ""],
        ["Quiz v2 — dev Kodama", "S14–S16+", "{{🟡 En cours|yellow}}", "{@Salomé}", "15/07/2026",
         "quiz complété 60 %", ""],
        ["Installer Hotjar", "S14", "{{🔴 Bloqué|red}}", "{@Hugo}", "17/04/2026", "", "attend la bannière cookies"],
        ["UGC TikTok ×6 pour le drop de septembre", "S14–S15", "{{🟡 En cours|yellow}}", "{@Jade}", "24/04/2026", "",
         ""],
        ["4 articles Journal (avril)", "S14–S15", "{{🟡 En cours|yellow}}", "{@Jade}", "01/05/2026", "", ""],
        ["Renégo Mondial Relay", "S15", "{{🟡 En cours|yellow}}", "{@Salomé}", "30/04/2026", "", ""],
        ["CGV v3 (rétractation vs promesse 30 jours)", "S15", "{{🔴 Bloqué|red}}", "{@Clémence}", "", "",
         "attend l'avocate"],
        ["Template PDP → Crème Nuage + Baume Aube", "S16", "{{🟡 En cours|yellow}}", "{@Jade}", "15/05/2026", "", ""]],
       [3.9, 1.1, 1.9, 1.5, 1.8, 2.0, 2.5])
    toggle("**Règles de la roadmap** (à relire si tu arrives dans l'équipe)")
    with indent():
        bl(["Max 3 gros sujets par sprint, le reste va au backlog",
            "Un sujet = un owner, même si on est trois dessus",
            "Statut mis à jour par l'owner avant la sync du lundi, pas après",
            "Un sujet 🔴 Bloqué plus de 2 sprints remonte à {@Clémence} en 1:1"])


def p_edito():
    page("✍️", "Ligne éditoriale", "Jade Morel", [("contenu", "pink"), ("SEO", "green"), ("Journal", "brown")],
         "9 avril 2026 11:20")
    h2("Le ton Nuée")
    bl(["On tutoie, phrases courtes, une idée par phrase",
        "On parle comme une amie qui s'y connaît, pas comme une dermato ni comme une influenceuse",
        "On donne toujours le **% d'actif** et on explique ce qu'il fait, en vrai",
        "On assume ce qu'un produit ne fait pas (« le Sérum Brume ne fait pas disparaître les pores, il les resserre "
        "visiblement »)",
        "Vocabulaire maison : peau qui tiraille, brillances, grain de peau, routine du soir"])
    callout("🙅", ["**Jamais** : « guérit », « zéro chimie », « anti-âge », « miracle », « clean » sans explication, "
                   "avant/après retouchés. Tout claim passe par {@Clémence Aubry} avant publication."], tone="red")
    h2("Comment on écrit un article du 📰 Journal")
    p("Le process qu'on suit pour chaque article depuis janvier. Le but : qu'un article réponde à une vraie question "
      "posée sur Google **et** amène vers la bonne PDP.")
    nl(["🎯 **Intention d'abord** : qui cherche quoi ? Info (« à quoi ça sert »), comparaison (« niacinamide ou "
        "vitamine C ») ou achat (« sérum niacinamide avis »). Info et comparaison → article. Achat → c'est la PDP "
        "qui doit ranker, pas le Journal.",
        "🔑 **1 search term principal + 3 secondaires**. On part des suggestions Google et du Keyword Planner, on "
        "garde le principal qui a du volume ET colle à un de nos produits. Les secondaires = variantes et questions "
        "proches.",
        "📐 **Structure H1 / H2** : le H1 reprend le search term principal (reformulé pour être lisible), un H2 par "
        "sous-question, les secondaires placés dans les H2 quand c'est naturel. Intro de 3 lignes max qui répond "
        "tout de suite.",
        "❓ **FAQ en bas d'article** construite à partir du bloc « Autres questions posées » de Google sur le search "
        "term principal : on prend 3 à 5 questions, réponse en 2-3 phrases.",
        "🔗 **Lien vers la PDP** du produit concerné : 1 dans l'intro ou le premier H2, 1 en conclusion avec un CTA "
        "doux. + 1 lien vers un autre article du Journal.",
        "✅ Relecture claims {@Clémence Aubry}, puis publication par {@Jade}."])
    toggle("**Exemple complet : « Niacinamide : à quoi ça sert vraiment ? »** (publié le 19/03)")
    with indent():
        bl(["Intention : info (elle a entendu parler de la niacinamide, elle veut comprendre)",
            "Search term principal : `niacinamide à quoi ça sert`",
            "Secondaires : `niacinamide pores dilatés` · `niacinamide et vitamine C` · `niacinamide 10 % avis`",
            "H1 : Niacinamide : à quoi ça sert vraiment (et pour quelle peau) ?",
            ["H2 — La niacinamide, c'est quoi ?", "H2 — Niacinamide et pores dilatés : ce qu'on peut attendre",
             "H2 — 5 %, 10 %, 20 % : quel dosage choisir ?", "H2 — Niacinamide et vitamine C, on peut les mélanger ?"],
            "FAQ (Autres questions posées) : « Peut-on mettre de la niacinamide tous les jours ? » · « Quand voit-on les "
            "résultats ? » · « La niacinamide fait-elle des boutons au début ? » · « Niacinamide le matin ou le soir ? »",
            "Liens : → PDP Sérum Brume (intro + conclusion) · → article « Peau mixte : la routine du soir en 3 "
            "étapes »"])
    h2("Fréquence & formats")
    bl(["Journal : 1 article toutes les 2 semaines (objectif avril : 4, cf. " + link("📌 Roadmap") + ")",
        "Instagram : 4 posts + 8 stories / semaine · TikTok : 3 vidéos / semaine dont 2 UGC",
        "Newsletter : 1 / semaine le jeudi, 1 sujet peau + 1 produit"])


def p_pdp():
    page("🧴", "Template PDP", "Salomé Verdier", [("PDP", "orange"), ("CRO", "purple"), ("SEO", "green")],
         "13 avril 2026 18:37")
    p("Le template qu'on applique à toutes les PDP depuis la refonte du Sérum Brume (sprint 12). L'ordre des blocs "
      "est figé : on n'ajoute rien sans en parler en sync hebdo. Pensé mobile d'abord (82 % de nos sessions).")
    h2("Ordre des blocs")
    nl(["**Hero** : packshot + vidéo texture en 2e slide, nom, prix **et prix au ml** (Sérum Brume : 29 € → "
        "0,97 €/ml), note avis, CTA « Ajouter » + option Routine abonnée −10 %",
        "**Pour quelle peau ?** : 3 pictos (mixte, grasse, sensible ✔ / ✖) + une ligne « ce que ça ne fait pas »",
        "**Actifs & %** : niacinamide 10 %, zinc PCA 1 %, panthénol 2 % — 1 ligne par actif, ce qu'il fait",
        "**Résultats** : test d'usage du labo (32 volontaires, 4 semaines) — « 78 % trouvent leurs pores moins "
        "visibles »",
        "**Vidéo texture** 9:16, ≤ 15 s, sans son",
        "**La routine** : avec quoi l'utiliser (Baume Aube → Sérum Brume → Crème Nuage) + lien Rituel Trio",
        "**▸ INCI** : toggle fermé par défaut, liste complète",
        "**Avis vérifiés** : filtrables par type de peau",
        "**FAQ** : 5 questions max, reprises des tickets SAV"])
    h2("Search terms par produit")
    p("Un search term principal par PDP, jamais le même sur deux pages. Placement obligatoire partout dans la colonne "
      "« Placé dans » avant de publier.")
    db("Search terms PDP", ["Aa Produit", "Search term principal", "Secondaires", "Placé dans"],
       [["Sérum Brume — niacinamide 10 % — 30 ml", "sérum niacinamide pores dilatés",
         "sérum niacinamide 10 % · sérum anti-pores · niacinamide peau grasse",
         "{{title}} {{H1}} {{URL}} {{meta}} {{alt}} {{1re ligne}}"],
        ["Crème Nuage 50 ml", "crème hydratante légère peau mixte",
         "crème visage peau mixte · crème hydratante non grasse",
         "{{title}} {{H1}} {{URL}} {{meta}} {{alt}} {{1re ligne}}"],
        ["Baume Aube démaquillant 100 ml", "baume démaquillant visage",
         "baume démaquillant peau sensible · démaquillant solide huile",
         "{{title}} {{H1}} {{URL}} {{meta}} {{alt}} {{1re ligne}}"],
        ["Recharge Crème Nuage", "recharge crème visage",
         "crème hydratante recharge · éco-recharge cosmétique", "{{title}} {{H1}} {{URL}} {{meta}} {{alt}}"],
        ["Rituel Trio", "routine soin visage peau mixte",
         "coffret routine visage · routine skincare débutant", "{{title}} {{H1}} {{URL}} {{meta}} {{alt}} {{1re ligne}}"]],
       [2.6, 2.4, 3.2, 3.0])
    callout("💡", ["**Exemple appliqué — Sérum Brume**",
                   "Title : `Sérum niacinamide pores dilatés 10 % — Sérum Brume | Nuée`",
                   "URL : `/products/serum-niacinamide-pores-dilates`",
                   "H1 : Sérum Brume, le sérum niacinamide pour les pores dilatés",
                   "Meta : `Sérum niacinamide 10 % pour les pores dilatés et les brillances. Sans parfum, 30 ml, "
                   "0,97 €/ml. Livraison offerte dès 45 €.`",
                   "Alt packshot : `Flacon Sérum Brume 30 ml, sérum niacinamide pour pores dilatés`",
                   "1re ligne : « Un sérum niacinamide 10 % pour les pores dilatés et les brillances, sans parfum. »"])
    h2("Éléments de décision (et pourquoi ils sont là)")
    db("Éléments de décision PDP", ["Aa Élément", "Où", "Pourquoi"],
       [["% d'actif", "bloc Actifs + hero (badge « 10 % »)",
         "nos clientes comparent les dosages entre marques, c'est la 1re question au SAV"],
        ["Type de peau", "bloc « Pour quelle peau ? »",
         "évite les achats ratés → moins de retours et de tickets « ça ne me convient pas »"],
        ["INCI complet", "toggle ▸ INCI",
         "les peaux sensibles vérifient les ingrédients avant d'acheter, l'absence d'INCI fait fuir"],
        ["Avis vérifiés", "sous la routine, filtre par type de peau",
         "preuve sociale crédible : avis d'acheteuses réelles, pas des avis libres"],
        ["Prix au ml", "hero, sous le prix", "permet de comparer avec Lumière Brute ou Dermaclaire sans calcul"],
        ["Seuil livraison offerte 45 €", "hero + panier", "pousse à ajouter un 2e produit (panier moyen)"],
        ["Satisfaite 30 jours", "hero, lien vers les conditions",
         "lève le risque d'essayer une nouvelle marque (⚠️ à aligner avec les CGV, cf. ⚖️)"]],
       [2.2, 3.0, 5.6])


def p_crea():
    page("📸", "Brief créa & shootings", "Salomé Verdier", [("assets", "yellow"), ("presta créa", "orange"),
                                                              ("shooting", "grey")], "11 avril 2026 09:54")
    h2("Presta créa : qui fait quoi")
    db("Presta créa — comparatif (février 2026)",
       ["Aa Presta", "Tarif", "Livrable", "Coût / asset", "Cohérence", "Droits", "Verdict"],
       [["{@Lou Castagné} (photographe freelance)", "650 €/jour", "25 packshots retouchés / jour", "26 €",
         "même lumière et même fond que tout le site depuis 2023", "cession web + print 3 ans incluse",
         "{{✅ packshots|green}}"],
        ["Studio Blanc Cassé", "1 400 €/jour (studio, assistant, set design)", "~30 visuels mis en scène / jour",
         "47 €", "très beau mais un autre style que le site", "web 1 an, +30 % pour ads et print",
         "{{❌ trop cher|red}}"],
        ["Créatrices UGC", "120 €/vidéo", "1 vidéo 9:16 + 3 photos", "120 € (vidéo)",
         "authentique, format natif TikTok", "droits ads 6 mois inclus, +50 € pour renouveler",
         "{{✅ TikTok + vidéos PDP|green}}"]],
       [2.4, 1.7, 1.9, 1.2, 2.3, 2.2, 1.6])
    p("**Décision** (validée avec {@Clémence Aubry} le 24/02) :")
    bl(["**Packshots → Lou.** 26 € l'image contre 47 € chez Blanc Cassé, et surtout la cohérence : toutes nos PDP ont "
        "la même lumière, un nouveau style casserait la grille produit. Les droits sont déjà cédés pour 3 ans, "
        "print compris (utile pour les pop-ups).",
        "**TikTok et vidéos PDP → UGC.** Une vidéo filmée par une vraie cliente performe mieux sur TikTok qu'un film "
        "studio, et à 120 € on peut en tester 6 pour le prix d'une demi-journée de studio. Droits ads inclus 6 mois, "
        "ce qui couvre le drop de septembre.",
        "**Blanc Cassé** : on garde le contact pour une campagne image un jour, pas pour du catalogue."])
    h2("Brief créa — shooting printemps (10/03)")
    bl(["25 packshots = 5 produits × 5 angles (face, 3/4, dos INCI, ouvert, texture swatch)",
        "Fond blanc cassé `#F4F1EC`, lumière douce, ombre portée légère, pas de props",
        "Texture : une goutte de Sérum Brume sur verre, une noisette de Crème Nuage",
        "Livraison sous 5 jours ouvrés, JPEG pleine définition + sélection"])
    h2("Retouche & montage")
    bl(["Packshots : preset Lightroom `Nuee_soft` appliqué sur tous les packshots",
        "UGC : montage CapCut",
        "→ voir Drive (dossier `Assets/2026-03`)"])
    h2("Specs assets — à respecter avant upload", need=5)
    db("Specs assets", ["Aa Type", "Format", "Poids max", "Règles"],
       [["Images PDP & collections", "WebP, 1 600 px côté long", "< 200 Ko",
         "fond `#F4F1EC`, ratio 4:5, nom de fichier = produit-angle (`serum-brume-face.webp`)"],
        ["Vidéos PDP & TikTok", "MP4 H.264, 9:16, ≤ 15 s", "< 4 Mo",
         "autoplay muet + loop sur PDP, sous-titres incrustés, image poster en WebP"],
        ["Images Journal", "WebP, 1 200 px", "< 150 Ko", "1 visuel de une + 2 max dans l'article"],
        ["Tous", "—", "—", "**alt obligatoire** : produit + search term de la page, pas de « image1 »"]],
       [2.2, 2.6, 1.3, 5.2])
    callout("⚠️", "Une image sans alt ou > 200 Ko ne part pas en ligne. {@Hugo} a mis un check dans le thème qui "
                  "affiche une alerte dans l'éditeur.", tone="yellow")


JOURNAL = [
    ("🔬", "Niacinamide : à quoi ça sert vraiment ?", "Routines & actifs", "purple", "19/03/2026", "Jade"),
    ("🌙", "Peau mixte : la routine du soir en 3 étapes", "Routines & actifs", "purple", "05/03/2026", "Jade"),
    ("💧", "Peau déshydratée ou peau sèche : comment faire la différence", "Comprendre sa peau", "blue", "19/02/2026",
     "Jade"),
    ("🔍", "Pores dilatés : pourquoi on ne les « referme » pas", "Comprendre sa peau", "blue", "05/02/2026", "Jade"),
    ("💦", "Double nettoyage : utile ou marketing ?", "Routines & actifs", "purple", "22/01/2026", "Jade"),
    ("✨", "Brillances en fin de journée : 5 causes", "Comprendre sa peau", "blue", "08/01/2026", "Jade"),
    ("📖", "Lire une liste INCI en 2 minutes", "Comprendre sa peau", "blue", "11/12/2025", "Clémence"),
    ("❄️", "Routine d'hiver : ce qu'on change (et ce qu'on garde)", "Routines & actifs", "purple", "27/11/2025", "Jade"),
    ("🍋", "Niacinamide et vitamine C : on peut les mélanger ?", "Routines & actifs", "purple", "13/11/2025", "Jade"),
    ("🌿", "Peau sensible ou peau sensibilisée ?", "Comprendre sa peau", "blue", "30/10/2025", "Jade"),
    ("🧴", "Baume démaquillant : mode d'emploi", "Routines & actifs", "purple", "16/10/2025", "Jade"),
    ("☀️", "Après l'été : récupérer un grain de peau net", "Comprendre sa peau", "blue", "25/09/2025", "Jade"),
    ("🔁", "Pourquoi on a lancé les recharges", "Routines & actifs", "purple", "11/09/2025", "Clémence"),
    ("🌱", "Le microbiome cutané, expliqué simplement", "Comprendre sa peau", "blue", "28/08/2025", "Jade"),
]


def p_journal():
    page("📰", "Journal Nuée", "Jade Morel", [("blog", "brown"), ("contenu", "pink")], "10 avril 2026 17:05")
    p("Le Journal, c'est le blog de notre site Shopify. **14 articles**, 2 catégories : {{Comprendre sa peau|blue}} "
      "et {{Routines & actifs|purple}}. Comment on écrit un article → [[✍️ Ligne éditoriale]].")
    gallery("Articles du Journal", JOURNAL)
    callout("📣", "Prochains articles (avril) : « Sérum ou crème : lequel en premier ? », « Zinc PCA et peau grasse », "
                  "« Recharge : le vrai bilan plastique », « Routine abonnée : comment ça marche ». Owner {@Jade}.",
            tone="brown")


def p_checkout():
    page("🛒", "Checkout & funnel", "Salomé Verdier", [("CRO", "purple"), ("checkout", "orange")],
         "14 avril 2026 10:12")
    h2("Le checkout flow qu'on voudrait")
    p("Idéalement, le parcours ressemblerait à ça (wishlist, rien n'est calé pour l'instant) :")
    nl(["PDP → ajout au panier dans un tiroir (drawer) sans quitter la page",
        "Panier avec rappel du seuil de livraison offerte et option Routine abonnée",
        "Checkout sur une seule page : coordonnées + livraison + paiement",
        "Paiement express visible en haut (Apple Pay, Shop Pay, PayPal)",
        "Page merci avec suggestion de routine complémentaire"])
    h2("Blockers")
    p("Tout ce qui fait (probablement) rater des commandes au checkout. Remonté par le SAV, nos tests sur téléphone "
      "et les messages clientes.")
    db("Blockers checkout", ["Aa Nom", "Statut", "Responsable", "Échéance", "Tags"],
       [["Champ code promo caché sur mobile (replié sous le récap)", "{{🟡 En cours|yellow}}", "{@Hugo}", "10/04/2026",
         "{{mobile|blue}}"],
        ["Pas d'Apple Pay sur Safari", "{{🔴 Bloqué|red}}", "{@Hugo}", "17/04/2026", "{{paiement|green}}"],
        ["Frais de livraison affichés seulement à l'étape 3", "{{🟢 Done|green}}", "{@Hugo}", "27/03/2026",
         "{{livraison|orange}}"],
        ["Bannière cookies qui recouvre « Payer » sur iPhone SE", "{{🟡 En cours|yellow}}", "{@Salomé}", "10/04/2026",
         "{{mobile|blue}}"],
        ["Création de compte proposée avant le paiement", "{{🟡 En cours|yellow}}", "", "", "{{compte|grey}}"],
        ["Seuil 45 € pas rappelé dans le panier", "{{🔴 Bloqué|red}}", "", "", "{{panier|pink}}"],
        ["Routine abonnée : le −10 % n'apparaît pas dans le panier", "{{🟡 En cours|yellow}}", "", "",
         "{{abonnement|purple}}"],
        ["Carte des relais Mondial Relay : 6 s de chargement en 4G", "{{🔴 Bloqué|red}}", "", "",
         "{{livraison|orange}}"],
        ["Message « carte refusée » en anglais", "{{🟡 En cours|yellow}}", "", "", "{{paiement|green}}"]],
       [5.0, 1.7, 1.5, 1.5, 1.5])
    p("Heatmaps et enregistrements de sessions → [[🔍 Insights Hotjar]].")


def p_hotjar():
    page("🔍", "Insights Hotjar", "Salomé Verdier", [("CRO", "purple"), ("Hotjar", "red")], "2 avril 2026 14:26")
    callout("⚠️", "À remplir après le sprint 14 — Hotjar pas encore installé", tone="yellow")


def p_cdc():
    page("🧪", "CDC formule Sérum Brume", "Yacine Belkadi", [("formulation", "green"), ("labo", "brown"),
                                                             ("Sérum Brume", "pink")], "8 avril 2026 12:03")
    p("Cahier des charges de la **v2 de la formule du Sérum Brume**, envoyé à Laboratoires Estérel (Grasse) le 30/03. "
      "Interlocutrice labo : Marion Fabre, cheffe de projet formulation. Sortie prévue avec le drop de septembre.")
    p("💬 Pourquoi une v2 : même promesse (pores, brillances) mais mieux tolérée — 14 tickets SAV « picotements » "
      "en 6 mois, surtout peaux sensibles.")
    h2("Actifs demandés")
    db("Actifs v2", ["Aa Actif (INCI)", "%", "Rôle", "Commentaire"],
       [["Niacinamide", "10 %", "pores, brillances, grain de peau", "on garde le 10 %, c'est notre claim"],
        ["Zinc PCA", "1 %", "régulation du sébum", "inchangé"],
        ["Panthenol", "2 %", "apaisant", "était à 1 % en v1"],
        ["Sodium Hyaluronate (bas poids moléculaire)", "0,2 %", "hydratation", "nouveau"],
        ["Allantoin", "0,2 %", "confort, anti-picotements", "nouveau"]], [3.6, 0.8, 2.8, 3.4])
    h2("Specs formule")
    bl(["pH cible **5,5** (± 0,3)",
        "Texture gel-sérum fluide, non collante, absorbée en < 30 s, pas de film",
        "Translucide, sans parfum · flacon verre 30 ml + pipette (celui de la v1)",
        "Tenue sous la Crème Nuage et sous un SPF, sans bouloches"])
    h2("INCI interdits chez Nuée")
    p("Parfum / Fragrance · huiles essentielles · Alcohol Denat. · Cyclopentasiloxane · PEG · "
      "Methylisothiazolinone · BHT · Acrylates Copolymer")
    h2("Tests demandés")
    todo([(True, "Stabilité 3 mois : 4 °C, 25 °C, 40 °C + 5 cycles gel / dégel (−10 °C / +40 °C)"),
          (False, "Compatibilité emballage (verre + pipette) 3 mois à 40 °C"),
          (False, "Challenge test conservateur (ISO 11930)"),
          (False, "Patch test 50 volontaires, dont 20 peaux sensibles"),
          (False, "Test d'usage 4 semaines, 30 volontaires peaux mixtes à grasses (mêmes questions que la v1)")])
    h2("Planning labo")
    p("30/03 CDC envoyé → 08/04 retour labo + 2 maquettes → fin avril choix + stabilité → juillet résultats → "
      "septembre 1er lot pour le drop.")


def p_brief():
    page("🧩", "Brief tech — Quiz v2", "Salomé Verdier", [("brief tech", "blue"), ("quiz", "purple"),
                                                          ("Shopify", "green")], "13 avril 2026 22:41")
    callout("📣", ["**Cadrage Clémence** (sync du 02/03, non négociable) :",
                   "• Budget **≤ 15 k€ HT** tout compris",
                   "• En ligne **avant le drop de septembre**",
                   "• On **reste sur Shopify** (pas de site à côté, pas de headless)",
                   "• **Aucune app à plus de 100 €/mois**",
                   "• Les réponses au quiz ne servent **jamais** pour la pub"], tone="yellow")
    p("Brief envoyé le 13/03 à Studio Pivot, Kodama Digital et Agence Mercure. Choix → [[🤝 Shortlist agences]].")
    p("**Plan** : 1. Contexte · 2. Objectifs · 3. Périmètre · 4. Parcours · 5. Fonctionnel · 6. Technique · "
      "7. Data & consent · 8. Planning · 9. Budget · 10. Recette")
    h2("1. Contexte")
    p("Le Diagnostic peau actuel (8 questions) tourne depuis 2023 sur une app Shopify à 79 €/mois. Il est lent, pas "
      "modifiable sans l'éditeur de l'app, et ses résultats ne proposent qu'un seul produit. On veut un quiz maison, "
      "rapide, qui recommande une vraie routine de 2-3 produits et qui nous appartient.")
    h2("2. Objectifs")
    toggle("🎯 **Business**")
    with indent():
        bl(["Plus de conversions via le quiz", "Vendre plus de routines complètes et de Rituel Trio",
            "Mieux connaître nos clientes"])
    toggle("👤 **User**")
    with indent():
        bl(["Trouver sa routine en moins de 2 minutes, sur mobile",
            "Comprendre pourquoi on lui recommande chaque produit (1 phrase par produit)",
            "Retrouver son résultat plus tard depuis son compte"])
    toggle("⚙️ **Tech**")
    with indent():
        bl(["Page quiz chargée en **< 2 s** en 4G (LCP), score Lighthouse mobile ≥ 80",
            "**100 % natif Shopify** : sections du thème + metafields, pas de sous-domaine, pas d'iframe",
            "0 app payante ajoutée (ou < 100 €/mois si vraiment indispensable)",
            "Poids JS du quiz < 60 Ko"])
    h2("3. Périmètre")
    bl(["**Dans le périmètre** : page quiz, 8 questions, moteur de recommandation, page résultat, ajout de la "
        "routine au panier, sauvegarde du résultat dans le compte client",
        "**Hors périmètre** : refonte des PDP, nouveau thème, traduction EN (phase 2), app mobile",
        "Tout reste sur la boutique Shopify actuelle (thème Dawn customisé)"])
    h2("4. Parcours")
    nl(["Type de peau : sèche / mixte / grasse / je ne sais pas",
        "Préoccupation n°1 : pores, brillances, rougeurs, tiraillements, imperfections, teint terne",
        "Ta peau réagit-elle aux nouveaux produits ? (jamais / parfois / souvent)",
        "Allergies connues (liste d'ingrédients courants + champ libre)",
        "Es-tu enceinte ou allaitante ?",
        "Âge (tranches)",
        "Ta routine actuelle : combien de produits ?",
        "Budget mensuel soin visage"])
    p("→ Page résultat : routine de 2 ou 3 produits, une phrase « pourquoi ce produit » chacun, CTA « Ajouter ma "
      "routine » et option Routine abonnée −10 %. Possibilité de refaire le quiz.")
    h2("5. Fonctionnel")
    db("Fonctionnalités Quiz v2", ["Aa ID", "Fonction", "Priorité"],
       [["F1", "Une question par écran, barre de progression, retour arrière", "{{Must|red}}"],
        ["F2", "Règles de recommandation éditables par nous (tableau de correspondance dans un metaobject)",
         "{{Must|red}}"],
        ["F3", "Exclusions : ingrédients allergènes cochés → produits qui les contiennent retirés", "{{Must|red}}"],
        ["F4", "Page résultat avec routine 2-3 produits + « pourquoi »", "{{Must|red}}"],
        ["F5", "Ajouter toute la routine au panier en 1 clic (avec ou sans abonnement)", "{{Must|red}}"],
        ["F6", "Résultat enregistré dans le compte client si connectée", "{{Should|yellow}}"],
        ["F7", "Reprise du quiz là où on s'est arrêtée", "{{Should|yellow}}"],
        ["F8", "E-mail récap du résultat (si opt-in newsletter)", "{{Could|grey}}"],
        ["F9", "Version EN", "{{Won't (phase 2)|grey}}"]], [0.8, 8.2, 2.0])
    h2("6. Technique")
    bl(["Sections Shopify 2.0 dans le thème actuel, JS vanilla, pas de framework",
        "Règles de reco stockées dans un metaobject `quiz_rules` modifiable depuis l'admin",
        "Résultat stocké en metafields client (`custom.quiz_result`)",
        "Aucune nouvelle app à plus de 100 €/mois — l'app actuelle (79 €/mois) est désinstallée au go-live",
        "Perf : images WebP < 200 Ko, lazy-load, pas de librairie d'animation"])
    h2("7. Data & consent")
    bl(["Les réponses au quiz ne sont envoyées à **aucun pixel ni outil pub** (Meta, TikTok, Google Ads) et ne "
        "servent à construire aucune audience",
        "Seul l'événement « quiz terminé » (sans les réponses) remonte dans nos stats",
        "La bannière cookies reste celle du site (→ [[⚖️ Legal & consent]])"])
    h2("8. Planning")
    db("Planning Quiz v2", ["Aa Étape", "Dates", "Owner", "Statut"],
       [["Brief envoyé aux agences", "13/03/2026", "{@Salomé}", "{{🟢 Done|green}}"],
        ["Choix de l'agence", "27/03/2026", "{@Clémence}", "{{🟢 Done|green}}"],
        ["Kick-off Kodama", "14/04/2026", "{@Salomé}", "{{🟢 Done|green}}"],
        ["Maquettes mobile + desktop", "05/05/2026", "Kodama", "{{🟡 En cours|yellow}}"],
        ["Dev + intégration", "12/05 → 19/06/2026", "Kodama + {@Hugo}", ""],
        ["Recette", "22/06 → 10/07/2026", "{@Salomé}", ""],
        ["Go-live", "15/07/2026", "{@Hugo}", ""],
        ["Drop de septembre", "15/09/2026", "toute l'équipe", ""]], [4, 3, 2.5, 2])
    p("Go-live le 15/07 = 2 mois de marge avant le drop de septembre.")
    h2("9. Budget")
    db("Budget Quiz v2", ["Aa Poste", "Montant HT"],
       [["UX/UI : parcours + maquettes", "3 200 €"], ["Dev sections + moteur de reco", "7 400 €"],
        ["Intégration metafields / metaobjects + tests", "1 600 €"], ["Recette et corrections", "1 300 €"],
        ["Réserve imprévus", "1 000 €"], ["**Total**", "**14 500 €** (plafond 15 k€)"]], [6, 3])
    h2("10. Recette")
    todo([(False, "Parcours testé sur iPhone SE, iPhone 15, Pixel 7, Safari et Chrome desktop"),
          (False, "40 profils de test : la routine proposée correspond au tableau de règles"),
          (False, "Ingrédient allergène coché → aucun produit qui le contient dans le résultat"),
          (False, "LCP < 2 s en 4G sur la page quiz (3 mesures)"),
          (False, "Ajout de la routine au panier OK, avec et sans abonnement"),
          (False, "Aucune réponse du quiz dans les requêtes des pixels (vérif réseau)"),
          (False, "Ancienne app désinstallée, redirection de l'ancienne URL")])


def p_agences():
    page("🤝", "Shortlist agences", "Salomé Verdier", [("presta", "orange"), ("quiz", "purple")],
         "27 mars 2026 18:15")
    p("3 agences ont répondu au [[🧩 Brief tech — Quiz v2]]. Chaque critère noté /10 par {@Salomé} et {@Hugo} "
      "(moyenne des deux), puis pondéré. Critères et poids fixés **avant** de lire les devis.")
    db("Grille agences Quiz v2", ["Aa Critère", "Poids", "Studio Pivot", "Kodama Digital", "Agence Mercure"],
       [["Expertise Shopify (thème 2.0, metafields, metaobjects)", "25 %", "7", "9", "8"],
        ["Références quiz / diagnostic en ligne", "20 %", "5", "8", "6"],
        ["Prix (devis)", "20 %", "9 (9 800 €)", "7 (13 500 €)", "5 (16 900 €)"],
        ["Délai (go-live avant l'été)", "15 %", "9", "9", "6"],
        ["Gestion des données", "10 %", "6", "8", "9"],
        ["Support après go-live", "10 %", "6", "7", "8"],
        ["**Note pondérée /10**", "100 %", "**7,1**", "**8,1**", "**6,8**"]], [4.6, 1.1, 1.9, 1.9, 1.9])
    callout("✅", ["**On part avec Kodama Digital** (validé par {@Clémence Aubry} le 27/03) :",
                   "• 2 quiz Shopify déjà en production (une marque de soins capillaires, une marque de nutrition "
                   "animale), démo faite en call",
                   "• Devis 13 500 € HT : sous le plafond de 15 k€, avec notre réserve de 1 000 € on reste à 14 500 €",
                   "• 8 semaines de dev, go-live mi-juillet, large avant le drop de septembre",
                   "• 100 % natif (sections + metaobjects), zéro app payante",
                   "• Propose d'elle-même de ne rien envoyer aux pixels, en phase avec le cadrage"], tone="green")
    toggle("Pourquoi pas les deux autres")
    with indent():
        bl(["**Studio Pivot** (7,1) : le moins cher, mais aucune référence de quiz et la solution proposée repose sur "
            "une app à 149 €/mois → hors cadrage",
            "**Agence Mercure** (6,8) : très solide sur la data, mais 16 900 € = au-dessus du plafond, et go-live "
            "annoncé fin août, trop juste pour le drop"])


def p_legal():
    page("⚖️", "Legal & consent", "Salomé Verdier", [("legal", "red"), ("CGV", "brown"), ("cookies", "yellow")],
         "14 avril 2026 11:47")
    p("Relecture des CGV v2 (en ligne depuis janvier 2025) article par article, face à ce qu'on promet sur le site. "
      "+ le fix bannière cookies.")
    db("CGV v2 — lecture clause par clause", ["Aa Article", "Ce que dit la CGV", "Ce qui coince", "Action", "Statut"],
       [["Art. 3 — Commande & prix", "prix TTC, commande validée après paiement", "rien", "—", "{{🟢 OK|green}}"],
        ["Art. 5 — Codes promo", "1 code par commande, non cumulable avec la Routine abonnée",
         "règle juste, mais jamais affichée au checkout", "afficher la règle sous le champ code", "{{🟡 En cours|yellow}}"],
        ["Art. 7 — Rétractation", "pas de rétractation sur un cosmétique descellé ou ouvert (hygiène)",
         "⚠️ **contradiction** avec la promesse « satisfaite ou remboursée 30 jours » affichée sur les PDP",
         "choisir : la promesse devient un geste commercial écrit dans les CGV, ou on la retire des PDP",
         "{{🔴 Bloqué|red}}"],
        ["Art. 8 — Routine abonnée", "résiliable à tout moment en 2 clics depuis le compte, sans frais",
         "rien, testé le 03/04 (2 clics confirmés)", "—", "{{🟢 OK|green}}"],
        ["Art. 9 — Livraison", "48-72 h, offerte dès 45 €, Colissimo et Mondial Relay",
         "Chronopost relais pas cité", "ajouter Chronopost", "{{🟡 En cours|yellow}}"],
        ["Art. 11 — Responsabilité / allergies",
         "Nuée pas responsable d'une réaction si la cliente pouvait lire l'INCI avant l'achat",
         "INCI caché dans un toggle fermé sur mobile : « pouvait lire » se discute",
         "INCI accessible en 1 tap + phrase « test au pli du coude » sur la PDP", "{{🟡 En cours|yellow}}"],
        ["Art. 13 — Litiges", "médiateur de la consommation cité", "rien", "—", "{{🟢 OK|green}}"]],
       [2.2, 3.2, 3.2, 3.2, 1.4])
    h2("🍪 Bannière cookies — fix")
    p("**Avant** : bouton « Accepter » noir plein, « Paramétrer » en petit lien gris, pas de bouton « Refuser ». Les "
      "pixels Meta et TikTok se chargeaient avant le choix.")
    p("**Après** (maquette validée le 02/04, dev {@Hugo}) — en suivant les recommandations de la CNIL :")
    bl(["3 boutons de même taille et même style : « Tout refuser » · « Personnaliser » · « Tout accepter »",
        "Refuser aussi simple et aussi visible qu'accepter, dès le premier écran",
        "Aucun pixel (Meta, TikTok, Google Ads) chargé avant un « oui »",
        "Choix conservé 6 mois, puis on redemande · lien « Gérer mes cookies » dans le footer"])
    h2("To-do")
    todo([(True, "Maquette bannière validée avec {@Clémence Aubry}"),
          (False, "Déployer la nouvelle bannière — owner {@Hugo}"),
          (False, "Trancher rétractation vs promesse 30 jours — owner {@Clémence}"),
          (False, "Checker les mentions légales avec l'avocate — owner {@Salomé}")])


def p_ops():
    page("📦", "Ops — stock & 3PL", "Yacine Belkadi", [("ops", "blue"), ("3PL", "grey"), ("stock", "green")],
         "7 avril 2026 16:30")
    callout("🔒", "Accès au portail Stockéo : dans le gestionnaire de mots de passe, coffre « Ops ». Jamais ici.",
            tone="grey")
    h2("Pourquoi Stockéo")
    p("Appel d'offres fait en octobre 2025 quand on a quitté la logistique « maison » (le stock était dans la cave du "
      "coworking 😬). 3 prestataires comparés :")
    db("Comparatif 3PL (oct. 2025)", ["Aa 3PL", "Coût / commande", "Connecteur Shopify", "Cut-off", "Stockage",
                                      "Verdict"],
       [["Stockéo (Saran)", "2,35 €", "app officielle, natif", "13 h", "18 €/palette/mois", "{{✅ choisi|green}}"],
        ["Logisphère (Orléans)", "2,10 €", "API à développer (~3 j de {@Hugo})", "11 h", "15 €/palette/mois",
         "{{❌|red}}"],
        ["Kolis Ouest (Nantes)", "2,90 €", "app officielle, natif", "15 h", "22 €/palette/mois", "{{❌|red}}"]],
       [2.6, 1.6, 2.8, 1.1, 2.2, 1.4])
    bl(["**2,35 € par commande** (pick, pack, étiquette), 25 centimes de plus que Logisphère mais pas de dev à payer "
        "ni à maintenir",
        "**Connecteur Shopify natif** : les commandes descendent en 5 min, le tracking remonte tout seul",
        "**Cut-off 13 h** : commande passée avant 13 h = partie le jour même"])
    h2("Stock & réassort")
    bl(["1 réception par mois depuis Estérel (Grasse → Saran), annonce de livraison envoyée par {@Yacine}",
        "Seuil de réassort par produit = 5 semaines de ventes",
        "Inventaire tournant fait par Stockéo chaque mois, écarts dans le portail",
        "Stockage / rayonnages : c'est le 3PL qui gère les racks"])
    db("Stock au 13/04", ["Aa Produit", "Stock (unités)", "Seuil réassort", "Couverture"],
       [["Sérum Brume 30 ml", "2 140", "1 500", "7 semaines"], ["Crème Nuage 50 ml", "1 380", "1 200", "5 semaines"],
        ["Baume Aube 100 ml", "960", "800", "6 semaines"], ["Recharge Crème Nuage", "610", "500", "4 semaines ⚠️"],
        ["Rituel Trio (kits montés)", "420", "300", "5 semaines"]], [4, 2, 2, 2.4])


def p_carriers():
    page("🚚", "Carriers", "Salomé Verdier", [("livraison", "orange"), ("RSE", "green")], "3 avril 2026 10:05")
    p("Comment on classe nos carriers depuis mars : un **score** qui mélange le coût d'un colis de 500 g (notre "
      "poids moyen : Sérum + Crème + carton) et les **g CO2e par colis** déclarés par chaque transporteur.")
    callout("📐", ["Score = 60 % × (coût / coût le plus bas) + 40 % × (CO2e / CO2e le plus bas). 1,00 = le meilleur "
                   "sur les deux. Plus c'est bas, mieux c'est."], tone="blue")
    db("Classement carriers (mars 2026)", ["Aa Carrier", "Rang", "Coût colis 500 g", "g CO2e / colis", "Score",
                                           "Délai annoncé", "Part des commandes"],
       [["Mondial Relay (point relais)", "1", "3,95 €", "98 g", "**1,00**", "3-5 j", "46 %"],
        ["Colissimo point relais", "2", "4,60 €", "120 g", "**1,19**", "2-3 j", "21 %"],
        ["Chronopost relais (Pickup)", "3", "5,20 €", "150 g", "**1,40**", "1-2 j", "6 %"],
        ["Colissimo domicile", "4", "5,90 €", "165 g", "**1,57**", "2 j", "27 %"]],
       [3.4, 0.9, 1.7, 1.6, 1.1, 1.5, 1.7])
    bl(["Depuis le 01/04, **Mondial Relay est pré-sélectionné** au checkout, Colissimo domicile passe en 4e position",
        "Chronopost reste pour les clientes pressées (option payante au-dessus de 45 €)",
        "Facteurs CO2e : déclarations 2025 des transporteurs, même méthode pour les 4"])
    h2("To-do")
    todo([(True, "Récupérer les facteurs CO2e des 4 carriers"),
          (True, "Changer l'ordre des modes de livraison dans Shopify"),
          (False, "Renégo Mondial Relay — palier 2 000 colis / mois"),
          (False, "Lancer le survey post-livraison")])


MEETINGS = [
    ("Sync hebdo — sprint 13", "Sync hebdo", "16/03/2026", "Clémence, Jade, Hugo, Salomé"),
    ("1:1 Inès", "1:1", "19/03/2026", "Inès, Salomé"),
    ("Sync hebdo", "Sync hebdo", "23/03/2026", "Clémence, Jade, Hugo, Salomé"),
    ("Point agences Quiz v2", "Point presta", "26/03/2026", "Clémence, Hugo, Salomé"),
    ("Sync hebdo — sprint 14", "Sync hebdo", "06/04/2026", "Clémence, Yacine, Jade, Hugo, Salomé"),
    ("1:1 Malo", "1:1", "02/04/2026", "Malo, Salomé"),
    ("Point labo Estérel", "Point presta", "08/04/2026", "Yacine, Salomé, Marion Fabre (Estérel)"),
    ("Kick-off Kodama", "Point presta", "14/04/2026", "Clémence, Hugo, Salomé, Kodama (2)"),
]


def p_meetings():
    page("🗓️", "Meeting notes", "Salomé Verdier", [("meetings", "grey"), ("sync hebdo", "blue"), ("1:1", "pink")],
         "14 avril 2026 16:02")
    callout("👋", ["Use this template to capture notes from all meetings in one accessible spot.",
                   "Notes can be tagged by meeting type to make them easy to find. See when each meeting took place "
                   "and who was there.",
                   "Click **+ New** to create a new meeting page."], tone="grey")
    db("Meetings", ["Aa Nom", "Type", "Date", "Participants"],
       [[n, "{{%s|%s}}" % (t, {"Sync hebdo": "blue", "1:1": "pink", "Point presta": "orange"}[t]), d, who]
        for n, t, d, who in sorted(MEETINGS, key=lambda m: (m[2][6:], m[2][3:5], m[2][:2]), reverse=True)],
       [4, 2, 2, 5], view="Table · Par date")
    h2("Notes (toggles dépliés pour l'export)")
    toggle("**Kick-off Kodama — 14/04**")
    with indent():
        p("🎯 **Objectif** : caler le planning, les accès et les rituels avec Kodama pour le Quiz v2.")
        bl(["Kodama a relu le brief : OK sur les 10 parties, questions sur les règles de reco (on leur envoie le "
            "tableau produit × profil)",
            "Rituel : point de 30 min tous les jeudis à 10 h, board partagé",
            "Accès collaborateur Shopify donné à Kodama (thème de dev uniquement)"])
        todo([(True, "Accès collaborateur Shopify — {@Hugo}"),
              (False, "Envoyer le tableau des règles de reco — {@Salomé} ASAP"),
              (False, "Valider les maquettes avant le 05/05 — {@Clémence}")])
    toggle("**Point labo Estérel — 08/04**")
    with indent():
        p("🎯 **Objectif** : valider le CDC formule v2 du Sérum Brume et les dates de stabilité.")
        bl(["Estérel OK sur pH 5,5 et la liste d'INCI interdits, propose 2 maquettes (A plus fluide, B plus gel)",
            "Stabilité lancée fin avril si on choisit avant le 24/04"])
        todo([(False, "Recevoir les maquettes A et B — {@Yacine}"), (False, "Test texture en équipe — tout le monde")])
    toggle("**Sync hebdo — sprint 14 — 06/04**")
    with indent():
        p("🎯 **Objectif** : choisir les 3 sujets du sprint 14.")
        bl(["Sujets retenus : 1) bannière cookies + Hotjar, 2) blockers checkout mobile, 3) kick-off Quiz v2",
            "UGC et articles Journal continuent en tâche de fond ({@Jade})",
            "Renégo Mondial Relay repoussée au sprint 15"])
        todo([(True, "Mettre à jour la roadmap — {@Salomé}"), (False, "Bannière cookies en prod — {@Hugo}")])
    toggle("**1:1 Malo — 02/04**")
    with indent():
        p("🎯 **Objectif** : point tickets du mois et organisation des créneaux.")
        bl(["Mars : beaucoup de tickets « où est mon colis » après le changement d'ordre des carriers",
            "Malo demande des macros pour les questions Routine abonnée",
            "Il préfère traiter les e-mails le matin et le chat l'après-midi"])
        todo([(False, "Écrire 5 macros Routine abonnée — {@Malo} + {@Salomé}")])
    toggle("**Point agences Quiz v2 — 26/03**")
    with indent():
        p("🎯 **Objectif** : trancher entre les 3 agences avant la fin du sprint 13.")
        bl(["Grille remplie par Salomé et Hugo, notes moyennées → [[🤝 Shortlist agences]]",
            "Clémence valide Kodama sous réserve que le devis reste sous 15 k€ avec la réserve"])
        todo([(True, "Annoncer le choix aux 3 agences — {@Salomé}")])
    toggle("**Sync hebdo — 23/03**")
    with indent():
        p("🎯 **Objectif** : faire le point mi-sprint 13 et débloquer Hotjar.")
        bl(["Hotjar bloqué tant que la bannière cookies n'est pas conforme : on ne veut pas charger un script de plus "
            "sans consentement",
            "PDP Sérum Brume : le nouveau template est en ligne depuis le 16/03"])
        todo([(True, "Maquette bannière cookies — {@Hugo}")])
    toggle("**1:1 Inès — 19/03**")
    with indent():
        p("🎯 **Objectif** : point tickets et montée en compétence.")
        bl(["Inès veut monter sur les questions ingrédients / INCI (aujourd'hui renvoyées à Clémence)",
            "Plan : 1 h de formation actifs avec Clémence + fiche INCI par produit dans le helpdesk"])
        todo([(False, "Fiches INCI dans le helpdesk — {@Inès}"), (True, "Caler la formation actifs — {@Salomé}")])
    toggle("**Sync hebdo — sprint 13 — 16/03**")
    with indent():
        p("🎯 **Objectif** : choisir les 3 sujets du sprint 13.")
        bl(["Sujets retenus : 1) shortlist agences Quiz v2, 2) bannière cookies, 3) mise en ligne PDP Sérum Brume",
            "Shooting printemps livré, Lou a envoyé la sélection"])
        todo([(True, "Créer la grille agences — {@Salomé}")])


def p_sav():
    page("📊", "Dashboard SAV", "Salomé Verdier", [("SAV", "pink"), ("KPI", "blue")], "13 avril 2026 08:52")
    p("Mis à jour chaque lundi à partir de l'export du helpdesk. Semaines de mars 2026.")
    db("Par agent — mars 2026", ["Aa Agent", "Tickets traités / semaine (moy.)", "1re réponse (médiane)"],
       [["{@Inès Sarr}", "212", "1 h 40"], ["{@Malo Guérin}", "164", "3 h 05"], ["**Équipe**", "**376**", "**2 h 15**"]],
       [3, 3, 3])
    db("Par semaine", ["Aa Semaine", "Inès — tickets", "Inès — 1re réponse", "Malo — tickets", "Malo — 1re réponse"],
       [["S10 (02/03)", "205", "1 h 52", "158", "3 h 20"], ["S11 (09/03)", "218", "1 h 35", "171", "2 h 55"],
        ["S12 (16/03)", "214", "1 h 38", "160", "3 h 10"], ["S13 (23/03)", "211", "1 h 35", "167", "2 h 55"]],
       [2.4, 2, 2, 2, 2])
    db("Motifs de contact — mars", ["Aa Motif", "Part des tickets"],
       [["Où est ma commande ?", "38 %"], ["Routine abonnée (modifier, décaler, résilier)", "21 %"],
        ["Réaction / tolérance produit", "12 %"], ["Retour / remboursement", "11 %"], ["Code promo", "9 %"],
        ["Autre", "9 %"]], [6, 2])


# ================================================================================================ build
def build():
    for f in (p_home, p_roadmap, p_edito, p_pdp, p_crea, p_journal, p_checkout, p_hotjar, p_cdc, p_brief, p_agences,
              p_legal, p_ops, p_carriers, p_meetings, p_sav):
        f()
    os.makedirs(OUT, exist_ok=True)
    doc = SimpleDocTemplate(FILE, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=1.5 * cm,
                            bottomMargin=1.3 * cm, title="Nuée — Wiki Growth & Ops (export pour le jury)",
                            author=AUTHOR, subject="Export Notion", creator="Notion", invariant=1)
    doc.build(S)


def main():
    global SYM_MAP, EMO_MAP
    SYM_MAP = _embedded_font("NSym", FONT_SYM_B64)
    EMO_MAP = _embedded_font("NEmo", FONT_EMO_B64)
    try:
        build()
    finally:
        shutil.rmtree(_TMP, ignore_errors=True)
    print("ok ->", FILE)


# ================================================================================================ polices embarquées
FONT_SYM_B64 = """
AAEAAAAKAIAAAwAgT1MvMndmboEAAFQoAAAAYGNtYXCdZjZwAABUiAAAAnBnbHlmKcF14wAAAKwAAFHyaGVhZBsmazsAAFMcAAAANmhoZWEYpR
FxAABUBAAAACRobXR4RQkOhwAAU1QAAACwbG9jYckosxUAAFLAAAAAWm1heHAB2g8YAABSoAAAACBuYW1lQ6J1ewAAVvgAAAMWcG9zdP3TAEYA
AFoQAAAAIAAEAIAAAASEBdYAAwAHABQAIAAAKQERIQMRIREBFA8BIyc2NTQhNzMgAxQGIyImNTQ2MzIWBIT7/AQEcPzcAoPoGUcVyv6yGQgBwM
U5Jyc5OScnOQXW+poE9vsKA2ixXJ3VIpmda/yaJzk5Jyg5OQAADAAK/mQI0AYoABAAHgAmADoASABZAG0AcQB7AH8AgwCHAAABFCMiJzY1FjMy
NTQmNTQzMgUGFRQXJiMyByc2MzIXJwcjJzcTMxMBAiEgAzcWFwEmNTQzMhUUBwE2NwEHJjMiBzY1NCc3NjMyAQYjIjU0MzIVFAYVFDMyNxQBAi
EgAzcWFwEmNTQzMhUUBwE2NwUBETYBNCYjIgYVFDMyAREBFiUBETYFEQEWCF7xFxUODxBUDk5c/hUKBqVPA0IiIjM2Rf8uoC5PEzgTBDSp/rX+
takMHCABfhE/PxEBfiAc+vwiQgNPpQYKiUU2M/37FRfxXE4OVBAPAmep/rX+takMHCABfhE/PxEBfiAcBFn+ybP8+CkdHSlGRgH9/smE/WT+yb
P+9f7JhAOikgIvKQIeDCsMPmkbGhgeTQmTDykex8dIAdL+LvuN/oEBfw0WEQNGMCpISCow/LoRFgQakwlNHhgaG1Ip/vkCkmU+DCsMHgIp/KL+
gQF/DRYRA0YwKkhIKjD8uhEWRwKd/S0FBFYdKCgdRfvqAtP9YzExAp39LQUFAtP9YzEABABo/vYHCAWWADcAQwBPAFsAAAEGByMGBxUGBycGIy
InByYnNSYnIyYnNyY1NDcnNjczNjc1NjcXNjMyFzcWFxUWFzMWFwcWFRQHJzQAIyIAFRQAMzIAJxQAIyIANTQAMzIABTQmIyIGFRQWMzI2BwgY
Kuw4SlBNpy0vLy2nTVBKOOwqGKgGBqgYKuw4SlBNpy0vLy2nTVBKOOwqGKgGBnL+tOrq/rQBTOrqAUwo/sza2v7MATTa2gE0/rl1UlJ1dVJSdQ
FDTVBKOOwqGKgGBqgYKuw4SlBNpy0vLy2nTVBKOOwqGKgGBqgYKuw4SlBNpy0vLy1c6gFM/rTq6v60AUzq2v7MATTa2gE0/szaUnV1UlJ1dQAE
ABD/NwfwBggAAgAFABMAHwAABSEJBAMGIyInAyY3NjMyFxYDFAYjIiY1NDYzMhYH8PggA+8DR/y5/LsDskUFIiIFRQUkISwsISQEQC0tQEAtLU
DJBtH5kQWr+lUEC/2GLS8CeC8eGxse/HwtQEAtLEBAAAIAY//jBpcFpAA4AF8AAAEUByIHBgcGAQYHBiMiJy4BJyYnJjU0Nz4BNzY3Njc2MzIW
FRQXFhcWFxYzMjc2ATY3Njc2MzIWFQc1BgcGBwEGIyInJicmJyYnBgcOAQcGFRQTFAcWFxYzMjc2ATYBNgaXDQEpL2Cl/rNZsew/ER4kqBIVFB
EBBAw0KwUeHjI3JTcODQwEFhggETxoATphxi5wJSstFGQuWij8/l5ZOk41HxELCgkMLBcJXAIFKQFnLhQbAw+fATViAY04BNcoFCw0aLD+pFWr
5AQFeyIo27tcDBRQHj4zBR8LEiosNk5BQSI4GzxnATJgvSpZHRgwjFolTCT2/mdYPSRTQUIzZwMKBGsKFC54/pwEE3AJBA6QASlkAaU/AAcASv
/gBv0EKAApADcAUgBbAF8AZABrAAABFAcBFxYXFhcWFRQHJwYHJicGIyInBiMiJyYnDwE/ATY3JicTNwUXARYBJyUHAxYzMj8BNjcWFwE1Jicm
LwEPARcGByYjIhUUMzI3BBc3NjcXNgEmJyYnBgcGByUFNjcDJxYzMi8BBiMWMzIG/QH98y1WDzdUA1mdPWdkfSw1LCQnJkwxUiN+3KmmF0ErNW
rBAb42Ahc2/Ygi/mynVBILWDkhPjxAUQItZ1wNEzXfAgGakzcoj4EuSQE7fC5VH4c7/aQODCMbL0wTJwFB/v6pV1VfBysabxlLJCIgLAPkBwv+
uT94ETsdLxe+hzwfHRAkNB4eXwwzTlClZi4RAhUBPNc+PgFQE/6qKTW5/vwDrxgtOikq/u8iKokUG0WNUlUVNwtHSRFREA8bDDGDAXYHBhATMi
0/N1KiNQ/+uhkoMQcPKAAABgBk/sEHnAW0ABcAMgBQAFgAZABsAAABBgcGByMmJyYnJic1Njc2NzMWFxYXFhcBBAcGBwYDIwInJicmJTUkNzY3
NhMzAhIXFgUTBgcGBwYHBgcjJicmJyYnNTY3Njc2NzMWFxYXFhcTJicGBxYXNgEmJw4BBx4BFzY3NgEmJwYHFhc2B5zKMSgJHwYNGkoui8kyKg
ofDQgROTOb/fj+2nGJMi4JIgktMoh0/t8BIXGGMy4LJAFukHgBE2toLGIhGg4JDR0LDRVCPKivNUETCxAdFAgTPzivtTkdHT8/HR39sPNAH4d9
fYkfIEhGAVZHGx1TUR4bAeIHPjLRfDFkHhIIIgY9MtCrIUMXFQwBHQ4mMIJ2/t4BH3eEMSkKIgsmLoF0AR7+8v8AMikJ/O8BBg0oIEkwm7QwTR
waCiMRFBpIJ73FIEoZFg0BnRk6OBsdPD0BWz3kfYYeH4l9gEVC/TMdSEodHkdJAAABAGAAdwT+BRUACwAAAQcJAScJATcJARcBBP6q/lv+W6oB
pf5bqgGlAaWq/lsBIaoBpf5bqgGlAaWq/lsBpar+WwACAGT/HAU7BbQAHQApAAABFAcGBwYXITQ3Njc2NTQnJiMiBwYHETY3NjMyFxYBFAYjIi
Y1NDYzMhYFO4EV1nwG/nV5Oad5TjlPbsmyfWjGwHjqtdL+OoVdXYSEXV2FA+KtgBWcWlSrikJ8WjREIRg1LjUBgywlJHGE+z9dhYVdXYWFAAAC
AFL/CQbRBZwAKAA4AAABEAAhIAMmJyY1NDY3FhcWMyI3Njc2NzY3NjU0JyYnJjU0NjMyFxYXFgM0JyYnFhUQACEiJwAhIAAG0f3y/o3+g/waMT
o2DmOneH8FOuBqUGJWHi4RCEpIIBMIHLNStjVhY62I/g/+rPnLAQgBowFUAfMCg/6N/fkBAxs8SA4NNgYyRiMNMkAxc2VTfYSSTSWIhAcULhN4
b/j+4NC3vGzP+f6r/gyF/pYB8wADAFL+gQcWBJ0AVABxAJEAAAEUBwYHJicmJyYnJicmJyYnJiMiBwYHBgcGFREjETQnJicmIyIGBwYHBgcGBw
YHBgcmJyY1NDc2NzY3NjMyFxYXHgEXFhc2NzY3Njc2NzYzMhcWFxYHNTQnLgEnJiMiBwYHBgc2NzMWFxYXFhcWMzA3NiUmJyYjIgYHDgEVFAYV
FBcWFxYXNjc+ATc2Ejc2NzY3BxYIAyosLToaFTErExcxGkk3NyJANBkNGx82DQ8SIWYRTQghCwsdCDYxGg53PDslETM5LHdbUSFGShotbgwDBQ
kVECAMIjSOUVJfL7VDFzYPGXhJM2c1aGwdCh4oT54jQB1DPSglLiMe/FgeSD91R6ozDmECDwwlOgMaMRJgBiAUIA8rJSUCz1MdCl0BAgMOCzkz
HTBgMGYJVEMzGkhRDvw9BAAfMDYRIFAUTqSoTBU8NhUMP2RlUZpvP75DNDAlDA0MFI0xDCUnTCNHI0JMLBkNM8ZFllRGLUp5Ew0nKSUNUyNGLV
9Ae1wUEgFEziI0HUIwDf0WEkoScDcrOFgFDR8Oaw9OAVJOJiMdHQAHAFL+0QcgBdYBBAERAR8BLAE9AVEBWwAAARQHBgcGBw4BIyInJicmIyIH
BgUGBwYHMzI3Njc2MzI2MzIWMzI3Njc2NzY3Njc2NzY3Njc2NzYzMhUUBwYHBgcGBwYjIicmJy4BIyIGIyImIyIHBgcGBwYHBiMiJyYnNjc2Nz
Y3NjU0JyYnJicmJyY1NDc2NzY/ATMWFxYXFhcWFRQHDgEVFBcWFzY3Njc2NzY3Njc2NzY1JjEmJyY1NDc2NzY3MwY1FBcWFxYXFhUUBwYHBgcG
BxU2NzY3NjU0Jj0BNDc2MzIXFhcWFRQHBgcXNyYnJjU0Njc2NzY3NjMyFRQHDgEVFBcUFRQHBgcGBwYHFjMyNjMyFzY3NjMyFjMyNjMyASMGBw
YdATM2NzY3NhM1JisBIgcGBxczMjYzATU0JyMVFBYdARYXNgU0JyMVFBceAR0BMhYzMjc2AScmMyIHBgcWMzI3Njc2MzIWMzIBNCYnBgcWFzM2
ByBLQlIbNAchQCNkFCc4SEwVif7uUpYZMwMMIisEEzYNMA0POQ8MDwwWDiA9TSCDGjVUqQwYDkE+Bho5BEErMg8dg3J+PjIxHTwoCSQJDjgOM4
Q6Hg0TAQoLGxQNChQCRhhDJiYyMxcsKywwCAUrAwcLFRAhBA4lOzYQFAsDLhMVAionEwYMAw4YBAoNFBU6Iw0ZFhcYEToWAQoDGhwsBkALFAcL
Dxx8REd9GU88EA0IEh8gFCYFHQOYDg4IOyUwVQEPCRMUBQEOAS0ZUgIgd6sECRBAECwuMm5NjBNNEw85Dxb+eA8HMisPCgYHAwHrOBATbWQHAQ
kYAnsa/oohDwwIBxX+gzAPCgENAw8EBQQIAV0IigU/RDEUBgwKHSMFKjsPOQ8r/Sg6FwYHFjUPBAOgTUY8GQEKBQ0eAQYPBif7Q5QqUxMYAQgR
DAEIEhUpRBUJDAUIBxkBBQQiIRwQkQtkQyAGDDsOCxwVKQMCNxhSJGkcLxkhAwyKpTdUKSk5JCgmChgcNjstGzGLbxQnIEARMk4zV1ssPFs+Fw
Y7BQUlKgUkHA0QHAUOHREiEylCTg8NFCcrOmlvLiBTOAksHAktMGQUSGIxAxEnOEI2BGwxJ2AaMgtNDqkDsREhNjYrUjhlDSYajh0cFDcvch8c
QQEdER1GJQglCgsWFQtJMRo0ASWIZAIMDGgnGwQUAX8TQTchIAoWHQYC/oIOEU0GBwlEAQ8fDlclBxoHkwgBM4M5iQ0GCw06EKcCAjP9XQgREQ
w0BhEUAhEIAbUkqhYIAVWnDQAAEQBS/rUGOgXXADoASwBXAHsAhQCQAJkAowCxARYBHwEqAT0BSQFUAV0BYAAAARQCBwYHBgcGBwYHBgcGBwYj
IicmJyYnJicmJyYnJj0BNDc2NzY3PgE3Njc2MzIXFhcWFxYXFhcWFxYHNCcmJzU0IyIVFBcGFRQzMgE0JiMiBhUUFjMyNhc0JiMiByYjIgcmJy
YjIhUUFjMyNwYVFDMyNjMyFxYXFjMyNhM0JiMiBhUUMzIDNCYjIhUUFjMyNgc0IyIVFBYzMhc0IyIVFBYzMjYXNSYjIgYVFDMyNzY3NhM0JyYn
JicmJyYjIgcGBwYHBgcGBwYHBhUUFxYXFhcWFxYzMjc2NzY3FjMyNTQmIyIHJjU0NxYzMjU0IyIGIyI3JyI1NDYzMhcWFzYTHgEzMjY1NCYjIg
c2NTQmNTQzMhcWFzM2ATQjIhUUMzI2FzQmIyIGFRQzMjYXNSYrASIOARUUFjMyNjMyFjMyJTQmIyIGFRQWMzI2FzQmIyIGFRQWMzIHNCMiFRQz
MjYBJjcGOottI0BTFClbIkQfGScFOl19OBQQFQQPOSwtPzM8TEpXLVBkOnFXPpQ2gCwKAwMGD2VzGSIXFXIaExIfJiYSODj+uCYWFScmGBYkyi
MWChclCQUIAgMPFzAeDhARByIGAwYFAgoDCx4XJXgiFxciPDbXLBM5JBgVJ2U1PSMWOVk9NSEYFyKdNhIYOC0LBwsaEgNQZQ4KCAYgKTp6WVVV
Kk1cHTo4NBgbZxBPRAoFEhpiKSszDgQKERQoHQ8XESECHhM2OQcFBwsDAVUtGxwQBBZQhgIqFBUnKxUWGAQ0NUJiSjkXDv6xOTk2GCRsKxUXIj
kWKjgYFDEdHRoxGCIIFgQQBBD+/ScVFyUpFhghbCUYEygrFDllOT8/FyIBAAIBAkyQ/tBaHR8oDCk+Aw4KIDEFNUcaPFELJjQnKEFkd+YuaIqE
QiIrNiRdRxc2ehs0ORc2W2cpOWphTSsLBQYOJiAUFhgXMgGIFiMkFRgnKbQWIgwyAwsXFCkOGxMQDyYFCiwFFyn+yBcoKBc5AQ8TJjsYJClVOD
gWIzA8ORgnJa8XGyYXNQITHAQC1D5VaxwUSDkbI0dHSBwiKBAgS0VFTbHbohlIPiQpT04SFSAbNhMmDhgmYTgNCxM7PQcMAUgbKBQEJ2wBFRQk
KhUVJBoYGi6dGTJVQE0X/iQ2OTgjVxUlJRc8KLkXIQQtERgqSwXjFSMnGBYjKF4YJSwTEyYjNjk5JQLqAgEAADgAUv6wB6YF9gBfAGoA0QDbAO
MA5wDvAQIBDAEUAR0BKQE3AT4BRQFNAWABawFzAYIBigGPAZYBmgGiAbEBuwHVAd4B6gHxAfsCAwIOAhoCHgIoAi8CMwI+AkkCVAJfAmkCcgJ9
ApcCnAKgAqkCsQK+AsYCzQLWAuIAAAEUBwYHBgcGBwYHBgcGBwYHBgcGBwYjIicmMyMyJyYnJicmJy4BJyYnJicmJyYnJjU0NjU0NzU0NzY3Nj
c2NzY3Njc2NzYzMhceARcWFxYXFhceAhceAR0BFBYdARQWATUmIyIHFBcWOwEBNTQmPQE0JyYnJicGBw4BIyY1NDY1JicmJyYjIiYjIgcGBwYH
BgcGBwYdARQGBwYHBgcGFRQXFhcGFxYXFhcWFxYXFhcWFxYXFjsBNjc2MyIXHgEXFhczMjc2NzY3Njc2NzY3Njc2ATQjIgYVFBYzMgEjIiYjNT
I3ByM1MwEGIyI1NDczJxQHBgcGMSYnJjU0NjMyHgEXFgEUIyInNTYzMhUXFCMiNTQzMhcGKwEiNTQ3MxMGKwEiJzU2OwEyFxMGIyImIyY9ATY7
ATIXASMmNTQ3FwEGBzU0OwEBBiMiJzczHwEUBgcGIzInJicmNTQ3NjMyFxYBBiMiJzU2MzIWMwEGByYnMjczJyYjIhcjNTI2MyIXNjczFyIxNT
YzMh8BJic1MycjIiYjNTMXIzUzFyMmNTQzMhcnBisBIiMmIyc1NjsBMhcBBiMiJyYnNRY3BRQHBgcmJyYnJicmNTQ3Njc2MzAXFhcWFxYlBiMi
NTQzMhcBBiMiJiM1NjsBMh8BIyY1NDsBAQcmJzUyNjMyFwEjNTI2MzIXJxQHIyY1NDczFBYBFAYVIiYjJjU2MzIBIzUzFwYjIic2OwEyFycjIi
YjNzMnIzUzAQYrASInNTYzMhcBBisBNjUyNjMyFycGIyInNTY7ATIXARQrASInNTY7ATIBBgcmNTQ7ATIXJyMmNTQzMhYzEwYjIiYjNDY1MxcB
FAcGIyImIyIGIyImNRQ3NjU0NzI2MzIXFgEjJzUzFyM1MycjJzU2OwEyFycjNTI2MzIXJy4BIyIXJj0BNDMyFwE1IwYdARYXASYjBxYzMgE1Ji
MiBxUzNgU0JisBFAYVFDMyNgemBwcKAw4EFUVRclUcOTl2EyYMPCweOSdBEHIORUk2LFYYHCUWFjc0JygYJg0RECxBCxkpDxwIEjyBdnQRInQM
sz8MMjQhTyFANkwWhBUhDFkGCf1/BwUICgEDEAQCEQw4SWgwYBMZDmwFJQIZMA4dK24IIQgrZ18vJT8gOho4SRYCAQQJECoJCwICEAcVHQUjIx
tTHkAqVCZKNx82CgoSKwo3ECILCSAZMVscOxMkfl5OHwIGAgoI/OkUDBQQBR8CNxYEBwIREqYjIwFGEwIVCiCrEQgYJgYNZGMdBhUIGhH+EBUM
Dw4NFZceHh4eMAYEEg4HI8sNFwwEGxINDxAR0wcLBxoGAwgPDAoP/d0jBwogAjsKEwoT/BwOBwgHAxoHyhsEEB4MOhgqGW0NDQIESQH4EwMBEw
wIBA4EARMMFAICCwgRdgIDEgInBA8EAhEBBBEhJgwMBwc0Bw4V/gcFEgUjlyAgKh0KEQMTqQQDEgMFBQMEBgoICQz+Fw0GBw0QBQU3AQsTFBEj
HSkOGygKJCIWChApEiIDJQH+RgwIIhsODQIQDgQEDwQMBQoHB74fEBAf/CUEDBcEEgQHBgPJKQQQBQMNxxYKBwcdA/0gBwceBwQIFRoCGRIStQ
gKDgoDEQYJB5oGBRIEBB1YFBT+FAgKBg4HCw0OBwE3EgwSAQQPBA4KuwcLCwoOBAgHBv69HggNCQgOChwCJQ8dChoHDge7LwQgAw0DzggJAwoD
AxoE/qgfIBEGEQYGFwYVRwgBCgUXBl45IAEYGgchMB0dYxoHBgIRAga4LQQSBQsHggUaBwcBARUMDAQPGi4ECv2hBQYxBwoTASUOCggWDg79ah
4IEAQYChgCOzYcECA0ZhQ4u1uAGgYOFR8CBgMSDgoRGhwOBxkKGyIODCNSRkYeQiGflDgmZBkuLmYGFjIyDyEQIFpRSiECBhYeCB4MCBwGERMq
DG0iJgu3DlIFFAW2CigCzUcHChUVHf0O4wssC1gbW3dEFSspDAYKNg4LKwoGEQkQEwMiIBodIhs8JUdSEEsHJAUKFQ8eYUMgMkQNNWgWHCcIQU
ArQB4qBhQLHBotLTcSAwYPC1MfDhQBByqZgJodOwwkHv1cHSkNBRMFDwcaAxoj/fcKFwwKwyoiEAwVBRIFQR1fEAIBDwFTFQkeCQ3IHx4e6AMQ
CQf+/hATJhIP/ugGBggIEw0QAdsHCwQUA/1rBgwQEQOOBwcaB3kFSgYaFQQQESELcgMCGv04CgogBgb+qQYEBQoPTwEZJgQJAwVYHg0HbgECEc
8DF/caTQoJEQorAQEEHQYKAdAHBQcBFgMChh9BRRMIGSIICRcKExUqJwsFDwIJARwH5wwaHAz9nwcHIAYH4Q8JFQN/BAIFFwMG+/4gBwdIBA0L
DAwHBBECvgQOBAMMFA39axHqBAoUB34DGisLAasEBxcKB/57CwItAwluBwoRBgYBQh0NIAn9VgMGDgoYCpIECxsD/soHBAUWBQMBvBQvMgwPOR
UJIwQjGBQDFgz94QcUSxQTBxoCAoInAwodAQsGCAIEEAoC+xA1CAoDBAFRBE8O/d4RDRoRBIkIGQUVBSAUAAAJAFL+dQfMBe4ABQAKAA8AFQA0
AE8AVABbAGEAAAEHJic3FhcHJic3JwcnNxYBBgcBNjcBEAAhIAAREDcXNwYREAAhIAAREAAhIAc3Jic2ISAAARQGIyImNTQ3FhcWFxYzMjY1NC
cmLwE2MzIWAQcmJzcnByYnNjMyFwcmJzcWAa4pDxknD2kqFBYqcSoqKRcC3gok/NUQIwbH/c/+dP50/c+aKXS6AewBVAFVAej+F/6s/tHaNA4X
0QEpAYwCMf3N66Kf7EBdYR1BDRIjQQ0JULtYdqHr++1tDR5tcG8bC2cEBXJqCiRtDQVyag0ebQ5rbQ8ZcW5uK20S/G4pCQMgFCb8wv50/dACMA
GMARnoKTHl/tz+rP4UAesBVQFUAeq7gRMPl/3P/nOi6uufb2daYiE6CUMjExMNTbU96wGdKgkeLXEsGxImdCoGJCcIAAAFAFL+3gfkBdwABwAL
ABAAGwAfAAABBxEBIREjCQURBSMREwkBMxEzESERIREDIREhB+TV/eP8GLgEywJG/a7+PAI7AUT+1o4f/c396WheAVsBvV/+/AEEBA6I/K3+qw
PmAxj+MgF9/sD+vP1TAwq4/JUDrQE7/sT8KwLD/T0D1v2fAU4AAAkAUv6IBrQF4gAIABQAcQCBAIsAoQEBARUBLAAAAQYHJicmJzMWAwcmJyYn
NxYXFhcWARQHBgcGFRQWHQEUBwYHBgcGBwYjIicmJy4BJyYnAgMmJyY1NDY3NjcnNjc2NzU0JjU0NzYzMhc2NzYzMhcWFxYXFhcWFxYXFhc2NT
QmNTQ2NTQ3Njc2MzIXFhcWAQYjIicmJyYnJic2NxYXFhMGByYnJjU0NxYBJgMmJyYjIhUUFhcWFxYXFhcWFxYzASYjIgcGBwYVFBYdAQYjIicm
JyYnJicmJyYzIgcWFxYXFjMyNjMyFhUUBwYHBgcGByYnJjU0NzYVNAAnJiMiFRQXFhcWFxYXFhcWFxYzMjc2NzY3Njc2NzY1NCY9ATQ2ARQDJi
cmJyYjIgcGFRQXFhcWFzYBFAcmJyYnJjU0NzY3FhcGBwYVFBceAQWKBisMIQRGPSo8KhQnPYQeVhs2IRUB0gwOAQEGPR5YTk4aMqLAIkJGGQlI
RTFe0H0GCgogDQMeHAoaEyYFRS0fJlsPJRImBxgVMSwUChtiY3VbC3cODQUdITgrJ04QCBMy+rElBQIcJSYpEQcQECETLQRABg4uVjkKWAJxbb
YiUhUESyMRD18yXiEqChcDBwOEPxEUPhAZEAwbIwEDy1dCbnY3CDYwAx4oL1k6eSoKCikKBhoGLVa7eA4eDRkBERn+4xcGDCIHDlJedikoMSxf
dhgGY2oGMB04j0AhNVMGHPwvxh05ChckEwwsGj8rLEybSQICIR4eIwwSDREQGDIJEAQIBDcEogEJOnALek3+shQiQ2ekHT8XMT88/vATIycRDR
0eeB5+wp9PaV4/Dh1gDg8PBUhNP6gBcwEJDUtIFhJNCQILiSk/DBkJDTINQy0dKBEcCQEBGxkSCSugoL17D24VDAwvDAYZBkpKVCEaBwQYQfxQ
FCArKjMuJEgEBjNhB/7kCw0NJiQcAT5gAvnTASA6bBZfFyIQE4tJlDdPFScEATkQNho4NGQNMA1mFgGaf2G2xVQMOwUqSJRx3kkGFAYMCwsgX8
YjRwYPCQYtLUIJDgG0EwVJLRYuqMHLSEdTNXEnCCACGAsdZGclUr7uDzsPbiB//q0LAVYxYhUnLwtBBx1VODh05T/95AcqGhofHy5uOS0vLwsV
IkMTcCsWCk0ABABS/qkGWAX2ACEASQBYAHEAAAEhNTQ3Njc2NzY3Njc2NyY1NAAzMgAVFAcWFxYXFhcWExYnJicmJyYnJicmJyYnJjc2NTQmIy
IGFRQXFhcGBwYHBgcOAQcGBwYDASYjIgYdARQXJjU0NjMyAwYHBgcGBwYHBgMjNjc2NzY3Njc2NzYjMgZY+foICBQKCQ8vPoU1aacBE8HEAQ2n
TpRqMRgKDRoTVwsWBwYLHCxkSUllIBkC7OWgn+ZARGgBJBBtgAw/ZQgGCwYiA28tSI+/Dj+xgGPAUaMlJScWEAoPHDwXDgQNBy8rMBI6nBQ7/q
kMC0dmzHp6kE9oIAgTg+jCARr+58XufwcjKn0+YY7+48Y+d+9dXXM/YhQICQsWEihp/6Ht7Z9yZ2omMBUKDBACDXBBRoxC/ooGExbMjxsfLlJn
gb78kQ0ZBQUKHRVzsP7s4Jo/fS0mIgkDBxIACQBS/rgH+AWtAAUACQAOABQAaQBtAHMAlADVAAABBSYnJRYTITUhAwclNjcBBgclNjcBFAcGBw
YHBgcUBwYHBhUUBxYVFAYVFBYVFAcGBwYHBgcGBwYHBiMiJyYnJicmJy4BJyY1NCY1NDY1NCY1NDY1NCcmJyYnJicmJyYnJjU0NzYzMhcWASE1
IRMFJiclFgE0JyYjIgcGFRQXFhceARUUFxYzMjc2NzY1FDc2NzY3NgEjIgYjIiYrARUUFhUUBhUUFhUUBhUUFhUUBhUUFxYXFhcWFxYzMjc2Mz
I3Njc2NTQmNTQ2NTQmNTQ2NyYnNTQ2B8L+6g8fARcBYv7GATo2Kv7mCSL7Iw4d/uccDgWZHwpEOBgTBAUEFRIJCAkFBgctDUcMGAsVBQ4DNTUD
Bg0LFRMmHDgSDwQECAUKBw0OBQEXHCpTBCSelvLzlZ77Qf7GATpA/ukPHgEZDwRSiYHT04GJIAlFNTUkHMW9JB0GAQUJFAloRf77CyKJIiKKIg
oWExMQEA04NBEPDxQBDBMTCwsWDzk2DQUNEBASAQYNFgVlsA82swH9z1X+FUitFDcCaBgwsC8Z/ehgTxyDbUI1QyBAFSokHBQMGgUGFAYFEwU3
JS0jCikIDgIHBQkBAQUJAgcNFw8fGRU2BRQFBhgGBxgHBxwHKSALFxwhRIRRUqQIWWXui4ODiv73Vf5+sRcusxcBIdB2b3B2z1lMFX5hlJgwGh
QUEDcKTAEnRTcYx4P9OAoKJAYfCQYOBQQXBgUXBQUTBQUUBQknJQYCAwMLAQEOIyEPBhAGFgYFFwUFGQUEGQUFCwkKIAAEAFL+igfGBfsAHwBN
AGsAigAAARQHBgcGBwYHBgcGBTY3NjcSEzY3Njc2NzY3NjMyFxYBFAcGBwYHBgcGBwYjISIHBgcGBwYHBgcGBzQnNDU0NzY3Njc2NyQ7ATIXFh
cWATQmJyYjIgcGBwYHBgMGAzY3Njc2JDc2NzY3Njc2ATQnJiMiIwYjIgcGBwYHBgcGBzY3NjMhMjc2NzY3NgXBAiaDCj7luqrOIP67BxUSIXTN
BDIbOyhQXYJeaGhjawIFFhM6Dh4CJxs5WzT+rw8aHgoyYhDPJUcjRQHeN3U8VgNjAQuAKXIrCROW/XhFDysjOFEXSUN6YaJAyDJgMmlSAVpTTX
YwFA0OBQIACyhlDBcXDDhtJUpoRldlVVUza3YuAVRlci8uMggCBPlOCa9uCCmWUkuCFNkuWSdPASoBQQY8JEUhQ1FLNkxR+2ZOMCo7EBwBEQ8X
GgUGAQMOBEsMHhYtBQsKBnLuQns3NwIvfxEGC1QDdw9bCRojCjIqXlz++Wj+zR9CLE4ysDQqUS4zIFIc+9M9FUoBIQ8eKCs2XlVUGSojIA0sLy
0LAAIAUv6XAqgGBwARACUAAAUUBiMiJjU0NzY3EhMSExITFgc0JyYnAgMGAwYHBhUUFxYzMjc2AqihiomiNy4vXTwcWU1NGk4hHyBgGxY4Ly41
AiywbDs2OoqlpYqL7ry9AZIBvf7i/m/+rP6se1psj3p7AYcBBZX+17a33ZIQCbxFQAAeAFL+oQemBfYAKQBJAE0AUQBVAFkAXQBhAGUAaQBtAH
EAdQB5AH0AgQCFAIkAjQCRAJUAmQCdAKEApQCpAK0AsQC1ALkAAAEUBwYHBiMhBgcGBwYjIjU0NzY3NjUhIicmJyY1ETQ3PgEzITIXFhcWFQMR
NCcmIyEiBwYHBhURFBYzIRUUBwYHNgA3NjchMjc2AyM1MwchNSETIzUzByM1MxMhNSEBITUhEyM1MwEjNTMnIzUzASM1MwEjNTMBITUhASM1Mw
EhNSETIzUzASE1ISUjNTMBIzUzEyE1ISUjNTMnIzUzASE1IQEjNTMBIzUzJyE1IREhNSETIzUzByM1MwemJi5wOQv+VwoWa9mYLi0kHBcp/jwC
Nl07OAsUl2cFGiI9hycQT6AlCfrmDyxIKCN7bgHmKiwxjgEOJQcHAbbEIAWlRUV0/scBOXSzs+e8vOf+0wEt/iL+WQGnDMLCAWRISO1ISAFbtr
b9PUhIAdj+zgEy/Ti8vAHh/scBOee7u/2v/s0BM/6YvLwBaElJ7f7HATn+nEVF8UdHAs/+UAGw/LpFRQFoRUV3/soBNv7KATZ3vLzxvLwBukNS
YxwOFSrHjmMuDk08SYJnCxNUT2IDFBA3ZXsSKI06Jf0PAuK/JwkMFEQ8UP0gboI7VpKcNysBFI4bDsUfAwdOTk7+2lFRUf7ZTwFfTv7aUf4ETo
dP/gRRAjJR/gROAjVO/gRP/gRRAjJRh07+BE/+3E6HT4hQ/SxRAjJR/gROh0/+3E7+2lFRUQAXAFL+kAe6BfcAAwAHAAsAEwAbAB8AIwAnAC8A
MwA3ADsAPwBDAEcASwBPAFMAVwBbAF8AYwBnAAABIREhAzUjFRM1IxUTNSEVMzUhFQE1IRUhNSEVEzUjFQE1IRUBNSMVATUhFSE1IRUBNSEVAT
UjFQE1IRUBNSMVATUhFQE1IRUBNSMVATUhFQE1IxUBNSEVATUjFQE1IRUBNSMVEzUjFQe6+JgHaB+BgYGB+QeSAR0FSvq4A6wBG4GB/uT+vgLf
gf7k/FMBPgEtAUH+vwLfgf7k/r78do4C6v7FA6r+v/x2kALs/sX+344C6v7D/uGOAur+xf7fkJCO/pAHZ/zw6ur++OzsAxHs7Hd3/vrs63l6/P
Lp6QEE6+v99+zsAxDq6nJy/fXp6f317+8BBuzsBBPs7P317Oz88u/vBBbq6v316ekBA+zs/fjs7AEF6en99e/vAQbs7P767+8AAAcAUv6tB5wF
+gA3AFEAcgCYAKsAvQDGAAABFAYHBjMyJwEWFRQHBiMiJyYnJicGBQAjIiY1NAkBJicmNTQ3NjMyFx4BMzIkNTQmNRQ3NjMyAAc0JyYjIgcGFR
QWFTYzMhcWFxYdARQHMzI2JzQnJicmIyIGBwYHBgcWFxYXARYVFAcOAQcWFzY3Njc2ATQnJicmJyYnJiMiBw4BFRQXNjc2NzYzMhYVFAcGBxYX
FjMyPgElNCcGBwEGBwYHBgc2NzY3Njc2ARQHIgYjIic2NTQnFjMyNjcWAQYHBgcGBwEWB5xKXx4BDGH++iMzNjpqNwVGIkGI/vH+uVcGHwFAAW
RJEB4VQHg0HQxZARIBAwkHJ790ASxHJ6GiPy0wBCwORyQuQksfVSJKxTA9UiMLBz8HD0hEiitSEicBUCcQCqpgAw5EhiA7IP7JEgMJR74UK1VI
LA8aQnYaGCEIFSctTS4mJkwuPlQcURD+yzwTaf5VK1MQOEk0X7Jxqt83ZAMeNAYYBwEPBSgvBwwwBhT8ybrVUKYDugMxDgRXZGgaCA3+61pqPU
FFFAIoEyl++/7SHAVYAV0BhHgkSWkQJXEEAhz2Eg88DwEdo/7SeVc01SYoPQokCCAVG0ZQJ0oEKVACM0FSGgsYBQtJSJAcPRIiAVAzQxwWDa1e
DwdBgx5AKf3kGUoQH6h4DxceBQhSGpJ7Fx8pBxFLLSksIiI/Fh4/Na8LMwdp/lUqVhFNZE8+imiv5jZjAhcuOgcLLAcXPA4fCjv97sLXU6EDig
M2EQAAFgBS/pwHpAXvAAIABQAKABEAGQAfACUAKwAzADgAPwBIAE0AVABZAGEAZwBuAHQAeQB+AIYAAAEhAQMRCQEHJzcWFwYHJic2NwcGByYn
NjMyFwYHJzY3BwYHJzcWFwYHJzQ3BwYHJic0NxYXByc2NwcUByYnNjcBFCMiNTQzMhYBByc2NwcGByYnNjcXBgcnNwcGByYnNDcWFwYHJzcWBw
YHJzY3FhcGByYnNw8BJzcWFwYHJzcHBgcmJzI3Fgek+K4HUln51gXLEikSDA0FCQtXBRAfBw4WEAERAxYDFlcCECMDDyYPDg4HDl8ZIgERDR0S
FAgYWwQOIw4NHAIQAjVAPT0aJv3nFl4DEyMFChgUBw4ZCA1eGCIGDBAZDg8NBw5eGRs+Bw4mARQJEAQSLy8WIxIpEgwNBwtiGSMFCQwhBA4c/p
wHU/kDBir51gVjEiUTCZQHDghPCg9yBgwWDBaZBhZdBhBuCA4pDweSCRNaARhxAxAJHQERD40ZXggObgYNDBYGEP13PDw+JAHPFVoGE3UGDBIU
BgyZCBFbGHUECgwZBQ4Okg4IWxkYXQYMJQMTDJAIESo0FXISJhIJkwgRXhl1Bw8JIQ4VADUAUv8KCAoFbwAcACYALwA5AEcATQBUAFoAXwBlAG
8AdgB8AIIAhwCLAJEAlwCcAKIApwCtALkAxwDOANoA4ADlAOwA8gD4AQEBCAEPARUBGwEfASYBKgEvATUBPQFBAUkBTQFUAVwBYgFqAXABdgF8
AYIAAAUkISIHBgcGIzImIyAFETYhMhcWFxYzMDc2MzIXAxEmIyIHETYzMhc1JiMiBzYzMgURJiMiBxE2MzIXJiMiBwYVFBcUFTYhMgEmJzUWFw
cmIzUzMhcTJic1FhcHJic1FyUHNTY7AQEjIicmJyYnNRclBzU2MzIXASYnNRYXAQYHNTY3ASIxNTMnIzUzFyYHNTIxEyYnNRYXAQc1NjcBJic1
FhcnJgc1MycGBzU2MwEjIicmJyYnNTMyFycjIiYjIgYjNTYzMhc3ASYnNTMyFwEGBwYHBiM1PgE7AQEmJzUWFwEjNTY3FwYHNTY7AQEmJzUWFw
EGBzU2NwEjIgYjNTYjMxcmIzUzMBcBBgc1NzIzASYHNRYXAQYHNTY3Fwc1NwEmJzUzMhclIzUzASYnNRcBBgc1NjcBFAcmJzUXFicjNTMnBgcG
IzU2NxUjNTMBJic1MjEXJyMiJisBNSElBgc1NjcBIzInNTMyFwEGBzU2NxcGBzU2NwcGBzU2NxcGBzU2NwgK/tn+zJ1xBTkxBwTupv7S/uXVAQ
HCqAROQghRu+L/70DK4vTf4fDswq7rpqt2ff/9P+/34cK66elpxZjprgEB8QEEhwQ+EiMSI11xjJsUTl0MKRQhXTthnP7fn1wfJAF+ChEZIgg0
Z/n+45p3BQMbAR0SIxIj/b4SJgI2AeU5OcA9PWArETy9DCkSI/4fmVs+AYQTJg8qwQ0vPGCGdoxwAX4KERkiCD1eGi+wvREQPRAXXhdJXCokB/
z9FCgOBycCQjtJAjokGRmtHRr9WzdvbjgCQjwVJ8QzZ00FSP1dOmg2bAF+FCQNK/1OhxVPFc0EN2dhQmFCAqxOS4cEDv4hnWySd/2oESQSI8Gd
nQGXp2IRPbv+zDw8ATQgHDz9qBkcESEB9wMRKjwC0Dw8Y1xSQQhcmzk5AZcaiBGRzRwHGwe+AQP+0iAZFCUBLgoEnUsCVv51EiMSI10TJhMmXQ
MzEiTBolQ4vvaaIwIVE0qXBe14OwEgGx9IaPrnBPBRW/sNY802VDIYBgTzaFj7ClZ4NVQUBAUKCgVwBEcFCEAFCSsPQBD/AAUIPwMHLAsGQhN7
FzwX/kwHCgEFDEAkkgo/CgP+QgUMPwULAckFCDwBD/3SP3tA7wICQP7uBQg/AwYB3CQ/GAz9uQMGQAMHgAICPWsOJT80/ZgICwIMBj8njgYJPw
oEAwIwBQw/EP35AhABEAo8DCQBoggSPw0N/SI5BAbWAwo/CgIvFRI/DBv93QgMPwMOAokTPxf6CUAK/RkQFz8nAZIuAUILJQEyBQg/BQjPFz8X
/jItBD8tm0P+LwsFQxQB4wULPwUL/eASFQYHPwoMlD9rBBURPx8P8D/+MwoZQCSbBjtpBgRABQT+ZgpACgEIBQg/BQjZBQg/BQhWAQg8BQvQFR
g/FRgABgBS/m8H8gYQAAkAFAAdAEgAUgBpAAABBgcmJyYnNxYAAwcmJwAlNjcWFxYDByYnJic3FgATFAcGBwYHBgEGBwYHBgcmJyYnJjU0NzYz
Mjc2NzY3Njc2EzYzMgAVFBcUJzQAIyIVFAAzMgcmJyYnJicCAQYHBgcWFzY3PgE3Njc2B/IZInfHysIkvwGnMzcMC/7z/o8RE7HEvyc1WbiwpC
SoAWEPDRJHMjI+/gfGzwIJBS5TQBo4QDYGFA4HFiQaGWhWYMckGbsCSQFK/eVuJAIgaiNOJSB/3vIFpf64FzI3D2ldEwICDKRjY+wDLg0XxMfL
cj56/lf+0CgJEQGU4CIdbcTA/uAknrWvYzRu/qD+UxcNEiIXFx/+/19xEB8MKy06GEZOEREjBAcVTzg40aXBAX8I/b66BQoJSG4CGCNq/eFECB
BA4vdt/sr9kS5cBRqMNxQSFxZSMDF4AAAPAFL+ogdyBfoAFgAbACQALAAxADUAOgA+AEkAUwBXAFwAYABkAGgAACUBIREBJjU0NjMyFxYXMzYz
MhYVFAchByEGByEDNCcmIyIHITYHIyIHMzY3NgERBxE2ASMGBycjFhc2BSEHIQEmIyIHBhUUFzY3FyYnIyIHFhcWMwERBxEBJicGBwUhByEBES
ERIxEhEQdy/fb66gGiX3ZWak03PVRyuFlwAwGij/7EQHgBW70pJDR8WwFOCkyEBoMLEheJAjKhof0kQAkYKRIDCAICQ/3lwQIS/gZbfjMkKVEj
RfgMH7cLMU97IgcCzsD9BRcrDx0BX/5J2QHPAnj9w1P+Fbb97ARfAX1mWFVpRzRx7GhZFBVXUz8BFTIdGZUacIYGCDH8aAOfpvxenAPsFFBkCh
QK0cYCAZUZHDFKQR4+6DFhMjIkCvu8A5/E/F4FDAwaDBpUxvvmA8f8OQPH/DkAeABS/rMGIAXzAA0AEAAUABgAHAAgACQAKAAsADAANAA4ADwA
QABEAEgATABQAFQAWABcAGAAZABoAGwAcAB0AHgAfACAAIQAiACMAJAAlACYAJwAoACkAKgArACwALQAuAC8AMAAxADIAMwA0ADUANgA3ADgAO
QA6ADsAPAA9AD4APwBAAEEAQgBDAEQARQBGAEcASABJAEoASwBMAE0ATgBPAFAAUQBSAFMAVABVAFYAVwBYAFkAWgBbAFwAXQBeAF8AYABhAGI
AYwBkAGUAZgBnAGgAaQBqAGsAbABtAG4AbwBwAHEAcgBzAHQAdQB2AHcAeAB5AHoAAABBgchJjURATIXETMWNSc1BQERIREBIzUzFSM1MwcjNT
MnIzUzFyM1MwEjNTMTIzUzJyM1MycjNTMXIzUzFyM1MycjNTMnIzUzJyM1MxMjNTMnIzUzASM1MycjNTMnIzUzFyM1MxcjNTMBIzUzFyM1Mxcj
NTMXIzUzASERIQEjNTMnIzUzEyM1MxcjNTMnIzUzASM1FwEjNTMBIzUzASM1FwEjNTMnIzUzJyM1MwEjNRcBIzUzEyM1MycjNTMBIzUzASM1Mw
EjNTMBIzUzJyM1MwEHIzUBIzUzASM1MwEjNTMBIzUzJyM1MwEjNTMnIzUzJSM1MwEjNTMBIzUzFyM1MwEjNRcBIzUzJyM1MycjNTMBIzUzASM1
MwEjNTMBIzUzFyM1MwEjNTMnIzUzASM1MwEjNTMnIzUzASM1MxcjNTMlIzUzASM1MwEjNTMXIzUzASM1MycjNTMXIzUzFyM1MwEjNTMBIzUzFy
M1MxcjNTMnIzUzASM1MwEjNTMvATUzASM1MwEjNTMnIzUzASM1MycjNTMnIzUzJyM1MxMjNTMBIzUzASM1MycjNTMnIzUzASM1MxcjNTMBIzUz
FyM1MwEjNTMBIzUzASM1MwEjNTMXIzUzJyERIREjNTMHIzUzByM1MwcjNTMGIBEj+po0BQELIocZ7/ySBA760wTYhIQdHTMhIWpOTpwcHP7fkZ
HtHx8yhISdUVGcHBxohISdISFnHR3XlJSgGhpjHh4BASEhNISE/lRUMVFRzYSE/jqWll6HhzRRUWeFhQGe/qsBVf0tISF8OTnjVFTOhYWbHR0C
OR0d/mIeHv7LISECoCEh/mQgIGodHTOIiAIFHR39KoWF0SEh0R4eAz2EhP5iUVEBASEh/piIiJsgIAKgAxr8ryMjAdAeHv3GUVEBBSEhah4eAq
AhITSEhP7MUVEB0lFR/ZMgINFUVAHPHR38kSIiNYWFnlFRAW8hIQE1UVH9+BwcAtWEhDROTv4xiIjRhYUDCouL/FsgIGodHQIJh4c0UVH+yB4e
/sgeHgLXhYWaUVH9LCAgM4iInVRUmyEhAgJQUP2UHh7RVFTOhYWbHR3+LoiIAtAaGmMeHv3GUVEBBSEhm4qKAZ8gIGodHTOIiNGFhdEhIf4qUV
ECpFFRZ4iImyAg/pVUVDNRUQEFISHOUVH9kB4eAdUgIP5eUVEBbyEhZ4iI0f6qAVYeHjGKip1UVGoeHv7nESMzBQXTATUc/vQkBCDHx/o8BXH6
jwSGI4QgICBBI+sqAQVO/oMqPSBBI+sqiyU8Kj0gqE7+6iBBI/60JzwoniOEIOglAWtOtSOEIIcq/fYBRQFjI0RO/uog6Cc6Kv2UJgMBXSQBBS
D9NyYDAV0kPSc6Kv2UJgMC5yP+tCehIPzTJgFXJ/7AJgFaJD0n/VYjIwNLIP3/IwIfI/60Jzoq/TAmPiX0J/38IgIiJNwj/ewnBANIKj0gQSP+
UyT+vSYBuyr9MCaHIwG7J6En/M8lA0YqPSD9/yOKJvkkAQUg/Tcm6yMCgyc8KOwk3CP97CUCHSffJusmPiYBuyX80SY+AyACIiT+vSaUJf37Iz
4mPiaiI/6xJgG+JP0zJj4jPiYBWSV4I/6xJusmAhwn/fsjAWoj/lAjhyY+AUz+UCYmJSUlJSYAEQBS/8sIiQXvACUAKQA7AEEARQBNAFUAYQBm
AHIAdgB6AIQAiQDJANEA2QAAAQcXMxUXBxUXJxEhBiMiJy4BIyERMzUhFTM2Nz4BMyEnBRsBNwcTNQcXEyE3BycDJxcHFwc3GwEFJzcnJSYjIS
IHAScHFhc0IyIVFDMyFTQjIhUUMzIDLwE3IQM2NzYzMhcBNSEGBzc0JiMiBhUUFjMyNgE1IxUFIRUhAzQvASMGMRQzMhcmJyEVJRQHJic2NTQn
JiciBxYVFAcmJzY3JwYjIicUFwYjMicWMzI3FRQXJyIGIyInBgceATMyNzQXBiMiJjU0NjMyFgcmIyIHNjc2FzQjIhUUMzIIid0lD5+fKCj89G
pTNSwJTAP89EoBZNAIGARpBQFnVQEhQpnPGWgcB37++BGgdTHCg77gSZGaCgEIaMWg/ac/CP7WCD8CDw0pIfUgHx4hIR4eIf4O/7f+U0UsWldW
fWoCjv3vEC0jw4eGx8aHiML8TsMB1P3iAguZGQoiFy8t3BYn/e8EcyMVFiwHAgQHFRAnCwoKEwIrAwU3ByExB0wcITUnAwQIKgt6OxEMMlVOIx
8GKSNrn51ra5PdIwZGDBUcEkMbHh4bBG2rEgdOKPFNFv3wMAsCIwOzmpkoTgprjZIBWv6zxvv+nBUHDgEyq5n//v5i2lQ1jiv+2QFAkMkyTkxI
SP4vTQwe3B8fIEIjIx8B5lQ9Uf5ySC8vU/3TVx0664fAwoWHw8IDA0REU2P+JCAQd6Myphw7V+Y6TgwFPUcOKQsLDkANPTEGAR0uA0UTDy8UCh
ULAw0VBAVrCgs7Kg8DOwqaa2uTkhMIRSwLB3UbHB0AAgBS/5MGtQTIABIAJQAACQE1ISIHBhUUFwcmNTQ3NjMhNQEUBwYjIRUJARUhMjc2NTQn
NxYGFv6V/XccM3Mkymh7gbACrQIKe4Cx/VT+lQFqAoUVLYQjyWgDh/7Duhw/eTk0vIKps4+Wvv1ls4+VwwFBAUG6EzeLPDC9eQAABwBS/o0Hxg
YCACoAMQA9AEMAUgBpAHkAAAUUBwYHBgcGIyInMAEmJyY1NDcnBiMgABEQACEgABEUBxc2MzIXFhcWFxYBJicGBxYXExAAISAAERAAISAAAycG
Bxc2CQE3JiMiBhUUFxYXFjMyARQAKwEiADUWBDMyADU0JyYnMzIXFhIlFAYjIiYnFjMyNjU0Jx4BB8YmHR0cPgoSFj3+3ydEBytJ2+z+3f5QAb
IBIwElAbCeRicTHDlZsi5SCP3MJSMVDxcyQv6C/vf+9v6FAXoBCwEKAX1aRQcKRQ0Btv5tgxEKDoUQO5WyDxP+X/677BzP/rUoARa60QEobGus
CkJqmKv9Y29LPmQRN1tDY1c8UJsYKBscIDkIQgEgIkoJER8fSaEBsQEkASMBr/5Q/tvl20YiO1ixKlkLAZwlHhMUGS0CVgEJAX/+gv72/vX+hw
F6/qdCBQxGDf4VAZKDDYcQCxE/kq8Eae/+vQFGzrflASjRsYqHMDBF/u1QS29NPFRhQmgqE2AAAAIAUv57Bx4F9AAVACEAAAEUACMiJwEXBycH
FwkCJjU0ADMyAAc0JiMiBhUUFjMyNgce/uzAkXr+ZadlqnWo/wD+4wN8VwEWvb4BFspUOjlOUjc4VAQhwP7sVP5oq2WoeKv+/QEfA3xzmL0BFv
7qQDpSUTk3U1AAAAYAUv6kBfIF9AAZAE0AWwBfAGMAcAAAARQGIyEiJjURNDY7ARE0NxIhIBMWFREzMhclETQmJyYjIAcGFREzETQ2NzYzFwYH
DgEVFAYVETMRNDc2NzYzMhcWFREzETQmJxYXFhURIxE0JicmIyIHBgcGFREBESMRIxEhEQEUBxMjEyY1NDYzMhYF8iMT+tMUKRgOxxxgAWkBZW
Idyw8Q/sRBJ3C6/tNPFyN2Yy8ZBA0ZTYwFPS4sMUo9u0AWI2lJWz88lkcoOBsdEzUtMQM/Lir7XAL+QT72OjtINDNL/tMTHB8UA8sPIAGESk0B
CP74Tkj+eygpAZgyhiFg1D4o/mkBZ2uxIRACBwcXqE4GGAb+jQGYMTc0EBiBLBj+aQF+S4UWBE9LXf6XAYsoSgYIAQMjJzP+dvwkA438cwON/H
MCX0kh/qoBVhxONEtMAAAGAFL+kAfGBgEAMwBJAIAAjQDBANUAAAEUBwYHBgcGIyInBxYVFAcGBwYHBiMiJjU0NzY3Njc2NzYzMhc3JjU0NzY3
Njc2NzYzMhYHNCYjIgcGBwYHNjMyFhUUBzY3Njc2NzQmIyIHBgcGBwYVFBc2NyY1NDc2NzY3NjMyFhUUBwYHBgcGBwYjIiYjIgcWMzI3Njc2Nz
Y3NgUmJwYBABUUFjMyAQABNCcGBwYVFBYVFAcGAAcGIyImNTQ3Njc2NzYzMhYzMjcmIyIGBwYHBhUUFjMyNzY3Njc2BwYjIiY1NDcGBwYVFBYz
Mjc2NzYHxjkfjkKMUX9GR68iQCGHP4RWfojPQiWIPHwlRUE1SEauIiYidFdXGjdVborL4UMuLR4fPkN1FxctTQuAUCA2DpScamU8J5Q6bTMSFC
kBIhioM28oPE1sHSJCODg0M0U6BhYGBz0oLkozI4RIR1oYD/3zCiZA/t/+0R4KDQEwASX+pQ4WFxgCFhj+wR0tLk1vLxCuNGQlPAQQBAg4JyxZ
g5wzXiycamA9MZ81ZDDZFBQvTAVitRpELisWC0lDBK5xSymQRoJCHqtbOXFQKYlCfkvNh3pOLIo+dyAXFSKwN1lZRT10VFQaMD/JjC9FGiFARX
cISC0UHX9THUAXHmqbMyGUOHU9ZEIQFCcMCU8nG6g2Yh1vTT8rMj0xMjU1PwNDECAWgkNDWj8n/SQJOf7g/tMNCiMBMAEl/dYxIxARFRoGGAYi
IST+wg8XbU1MMxKqN1sbA0IRbZ0xZjZha5wzKZ8zbTsRBVEvEhVawB8kLkEQCEhEAAACAFL/nwQ+BVcARQBLAAAFITU2OwEmJyY1NDYzITI3Nj
c2NTQmJwYHJiMiBwYHJic2NTQnEzY3Njc2NzY1NCcWFxY3FjMGFRQWFRQDBgcXBBEUBgchJQYHJTY3BD78GhERwQEDAh4VASIzOygYFH1eKCcS
FBkSDQwYMCol7RwcJB8ENyYBByUaGAcJMAizExsEARpwiQF3/esFGP5GDBZhbBcGEg8JFjQmGk5BPGGZET9KCh0ZGQ0aQw0QGQGlNDQ/IAQRDD
ENCAMcFAEFFCwLLQss/uAaNAZP/teQmzX/EzD1ESwAAA4AUv8mBpIFZgALABcAHQAjACwAPgBEAEoAUABWAF8AaABuAHQAAAEQACEgABEQACEg
AAMQACEgABEQACEgAAEHJic3FhMHJic3FhM0Byc2JzcWNQ8BNSMVIzUjNTMRIzcXIxEzNQEGByc2NwEGByc2NwEGByc2NwEGByc2NwUGMyMyJz
cWNwEHJhU1FDcXBhMHJic3FhcHJic3FgaS/ir+tv62/ioB1gFKAUoB1nD+bP7k/uT+bAGUARwBHAGU/qwnIRofKPM+DRY7ElcBRgICRgGvqvdO
SEguVVUu9/3oGyAnGygDTRQSOxYN/DcWDT4UEgNqGygfGyD+8hUCKAIVBSIi/a5GAQFGAl87EhQ+De8fKBsnIAJG/rb+KgHWAUoBSgHW/ir+tg
EcAZT+bP7k/uT+bAGUAyo7Fg0+FP75HxsgJxv+qwMWBSIiBRYDFFUuSEhOAauqqv5VLgGhDRY7EhT8sygbJyAbAi8gGx8oG/yWEhQ+DRajAQFG
AgICDgUUAikDFgUi/ssnGygfG+E+FBI7FgAKAFL/ZghdBQ4ABAAJAA4AEwA9AEIARQBIAEsAdgAAAQMRMzITARMzMhMJATMWAwETMxYBFAYjIT
U0IyIdASE1NCMiHQEhIiY1ETQ3NjsBMjc2NzY7ATIWMyEyFhUXNCcjEQEjAzcjBxcjDwERNCMhIicmJyMGBwYrASIHERYXITU0NzYzMhYdATM1
NDc2MzIXFh0BITYHve7IGoX+lsGGB0P+cgEBegYU/pjzXAj+lDYY/jRJTP7qQVD+PBY9JSIY/gwTAxgRH/ojIRgDCBws0wOcARhjafROcJkyT/
0Z/Pg0FQ0N7QsaGTL+Ex0OFAGXKyUvLUO4JyQwMCImAZ8dA639BQMe/uH9ZwK6/sr+MwH/Ef7z/uwBQxD+6Rk52jc32touLto4FQRzFhUTGwVP
O6oqHHgDBv31AQb+kGzZE2WdBGYXQDU1JUk8FvuWFAyrLBsWMiurqy8dGhsdLqsaAAAEAOL+dwceBhYAHAAiAD4ASQAAASE1IxEzNjc2MzIXMz
Y3NjMyFzM2NzYzMhchFTMDESMRIRUlESEeARUUIyInIR4BFRQjIichHgEVFCMiJyMRASE1MxEHJyUzETMHHvokYPQDFhooUQnXAxYaKFEJ4AMX
GihRCQERYC4y+rEFIv7DAyMnSRH+xQMkKEkR/s8DJChJEccEBP2q0qRJARGO0v53WwbRKyEncyshJ3MrISdzW/ldBnX5uC1bBnUWIwgiYxYjCC
JjFiMIImP5iwFWjwIwXnuf/RQAAAkAUv7uBwIFngALABcAIQArADcAOwA/AEMARwAAARAAISAAERAAISAAAxAAISAAERAAISAAAwcmIyIHJzYz
MgUHJiMiByc2MzIBFCMhIj0BNDMhMhUHNSMVIzUjFSM1IxUjNSMVBwL+Cv6e/p7+CgH2AWIBYgH2ZP5F/sf+x/5FAbsBOQE5AbvIOj9cYEI5XH
98/bE6P1xgQjlcf3wCyib8YiYmA54mS5JkgmSCZJICRv6e/goB9gFiAWIB9v4K/p4BOQG7/kX+x/7H/kUBuwIYUi0tUj8/Ui0tUj/8+SYm2CYm
s46Ojo6Ojo6OAAATAGD/Uwb8BakAIQCHAJcAnwClAK8AwQDGANIA2gDkAPAA+gEGAQsBEgEaASEBKQAABSMRNCYnBgcGIyInJicOARURIxE0Nj
cmNRAhIBEUBx4BFQcUBwYjIicHFhcWFRQHFyMuAScGByM2NzY3Njc2NTQjIgYjIiYjIgYHBgcGBwYHIzcmPwE2NzY3JicGMyInJjU0NyY1NDYz
MhcWFxYzMjYzMhc2NzYzMhYzMjc2NzYzMhUUBxYXFgE0JyYjIgcGFRQXFjMyNzYTNCMiBwYHNgUGBxYXNhcmJyYnBgcWMzIBJwYxIiYjIhUUFx
YzMhcWFzYHJicWHwEnBgcGBxUWMzI3NiUmJyYjIhUUAQcmIyIHJzYzMhcUBiMiJjU0NjMyFiUHJiMiByc2MzIXFAYjIiY1NDYzMhYBBiMiJwEj
BgcVPgEnNCMiFRQzMgcjBgcVPgEnNCMiFRQzMgb8QKF/QnmHrKyHeUJ/oUC5kSICJgImIpG5TFtNUBwQQBsbJEU3YxqxGTluWTZ4fFFUiKAaEK
IzGV4XF9YYHyUfH0i7bjhLBQENHCIKGiYQAk9QckQIIRgcMDcVLlkPOw8s6RlzXSwQOhBUKhc4Mh03BCYMEv7keHT6+nR4f43a2o1/8RcbKSAg
m/6gECAEDQpYLS07FRotVl46/gbKjjShEhidi0cOGhESMZgRIgoWVQsfMywsDi0TLib+2h8eJiAWBBgiKDQzKCIrUlMXQS4uQUEuLkH+kSIoMz
QoIitTUiJBLi5BQS4uQQFJY5ubYwIZOwMYIjKBEBAQEPU7AxgiMoEQEBAQcgFvg9QdqGVwcGWoHdSD/pEBb5j1JHJyAhf96XJyJPWYSDIiHQVT
BwcMFToVJRFBAhc9SS4xYgQxOjkROxRHDhMnISFFhiUTPQ0MBwgGHzQDExw1PQUOEBglERQDBxFdBjAnEgUDFRM/Dg0DBwwCu/hxbm5x+OOzyM
iz/gQRGhUVCVMDBw0PDVoPEBUUISYiAQpDFDsRNzw1HBUUNiIEBg0ZEg0XEw8PCRglIJkWFhgPIgPGIikpIj/eLkFBLi5BQXEiKSkiP94uQUEu
LkFB/liDgwFzGgQ4AjJZEBAQJxoEOAIyWRAQEAAAEABS/00IIgYFADIANgA6AD4AQgBGAEoATgBSAFYAYgBmAGwAeAB8AIkAACUHIyY1NCcHFh
UUBiMiJyY3JRY1FAYjIiY1NDclJic1NjcyNxEUNzY3ITU2MyEyFxEfAQM1IRUFNSEVBTUhFQU1IRUFNSEVATUjFQM1IRUFNSEVBTUhFQE0JiMi
BhUUFjMyNiUhBTYlESECNREBNCYjIgYVFBYzMjYBNSMVASEmNTQ3Njc2OwEyFwgiEHUMBEMzm2hzSEUC/f8Ml2xrky7+0REiDR4KGFsxcwGfRg
oENwUrGhSD++gEGPvqBBb76AQY++gEGPvoBHA4IPvoBBj76AQY++gDa0YwMkNCMTBI/rz+IgG6Cf2q/oTVAhBIMDBHSS4vSf2zMwJZ/mEJQkcF
LRi4CxKLFQ87Fw8DS0xnmFFNdUlfAmyTlmtWPwMOGowPFwgBYgPJdd+SLyz7YQUWBCZra5N3d5Jycpd3d5J2dv2fdnYBznNzlnZ2f2Nj/v8wRU
MyMUVHxjkVjgOk/hwE/jz+/TBHRzAuRkUBB29vAf0PCAOEjwphFAAEAED+swdmBdQAGAAkADAANAAAASEDFhcWFRQGIyE1ITY1NCcmJyYlAyET
IQEUBiMiJjU0NjMyFgUUBiMiJjU0NjMyFgEhEwUHZv61pQEzJyQb+4wEPAFJDjiX/IuABU4vAan+XWNHR2FhSEhh/JFgR0djYUhJXwMh+1NWA/
AFZ/yDBZFvHBstbQIDDrACAwc3AtYBCvmKR2RiR0hhX0pHYmRHR2BgBLf9/DkACQBAAAkI6gVkAF4AcgChAQcBFgElATEBOwFDAAABFAcGIyIn
BgcGBw4BBwYHBgcUBwYnBgcGIyInJicGIyImIyIGIyInIyImJyYnJicmJyYnLgEjIgYjIicmJzYTJic2NwQzMjYzMhYzMjYzMhYzMjc2NxYXFA
cGBxYXFgc0JyYnJiMyBxYXFhUUBxYzMjc2JzQnJicmJyYnJiMiBwYHBgcGBwYVFDMyNzY3FhcWFTYjMgQzMjc2NxYVFAcWFzYHNCcmJyYjIgcG
BwYjIjU0PgE1IyIHBgcGBwYjIicGBwYHFhcWMyI2MzIXNjMyFzc2FhUUBhUUFxYzMjc2NTQmNTQ3HgEzMjc+ATU0JjU0NxYXFjMyNjU0JyYnJj
0BNzMyFjMyNzYBNCMiBhUUMzI3Byc1NDYnNCYjIgcGBwY1FDMyNzYBJicGAxYzMjc2NzYBNCMiBhUUMzI2JyYnFRQWOwEI6i0zRR8YCAgLIxBT
AwMfG1A9ND4ZFhwzJzhXBitVKUsBBRQGQjBbFEYLAgssRBMQEwwPoR0XRAkQMisRx3cjUAcYARiHNcVcEEIQD3QyQ/U/Nkg6OhsPFhEQmUR7VT
lDniAGBCuIK1AlEQ4nIyCq1w8bGzYcrHpQKRxGRUoFAQQDQE4wKQERBgiDERwBKgERGiAGBhaAfQ0pUj/X3kwoJ0QHNUpwFGopGUArKy4uFClS
WiMkLDgunKwTAVguQC8rJTs1Cik+EiJCOxcWHFgMGWorHBUKJ58RKys8LCUwFw1XUAMYH9QCIBsY/Q4cJVdMQQoTCh5zJhgoHgMkETk0KSb9bh
UPM98nBBAtJg9qAgVELk5EMUvtBXRQEgwDGkpKUxcmJyUaDA4DUyUfHzokHwE1ExoVIAI7RgdGIRAPHR86FS0xEhVKSikkFdgBgiQ/GTjPsQ4z
YyokJBIMDBEMDI1UmYtIgJZuFhSXRICKNSsYNTE0rsISFQIHBSoeCRdKTkUJHhkOPVVIVAUbKQEWlCkyBRAVIjJKaCSoMlA+a24uUQUuWk1+fQ
M2JSUgDAUwfn6RYB1UXDRKHVsBBEErCSkJChozCg0UBXUWDQQlPwgEKAkEoR8KBi0sNzQlFSkWXFQLBwPeMSv+tDBuJjg/EgYSBEBZGCMwBU0k
AjI0MQN8DgXr/rgnOjAcxf3XSlUuRU1OAzkUEUYAAAAAAQAAACwOZQGlALAABQABAAAAAAAAAAAAAAAAAAMAAgAAADgBDQGYAdICZQMUA8kD6g
QsBIkFYQdGCSINKQ3RDhQPyxB5Ea8ShRLGE+kUmBW/FqUY+BmnGlcdQh6AHr8fhB/AIGchmSIMItcjiCP1JGwmEiblJzso+QAAAAEAAAAJK4Ud
352NXw889QAACAAAAAAA1WgPrwAAAADVZ+Zd+Ur9RBfwB2gAAAAJAAIAAAAAAAAFBACACNoACgdwAGgIAAAQBvsAYwdHAEoIAABkBV4AYAWfAG
QHIwBSB2gAUgdyAFIGjABSB/gAUggeAFIINgBSBwYAUgaqAFIISgBSCBgAUgL6AFIH+ABSCAwAUgfuAFIH9gBSCFwAUghEAFIHxABSBnIAUgjb
AFIHBwBSCBgAUgdwAFIGRABSCBgAUgSQAFIG5ABSCK8AUggAAOIHVABSB1wAYAh0AFIHpgBACSoAQAABAAAHaP1EAAAYAPlK/AAX8AABAAAAAA
AAAAAAAAAAAAAALAAEBc8BkAAEAAAGKwV+AAABDQYrBX4AAAJDAFAB9AEFAgIFAwYIBQICBAAAAAACAMAAAAAAAAAAAABGcmVlAEAmlv//B2j9
RAAAB2gCvAAAAAEAAAAAA5sFQgAAACAABgAAAAMAAAAAAAAAHAADAAEAAAAcAAMACgAAAHQABABYAAAAEgAQAAMAAiaWJpkmoCcFJw0nKCdMJ1
P//wAAJpYmmSagJwUnDScoJ0wnU///2WvZadlj2P/Y+Nje2LvYtQABAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAfwAAAAAAAAAKQAAJpYAACaW
AAAAAQAAJpkAACaZAAAAAgAAJqAAACagAAAAAwAAJwUAACcFAAAABAAAJw0AACcNAAAABQAAJygAACcoAAAABgAAJ0wAACdMAAAABwAAJ1MAAC
dTAAAACAAB8xkAAfMZAAAACQAB8zEAAfMxAAAACgAB8z8AAfM/AAAACwAB80sAAfNLAAAADAAB82oAAfNqAAAADQAB868AAfOvAAAADgAB8+AA
AfPgAAAADwAB9EsAAfRLAAAAEAAB9GQAAfRkAAAAEQAB9KEAAfShAAAAEgAB9KYAAfSnAAAAEwAB9KwAAfSsAAAAFQAB9MoAAfTKAAAAFgAB9M
wAAfTMAAAAFwAB9NAAAfTQAAAAGAAB9NYAAfTWAAAAGQAB9OMAAfTjAAAAGgAB9OYAAfTmAAAAGwAB9PAAAfTwAAAAHAAB9PgAAfT4AAAAHQAB
9QEAAfUBAAAAHgAB9Q0AAfUNAAAAHwAB9REAAfUSAAAAIAAB9RcAAfUXAAAAIgAB9SwAAfUsAAAAIwAB9VIAAfVSAAAAJAAB9cIAAfXCAAAAJQ
AB9dMAAfXTAAAAJgAB9iwAAfYsAAAAJwAB9kUAAfZFAAAAKAAB9poAAfaaAAAAKQAB9tIAAfbSAAAAKgAB+R0AAfkdAAAAKwAAAA8AugADAAEE
CQAAAGwAAAADAAEECQABAA4AbAADAAEECQACAA4AegADAAEECQADAA4AbAADAAEECQAEAA4AbAADAAEECQAFABgAiAADAAEECQAGAA4AbAADAA
EECQAHADoAoAADAAEECQAIAAgA2gADAAEECQAJABoA4gADAAEECQAKAKQA/AADAAEECQALAD4BoAADAAEECQAMAC4B3gADAAEECQANAFACDAAD
AAEECQAOAD4BoABVAG4AaQBjAG8AZABlACAARgBvAG4AdABzACAAZgBvAHIAIABBAG4AYwBpAGUAbgB0ACAAUwBjAHIAaQBwAHQAcwA7ACAARw
BlAG8AcgBnAGUAIABEAG8AdQByAG8AcwA7ACAAMgAwADEANwBTAHkAbQBiAG8AbABhAFIAZQBnAHUAbABhAHIAVgBlAHIAcwBpAG8AbgAgADkA
LgAxADcAUwB5AG0AYgBvAGwAYQAgAGkAcwAgAG4AbwB0ACAAYQAgAG0AZQByAGMAaABhAG4AZABpAHMAZQAuAEYAcgBlAGUARwBlAG8AcgBnAG
UAIABEAG8AdQByAG8AcwBMAGEAdABpAG4ALAAgAEcAcgBlAGUAawAsACAAQwB5AHIAaQBsAGwAaQBjACwAIABDAG8AcAB0AGkAYwAsACAAUABo
AG8AbgBlAHQAaQBjACAAYQBuAGQAIABTAHkAbQBiAG8AbAAgAGIAbABvAGMAawBzACAAbwBmACAAVABoAGUAIABVAG4AaQBjAG8AZABlACAAUw
B0AGEAbgBkAGEAcgBkAGgAdAB0AHAAOgAvAC8AdQBzAGUAcgBzAC4AdABlAGkAbABhAHIALgBnAHIALwB+AGcAMQA5ADUAMQBkAC8AbQBhAGkA
bAB0AG8AOgBnADEAOQA1ADEAZABAAHQAZQBpAGwAYQByAC4AZwByAEYAbwBuAHQAcwAgAGkAbgAgAHQAaABpAHMAIABzAGkAdABlACAAYQByAG
UAIABmAHIAZQBlACAAZgBvAHIAIABhAG4AeQAgAHUAcwBlAC4AAAADAAAAAAAA/dAARgAAAAAAAAAAAAAAAAAAAAAAAAAA
"""
FONT_EMO_B64 = """
AAEAAAAKAIAAAwAgT1MvMkrhVjUAAAEoAAAAYGNtYXAAMqZ7AAABmAAAAIxnbHlmsqhSegAAAjAAAAMaaGVhZC398EwAAACsAAAANmhoZWEHFA
PDAAAA5AAAACRobXR4B5QB9AAAAYgAAAAObG9jYQFAAlMAAAIkAAAADG1heHAADQCGAAABCAAAACBuYW1lijIO8wAABUwAAAFBcG9zdMHWmZQA
AAaQAAAARAABAAAAAQAAliiu4l8PPPUAAwPoAAAAAOV6VoAAAAAA5XpWgACq/4gDSALkAAAAAwACAAAAAAAAAAEAAAMg/zgAAAPoAKoAoANIAA
EAAAAAAAAAAAAAAAAAAAACAAEAAAAFAIQABwAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAwOEAZAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
AAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAATlVFRQAA/////wMg/zgAAAMgAMgAAAAAAAAAAAAAAAAAAAAgAAAB9AAAA+gAqgEEAUoAtAAAAAAAAw
AAAAMAAAAcAAMAAQAAABwAAwAKAAAANAAEABgAAAACAAIAAAAA//8AAP//AAEAAAAMAAAAAABYAAAAAAAAAAYAAfU0AAH1NAAAAAEAAffhAAH3
4QAAAAEAAffiAAH34gAAAAEAAfnpAAH56QAAAAQAAfnqAAH56gAAAAMAAfn0AAH59AAAAAIAAAAAAE0AxgDzAY0AAQCq/+IDPgJ2AD8AAAEPDi
8PPw8fDwM8BAgLDhETFhgaGx4eICAgICAgHh4bGhgWExEOCwgEAgIECAsOERMWGBobHh4gICAgICAeHhsaGBYTEQ4LCAQCAQwgIB4eGxoYFhMR
DgsIBAICBAgLDhETFhgaGx4eICAgICAgHh4bGhgWExEOCwgEAgIECAsOERMWGBobHh4gICAAAAcBBP+IAvgC5AAjACcASwBPAFMAVwBbAAAFDw
chLwcRPwchHwcDNSEVJQ8HIy8HNT8HMx8HJzUzFSc1IRUnNTMVJzUhFQLkAQQHCQoMDQ7+rA4NDAoJBwQBAQQHCQoMDQ4BVA4NDAoJBwQBUP7A
AQQBAQMEBAYFBowGBQYEBAMBAQEBAwQEBgUGjAYFBgQEAwEBvrTcAQSgPGQBSjIODQwKCQcEAQEEBwkKDA0OAZoODQwKCQcEAQEEBwkKDA0O/r
b6+jwGBQYEBAMBAQEBAwQEBgUGggYFBgQEAwEBAQEDBAQGBQbIeHhuRkY8ZGRaPDwAAwFK/7ACngLQABQAGAAcAAABMxEPCC8INxEjEQM1IRUB
fPACBQkMDxETFBUVFBMRDwwJBQK0eG4BVAKA/agVFBMRDwwJBQICBQkMDxETFBXcAXL+jgFyWloAAwC0/8QDSAJYAAMAQwCDAAAXESERAw8NIy
MvDTU1Pw0zMx8NFQEPDSMjLw01NT8NMzMfDRW0AfSWAgIEBAUGBggHCQkJCQoKCgoJCQkJBwgGBgUEBAICAgIEBAUGBggHCQkJCQoKCgoJCQkJ
BwgGBgUEBAICATYCAgQEBQYGCAcJCQkJCgoKCgkJCQkHCAYGBQQEAgICAgQEBQYGCAcJCQkJCgoKCgkJCQkHCAYGBQQEAgI8AfT+DAImCgkJCQ
kHCAYGBQQEAgICAgQEBQYGCAcJCQkJCgoKCgkJCQkHCAYGBQQEAgICAgQEBQYGCAcJCQkJCgr+wAoJCQkJBwgGBgUEBAICAgIEBAUGBggHCQkJ
CQoKCgoJCQkJBwgGBgUEBAICAgIEBAUGBggHCQkJCQoKAAAAAAAACgB+AAEAAAAAAAEACQAAAAEAAAAAAAIABwAJAAEAAAAAAAMAEwAQAAEAAA
AAAAUADQAjAAEAAAAAAAYAEQAwAAMAAQQJAAEAEgBBAAMAAQQJAAIADgBTAAMAAQQJAAMAJgBhAAMAAQQJAAUAGgCHAAMAAQQJAAYAIgChTnVl
ZUVtb2ppUmVndWxhck51ZWVFbW9qaS1SZWd1bGFyLTFWZXJzaW9uIDEuMDAwTnVlZUVtb2ppLVJlZ3VsYXIATgB1AGUAZQBFAG0AbwBqAGkAUg
BlAGcAdQBsAGEAcgBOAHUAZQBlAEUAbQBvAGoAaQAtAFIAZQBnAHUAbABhAHIALQAxAFYAZQByAHMAaQBvAG4AIAAxAC4AMAAwADAATgB1AGUA
ZQBFAG0AbwBqAGkALQBSAGUAZwB1AGwAYQByAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAQIBAwEEAQUEZGlzYwZsb3
Rpb24EdHViZQZwdXp6bGU=
"""

if __name__ == "__main__":
    main()
