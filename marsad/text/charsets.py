"""Named Arabic character sets, defined once; other modules build their regexes from these."""

from __future__ import annotations

# Harakat, tanwin, shadda, sukun, maddah/hamza marks above/below, the superscript (dagger) alef, Quranic
# annotation signs, the honorific marks U+0610–U+061A and the extended-A marks U+08D3–U+08FF (U+08E2 is a
# spacing sign, not a mark).
AR_DIACRITICS = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6, 0x06E9))
    + "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2)
)
TATWEEL = "\u0640"
# Zero-width characters and bidirectional controls: invisible, never part of a word's identity.
ZERO_WIDTH = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f"
    + "".join(chr(c) for c in range(0x2061, 0x2065))  # invisible operators
    + "".join(chr(c) for c in range(0x206A, 0x2070))  # deprecated format controls
)
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = ZERO_WIDTH + BIDI_CONTROLS
# Spaces other than U+0020 that should behave like it.
OTHER_SPACES = "\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f\u3000"

ALEF_VARIANTS = "\u0623\u0625\u0622\u0671"  # أ إ آ ٱ → ا
# Letters typed with a Persian/Urdu keyboard or a rare variant, folded to the Arabic letter in the matching view.
LETTER_VARIANTS = {
    "\u06a9": "ك",  # ک keheh
    "\u06aa": "ك",  # ڪ swash kaf
    "\u06cc": "ي",  # ی Farsi yeh
    "\u06d2": "ي",  # ے yeh barree
    "\u06c1": "ه",  # ہ heh goal
    "\u06d5": "ه",  # ە ae
    "\u06c3": "ة",  # ۃ teh marbuta goal
    "\u0649": "ي",  # ى alef maqsura
}
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

# Arabic letters proper (hamza … yeh, plus the extended letters used for loanwords).
AR_LETTERS = (
    "".join(chr(c) for c in range(0x0621, 0x063B))
    + "".join(chr(c) for c in range(0x0641, 0x064B))
    + ("\u0671\u067e\u0686\u0698\u06a4\u06a9\u06af\u06cc\u06d5")
)

# Presentation forms (ligatures and contextual shapes) folded with NFKC.
PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))

# Punctuation unified in the matching view: Arabic forms → Latin, typographic quotes → ASCII.
PUNCTUATION_MAP = {
    "،": ",",
    "٬": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "۔": ".",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "′": "'",
    "–": "-",
    "—": "-",
    # ornate parentheses: in Arabic (logical order) ﴿ opens and ﴾ closes
    "﴿": "(",
    "﴾": ")",
    "٭": "*",
    "؍": "/",
    "⹁": ",",
    "ـ": "",  # tatweel is handled as deletion; kept here so the map is complete
}

SENTENCE_FINAL = ".!?؟؛…۔"
OPENING_QUOTES = "«“„‹"
CLOSING_QUOTES = "»”‟›"
