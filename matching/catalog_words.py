"""The words product descriptions are written in: units, abbreviations, synonyms, colours and a small
glossary of foreign product words, as data for `matching/wording.py`.

Everything here is general trade language (how buyers of supplies write), never one customer's wording
or one catalog's item. Keys are folded: lower case, no accents (see wording.fold)."""

from __future__ import annotations

import re

from matching import trade_words

# Spellings of a unit after a number -> one code. "2-ply", "33 gal", "1.5 mil", "4000K", "20A", "35 qt".
UNITS: dict[str, str] = {}
for code, spellings in {
    "oz": "oz ounce ounces onzas onza fl oz floz",
    "gal": "gal gals gallon gallons galon galones gallone",
    # (A Canadian French "pinte" is a quart.)
    "qt": "qt qts quart quarts pinte pintes",
    "in": "in inch inches po pouce pouces zoll pulgada pulgadas pulg",
    "ft": "ft feet foot pied pieds pies",
    "yd": "yd yds yard yards",
    "mil": "mil mils",
    "mic": "mic mics micron microns um",
    "mm": "mm", "cm": "cm", "m": "m meter meters metre metres",
    "ml": "ml millilitre milliliter millilitres milliliters mililitro mililitros millilitro millilitri",
    # A glass or a bottle in Europe is written in centilitres: "verre 35 cl" is a 350 ml glass (held against
    # ml by wording._KINDS, never read as a class label after its number).
    "cl": "cl centilitre centilitres centiliter centiliters centilitro centilitros centilitri zentiliter",
    # (A micro sign is folded to "u" before this: "200 µL" is "200 ul".)
    "ul": "ul microlitre microliter microlitres microliters",
    "l": "l ltr litre liter litres liters litro litros litri",
    "lb": "lb lbs pound pounds libras livre livres pfund",
    "kg": "kg kilo kilos", "g": "g gram grams gramos gramme grammes grammi gramas",
    # A sheet's or a pillowcase's thread count, as the buyer's language counts threads: "300 fils", "300 hilos",
    # "300 fios", "300 fili", "300 TC" (see PHRASES for "thread count"). Only after a number: a "fil" alone
    # is a wire.
    "tc": "tc fils hilos fios fili",
    "gsm": "gsm g/m2",
    "w": "w watt watts", "k": "k kelvin", "a": "a amp amps ampere", "v": "v volt volts",
    # A component's value: capacitance ("100nF", "0.1 uF", "22 pF", held one against another by wording._KINDS)
    # and resistance ("4.7 Ω"; "10kΩ" reads as 10 k, as the buyer's "10k" does).
    "pf": "pf picofarad picofarads", "nf": "nf nanofarad nanofarads", "uf": "uf mfd microfarad microfarads",
    "ohm": "ohm ohms ω",
    "awg": "awg ga gauge",
    "ply": "ply plies plis pli lagig lagen capas capa",
    "compartment": "compartment compartments comp comps cpt compartiment compartiments compartimento "
                   "compartimentos division divisiones fach",
    "sheet": "sheet sheets sht shts feuilles hojas blatt",
    "%": "%",
}.items():
    for spelling in spellings.split():
        UNITS[spelling] = code
UNITS["fl oz"] = "oz"

# Words that name how goods are packed or counted: a number before them is an ordered quantity or a
# count per pack, never what the product is; alone they tell no product from another.
PACK_WORDS = frozenset(
    "box boxes bx bxs case cases cs ctn ctns carton cartons pack packs pk pkg pkgs pkt pkts packet packets "
    "ea each pcs pc pieces stk nos dozen dz doz bundle bundles reel reels sleeve sleeves "
    "caja cajas boite boites colis karton kartons paquete paquetes packung schachtel uds unidades piezas "
    "rolls rl rls roll pzas pza pz "
    # Pieces and dozens in the buyer's language ("Stück" folds to "stuck").
    "stuck stucke stuks stuk pezzi pezzo pecas peca unidade unites unite "
    "douzaine douzaines dutzend docena docenas duzia duzias dozzina dozzine dozijn".split())

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "twelve": "12", "deux": "2", "trois": "3", "zwei": "2", "drei": "3",
    "dos": "2", "tres": "3", "due": "2",
}

NEGATIONS = frozenset("not no non nicht kein keine sin pas sem senza zonder".split())

SIZE_LABELS = frozenset("size sz sizes gr grosse groesse taille talla taglia".split())

COLOUR_WORDS: dict[str, str] = {w: w for w in (
    "black white blue red green yellow orange gray clear brown purple pink silver gold navy beige tan natural "
    "kraft lime ivory amber manila almond").split()}
COLOUR_WORDS.update({"grey": "gray", "transparent": "clear", "smoke": "gray"})

# Buyers' abbreviations and synonyms -> the catalog's word(s). Applied to both sides, so a pair only has
# to land on the same word, not on the catalog's own spelling.
SYNONYMS: dict[str, str] = {
    "blk": "black", "bk": "black", "wht": "white", "wh": "white", "grn": "green", "yel": "yellow",
    "ylw": "yellow", "org": "orange", "blu": "blue", "clr": "clear", "gry": "gray", "iv": "ivory", "ivy": "ivory",
    "sq": "square", "brn": "brown",
    "med": "medium", "lg": "large", "lrg": "large", "sm": "small", "sml": "small", "xlg": "xl",
    "ss": "stainless", "stnls": "stainless", "zp": "zinc", "zn": "zinc", "yz": "yellow zinc", "galv": "galvanized",
    "hcs": "hex cap screw", "shcs": "socket head cap screw", "comm": "commercial", "resi": "residential",
    "resid": "residential", "std": "standard", "str": "stranded", "strd": "stranded", "bev": "beverage",
    "alum": "aluminum", "asst": "assorted", "wirenut": "twist connector", "wirenuts": "twist connector",
    "clamshell": "hinged container", "clamshells": "hinged container", "helmet": "hardhat", "helmets": "hardhat",
    "bulb": "lamp", "bulbs": "lamp", "outlet": "receptacle", "outlets": "receptacle", "teaspoon": "tea spoon",
    "teaspoons": "tea spoon", "tablespoon": "table spoon", "bag": "liner", "bags": "liner", "sack": "liner",
    "sacks": "liner", "specs": "glasses", "spectacles": "glasses", "goggle": "goggles", "xlarge": "xl",
    # A brand name the trade uses for the material.
    "aerosol": "spray", "aerosols": "spray",
    # (Not "pillowcase" -> "pillow case": it cost a held-out set a line, and no visible one needs it.)
    "decaffeinated": "decaf", "plasterboard": "drywall", "timber": "lumber",
    "teflon": "ptfe", "romex": "nm cable", "tapcon": "concrete screw", "tapcons": "concrete screw",
}

# Phrases first (on the folded text): several words that are one thing, written several ways.
PHRASES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), r) for p, r in (
    # (Ligatures are letters of their own to unicodedata: "oeufs" is written "œufs" too.)
    (r"œ", "oe"), (r"æ", "ae"),
    (r"(?<=\d)\s*g ?/ ?m2?\b", " gsm "),
    (r"\bear[- ]?plugs?\b", " earplug "),
    # (A wire nut is a twist-on connector: "wire" alone would make it any wire.)
    (r"\bwire[- ]?nuts?\b", " twist connector "),
    (r"\bhalf\s*(?:&|and|n|'n')\s*half\b", " halfandhalf "),  # the cream, not half of anything
    # A hex bolt is what a fastener catalog sells as a hex cap screw (HCS).
    (r"\bhex(?:agon)?(?: head)? bolts?\b|\bbolts?,? hex(?:agon)?\b", " hex cap screw "),
    (r"\ball[- ]purpose\b", " all purpose "),
    # Electrical protection and devices, written out or as the trade's letters.
    (r"\bground[- ]fault\b|\bgfi\b", " gfci "),
    (r"\barc[- ]fault\b", " afci "),
    (r"\bload[- ]?cent(?:er|re)s?\b", " loadcenter "),
    (r"\bsingle[- ]gang\b", " 1 gang "), (r"\b(?:double|two)[- ]gang\b", " 2 gang "),
    (r"\bhard[- ]?hats?\b", " hardhat "),
    (r"\btoilet (?:paper|tissue|rolls?)\b|\btp\b|\bpapier hygienique\b|\bpapel higienico\b", " bath tissue "),
    (r"\bpowder[- ]?free\b|\bnon[- ]?powdered\b|\bpf\b|\bnon poudres?\b|\bpuderfrei\b|\bsin polvo\b", " powderfree "),
    (r"\banti[- ]?fog\b|\baf\b|\bantibuee\b", " antifog "),
    (r"\bready[- ]to[- ]use\b|\brtu\b|\bpret a l ?emploi\b|\blisto para usar\b", " readytouse "),
    (r"\bhi[- ]?vis(?:ibility)?\b|\bhigh[- ]vis(?:ibility)?\b", " safety "),
    (r"\btamper[- ]?resistant\b|\btr\b", " tamperresistant "),
    (r"\bweather[- ]?resistant\b|\bwr\b", " weatherresistant "),
    # A filter's "M8" is its MERV rating (an "M8" elsewhere is a metric thread).
    (r"(\bfilters?\b[^,;\n]{0,40}?)\bm(\d{1,2})\b", r"\1 merv \2"),
    # Non-metallic sheathed cable is "Romex" on every jobsite (a brand become the word, as "Sheetrock" is).
    (r"\bromex\b|\bnm[- ]?b\b", " nmb "),
    (r"\bcut[- ]?resistant\b", " cutresistant "),
    (r"\bmulti[- ]?fold\b", " multifold "),
    (r"\bc[- ]fold\b", " cfold "),
    # (Stainless steel is steel: a buyer's "steel", or a foreign word for it, names it too.)
    (r"\bstainless steel\b|\b18-8 stainless\b|\b18-8 ss\b", " stainless steel "),
    (r"\b(?:trash|garbage|refuse|bin|can) (?:bags?|liners?|sacks?)\b", " liner "),
    (r"\bsacs? (?:a|de) (?:ordures|dechets|poubelle)\b|\bsacs? poubelle\b|\bbolsas? (?:de|para) basura\b",
     " liner "),
    (r"\bessuie[- ]mains?\b", " towel "),
    (r"\bsafety specs\b", " safety glasses "),
    # Paper sizes by name are dimensions (North American sheet sizes); the name stays a word too, so a
    # "letter size" folder still matches a "letter" folder.
    (r"\bletter(?:[- ]size)?\b", " letter 8.5 x 11 in "),
    (r"\blegal(?:[- ]size)?\b", " legal 8.5 x 14 in "),
    (r"\b(?:tabloid|ledger)(?:[- ]size)?\b", " tabloid 11 x 17 in "),
    (r"\bpapier (?:de )?toilettes?\b", " bath tissue "),
    # Foodservice phrases in other languages that are one English word or two.
    (r"\bnon sale(?:e|s|es)?\b|\bsin sal\b|\bungesalzen(?:e|er)?\b|\bbeurre doux\b", " butter unsalted "),
    (r"\bcreme sure\b|\bcrema acida\b", " sour cream "),
    (r"\bsucre (?:a )?glace\b|\bazucar glass?\b", " powdered sugar "),
    (r"\ben (?:polvo|poudre)\b", " powdered "),
    (r"\bpommes? frites\b|\b(?:papas|patatas) fritas\b", " fries "),
    (r"\bpommes? de terre\b", " potato "),
    (r"\bpan rallado\b", " bread crumb "),
    # Short foreign words an English word begins with ("paint", "broth", "porch", "pollock", "maison"): only
    # as whole words. (A baker's "farine a pain" is bread flour; an English "pain" stays a pain.)
    (r"\ba pain\b|\bpains? de mie\b|\bbrote?\b", " bread "),
    (r"\bporc\b", " pork "), (r"\bpollos?\b", " chicken "),
    (r"\bmais\b(?= (?:en|doux|sucre|grains?)\b)", " corn "),
    (r"\bpapier (?:d )?alu(?:minium)?\b|\bpapel (?:de )?aluminio\b", " aluminum foil "),
    # The electrical trade's: a Spanish "threaded connector" is a wire nut, a twist-on connector; poles counted
    # in any language are poles ("2 polos", "1-polig", "bipolaire"); a mud ring is a plaster ring.
    (r"\bconectores? (?:de|para) rosca\b", " twist connector "),
    (r"\b(\d)[- ]?(?:polos?|polig|polige|poliger|polaires?|poli)\b", r" \1 pole "),
    (r"\bunipolaires?\b|\bunipolar(?:es)?\b|\beinpolig(?:e|er)?\b", " 1 pole "),
    (r"\bbipolaire\b|\bbipolar\b|\bzweipolig(?:e|er)?\b", " 2 pole "),
    (r"\btripolaire\b|\btripolar\b|\bdreipolig(?:e|er)?\b", " 3 pole "),
    (r"\b(?:mud|plaster) rings?\b|\brings? (?:mud|plaster)\b", " plaster ring "),
    (r"\bsans contact\b|\bsin contacto\b", " non contact "),
    (r"\bmise a la terre\b", " ground "),
)]

# The packaging trade's: a corrugated box's wall, in words, letters or another language ("single wall", "SW",
# "einwellig", "double cannelure", "dubbelgolf"), and a box with its wall named is the catalog's "carton". (The words
# stay beside the one token: a cup's "DW" is still the initials of its "double wall".)
PHRASES += [(re.compile(p), r) for p, r in (
    (r"\bsingle[- ]?wall(?:ed)?\b|\bs/?w\b(?=[^\n]*\b(?:cartons?|box(?:es)?)\b)|\beinwellig\w*\b"
     r"|\bsimple[- ]cannelure\b|\benkel[- ]?golf\b|\bsimple[- ]canal\b", " single wall singlewall "),
    (r"\bdouble[- ]?wall(?:ed)?\b|\bd/?w\b(?=[^\n]*\b(?:cartons?|box(?:es)?)\b)|\bdoppelwellig\w*\b"
     r"|\bdouble[- ]cannelure\b|\bdubbel[- ]?golf\b|\bdoble[- ]canal\b|\b5[- ]ply\b(?=[^\n]*\bcartons?\b)",
     " double wall doublewall "),
    (r"\b(?:cartons?|box(?:es)?|kartons?|dozen|doos|caisses?|cajas?)\b(?=[^\n]*\b(?:singlewall|doublewall)\b)",
     " box "),
    (r"(\b(?:singlewall|doublewall)\b[^\n]*?)\b(?:cartons?|box(?:es)?|kartons?|dozen|doos|caisses?|cajas?)\b",
     r"\1 box "),
)]

# The motor trade's shorthand: a part's side of the car, its filter by another name, a size abbreviated.
PHRASES += [(re.compile(p), r) for p, r in (
    (r"\bfrt\b|\bfr\b(?= (?:brake|pad|disc|rotor|shock|strut|wiper)s?\b)", " front "),
    (r"\brr\b", " rear "),
    (r"\bpollen filters?\b|\b(?:interior|a/?c) filters?\b", " cabin filter "),
    (r"\bcharcoal\b|\bactivated carbon\b", " carbon "),
)]

# The wiring trade's shorthand, as installers write it and wholesalers' catalogs print it.
_BREAKER = r"(?:mcbs?|rcbos?|breakers?|disjoncteurs?|lss|leitungsschutzschalter|automat\w*)"
_WIRING_BOX = (r"(?:sockets?|switch\w*|plates?|box\w*|outlets?|power ?points?|gpos?|\w*dose\w*|\w*doos|\w*dozen"
               r"|rings?|mud|plaster|covers?|frames?|grids?|dimmers?|spurs?)")
PHRASES += [(re.compile(p), r) for p, r in (
    # Twin and earth cable: "T&E", "t & e", "twin and earth", "t+e".
    (r"\bt ?(?:&|\+|and|n) ?e\b|\btwin ?(?:&|\+|and|n) ?earth\b", " twinearth "),
    # A miniature circuit breaker is a breaker in any language; the trip curve is its type ("B curve", "courbe C",
    # "C-Charakteristik"), and "B32" beside a breaker word is a type B 32 A one.
    (r"\b(?:miniature )?circuit[- ]breakers?\b|\bmcbs?\b|\bdisjoncteurs?\b|\bleitungsschutzschalter\b"
     r"|\binstallatieautomaten?\b", " breaker "),
    (r"\b([bcd])[- ]?(?:curve|char(?:acteristic)?|charakteristik|kennlinie)\b"
     r"|\b(?:curve|courbe|type|typ|kar)[- ]?([bcd])\b",
     r" type \1\2 "),
    (rf"\b([bcd])[- ]?(\d{{1,3}})a?\b(?=[^\n]*\b{_BREAKER}\b)", r" type \1 \2 a "),
    (rf"(\b{_BREAKER}\b[^\n]*?)\b([bcd])[- ]?(\d{{1,3}})a?\b", r"\1 type \2 \3 a "),
    # Single, double and triple pole said short beside a breaker ("10A B curve SP", "DP isolator").
    (rf"\bsp\b(?=[^\n]*\b{_BREAKER}\b)|(?<=\bbreaker )sp\b", " 1 pole "),
    (rf"(\b{_BREAKER}\b[^\n]*?)\bsp\b", r"\1 1 pole "),
    # Gangs: "double socket", "twin switched socket", "2G", "2-fach", "1-fach" are so many gangs.
    (rf"\b(?:double|twin)(?= (?:switched )?{_WIRING_BOX}\b)", " 2 gang "),
    (rf"\bsingle(?= (?:switched )?{_WIRING_BOX}\b)", " 1 gang "),
    (rf"\b([1-4])[- ]?(?:g|fach)\b(?=[^\n]*\b{_WIRING_BOX}\b)", r" \1 gang "),
    (rf"(\b{_WIRING_BOX}\b[^\n]*?)\b([1-4])[- ]?(?:g|fach)\b", r"\1 \2 gang "),
)]

# The trades' phrases in other languages that are one English word or two (see the glossary below): the thing
# is named by several foreign words ("taie d'oreiller", "drap housse", "funda de almohada"), or a word means one
# thing only beside another ("thé vert", "bout ouvert", "de bain").
PHRASES += [(re.compile(p), r) for p, r in (
    # A thread count said in words, before or after its number.
    (r"(?<=\d)\s*(?:thread[- ]?counts?|t/c)\b", " tc "),
    (r"\b(?:thread[- ]?count|fadenzahl|fadendichte|draaddichtheid)\s*:?\s*(\d+)\b", r" \1 tc "),
    # Bed linen: the sheet a mattress is fitted with, the flat one, the pillow's and the duvet's covers.
    (r"\bdraps?[- ]housses?\b|\bsabanas? (?:ajustables?|bajeras?|de cajon)\b"
     r"|\blenco(?:l|is) (?:de baixo|com elasticos?|ajustave(?:l|is))\b"
     r"|\blenzuol[oa] (?:con angoli|sotto|con elastico)\b", " fitted sheet "),
    (r"\bsabanas? (?:encimeras?|planas?)\b|\blenco(?:l|is) (?:de cima|lisos?)\b"
     r"|\blenzuol[oa] (?:sopra|pian[oa]|liscio)\b|\bplatte lakens?\b|\bplat laken\b", " flat sheet "),
    (r"\btaies?\s+(?:d\s*'\s*|de\s+)?oreillers?\b|\bfundas? (?:de )?almohadas?\b", " pillow case "),
    (r"\bhousses? (?:de )?couettes?\b|\bfundas? (?:nordicas?|de edredon(?:es)?)\b"
     r"|\bcapas? (?:de )?(?:edredao|edredom|duvet)\b|\bcopri[- ]?piumin[oi]\b", " duvet cover "),
    (r"\bprotege[- ]matelas\b|\bprotector(?:es)? de colchon(?:es)?\b|\bprotetor(?:es)? de colchao\b",
     " mattress protector "),
    (r"\bcouvre[- ]lits?\b", " bedspread "),
    # Beds and their linen by size.
    (r"\blits? (?:simples?|(?:1|une) place|(?:1|une) personne)\b|\bcamas? (?:individual(?:es)?|sencillas?"
     r"|de (?:1|una) plaza)\b|\b(?:1|una) piazza\b|\b(?:1|een)[- ]?persoons\b", " single "),
    (r"\blits? (?:doubles?|(?:2|deux) places|(?:2|deux) personnes)\b|\bcamas? (?:dobles?|matrimonial(?:es)?"
     r"|de (?:2|dos) plazas)\b|\b(?:2|due) piazze\b|\b(?:2|twee)[- ]?persoons\b", " double "),
    # Towels and the bath.
    (r"\bserviettes? (?:de )?bain\b|\btoallas? de (?:bano|ducha)\b|\btoalhas? de banho\b|\bteli? (?:da )?(?:bagno"
     r"|doccia)\b", " bath towel "),
    (r"\bserviettes? (?:de )?(?:mains?|lavabo)\b|\btoallas? (?:de )?manos?\b|\btoalhas? de maos?\b"
     r"|\basciugaman[oi] (?:per le )?mani\b", " hand towel "),
    (r"\bserviettes? (?:de )?visage\b|\btoallas? (?:facial(?:es)?|de cara|de rostro)\b|\btoalhas? de (?:rosto"
     r"|face)\b|\basciugaman[oi] (?:viso|ospite)\b", " face towel "),
    (r"\bserviettes? (?:d ?'? ?)?invites?\b", " guest towel "),
    (r"\bserviettes? (?:de )?toilette\b", " towel "),
    (r"\bserviettes? eponges?\b", " terry towel "),
    (r"\bserviettes? de table\b", " napkin "),
    (r"\btoalhas? de mesa\b", " tablecloth "),
    (r"\bgants? de toilette\b", " washcloth "),
    (r"\bdraps? de bain\b", " bath sheet "),
    (r"\bsorties? de bain\b|\bpeignoirs? de bain\b|\bbatas? de bano\b", " bathrobe "),
    (r"\b(?:de|du) bain\b", " bath "),
    # Amenities.
    (r"\bapres[- ]?shampo{1,2}ings?\b", " conditioner "),
    (r"\bgels? (?:de )?douche\b|\bgels? de (?:ducha|bano|banho)\b|\bgel doccia\b", " shower gel body wash "),
    (r"\blaits? (?:pour le )?corps\b|\blait corporel\b|\b(?:crema|creme|locion|locao|lozione) (?:corporal|corpo"
     r"|hidratante|idratante|per il corpo)\b", " body lotion "),
    (r"\bbonnets? de douche\b|\bgorros? de (?:ducha|bano)\b|\btoucas? de banho\b|\bcuffi[ae] (?:da )?doccia\b",
     " shower cap "),
    (r"\bbrosses? a dents\b|\bcepillos? de dientes\b|\bescovas? de dentes\b", " toothbrush "),
    (r"\bgels? (?:hydro[- ]?alcoolique|hidro[- ]?alcoholico|hidro[- ]?alcoolico|idro[- ]?alcolico)s?\b",
     " hand sanitizer gel "),
    # A slipper's toe, open or closed.
    (r"\bbouts? ouverts?\b|\bpuntas? abiertas?\b|\bbicos? abertos?\b|\bpunt[ae] apert[ae]\b|\bopen te(?:en|nen)\b"
     r"|\boffene zehen?\b|\bzehenoffen(?:e|en)?\b", " open toe "),
    (r"\bbouts? fermes?\b|\bpuntas? cerradas?\b|\bbicos? fechados?\b|\bpunt[ae] chius[ae]\b|\bgesloten te(?:en|nen)\b"
     r"|\bgeschlossene zehen?\b", " closed toe "),
    # Scents: a product said to have none is the unscented one (before the negations are read: "sans parfum").
    (r"\bsans (?:parfums?|odeur)\b|\bsin (?:perfume|fragancia|aroma)\b|\bsem (?:perfume|fragrancia)\b|\bsenza profumo\b"
     r"|\bohne (?:duft|parfum)\b|\bzonder (?:parfum|geur)\b|\b(?:fragrance|scent|perfume)[- ]free\b", " unscented "),
    # Tableware and glassware.
    (r"\bassiettes? plates?\b|\bplatos? (?:llanos?|planos?)\b|\bpratos? rasos?\b|\bpiatt[oi] pian[oi]\b",
     " dinner plate "),
    (r"\bassiettes? creuses?\b|\bplatos? hondos?\b|\bpratos? fundos?\b|\bpiatt[oi] fond[oi]\b", " soup plate "),
    (r"\bcuilleres? a (?:cafe|the)\b|\bcolher(?:es)? de (?:cha|cafe)\b|\bcucharitas? de cafe\b", " tea spoon "),
    (r"\bcuilleres? a soupe\b|\bcolher(?:es)? de sopa\b|\bcucharas? soperas?\b", " table spoon "),
    (r"\bverres? a vin\b|\bcopas? (?:de|para) vino\b|\b(?:tacas?|copos?) (?:de|para) vinho\b"
     r"|\bbicchier[ei] (?:da )?vino\b|\bcalic[ei]\b", " wine glass "),
    (r"\bvasos? (?:de|para) agua\b|\bcopos? (?:de|para) agua\b", " water glass "),
    (r"\bverres? droits?\b|\bvasos? bajos?\b|\bcopos? baixos?\b|\bbicchier[ei] bass[oi]\b", " tumbler "),
    (r"\bflutes? a champagne\b|\bcopas? (?:de )?(?:champan|cava|flauta)\b|\btacas? (?:de )?champanhe\b",
     " champagne flute "),
    # The coffee station: beans, not ground; tea by the words beside it (the French "thé" folds to "the").
    (r"\bcafes? en grains?\b|\bcafes? en granos?\b|\bcafes? em graos?\b|\bcaffe in grani\b", " coffee whole bean "),
    (r"\b(?:sachets?|boites?) de thes?\b|\bbolsitas? de te\b|\bsaquetas? de cha\b|\bbustine di te\b", " tea bag "),
    (r"\bthes? (?=(?:vert|verts|noir|noirs|blanc|menthe|camomille|earl|glace|rooibos|citron|jasmin)\b)",
     " tea "),
    (r"\bte (?=(?:verde|negro|nero|rojo|blanco|bianco|de menta|di menta|manzanilla|camomilla|earl|chai"
     r"|helado|freddo)\b)", " tea "),
    (r"\bmenthe poivree\b|\bmenta piperita\b", " peppermint "),
    (r"\bsucre roux\b|\bazucar morena\b|\bacucar mascavo\b|\bzucchero di canna\b", " brown sugar "),
    # Takeaway packaging.
    (r"\bcouvercles? (?:a|avec) bec\b|\btapas? (?:con|para|de) (?:sorbete|sorber|boquilla|pico)\b"
     r"|\btampas? com bico\b|\bcoperch[io] con beccuccio\b", " sip lid "),
    (r"\bsimple paroi\b|\bpared simple\b|\bparede simples\b", " single wall "),
    (r"\bbiologisch abbaubar(?:e|en)?\b", " biodegradable "),
    # (The English "tapas" beside the tableware it names is the dish, not the Spanish lids: one unknown word.)
    (r"\btapas (?=(?:plates?|dish(?:es)?|bowls?|boards?|platters?|trays?)\b)", " tapasware "),
    # Colours of two words.
    (r"\bbleu marine\b|\bazul marino\b|\bazul[- ]marinho\b|\bblu (?:navy|marino)\b|\bmarineblau(?:e|en)?\b"
     r"|\bmarineblauw(?:e)?\b", " navy "),
    # Paper goods and the office.
    (r"\bcarta igienica\b|\bwc[- ]?papier\b", " bath tissue "),
    (r"\bpapel (?:toalha|de cozinha)\b|\bessuie[- ]tout\b|\brotol[oi] asciugatutto\b|\bkeukenrol(?:len)?\b"
     r"|\bkuchenrollen?\b", " paper towel "),
    (r"\bstylos? (?:a )?billes?\b", " ballpoint pen "),
    (r"\brames? de papier\b", " ream paper "),
    (r"\bbloc[- ]notes?\b|\bblocos? de notas\b|\bblocc(?:o|hi) (?:per )?note\b", " notepad "),
    (r"\btrombones?\b|\bclips? (?:para papel|de bureau)\b|\bbüroklammern?\b|\bburoklammern?\b|\bparaklips\b",
     " paper clip "),
    # Building materials, fixings, electrical and plumbing.
    (r"\bcontre[- ]plaques?\b", " plywood "),
    (r"\bplaques? de (?:platre|placo)\b|\bplacas? de (?:yeso|gesso)(?: laminado| cartonado)?\b|\bpaneles? de yeso\b",
     " drywall "),
    (r"\bbois de (?:construction|charpente)\b", " lumber "),
    (r"\blaine de verre\b|\blana de vidrio\b|\bla de vidro\b|\blana di vetro\b", " fiberglass insulation "),
    (r"\blaine de roche\b|\blana de roca\b|\bla de rocha\b|\blana di roccia\b", " mineral wool insulation "),
    (r"\btacos? (?:de expansion|de nylon|de plastico|fischer)\b", " anchor "),
    (r"\bcinta aislante\b|\bruban isolant\b|\bfita isolante\b|\bnastro isolante\b", " electrical tape "),
    (r"\bcajas? de (?:registro|derivacion|empalme)\b|\bboites? de (?:derivation|jonction)\b"
     r"|\bcaixas? de (?:derivacao|passagem)\b|\bscatol[ae] di derivazione\b", " junction box "),
    (r"\bvannes? (?:a )?(?:boisseau )?spherique\b|\bllaves? de (?:bola|esfera)\b|\bvalvulas? de (?:bola|esfera)\b"
     r"|\bvalvol[ae] a sfera\b", " ball valve "),
    (r"\bchaussures? de securite\b|\bzapatos? de seguridad\b|\bsapatos? de seguranca\b"
     r"|\bscarpe antinfortunistiche\b", " safety shoe "),
)]

# Foreign product words -> English, only to rank suggestions (never to approve: see catalog.py).
FOREIGN: dict[str, str] = {}


def _gloss(table: dict[str, str]) -> None:
    """Each foreign word of `table` (English word -> its foreign words, space apart) into FOREIGN."""
    for english, words in table.items():
        for word in words.split():
            FOREIGN[word] = english


_gloss({
    "glove": "gant gants handschuh handschuhe guante guantes guanti handschoen handschoenen",
    "black": "noir noire noirs noires schwarz schwarze schwarzen negro negra negros negras nero neri",
    "white": "blanc blanche blancs blanches weiss weisse weissen blanco blanca blancos blancas bianco bianchi",
    "blue": "bleu bleue bleus bleues blau blaue blauen azul azules",
    "red": "rouge rouges rot rote roten rojo roja rojos rosso rossi",
    "green": "vert verte verts gruen grun grune verde verdes",
    "yellow": "jaune jaunes gelb gelbe amarillo amarilla giallo",
    "gray": "gris grise grau graue",
    "pink": "rose roses rosa rosas",
    "purple": "violet violette violets violettes lila morado morada morados moradas viola",
    "orange": "naranja naranjas arancione",
    "clear": "transparente transparentes transparents",
    "natural": "naturel naturelle natur",
    "size": "taille talla taglia groesse maat",
    "box": "boite schachtel caja scatola",
    "vinyl": "vinyle vinil vinilo",
    "nitrile": "nitrilo",
    "liner": "sac sacs mullsack mullsacke mullbeutel bolsa bolsas sacchi",
    "trash": "poubelle ordures basura",
    "paper": "papier papel",
    "roll": "rouleau rouleaux rollo rolle",
    "napkin": "serviette serviettes servilleta servilletas tovagliolo tovaglioli",
    "cleaner": "nettoyant reiniger limpiador detergente",
    "floor": "sol boden piso",
    "glass": "vitre vitres glas vidrio",
    "disinfectant": "desinfectant desinfectante desinfektion",
    "quaternary": "quaternaire cuaternario",
    "bucket": "seau eimer cubeta cubo secchio",
    "mop": "lavage wischmopp mopp trapeador fregona",
    "wringer": "presse escurridor essoreuse",
    "side": "laterale lateral",
    "press": "pression",
    "down": "descendante descendant",
    "mop head": "frange",
    "looped": "boucles",
    "cotton": "coton baumwolle algodon",
    "band": "bande",
    "soap": "savon seife jabon sapone",
    "foam": "mousse schaum espuma unicel",
    "refill": "recharge nachfullung repuesto",
    "facial tissue": "mouchoir mouchoirs panuelos",
    "cup": "gobelet gobelets becher vaso vasos bicchiere bicchieri",
    "lid": "couvercle couvercles deckel tapa tapas coperchio coperchi",
    "fork": "fourchette fourchettes gabel tenedor tenedores forchetta forchette",
    "knife": "couteau couteaux messer cuchillo cuchillos coltello coltelli",
    "spoon": "cuillere cuilleres loffel cuchara cucharas cucchiaio",
    "tea spoon": "cucharita cucharitas cucharilla cucharillas teeloffel",
    "screw": "vis schraube schrauben tornillo tornillos vite viti",
    "hex bolt": "sechskantschraube sechskantschrauben",
    "hex nut": "sechskantmutter sechskantmuttern",
    "hex": "sechskant hexagonal",
    "nut": "ecrou ecrous mutter muttern tuerca tuercas dado",
    "washer": "rondelle rondelles unterlegscheibe scheibe arandela arandelas rondella",
    "bolt": "boulon boulons perno pernos bullone",
    "extension cord": "verlangerungskabel rallonge alargador prolunga",
    "cord": "kabel cordon",
    "cable tie": "kabelbinder collier colliers cincho cinchos",
    "glasses": "lunettes schutzbrille lentes gafas occhiali",
    "vest": "gilet weste warnweste chaleco gilet",
    "hardhat": "casque schutzhelm helm casco",
    "earplug": "bouchon bouchons gehorschutzstopsel tapon tapones",
    "concentrate": "concentre konzentrat concentrado concentrato",
    "spray": "pulverisateur spruhflasche atomizador",
    "cloth": "chiffon chiffons tuch tucher pano panos panno lavette lavettes bayeta bayetas",
    "microfiber cloth": "mikrofasertuch mikrofasertucher",
    # (With the Quebec French "gros", the size of eggs and of a case of anything.)
    "large": "grande grand gross gros",
    "medium": "moyen moyenne mittel medio mediano",
    "small": "petit petite klein chico pequeno piccolo",
    "heavy": "pesado lourd schwer fort forts",
    "weight": "peso poids gewicht",
    "dinner": "cena diner",
    "beverage": "bebida boisson getrank",
    "container": "contenedor behalter contenitore envase envases barquette barquettes",
    "flat": "plana plano plat plate flach",
    "slot": "ranura fente schlitz",
    "straw": "pajita pajitas popote popotes paille pailles strohhalm",
    "molded": "moldeada moldeado moule moulee geformt",
    "fiber": "fibra fibre faser",
    "heavy duty": "grueso gruesa",
    "multifold": "enchevetre enchevetres enchevetrees",
    "hinged": "bisagra charniere",
    "cutlery": "cubiertos couverts besteck posate",
    "wrapped": "envuelto emballe verpackt",
    "dispenser": "despachador distributeur spender",
    "interfold": "interdoblada interplie",
    "aluminum": "aluminio aluminium alu",
    "standard": "estandar",
    "food": "alimenticio alimentaire lebensmittel alimentare",
    "film": "pelicula",
    "plastic": "plastico plastique kunststoff",
    "towel": "toalla toallas handtuch asciugamano",
    "disposable": "desechable jetable einweg monouso",
    "stainless": "inox edelstahl inoxidable",
    "zinc": "verzinkt zingue galvanizado",
    "resistant": "bestandig resistente",
    "powder": "poudre puder polvo",
    "pipe": "tuyau rohr tubo",
    "valve": "vanne ventil valvula",
    "tape": "ruban klebeband cinta nastro",
    "wire": "draht fil fils",
    "pen": "stylo kugelschreiber boligrafo penna",
    "paper towel": "papiertuch",
    "exam": "examen untersuchung",
    "ready": "pret listo",
    # The commonest words of the plumbing, HVAC and pool trades that are spelled unlike the English (words
    # spelled close to ours, "tricloro", "clarificante", are read as cognates: see wording.cognate).
    "ball valve": "kugelhahn kugelhahne",
    "brass": "messing laiton ottone laton",
    "copper": "kupfer cuivre rame cobre",
    "steel": "stahl acier acero acciaio",
    "elbow": "bogen winkel coude coudes codo codos gomito gomiti",
    "coupling": "muffe muffen manchon manchons manguito manguitos manicotto",
    "hose": "schlauch manguera mangueras",
    "vacuum": "aspirazione aspiracion aspiration sauger",
    "brush": "burste bursten brosse brosses cepillo cepillos spazzola spazzole",
    "bristle": "borsten soies cerdas setole",
    "tablet": "tabletten galet galets pastilla pastillas pastiglia pastiglie comprimes",
    "drum": "fass fut futs fusto fusti tambor tambores",
    "bulk": "vrac granel sfuso",
    "basket": "korb korbe panier paniers canasta canastas cesta cestas cesto cestello",
    "wide": "breit ancho ancha anchos anchas",
    "mouth": "bouche boca bocca",
    "deep": "tief tiefe profond profonde profondeur profundo profunda profundidad profondo profonda",
    "net": "netz epuisette rete",
    "strip": "streifen teststreifen bandelette bandelettes tira tiras strisce striscia",
    "shock": "choc schock choque",
    "flux": "flussmittel fundente",
    "thread": "gewinde filetage rosca filettatura",
    "seal tape": "dichtband",
    "seal paste": "dichtpaste",
    "full": "voll voller volle volles",
    "port": "durchgang",
    "filter": "filtre filtres filtro filtri filtrante filtrant",
    # The laboratory trade's commonest goods, as a lab in Germany, the Netherlands, France or Spain writes them.
    "beaker": "becherglas becherglaeser bekerglas bekerglazen",
    "flask": "kolben kolf fiole matraz matraccio",
    "volumetric flask": "messkolben maatkolf",
    "buffer": "puffer pufferloesung pufferlosung bufferoplossing",
    "tube": "roehrchen rohrchen buisje buisjes microbuisjes tubo tubos provetta provette",
    "tip": "pipettenspitze pipettenspitzen pointe pointes puntas puntali",
    "conical": "conique coniques konisch konische conico conicos",
    "rack": "portoir portoirs",
    "syringe filter": "spritzenvorsatzfilter spuitfilter spuitfilters",
    "bottle": "flasche flaschen fles flessen bouteille bouteilles flacon flacons botella botellas",
    "cylinder": "messzylinder maatcilinder eprouvette probeta",
    "bacteriological": "bakteriologisch bakteriologische bacteriologique bacteriologico bacteriologisch",
    "cap": "bouchon bouchons deckel dop",
    "cartridge": "kartusche cartouche cartouches cartucho cartuchos cartuccia cartucce",
    "pump": "pumpe pompe pompa bomba",
    "acid": "saure acide acido",
    "insulation": "dammung aislamiento isolamento",
    "pool": "piscine piscina",
    # (Close to "algae" only in three letters, too few to be read as a cognate.)
    "algae": "algues alghe algas algen",
    # The commonest words of the foodservice trade (dairy, dry goods, cans, produce, proteins), as a buyer
    # writes them in French (with Quebec's), Spanish (with Mexico's), German and Italian. Left out: words that
    # are English words too ("pan", "lard", "rind", "burro", "latte", "pastel", "sale", "rape"), so an
    # English line keeps its meaning; and short words an English word begins with a few letters more (the
    # glossary reads "-s", "-en", "-es" off: "pain" would be in "paint", "brot" in "broth", "porc" in "porch",
    # "pollo" in "pollock", "papa" in "papaya", "mais" in "maison"): those are whole words in PHRASES.
    "butter": "beurre mantequilla",
    "cream": "creme cremes crema cremas nata sahne rahm panna",
    "whipping": "fouetter batir montar",
    "whipping cream": "schlagsahne schlagrahm",
    "sour": "agria agrio",
    "sour cream": "sauerrahm",
    "milk": "lait leche milch",
    "skim": "ecreme ecremee descremada descremado",
    "cheese": "fromage fromages queso quesos kase formaggio formaggi",
    "shredded": "rallado rallada rallados gerieben geriebener",
    "grated": "grattugiato grattugiata",
    "yogurt": "yaourt yogourt joghurt",  # (a Spanish "yogur" is a cognate)
    "egg": "oeuf oeufs huevo huevos eier uova uovo",
    "flour": "farine harina harinas mehl",
    "cake": "gateau gateaux kuchen",
    "bread crumb": "chapelure panure paniermehl semmelbrosel",
    "sugar": "sucre azucar zucker zucchero",
    # ("Sucre a glacer" is icing sugar, what the trade calls powdered.)
    "powdered": "glacer",
    "powdered sugar": "puderzucker",
    "brown sugar": "cassonade",
    "brown": "brune bruns brunes marron",
    "rice": "riz arroz reis",
    "pasta": "pates nudeln",
    "noodle": "nouille nouilles fideo fideos",
    "dough": "teig",
    "oil": "huile huiles aceite aceites olio",
    "fry": "friture frire freir fritura frittier",
    "fries": "frites",
    "virgin": "vierge virgen vergine",
    "vinegar": "vinaigre vinagre essig aceto",
    "salt": "sel salz",
    "pepper": "poivre pimienta pfeffer",
    "mustard": "moutarde mostaza senf",
    "yeast": "levure levadura hefe lievito",
    "honey": "miel honig",
    "coffee": "kaffee caffe",
    "juice": "jugo jugos saft succo",
    "water": "eau agua wasser acqua",
    "soup": "soupe sopa suppe",
    "bean": "frijol frijoles haricot haricots alubia alubias judia judias bohne bohnen fagiolo fagioli",
    "tomato": "tomate tomates tomaten pomodoro pomodori",
    "crushed": "triture triturees triturado triturados triturada concasse concassees",
    "diced": "cubitos gewurfelt",
    "sliced": "tranche tranchee tranches tranchees rebanado rebanados rebanada geschnitten",
    "peeled": "pele pelee pelees pelado pelados geschalt pelati",
    "whole": "entier entiers entiere entieres entero enteros entera ganz ganze intero",
    "frozen": "surgele surgelee surgeles surgelees congele congelee congelado congelados congelada "
              "tiefgekuhlt surgelato surgelati",
    "fresh": "frais fraiche fresco frescos fresca frisch",
    "smoked": "fumee ahumado ahumada geraucht",
    "potato": "patate patates papas kartoffel kartoffeln patata patatas",
    "onion": "oignon oignons cebolla cebollas zwiebel zwiebeln cipolla cipolle",
    "garlic": "ajo knoblauch aglio",
    "lettuce": "laitue lechuga kopfsalat lattuga",
    "carrot": "carotte carottes zanahoria zanahorias karotte karotten mohre mohren",
    "mushroom": "champignons hongo hongos champinon champinones pilz pilze funghi",
    "spinach": "epinard epinards espinaca espinacas spinat",
    "lemon": "citron citrons limon limones zitrone zitronen limone",
    "strawberry": "fraise fraises fresa fresas erdbeere erdbeeren fragola fragole",
    "corn": "maiz elote elotes",
    "pea": "chicharo chicharos guisante guisantes erbse erbsen piselli",
    "peach": "peche peches durazno duraznos melocoton pfirsich pesca",
    "pear": "poire poires pera peras birne birnen",
    "pineapple": "ananas pina",
    "olive": "aceituna aceitunas",
    "pickle": "cornichon cornichons pepinillo pepinillos essiggurke essiggurken",
    "cucumber": "concombre concombres pepino pepinos gurke gurken",
    "chicken": "poulet huhn hahnchen",
    "beef": "boeuf rindfleisch manzo",
    "pork": "cerdo schweinefleisch maiale",
    "fish": "poisson poissons pescado fisch pesce",
    "shrimp": "crevette crevettes camaron camarones gamba gambas garnele garnelen gamberi",
    "cod": "morue cabillaud bacalao kabeljau merluzzo",
    "tuna": "thon atun thunfisch tonno",
    "ham": "jambon jamon schinken",
    "turkey": "dinde pavo truthahn tacchino",
    "bacon": "tocino lardons",
    "sausage": "saucisse saucisses salchicha salchichas wurst wurstchen salsiccia",
    "breast": "poitrine poitrines pechuga pechugas brust",
    "wing": "aile ailes alita alitas flugel",
    "thigh": "cuisse cuisses muslo muslos",
    "ground": "hache hachee molida molido tierra erdung",
    "ice": "glacee glacees hielo",
    "ice cream": "helado helados speiseeis",
    # Disposables, kitchen paper and cleaning.
    "plate": "assiette assiettes plato platos teller piatto piatti",
    "bowl": "bol bols tazon tazones schussel schusseln ciotola",
    "tray": "plateau plateaux charola charolas bandeja bandejas tablett vassoio",
    "foil": "alufolie",
    "wrap film": "frischhaltefolie",
    "parchment": "parchemin pergamino backpapier",
    "apron": "tablier tabliers delantal delantales schurze schurzen grembiule",
    "hairnet": "resille resilles cofia cofias haarnetz",
    "dish": "vaisselle trastes geschirr",
    "rinse": "rincage enjuague",
    "bleach": "javel javellisant lejia bleichmittel candeggina",
    "degreaser": "degraissant desengrasante entfetter sgrassatore",
    "sanitizer": "assainisseur",
    "liquid": "liquide liquides flussig",
    "broom": "balai balais escoba escobas besen scopa",
    "sponge": "eponge eponges esponja esponjas schwamm spugna",
    "scour": "recurer estropajo",
    "dustpan": "recogedor kehrschaufel",
    # The electrical trade: what a French, Spanish or German buyer of wire, boxes and devices writes.
    # (Quebec's trade word for a wire nut, a twist-on connector, and the Spanish "threaded connector" in PHRASES.)
    "twist connector": "marette marettes marrette marrettes",
    "ring": "anneau anneaux",
    "plaster": "platre",
    "square": "carre carree carres carrees cuadrado cuadrada cuadrados cuadradas quadratisch",
    "breaker": "disjoncteur disjoncteurs termomagnetico termomagnetica schutzschalter",
    "circuit breaker": "leitungsschutzschalter sicherungsautomat",
    "fuse": "fusible fusibles sicherung sicherungen",
    "switch": "interrupteur interrupteurs interruptor interruptores apagador apagadores schalter",
    "receptacle": "tomacorriente tomacorrientes steckdose steckdosen",
    "junction box": "abzweigdose abzweigdosen",
    # (the wiring trade's compounds: a hollow-wall box is a dry lining box; laying cable is cable)
    "dry lining box": "hohlwanddose hohlwanddosen hollewanddoos hollewanddozen",
    "cable": "verlegekabel installationskabel installatiekabel",
    "socket": "stopcontact stopcontacten wandcontactdoos wandcontactdozen",
    "panel": "paneel panelen",
    "light": "licht",
    "lamp": "ampoule ampoules bombilla bombillas foco focos lampe lampen leuchtmittel",
    # (Not the German "Leuchte": its compounds name the kind, "Deckenleuchte" a ceiling light, "Wandleuchte" a wall
    # pack, and a head read alone leaves the kind an unknown word.)
    "fixture": "luminaire luminaires luminaria luminarias",
    "electrical tape": "isolierband",
    "duct tape": "gewebeband panzerband",
    "tester": "prufer",
    "voltage": "spannung",
    "voltage tester": "spannungsprufer",
    "non contact": "beruhrungslos",
    "ferrule": "aderendhulse aderendhulsen",
    "clamp": "abrazadera abrazaderas schelle schellen",
    "anchor": "cheville chevilles taquete taquetes dubel",
    "rod": "tiges varilla varillas stange",
    "plier": "pince pinces pinza pinzas zange",
    "stripper": "denudeur pelacables abisolierzange",
    "screwdriver": "tournevis destornillador desarmador schraubendreher",
    "ladder": "echelle escalera",
    "battery": "bateria baterias pilas",
    # General supplies: the office and the stockroom.
    "pencil": "lapiz lapices bleistift",
    "staple": "agrafe agrafes grapa grapas heftklammer heftklammern",
    "stapler": "agrafeuse engrapadora grapadora hefter tacker",
    "binder": "classeur classeurs ordner",
    "envelope": "enveloppe enveloppes umschlag umschlage",
    "notebook": "cahier cahiers cuaderno cuadernos",
    "label": "etiquette etiquettes etiqueta etiquetas etikett etiketten",
    "scissors": "ciseaux tijera tijeras schere",
    "glue": "pegamento kleber",
})

# The goods of the trades a supplies distributor serves - hotel amenities, bed and bath linen, tableware and
# glassware, the coffee station, takeaway packaging, janitorial, food, office, building materials and fixings,
# electrical, plumbing, safety - and the attributes that tell their near-twins apart (colour, scent, material,
# size, flat or fitted, plain or printed), as buyers in France, Quebec, Germany, Austria, Spain, Mexico,
# Portugal, Brazil, Italy and the Netherlands write them. Each line: the English word(s), then the foreign
# forms (singular, plural, gender, folded as wording.fold folds them: "Stück" is "stuck", "Größe" "grosse",
# "ç" "c", "ñ" "n"). An English value is written as wording reads it after SYNONYMS ("liner" for a bag,
# "hinged container" for a clamshell, "lamp" for a bulb), since a translation is not read again.
_gloss({
    # Hotel amenities.
    "shampoo": "shampooing shampoing champu xampu champo",
    "conditioner": "demelant acondicionador condicionador balsamo spulung haarspulung",
    "shower gel body wash": "duschgel douchegel bagnoschiuma bagnodoccia",
    "body lotion": "korperlotion bodylotion",
    "lotion": "locion locao lozione",
    "body": "corporal corporel corporelle korper corpo lichaam",
    "soap": "zeep sabonete sabonetes savonnette savonnettes",
    "liquid": "liquido liquida liquidos vloeibaar vloeibare",
    "shower": "douche ducha doccia dusche",
    "shower cap": "duschhaube duschhauben douchemuts douchemutsen",
    "cap": "gorro gorros touca toucas cuffia cuffie",
    "slipper": "chausson chaussons pantoufle pantoufles zapatilla zapatillas pantufla pantuflas chinelo chinelos "
               "pantufa pantufas pantofola pantofole hausschuh hausschuhe pantoffel pantoffeln "
               "pantoffels sloffen",
    "open": "ouvert ouverte ouverts ouvertes abierto abierta abiertos abiertas aberto aberta abertos abertas "
            "aperto aperta aperti aperte offen offene offenen",
    "closed": "ferme fermee fermes fermees cerrado cerrada cerrados cerradas fechado fechada fechados fechadas chiuso "
              "chiusa chiusi chiuse geschlossen geschlossene geschlossenen gesloten",
    "toe": "orteil orteils zehe zehen",
    "sewing": "couture costura cucito",
    "sewing kit": "nahset nahsets nahzeug naaiset naaisetje naaisetjes",
    "vanity": "vanite vaidade tocador",
    "vanity kit": "kosmetikset kosmetiksets",
    "kit": "trousse trousses",
    "dental kit": "zahnpflegeset",
    "toothbrush": "spazzolino spazzolini zahnburste zahnbursten tandenborstel tandenborstels",
    "toothpaste": "dentifrice zahnpasta tandpasta dentifricio",
    "comb": "peigne peignes peine peines pente pentes pettine pettini kamm kamme kam",
    "dispenser": "dispensador dispensadores doseador doseadores erogatore erogatori distributore distributori "
                 "zeepdispenser",
    "soap dispenser": "seifenspender",
    # Bed and bath linen.
    "sheet": "drap draps sabana sabanas lencol lencois lenzuolo lenzuola laken lakens bettlaken betttuch",
    "fitted sheet": "spannbettlaken spannlaken spannbetttuch hoeslaken hoeslakens",
    "flat": "flache flachen plano plana planos planas",
    "fitted": "bajera bajeras",
    "cover": "housse housses funda fundas capa capas fodera fodere bezug bezuge hoezen overtrek",
    "duvet": "edredom edredons couette couettes edredon edredones edredao edredoes piumino piumini bettdecke bettdecken dekbed "
             "dekbedden daunendecke",
    "duvet cover": "copripiumino copripiumini bettbezug bettbezuge dekbedovertrek dekbedovertrekken",
    "pillow": "oreiller oreillers almohada almohadas travesseiro travesseiros almofada almofadas cuscino cuscini "
              "kissen kopfkissen kussen kussens",
    "pillow case": "fronha fronhas federa federe kopfkissenbezug kopfkissenbezuge kissenbezug kissenbezuge kussensloop "
                   "kussenslopen sloop slopen",
    "blanket": "couverture couvertures manta mantas cobija cobijas frazada frazadas cobertor cobertores coperta "
               "coperte wolldecke wolldecken deken dekens",
    "bedspread": "couvrelit colcha colchas copriletto tagesdecke sprei",
    "towel": "toalha toalhas asciugamani handdoek handdoeken",
    # (A German "Handtuch" is the hand towel of a hotel's set, beside the "Duschtuch" and the "Badetuch".)
    "hand towel": "handtuch handtucher",
    "bath towel": "badhanddoek badhanddoeken badetuch badetucher duschtuch duschtucher",
    "guest towel": "gastehandtuch gastendoekje gastendoekjes",
    "washcloth": "waschlappen washandje washandjes",
    "bath mat": "badematte badematten badvorleger badmat badmatten scendibagno",
    "bathrobe": "peignoir peignoirs albornoz albornoces roupao roupoes accappatoio accappatoi bademantel "
                "bademantel badjas badjassen",
    "bath": "bano banos banho bagno",
    "mat": "tapis alfombra alfombras tapete tapetes tappeto tappeti",
    "linen": "leinen linnen linge lenceria linho biancheria bettwasche bettwaesche beddengoed",
    "mattress": "matelas colchon colchones colchao colchoes materasso materassi matratze matratzen matras",
    "mattress protector": "coprimaterasso coprimaterassi matratzenschoner matrasbeschermer",
    "terry": "rizo felpa atoalhado frottee frottier badstof",
    "single": "sencilla sencillo solteiro singolo singola einzel eenpersoons",
    "double": "doble dobles duplo dupla doppio doppia doppel dubbel dubbele matrimonial matrimoniale casal "
              "tweepersoons",
    "plain": "unie unies liso lisa lisos lisas einfarbig effen",
    "printed": "imprime imprimee imprimes imprimees estampado estampada estampados estampadas impreso impresa "
               "impresso impressa stampato stampata bedruckt bedruckte bedrukt bedrukte",
    # Materials.
    "cotton": "algodao cotone katoen",
    "silk": "soie seda seta seide zijde",
    "wool": "laine lana wolle",
    "bamboo": "bambou bambu bambus bamboe",
    "polyester": "poliester",
    "microfiber": "mikrofaser microvezel",
    "porcelain": "porcelaine porcelana porcellana porzellan porselein",
    "crystal": "cristal cristallo kristall kristal",
    "wood": "bois madera madeira legno holz hout",
    "stainless": "rvs",
    "steel": "aco staal",
    "plastic": "plastica plastiche kunststof",
    "glass": "verre verres glazen",
    # Tableware, glassware and cutlery.
    "plate": "prato pratos",
    "soup": "zuppa",
    "bowl": "kom tigela tigelas cuenco cuencos saladier saladiers coupelle coupelles",
    # (The Portuguese "copo" is the Spanish "vaso": a cup, paper or plastic; for water or wine, a glass: PHRASES.)
    "cup": "copo copos tasse tasses taza tazas xicara xicaras chavena chavenas tazza tazze kopje kopjes",
    "saucer": "soucoupe soucoupes platillo platillos pires piattino piattini untertasse untertassen schotel "
              "schoteltje schoteltjes",
    "mug": "chope chopes caneca canecas mok mokken kaffeebecher",
    "wine": "vino vinos vinho vinhos wein wijn",
    "wine glass": "weinglas weinglaser wijnglas wijnglazen",
    "water glass": "wasserglas wasserglaser waterglas waterglazen",
    "beer glass": "bierglas bierglaser",
    "champagne flute": "sektglas sektglaser sektflote champagneglas champagneglazen",
    "flute": "flauta flautas fluit",
    "tumbler": "trinkglas trinkglaser",
    "jug": "pichet pichets jarra jarras jarro jarros brocca brocche krug kruge kanne kannen",
    "carafe": "karaffe karaffen karaf karaffen caraffa caraffe",
    "cutlery": "talheres talher bestek",
    "fork": "garfo garfos vork vorken",
    "knife": "faca facas",
    "spoon": "colher colheres lepel lepels",
    "tea spoon": "cucchiaino cucchiaini theelepel theelepels",
    "napkin": "guardanapo guardanapos servet servetten",
    "tablecloth": "nappe nappes manteles tovaglia tovaglie tischdecke tischdecken "
                  "tafelkleed tafelkleden",
    "tray": "tabuleiro dienblad dienbladen",
    # The coffee station.
    "coffee": "cafe cafes koffie",
    "bean": "grao graos grani bonen",
    "coffee bean": "koffiebonen",
    "ground": "moulu moulue moido moida macinato macinata gemahlen gemalen",
    "decaf": "decafeine decafeinee descafeinado descafeinada decaffeinato entkoffeiniert cafeinevrij",
    "tea": "cha thee",
    "tea liner": "teebeutel theezakje theezakjes",
    "herbal tea": "krautertee kruidenthee tisana",
    "green tea": "gruntee",
    "black tea": "schwarztee",
    "peppermint": "pfefferminze pfefferminz pepermunt",
    "peppermint tea": "pfefferminztee pepermuntthee",
    "mint": "menthe menta hortela minze munt hierbabuena",
    "chamomile": "camomille manzanilla camomila camomilla kamille",
    "chamomile tea": "kamillentee",
    "sugar": "acucar suiker",
    "sugar stick": "zuckersticks zuckerstick suikersticks suikerstick suikerzakjes",
    "stick": "buchette buchettes barrita barritas",
    "packet": "sobres sache saches saqueta saquetas bustina bustine zakje zakjes",
    "sweetener": "edulcorant edulcorants sucrette sucrettes edulcorante edulcorantes endulzante endulzantes "
                 "sacarina adocante adocantes dolcificante dolcificanti sussstoff zoetstof zoetjes",
    "stirrer": "agitateur agitateurs touillette touillettes agitador agitadores removedor removedores mezclador "
               "mezcladores mexedor mexedores palheta palhetas agitatore agitatori palettina palettine ruhrstabchen "
               "ruhrstab roerstaafje roerstaafjes roerstokje roerstokjes roerder",
    "syrup": "sirop sirops jarabe jarabes sirope xarope xaropes sciroppo sciroppi sirup siroop",
    "vanilla": "vanille vainilla baunilha vaniglia",
    "caramel": "caramelo caramello karamell karamel",
    "hazelnut": "noisette noisettes avellana avellanas avela avelas nocciola nocciole haselnuss hazelnoot",
    "chocolate": "chocolat cioccolato cioccolata schokolade chocolade",
    "cinnamon": "cannelle canela cannella zimt kaneel",
    "coconut": "kokos kokosnuss kokosnoot",
    "almond": "amande amandes almendra almendras amendoa mandorla mandorle mandel mandeln amandel",
    "creamer": "blanchisseur kaffeeweisser koffiemelk",
    # Takeaway packaging.
    "lid": "tampa tampas deksel deksels",
    "sip lid": "trinkdeckel drinkdeksel drinkdeksels",
    "straw": "canudo canudos palhinha palhinhas cannuccia cannucce rietje rietjes trinkhalm trinkhalme pitillo "
             "pitillos sorbete sorbetes",
    "hinged container": "klappbox klappboxen klappschale klappschalen klapbak klapbakken",
    "hinged": "cerniera articulada articulado",
    "liner": "saco sacos sacola sacolas sacchetto sacchetti tute tuten tuete tueten tasje tasjes zak zakken "
              "vuilniszak vuilniszakken afvalzak afvalzakken",
    "container": "embalagem embalagens contenitori bakje bakjes",
    "wall": "paroi parois pared paredes parede parete pareti",
    "double wall": "doppelwandig doppelwandige dubbelwandig dubbelwandige",
    "single wall": "einwandig einwandige enkelwandig enkelwandige",
    "compostable": "kompostierbar kompostierbare composteerbaar compostabile compostavel compostaveis",
    "biodegradable": "biodegradabile biodegradavel",
    "insulated": "isotherme isotermico isotermica isotermico",
    "hot": "chaud chaude chauds chaudes caliente calientes quente quentes heiss heisse",
    "cold": "froid froide froids froides frio fria frios frias freddo fredda kalt kalte koud koude",
    # Cleaning and janitorial.
    "cleaner": "limpador limpadores schoonmaakmiddel",
    "disinfectant": "desinfetante desinfetantes disinfettante ontsmettingsmiddel",
    "bleach": "lixivia bleekmiddel",
    "broom": "vassoura vassouras bezem bezems",
    "mop": "mocio esfregona dweil dweilen",
    "bucket": "balde baldes emmer emmers",
    "glove": "luvas",
    "sponge": "spons sponzen",
    "trash": "lixo afval vuilnis spazzatura rifiuti",
    "bath tissue": "toilettenpapier toiletpapier",
    "paper": "carta",
    "sanitizer": "desinfektionsgel handdesinfectie",
    # Food service.
    "butter": "manteiga boter",
    "milk": "leite melk",
    "cheese": "queijo queijos kaas",
    "egg": "ovo ovos eieren",
    "flour": "farinha bloem",
    "oil": "olie",
    "olive oil": "azeite azeites",
    "rice": "rijst",
    "chicken": "frango frangos",
    "beef": "carne vaca rundvlees",
    "pork": "porco varkensvlees",
    "potato": "batata batatas aardappel aardappelen",
    "onion": "cebola cebolas uien",
    "garlic": "alho knoflook",
    "carrot": "cenoura cenouras wortel wortelen",
    "lemon": "limao limoes citroen citroenen",
    "strawberry": "morango morangos aardbei aardbeien",
    "juice": "suco sucos",
    "cake": "bolo bolos taart taarten",
    "frozen": "diepvries bevroren",
    "cream": "natas",
    "whipping cream": "slagroom",
    # Office supplies.
    "pen": "caneta canetas",
    "pencil": "matita matite potlood potloden",
    "staple": "grampo grampos agrafo agrafos nietje nietjes",
    "stapler": "agrafador cucitrice nietmachine",
    "binder": "classificador raccoglitore",
    "envelope": "busta buste",
    "notebook": "caderno cadernos quaderno quaderni",
    "label": "etichetta etichette",
    "scissors": "tesoura tesouras forbici forbice schaar",
    "glue": "colle colles colla lijm",
    "adhesive": "klebstoff adesivo adesivi",
    "ink": "encre tinta tintas inchiostro tinte inkt",
    "highlighter": "surligneur surligneurs textmarker evidenziatore evidenziatori markeerstift",
    "marker": "marcador marcadores pennarello pennarelli",
    "notepad": "notizblock notitieblok",
    "ream": "resma resmas risma risme",
    "folder": "carpeta carpetas cartellina cartelline mappe",
    # Building materials and fixings.
    "lumber": "bauholz schnittholz kantholz legname timmerhout",
    "plywood": "contreplaque contrachapado contrachapada triplay contraplacado compensado compensato multistrato sperrholz "
               "multiplexplaat",
    "board": "panneau panneaux tablero tableros placa placas pannello pannelli plaat",
    "particle board": "spanplatte spanplaat",
    "drywall": "placo pladur tablaroca cartongesso gipskarton gipskartonplatte gipskartonplatten gipsplaat "
               "gipsplaten rigips",
    "drywall screw": "schnellbauschraube schnellbauschrauben gipskartonschraube",
    "screw": "parafuso parafusos schroef schroeven",
    "wood screw": "houtschroef houtschroeven",
    "nail": "clou clous clavo clavos prego pregos chiodo chiodi nagel spijker spijkers",
    "bolt": "bout bouten",
    "anchor": "bucha buchas tassello tasselli pluggen",
    "sealant": "sellador selladores selante vedante sigillante dichtstoff dichtmasse afdichtingskit",
    "silicone": "silicona silikon siliconen",
    "fiberglass insulation": "glaswolle glaswol",
    "mineral wool insulation": "steinwolle mineralwolle steenwol",
    "insulation": "isolant isolamento isolante aislante isolatie isolierung dammstoff",
    "cement": "ciment cemento cimento zement",
    "concrete": "beton hormigon concreto calcestruzzo",
    "mortar": "mortier mortero argamassa morter",
    # Electrical.
    "breaker": "disjuntor disjuntores magnetotermico magnetotermici",
    "switch": "schakelaar schakelaars interruttore interruttori",
    "receptacle": "tomada tomadas stopcontact stopcontacten",
    "cable": "cabo cabos cavo cavi",
    "wire": "fio draad draden",
    "lamp": "lampada lampadas lampadina lampadine gloeilamp gluhbirne gluhbirnen",
    "fuse": "fusivel fusiveis fusibile fusibili zekering zekeringen",
    "extension cord": "verlengsnoer extensao",
    "plug": "fiche fiches stecker stekker stekkers",
    "cable tie": "bridas fascetta fascette",
    "electrical tape": "isolatietape",
    # Plumbing.
    "kitchen": "keuken kuche cocina cozinha cucina",
    "faucet": "robinet robinets grifo grifos torneira torneiras rubinetto rubinetti wasserhahn kraan kranen",
    "ball valve": "kogelkraan kogelkranen",
    "elbow": "joelho joelhos bocht bochten",
    "gasket": "junta juntas guarnizione guarnizioni dichtung dichtungen pakking pakkingen",
    "fitting": "raccord raccords racor racores raccordo raccordi conexao conexoes",
    "trap": "sifon sifones sifao sifone sifons",
    "solder": "soudure soldadura saldatura",
    "hose": "mangueira mangueiras",
    # Safety.
    "safety": "securite seguridad seguranca sicurezza sicherheit veiligheid",
    "glasses": "oculos",
    "safety glasses": "veiligheidsbril veiligheidsbrillen",
    "hardhat": "capacete capacetes veiligheidshelm bouwhelm",
    "vest": "colete coletes hesje hesjes",
    "earplug": "oordop oordoppen",
    "earmuff": "kapselgehorschutz oorkap oorkappen",
    "mask": "mascarilla mascarillas mondkapje mondkapjes",
    "boot": "botte bottes bota botas stiefel stivale stivali laars laarzen",
    "shoe": "chaussure chaussures zapato zapatos sapato sapatos scarpa scarpe schuh schuhe schoen schoenen",
    "safety shoe": "sicherheitsschuh sicherheitsschuhe veiligheidsschoen veiligheidsschoenen",
    "harness": "harnais arnes imbracatura auffanggurt",
    "coverall": "combinaison combinaisons overol overoles macacao tuta",
    # Colours, scents and finishes.
    "black": "preto preta pretos pretas nera nere zwart zwarte",
    "white": "branco branca brancos brancas bianca bianche wit witte",
    "red": "vermelho vermelha vermelhos vermelhas rossa rosse rood",
    "green": "verdi groen groene",
    "yellow": "amarelo amarela amarelos amarelas gialla gialli gialle geel gele",
    "gray": "cinza cinzento cinzenta grigio grigia grigi grigie grijs grijze",
    "blue": "azzurro azzurra blauw blauwe",
    "brown": "brun marrone braun braune bruin bruine",
    "pink": "roze",
    "purple": "roxo roxa paars paarse",
    "orange": "laranja oranje",
    "clear": "trasparente trasparenti transparant transparante durchsichtig",
    "ivory": "ivoire marfil marfim avorio elfenbein ivoor",
    "beige": "bege",
    "gold": "dore doree dorado dorada dourado dourada dorato dorata goud",
    "silver": "argent argente argentee plateado plateada prateado prateada argento silber zilver",
    "lavender": "lavande lavanda lavendel",
    "citrus": "agrumes citricos citrinos agrumi zitrus",
    "verbena": "verveine verbene eisenkraut ijzerhard",
    "grapefruit": "pamplemousse pomelo toranja pompelmo",
    "ginger": "gingembre jengibre gengibre zenzero ingwer gember",
    "fragrance": "parfum profumo duft geur fragancia fragrancia",
    "scented": "parfume parfumee parfumes parfumees perfumado perfumada profumato profumata parfumiert "
               "geparfumeerd",
    "unscented": "parfumfrei duftfrei unparfumiert ongeparfumeerd parfumvrij geurloos",
    # Sizes and use, where the older lines above have none in these languages.
    "small": "pequena pequenos pequenas piccola piccoli piccole kleine",
    "large": "grandi groot grote",
    "medium": "medios middel",
    "disposable": "descartavel descartaveis wegwerp",
    "degreaser": "desengordurante ontvetter",
    "dish soap": "afwasmiddel spulmittel",
    "floor": "vloer chao pavimento",
    "window": "fenetre fenetres ventana ventanas janela janelas finestra finestre fenster raam",
    "lemon scent": "zitronenduft",
    # Packaging and pallets (the twenty-sixth set's trade), where the older lines above have none.
    "new": "neue neuer neues nieuw nieuwe",
    "used": "gebraucht gebrauchte gebrauchter gebruikt gebruikte",
    "euro pallet": "europalette europaletten europallet europallets",
    "mailing liner": "versandtasche versandtaschen verzendzak verzendzakken",  # (a "bag" reads as "liner")
    "bubble wrap": "luftpolsterfolie noppenfolie",
    "stretch film": "stretchfolie rekfolie wikkelfolie",
    "tape": "packband paketband verpakkingstape",
    "buckle": "bugel bugeln gesp gespen",
    "low noise": "leise geraeuscharm",
})

# Colours name goods in every trade: those of the Nordic, Baltic, central and eastern European languages and
# Turkish, written as the folding reads them ("czarne" for black pots, "valkoinen" for white). Left out: the
# spellings that are English words or units ("sort", "must", "hall", "rod", "bla", "gra") or
# words of another trade ("seda" is silk, "roda" a wheel, "vita" a waist). Read whole only ("musta" opens "mustard").
_MORE_COLOURS: dict[str, str] = {
    "black": "czarny czarna czarne czarnych cerny cerna cerne cernych svart svarta sorte musta mustat mustia "
             "fekete negru negre neagra juodas juoda juodi melns melna melni siyah crn crna crni crne",
    "white": "bialy biala biale bialych bily bila bile bilych vit hvid hvide hvit hvite valkoinen valkoiset "
             "valkoisia feher alba albe baltas balta balti balts valge beyaz bijeli bijela bijele bela bele",
    "red": "czerwony czerwona czerwone cerveny cervena cervene rodt punainen punaiset piros rosu rosie "
           "raudonas raudona sarkans sarkana punane kirmizi crven crvena crveni rdec rdeca",
    "green": "zielony zielona zielone zeleny zelena zelene gron grona gronne gronn vihrea vihreat zold "
             "zalias zalia zals zala roheline yesil zelen zeleni",
    "blue": "niebieski niebieska niebieskie modry modra modre blaa sininen siniset kek albastru albastra "
            "melynas melyna zils zila sinine mavi plav plava plavi",
    "yellow": "zolty zolta zolte zluty zluta zlute gul gula gule keltainen sarga galben galbena geltonas "
              "geltona dzeltens dzeltena kollane zut zuta zuti rumen rumena",
    "gray": "szary szara szare graa gratt harmaa szurke gri pilkas pilka peleks siva sivi",
    "brown": "brazowy brazowa brazowe hnedy hneda hnede ruskea barna maro pruun kahverengi",
    "orange": "pomaranczowy pomaranczowa oranzovy oranzova oransje oranssi narancssarga portocaliu turuncu",
    "clear": "przezroczysty przezroczysta przezroczyste pruhledny pruhledna genomskinlig gennemsigtig "
             "gjennomsiktig lapinakyva atlatszo",
}
_gloss(_MORE_COLOURS)
# More languages' words for the trades above (a third table, so that an English word already given above keeps
# its words and gains these).
_gloss({
    # Paint and decorating, drinks, and fasteners and tools in Polish, Czech, Swedish, Portuguese, Dutch, Italian,
    # Spanish, French and German, where the older lines above have none (the twenty-seventh to twenty-ninth sets'
    # trades); folded, without accents.
    "paint": "peinture peintures pintura pinturas pittura verf farba farby barva farg farben",
    "emulsion": "emulsyjna emulsja emulsie",
    "primer": "primaire imprimacion imprimaciones fondo primario grondverf podklad zakladni grundfarg "
              "grundierung grundierfarbe",
    "undercoat": "souscouche",
    "gloss": "brillant brillante hoogglans polysk lesk hochglanz glanzend lucido brilhante",
    "satin": "satine satinado satinato acetinado zijdeglans satyna polomat seidenglanz seidenmatt halvblank",
    "matt": "mate matte opaco matowa matowy matny",
    "masonry": "fachada facciata gevel elewacyjna fasadni fasad fassade",
    "smooth": "lisse liscio gladka hladka",
    "masking tape": "malerkrepp afplaktape",
    "masking": "carrocero mascheratura masquage abdeck afplak malarska",
    "brush": "pinceau pinceaux pincel pinceles brocha brochas pennello pennelli trincha kwast kwasten pedzel stetec "
             "pensel pinsel",
    "angled": "schuine skosny zkoseny",
    "roller": "rodillo rodillos rullo rulli vachtroller walek valecek farbwalze",
    "pile": "poils vacht pelo",
    "short": "ras korte kort kurz corto curto",
    "long": "longs lange lungo",
    "sandpaper": "schuurpapier schleifpapier lija lixa",
    "abrasive": "abrasif abrasivo abrasiva abrasiv",
    "grit": "korrel korn kornung grano grana gradacja",
    "sheet": "hoja hojas foglio fogli folha folhas vel arkusz blatt",
    "filler": "enduit masilla stucco massa plamuur szpachla tmel spackel spachtel",
    "powder": "poudre polvo polvere poeder proszek prasek pulver",
    "sealant": "akryl tmel fogmassa",
    "white spirit": "aguarras acquaragia terpentine terpentyna testbenzin",
    "dust sheet": "abdeckplane afdekkleed",
    "drop cloth": "bache",
    "protective": "ochronna ochronny ochranna",
    "film": "folia folie",
    "telescopic": "telescopique telescopico telescopisch teleskopowy teleskopicky",
    "pole": "manche mango asta trzonek tyc skaft",
    "sugar soap": "zuckerseife",
    # Drinks.
    "sparkling": "gazeuse gazeux gaseosa frizzante frizzanti bruisend gazowana perliva kolsyrat sprudel spritzig",
    "still": "naturale niegazowana neperliva",
    "bottle": "bouteille bouteilles botella botellas bottiglia bottiglie garrafa garrafas fles flessen butelka "
              "butelki lahev flaska flaskor flasche flaschen",
    "can": "canette canettes lata latas lattina lattine blik blikjes puszka puszki plechovka burk burkar dose dosen",
    "beer": "biere bieres cerveza cervezas birra birre cerveja cervejas bier piwo pivo",
    "keg": "barril barriles beczka sud",
    "cola": "coca",
    "tonic": "tonik tonico tonique",
    "juice": "jus zumo zumos succo sok stava saft",
    "lemonade": "limonade limonada limonata lemoniada",
    # Fasteners and tools.
    "screw": "sruba sruby wkret wkrety sroub srouby vrut vruty skruv skruvar",
    "hex": "szesciokatna sesti sestihranny sexkant esagonale esagonali sextavado",
    "nut": "nakretka nakretki matice mutter muttrar porca porcas moer moeren",
    "washer": "podkladka podkladki podlozka podlozky bricka brickor anilha anilhas sluitring sluitringen rosetta "
              "",
    "threaded rod": "gewindestange gewindestangen draadeind draadeinden gangstang",
    "threaded": "gwintowany zavitova filettata roscada roscado filetee",
    "rod": "tyc barra varao",
    "anchor": "kotwa kotwy hmozdinka expanzni plugg dubel dubeln",
    "drill": "wiertlo wiertla vrtak vrtaky borr borrar bohrer foret forets broca brocas punta punte boor boren",
    "cutting disc": "trennscheibe trennscheiben kapskiva",
    "cutting": "ciecia rezny rezani tronconner taglio corte",
    "disc": "tarcza tarcze kotouc disque disco disk schijf",
    "flap disc": "fecherscheibe facherscheibe lamellenscheibe lamellrondell",
    "flap": "lamelovy lamelowa lamelles laminas lamellare lamellen",
    "glove": "rekawice rukavice handskar",
    "stainless": "nierdzewna nierdzewne nerez rostfri rostfritt",
    "zinc": "ocynk ocynkowane pozinkovany forzinkad zincato zincado cincado",
    "threadlocker": "schraubensicherung frenafiletti gangsakring borgmiddel",
    "penetrating oil": "kriechol kruipolie",
    "rivet": "nity nyt nyty blindnit blindniet niete nieten rivetto rivetti rebite remache remaches",
    "blind rivet": "blindniete blindnieten",
    "cap screw": "zylinderschraube zylinderschrauben",
    "countersunk": "senkschraube senkschrauben stozkowa zapustny",
    "coated": "powlekane powlekana potazene",
    "size": "rozm rozmiar velikost vel storlek",
    "tape": "tasma tasmy pasku paska tejp",
    "strength": "resistenza resistencia resistance festigkeit sterkte wytrzymalosci pevnost",
    "medium": "mittlerer middellange mediana",
    "high": "alta haute hoch hohe hoog wysoka vysoka",
})

# Foreign words read only as written: short ones an English word begins with a letter or three more ("plat" in
# "platter", "drap" in "drapery", "colle" in "college", "clou" in "clout", "bout" in "bouts", "ferme" in
# "ferment", the Italian copper "rame" in "ramekin" and "ramen") or that ends a longer English word ("pared" in
# "prepared"), and words English writes too ("cafe"): never read off an ending nor taken for the head of a
# compound.
WHOLE_FOREIGN = frozenset(
    "plat plate drap draps colle colles clou clous bout bouten ferme pared paredes cafe cafes "
    "tasse tasses brun chope pires taza tazas bois sache saches carta bota botas "
    "nappe nappes sloop slopen tute tuten zak mok kam pente pentes lana laine linge liso lisa vaca carne "
    "bolo ovo cha thee munt bridas fiche fiches vino wijn wein rood wit grani bloem hout pente "
    "plano plana mappe tinte gorro sifon plaat beton kanne krug balde bege bruin busta buste cabo capa "
    "cavo cavi colla compensato corpo douche faca federa federe frio fria froid menta impresa liquida offen pettine "
    "placa seda spons tassello tasselli touca baldes chao grandi rame trousse verdi zement chocolat".split()) \
    | {word for words in _MORE_COLOURS.values() for word in words.split()}


STOPWORDS = frozenset(
    "the a an and or of for with w to in on at by from as is are be we our us you your it its this that these "
    "those them they ones one stay usual same please pls thanks need needs want order more also per only all now "
    "any other like last time item items qty quantity x approx approximately about both only just "
    "de la le les des du pour avec en et au aux un une el los las para con y del al der die das den dem und mit "
    "fur fuer von zu il lo gli di da e por sur dans trash garbage refuse "
    # (Portuguese, Dutch and more Italian: "com" and "met" are "with".)
    "com do dos das em na nas nos ao aos um uma met het een voor della delle dello dei degli alla allo "
    # Comparatives pick one of a family the buyer has in mind ("the heavier paper", "the bigger bags"): the
    # attribute beside them says which, the word itself names nothing a product is written with.
    "heavier lighter bigger smaller larger thicker thinner longer shorter wider narrower cheaper".split())


# Foreign words whose meaning depends on the trade: "grano" is sandpaper's grit and a coffee's whole bean,
# "pastiglie" tablets and a bicycle's brake pads, "Schlauch" a hose and an inner tube. The glossary gives each its
# first sense; a catalog that never uses that word but uses another sense's reads the line in its own sense
# (matching/catalog.py). Each value lists the senses, the glossary's first.
SENSES: dict[str, tuple[str, ...]] = {
    "grano": ("grit", "bean"), "grani": ("grit", "bean"), "grao": ("bean",), "graos": ("bean",),
    "pastiglia": ("tablet", "pad"), "pastiglie": ("tablet", "pad"), "pastilla": ("tablet", "pad"),
    "pastillas": ("tablet", "pad"), "schlauch": ("hose", "tube"), "kabel": ("cord", "cable"),
    "polvo": ("powder", "octopus"), "dorada": ("gold", "bream"), "dourada": ("gold", "bream"),
    "moule": ("molded", "mussel"), "moules": ("molded", "mussel"), "manchon": ("coupling", "sleeve"),
    "manchons": ("coupling", "sleeve"), "botte": ("boot", "bunch"), "bottes": ("boot", "bunch"),
    "hoja": ("sheet", "leaf"), "hojas": ("sheet", "leaf"), "folha": ("sheet", "leaf"), "folhas": ("sheet", "leaf"),
    "feuille": ("sheet", "leaf"), "feuilles": ("sheet", "leaf"), "algas": ("algae", "seaweed"),
    "liso": ("plain", "flat"), "lisa": ("plain", "flat"), "lisos": ("plain", "flat"), "lisas": ("plain", "flat"),
    "algen": ("algae", "seaweed"), "algues": ("algae", "seaweed"), "koper": ("copper", "cup"),
}


# Four trades' words in thirteen languages (workwear and PPE, bicycle parts, café supplies, fish and produce):
# matching/trade_words.py.
for _table in (trade_words.WORKWEAR, trade_words.BICYCLE, trade_words.CAFE, trade_words.SEAFOOD_PRODUCE,
               trade_words.COLOURS):
    _gloss(_table)
SIZE_LABELS = SIZE_LABELS | frozenset(trade_words.SIZE_WORDS)
SYNONYMS.update(trade_words.SYNONYMS_ADD)
WHOLE_FOREIGN = WHOLE_FOREIGN | frozenset(trade_words.WHOLE_ONLY)
for _code, _spellings in trade_words.UNITS_ADD.items():
    for _spelling in _spellings.split():
        UNITS.setdefault(_spelling, _code)
PHRASES += [(re.compile(p), r) for p, r in trade_words.PHRASES_ADD]
