"""Kinds of documents two more trades' buyers wrote (workwear, bicycle parts) that were read wrong: a delivery
sentence ending in a colon over the whole address, Nordic, Polish and Czech streets and postal codes, delivery
words in those languages. Every text here is made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.header_fields import document_purpose, find_po_number, find_ship_to
from extractors.loose_lists import is_address_line
from intake.classify import not_an_order_words, says_it_is_not_an_order
from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording


def _destination(text: str):
    found = extract_text(text, 0)
    return next((m.address for m in found.stated if m.kind == "destination" and m.address), None), found


@pytest.mark.parametrize("sentence", ["Delivery by 15 January to our workshop:",
                                      "Leverans senast 2027-01-15 till vår verkstad:",
                                      "Levering til vores værksted:"])
def test_a_delivery_sentence_ending_in_a_colon_over_the_whole_address(sentence: str):
    """GIVEN a sentence asking for delivery to a place named by its kind, then the place's whole address under it
    THEN that address is where the order goes, and its lines are no order lines."""
    text = (f"Hi,\n\n- 30 x frame lock keyed alike\n\n{sentence}\nHolm Cykeludlejning ApS\nVerkstaden, Fortevej 9\n"
            "8240 Risskov\n\nBest regards\nLinnea\n")
    address, found = _destination(text)
    assert address is not None
    assert (address.name, address.street, address.postal_code, address.city) == \
        ("Holm Cykeludlejning ApS", "Verkstaden, Fortevej 9", "8240", "Risskov")
    assert [ln.quantity for ln in found.lines] == [30]


@pytest.mark.parametrize("line", ["Verkstaden, Järnvågsgatan 6", "Sydhavnsgade 18", "Innherredsveien 12",
                                  "Sarankulmankatu 9", "ul. Rogowska 127", "nám. Míru 4"])
def test_nordic_finnish_polish_and_czech_streets_are_address_lines(line: str):
    assert is_address_line(line)


@pytest.mark.parametrize("line", ["414 58 Göteborg", "8000 Aarhus C", "0555 Oslo"])
def test_postal_codes_written_as_those_countries_write_them_under_a_street(line: str):
    assert is_address_line(line, under_address=True)
    assert not is_address_line(line)


@pytest.mark.parametrize("sentence,city", [
    ("Dostawa na budowę: ul. Malinowa 14, 45-221 Opole", "Opole"),
    ("Doručení do skladu: Průmyslová 12, 602 00 Brno", "Brno"),
])
def test_polish_and_czech_delivery_words_name_the_destination(sentence: str, city: str):
    address, _ = _destination(f"Zamawiamy:\n- 10 szt. kamizelka XL\n\n{sentence}\n")
    assert address is not None and address.city == city


def _read(text: str):
    return [(ln.quantity, ln.item_code, ln.unit_price, ln.description) for ln in extract_text(text, 0).lines]


def test_a_web_shops_basket_pasted_as_blocks_of_labelled_fields():
    """GIVEN a basket copied from a web shop: each item's name, its number, a status and "Antal: 4  Stk. pris: 23,90 €
    I alt: 95,60 €" under it, the items apart by rules
    THEN each block is one line with its count, code and unit price; the rules are neither lines nor doubts."""
    text = ("Her er min kurv:\n\n"
            "Road tyre 700x28c folding, tanwall\nVarenr.: TY-70028-FT\nPå lager\n"
            "Antal: 4        Stk. pris: 23,90 €        I alt: 95,60 €\n"
            "--------------------------------------------------\n"
            "Ferrules 4mm alloy, bag of 100\nVarenr.: FE-4-100\n"
            "Antal: 1        Stk. pris: 6,20 €        I alt: 6,20 €\n"
            "--------------------------------------------------\n\nMvh Mette\n")
    found = extract_text(text, 0)
    assert [(ln.quantity, ln.item_code, ln.unit_price, ln.description) for ln in found.lines] == [
        (4, "TY-70028-FT", Decimal("23.90"), "Road tyre 700x28c folding, tanwall"),
        (1, "FE-4-100", Decimal("6.20"), "Ferrules 4mm alloy, bag of 100")]
    assert not found.unread


def test_an_item_named_then_its_quantity_on_the_line_under_it():
    assert _read("Please send:\n\nProduct: nitrile gloves L\nQuantity: 6 boxes\n\nThanks\n") == [
        (6, None, None, "Product: nitrile gloves L")] or _read(
        "Please send:\n\nNitrile gloves L\nQuantity: 6\n\nThanks\n") == [(6, None, None, "Nitrile gloves L")]


def test_a_count_glued_to_a_lower_case_attribute_is_no_code():
    """GIVEN "2x 10sp chain" (ten-speed chains)
    THEN "10sp" stays in the goods' name for the matcher, not taken for an item code."""
    assert _read("hi, please add:\n2x 10sp chain, 2 cassettes 10sp 11-34\n") == [
        (2, None, None, "10sp chain"), (2, None, None, "cassettes 10sp 11-34")]


def test_bracketed_counts_in_a_bulleted_list():
    assert [(q, d) for q, _, _, d in _read(
        "Want to try a first order:\n\n- (2) boxes of 11 speed chains\n- (30) 29 x 2.25 tubeless tires\n\n"
        "PO# BWD-1009\n")] \
        == [(2, "11 speed chains"), (30, "29 x 2.25 tubeless tires")]


def test_a_closing_that_goes_on_with_the_name_is_no_part_of_the_line_above():
    """GIVEN an order line with no full stop, then "cheers Jonas (KU bike workshop, ...)" in lower case
    THEN the closing is not read as the order line going on, nor left as a doubt."""
    found = extract_text("can you add:\n2 tubs grease, 1x degreaser 1L\ncheers Jonas (KU bike workshop, "
                         "Universitetsparken 13)\n", 0)
    assert [ln.description for ln in found.lines] == ["grease", "degreaser 1L"]
    assert not found.unread


@pytest.mark.parametrize("closing", ["Mvh", "Med venlig hilsen", "Med vänliga hälsningar", "Terveisin", "Pozdrawiam",
                                     "Z poważaniem", "S pozdravem"])
def test_closings_in_more_languages_end_the_order(closing: str):
    found = extract_text(f"Hej,\n\n4 st kedja 11 växlar\n\n{closing}\nLinnea Berg\nStorgatan 4, 114 51 Stockholm\n", 0)
    assert [ln.quantity for ln in found.lines] == [4]


def test_dutch_counts_in_words_of_boxes_and_idem_for_the_goods_above():
    """GIVEN "vijftig dozen nitril handschoenen maat M" then "dertig dozen idem maat S" (Dutch: fifty boxes, thirty
    boxes of the same in size S)
    THEN fifty and thirty boxes, never dozens; the second line names the gloves of the first, in its own size."""
    found = extract_text("Graag:\n- vijftig dozen nitril handschoenen poedervrij maat M\n"
                         "- dertig dozen idem maat S\n", 0)
    assert [(ln.quantity, ln.uom, ln.description) for ln in found.lines] == [
        (50, "BX", "nitril handschoenen poedervrij maat M"), (30, "BX", "nitril handschoenen poedervrij maat S")]


@pytest.mark.parametrize("text,count", [("tjugo kartonger handskar", 20), ("femtio st kedjor", 50),
                                        ("dreißig Paar Handschuhe", 30), ("cinquante boîtes de gants", 50),
                                        ("trzydzieści szt. rękawic", 30), ("tyve æsker ørepropper", 20)])
def test_tens_in_words_in_more_languages(text: str, count: int):
    assert [ln.quantity for ln in extract_text(f"Hej,\n{text}\n", 0).lines] == [count]


def test_english_dozens_stay_dozens():
    assert [(ln.quantity, ln.uom) for ln in extract_text("Hi,\ntwo dozen markers\n", 0).lines] == [(2, "DZ")]


WORKWEAR = CatalogIndex([
    CatalogProduct("VST-YE-M", "Hi-vis vest EN ISO 20471 class 2, yellow, size M", "EA", Decimal("2.95")),
    CatalogProduct("VST-YE-XL", "Hi-vis vest EN ISO 20471 class 2, yellow, size XL", "EA", Decimal("2.95")),
    CatalogProduct("VST-YE-4XL", "Hi-vis vest EN ISO 20471 class 2, yellow, size 4XL", "EA", Decimal("3.25")),
    CatalogProduct("VST-OR-XL", "Hi-vis vest EN ISO 20471 class 2, orange, size XL", "EA", Decimal("2.95")),
    CatalogProduct("JKT-OR-XL", "Hi-vis jacket EN ISO 20471 class 3, orange, padded, size XL", "EA", Decimal("34.50")),
    CatalogProduct("GL-NIT-08", "Nitrile-coated work glove, blue, size 8", "PR", Decimal("1.15")),
    CatalogProduct("GL-NIT-09", "Nitrile-coated work glove, blue, size 9", "PR", Decimal("1.15")),
    CatalogProduct("GL-CUTB-09", "Cut-resistant glove EN388 level B, PU palm, size 9", "PR", Decimal("3.40")),
    CatalogProduct("GL-CUTD-09", "Cut-resistant glove EN388 level D, PU palm, size 9", "PR", Decimal("4.10")),
    CatalogProduct("BT-41", "Safety boot S3, steel toe cap, black, size 41", "PR", Decimal("54.00")),
    CatalogProduct("BT-42", "Safety boot S3, steel toe cap, black, size 42", "PR", Decimal("54.00")),
    CatalogProduct("CH-10", "Chain 10-speed 116 links, silver", "EA", Decimal("19.90")),
    CatalogProduct("CH-11", "Chain 11-speed 116 links, silver", "EA", Decimal("24.90")),
])


@pytest.mark.parametrize("line,sku", [
    ("hesje geel klasse 2 maat XL", "VST-YE-XL"),  # Dutch: vest, yellow, class, size
    ("Warnweste Kl. 2 gelb, size M", "VST-YE-M"),  # German compound, "Kl." for class
    ("Veiligheidshesje klasse 2 oranje, size XL", "VST-OR-XL"),
    ("Montagehandschuh Nitril blau, Gr. 8", "GL-NIT-08"),  # "Gr." is Größe: the size a catalog writes bare
    ("Schnittschutz Stufe B, Gr. 9", "GL-CUTB-09"),  # a cut level written with its letter
    ("snijwerende handschoenen niveau D maat 9", "GL-CUTD-09"),
    ("Sicherheitsstiefel S3 mit Stahlkappe, schwarz Gr. 41", "BT-41"),
    ("kedja 11 växlar", "CH-11"),  # Swedish: chain, 11 gears
    ("10sp chain", "CH-10"),
    ("Kette 10-fach", "CH-10"),
])
def test_workwear_and_bicycle_words_in_other_languages_name_the_product(line: str, sku: str):
    found = WORKWEAR.match(None, line)
    assert found.sku == sku, (line, [(c.sku, round(c.score)) for c in found.candidates[:3]])


def test_a_4xl_is_not_an_xl():
    assert WORKWEAR.match(None, "hi-vis vest yellow class 2 size 4XL").sku == "VST-YE-4XL"


@pytest.mark.parametrize("word", ["jacket", "jackets", "chained", "paired", "pedaled", "logotype"])
def test_english_words_are_not_read_as_the_trades_foreign_words(word: str):
    assert not read_wording(word).translated


def test_the_word_type_is_no_czech_typ_label_with_its_own_last_letter():
    assert read_wording("3 pole 32A C type MCB").labels.get("type") != "e"


@pytest.mark.parametrize("text", [
    "Nous ne passons pas encore commande, il s'agit d'une demande de prix pour le budget 2027.",
    "Dette er IKKE en bestilling – ordre afgives særskilt via vores indkøbssystem.",
    "Dit is nog geen bestelling.", "To nie jest zamówienie.", "Tämä ei ole tilaus."])
def test_saying_it_is_no_order_yet_in_more_languages(text: str):
    assert says_it_is_not_an_order(text)


@pytest.mark.parametrize("text", [
    "Vi beder derfor om et uforpligtende tilbud på:", "Anmodning om tilbud – cykelhjelme og lygter",
    "Offertförfrågan: hjälmar", "Verzoek om offerte voor 20 jassen", "Richiesta di preventivo", "Zapytanie ofertowe",
    "Prosíme o zaslání cenové nabídky", "Pyydämme tarjousta seuraavista"])
def test_requests_for_a_quote_in_more_languages(text: str):
    assert not_an_order_words([text], False) == ("quote", "it asks for a quote")


def test_a_supplier_s_despatch_notice_in_german():
    said = not_an_order_words(["Lieferavis 80044127 zu Ihrer Bestellung MDW-PO-26-0412",
                               "zu Ihrer Bestellung haben wir heute folgende Ware an Sie versandt:"], False)
    assert said is not None and said[0] == "notice"


@pytest.mark.parametrize("text", ["Can you send the correct 24 tyres? Please do not invoice this as a new order.",
                                  "Can you collect the 41s and send the right ones? "
                                  "Don't want to reorder, just swap them."])
def test_a_replacement_for_goods_delivered_wrong_is_no_new_order(text: str):
    purpose = document_purpose(text)
    assert purpose is not None and not purpose.new_order


def test_an_order_is_still_an_order():
    assert document_purpose("Please send 4 boxes of gloves, PO 4471.") is None
    assert not says_it_is_not_an_order("Please send the following, this is our order for January.")


@pytest.mark.parametrize("word,english", [("Warnschutzjacke", "jacket"), ("Arbeitsjacke", "jacket"),
                                          ("Sicherheitsstiefel", "boot"), ("refleksvest", "vest")])
def test_a_compound_ending_in_a_trades_word_is_that_word(word: str, english: str):
    assert english in read_wording(word).words


@pytest.mark.parametrize("text,po", [("BESTELBON\nNummer: 26/0850\nDatum: 18/12/2026", "26/0850"),
                                     ("ZAMÓWIENIE\nNr: ZAM/2026/12/058\nData: 17.12.2026", "ZAM/2026/12/058"),
                                     ("PURCHASE ORDER\nNo.: 4471\nDate: 1/2/2026", "4471")])
def test_a_bare_number_label_under_the_orders_title(text: str, po: str):
    found = find_po_number(text)
    assert found is not None and found.value == po


def test_a_number_in_a_sentence_under_a_title_is_no_po():
    assert find_po_number("Order\nPlease send no. 5 brushes") is None


@pytest.mark.parametrize("label", ["Leveringsadres", "Leveringsadresse", "Toimitusosoite", "Bezorgadres"])
def test_ship_to_labels_in_more_languages(label: str):
    found = find_ship_to(f"INKOOPORDER\n\n{label}\nHansen Byg A/S\nFortevej 9\n8240 Risskov\n")
    assert found is not None and (found.value.street, found.value.postal_code) == ("Fortevej 9", "8240")


@pytest.mark.parametrize("sentence,street,town", [
    ("Levering senest d. 16/12 til pladsen: Bernhardt Jensens Boulevard 88, 8000 Aarhus C.",
     "Bernhardt Jensens Boulevard 88", "Aarhus C"),
    ("Livraison : Magasin central, Place Louise Godin 15, 5000 Namur – quai n° 3.", "Place Louise Godin 15", "Namur"),
    ("Adresse : Chantier Euralille 3000, 1 avenue Le Corbusier, 59000 Lille – contact M. Caron 06 12 44 87 19",
     "1 avenue Le Corbusier", "Lille"),
    ("Levering: Hotel Strandlyst, Fyrvej 22, 9990 Skagen. Gerne inden 23. december.", "Fyrvej 22", "Skagen"),
])
def test_a_delivery_label_or_sentence_with_the_whole_address_after_it(sentence: str, street: str, town: str):
    address, _ = _destination(f"Hi\n\n4 x gloves L\n\n{sentence}\n\nThanks\n")
    assert address is not None and (address.street, address.city) == (street, town)


def test_a_delivery_label_with_a_day_after_it_is_no_destination():
    found = extract_text("Hi\n\n4 x gloves L\n\nDelivery: 12/06/2026 please\nLivraison : semaine 51\n", 0)
    assert not [m for m in found.stated if m.kind == "destination"]


def test_an_italian_quantity_heading_with_its_dot():
    from extractors.tabular import classify_header

    assert classify_header("Q.tà") == "quantity"


def test_side_by_side_supplier_and_delivery_blocks_in_other_languages():
    """GIVEN a laid-out PO whose supplier block ('Leverandør', 'Leverancier', 'Fornitore') stands beside its delivery
    block ('Leveringsadresse', 'Afleveradres', 'Destinazione merce')
    THEN the delivery block is the ship-to, never the supplier's address, and the label is no destination stated in
    a sentence."""
    from fpdf import FPDF

    from extractors.pdf_table import extract_pdf

    for seller, label in (("Leverandør", "Leveringsadresse"), ("Leverancier", "Afleveradres"),
                          ("Fornitore", "Destinazione merce")):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.text(20, 20, "PO 1044")
        pdf.text(20, 35, seller)
        pdf.text(110, 35, label)
        for y, (left, right) in enumerate([("Nordhjul Cykeldele A/S", "Cykelhuset ApS"),
                                           ("Refshalevej 163", "Nørrebrogade 142"),
                                           ("1432 København K", "2200 København N")]):
            pdf.text(20, 41 + 6 * y, left)
            pdf.text(110, 41 + 6 * y, right)
        pdf.text(20, 70, "Item  Description  Qty")
        extraction = extract_pdf(bytes(pdf.output()), 0)
        ship_to = extraction.header.ship_to
        assert ship_to is not None and (ship_to.value.street, ship_to.value.postal_code) == (
            "Nørrebrogade 142", "2200"), label
        assert not [m for m in extraction.stated if m.kind == "destination"], label


def test_goods_ordered_by_their_numbers_with_the_size_said_for_all():
    """GIVEN a run of shades and counts ("6.1 x 3", "7/43 x 2", "3x 9.03") and "tutto tubi da 60 ml come sempre"
    THEN each is a line of that shade in 60 ml; the size said for all of them goes with each number."""
    text = "Buongiorno,\nvi mando l'ordine:\n\n6.1 x 3\n7/43 x 2\n3x 9.03\n\ntutto tubi da 60 ml come sempre.\nGrazie\n"
    assert [(q, d) for q, _, _, d in _read(text)] == [(3, "6.1 60 ml"), (2, "7/43 60 ml"), (3, "9.03 60 ml")]


def test_a_single_number_by_a_number_is_no_list_of_goods():
    assert not [d for _, _, _, d in _read("Hi,\n\n6.1 x 3\n\nCan you check the size?\n") if d == "6.1"]


@pytest.mark.parametrize("text", ["Ciao!\n", "Hej Karin,\n", "Guten Tag Herr Weber,\n", "Buenos días,\n"])
def test_a_greeting_opening_the_orders_paragraph_is_no_doubt(text: str):
    found = extract_text(f"{text}ossidante 20 vol 1 litro x 6\ncera rullo naturale x 30\n", 0)
    assert len(found.lines) == 2 and not found.unread


def test_goods_counted_after_them_listed_with_commas_and_a_word_carrying_the_list_on():
    found = extract_text("Mi servono:\n105 x 3\n110 x 3\ne poi cera rullo naturale x 30, "
                         "cera barattolo cioccolato x 4.\n"
                         "Grazie mille, Federica\n", 0)
    assert [(ln.quantity, ln.description) for ln in found.lines][2:] == [
        (30, "cera rullo naturale"), (4, "cera barattolo cioccolato")]
    assert not found.unread


SHADES = CatalogIndex([
    CatalogProduct("C60-0610", "Colore in crema 6.1 Biondo scuro cenere tubo 60 ml", "EA", Decimal("6.90")),
    CatalogProduct("C60-0601", "Colore in crema 6.01 Biondo scuro naturale cenere tubo 60 ml", "EA", Decimal("6.90")),
    CatalogProduct("C100-0610", "Colore in crema 6.1 Biondo scuro cenere tubo 100 ml", "EA", Decimal("10.40")),
    CatalogProduct("C60-0903", "Colore in crema 9.03 Biondo chiarissimo naturale dorato tubo 60 ml", "EA",
                   Decimal("6.90")),
    CatalogProduct("C100-0903", "Colore in crema 9.03 Biondo chiarissimo naturale dorato tubo 100 ml", "EA",
                   Decimal("10.40")),
    CatalogProduct("C60-0743", "Colore in crema 7/43 Biondo rame dorato tubo 60 ml", "EA", Decimal("6.90")),
    CatalogProduct("NP-105", "Smalto Lumina 105 Bordeaux Notte 12 ml", "EA", Decimal("4.30")),
    CatalogProduct("NP-110", "Smalto Lumina 110 Corallo 12 ml", "EA", Decimal("4.30")),
])


@pytest.mark.parametrize("line,sku", [("6.01", "C60-0601"), ("6.1 60 ml", "C60-0610"), ("6.1 100 ml", "C100-0610"),
                                      ("9.03 60 ml", "C60-0903"), ("7/43", "C60-0743"), ("105", "NP-105")])
def test_goods_named_by_their_number_alone_are_the_product_holding_it(line: str, sku: str):
    found = SHADES.match(None, line)
    assert found.sku == sku, (line, [(c.sku, round(c.score)) for c in found.candidates])


@pytest.mark.parametrize("line", ["6.1", "9.03"])
def test_a_number_several_products_hold_is_a_doubt_with_them_as_suggestions(line: str):
    found = SHADES.match(None, line)
    assert found.sku is None and len(found.candidates) == 2


@pytest.mark.parametrize("line", ["12", "60"])
def test_a_small_whole_number_alone_names_nothing(line: str):
    assert SHADES.match(None, line).sku is None


def test_shades_with_a_price_each_and_with_their_count_word():
    found = extract_text("Ciao,\n\n6.1 x 3 a 9,50\n7.0 x 4 a 9,50\n(tutti tubi da 100 ml)\n\n"
                         "Farben:\n5.1 2 Stk\n6.01 3 Stk\n"
                         "(alle 60ml)\n", 0)
    assert [(ln.quantity, ln.unit_price, ln.description) for ln in found.lines] == [
        (3, Decimal("9.50"), "6.1 100 ml"), (4, Decimal("9.50"), "7.0 100 ml"), (2, None, "5.1 60ml"),
        (3, None, "6.01 60ml")]
    assert not found.unread


@pytest.mark.parametrize("subject", ["Conferma d'ordine CO-26-8812", "Orderbevestiging 4471", "Ordrebekræftelse 2231",
                                     "Potwierdzenie zamówienia 12/2026"])
def test_a_suppliers_order_confirmation_in_more_languages(subject: str):
    said = not_an_order_words([subject, "In allegato la conferma del Vostro ordine."], False)
    assert said is not None and said[0] == "notice"


def test_a_complaint_saying_it_is_not_a_new_order():
    purpose = document_purpose("2 of the 6 tubes arrived split. Can you credit them or send replacements? "
                               "Not a new order.")
    assert purpose is not None and not purpose.new_order


def test_a_spanish_request_for_a_budget_price_is_a_quote_request():
    assert not_an_order_words(["Solicitud de presupuesto", "¿Podrían enviarnos presupuesto para 40 mantillas?"],
                              False) == ("quote", "it asks for a quote")
    assert says_it_is_not_an_order("Todavía no es un pedido; necesitamos comparar precios.")


def test_a_shade_written_like_money_in_a_foreign_line_is_the_product_holding_it():
    """GIVEN "Βαφή Cromalux 6.66 60ml" (Greek: "colour"), its shade written with two decimals like an amount
    THEN the product holding 6.66 is the line's, not the one with the shortest name ("1.0 Nero")."""
    catalog = CatalogIndex([
        CatalogProduct("C60-0100", "Cromalux colore in crema 1.0 Nero tubo 60 ml", "EA", Decimal("6.90")),
        CatalogProduct("C60-0666", "Cromalux colore in crema 6.66 Biondo scuro rosso intenso tubo 60 ml", "EA",
                       Decimal("6.90")),
        CatalogProduct("C60-0700", "Cromalux colore in crema 7.0 Biondo tubo 60 ml", "EA", Decimal("6.90")),
    ])
    assert catalog.match(None, "Βαφή Cromalux 6.66 60ml").sku == "C60-0666"


def test_a_correction_naming_goods_in_the_plural_removes_their_line():
    text = ("Sorry, small correction - please make it 10 cassettes 11-32 instead of 6,\n"
            "and drop the 9 speed chains completely. Rest unchanged.\n\nThanks\nPeter\n\n-----Original Message-----\n"
            "From: Peter Lund <peter@example.dk>\nSent: 1 December 2026 16:44\nSubject: Order AC-2291\n\n"
            "Order AC-2291:\n6 x Cassette 11-speed 11-32\n10 x Chain 9-speed\n2 x Lithium grease tub 1kg\n")
    found = extract_text(text, 0, subject="RE: Order AC-2291")
    assert [(ln.quantity, ln.description) for ln in found.lines] == [
        (10, "Cassette 11-speed 11-32"), (2, "Lithium grease tub 1kg")]


def test_the_other_end_of_a_set_after_a_plus_is_no_item_of_its_own():
    assert [d for _, _, _, d in _read("Order:\n4 x Light set USB-C front 400lm + rear\n"
                                      "6 x 16oz hot cups + lids\n")] == [
        "Light set USB-C front 400lm + rear", "16oz hot cups", "lids for 16oz hot cups"]


def test_a_delivery_label_after_a_sentence_on_its_line():
    address, _ = _destination("Zamawiamy:\n- 10 szt. kamizelka XL\n\nCena wg oferty nr 2026/118. "
                              "Dostawa: budowa Wrocław "
                              "Nowy Dwór, ul. Rogowska 127, 54-440 Wrocław.\n")
    assert address is not None and (address.street, address.postal_code) == ("ul. Rogowska 127", "54-440")


@pytest.mark.parametrize("text", [
    "INKOOPORDER\nInkoopordernr: 2026-04452\n...\n"
    "Factuur uitsluitend digitaal, met vermelding van het inkoopordernummer.",
    "ZAMÓWIENIE\nNr: ZAM/2026/12/058\nFaktura wyłącznie elektronicznie.",
    "Purchase order 4471\nInvoice only by e-mail to ap@example.com"])
def test_a_purchase_order_saying_how_to_invoice_it_is_no_invoice(text: str):
    from extractors.header_fields import document_kind

    assert document_kind(text) is None


def test_an_invoice_is_still_an_invoice():
    from extractors.header_fields import document_kind

    assert document_kind("FACTUUR\nFactuurnummer: 2026-118\nUw inkooporder: 4471") == "invoice"


def test_a_size_after_x_with_two_decimals_is_a_size_not_money():
    assert read_wording("Buitenband 28 x 1.25 (32-622) reflectie").pairs == {(28.0, 1.25)}


@pytest.mark.parametrize("line,size", [("Helm city M mat zwart", "m"), ("gloves L blue", "l"), ("vest S hi-vis", "s")])
def test_a_lone_size_letter_between_words(line: str, size: str):
    assert size in read_wording(line).sizes


@pytest.mark.parametrize("line", ["2 m cable", "5 L bucket", "Type S screws"])
def test_a_letter_after_a_number_or_a_label_is_no_size(line: str):
    assert not read_wording(line).sizes


@pytest.mark.parametrize("written,name", [
    ("Vej og Park, Materielgården, Kirkebjerg 10, 7100 Vejle", "Vej og Park, Materielgården"),
    ("Acme Ltd, Goods In, 12 Mill Lane, Leeds LS1 4AB", "Acme Ltd"),
    ("Magasin central, Place Louise Godin 15, 5000 Namur", "Magasin central")])
def test_a_depot_named_after_its_owner_is_part_of_the_places_name(written: str, name: str):
    from extractors.header_fields import one_line_address

    address = one_line_address(written)
    assert address is not None and address.name == name


def test_whole_number_pairs_are_a_designation_only_when_the_first_is_a_code():
    assert [(q, d) for q, _, _, d in _read("Hi,\n\n105 x 3\n110 x 2\n")] == [(3, "105"), (2, "110")]
    assert [q for q, _, _, d in _read("Hi,\n\n3 x 105\n2 x 110\n")] != [105, 110]
    assert not [d for _, _, _, d in _read("Hi,\n\n10 x 12\n20 x 24\n") if d in ("10", "20")]
