"""The goods of hotels, restaurants, coffee stations, takeaway counters and building sites as buyers in France,
Quebec, Germany, Austria, Spain, Mexico, Portugal, Brazil, Italy and the Netherlands write them, against an
English catalog of near-twins (flat and fitted sheets, king and queen, white and ivory, 200 and 300 TC; wine
glasses by size; teas and syrups by flavour). The glossary (matching/catalog_words.FOREIGN, its PHRASES and
units) ranks the product the line means first: a suggestion for a clerk, never an approval. And a line written
in English reads as it did: no English word is taken for a foreign one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.catalog_words import FOREIGN, SYNONYMS, WHOLE_FOREIGN
from matching.wording import compare, read_wording
from vocabulary.units import normalise_unit


def _p(sku: str, description: str, uom: str = "EA") -> CatalogProduct:
    return CatalogProduct(sku, description, uom, Decimal("1.00"))


HOSPITALITY = CatalogIndex([
    # Bed linen: near-twins by kind, size, colour and thread count.
    _p("SH-FL-K-W-200", "Flat sheet king white 200TC"),
    _p("SH-FL-K-W-300", "Flat sheet king white 300TC"),
    _p("SH-FT-K-W-200", "Fitted sheet king white 200TC"),
    _p("SH-FT-K-W-300", "Fitted sheet king white 300TC"),
    _p("SH-FT-K-I-300", "Fitted sheet king ivory 300TC"),
    _p("SH-FT-Q-W-300", "Fitted sheet queen white 300TC"),
    _p("SH-FT-S-W-200", "Fitted sheet single white 200TC"),
    _p("SH-FT-D-W-200", "Fitted sheet double white 200TC"),
    _p("PC-W-300", "Pillowcase standard white 300TC"),
    _p("PL-STD", "Pillow standard microfiber fill"),
    _p("DC-K-W", "Duvet cover king white"),
    _p("DV-K", "Duvet king all season"),
    _p("BL-Q-B", "Blanket queen fleece beige"),
    # Bath linen.
    _p("TW-BATH", "Bath towel white 70x140 cm"),
    _p("TW-HAND", "Hand towel white 50x100 cm"),
    _p("TW-FACE", "Face towel white 30x30 cm"),
    _p("BM-W", "Bath mat white 50x80 cm"),
    _p("BR-W", "Bathrobe terry white"),
    # Guest amenities, by scent.
    _p("SHA-LAV", "Shampoo 30 ml bottle lavender"),
    _p("SHA-CIT", "Shampoo 30 ml bottle citrus"),
    _p("CON-LAV", "Conditioner 30 ml bottle lavender"),
    _p("BW-LAV", "Body wash 30 ml bottle lavender"),
    _p("BLO-VER", "Body lotion 30 ml bottle verbena"),
    _p("SOAP-UNS", "Soap bar 20 g unscented"),
    _p("SOAP-VER", "Soap bar 20 g verbena"),
    _p("CAP-SH", "Shower cap boxed"),
    _p("SLP-OT", "Slippers open toe white"),
    _p("SLP-CT", "Slippers closed toe white"),
    _p("KIT-SEW", "Sewing kit"),
    _p("KIT-VAN", "Vanity kit cotton pads"),
    _p("DSP-SOAP", "Soap dispenser wall mount 1000 ml"),
    # Tableware and glassware.
    _p("PL-DIN", "Dinner plate porcelain 27 cm"),
    _p("BWL-15", "Bowl porcelain 15 cm"),
    _p("CUP-200", "Cup porcelain 200 ml"),
    _p("SAU-15", "Saucer porcelain 15 cm"),
    _p("MUG-350", "Mug porcelain 350 ml"),
    _p("WG-350", "Wine glass 350 ml"),
    _p("WG-470", "Wine glass 470 ml"),
    _p("FL-170", "Champagne flute 170 ml"),
    _p("TMB-300", "Tumbler 300 ml"),
    _p("WAT-250", "Water glass 250 ml"),
    _p("JUG-1L", "Jug glass 1 l"),
    _p("FORK-T", "Table fork stainless"),
    _p("KNIFE-T", "Table knife stainless"),
    _p("SPN-TEA", "Teaspoon stainless"),
    # The coffee station.
    _p("COF-WB", "Coffee whole bean 1 kg"),
    _p("COF-GR", "Coffee ground 1 kg"),
    _p("COF-DEC", "Coffee decaf ground 500 g"),
    _p("TEA-PEP", "Tea peppermint, box of 100"),
    _p("TEA-CHA", "Tea chamomile, box of 100"),
    _p("TEA-GRN", "Tea green, box of 100"),
    _p("TEA-BLK", "Tea black English breakfast, box of 100"),
    _p("SUG-STK", "Sugar sticks white 1000/cs", "CS"),
    _p("SWT-PK", "Sweetener packets 1000/cs", "CS"),
    _p("STIR-W", "Stirrers wooden 1000/bx", "BX"),
    _p("SYR-VAN", "Syrup vanilla 750 ml"),
    _p("SYR-CAR", "Syrup caramel 750 ml"),
    _p("SYR-HAZ", "Syrup hazelnut 750 ml"),
    # Takeaway packaging.
    _p("HC-12-DW", "Hot cup 12 oz double wall kraft 500/cs", "CS"),
    _p("HC-12-SW", "Hot cup 12 oz single wall kraft 1000/cs", "CS"),
    _p("LID-SIP", "Sip lid white fits 12 oz hot cup 1000/cs", "CS"),
    _p("STR-PAP", "Straw paper wrapped 500/bx", "BX"),
    _p("CLAM-9", "Clamshell compostable 9 x 9 in 200/cs", "CS"),
    _p("NAP-2", "Napkin 2 ply white 1000/cs", "CS"),
])

BUILDING = CatalogIndex([
    _p("SCR-WD", "Wood screw 4 x 40 mm zinc 200/box", "BX"),
    _p("SCR-DW", "Drywall screw 3.5 x 25 mm 1000/box", "BX"),
    _p("NAIL-3", "Nail common 3 in 5 lb box", "BX"),
    _p("BOLT-10", "Hex bolt M10 x 50 zinc"),
    _p("PLY-18", "Plywood 18 mm 4 x 8 ft"),
    _p("DRY-12", "Plasterboard 12.5 mm 1200 x 2400 mm"),
    _p("ADH-300", "Construction adhesive 300 ml cartridge"),
    _p("SEAL-C", "Silicone sealant clear 300 ml cartridge"),
    _p("INS-R13", "Fiberglass insulation R13 roll"),
    _p("ANC-8", "Anchor nylon 8 mm 100/box", "BX"),
    _p("TAPE-EL", "Electrical tape black 19 mm x 20 m"),
    _p("BV-12", "Ball valve brass 1/2 in"),
    _p("FAU-K", "Faucet kitchen single lever chrome"),
    _p("SHOE-S3", "Safety shoe S3 black"),
    _p("GLS-CL", "Safety glasses clear lens"),
])


@pytest.mark.parametrize(("line", "sku"), [
    # French, with Quebec's.
    ("drap housse king blanc 300 fils", "SH-FT-K-W-300"),
    ("drap plat king blanc 200 fils", "SH-FL-K-W-200"),
    ("draps housses king ivoire 300 fils", "SH-FT-K-I-300"),
    ("taies d'oreiller blanches 300 fils", "PC-W-300"),
    ("housse de couette king blanche", "DC-K-W"),
    ("couverture queen beige", "BL-Q-B"),
    ("serviettes de bain blanches", "TW-BATH"),
    ("tapis de bain blanc", "BM-W"),
    ("peignoir éponge blanc", "BR-W"),
    ("shampooing 30 ml lavande", "SHA-LAV"),
    ("après-shampooing 30 ml lavande", "CON-LAV"),
    ("gel douche lavande 30 ml", "BW-LAV"),
    ("savon 20 g sans parfum", "SOAP-UNS"),
    ("savonnette verveine 20 g", "SOAP-VER"),
    ("bonnet de douche", "CAP-SH"),
    ("chaussons bout fermé blancs", "SLP-CT"),
    ("kit couture", "KIT-SEW"),
    ("verre à vin 35 cl", "WG-350"),
    ("verres à vin 47 cl", "WG-470"),
    ("soucoupe porcelaine 15 cm", "SAU-15"),
    ("tasse porcelaine 20 cl", "CUP-200"),
    ("café en grains 1 kg", "COF-WB"),
    ("café moulu décaféiné 500 g", "COF-DEC"),
    ("thé menthe poivrée", "TEA-PEP"),
    ("sirop noisette 75 cl", "SYR-HAZ"),
    ("sucre en bûchettes", "SUG-STK"),
    ("touillettes en bois", "STIR-W"),
    ("gobelet double paroi 12 oz kraft", "HC-12-DW"),
    ("couvercle à bec blanc 12 oz", "LID-SIP"),
    ("pailles papier", "STR-PAP"),
    # German and Austrian.
    ("Spannbettlaken King weiß 300 TC", "SH-FT-K-W-300"),
    ("Kopfkissenbezug weiss", "PC-W-300"),
    ("Bettbezug King weiß", "DC-K-W"),
    ("Duschtuch weiß 70x140", "TW-BATH"),
    ("Handtuch weiß 50x100", "TW-HAND"),
    ("Badematte weiß", "BM-W"),
    ("Bademantel Frottee weiß", "BR-W"),
    ("Duschgel Lavendel 30 ml", "BW-LAV"),
    ("Pantoffeln geschlossen weiß", "SLP-CT"),
    ("Weinglas 47 cl", "WG-470"),
    ("Untertasse Porzellan", "SAU-15"),
    ("Kaffeebohnen 1 kg", "COF-WB"),
    ("Pfefferminztee", "TEA-PEP"),
    ("Sirup Karamell 0,75 l", "SYR-CAR"),
    ("Trinkhalme Papier", "STR-PAP"),
    ("Becher doppelwandig 12 oz", "HC-12-DW"),
    # Spanish, with Mexico's.
    ("sábana ajustable king blanca 300 hilos", "SH-FT-K-W-300"),
    ("sábanas bajeras queen blancas 300 hilos", "SH-FT-Q-W-300"),
    ("fundas de almohada blancas", "PC-W-300"),
    ("funda nórdica king blanca", "DC-K-W"),
    ("toallas de mano blancas", "TW-HAND"),
    ("albornoz blanco", "BR-W"),
    ("acondicionador lavanda 30 ml", "CON-LAV"),
    ("loción corporal verbena", "BLO-VER"),
    ("gorro de ducha", "CAP-SH"),
    ("pantuflas punta abierta blancas", "SLP-OT"),
    ("copa de vino 35 cl", "WG-350"),
    ("platillo porcelana 15 cm", "SAU-15"),
    ("té verde", "TEA-GRN"),
    ("jarabe de vainilla 750 ml", "SYR-VAN"),
    ("edulcorante en sobres", "SWT-PK"),
    ("agitadores de madera", "STIR-W"),
    ("vaso pared sencilla 12 oz", "HC-12-SW"),
    ("tapa con sorbete blanca 12 oz", "LID-SIP"),
    # Portuguese, Portugal's and Brazil's.
    ("lençol com elástico king branco 300 fios", "SH-FT-K-W-300"),
    ("lençol de solteiro com elástico 200 fios", "SH-FT-S-W-200"),
    ("fronhas brancas 300 fios", "PC-W-300"),
    ("capa de edredão king branca", "DC-K-W"),
    ("toalha de rosto branca", "TW-FACE"),
    ("roupão atoalhado branco", "BR-W"),
    ("sabonete 20 g sem perfume", "SOAP-UNS"),
    ("touca de banho", "CAP-SH"),
    ("chinelos bico fechado brancos", "SLP-CT"),
    ("kit de costura", "KIT-SEW"),
    ("taça de vinho 47 cl", "WG-470"),
    ("pires de porcelana", "SAU-15"),
    ("caneca de porcelana 35 cl", "MUG-350"),
    ("chá de camomila", "TEA-CHA"),
    ("xarope de avelã 750 ml", "SYR-HAZ"),
    ("mexedores de madeira", "STIR-W"),
    ("copo parede dupla 12 oz", "HC-12-DW"),
    ("canudos de papel", "STR-PAP"),
    ("guardanapos brancos 2 folhas", "NAP-2"),
    # Italian.
    ("lenzuolo con angoli king bianco 300 fili", "SH-FT-K-W-300"),
    ("federe bianche", "PC-W-300"),
    ("copripiumino king bianco", "DC-K-W"),
    ("accappatoio spugna bianco", "BR-W"),
    ("bagnoschiuma lavanda 30 ml", "BW-LAV"),
    ("cuffia doccia", "CAP-SH"),
    ("pantofole punta aperta bianche", "SLP-OT"),
    ("bicchiere da vino 35 cl", "WG-350"),
    ("piattino porcellana", "SAU-15"),
    ("tazza porcellana 20 cl", "CUP-200"),
    ("caffè in grani 1 kg", "COF-WB"),
    ("camomilla", "TEA-CHA"),
    ("sciroppo caramello 750 ml", "SYR-CAR"),
    ("palettine in legno", "STIR-W"),
    ("cannucce di carta", "STR-PAP"),
    # Dutch.
    ("hoeslaken king wit 300 TC", "SH-FT-K-W-300"),
    ("kussenslopen wit", "PC-W-300"),
    ("dekbedovertrek king wit", "DC-K-W"),
    ("badhanddoek wit", "TW-BATH"),
    ("badjas wit", "BR-W"),
    ("douchemuts", "CAP-SH"),
    ("naaisetje", "KIT-SEW"),
    ("wijnglas 35 cl", "WG-350"),
    ("schoteltje porselein", "SAU-15"),
    ("koffiebonen 1 kg", "COF-WB"),
    ("pepermuntthee", "TEA-PEP"),
    ("siroop hazelnoot 750 ml", "SYR-HAZ"),
    ("roerstaafjes hout", "STIR-W"),
    ("rietjes papier", "STR-PAP"),
])
def test_a_hospitality_line_in_another_language_ranks_the_product_it_means_first(line: str, sku: str) -> None:
    found = HOSPITALITY.fuzzy_description(line)
    assert found, f"no candidate for {line!r}"
    assert found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found])


@pytest.mark.parametrize(("line", "sku"), [
    ("vis à bois 4 x 40 zinguées", "SCR-WD"),
    ("Holzschrauben 4 x 40 mm verzinkt", "SCR-WD"),
    ("tornillos para madera 4 x 40", "SCR-WD"),
    ("parafusos para madeira 4 x 40", "SCR-WD"),
    ("houtschroeven 4 x 40", "SCR-WD"),
    ("Schnellbauschrauben 3,5 x 25", "SCR-DW"),
    ("clous 3 po", "NAIL-3"),
    ("Nägel 3 Zoll", "NAIL-3"),
    ("pregos 3 pol", "NAIL-3"),
    ("contreplaqué 18 mm", "PLY-18"),
    ("Sperrholz 18 mm", "PLY-18"),
    ("compensato 18 mm", "PLY-18"),
    ("plaque de plâtre 12,5 mm", "DRY-12"),
    ("Gipskartonplatte 12,5 mm", "DRY-12"),
    ("placa de yeso 12,5 mm", "DRY-12"),
    ("cartongesso 12,5 mm", "DRY-12"),
    ("Klebstoff Kartusche 300 ml", "ADH-300"),
    ("mastic silicone transparent 300 ml", "SEAL-C"),
    ("sellador de silicona transparente", "SEAL-C"),
    ("vedante silicone transparente", "SEAL-C"),
    ("laine de verre R13", "INS-R13"),
    ("chevilles nylon 8 mm", "ANC-8"),
    ("buchas de nylon 8 mm", "ANC-8"),
    ("tasselli in nylon 8 mm", "ANC-8"),
    ("cinta aislante negra", "TAPE-EL"),
    ("nastro isolante nero", "TAPE-EL"),
    ("isolatietape zwart", "TAPE-EL"),
    ("vanne à boisseau sphérique laiton 1/2", "BV-12"),
    ("válvula de esfera latão 1/2", "BV-12"),
    ("kogelkraan messing 1/2", "BV-12"),
    ("robinet de cuisine mitigeur", "FAU-K"),
    ("grifo cocina monomando", "FAU-K"),
    ("torneira de cozinha", "FAU-K"),
    ("keukenkraan", "FAU-K"),
    ("chaussures de sécurité S3 noires", "SHOE-S3"),
    ("Sicherheitsschuhe S3 schwarz", "SHOE-S3"),
    ("veiligheidsschoenen S3 zwart", "SHOE-S3"),
    ("óculos de segurança incolores", "GLS-CL"),
    ("veiligheidsbril helder", "GLS-CL"),
])
def test_a_building_line_in_another_language_ranks_the_product_it_means_first(line: str, sku: str) -> None:
    found = BUILDING.fuzzy_description(line)
    assert found, f"no candidate for {line!r}"
    assert found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found])


def test_a_translated_hospitality_line_is_a_doubt_for_a_clerk() -> None:
    """GIVEN a line all in French WHEN it is matched THEN it is at best a match by description (the clerk's
    doubt), never one by code or by our own words."""
    match = HOSPITALITY.match(None, "drap housse king blanc 300 fils")
    assert match.method in {"fuzzy_description", "none"}
    assert match.candidates and match.candidates[0].sku == "SH-FT-K-W-300"


@pytest.mark.parametrize(("line", "out"), [
    # The line states what the near-twin contradicts: that one is out, not merely ranked lower.
    ("drap housse king blanc 300 fils", {"SH-FT-K-I-300", "SH-FT-K-W-200", "SH-FL-K-W-200"}),
    ("verre à vin 35 cl", {"WG-470"}),
    ("tasse porcelaine 20 cl", {"MUG-350"}),
])
def test_a_stated_attribute_in_another_language_keeps_the_near_twins_out(line: str, out: set[str]) -> None:
    found = {c.sku for c in HOSPITALITY.fuzzy_description(line, limit=50)}
    assert found and not found & out, sorted(found)


def test_centilitres_are_millilitres_times_ten() -> None:
    """A European glass is written in cl: "35 cl" is the catalog's 350 ml, and not its 470 ml."""
    line = read_wording("verre 35 cl")
    assert line.measures == {("cl", 35.0)}
    assert compare(line, read_wording("Wine glass 350 ml")).contradicted is None
    assert compare(line, read_wording("Wine glass 350 ml")).confirmed == 1
    assert compare(line, read_wording("Wine glass 470 ml")).contradicted == "cl"
    assert compare(read_wording("Wine glass 350 ml"), read_wording("verre 35cl")).confirmed == 1
    # "cl" after a number is a volume, before one a class ("vest cl 2").
    assert "class" not in read_wording("verre 35 cl 6 pcs").labels
    assert read_wording("safety vest cl 2").labels.get("class") == "2"
    assert read_wording("M8 x 20 CL10.9").labels.get("class") == "10.9"


def test_a_thread_count_is_one_measure_in_any_language() -> None:
    for text in ("300 fils", "300 hilos", "300 fios", "300 fili", "300TC", "300 thread count", "thread count 300",
                 "Fadenzahl 300"):
        assert ("tc", 300.0) in read_wording(text).measures, text
    assert compare(read_wording("sheet 300 fils"), read_wording("Flat sheet 200TC")).contradicted == "tc"
    assert "wire" in read_wording("fil de fer").words  # a "fil" with no number before it is still a wire


def test_pieces_and_dozens_in_the_buyers_language_are_units() -> None:
    assert [normalise_unit(w) for w in ("peças", "stuk", "unità", "Stück")] == ["EA"] * 4
    assert [normalise_unit(w) for w in ("dúzia", "dozzine", "dozijn", "Dutzend", "docena")] == ["DZ"] * 5


def test_a_word_said_absent_in_another_language_refuses_the_product_with_it() -> None:
    """"sin tapa", "sans couvercle": the cup with a lid is not the one asked for."""
    index = CatalogIndex([_p("CUP-L", "Hot cup 12 oz with lid"), _p("CUP-N", "Hot cup 12 oz")])
    for line in ("vaso 12 oz sin tapa", "gobelet 12 oz sans couvercle", "copo 12 oz sem tampa",
                 "bicchiere 12 oz senza coperchio"):
        found = index.fuzzy_description(line)
        assert [c.sku for c in found] == ["CUP-N"], (line, found)


@pytest.mark.parametrize(("line", "sku"), [
    # English lines against the same catalogs read as before: the glossary takes no English word for a foreign one.
    ("fitted sheet king white 300 TC", "SH-FT-K-W-300"),
    ("flat sheet king white 200 thread count", "SH-FL-K-W-200"),
    ("pillowcases white", "PC-W-300"),
    ("duvet cover king", "DC-K-W"),
    ("wine glass 470 ml", "WG-470"),
    ("decaffeinated coffee ground 500 g", "COF-DEC"),
    ("sip lids 12 oz", "LID-SIP"),
    ("double wall hot cups 12 oz", "HC-12-DW"),
    ("shower caps", "CAP-SH"),
])
def test_an_english_hospitality_line_keeps_its_meaning(line: str, sku: str) -> None:
    found = HOSPITALITY.fuzzy_description(line)
    assert found and found[0].sku == sku, (line, [(c.sku, round(c.score, 1)) for c in found])


@pytest.mark.parametrize("line", [
    # English words beginning or ending with a short foreign one the glossary knows ("plat", "colle", "drap", "clou",
    # "federa", "cavo", "placa", "seda", "menta", "pared", "zement", "verdi", "offen", "frio").
    "zinc plated bolt", "platter 14 in", "shirt collar", "collated screws", "drapery hooks", "clout nails",
    "federal spec", "caviar spoon", "cavity wall", "placard holder", "sedan chair", "mental", "prepared mustard",
    "aggrandizement", "verdict", "offender", "friable", "high vis vest", "hi-vis jacket", "chalk line",
    "tassel", "sponsor", "facade panel", "capable", "busted", "beget", "set screw", "gel pen", "pain reliever",
    "solvent", "chocolate syrup", "college ruled", "bain marie pan", "tapas plate", "ramen noodles", "median strip",
    "multimedia", "chaos", "grandiose", "the english muffins", "ramekin 4 oz",
])
def test_an_english_word_is_not_taken_for_a_foreign_one(line: str) -> None:
    assert not read_wording(line).translated, sorted(read_wording(line).words)


def test_the_glossary_is_data_that_reads_as_the_catalog_reads() -> None:
    """Keys are folded single words; an English value is written as the catalog's words are read after the
    synonyms (a translation is not read again); a word read whole only is a word of the glossary."""
    assert all(k.isascii() and k.isalpha() and k == k.lower() for k in FOREIGN)
    assert not {x for v in FOREIGN.values() for x in v.split()} & set(SYNONYMS)
    assert WHOLE_FOREIGN <= set(FOREIGN)
