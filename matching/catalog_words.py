"""The words product descriptions are written in: units, abbreviations, synonyms, colours and a small
glossary of foreign product words, as data for `matching/wording.py`.

Everything here is general trade language (how buyers of supplies write), never one customer's wording
or one catalog's item. Keys are folded: lower case, no accents (see wording.fold)."""

from __future__ import annotations

import re

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
    "ml": "ml millilitre milliliter millilitres milliliters",
    # (A micro sign is folded to "u" before this: "200 µL" is "200 ul".)
    "ul": "ul microlitre microliter microlitres microliters",
    "l": "l ltr litre liter litres liters",
    "lb": "lb lbs pound pounds libras livre livres pfund",
    "kg": "kg kilo kilos", "g": "g gram grams gramos",
    "gsm": "gsm g/m2",
    "w": "w watt watts", "k": "k kelvin", "a": "a amp amps ampere", "v": "v volt volts",
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
    "rolls rl rls roll pzas pza pz".split())

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "twelve": "12", "deux": "2", "trois": "3", "zwei": "2", "drei": "3",
    "dos": "2", "tres": "3", "due": "2",
}

NEGATIONS = frozenset("not no non nicht kein keine sin pas".split())

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
    (r"\bhi[- ]?vis(?:ibility)?\b|\bhigh[- ]visibility\b", " safety "),
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
    (r"\bunipolaire\b|\bunipolar\b|\beinpolig(?:e|er)?\b", " 1 pole "),
    (r"\bbipolaire\b|\bbipolar\b|\bzweipolig(?:e|er)?\b", " 2 pole "),
    (r"\btripolaire\b|\btripolar\b|\bdreipolig(?:e|er)?\b", " 3 pole "),
    (r"\b(?:mud|plaster) rings?\b|\brings? (?:mud|plaster)\b", " plaster ring "),
    (r"\bsans contact\b|\bsin contacto\b", " non contact "),
    (r"\bmise a la terre\b", " ground "),
)]

# Foreign product words -> English, only to rank suggestions (never to approve: see catalog.py).
FOREIGN: dict[str, str] = {}
for english, words in {
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
}.items():
    for word in words.split():
        FOREIGN[word] = english

STOPWORDS = frozenset(
    "the a an and or of for with w to in on at by from as is are be we our us you your it its this that these "
    "those them they ones one stay usual same please pls thanks need needs want order more also per only all now "
    "any other like last time item items qty quantity x approx approximately about both only just "
    "de la le les des du pour avec en et au aux un une el los las para con y del al der die das den dem und mit "
    "fur fuer von zu il lo gli di da e por sur dans trash garbage refuse "
    # Comparatives pick one of a family the buyer has in mind ("the heavier paper", "the bigger bags"): the
    # attribute beside them says which, the word itself names nothing a product is written with.
    "heavier lighter bigger smaller larger thicker thinner longer shorter wider narrower cheaper".split())
