"""Units of measure as buyers, catalogs and EDI standards write them, normalised to one code each.

Three vocabularies, because one string means different things in different places:

- words in running text and table cells (`normalise_unit`): "cases", "Stück", "colis", "pz";
- codes in an EDI code field, by the standard the sender declared: UN/ECE Recommendation 20 (units) and 21
  (packages) for EDIFACT and UBL (`rec20_unit`), X12 data element 355 (`x12_unit`). "CA" is a case in X12
  and a can in Recommendation 21; "PL" a pallet in X12 and a pail in Recommendation 21;
- a unit column a supplier's ERP exports (`unit_code`): any of the above that is unambiguous, else the code
  kept as written, so that a catalog in "GBND" and an order in "GBND" still agree.

A wrong mapping changes what ships (ten pails read as ten pallets), so a code is mapped only where every
standard and habit that writes it means the same unit; anything else is kept as written and a clerk, or a
conversion a clerk taught, decides.
"""

from __future__ import annotations

import re

UNIT_CODES: dict[str, str] = {}
_SYNONYMS = {
    "EA": ["ea", "each", "pc", "pcs", "piece", "pieces", "unit", "units", "st", "stk", "stück", "x",
           "pièce", "pièces", "piece", "unité", "unités", "unidad", "unidades", "pieza", "piezas", "ud", "uds",
           "count",
           # Recommendation 20's piece codes, as ERP exports and buyers copy them into unit columns.
           "pce", "pces", "stck", "stuks", "pz", "pzs", "pzas", "pezzo", "pezzi",
           # "Nos." (numbers): how Indian buyers count pieces.
           "nos",
           # Portuguese, Dutch and Italian pieces: "peças", "stuk", "unità".
           "peça", "peças", "peca", "pecas", "unidade", "stuk", "unità", "unita",
           # A length (of pipe, of rod) is one piece: "6 lengths of copper" against a pipe sold per EA is
           # that count; against one sold per foot or metre it is another unit, and a clerk decides.
           "lengths", "lengte", "lengtes", "stangen",
           # Polish, Czech and Swedish pieces ("12 szt.", "50 ks", "10 st"): "sztuk", "kusů", "styck".
           "szt", "sztuk", "sztuki", "ks", "kus", "kusy", "kusů", "kusu", "styck", "stycken",
           # Turkish, Hungarian, Romanian, Slovenian, Croatian, Lithuanian, Latvian, Finnish and Greek pieces
           # ("20 adet", "5 darab", "10 buc.", "4 kos", "6 kom", "3 vnt", "2 gab", "8 kpl", "5 τεμ")
           "adet", "darab", "buc", "bucăți", "bucati", "kos", "kosov", "kom", "komada", "komad", "vnt", "vienetai",
           "gab", "gabali", "kpl", "kappaletta", "τεμ", "τεμάχια", "τεμαχια"],
    # "colis" is the French shipping case of several units, as "carton" is; never one piece.
    "CS": ["cs", "case", "cases", "ctn", "ctns", "carton", "cartons", "karton", "kartons", "kiste", "kisten",
           "caisse", "caisses", "caja", "cajas", "colis",
           # Swedish and Polish cartons ("4 krt", "kartong"), Portuguese "caixas" as the Spanish "cajas", and the
           # Polish shrink-wrapped case of drinks ("4 zgrzewki").
           "krt", "kartong", "kartonger", "kartony", "kartonów", "caixa", "caixas", "zgrzewka", "zgrzewki",
           "zgrzewek",
           # Portuguese "cx." (caixa), Italian, Danish and Dutch cartons
           "cx", "cxs", "cartone", "cartoni", "kartoner", "kartonnen"],
    # (The Dutch "doos"; not its plural "dozen", an English word of its own.)
    "BX": ["bx", "bxs", "box", "boxes", "bte", "btes", "schachtel", "schachteln", "boîte", "boîtes", "boite", "boites",
           "scatola", "scatole", "doos",
           # Czech and Polish boxes: "5 krabic", "2 krabice", "3 pudełka".
           "krabice", "krabic", "krabici", "pudełko", "pudełka", "pudełek",
           # Danish, Norwegian, Swedish and Finnish boxes ("3 æsker", "2 esker", "4 lådor", "5 rasiaa"), the Dutch
           # small box ("doosjes")
           "æske", "æsker", "eske", "esker", "låda", "lådor", "rasia", "rasiaa", "laatikko", "laatikkoa",
           "doosje", "doosjes"],
    # (Not the Dutch "pak" alone: "2 pak choi" is a vegetable.)
    "PK": ["pk", "pks", "pack", "packs", "pkg", "package", "packages", "paket", "pakete", "packung", "packungen",
           "paquet", "paquets", "paquete", "paquetes", "pck", "pkt", "pkts", "pakken", "pakje", "pakjes",
           # Polish, Czech, Swedish and Italian packs ("4 op.", "3 opak.", "2 bal", "3 förp", "10 conf."), Portuguese
           # "embalagens".
           "op", "opak", "opakowanie", "opakowania", "opakowań", "bal", "balení", "baleni", "förp", "forp", "frp",
           "förpackning", "förpackningar", "conf", "confezione", "confezioni", "embalagem", "embalagens",
           # Danish and Norwegian packs, the Finnish pack
           "pakke", "pakker", "pakkaus", "pakkausta"],
    "DZ": ["dz", "doz", "dozen", "dozens", "dutzend", "douzaine", "douzaines", "docena", "docenas", "dzn",
           "dúzia", "dúzias", "duzia", "duzias", "dozzina", "dozzine", "dozijn"],
    # "rol" is the Dutch roll; coils, spools and reels (of tubing, hose, wire) are the rolls they are sold as
    # (only the plurals: "spool holder", "reel stand" name goods).
    "RL": ["rl", "roll", "rolls", "rolle", "rollen", "rouleau", "rouleaux", "rollo", "rollos", "rol", "coils",
           "spools", "reels", "rotolo", "rotoli",
           # Polish, Czech, Swedish and Portuguese rolls: "6 rolek", "2 role", "3 rullar", "4 rolos".
           "rolka", "rolki", "rolek", "role", "rulle", "rullar", "rolo", "rolos"],
    # Tubes of paste or sealant ("Tuben", "tubos"); X12 writes a tube TB, Recommendation 21 TU. Only the
    # plural in running text: "20 tube clamps", "4 tub spouts", "2 coil springs" name goods, not units (the
    # singular is a unit in a unit column, below).
    "TB": ["tb", "tubes", "tuben", "tubos", "tubetti"],
    # A tub is a container of its own, not a pail: equal only to a product sold per tub (or one that
    # comes in one, which matching/units.py counts as one).
    "TUB": ["tubs"],
    # (The Polish, Czech, Swedish, Spanish and Portuguese pair: "60 par", "50 pár", "10 pares"; Italian "paia".)
    "PR": ["pr", "prs", "pair", "pairs", "paar", "par", "pary", "pár", "páry", "pares", "paia", "paio"],
    # A sack is the bag a product is sold in (German "Sack", French "sac", Spanish "saco"): no supplier
    # sells one article both per bag and per sack.
    "BG": ["bg", "bag", "bags", "sack", "sacks", "säcke", "sac", "sacs", "saco", "sacos", "beutel",
           "zak", "zakken", "zakje", "zakjes", "bolsa", "bolsas", "sacchetto", "sacchetti",
           # Norwegian, Danish, Swedish, Finnish, Polish, Czech and Italian sacks ("40 sekker", "6 worków")
           "sekk", "sekker", "sæk", "sække", "säck", "säckar", "säkki", "säkkiä", "worek", "worki", "worków",
           "pytel", "pytle", "pytlů", "sacco", "sacchi"],
    "DR": ["dr", "drum", "drums", "fût", "fûts", "fut", "futs", "fass", "fässer", "faesser", "fusto", "fusti"],
    "GAL": ["gal", "gallon", "gallons"],
    "KG": ["kg", "kgs", "kilo", "kilos", "kgm"],
    "M": ["m", "meter", "meters", "metre", "metres", "mtr"],
    "PL": ["pl", "pallet", "pallets", "paletten", "palet", "palets",
           # French, Spanish, Portuguese, Italian, the Nordic languages, Polish and Czech pallets
           "palette", "palettes", "palé", "palés", "palete", "paletes", "bancale", "bancali", "pall", "pallar",
           "palle", "paller", "paleta", "palety"],
    # "BTL" is a bottle to an English ERP and a bag (Beutel) to a German one: kept as written, never this.
    "BO": ["bottle", "bottles", "flasche", "flaschen", "bouteille", "bouteilles", "botella", "botellas",
           "bottiglia", "bottiglie",
           # Polish, Czech, Swedish, Portuguese and Dutch bottles.
           "butelka", "butelki", "butelek", "láhev", "lahve", "lahví", "flaska", "flaskor", "garrafa", "garrafas",
           "fles", "flessen",
           # Danish and Norwegian, Finnish bottles
           "flaske", "flasker", "pullo", "pulloa"],
    "PAIL": ["pail", "pails", "bucket", "buckets", "eimer", "seau", "seaux", "cubo", "cubos", "secchio",
             "cubeta", "cubetas", "secchi"],
    "CAN": ["cans", "dosen"],
    # A bunch of herbs or flowers ("10 manojos", "15 molhos", "4 mazzi", "5 knipper"); not the Dutch "bos" nor the
    # German "Bund", words of their own too (a wood, a federation).
    "BN": ["bunch", "bunches", "bn", "manojo", "manojos", "molho", "molhos", "bossen", "bündel", "mazzo", "mazzi",
           "knippe", "knipper", "nippu", "nippua", "pęczek", "pęczki", "pęczków", "svazek", "svazky", "bottes"],
    # The packing unit ("Verpackungseinheit") is whatever this supplier packs: a unit of its own, equal
    # only to a product sold per VE.
    "VE": ["ve"],
}
# The units that measure goods (a length, a weight, a volume) rather than count them: "25 kg" after a name may be its
# size, "25 bags" never is.
MEASURE_UNITS = frozenset({"GAL", "KG", "M", "L", "ML", "OZ", "LB", "FT", "IN", "MM", "CM", "G"})

for code, words in _SYNONYMS.items():
    UNIT_CODES[code.lower()] = code
    for word in words:
        UNIT_CODES[word] = code
# "can" is a verb and "bo" a back order: the codes of a can and a bottle are not words of running text;
# "tub" names goods there ("tub spout").
del UNIT_CODES["can"], UNIT_CODES["bo"], UNIT_CODES["tub"]

# Abbreviations an ERP's unit column writes that are too ambiguous in running text to read as a unit
# there ("6 ft ladder", "50 lb bag", "un" the article): units only where a column or catalog says so.
_COLUMN_CODES = {
    "UN": "EA", "UNIT": "EA", "STCK": "EA", "LENGTH": "EA", "STANGE": "EA",
    "TUBE": "TB", "TUB": "TUB", "COIL": "RL", "ROL": "RL",
    "YD": "YD", "YDS": "YD", "YRD": "YD", "YARD": "YD", "YARDS": "YD",
    "FT": "FT", "FOT": "FT", "FOOT": "FT", "FEET": "FT",
    "LB": "LB", "LBS": "LB", "LBR": "LB",
    "L": "L", "LTR": "L", "LITRE": "L", "LITER": "L",
    "G": "G", "GRM": "G",
    "SET": "SET", "SETS": "SET", "KT": "KT", "KIT": "KT", "KITS": "KT",
    "BO": "BO",
    "EIM": "PAIL",
    "DOSE": "CAN",
    "NAR": "EA", "C62": "EA", "H87": "EA",
    "PAL": "PL",  # a pallet, as ERP unit columns write it
}

# UN/ECE Recommendation 20 unit codes and Recommendation 21 package codes (EDIFACT 6411, UBL unitCode).
_REC20 = {
    "C62": "EA", "H87": "EA", "PCE": "EA", "NAR": "EA", "EA": "EA", "PCS": "EA", "EACH": "EA",
    "KGM": "KG", "KG": "KG", "GRM": "G", "LTR": "L", "MTR": "M", "DZN": "DZ", "DZ": "DZ",
    "YRD": "YD", "FOT": "FT", "LBR": "LB", "GLL": "GAL", "PR": "PR", "NPR": "PR", "SET": "SET", "KT": "KT",
    "NMP": "PK",
}
# Recommendation 21 package codes; UBL writes them with an "X" before (XBX). CA is a (rectangular) can
# and PL a pail, as the standard the sender declared says, though a sender used to X12 may mean a case
# or a pallet: read as the standard's, a product sold per case or pallet then doubts the line instead of
# shipping the wrong unit. Left out: PR as a package (a plastic receptacle; PR is Recommendation 20's
# pair), BA (a barrel), NIU (a number of international units, not pieces), kept as written. RL is a
# reel, read as the roll it is to every buyer.
_REC21 = {
    "CT": "CS", "CS": "CS", "BX": "BX", "PK": "PK", "PA": "PK", "BG": "BG", "SA": "BG", "DR": "DR",
    "RO": "RL", "RL": "RL", "BO": "BO", "BJ": "PAIL", "PL": "PAIL", "CA": "CAN", "TN": "CAN", "CX": "CAN",
    "PX": "PL", "TU": "TB", "TB": "TUB",
}
# PF is Recommendation 20's "pallet (lift)"; as a package code it is a pen for animals, never ordered.
_REC20["PF"] = "PL"

# X12 data element 355 (PO103, G6802). "PA" is a pail and "PL" a pallet here; "ST" a set, not "Stück".
_X12 = {
    "EA": "EA", "PC": "EA", "UN": "EA", "CA": "CS", "CS": "CS", "CT": "CS", "BX": "BX", "PK": "PK",
    "DZ": "DZ", "RL": "RL", "RO": "RL", "PR": "PR", "BG": "BG", "DR": "DR", "GA": "GAL", "KG": "KG",
    "MR": "M", "PL": "PL", "PA": "PAIL", "BO": "BO", "CN": "CAN", "KT": "KT", "ST": "SET",
    "YD": "YD", "FT": "FT", "LB": "LB",
}

KNOWN_UNITS: frozenset[str] = frozenset(
    set(UNIT_CODES.values()) | set(_COLUMN_CODES.values()) | set(_REC20.values()) | set(_REC21.values())
    | set(_X12.values()))
# A unit code kept as written: letters and digits, short enough for every unit column.
_WRITTEN_CODE = re.compile(r"[A-Z0-9]{1,8}")


def normalise_unit(text: str | None) -> str | None:
    """The unit code for a written unit, or None when it is not a unit we know."""
    if not text:
        return None
    key = text.strip().strip(".").lower()
    if key == "x":
        return None  # "10 x ABC" is a multiplication sign, not "each"
    return UNIT_CODES.get(key)


def _written(code: str) -> str | None:
    """A code we do not know, kept as written (upper-cased) when it looks like a unit code at all."""
    code = code.strip().strip(".").upper()
    return code if _WRITTEN_CODE.fullmatch(code) and not code.isdigit() else None


def unit_code(text: str | None) -> str | None:
    """The unit of a unit column or a catalog row: the word or unambiguous code we know, else the code
    as written ("GBND"); None when there is nothing that could be a unit code."""
    if not text or not text.strip():
        return None
    known = normalise_unit(text)
    if known is not None:
        return known
    key = text.strip().strip(".").upper()
    return _COLUMN_CODES.get(key) or _written(key)


def rec20_unit(code: str | None) -> str | None:
    """A UN/ECE Recommendation 20/21 code (EDIFACT QTY, UBL unitCode) as our unit, else kept as written."""
    if not code or not code.strip():
        return None
    key = code.strip().upper()
    if key in _REC20:
        return _REC20[key]
    if key in _REC21:
        return _REC21[key]
    if len(key) == 3 and key[0] == "X" and key[1:] in _REC21:
        return _REC21[key[1:]]
    return unit_code(key)  # a sender's own code ("PACK", "STK", "GBND"), as a unit column would be read


def x12_unit(code: str | None) -> str | None:
    """An X12 unit code (data element 355) as our unit, else kept as written."""
    if not code or not code.strip():
        return None
    key = code.strip().upper()
    return _X12.get(key) or unit_code(key)


def same_unit(a: str | None, b: str | None) -> bool:
    """Whether two unit codes, as stored or as read, name one unit ("KGM" and "KG", "Stk" and "EA")."""
    if not a or not b:
        return False
    return a == b or unit_code(a) == unit_code(b)


# How much one piece holds or measures, written after a number: "25 mm", "4 l", "500 ml", "0,45 µm", "2.5 kg".
# A size of the goods, never a unit they are ordered in (a buyer orders "2 bottles", not "2 l").
MEASURE_WORDS = frozenset({
    "mm", "cm", "m", "km", "um", "µm", "μm", "in", "inch", "inches", "ft", "feet", "yd",
    "ml", "l", "ltr", "litre", "liter", "cl", "dl", "ul", "µl", "μl", "gal", "qt", "pt", "floz",
    "mg", "g", "kg", "lb", "lbs", "oz",
    "mol", "mm2", "kw", "ma", "hz", "psi", "amp", "amps", "volt", "volts", "watt", "watts",
})


def is_measure_word(word: str) -> bool:
    """Whether a word after a number gives a size ("mm", "mL", "µm"), not a unit of sale."""
    return word.strip().strip(".").lower() in MEASURE_WORDS


# The units a size is written in as one word before what it sizes: "one-liter bottles", "5-gallon pails".
SIZE_WORD_UNITS = ("liter", "litre", "gallon", "gal", "pound", "lb", "ounce", "oz", "quart", "qt", "foot", "ft", "inch",
                   "meter", "metre", "kg", "kilo", "ml", "ltr")
