"""Orders written in Polish, Czech, Swedish, Italian and Portuguese, and places written the ways buyers write them
without a "Ship to" label: the line shapes, units, labels, postal codes and delivery phrases of those languages, read
as the English and German ones are. Every text here is made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.header_fields import find_header, parse_address
from extractors.stated import find_stated
from extractors.tabular import classify_header
from intake.classify import asks_for_goods, names_an_order
from vocabulary.dates import read_stated_date
from vocabulary.units import normalise_unit


def _lines(text: str, subject: str | None = None) -> list[tuple[Decimal | None, str | None, Decimal | None, str]]:
    found = extract_text(text, 0, subject=subject) if subject else extract_text(text, 0)
    return [(ln.quantity, ln.uom, ln.unit_price, ln.description or "") for ln in found.lines]


def test_a_count_and_its_unit_between_dashes_then_the_price_per_unit():
    """GIVEN a Polish order whose lines read "goods – count unit – price currency/unit"
    THEN each line is the count in that unit at that price, and the header's number and days are read."""
    text = ("Dzień dobry,\n\nprzesyłam zamówienie nr ZM/4410/2026 z dnia 07.12.2026.\n\n"
            "1. Śruba DIN 931 M12x80 kl. 8.8 ocynk – 4 op. – 96,00 zł/op.\n"
            "2. Nakrętka DIN 934 M12 ocynk – 8 op. – 21,50 zł/op.\n"
            "3. Rękawice robocze rozm. 9 – 60 par – 5,40 zł/para\n\n"
            "Termin dostawy: do 18.12.2026\n\nPozdrawiam\nAnna Nowak\n")
    assert _lines(text) == [
        (Decimal(4), "PK", Decimal("96.00"), "Śruba DIN 931 M12x80 kl 8.8 ocynk"),
        (Decimal(8), "PK", Decimal("21.50"), "Nakrętka DIN 934 M12 ocynk"),
        (Decimal(60), "PR", Decimal("5.40"), "Rękawice robocze rozm 9"),
    ]
    header = find_header(text)
    assert header.po_number is not None and header.po_number.value == "ZM/4410/2026"
    assert header.order_date is not None and header.order_date.value == date(2026, 12, 7)
    assert header.requested_date is not None and header.requested_date.value == date(2026, 12, 18)


def test_an_english_line_priced_after_a_second_dash_is_read_too():
    assert _lines("Hi,\n\nPlease supply:\n\n1. Hex nut M16 zinc – 8 boxes – 26,50 EUR\n\nThanks\n") == [
        (Decimal(8), "BX", Decimal("26.50"), "Hex nut M16 zinc")]


def test_czech_prose_joins_two_counts_with_a_and_po_counts_pieces():
    """GIVEN "objednávám 5 krabic ... (po 200 ks) a 2 krabice ..." (I order 5 boxes ... (by 200 pieces) and 2 boxes)
    THEN two lines, and "po 200 ks" is no PO number: the order's number is the one its label gives."""
    text = ("Dobrý den,\n\nobjednávám 5 krabic vrutů 5x60 (po 200 ks) a 2 krabice vrutů 4x40.\n"
            "Číslo objednávky 118/26.\n\nDěkuji\nJan Novák\n")
    assert [(q, u) for q, u, _, _ in _lines(text)] == [(Decimal(5), "BX"), (Decimal(2), "BX")]
    header = find_header(text)
    assert header.po_number is not None and header.po_number.value == "118/26"


def test_an_english_article_before_a_number_still_counts_one():
    assert _lines("Hi,\n\nwe need a 9 station controller\n\nThanks\n")[0][0] == Decimal(1)


def test_the_italian_number_sign_before_a_count_and_a_price_each():
    text = ("Spett.le ditta,\n\nVi trasmettiamo il nostro ordine n. 2026/0412 del 14/12/2026:\n\n"
            "- n. 10 conf. viti TCEI DIN 912 M6x20 cl. 12.9       € 9,90/conf.\n"
            "- n. 6 frenafiletti media resistenza 50 ml           € 15,00 cad.\n\nDistinti saluti\n")
    assert _lines(text) == [
        (Decimal(10), "PK", Decimal("9.90"), "viti TCEI DIN 912 M6x20 cl 12.9"),
        (Decimal(6), None, Decimal("15.00"), "frenafiletti media resistenza 50 ml"),
    ]
    header = find_header(text)
    assert header.po_number is not None and header.po_number.value == "2026/0412"
    assert header.order_date is not None and header.order_date.value == date(2026, 12, 14)


@pytest.mark.parametrize("written,unit", [
    ("szt", "EA"), ("ks", "EA"), ("op", "PK"), ("bal", "PK"), ("förp", "PK"), ("conf", "PK"), ("krabic", "BX"),
    ("krt", "CS"), ("zgrzewki", "CS"), ("par", "PR"), ("pár", "PR"), ("rolki", "RL"), ("rullar", "RL"),
    ("butelki", "BO"), ("flessen", "BO"),
])
def test_units_in_more_languages(written: str, unit: str):
    assert normalise_unit(written) == unit


@pytest.mark.parametrize("heading,field", [
    ("Antal", "quantity"), ("Množství", "quantity"), ("Ilość", "quantity"), ("Quantidade", "quantity"),
    ("Enh", "uom"), ("MJ", "uom"), ("j.m.", "uom"), ("Benämning", "description"), ("Popis", "description"),
    ("Nazwa towaru", "description"), ("à-pris SEK", "unit_price"), ("Cena/MJ (CZK)", "unit_price"),
    ("Preço unitário", "unit_price"), ("Ert art.nr", "item_code"), ("Celkem", "line_total"),
    ("Wartość netto", "line_total"),
])
def test_column_headings_in_more_languages(heading: str, field: str):
    assert classify_header(heading) == field


def test_a_swedish_and_a_czech_purchase_order_are_named_as_orders():
    assert names_an_order("bifogar inköpsorder 45833")
    assert names_an_order("v příloze zasílám objednávku")
    assert names_an_order("przesyłam zamówienie")
    assert asks_for_goods("objednávám 5 krabic")


@pytest.mark.parametrize("text,fields", [
    ("INKÖPSORDER 45833\nOrderdatum 2026-12-03\nÖnskat lev.datum 2026-12-17\n",
     ("45833", date(2026, 12, 3), date(2026, 12, 17))),
    ("OBJEDNÁVKA č. OBJ-2026-0931\nDatum: 04.12.2026\nTermín dodání: 21. 12. 2026\n",
     ("OBJ-2026-0931", date(2026, 12, 4), date(2026, 12, 21))),
])
def test_header_labels_in_swedish_and_czech(text: str, fields: tuple[str, date, date]):
    header = find_header(text, kind="pdf")
    assert (header.po_number and header.po_number.value, header.order_date and header.order_date.value,
            header.requested_date and header.requested_date.value) == fields


def test_a_date_written_with_a_space_after_each_dot():
    found = read_stated_date("18. 12. 2026")
    assert found is not None and found[0] == date(2026, 12, 18)


def test_a_place_called_terminal_is_no_czech_delivery_term_and_settles_no_day_order():
    """A month-first "DATE: 12/02/2026" on a US form stays 2 December... not because of the word TERMINAL."""
    header = find_header("PURCHASE ORDER   PO NO: 450031   DATE: 12/02/2026\nSHIP TO: GPF OMAHA TERMINAL, 9800 F ST,"
                         " OMAHA NE 68127\n", kind="pdf")
    assert header.order_date is not None and header.order_date.value == date(2026, 12, 2)


@pytest.mark.parametrize("lines,expected", [
    (["Zakłady Mechaniczne Wisła", "ul. Przemysłowa 8", "43-460 Wisła"],
     ("ul. Przemysłowa 8", "Wisła", None, "43-460", "PL")),
    (["Norrland Verkstad AB", "Verkstadsvägen 3", "903 61 Umeå"], ("Verkstadsvägen 3", "Umeå", None, "903 61", None)),
    (["Officine Brembo", "Via dell'Industria 45", "24012 Brembilla (BG)"],
     ("Via dell'Industria 45", "Brembilla", "BG", "24012", "IT")),
    (["12 Steel Road, Spartan", "Kempton Park, Gauteng, 1619"],
     ("12 Steel Road, Spartan", "Kempton Park", "Gauteng", "1619", "ZA")),
    (["1 Mine Road", "Kathu, Northern Cape, 8446"], ("1 Mine Road", "Kathu", "Northern Cape", "8446", "ZA")),
    (["23 Dartmouth Square, Ranelagh", "Dublin 6, D06 Y2K7"],
     ("23 Dartmouth Square, Ranelagh", "Dublin", None, "D06 Y2K7", "IE")),
])
def test_postal_codes_and_towns_of_more_countries(lines: list[str], expected: tuple):
    found = parse_address(lines)
    assert found is not None
    assert (found.street, found.city, found.region, found.postal_code, found.country) == expected


def _place(text: str):
    found = [m for m in find_stated(f"Hi,\n\n{text}\nThanks\n") if m.kind == "destination"]
    assert found and found[0].address is not None, found
    a = found[0].address
    return a.name, a.street, a.city, a.postal_code


@pytest.mark.parametrize("text,expected", [
    ("Lieferung bitte an: Rheinwerk GmbH, Hafenstraße 61, 47119 Duisburg",
     ("Rheinwerk GmbH", "Hafenstraße 61", "Duisburg", "47119")),
    ("Adres budowy: ul. Głogowska 210, 60-104 Poznań", (None, "ul. Głogowska 210", "Poznań", "60-104")),
    ("Consegna c/o cantiere: Via Milano 12, 25126 Brescia.", (None, "Via Milano 12", "Brescia", "25126")),
    ("Consegna entro il 18/12/2026 presso il ns. magazzino:\nOfficine Brembo\nVia dell'Industria 45\n24012 Brembilla",
     ("Officine Brembo", "Via dell'Industria 45", "Brembilla", "24012")),
    ("Entrega en obra: Avenida del Puerto 112, 46023 Valencia. Plazo: antes del 16.",
     (None, "Avenida del Puerto 112", "Valencia", "46023")),
    ("Afleveren op het werk: Oudegracht 188, 3511 NP Utrecht, graag voor 9 december.",
     (None, "Oudegracht 188", "Utrecht", "3511 NP")),
    ("Deliver to our yard: 22 Voortrekker Road, Bellville, Cape Town 7530.",
     (None, "22 Voortrekker Road, Bellville", "Cape Town", "7530")),
    ("Address: Corrib Bay Hotel, Upper Salthill Road, Galway H91 X2T5",
     ("Corrib Bay Hotel", "Upper Salthill Road", "Galway", "H91 X2T5")),
    ("for Fri 11th Dec to the yard please (Carr Mill Yard, Halifax Road, Brighouse HD6 2QQ)",
     ("Carr Mill Yard", "Halifax Road", "Brighouse", "HD6 2QQ")),
    ("to our unit pls (Unit 4 Ferry Lane Ind Est, Rainham RM13 9BU) for Tuesday 8th",
     (None, "Unit 4 Ferry Lane Ind Est", "Rainham", "RM13 9BU")),
    ("Please deliver to the school office (Oakfield Primary School, Oak Avenue, Hitchin, Herts SG4 9PL) in term.",
     ("Oakfield Primary School", "Oak Avenue", "Hitchin", "SG4 9PL")),
    ("Please deliver to our Kempton Park workshop by Friday 18 December:\n12 Steel Road, Spartan\n"
     "Kempton Park, Gauteng, 1619", ("our Kempton Park workshop", "12 Steel Road, Spartan", "Kempton Park", "1619")),
    ("Delivery to goods-in please:\nHarrow Engineering Ltd, Unit 4 Brindley Road, Coventry CV7 9EP.",
     ("Harrow Engineering Ltd", "Unit 4 Brindley Road", "Coventry", "CV7 9EP")),
    ("Tues 15/12 to 2 The Paragon, Clifton, Bristol BS8 4LA. Ring Tom before arriving.",
     (None, "2 The Paragon, Clifton", "Bristol", "BS8 4LA")),
])
def test_where_the_goods_go_in_the_ways_buyers_write_it(text: str, expected: tuple):
    assert _place(text) == expected


@pytest.mark.parametrize("text", [
    "Sending the counts to the team (2 people are off) as usual.",
    "Tues 15 to 16 works for us.",
])
def test_brackets_or_a_day_without_an_address_name_no_place(text: str):
    assert [m for m in find_stated(f"Hi,\n\n{text}\nThanks\n") if m.kind == "destination"] == []


def test_to_the_named_job_still_names_a_place_without_an_address():
    """"to the Elm st job" names a site on file by its name: no address written, still a destination."""
    found = [m for m in find_stated("need 6 rolls 12 blk thhn 500 to the Elm st job, also 4 wht\n")
             if m.kind == "destination"]
    assert found and found[0].address is None


@pytest.mark.parametrize("cell,expected", [
    ("Hafenstraße 61, 47119 Duisburg, DE", (None, "Hafenstraße 61", "Duisburg", None, "47119", "DE")),
    ("Unit 4 Brindley Road, Coventry, CV7 9EP, GB", (None, "Unit 4 Brindley Road", "Coventry", None, "CV7 9EP", "GB")),
    ("Factory Lane, Wisbech, PE13 2RW, GB", (None, "Factory Lane", "Wisbech", None, "PE13 2RW", "GB")),
    ("Plot 44, MIDC Bhosari, Pune, Maharashtra 411026, IN",
     (None, "Plot 44, MIDC Bhosari", "Pune", "Maharashtra", "411026", "IN")),
    ("12 Steel Road, Spartan, Kempton Park, 1619, ZA", (None, "12 Steel Road, Spartan", "Kempton Park", None, "1619", "ZA")),
    ("Unit 9, Greenogue Business Park, Rathcoole, Co. Dublin, D24 XR82",
     (None, "Unit 9, Greenogue Business Park", "Rathcoole", "Co. Dublin", "D24 XR82", "IE")),
    ("Horsforth Clinic, 7 Town Street, Leeds, West Yorkshire, LS18 4RJ, GB",
     ("Horsforth Clinic", "7 Town Street", "Leeds", "West Yorkshire", "LS18 4RJ", "GB")),
    ("Via dell'Industria 45, 24012 Brembilla BG, IT", (None, "Via dell'Industria 45", "Brembilla", "BG", "24012", "IT")),
    ("Springfield Library, 30 Main Street, Springfield Central, QLD 4300, AU",
     ("Springfield Library", "30 Main Street", "Springfield Central", "QLD", "4300", "AU")),
])
def test_a_customer_site_written_as_on_an_envelope_street_first(cell: str, expected: tuple):
    """GIVEN a customers file whose ship_to cell starts with the street, or names its way without a number
    THEN the site is imported with its town, region, postal code and country in their places (before, it was
    dropped: the customer then had no country, so no day order nor currency of its own)."""
    from masterdata.catalog import site_cell

    site = site_cell(cell)
    assert (site["name"], site["street"], site["city"], site["region"], site["postal_code"], site["country"]) == expected


@pytest.mark.parametrize("cell", ["Somewhere nice, near the river", "12, 34, 56", "Warehouse, Leeds"])
def test_a_site_that_does_not_fall_into_street_town_and_code_is_still_refused(cell: str):
    from masterdata.catalog import site_cell

    with pytest.raises(ValueError):
        site_cell(cell)


def test_every_column_that_tells_a_variant_apart_names_the_goods():
    """GIVEN a materials sheet with both a Colour and a Size column
    THEN both go into the line's description (before, only the first did: "10L" was lost and 2.5L picked)."""
    from extractors.tabular import rows_to_lines
    from models.schemas import Provenance

    rows = [["Area", "Product", "Colour", "Size", "Qty"],
            ["Stairwells", "Trade vinyl matt", "Magnolia", "10L", 8],
            ["Sundries", "Synthetic brush", None, '2"', 6]]
    read = rows_to_lines(rows, "sheet", lambda r, c: Provenance(kind="sheet", row=r))
    assert [ln.description for ln in read.lines] == ["Trade vinyl matt Magnolia 10L", 'Synthetic brush 2"']


PAINT_AND_FIXINGS = [
    ("TVM-MAG-10", "Trade Vinyl Matt Emulsion Magnolia 10L"), ("TVM-MAG-05", "Trade Vinyl Matt Emulsion Magnolia 5L"),
    ("TGL-BW-01", "Trade Gloss Brilliant White 1L"), ("TSA-BW-01", "Trade Satin Brilliant White 1L"),
    ("MT-25", "Masking Tape General Purpose 25mm x 50m"), ("MT-38", "Masking Tape General Purpose 38mm x 50m"),
    ("BR-SYN-200", 'Synthetic Paint Brush 2"'), ("RS-12-SP", '12" Roller Sleeve Short Pile'),
    ("RS-12-LP", '12" Roller Sleeve Long Pile'), ("HN934-M16-ZP", "Hex nut DIN 934 M16 zinc plated box 100"),
    ("HN934-M16-A2", "Hex nut DIN 934 M16 stainless A2 box 100"), ("DB-HSCO-85", "Drill bit HSS-Co 8.5mm pack 10"),
    ("DB-HSSG-85", "Drill bit HSS-G 8.5mm pack 10"), ("GL-NIT-10", "Nitrile coated work gloves size 10"),
    ("CD-125-16", "Cutting disc metal 125x1.6mm box 25"), ("TL-243-50", "Threadlocker medium strength blue 50ml"),
    ("SD-4054", "Sparkling mineral water glass bottle 75cl case 12"),
    ("SD-4053", "Still mineral water glass bottle 75cl case 12"),
    ("DUCT-MAS", "Duct sealant mastic grey 1 gal"), ("PIPE-DOPE", "Pipe dope with PTFE 8oz"),
    ("GL-NIT-M", "Nitrile exam gloves medium box 100"), ("RIV-48", "Blind rivet 4.8x12 aluminium box 500"),
    ("PAR-FULL", "Pan liner parchment full sheet 1000/cs"),
]


@pytest.mark.parametrize("line,sku", [
    ("esmalte brillante blanco 1 L", "TGL-BW-01"),
    ("Zijdeglanslak wit 1 l", "TSA-BW-01"),
    ("Farba emulsyjna matowa magnolia 10L", "TVM-MAG-10"),
    ("Taśma malarska 38mm", "MT-38"),
    ("vachtroller 12\" korte vacht", "RS-12-SP"),
    ("Nakrętka DIN 934 M16 ocynk", "HN934-M16-ZP"),
    ("Wiertło HSS-Co 8,5 mm", "DB-HSCO-85"),
    ("Rękawice powlekane nitrylem rozm. 10", "GL-NIT-10"),
    ("Kotouč řezný 125x1,6 ocel", "CD-125-16"),
    ("acqua frizzante vetro 75cl", "SD-4054"),
])
def test_paint_drinks_and_fixings_named_in_other_languages(line: str, sku: str):
    """The words of these trades in Polish, Czech, Dutch, Spanish and Italian rank the product a buyer means (and
    "ł" is read as "l": "wiertło" is one word, not "wiert" and "o")."""
    from matching.catalog import CatalogIndex, CatalogProduct

    index = CatalogIndex([CatalogProduct(s, d, "EA", Decimal(1)) for s, d in PAINT_AND_FIXINGS])
    candidates = index.match(None, line).candidates
    assert candidates and candidates[0].sku == sku


@pytest.mark.parametrize("line,never", [
    ("Pipe thread sealant 8 oz", "DUCT-MAS"),   # "mastic" is English too: no second sealant beside the pipe dope
    ("nit gloves medium", "RIV-48"),            # "nit" is nitrile's short form, not the Polish rivet
    ("Pâte feuilletée surgelée", "PAR-FULL"),   # puff pastry is no sheet of parchment
])
def test_glossary_words_that_are_also_english_or_a_prefix_are_left_alone(line: str, never: str):
    from matching.catalog import CatalogIndex, CatalogProduct

    index = CatalogIndex([CatalogProduct(s, d, "EA", Decimal(1)) for s, d in PAINT_AND_FIXINGS])
    assert index.match(None, line).sku != never


@pytest.mark.parametrize("lines,company", [
    (["Děkuji", "Jan Novák", "Kovovýroba Novák s.r.o."], "Kovovýroba Novák s.r.o"),
    (["Grazie,", "Marco Rossi", "Carpenteria Rossi Snc - Via Triumplina 88, 25123 Brescia"], "Carpenteria Rossi Snc"),
    (["Pozdrawiam", "Tomasz Nowak", "TN Dekoracje", "tel. 07700 900588"], "TN Dekoracje"),
    (["Bien à vous,", "Claire Dubois", "Cave Le Bouchon"], "Cave Le Bouchon"),
    (["Med vänlig hälsning", "Erik Lindqvist", "Norrland Verkstad AB"], "Norrland Verkstad AB"),
])
def test_the_company_signed_for_under_closings_and_legal_forms_of_more_languages(lines: list[str], company: str):
    from extractors.signatures import signature_company

    found = signature_company(lines)
    assert found is not None and found[0] == company


@pytest.mark.parametrize("text,address,display,buyer", [
    ("Morada de entrega: Tasca do Ribeiro, Rua de São Paulo 112, 1200-429 Lisboa", "r@tascadoribeiro.pt",
     "Ricardo Costa", "Tasca do Ribeiro"),
    ("First order - Thistle & Oak Catering\nPlease deliver to:\nThistle & Oak Catering\nUnit 4, Bankhead Crossway",
     "fiona@thistleandoak.scot", "Fiona McLeod", "Thistle & Oak Catering"),
    ("Bonjour, voici notre commande.\nUsinage Beauce Inc.\n455 rue Industrielle", "achats@usinagebeauce.qc.ca",
     "Mélanie Poulin", "Usinage Beauce Inc"),
    ("hi mate can i get 2 x 5L mag\nDave Sparrow Decorating", "dave.sparrow.decs@gmail.com", "Dave Sparrow",
     "Dave Sparrow Decorating"),
    ("doing a pop up bar, can you do 1 keg\nLeo\n07700 900431", "leomarsh.events@gmail.com", "Leo Marsh", "Leo Marsh"),
    ("Please send 4 boxes of gloves to our site.", "buyer@acmefabrication.com", "Pat Doe", None),
])
def test_who_orders_for_a_sender_not_on_file(text: str, address: str, display: str, buyer: str | None):
    """A name the text writes that spells the sender's own mail domain; from a free mail address, the company line
    that starts with the sender's name, else the sender's name. Nothing when the text names no such company."""
    from extractors.signatures import buyer_named_by_sender

    assert buyer_named_by_sender(text, address, display) == buyer


def test_an_earlier_message_quoted_under_the_signature_is_read_for_its_place_again():
    text = ("Buongiorno,\n\nrettifica all'ordine qui sotto: aggiungete 2 scatole di viti.\n\nSaluti\nLuca\n\n"
            "-----Messaggio originale-----\nDa: Luca <l@example.it>\n\n"
            "Cantiere: Via Solferino 31, 43121 Parma\n")
    found = [m for m in find_stated(text) if m.kind == "destination" and m.address is not None]
    assert found and found[0].address.street == "Via Solferino 31"


def test_how_the_invoice_should_reach_the_buyer_is_no_invoice_title():
    """"Faktura sendes elektronisk via EAN ..." (Danish: the invoice is sent electronically) under an order is an
    instruction, as "Invoice to:" is; the order is not closed as an invoice."""
    from extractors.header_fields import document_kind

    text = ("Vejle Kommune bestiller hermed:\n\nIndkøbsordre nr.: 2026-004412\n\n1) Ukrudtsdug 2 m x 100 m - 6 ruller\n\n"
            "Faktura sendes elektronisk via EAN 5798005771234.\n")
    assert document_kind(text) is None
    header = find_header(text)
    assert header.po_number is not None and header.po_number.value == "2026-004412"
    assert document_kind("FAKTURA\nNr. 2231\n1) Ukrudtsdug - 6 ruller\n") == "invoice"


@pytest.mark.parametrize("text", [
    "hi lads can u send out 10 bulk bags of bark to the job", "Tammer Golf ry tilaa seuraavat:",
    "Vejle Kommune, Park og Vej, bestiller hermed iht. tilbud", "Tilausnumeromme: TG-116",
])
def test_buyers_asking_for_goods_in_shorthand_and_nordic_words(text: str):
    assert asks_for_goods(text)


def test_a_finnish_order_number_label():
    header = find_header("Tilausnumeromme: TG-116\n")
    assert header.po_number is not None and header.po_number.value == "TG-116"


def test_a_word_of_the_goods_kind_between_the_count_and_its_unit():
    """"10 bulk bags chiped bark" counts bags of bulk bark; "2 large boxes of gloves" sizes the box, not the gloves:
    it is left to a clerk rather than read as large gloves."""
    assert _lines("Hi,\n\ncan u send out 10 bulk bags chiped bark\n\nsean\n") == [
        (Decimal(10), "BG", None, "bulk chiped bark")]
    assert all("large" not in d for _, _, _, d in _lines("Hi,\n\n2 large boxes of nitrile gloves\n\nThanks\n"))


@pytest.mark.parametrize("text", ["can you send out 10 boxes of gloves", "please set 12 chairs out"])
def test_short_months_that_are_english_words_are_no_day(text: str):
    assert [m for m in find_stated(f"Hi,\n\n{text}\n\nThanks\n") if m.kind == "date"] == []
