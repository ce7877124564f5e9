"""Kinds of documents four more trades' buyers wrote (electronics, metals, veterinary, workwear) that were read
wrong or not at all: a spreadsheet's delivery cell no address was read from, a signature under its "--" line, an
order number at a line's end, items joined by "+", dotted leaders, a quantity's label in other languages, the
buyer's code with ours named "(your ...)", a correction in words, a reply that only corrects the PO number, a
bare count asked for, foreign words with the catalog's numbers or colours. Every text here is made up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.email_text import extract_text, stated_in
from extractors.header_fields import find_po_number, one_line_address
from extractors.loose_lists import is_address_line
from extractors.reply_corrections import find_corrections
from extractors.spreadsheet import extract_spreadsheet
from extractors.stated import find_stated, unread_ship_to
from intake.classify import asks_for_goods, names_an_order
from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from matching.wording import read_wording
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field
from tests.support.documents import sheet_bytes


def _lines(text: str, subject: str | None = None) -> list[tuple[Decimal | None, str | None, Decimal | None, str]]:
    found = extract_text(text, 0, subject=subject)
    return [(ln.quantity, ln.item_code, ln.unit_price, ln.description or "") for ln in found.lines]


PO_SHEET = [
    ["Oakfield Equine Clinic"], ["Hamilton Road, Newmarket, Suffolk CB8 7JQ"], [],
    ["Purchase Order", "OEC-1001"], ["Deliver to", None], [],
    ["Supplier code", "Description", "Qty", "Unit price"],
    ["VX-BD-10", "Cohesive bandage 10cm red", 60, 1.45],
    ["VX-GL-L", "Nitrile gloves L box 100", 10, 5.10],
]


def _with_delivery(cell: str) -> list[list[object]]:
    rows = [list(r) for r in PO_SHEET]
    rows[4][1] = cell
    return rows


def test_a_sheets_delivery_cell_read_as_a_one_line_address_with_the_premises_after_the_way():
    """GIVEN a spreadsheet PO whose "Deliver to" cell writes the place on one line, its street a way's name and the
    premises on it ("Bury Lane Stables")
    THEN that is the ship-to, not the customer's usual address."""
    cell = "Oakfield Equine Clinic - Isolation Unit, Bury Lane Stables, Newmarket CB8 7BT"
    extraction = extract_spreadsheet(sheet_bytes(_with_delivery(cell)), 0, legacy=False)
    ship_to = extraction.header.ship_to
    assert ship_to is not None
    assert (ship_to.value.street, ship_to.value.city, ship_to.value.postal_code) == \
        ("Bury Lane Stables", "Newmarket", "CB8 7BT")
    assert not extraction.stated


def test_a_sheets_delivery_cell_no_address_is_read_from_is_a_place_the_decision_holds_for_a_clerk():
    """GIVEN a spreadsheet PO from a customer on file whose "Deliver to" cell names a place no address reads from
    THEN the place is stated, and the order is not approved to the customer's usual address (it was, unseen)."""
    extraction = extract_spreadsheet(sheet_bytes(_with_delivery("Isolation Unit, the Old Stables (rear yard)")), 0,
                                     legacy=False)
    assert extraction.header.ship_to is None
    assert [m.place for m in extraction.stated] == ["Isolation Unit, the Old Stables (rear yard)"]
    catalog = CatalogIndex([CatalogProduct("VX-BD-10", "Cohesive bandage 10cm red", "EA", Decimal("1.45")),
                            CatalogProduct("VX-GL-L", "Nitrile gloves L box 100", "BX", Decimal("5.10"))])
    home = Address("Oakfield Equine Clinic", "Hamilton Road", "Newmarket", None, "CB8 7JQ", "GB")
    matched = match_order(extraction.header, extraction.lines, CustomerMatch("C1", "Oakfield", "contact_email", 0.99),
                          catalog, StaticKnowledge(known_addresses={"C1": [home]}), today=date(2026, 12, 7),
                          stated=extraction.stated)
    decision = decide(matched, 0.9)
    assert not decision.auto_approve
    assert "destination_unread" in {r.code for r in decision.reasons}


@pytest.mark.parametrize("cell", ["same as billing", "Collection", "as above", "our usual address"])
def test_a_delivery_cell_saying_the_usual_place_or_a_collection_names_no_other_place(cell: str):
    assert unread_ship_to(f"Deliver to\t{cell}", 0, "sheet") is None


def test_a_cover_note_saying_where_the_attached_order_goes_is_a_destination():
    mentions = find_stated("PO attached as a spreadsheet this time - note it goes to the isolation unit.\n\nJames")
    assert [(m.kind, m.place) for m in mentions] == [("destination", "the isolation unit")]
    assert find_stated("It goes to show we should order earlier.") == []


def test_the_signature_under_its_dash_dash_line_gives_the_senders_address():
    """GIVEN an order of codes only, signed under a "--" line with the company's address on one line
    THEN that address is read as the signature's (before, the "--" cut it away and the order had no place)."""
    text = ("PO KR-2318\n\n298-6417 x10\n416-6122 x4\n\n--\n"
            "Priya Shah | Purchasing | Klaxon Robotics Ltd | 9 Cowley Road, Cambridge CB4 0DS\n")
    signed = [m for m in stated_in(text, 0) if m.kind == "signature"]
    assert [(m.address.street, m.address.postal_code) for m in signed if m.address] == [("9 Cowley Road", "CB4 0DS")]


def test_an_order_number_at_the_lines_end_is_no_state_and_zip_and_no_part_of_the_goods():
    assert not is_address_line("2 reels resistor 0603 on PO 44817")
    assert is_address_line("Naples FL 34109")
    assert _lines("send 2 reels resistor 0603 on PO 44817\n\nta\nMark\n") == [(Decimal(2), None, None, "resistor 0603")]
    assert _lines("4 boxes gloves (PO 1234)\n") == [(Decimal(4), None, None, "gloves")]


def test_two_items_joined_by_a_plus_sign_with_their_own_counts():
    lines = _lines("Pls send 2 reels thick film resistor 10k + 1 reel ceramic capacitor 100n\n\nta\nMark\n")
    assert [(q, d) for q, _, _, d in lines] == [(Decimal(2), "thick film resistor 10k"),
                                               (Decimal(1), "reel ceramic capacitor 100n")]


def test_three_dots_between_goods_count_and_a_whole_price_per_unit():
    lines = _lines("1. Pájka Sn60Pb40 0,7 mm 100 g ... 10 ks ... 185 Kč/ks\n"
                   "2. Odpájecí lanko 2,5 mm ... 10 ks ... 86 Kč/ks\n")
    assert lines == [(Decimal(10), None, Decimal(185), "Pájka Sn60Pb40 0.7 mm 100 g"),
                     (Decimal(10), None, Decimal(86), "Odpájecí lanko 2.5 mm")]


@pytest.mark.parametrize("line", ["Q.tà 20 – Relè Omron G5LE-1 5VDC", "Qty 20 - Relè Omron G5LE-1 5VDC",
                                  "Ilość 20 – Relè Omron G5LE-1 5VDC"])
def test_a_quantitys_label_opening_the_line_in_other_languages(line: str):
    assert [(q, d) for q, _, _, d in _lines(line + "\n")] == [(Decimal(20), "Relè Omron G5LE-1 5VDC")]


def test_the_buyers_code_in_brackets_and_ours_named_after_your():
    found = extract_text("[KR-30-0112] 6 reels 100k 0603 1% (your 555-7601)\n"
                         "[KR-52-0019] 150 pcs Cat6 patch lead 2m blue (your 485-3900)\n", 0)
    assert [(ln.quantity, ln.item_code, ln.customer_part) for ln in found.lines] == [
        (Decimal(6), "555-7601", "KR-30-0112"), (Decimal(150), "485-3900", "KR-52-0019")]


def test_a_correction_whose_old_count_is_written_in_words():
    (correction,) = [c for c in find_corrections("Sorry - make that FOUR reels of the WS2812B, not two.")
                     if c.action == "quantity"]
    assert (correction.quantity, correction.old_quantity) == (Decimal(4), Decimal(2))


def test_a_reply_that_only_corrects_the_po_number_keeps_the_order_below():
    """GIVEN a reply saying the PO number below was wrong and the content stays the same, over the order
    THEN the order's lines are the quoted ones (for a clerk) and the PO number is the corrected one."""
    text = ("Grüezi\n\nEntschuldigung, im untenstehenden Mail ist die Bestellnummer falsch. Richtig ist BE-2026-0944 "
            "(nicht 0494). Inhalt bleibt gleich.\n\nFreundliche Grüsse\nReto\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Reto <einkauf@example.ch>\nGesendet: Montag, 7. Dezember 2026 10:02\nAn: orders@example.com\n"
            "Betreff: Bestellung BE-2026-0494\n\nBestellung BE-2026-0494 vom 7.12.2026\n\n"
            "- 10 Stk. Kippschalter SPDT 5236AB, à CHF 3.10\n- 10 Stk. Sicherungshalter 5x20, à CHF 1.90\n\n"
            "Freundliche Grüsse\nReto\n")
    found = extract_text(text, 0, subject="AW: Bestellung BE-2026-0494 – Korrektur Bestellnummer")
    assert [(ln.quantity, ln.unit_price) for ln in found.lines] == [(Decimal(10), Decimal("3.10")),
                                                                  (Decimal(10), Decimal("1.90"))]
    assert all(ln.confidence < 0.85 for ln in found.lines)
    assert found.header.po_number is not None and found.header.po_number.value == "BE-2026-0944"
    # (A reply that says only "everything else fine" corrects nothing: the quoted order is not read again.)
    assert extract_text(text.replace("Entschuldigung, im untenstehenden Mail ist die Bestellnummer falsch. "
                                     "Richtig ist BE-2026-0944 (nicht 0494). ", ""), 0,
                        subject="AW: Bestellung BE-2026-0494").lines == []


def test_a_po_number_corrected_must_be_of_the_kind_it_corrects():
    assert find_po_number("PO 4471. The quantity should be 12 not 10.").value == "4471"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    ("Saw your price list. Also 5 flux pens @ £7.30 and 10 desolder braid 2.5mm @ £3.20.",
     [(Decimal(5), Decimal("7.30"), "flux pens"), (Decimal(10), Decimal("3.20"), "desolder braid 2.5mm")]),
    ("please send 5 flux pens", [(Decimal(5), None, "flux pens")]),
    ("Bonjour, merci de nous livrer 3 tôles alu 5083 ép. 4 mm", [(Decimal(3), None, "tôles alu 5083 ép 4 mm")]),
])
def test_a_bare_count_asked_for_or_priced_is_an_order_line(text: str, expected: list):
    assert [(q, p, d) for q, _, p, d in _lines(text + "\n\nThanks\nJas\n")] == expected


@pytest.mark.parametrize("text", ["we need 2 weeks notice", "Take 2 off the last order.", "Order 1 - Bend yard",
                                  "5 flux pens"])
def test_a_bare_count_not_asked_for_is_no_order_line(text: str):
    assert _lines(text + "\n\nThanks\nJas\n") == []


@pytest.mark.parametrize("text", [
    "hi lads need half a dozen lengths of 25x25x3 box",
    "Bonjour, merci de nous livrer 3 tôles alu",
    "Firmamız için aşağıdaki ürünleri sipariş ediyoruz",
    "bitte liefern Sie uns 4 Rollen",
    "Por favor enviar 6 cajas",
])
def test_buyers_asking_for_goods_in_more_ways_and_languages(text: str):
    assert asks_for_goods(text)


def test_a_turkish_order_is_named_an_order():
    assert names_an_order("Sipariş numarası: DT/26/377")


FERTILISERS = CatalogIndex([
    CatalogProduct("CRF-6M-25", "Controlled release fertiliser 15-9-12 5-6 month 25kg", "BG", Decimal("96")),
    CatalogProduct("CRF-9M-25", "Controlled release fertiliser 15-9-12 8-9 month 25kg", "BG", Decimal("104")),
    CatalogProduct("NPK-20-2", "Soluble feed 20-20-20 2kg", "EA", Decimal("11.5")),
])


def test_foreign_words_with_three_numbers_one_product_holds_name_it_for_a_clerk():
    match = FERTILISERS.match(None, "Depotdünger 15-9-12 8-9 Monate 25 kg")
    assert (match.sku, match.method) == ("CRF-9M-25", "by_attributes")
    # (two numbers held by several products name none of them)
    assert FERTILISERS.match(None, "Depotdünger 15-9-12").sku is None


@pytest.mark.parametrize(("words", "colour"), [("Doniczki czarne", "black"), ("Taimiruukku musta", "black"),
                                               ("svarta krukor", "black"), ("valkoinen", "white"),
                                               ("kutu beyaz", "white"), ("zelene", "green")])
def test_colours_in_more_languages(words: str, colour: str):
    assert colour in read_wording(words).colours


@pytest.mark.parametrize("words", ["yellow mustard gallons", "moderate flow", "gulf"])
def test_an_english_word_opening_with_a_foreign_colour_is_no_colour(words: str):
    assert not read_wording(words).colours - {"yellow"}


def test_one_line_addresses_with_premises_after_the_way():
    address = one_line_address("Acme Ltd, Mill Lane Works, Halifax HX1 2AB")
    assert address is not None and address.street == "Mill Lane Works"


@pytest.mark.parametrize(("heading", "field"), [
    ("Malzeme / Description", "description"), ("Miktar", "quantity"), ("Birim", "uom"), ("Birim fiyat", "unit_price"),
    ("Tutar", "line_total"), ("Mennyiség", "quantity"), ("Egységár", "unit_price"), ("Megnevezés", "description"),
    ("Cantitate", "quantity"), ("Preț unitar", "unit_price"), ("Denumire", "description"), ("Količina", "quantity"),
    ("Cijena", "unit_price"), ("Naziv", "description"), ("Kiekis", "quantity"), ("Daudzums", "quantity"),
    ("Kogus", "quantity"), ("Hinta", "unit_price"), ("Nimike", "description"), ("Antall", "quantity"),
    ("Varenummer", "item_code"), ("Ποσότητα", "quantity"),
])
def test_column_headings_in_more_languages(heading: str, field: str):
    from extractors.tabular import classify_header

    assert classify_header(heading) == field


@pytest.mark.parametrize("written", ["adet", "darab", "buc", "kom", "kos", "vnt", "gab", "kpl", "τεμ"])
def test_pieces_in_more_languages(written: str):
    from vocabulary.units import normalise_unit

    assert normalise_unit(written) == "EA"


def test_a_pasted_table_with_its_prices_currency_in_the_heading_and_the_rows_numbered():
    """GIVEN an email table headed "Item | Description | Qty | Unit price (EUR)" whose Item column numbers the rows
    THEN each row's price is read (the heading is one name, not "Unit" and "price"), and 1, 2, 3 are no codes."""
    text = ("Please find our order YC-2026-1004 dated 04.12.2026:\n\n"
            "Item  Description                    Qty     Unit price (EUR)\n"
            "1     SHS 80x80x5 S355J2H            40 pcs  52,75\n"
            "2     CHS 88,9x3,2                   24 pcs  33,10\n"
            "3     Flat bar 75x10                 30 pcs  25,20\n\nBest regards\n")
    assert _lines(text) == [(Decimal(40), None, Decimal("52.75"), "SHS 80x80x5 S355J2H"),
                            (Decimal(24), None, Decimal("33.10"), "CHS 88,9x3,2"),
                            (Decimal(30), None, Decimal("25.20"), "Flat bar 75x10")]


def test_a_mexican_order_table_priced_under_p_unitario_with_its_date_in_brackets_and_a_colonia():
    """GIVEN a Mexican order: its date in brackets after the number, a table headed "Cant. | Descripción |
    P. unitario", and "Favor de entregar en" an address with its colonia between street and town
    THEN each row's price is read (before, none was, and the catalog's filled in), the date too, and the place."""
    text = ("Buen día,\n\nPor medio del presente les envío la Orden de Compra OC-3391 (fecha: 07-dic-2026).\n"
            "Precios en MXN, según cotización.\n\n"
            "Cant.  Descripción                              P. unitario\n"
            " 6     Caja jeringa 3 ml luer lock (100 pzs)      $168.00\n"
            " 4     Caja guantes nitrilo M                     $118.00\n"
            "24     Collar isabelino 10 cm                     $ 27.00\n\n"
            "Favor de entregar en: Av. Chapultepec Sur 315, Col. Americana, 44140 Guadalajara, Jal.\n\n"
            "Saludos cordiales,\nDr. Alejandro Ruiz\n")
    found = extract_text(text, 0)
    assert [(ln.quantity, ln.unit_price) for ln in found.lines] == [
        (Decimal(6), Decimal("168.00")), (Decimal(4), Decimal("118.00")), (Decimal(24), Decimal("27.00"))]
    assert found.header.order_date is not None and found.header.order_date.value == date(2026, 12, 7)
    (place,) = [m.address for m in found.stated if m.kind == "destination"]
    assert place is not None and (place.street, place.postal_code, place.city) == \
        ("Av. Chapultepec Sur 315", "44140", "Guadalajara")


def test_an_address_sentence_broken_after_a_comma_goes_on_and_its_postcode_is_no_count():
    text = ("* Jeringas 50 ml punta catéter: 6 cajas\n\n"
            "Fecha de entrega: 15/01/2027. Entregar en Rancho El Mezquite, Carretera Tepatitlán-Arandas km 12,\n"
            "47600 Tepatitlán de Morelos, Jalisco.\n\nSaludos,\nRamón\n")
    found = extract_text(text, 0)
    assert [ln.quantity for ln in found.lines] == [Decimal(6)]
    (place,) = [m.address for m in found.stated if m.kind == "destination"]
    assert place is not None and (place.street, place.postal_code) == ("Carretera Tepatitlán-Arandas km 12", "47600")


@pytest.mark.parametrize(("line", "expected"), [
    ("Horse wormer paste (600kg) - a dozen", (Decimal(12), "Horse wormer paste 600kg")),
    ("Coleira nylon P rosa – uma dúzia", (Decimal(12), "Coleira nylon P rosa")),
    ("Collar nylon S pink      12   @ 5.20", (Decimal(12), "Collar nylon S pink")),
])
def test_a_count_closing_the_line_in_words_or_before_its_price(line: str, expected: tuple):
    assert [(q, d) for q, _, _, d in _lines(line + "\n\nThanks\nBen\n")] == [expected]


SECTIONS = CatalogIndex([
    CatalogProduct("SHS-40-2", "Square hollow section S355J2H 40 x 40 x 2 mm, 6 m length", "LEN", Decimal("20")),
    CatalogProduct("SHSG-40-2", "Square hollow section galvanised 40 x 40 x 2 mm, 6 m length", "LEN", Decimal("26")),
    CatalogProduct("SHS-60-4", "Square hollow section S355J2H 60 x 60 x 4 mm, 6 m length", "LEN", Decimal("59")),
    CatalogProduct("RHS-60-40-4", "Rectangular hollow section S355J2H 60 x 40 x 4 mm, 6 m length", "LEN",
                   Decimal("50")),
    CatalogProduct("EA-50-5", "Equal angle S275JR 50 x 50 x 5 mm, 6 m length", "LEN", Decimal("30")),
])


def test_a_foreign_section_named_by_its_dimensions_alone_is_that_section_for_a_clerk():
    match = SECTIONS.match(None, "Quadratrohr 60x60x4 S355J2H, L=6000")
    assert (match.sku, match.method) == ("SHS-60-4", "by_attributes")
    # two sections of those dimensions (black and galvanised): both suggested, neither picked
    tied = SECTIONS.match(None, "Kutijasti profil 40x40x2")
    assert tied.sku is None and {c.sku for c in tied.candidates} == {"SHS-40-2", "SHSG-40-2"}


def test_a_steel_grade_glued_to_its_letter_opens_no_range_of_metres():
    wording = read_wording("Equal angle 50 x 50 x 5 S275 - 6.0m")
    assert ("m", 275.0) not in wording.measures and ("m", 6.0) in wording.measures
    assert SECTIONS.match(None, "Equal angle 50 x 50 x 5 S275 - 6.0m").sku == "EA-50-5"


def test_a_pack_count_before_the_price_sign_is_not_the_count():
    assert [q for q, _, _, _ in _lines("Filters 16x20x1 MERV 8 - 4 cases of 12 @ 38.00\n")] == [Decimal(4)]


PARTS = CatalogIndex([
    CatalogProduct("R-10K-RL", "Thick film resistor 10kΩ 1% 0.1W 0603, reel of 5000", "RL", Decimal("4.90"), None,
                   5000),
    CatalogProduct("R-10K-CT", "Thick film resistor 10kΩ 1% 0.1W 0603, cut tape", "EA", Decimal("0.008")),
    CatalogProduct("R-4K7-RL", "Thick film resistor 4.7kΩ 1% 0.1W 0603, reel of 5000", "RL", Decimal("4.90"), None,
                   5000),
    CatalogProduct("C-100N-0603", "MLCC 100nF 50V X7R 0603, reel of 4000", "RL", Decimal("6.80"), None, 4000),
    CatalogProduct("C-100N-0805", "MLCC 100nF 50V X7R 0805, reel of 4000", "RL", Decimal("8.40"), None, 4000),
    CatalogProduct("C-22P-0603", "MLCC 22pF 50V C0G 0603, reel of 4000", "RL", Decimal("7.20"), None, 4000),
])


@pytest.mark.parametrize(("written", "measure"), [
    ("4k7 0603 1%", ("k", 4.7)), ("100n 0603 50V", ("nf", 100.0)), ("CAP 0.1UF 50V 0805", ("uf", 0.1)),
    ("RES 100R 1% 0805", ("ohm", 100.0)), ("2n2 cap", ("nf", 2.2)), ("4R7 resistor", ("ohm", 4.7)),
])
def test_component_values_as_electronics_buyers_write_them(written: str, measure: tuple):
    assert measure in read_wording(written).measures


def test_a_pence_price_is_no_capacitance():
    assert ("pf", 50.0) not in read_wording("50p off").measures


def test_a_package_code_with_a_leading_zero_before_reel_is_no_count_ordered():
    assert ("", 805.0) in read_wording("RES 10K 1% 0805 REEL").measures


def test_capacitance_written_in_another_unit_is_the_same_value():
    assert PARTS.match(None, "CAP 0.1UF 50V X7R 0805 REEL").sku == "C-100N-0805"


def test_twins_the_measures_fit_alike_the_one_sold_in_the_unit_ordered_is_offered():
    """GIVEN "2 reels 10k 0603 1%" against the reel of 5000 and the cut tape of the same resistor
    THEN the reel is offered as the pick (the unit ordered tells), still a doubt for a clerk."""
    matched = match_order(ExtractedHeader(po_number=Field("44817", 0.9)),
                          [ExtractedLine("2 reels 10k 0603 1%", Decimal(2), description="10k 0603 1%", uom="RL")],
                          CustomerMatch("C1", "Harrow", "contact_email", 0.99), PARTS, StaticKnowledge(),
                          today=date(2026, 12, 7), stated=[])
    (line,) = matched.lines
    assert line.match.sku == "R-10K-RL"
    assert not decide(matched, 0.9).auto_approve


@pytest.mark.slow
def test_a_customer_on_file_listing_counted_goods_in_another_language_is_not_closed_unseen(demo_db, settings):
    """GIVEN a customer on file writing only counted goods in Italian (no PO, no words of ours, no asking words
    the classifier knows) WHEN it is filed THEN it waits for a clerk; it was closed as not an order."""
    from models.status import MessageStatus
    from tests.support.messages import file_email, plain_email

    body = "Ciao ragazzi,\n\ndue bobine di stagno 0,7 mm\ntre scatole di fusibili 5x20 rapidi\n\nGrazie\nMarco\n"
    filed = file_email(demo_db, settings, plain_email(subject="materiale", body=body,
                                                      message_id="<it-list-1@example.net>"))
    assert (filed.status, filed.filed) == (MessageStatus.PROCESSED, True), filed.error


def test_asking_for_goods_in_the_first_person_in_more_languages():
    for text in ("Mi servirebbero:", "ich brauche 4 Rollen", "necesito 3 cajas", "precisamos de 10 caixas"):
        assert asks_for_goods(text), text
    assert not asks_for_goods("tutto bene? Qui siamo sommersi di lavoro")


def test_a_tyre_size_and_a_sized_grade_are_no_component_values():
    assert not {u for u, _ in read_wording("205/55R16 91V").measures} & {"ohm", "k"}
    wording = read_wording("ETHANOL ABSOLUTE AR GRADE 2.5L")
    assert ("l", 2.5) in wording.measures and "grade" not in wording.labels


def test_a_po_number_with_the_buyers_letters_after_its_prefix():
    assert find_po_number("Can you send 3 x 2.5L ethanol @ £52.00 each on PO-AVB-03340. Next day if poss.").value \
        == "PO-AVB-03340"  # type: ignore[union-attr]
    assert find_po_number("see PO-LIST attached") is None


@pytest.mark.parametrize(("signature", "street", "postal"), [
    ("Riparazioni Lazzari di Marco Lazzari\nVia Saragozza 112 – 40135 Bologna\n", "Via Saragozza 112", "40135"),
    ("Mascotas Sánchez S.L. - Avda. de Miraflores 52, 41008 Sevilla - Tel. 954 35 12 88\n", "Avda. de Miraflores 52",
     "41008"),
    ("Sennhof Automation AG, Industriestrasse 22, 8406 Winterthur\n", "Industriestrasse 22", "8406"),
    ("Jana\nKřenová 57\n602 00 Brno\nTel. 123 456 789\n", "Křenová 57", "602 00"),
])
def test_a_signature_written_street_first_as_most_of_europe_writes_it(signature: str, street: str, postal: str):
    from extractors.stated import find_signed_addresses

    found = [m.address for m in find_signed_addresses(signature) if m.address]
    assert [(a.street, a.postal_code) for a in found] == [(street, postal)]


@pytest.mark.parametrize(("text", "po"), [
    ("Rendelésszám: DE-2026/412", "DE-2026/412"),
    ("Vă rugăm să ne livrați produsele conform comenzii nr. 1187 din 03.12.2026:", "1187"),
    ("Naročilo št.: 2026-311, datum: 30.11.2026", "2026-311"),
    ("molimo isporuku prema narudžbenici br. 87/2026 od 1.12.2026.:", "87/2026"),
    ("Sipariş No: YC-2026-0988", "YC-2026-0988"),
    ("Onze referentie: H-2611-07", "H-2611-07"),
    ("Auftragsnummer: 2026/1419 vom 25.11.2026", "2026/1419"),
    ("Nossa ref. PL-7734. Entregar na loja", "PL-7734"),
])
def test_order_numbers_labelled_in_more_languages(text: str, po: str):
    assert find_po_number(text).value == po  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "day"), [
    ("Vă rugăm conform comenzii nr. 1187 din 03.12.2026:", date(2026, 12, 3)),
    ("molimo isporuku prema narudžbenici br. 87/2026 od 1.12.2026.:", date(2026, 12, 1)),
    ("Auftragsnummer: 2026/1419 vom 25.11.2026", date(2026, 11, 25)),
    ("Order PA-5540 (7 December 2026). Prices as per your offer", date(2026, 12, 7)),
    ("Our PO number is 2026/EE/0412 (raised 30 Nov 2026).", date(2026, 11, 30)),
    ("Order ref BK/1051 (Mon 14 Dec 2026). Delivery for Thursday 17th", date(2026, 12, 14)),
])
def test_the_orders_date_written_right_after_its_number(text: str, day: date):
    from extractors.header_fields import find_header

    found = find_header(text).order_date
    assert found is not None and found.value == day


def test_a_count_after_the_order_number_is_no_date():
    from extractors.header_fields import find_header

    assert find_header("PO 4471 - 12 boxes of gloves").order_date is None


@pytest.mark.parametrize(("text", "day"), [
    ("Consegna richiesta entro il 17/12/2026 presso il nostro magazzino:", date(2026, 12, 17)),
    ("Dodání nejpozději 18. 12. 2026 na adresu:", date(2026, 12, 18)),
    ("Szállítási határidő: 2026.12.15.", date(2026, 12, 15)),
    ("Termen de livrare: 21.12.2026", date(2026, 12, 21)),
    ("Invoice to Alpentronik as usual. Delivery latest 18.12.2026.", date(2026, 12, 18)),
    ("Dobava: do 18.12.2026 na naš naslov.", date(2026, 12, 18)),
    ("Rok isporuke: 21.12.2026.", date(2026, 12, 21)),
    ("İstenen teslim tarihi: 15 Aralık 2026", date(2026, 12, 15)),
])
def test_the_day_wanted_labelled_in_more_languages(text: str, day: date):
    from extractors.header_fields import find_header

    found = find_header(text).requested_date
    assert found is not None and found.value == day


@pytest.mark.parametrize(("written", "day"), [("15 grudnia 2026", date(2026, 12, 15)),
                                              ("18. prosince 2026", date(2026, 12, 18)),
                                              ("2026.12.15.", date(2026, 12, 15)),
                                              ("3 lipca 2026", date(2026, 7, 3))])
def test_dates_written_with_more_languages_months_or_the_year_first(written: str, day: date):
    from vocabulary.dates import read_stated_date

    found = read_stated_date(written, True)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(("written", "name"), [
    ("our works: Hartley Ironworks Ltd", "Hartley Ironworks Ltd"),
    ("/ Ship to: Vltava Control s.r.o.", "Vltava Control s.r.o."),
    ("Delivery to the hospital please", None), ("our warehouse not the shop this time:", None),
    ("same as buyer address.", None), ("The Old Mill", "The Old Mill"), ("Shipley Stores", "Shipley Stores"),
])
def test_a_name_line_that_is_a_label_or_a_sentence_is_no_places_name(written: str, name: str | None):
    from extractors.header_fields import place_name

    assert place_name(written) == name


def test_a_diameters_sign_before_its_measure_is_no_code():
    assert ("mm", 16.0) in read_wording("Round bar Ø16mm bright").measures
