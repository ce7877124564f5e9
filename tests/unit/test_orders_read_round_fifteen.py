"""Kinds of documents read wrong in the fifteenth round on issue 14: replies whose mail program quotes the older
message in Italian, Portuguese, Swedish, Danish, Norwegian, Finnish, Polish or Czech; goods counted before a
number of their own ("3 x 105"); the PO named in a sentence ("PO for this one is BHC-1187"). Every text here is
made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.designation_lines import designation_runs
from extractors.email_text import extract_text, order_text, without_mail_headers
from extractors.forwards import subject_forwards, subject_replies
from extractors.header_fields import find_po_number
from intake.mime import forwarded_sender

# An Outlook header block over the message it quotes, in each language's words (From, Sent, To, Subject).
OUTLOOK_BLOCKS = {
    "it": ("Da", "Inviato", "A", "Oggetto", "lunedì 7 dicembre 2026 09:12"),
    "pt": ("De", "Enviado", "Para", "Assunto", "segunda-feira, 7 de dezembro de 2026 09:12"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "den 7 december 2026 09:12"),
    "da": ("Fra", "Sendt", "Til", "Emne", "7. december 2026 09:12"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe", "maanantai 7. joulukuuta 2026 9.12"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "poniedziałek, 7 grudnia 2026 09:12"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět", "pondělí 7. prosince 2026 9:12"),
    "mac": ("From", "Date", "To", "Subject", "Monday, 7 December 2026 at 09:12"),
}


def _reply(lang: str) -> str:
    frm, sent, to, subject, when = OUTLOOK_BLOCKS[lang]
    return ("Hi Marta,\n\nplease change the gloves to 6 instead of 4.\n\nThanks\nLuca\n\n"
            f"{frm}: Luca Bianchi <luca@ristoro.example>\n{sent}: {when}\n{to}: orders@supplier.example\n"
            f"{subject}: Order 4471\n\nHello,\norder 4471:\n- 4 boxes nitrile gloves M\n- 2 rolls blue paper\n")


@pytest.mark.parametrize("lang", sorted(OUTLOOK_BLOCKS))
def test_an_outlook_block_in_any_of_our_languages_ends_the_newest_text(lang: str):
    """GIVEN a reply whose mail program writes its header block over the quoted order in the buyer's language
    THEN the newest text ends above the block: the quoted lines are history, not new lines."""
    kept = [line for _, line in order_text(_reply(lang), subject="Re: Order 4471")]
    assert not any("rolls blue paper" in line for line in kept)
    assert any("6 instead of 4" in line for line in kept)


@pytest.mark.parametrize("lang", sorted(OUTLOOK_BLOCKS))
def test_a_correction_over_a_quoted_order_in_any_of_our_languages(lang: str):
    """GIVEN such a reply correcting one count of the order it quotes
    THEN the order read is the quoted one with the count corrected, nothing read twice."""
    found = extract_text(_reply(lang), 0, subject="Re: Order 4471")
    assert found.read_from_quote
    assert sorted(ln.quantity for ln in found.lines) == [2, 6]


@pytest.mark.parametrize("header", [
    "Il giorno lun 7 dic 2026 alle ore 09:12 Luca Bianchi <luca@ristoro.example> ha scritto:",
    "Em seg., 7 de dez. de 2026 às 09:12, Luca <luca@ristoro.example> escreveu:",
    "Den mån 7 dec. 2026 kl 09:12 skrev Anna Berg <anna@bygg.example>:",
    "man. 7. des. 2026 kl. 09:12 skrev Ola Nordmann <ola@bygg.example>:",
    "ma 7.12.2026 klo 9.12 Matti Virtanen (matti@rakennus.example) kirjoitti:",
    "W dniu 7.12.2026 o 09:12, Jan Kowalski pisze:",
    "pon., 7 gru 2026 o 09:12 Jan Kowalski <jan@budowa.example> napisał(a):",
    "po 7. 12. 2026 v 9:12 odesílatel Petr Novák <petr@stavby.example> napsal:",
])
def test_a_reply_header_line_in_more_languages_cuts_the_history(header: str):
    """GIVEN a webmail's reply line over the quoted message, in one of our buyers' languages
    THEN nothing under it is read as this message's order."""
    text = f"Hello,\n\n3 x tape 50 mm please\n\nThanks\n\n{header}\nOrder 55:\n10 x tape 50 mm\n"
    kept = [line for _, line in order_text(text)]
    assert "10 x tape 50 mm" not in kept
    assert "3 x tape 50 mm please" in kept


def test_a_sentence_that_mentions_writing_is_not_a_reply_header():
    """GIVEN an order line that merely says someone wrote something, with no date, time or address
    THEN it is kept."""
    text = "Hello,\n\nas Mike wrote:\n4 x tape 50 mm\n"
    assert "4 x tape 50 mm" in [line for _, line in order_text(text)]


@pytest.mark.parametrize(("marker", "sender"), [
    ("---------- Messaggio inoltrato ---------", "Da: Luca Bianchi <luca@ristoro.example>"),
    ("-----Mensagem original-----", "De: Rui Costa <rui@cafe.example>"),
    ("---------- Vidarebefordrat meddelande ---------", "Från: Anna Berg <anna@bygg.example>"),
    ("-----Původní zpráva-----", "Od: Petr Novák <petr@stavby.example>"),
])
def test_who_wrote_a_forwarded_order_in_more_languages(marker: str, sender: str):
    """GIVEN a colleague forwarding a buyer's order with the mail program's marker in its language
    THEN the buyer under the marker is found as the order's writer."""
    text = f"Please enter this one.\n\n{marker}\n{sender}\nHello, 4 boxes of gloves please.\n"
    assert forwarded_sender(text) is not None
    assert forwarded_sender(text).endswith(".example")


def test_forwarded_header_lines_in_more_languages_are_no_sign_of_how_the_buyer_writes_dates():
    """GIVEN a forwarded block in Swedish ("Från:", "Skickat:") above the buyer's text
    THEN its lines are left out of the text read for date signs; a lone date line of the buyer's is kept."""
    text = "Från: Anna <anna@bygg.example>\nSkickat: den 7 december 2026 09:12\nÄmne: Beställning\n\nDatum: 12/03\n"
    kept = without_mail_headers(text)
    assert "Skickat" not in kept and "Från" not in kept
    assert "Datum: 12/03" in kept


@pytest.mark.parametrize(("subject", "forwards", "replies"), [
    ("ENC: Pedido 55", True, False), ("VB: Beställning 12", True, False), ("VL: Tilaus 9", True, False),
    ("PD: Zamówienie 4", True, False), ("RES: Pedido 55", False, True), ("Odp: Objednávka 7", False, True),
    ("Rif: Ordine 12", False, True), ("VS: Tilaus 9", False, False),
])
def test_forward_and_reply_subjects_in_more_languages(subject: str, forwards: bool, replies: bool):
    """Danish and Norwegian "VS:" forwards where Finnish "VS:" replies: neither is assumed."""
    assert subject_forwards(subject) is forwards
    assert subject_replies(subject) is replies


@pytest.mark.parametrize("lines", [["3 x 105", "2 x 110"], ["- 3x 105", "- 12 x 2210"]])
def test_a_count_before_a_number_too_large_to_be_a_count(lines: list[str]):
    """GIVEN a run of lines each a small count, "x" and a number of three or four digits (a polish's, a shade's)
    THEN each line orders that many of the number."""
    runs = designation_runs([(i * 20, line) for i, line in enumerate(lines)], 0)
    assert len(runs) == 1
    read = [(ln.quantity, ln.description) for ln in runs[0].lines]
    expected = [(Decimal(line.strip("- ").split("x")[0].strip()), line.split("x")[1].strip()) for line in lines]
    assert read == expected


@pytest.mark.parametrize("lines", [["10 x 12", "6 x 24"], ["3 x 105"], ["250 x 105", "300 x 110"]])
def test_two_numbers_that_do_not_say_which_is_the_count_are_no_designations(lines: list[str]):
    """"10 x 12" could be ten dozens or twelve tens; a single such line could be a measure; a count of 250 is not
    told from a number either: none is read as goods by their number."""
    assert designation_runs([(i * 20, line) for i, line in enumerate(lines)], 0) == []


@pytest.mark.parametrize(("text", "po"), [
    ("Same as last time. PO for this one is BHC-1187.", "BHC-1187"),
    ("Our PO for this order is 77812, thanks", "77812"),
    ("the PO number for this is 5521", "5521"),
    ("Please use PO 8812 for this one", "8812"),
])
def test_the_po_named_in_a_sentence_about_this_order(text: str, po: str):
    found = find_po_number(text)
    assert found is not None and found.value == po


def test_a_sentence_about_the_po_of_some_goods_is_no_number():
    assert find_po_number("The PO for the gloves is attached separately.") is None


# --- corrections over a quoted order, in our buyers' languages -------------------------------------------------

_QUOTED = ("Hello,\norder 4471:\n- 6 chains 11 speed\n- 4 brake pads disc\n- 20 ring locks keyed alike\n"
           "- 10 tyres 700x25 folding\n")


@pytest.mark.parametrize(("note", "expected"), [
    # Danish: a new count with the old one named, another "instead of", a line dropped, "the rest as ordered"
    ("vi skal kun bruge 8 chains (ikke 6), og pads skal være 6 instead of 4. Ring locks udgår.\nResten som bestilt.",
     [("chains", 8), ("pads", 6), ("tyres", 10)]),
    # Swedish: "12 st (inte 6)", "stryk", "ändra till"
    ("- chains 11 speed: 12 st (inte 6)\n- tyres: ändra till 16 st\n- ring locks: stryk dem",
     [("chains", 12), ("pads", 4), ("tyres", 16)]),
    # Italian: "invece di", "togliete"
    ("Per le chains 9 invece di 6, e togliete i ring locks. Il resto invariato.",
     [("chains", 9), ("pads", 4), ("tyres", 10)]),
    # Portuguese, Polish, Czech, Dutch: "em vez de", "zamiast", "místo", "in plaats van"
    ("As pads: 5 em vez de 4.", [("chains", 6), ("pads", 5), ("locks", 20), ("tyres", 10)]),
    ("Pads 7 zamiast 4, reszta bez zmian.", [("chains", 6), ("pads", 7), ("locks", 20), ("tyres", 10)]),
    ("Pads prosím 3 místo 4, zbytek beze změny.", [("chains", 6), ("pads", 3), ("locks", 20), ("tyres", 10)]),
    ("Graag 12 tyres in plaats van 10.", [("chains", 6), ("pads", 4), ("locks", 20), ("tyres", 12)]),
])
def test_corrections_in_more_languages(note: str, expected: list[tuple[str, int]]):
    """GIVEN a reply in one of our buyers' languages correcting the order quoted under it (Outlook's Danish header)
    THEN the quoted lines are read with the counts changed and the dropped line gone."""
    text = f"Hej,\n\n{note}\n\n/Henrik\n\nFra: Henrik <h@shop.example>\nSendt: 4. december 2026 10:10\n" \
           f"Emne: Ordre 4471\n\n{_QUOTED}"
    found = extract_text(text, 0, subject="SV: Ordre 4471")
    assert found.read_from_quote
    got = [(next(word for word, _ in expected if word in (ln.description or "")), ln.quantity) for ln in found.lines]
    assert sorted(got) == sorted((word, Decimal(n)) for word, n in expected)


def test_a_count_named_before_its_unit_beats_a_number_in_the_goods_name():
    """"kedjor 11 växlar: 12 st (inte 6)": 12 pieces, not 11 (the chains' speeds)."""
    text = ("Hej,\n- kedjor 11 växlar: 12 st (inte 6)\n\nFrån: Karin <k@shop.example>\nSkickat: den 4 december 2026\n"
            "Ämne: Order\n\nOrder:\n6 st kedja 11 växlar\n6 st kassett 11-28\n")
    found = extract_text(text, 0, subject="SV: Order")
    assert sorted((ln.description, ln.quantity) for ln in found.lines) == \
        [("kassett 11-28", 6), ("kedja 11 växlar", 12)]


def test_the_orders_number_in_a_correction_is_no_count():
    """"Ændring til PO 50011873: vi skal kun bruge 25 ..." changes the count to 25, never to the PO's number."""
    text = ("Hej,\nÆndring til PO 50011873: vi skal kun bruge 25 par dæk (ikke 40).\n\nFra: Henrik\n"
            "Sendt: 4. december 2026 10:10\nEmne: Ordre 50011873\n\nOrdre 50011873:\n40 par dæk 26 tommer\n"
            "12 kasser slanger\n")
    found = extract_text(text, 0, subject="SV: Ordre 50011873")
    assert sorted(ln.quantity for ln in found.lines) == [12, 25]


@pytest.mark.parametrize("note", [
    "Graag hetzelfde als vorige keer, maar dan 2 XL meer bij de hesjes.",
    "Same as last time please, but 2 XL more of the vests.",
    "Gerne das Gleiche wie letztes Mal, aber 2 XL mehr bei den Westen.",
])
def test_same_as_last_time_with_more_of_one_size(note: str):
    """GIVEN "the same as last time, but 2 XL more of the vests" over the quoted order
    THEN the quoted order is read again with its XL line two higher."""
    text = (f"Hoi,\n\n{note}\n\nGr Ricardo\n\n-------- Oorspronkelijk bericht --------\n"
            "Van: Ricardo <r@clean.example>\n"
            "Datum: 03-11-2026 10:40\nOnderwerp: bestelling\n\nhesje geel M 10\nhesje geel L 12\nhesje geel XL 6\n"
            "handschoen blauw M 20 doos\n")
    found = extract_text(text, 0, subject="Re: bestelling")
    assert sorted((ln.description, ln.quantity) for ln in found.lines) == \
        [("handschoen blauw M", 20), ("hesje geel L", 12), ("hesje geel M", 10), ("hesje geel XL", 8)]


def test_same_as_before_in_passing_is_no_repeat():
    from extractors.reply_corrections import repeats_quoted
    assert not repeats_quoted("Same as before, the tape was fine.")
    assert repeats_quoted("Det samme som sidst, tak.")
    assert repeats_quoted("Come l'ultima volta, grazie.")


# --- lines, tables, headers ------------------------------------------------------------------------------------

def test_a_length_after_a_comma_is_the_goods_size_when_the_line_opens_with_its_count():
    """"- 6 tuyaux d'arrosage 19 mm, 50 m": six hoses fifty metres long, not fifty metres of hose."""
    found = extract_text("Commande:\n- 6 tuyaux d'arrosage 19 mm, 50 m\n- 12 tuyaux d'arrosage 13 mm, 30 m\n", 0)
    assert [ln.quantity for ln in found.lines] == [6, 12]
    found = extract_text("Hi,\n- garden hose 19 mm, 50 m\n", 0)
    assert [(ln.quantity, ln.uom) for ln in found.lines] == [(50, "M")]


@pytest.mark.parametrize("heading", ["Artigo;Quantidade;Preço unit.", "Vare;Antall;Pris", "Produkt;Menge;Preis",
                                     "Prodotto;Quantità;Prezzo", "Towar;Ilość;Cena"])
def test_a_sheet_whose_goods_column_is_named_in_another_language(heading: str):
    from extractors.csv_table import extract_csv
    data = f"{heading}\nCafé Casa grão 1kg;10;18,90\nXarope avelã 70cl;2;6,20\n".encode()
    found = extract_csv(data, 0)
    assert [(ln.description, ln.quantity, ln.unit_price) for ln in found.lines] == \
        [("Café Casa grão 1kg", 10, Decimal("18.90")), ("Xarope avelã 70cl", 2, Decimal("6.20"))]


def test_the_buyers_own_reference_column_in_portuguese():
    from extractors.csv_table import extract_csv
    found = extract_csv("Ref. nossa;Artigo;Qtd\nFD-1;Café Casa moído 1 kg;8 un\nFD-2;Guardanapos 24x24;2 cx\n"
                        .encode(), 0)
    assert [(ln.customer_part, ln.description, ln.quantity) for ln in found.lines] == \
        [("FD-1", "Café Casa moído 1 kg", 8), ("FD-2", "Guardanapos 24x24", 2)]
    assert found.lines[1].uom == "CS"


@pytest.mark.parametrize(("text", "po"), [
    ("Bestillingsnr: 2026-118", "2026-118"), ("Nota de Encomenda: NE 2026/1187", "NE 2026/1187"),
    ("vi inviamo l'ordine n. 388 del 03/12/2026:", "388"), ("Referentie: ZK 26/51", "ZK 26/51"),
    ("Bestilling nr. 2026-131, datert 04.12.2026:", "2026-131"), ("Tilausnumeromme: TG-116", "TG-116"),
])
def test_order_numbers_in_more_words(text: str, po: str):
    found = find_po_number(text)
    assert found is not None and found.value == po


def test_a_reference_label_in_a_sentence_is_no_order_number():
    assert find_po_number("Please send 4 boxes of gloves for reference: see below") is None


def test_a_norwegian_printed_order_head():
    """The title is no buyer; "Dato" is the order's date and "Ønsket levering" the day wanted; "Norge" the country."""
    from extractors.header_fields import find_header, parse_address
    header = find_header("INNKJØPSORDRE\nOrdrenr. 2026-140\nDato 07.12.2026\nØnsket levering 15.12.2026\n", 0, "pdf")
    assert header.po_number.value == "2026-140"
    assert str(header.order_date.value) == "2026-12-07" and str(header.requested_date.value) == "2026-12-15"
    assert header.buyer is None or "INNKJØPSORDRE" not in header.buyer.value
    address = parse_address(["Kaffestua Nordlys AS", "Torgallmenningen 9", "5014 Bergen", "Norge"])
    assert address is not None and address.country == "NO"


@pytest.mark.parametrize(("word", "unit"), [("cx", "CS"), ("cartoni", "CS"), ("sekker", "BG"), ("worków", "BG"),
                                            ("flaske", "BO"), ("paller", "PL"), ("palete", "PL")])
def test_units_in_more_languages(word: str, unit: str):
    from vocabulary.units import normalise_unit
    assert normalise_unit(word) == unit


@pytest.mark.parametrize(("line", "qty", "unit"), [
    ("- lubina 400-600  12 kg", Decimal("12"), "KG"),   # a size grade, a wide gap, the weight ordered
    ("- rodaballo 1-2 kg  8,5 kg", Decimal("8.5"), "KG"),
    ("- Ginger 1,5 kg", Decimal("1.5"), "KG"),
    ("- citrons verna 1 colis de 15 kg", Decimal("1"), "CS"),   # one case holding 15 kg
    ("- tijgergarnalen 21/25 10 doosjes van 1 kg", Decimal("10"), "BX"),
    ("- wire 2 rolls of 50 m", Decimal("2"), "RL"),
])
def test_catch_weights_and_packs_counted_after_the_goods(line: str, qty: Decimal, unit: str):
    """GIVEN a list line naming the goods first, then the weight ordered or the count of packs and what a pack holds
    THEN the weight or the count of packs is the quantity, never what a pack holds."""
    found = extract_text(f"Bonjour,\n\n- 3 kg navajas\n{line}\n- perejil 10 manojos\n", 0)
    read = [(ln.quantity, ln.uom) for ln in found.lines if ln.raw_text.strip() == line.strip()]
    assert read == [(qty, unit)]


def test_a_pack_content_keeps_its_words_for_matching():
    """"citrons verna 1 colis de 15 kg": the 15 kg stays in the description (it tells the 15 kg case from the 5 kg)."""
    found = extract_text("- citrons verna 1 colis de 15 kg\n- 3 kg navajas\n", 0)
    assert "15 kg" in found.lines[0].description


def test_a_list_of_goods_each_ending_in_its_weight_under_an_announcing_line():
    """GIVEN "Voor woensdag vroeg aub:" over lines that each end in their count and unit, none opening with a count
    THEN every line is an order line (the paragraph is a list by its shape), a pack's content in brackets kept."""
    text = ("Goeiemorgen,\n\nVoor woensdag vroeg aub:\n\nZeeuwse mosselen jumbo 25 kg\nNoordzeegarnalen gepeld 3 kg\n"
            "tarbot 1-2 kg   10 kg\nlamsoor 1,5 kg\ncitroenen verna 1 doos (15kg)\n\nGroetjes,\nPieter-Jan\n")
    found = extract_text(text, 0)
    assert [(ln.quantity, ln.uom) for ln in found.lines] == \
        [(25, "KG"), (3, "KG"), (10, "KG"), (Decimal("1.5"), "KG"), (1, "BX")]
    assert "15kg" in found.lines[-1].description


def test_the_same_lines_without_an_announcing_line_stay_for_a_clerk():
    """Words ending in a number and a unit with nothing announcing a list ("Meeting room 2 kg"?) are not read."""
    found = extract_text("Hi,\n\nThe parcel weighed 25 kg\nthe other one 3 kg\n\nThanks\n", 0)
    assert found.lines == []


def test_a_price_each_after_the_pack_is_no_content_of_it():
    """"3 Rollen à 4,60 EUR": three rolls at 4.60 each, not rolls of 4.60."""
    found = extract_text("1. 526-9968  Widerstand 4,7k 0603, Rolle à 5000   3 Rollen   à 4,60 EUR\n"
                         "2. 338-4916  MLCC 100nF 0603, Rolle à 4000   5 Rollen   à 6,35 EUR\n", 0)
    assert [(ln.quantity, ln.unit_price) for ln in found.lines] == [(3, Decimal("4.60")), (5, Decimal("6.35"))]


def _index(*rows: tuple[str, str]):
    from matching.catalog import CatalogIndex, CatalogProduct
    return CatalogIndex([CatalogProduct(sku, description, "EA", Decimal("1")) for sku, description in rows])


def test_a_foreign_word_is_read_in_the_sense_the_catalog_uses():
    """GIVEN "grano" (the glossary's first sense: sandpaper's grit) in a coffee catalog that sells whole beans
    THEN the line is read as whole bean and matches the bean coffee over the ground one."""
    coffee = _index(("CF-WB-1K", "Casa Espresso Blend whole bean 1kg bag"),
                    ("CF-GR-1K", "Casa Espresso Blend ground espresso 1kg bag"))
    match = coffee.match(None, "Café Casa en grano 1kg")
    assert match.candidates and match.candidates[0].sku == "CF-WB-1K"


def test_the_glossary_sense_stands_where_the_catalog_uses_it():
    """GIVEN the same word in a catalog of abrasives, which says grit
    THEN it is read as grit: the grit-80 disc, not anything else."""
    abrasives = _index(("SD-80", "Sanding disc 125mm grit 80"), ("SD-120", "Sanding disc 125mm grit 120"),
                       ("FD-125", "Flap disc 125mm zirconia"))
    match = abrasives.match(None, "disco abrasivo 125mm grano 80")
    assert match.candidates and match.candidates[0].sku == "SD-80"


def test_a_family_named_once_then_each_kind_counted():
    """"syrups - 3 vanilla 1L, 3 caramel 1L, 2 hazelnut 1L": three lines of syrup, each its own count; a request
    before a colon ("Please send: ...") is no family."""
    found = extract_text("Hi,\n\nwe're running low on:\nsyrups - 3 vanilla 1L, 3 caramel 1L, 2 hazelnut 1L\n"
                         "chocolate sauce x2\n", 0)
    assert [(ln.quantity, ln.description) for ln in found.lines] == [
        (3, "syrups vanilla 1L"), (3, "syrups caramel 1L"), (2, "syrups hazelnut 1L"), (2, "chocolate sauce")]
    found = extract_text("Hi,\n\nPlease send: 3 boxes gloves, 2 cases towels\n", 0)
    assert [(ln.quantity, ln.uom, ln.description) for ln in found.lines] == [(3, "BX", "gloves"), (2, "CS", "towels")]


def test_a_weight_after_a_single_space_only_ends_a_name_without_numbers():
    """"Ginger 1,5 kg" is 1.5 kg of ginger; a line of several counted kinds is never read as one weight."""
    found = extract_text("Hi,\n\nfor Friday:\n- Ginger 1,5 kg\n- 3 kg mussels\n", 0)
    assert [(ln.quantity, ln.uom, ln.description) for ln in found.lines] == [
        (Decimal("1.5"), "KG", "Ginger"), (3, "KG", "mussels")]


@pytest.mark.parametrize("line", ["Also fuses: 4 packs each of 10A, 20A and 30A standard blade.",
                                  "fuses: 4 x 10A, 4 x 20A"])
def test_no_family_is_spread_over_sizes_or_each(line: str):
    """A count "each" over sizes, or sizes written with the count's sign, are no family's kinds: the line stays."""
    from extractors.email_text import _family_spread
    assert _family_spread(line) == line


@pytest.mark.parametrize("word", ["manojos", "molhos", "bossen", "mazzi", "knipper", "bunches"])
def test_a_bunch_in_our_languages(word: str):
    from vocabulary.units import normalise_unit
    assert normalise_unit(word) == "BN"


@pytest.mark.parametrize(("text", "when"), [
    ("Order ZZ-2026-212, levering donderdag 10-12 tussen 8 en 10 uur.", "donderdag"),
    ("Ordre nr. 55102 – levering tirsdag d. 8/12 inden kl. 7.", "tirsdag d. 8/12"),
    ("Ordre nr. 55140 til levering lørdag 12/12:", "lørdag 12/12"),
    ("Order below from Aoife for Friday delivery to the shop.", "Friday"),
    ("Couple of bits for Thursday morning if you can: a dozen lobsters", "Thursday"),
])
def test_the_delivery_day_named_with_delivery_words_in_more_languages(text: str, when: str):
    from extractors.stated import find_stated
    assert [m.when for m in find_stated(text, 0) if m.kind == "date"] == [when]


@pytest.mark.parametrize("text", ["Thanks for Friday, all arrived.", "the meeting is set for Tuesday."])
def test_a_weekday_said_of_something_else_is_no_delivery_day(text: str):
    from extractors.stated import find_stated
    assert [m for m in find_stated(text, 0) if m.kind == "date"] == []


def test_a_danish_weekday_with_its_date_resolves_to_that_day():
    from datetime import date

    from vocabulary.dates import resolve_stated_day
    assert resolve_stated_day("tirsdag d. 8/12", date(2026, 12, 4), True) == date(2026, 12, 8)
    assert resolve_stated_day("torstaina", date(2026, 12, 8)) == date(2026, 12, 10)


@pytest.mark.parametrize("text", ["Could you send your current price list and delivery days for Co. Kerry?",
                                  "Bitte senden Sie uns Ihre aktuelle Preisliste.", "Inviateci il listino aggiornato",
                                  "Price list request - Christmas"])
def test_a_price_list_asked_for_is_a_quote_request(text: str):
    from intake.classify import not_an_order_words
    assert not_an_order_words([text], False) == ("quote", "it asks for a quote")


@pytest.mark.parametrize("text", ["Please send 4 cases, prices as per your price list", "Our price list is attached",
                                  "As per your price list please send 4 boxes"])
def test_an_order_priced_from_the_price_list_asks_no_quote(text: str):
    from intake.classify import not_an_order_words
    assert not_an_order_words([text], False) is None


def test_a_weight_glued_to_its_count_is_what_is_ordered():
    """"6kg Casa beans" in a list: six kilos of the beans; "5kg bag flour" is a bag's size, left as it was read."""
    found = extract_text("Hi,\n\n6kg Casa beans\n3x 12oz DW white (sleeves)\n", 0)
    assert (found.lines[0].quantity, found.lines[0].uom, found.lines[0].description) == (6, "KG", "Casa beans")
    found = extract_text("Hi,\n\n5kg bag flour\n3x 12oz DW white (sleeves)\n", 0)
    assert found.lines[0].uom is None


def test_could_you_do_a_count_asks_for_goods():
    """"Could you do 4 Canadian lobsters ... for Saturday?" from a sender nobody knows is an order to look at."""
    from intake.classify import asks_for_goods
    assert asks_for_goods("Could you do 4 Canadian lobsters 600-800g and 2kg tiger prawns for Saturday?")
    assert not asks_for_goods("What could you do about the late delivery?")


def test_same_as_last_week_with_a_line_dropped_and_lines_added():
    """"Zelfde als vorige week graag, plus 1 doos deksels ... De Brazil mag er deze keer uit": the quoted order again,
    without the Brazil, with the new lines."""
    text = ("Hoi Nuno,\n\nZelfde als vorige week graag, plus 1 doos deksels 80mm CPLA en 3 flessen hazelnoot.\n"
            "De Brazil mag er deze keer uit, hebben we nog genoeg van.\n\nGroet,\nFemke\n\n"
            "Op ma 30 nov 2026 om 08:11 schreef Femke <femke@shop.example>:\n> Voor deze week:\n> 4 x Casa 1kg\n"
            "> 2 x Brazil 1kg\n> 1 doos 8oz dubbelwandig kraft\n")
    found = extract_text(text, 0, subject="Re: bestelling")
    described = [ln.description for ln in found.lines]
    assert "Casa 1kg" in described and not any("Brazil" in (d or "") for d in described)
    assert any("deksels" in (d or "") for d in described)
    assert not any("Brazil" in u for u in found.unread)


@pytest.mark.parametrize("line", ["- Casa grains 250g", "- olive oil  5 l"])
def test_grams_and_litres_at_a_lines_end_name_the_goods_size(line: str):
    from extractors.email_text import _tail_counted_line
    assert _tail_counted_line(line) is None


@pytest.mark.parametrize(("text", "about"), [
    ("La consegna è arrivata ieri ma i cartoni erano schiacciati. Preferiamo una nota di credito.", "goods received"),
    ("Reclamação: as caixas chegaram danificadas.", "goods received"),
    ("Las cajas llegaron rotas, necesitamos una nota de crédito.", "goods received"),
    ("We have been debited twice for invoice TB-2026-4471. Could you refund the duplicate payment?", "an invoice"),
    ("Die Rechnung 4471 wurde doppelt abgebucht.", "an invoice"),
])
def test_complaints_and_bills_in_more_languages_are_other_business(text: str, about: str):
    """A complaint about goods received or a bill charged twice, in our buyers' languages: mail about an earlier
    order (closed when it orders nothing, a clerk's reason when it lists goods)."""
    from intake.classify import other_business
    found = other_business(text)
    assert found is not None and about in found


@pytest.mark.parametrize("text", ["Please send 4 boxes of gloves and 2 cases of towels",
                                  "Graag 4 dozen koffiebekers, de vorige zijn kapot gegaan",
                                  "Bitte liefern Sie 4 Kartons Handschuhe"])
def test_an_order_is_no_other_business(text: str):
    from intake.classify import other_business
    assert other_business(text) is None
