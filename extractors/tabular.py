"""Tables -> order lines: find the header row anywhere, map columns by synonyms, read the rows.

Shared by every extractor that sees a grid (PDF tables, spreadsheets, CSV, HTML tables), so a new
column synonym or a totals-row rule helps all formats at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from extractors.size_grid import find_grid_header, grid_lines
from models.schemas import ExtractedLine, Provenance
from vocabulary.numbers import parse_decimal
from vocabulary.units import normalise_unit

Cell = object
Rows = Sequence[Sequence[Cell]]

# Column names that are the unit the quantities below are counted in (plural, as a header counts them).
PACK_HEADERS = ("cases", "cs", "boxes", "bxs", "cartons", "ctns", "bags", "packs", "rolls", "pails", "tubs",
                "bottles", "jugs", "buckets", "drums")
# Checked in this order, so "unit price" is a price before "unit" can make it a unit of measure.
COLUMN_SYNONYMS: list[tuple[str, list[str]]] = [
    # Header fields some buyers repeat on every row of a flat file.
    ("po_number", ["po number", "po", "po no", "po nr", "purchase order", "purchase order number", "order number",
                   "customer po", "customer po number", "customer po no", "cust po", "buyer po", "client po",
                   "order no", "bestellnummer", "bestell nr", "numéro de commande", "n de commande",
                   "número de pedido", "pedido",
                   # written short, and in more languages: "Bestellnr.", "Auftragsnr.", "N. ordine", "Nº pedido",
                   # "Ordrenr.", "Bestillingsnr.", "Nr zamówienia", "Číslo objednávky", "Tilausnumero"
                   "bestellnr", "bestell-nr", "auftragsnr", "auftragsnummer", "ordernr", "ordernummer", "n ordine",
                   "numero ordine", "nº pedido", "n pedido", "no pedido", "n° commande", "no commande", "ordrenr",
                   "ordrenummer", "bestillingsnr", "bestillingsnummer", "nr zamówienia", "nr zamowienia",
                   "číslo objednávky", "cislo objednavky", "tilausnumero", "encomenda", "nº encomenda"]),
    ("order_date", ["order date", "po date", "date", "bestelldatum", "datum", "date de commande", "fecha",
                    "fecha de pedido"]),
    ("requested_date", ["delivery date", "requested date", "requested delivery", "need by", "due date",
                        "required date", "date required", "required by", "req date", "needed by", "deliver by",
                        "ship date", "liefertermin", "lieferdatum", "date de livraison", "fecha de entrega"]),
    ("currency", ["currency", "curr", "currency code", "ccy", "währung", "waehrung", "devise", "moneda", "divisa",
                  "valuta", "munt"]),
    ("line_total", ["amount", "total", "line total", "ext price", "extended price", "extension", "ext",
                    "extended", "ext cost", "extended cost", "ext amount", "extended amount", "net amount", "gesamt",
                    "gesamtpreis", "betrag", "importe", "montant",
                    "total price", "line amount", "subtotal", "importo", "totale", "montant ht", "total ht",
                    "importe total", "gesamtbetrag", "gp", "net value",
                    # Dutch
                    "bedrag", "totaal", "totaalprijs", "regeltotaal",
                    # Polish, Czech, Swedish and Portuguese
                    "wartość", "wartosc", "wartość netto", "wartosc netto", "celkem", "cena celkem", "summa",
                    "belopp", "radbelopp", "valor total", "total linha",
                    # Turkish, Hungarian, Romanian, Slovenian, Croatian, the Baltic languages, Finnish, Danish,
                    # Norwegian and Greek
                    "tutar", "toplam", "összeg", "osszeg", "érték", "ertek", "valoare", "znesek", "vrednost", "iznos",
                    "suma", "yhteensä", "yhteensa", "beløb", "belob", "beløp", "belop", "σύνολο", "αξία"]),
    ("unit_price", ["unit price", "price", "unit cost", "price each", "each", "cost", "rate", "preis",
                    "einzelpreis", "stückpreis", "precio", "precio unitario", "prix", "prix unitaire",
                    "net price", "price ea", "unit price usd", "price per unit", "pu", "pu ht", "p u", "p u ht",
                    "prix u", "prezzo", "prezzo unitario", "precio unidad", "precio unit", "valor unitario",
                    "e preis", "ep", "pricing",
                    # Dutch
                    "prijs", "stukprijs", "eenheidsprijs", "prijs per stuk", "netto prijs", "nettoprijs",
                    # Polish, Czech, Swedish and Portuguese ("Cena/MJ", "à-pris", "Preço unit.")
                    "cena", "cena jedn", "cena jednostkowa", "cena netto", "cena mj", "jednotková cena",
                    "jednotkova cena", "pris", "à pris", "a pris", "á pris", "apris", "styckpris", "preço", "preco",
                    "preço unit", "preco unit", "preço unitário", "preco unitario",
                    # the unit price written short: "P. unitario", "Vr. unitario", "Valor unit.", "Prix unit."
                    "p unitario", "p unit", "p unitário", "vr unitario", "valor unit", "valor unitário", "prix unit",
                    "px unit", "preço un", "preco un",
                    # Turkish, Hungarian, Romanian, Croatian, the Baltic languages, Finnish, Danish, Norwegian, Greek
                    "birim fiyat", "birim fiyatı", "birim fiyati", "fiyat", "egységár", "egysegar", "ár", "preț unitar",
                    "pret unitar", "preț", "pret", "cijena", "jedinična cijena", "jedinicna cijena", "kaina",
                    "vieneto kaina", "hind", "ühikuhind", "uhikuhind", "hinta", "yksikköhinta", "yksikkohinta",
                    "a hinta", "enhedspris", "enhetspris", "τιμή", "τιμη"]),
    # A stock or par sheet's counts (what is on the shelf, what should be): never what is ordered.
    # Before the quantity, so "Qty on hand" is a count and not the order.
    ("stock", ["on hand", "onhand", "qty on hand", "stock on hand", "soh", "in stock", "par", "par level",
               "par qty", "par stock", "have", "stock", "current stock", "inventory", "min", "max", "bestand",
               "lagerbestand", "ist bestand", "soll bestand", "stock actuel", "en stock", "existencia",
               "existencias", "giacenza"]),
    ("quantity", ["qty", "quantity", "qty ordered", "order qty", "ordered", "quantity ordered", "menge",
                  "qty ord", "ord qty", "qty req", "req qty", "quantity ord", "ordered qty", "qty requested",
                  "qty required", "required qty", "quantity requested", "requested qty", "qty needed",
                  "anzahl", "cantidad",
                  # SAP prints a contract's or scheduling agreement's call-off quantity as the target
                  "target qty", "tgt qty", "target quantity", "quantité", "qté", "qte", "units", "pcs", "stk",
                  # a par sheet's order column: what to send ("Order", "Need", "To order")
                  "order", "to order", "need", "needed", "need qty", "qty needed", "qty to order", "order quantity",
                  "reorder", "reorder qty", "bestellmenge", "bestellen", "à commander", "a commander",
                  "commander", "a pedir", "pedir", "cant", "quantità", "qtà", "qta", "q tà", "q ta", "quantita",
                  "aantal",
                  "hoeveelheid",
                  # Polish, Czech, Swedish and Portuguese
                  "ilość", "ilosc", "liczba", "množství", "mnozstvi", "počet", "pocet", "antal", "kvantitet",
                  "quantidade", "qtd", "qtde",
                  # Turkish, Hungarian, Romanian, Slovenian, Croatian, the Baltic languages, Finnish, Norwegian, Greek
                  "miktar", "adet", "mennyiség", "mennyiseg", "menny", "cantitate", "količina", "kolicina", "kol",
                  "kiekis", "daudzums", "kogus", "määrä", "maara", "antall", "mengde", "ποσότητα", "ποσοτητα",
                  # a column headed by the unit ordered in ("Item | Size | Cases"): its count, in that unit
                  *PACK_HEADERS]),
    ("uom", ["uom", "unit", "u m", "um", "unit of measure", "units of measure", "einheit", "me", "unidad",
             "unité", "pack", "measure", "unità", "unidad de medida", "einh", "eenheid",
             "un", "bun", "oun",
             # Polish ("j.m."), Czech ("MJ"), Swedish ("Enh") and Portuguese
             "jm", "j m", "jedn", "jednostka", "mj", "m j", "enh", "enhet", "unidade",
             # Turkish, Hungarian, Romanian, Slovenian, Croatian, the Baltic languages, Finnish, Greek
             "birim", "mértékegység", "mertekegyseg", "unitate", "enota", "jedinica", "mato vnt", "mērvienība",
             "mervieniba", "ühik", "uhik", "yksikkö", "yksikko", "μονάδα", "μοναδα"]),
    # (SAP prints the order unit "Un" / "OUn", the base unit "BUn")
    ("customer_part", ["customer part", "customer part no", "your part", "buyer part", "buyer item",
                       "customer item", "cust part", "our part", "our item", "our ref", "kunden artikel",
                       "customer sku", "buyer sku", "unsere art nr", "unsere artikelnummer", "notre réf",
                       "notre ref", "notre référence", "réf client", "ref client", "nuestra ref",
                       "nuestro código", "código cliente", "codigo cliente", "nostro codice", "codice cliente",
                       "vårt art nr", "vart art nr", "vårt artikelnr", "nasz indeks", "nasz kod", "náš kód",
                       # "Ref. nossa", "Nossa ref.", "Ns. rif.", "Onze ref.", "Vores varenr.", "Vårt varenr."
                       "ref nossa", "nossa ref", "nossa referência", "nossa referencia", "ns rif", "nostro rif",
                       "rif nostro", "ref nuestra", "onze ref", "onze referentie", "ons artikelnr", "vores varenr",
                       "vores ref", "vårt varenr", "vart varenr", "vår ref", "var ref", "unsere ref"]),
    ("description", ["description", "desc", "item description", "item desc", "item descr", "product desc",
                     "part desc", "line description", "product description", "product",
                     "product name", "name", "article description", "beschreibung", "bezeichnung",
                     "artikelbezeichnung", "descripción", "descripcion", "désignation", "designation",
                     "details", "item name", "descrizione", "libellé", "libelle", "produit", "producto",
                     "concepto", "artikel bezeichnung", "denominazione", "omschrijving", "artikelomschrijving",
                     # SAP prints the material's description as its "short text"
                     "benaming", "short text", "material short text", "kurztext",
                     # Polish, Czech, Swedish and Portuguese
                     "nazwa", "nazwa towaru", "opis", "popis", "název", "nazev", "benämning", "benamning",
                     "beskrivning", "artikelbenämning", "descrição", "descricao", "designação", "designacao",
                     # Turkish, Hungarian, Romanian, Slovenian, Croatian, the Baltic languages, Finnish, Danish,
                     # Norwegian and Greek
                     "malzeme", "açıklama", "aciklama", "ürün", "urun", "malzeme adı", "ürün adı", "megnevezés",
                     "megnevezes", "leírás", "leiras", "termék", "termek", "denumire", "descriere", "produs", "naziv",
                     "pavadinimas", "aprašymas", "aprasymas", "nosaukums", "apraksts", "nimetus", "kirjeldus",
                     "nimike", "kuvaus", "tuote", "beskrivelse", "varebeskrivelse", "varenavn", "περιγραφή",
                     "περιγραφη", "είδος", "ειδος",
                     # the goods named in a word of their own: German, Nordic, Polish, Czech, Portuguese, Italian
                     "produkt", "produkter", "produto", "produtos", "prodotto", "prodotti", "vare", "varer", "vara",
                     "varor", "towar", "zboží", "zbozi", "položka", "polozka"]),
    ("item_code", ["sku", "item", "item no", "item number", "item code", "part", "part no", "part number",
                   "product number", "product id", "product nr", "item id no",
                   "part num", "product code", "product no", "code", "article", "article no", "material",
                   "material no", "artikelnummer", "artikel", "artikel nr", "art nr", "catalog no",
                   "cat no", "ref", "reference", "vendor part", "supplier part", "ref proveedor",
                   "referencia proveedor", "código proveedor", "codigo proveedor", "réf fournisseur",
                   "ref fournisseur", "codice fornitore",
                   "lieferanten artikelnr", "lieferantenartikelnummer", "vendor item", "vendor item no",
                   "supplier item", "supplier code", "vendor code", "supplier item no", "mfr part", "model",
                   "referencia", "référence", "your sku", "supplier sku", "vendor sku", "item id", "código",
                   "codigo", "cód", "cod", "codice", "codice articolo", "artikelnr", "art nr", "réf",
                   "code article", "código artículo", "artículo", "articulo", "articolo", "ihre art nr",
                   "ihre artikelnummer", "stock no", "stock number", "stock nr",
                   # the seller's code in Swedish, Polish and Czech: "Ert art.nr" (your article no.), "Indeks"
                   "ert art nr", "ert artikelnr", "er art nr", "indeks", "kod towaru", "katalogové číslo",
                   "katalogove cislo", "kat č", "upc", "ean", "gtin", "barcode",
                   # Turkish, Hungarian, Romanian, Slovenian and Croatian, the Baltic languages, Finnish, Danish and
                   # Norwegian, Greek
                   "ürün kodu", "urun kodu", "stok kodu", "malzeme kodu", "cikkszám", "cikkszam", "termékkód",
                   "termekkod", "cod articol", "cod produs", "šifra", "sifra", "šifra artikla", "sifra artikla",
                   "kodas", "prekės kodas", "prekes kodas", "kods", "artikuls", "kood", "tootekood", "tuotenumero",
                   "tuotekoodi", "varenummer", "varenr", "κωδικός", "κωδικος",
                   # Portuguese, Norwegian, Finnish, Swedish articles (read as words when the column holds them)
                   "artigo", "artigos", "artikkel", "artikkeli", "artiklar",
                   "upc code", "ean code", "gtin code",
                   "code barre", "code ean", "código de barras", "codigo de barras", "strichcode", "ean nr"]),
    # What tells one variant of an item from another, in a column of its own ("Class 3 vest" | "XL"): part
    # of what the buyer names, so it is read into the description.
    ("variant", ["size", "colour", "color", "größe", "groesse", "farbe", "taille", "couleur", "talla",
                 "misura", "colore", "length", "width"]),
]
_TOTAL_ROW = re.compile(
    r"^\s*(?:(?:po|p\.o\.|order|grand|invoice|net|gross|estimated|est\.?|page|sous|sub)\s*-?\s*)?"
    r"(sub\s*-?\s*total|total|grand total|tax|vat|sales tax|shipping|freight|handling|discount|"
    r"notes?|comments?|remarks|summe|gesamt|mwst|ust|versand|zwischensumme|payment|terms|balance|"
    r"(?:delivery|shipping|freight|handling|service)\s+(?:charges?|costs?|fees?)|lieferkosten|frais\s+de\s+port|"
    r"amount\s+(?:chargeable|in\s+words|due)|"
    # the same rows in German, French, Spanish and Italian
    r"zzgl|fracht(?:kosten)?|netto|brutto|iva|igv|tva|gst|hst|pst|cgst|sgst|igst|frais(?:\s+de\s+livraison)?|"
    r"port|portes?|env[íi]o|transporte|base\s+imponible|importe\s+total|montant\s+total|totale|imponibile|"
    r"spedizione|trasporto|surcharge|fuel\s+surcharge|round(?:ing)?\s*off|"
    r"totaal|subtotaal|verzendkosten|"
    # Polish, Czech, Swedish and Portuguese
    r"razem|suma|celkem|dph|summa|totalt|moms|frakt|valor\s+total)\b",
    re.IGNORECASE,
)
# What may follow a totals word in a row that also has a number in its quantity column ("Freight 1",
# "Sales tax 8.25%"): more words of charges. Anything else is goods named so ("Shipping labels 4x6").
_CHARGE_WORDS = {"charge", "charges", "cost", "costs", "fee", "fees", "amount", "and", "handling", "shipping",
                 "freight", "delivery", "tax", "vat", "gst", "hst", "pst", "incl", "excl", "net", "netto",
                 "brutto", "due", "total", "usd", "eur", "gbp", "cad", "inr", "ht", "ttc", "de", "port", "in",
                 "words", "chargeable", "estimated", "est", "sales", "mwst", "ust", "iva", "tva", "zzgl",
                 "plus", "of", "on", "the", "order", "po", "only", "insurance", "surcharge", "fuel", "misc",
                 "other", "to", "pay", "payable", "discount", "rate", "value", "livraison", "envío", "envio",
                 "transporte", "costes", "gastos", "frais", "versand", "kosten"}


# Totals words that also begin the names of goods ("Shipping labels", "Notes, sticky", "Balance scale").
_GOODS_TOO = {"shipping", "handling", "notes", "note", "comment", "comments", "remarks", "balance", "port", "tax",
              "payment", "terms", "discount", "delivery", "service", "transporte", "surcharge"}


def total_label(text: str, has_quantity: bool, code: str | None) -> bool:
    """A totals, tax or charges row (or the notes under the table), said in its first cell or its
    description. With a quantity and an item code of its own, it is goods whatever its name."""
    m = _TOTAL_ROW.match(text)
    if not m:
        return False
    if not has_quantity:
        return True
    if code and code != text and re.search(r"\d", code):
        return False
    if m.group(1).split()[0].lower() not in _GOODS_TOO:
        return True  # "Freight (prepay & add)", "Total", "MwSt.": nothing sold is called so
    rest = re.findall(r"[^\W\d_]+", text[m.end():].lower())
    return all(len(w) == 1 or w in _CHARGE_WORDS for w in rest)


@dataclass(frozen=True)
class MergedCopy:
    """The value of a merged range of cells, repeated on a row below the range's first row.

    A spreadsheet may merge an item code down two rows that each carry their own quantity (two
    sizes of one item): there it names the second row's item too. When the row below has no
    quantity of its own, the merged value is the line above's, seen again, and nothing new."""

    value: object


@dataclass(frozen=True)
class WideCopy(MergedCopy):
    """The value of a cell spanning columns (an HTML colspan), repeated in each column it covers after
    its first. In a header it names the group over those columns ("Price" over "Unit" and "Ext"); on a
    line it is no value of the columns it covers (a long name spanning an empty unit column)."""


def _norm(cell: Cell) -> str:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    # Any letter counts ("Descripción", "Código", "Quantità"); signs and punctuation do not.
    return re.sub(r"[\W_]+", " ", str(cell or "").lower()).strip()


def _name_norm(text: str) -> str:
    """A column name's words. An export's names run words together ("ItemNumber", "PONumber",
    "ShipToAddress1"): their capitals part them. Not in a name with a space ("Qty OrderedRate"), nor where the
    parts are two names of their own ("MaterialDescription", two cells touching): those ran together, which is
    split_run_together's."""
    if " " in text.strip():
        return _norm(text)
    words = _norm(_RUN_TOGETHER.sub(" ", text)).split()
    if " ".join(words) not in _EXACT and any(" ".join(words[:k]) in _EXACT and " ".join(words[k:]) in _EXACT
                                             for k in range(1, len(words))):
        return _norm(text)  # "MaterialDescription": two names whose cells touch, not one
    return " ".join(words)


# A capital opening a word after a small letter or after a run of capitals ("PONumber"), a digit after a letter;
# "UoM" and "SKU" stay whole.
_RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])|(?<=[A-Za-z]{2})(?=\d)")


def text_of(cell: Cell) -> str:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    if cell is None:
        return ""
    if hasattr(cell, "isoformat"):
        return cell.isoformat()[:10]
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return re.sub(r"\s+", " ", str(cell)).strip()


# Tax columns ("GST Rate", "Total Tax Amount", "VAT %") are never the line's price or total; a
# price or total said to include or exclude tax ("Unit Price excl. VAT") still is one.
_TAX_WORDS = {"tax", "gst", "vat", "igst", "cgst", "sgst", "hst", "pst", "mwst", "ust", "iva", "tva"}
_WITH_OR_WITHOUT = {"incl", "excl", "inkl", "exkl", "including", "excluding", "zzgl", "plus", "ht", "ttc", "ex", "inc",
                    "before", "after", "without", "with", "net", "ohne", "mit", "hors", "sans", "sin", "con"}


_EXACT = {s: field_name for field_name, synonyms in reversed(COLUMN_SYNONYMS) for s in synonyms}
# A longer name starting or ending with a synonym of more than three letters ("Qty Shipped", "Total
# Price"): in COLUMN_SYNONYMS order, so the first field listed wins as it would in a scan.
# Words that name a column only when they stand alone: "Stock Code" is an item, "Order Status" and
# "Order #" are no quantity, though "Stock" and "Order" alone are a count and the par sheet's order.
# Names that are a column's only when said alone, and never beside a "Qty": a unit ("Rolls") beside one counts
# what a pack holds, not what is ordered.
_ALONE_ONLY = {"order", "need", "needed", "reorder", "commander", "pedir", "bestellen", "par", "have", "stock",
               "inventory", "min", "max", "bestand", *PACK_HEADERS}
_AFFIXES = [(field_name, {s for s in synonyms if len(s) > 3 and s not in _ALONE_ONLY})
            for field_name, synonyms in COLUMN_SYNONYMS]


def classify_header(cell: Cell) -> str | None:
    if isinstance(cell, MergedCopy):
        cell = cell.value
    if cell is None or isinstance(cell, int | float | Decimal) or hasattr(cell, "isoformat"):
        return None  # numbers and dates are values, never column names
    return _classify_name(str(cell))


@lru_cache(maxsize=4096)
def _classify_name(text: str) -> str | None:
    # Every row of a sheet is looked at (the header may stand anywhere), so this is cached and
    # costs a few set look-ups, not a scan of every synonym.
    if len(text) > 200:
        return None  # a paragraph, not a column name
    found = _by_words(text)
    if found is None and " / " in text:
        # A bilingual form names its columns twice ("Qte / Qty", "Prix / Price"): either name says it.
        said = {_by_words(side) for side in text.split(" / ")} - {None}
        found = said.pop() if len(said) == 1 else None
    # A currency sign makes a column money ("Unit $", "Price €", "$"): a unit column holds no "$".
    if found in (None, "uom") and re.search(r"[$€£¥₹]", text) and len(_norm(text).split()) <= 2:
        return "unit_price"
    # So does a currency's code beside a word of no column of its own: "Unit GBP" is the unit price, "Net GBP"
    # (or "Net EUR", "Value USD") the line's amount.
    if found in (None, "uom") and (coded := _CODED_MONEY.fullmatch(text.strip())) is not None:
        return "line_total" if coded["word"].lower() in _AMOUNT_WORDS else "unit_price"
    return found


_CODED_MONEY = re.compile(r"(?P<word>[A-Za-z]+)\.?[ \t]*\(?(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|INR|SGD|ZAR|SEK|NOK|DKK|PLN"
                          r"|MXN|BRL|JPY|CNY|HKD|AED)\)?")
_AMOUNT_WORDS = frozenset({"net", "value", "netto", "nett", "ext", "extended", "line", "totaal", "montant", "importe"})


# What a maintenance system's export names beside the part ("Asset Description", "Location Code", "Equipment
# Name", "WO Description"): the machine, place or job the part is for, never the goods or their code.
_NOT_GOODS_HEADS = {"asset", "equipment", "equip", "location", "loc", "machine", "site", "building", "room", "area",
                    "job", "project", "account", "department", "dept", "wo", "work", "task", "cost"}


# A flat export's buyer, the same on every row ("Account", "Customer Name", "Sold To"): who orders, which the
# header reads. Not "Vendor Name" (the seller) nor "Ship To Name" (the place).
_BUYER_COLUMNS = frozenset(["customer", "customer name", "account", "account name", "sold to", "sold to name",
                            "buyer name", "bill to name", "company", "company name", "client", "client name",
                            "kunde", "kundenname", "cliente", "nom du client", "nombre del cliente"])
# What an export's flat rows name beside the goods: the parties of the order ("VendorName", "ShipToName").
_PARTY_HEADS = {"vendor", "supplier", "ship", "bill", "sold", "buyer", "customer", "consignee", "requester", "deliver",
                "requestor", "contact", "company"}


# A flat export's ship-to, one part per column on every row ("ShipToName", "ShipToAddress1", "ShipToZip"): the
# order's ship-to, which the header reads. Whole names only ("Ship To Address 2" is not the street).
_SHIP_TO_COLUMNS = {
    **dict.fromkeys(["ship to name", "ship to company", "deliver to name", "delivery name", "delivery location name",
                     "delivery site name", "delivery location", "ship to location name"], "ship_to_name"),
    **dict.fromkeys(["ship to address", "ship to address 1", "ship to address1", "ship to street", "ship to addr",
                     "ship to addr 1", "ship to street 1", "delivery address", "delivery street", "delivery address 1",
                     "delivery address1", "delivery address line 1"], "ship_to_street"),
    **dict.fromkeys(["ship to city", "ship to town", "delivery city", "delivery town", "delivery suburb",
                     "ship to suburb"], "ship_to_city"),
    **dict.fromkeys(["ship to state", "ship to st", "ship to region", "ship to province", "ship to prov",
                     "delivery state", "delivery region", "delivery province"], "ship_to_region"),
    **dict.fromkeys(["ship to zip", "ship to zip code", "ship to postal code", "ship to postcode", "ship to postal",
                     "delivery zip", "delivery postal code", "delivery postcode"], "ship_to_postal"),
    **dict.fromkeys(["ship to country", "delivery country"], "ship_to_country"),
}
SHIP_TO_PARTS = ("ship_to_name", "ship_to_street", "ship_to_city", "ship_to_region", "ship_to_postal",
                 "ship_to_country")


def _names_a_party(words: list[str]) -> bool:
    return len(words) > 1 and words[-1] == "name" and words[0] in _PARTY_HEADS


# A column opening with the word for a count and naming its unit after it counts (not "Qty Unit", the unit).
_QUANTITY_HEADS = frozenset("qty quantity quantities menge qte quantite cantidad anzahl aantal".split())
_UNIT_COLUMN_WORDS = frozenset("unit units uom um".split())


def _by_words(text: str) -> str | None:
    name = _name_norm(text)
    if not name or len(name) > 40:
        return None
    if name in _SHIP_TO_COLUMNS:
        return _SHIP_TO_COLUMNS[name]
    if name in _BUYER_COLUMNS:
        return "buyer"
    words = name.split()
    if _names_a_party(words):
        return None  # "Vendor Name", "Ship To Name", "Customer Name": who, not what
    # ("Delivery Location Code": the place's code, wherever the word for a place stands before the code's)
    if any(words[k - 1] in _NOT_GOODS_HEADS and _by_words(" ".join(words[k:])) in ("description", "item_code")
           for k in range(1, len(words))):
        return None
    if "#" in text and not name.endswith((" no", " nr")):
        name += " no"  # "Order #", "Item #": a number column, as "Order No" and "Item No" are
    words = name.split()
    if set(words) & _TAX_WORDS and not set(words) & _WITH_OR_WITHOUT:
        return None
    if name in _EXACT:
        return _EXACT[name]
    if len(words) > 1 and words[0] in _QUANTITY_HEADS and all(
            normalise_unit(w) is not None and w not in _UNIT_COLUMN_WORDS for w in words[1:]):
        return "quantity"  # "Qty (each)", "Quantity cases": the count, in the unit named after it
    heads = {" ".join(words[:k]) for k in range(1, len(words))}
    tails = {" ".join(words[k:]) for k in range(1, len(words))}
    for field_name, synonyms in _AFFIXES:
        if heads & synonyms or tails & synonyms:
            return field_name
    return None


def is_column_name(text: str) -> bool:
    """Whether the text is, whole, one of the column names we know ("Unit Price", not "Qty Unit")."""
    return _name_norm(text) in _EXACT


@dataclass
class HeaderRow:
    index: int  # -1 when the file has no header row and the columns were typed by their values
    columns: dict[str, int]  # field name -> column index
    # A header written on two rows (a group name over its columns: "Price" over "Unit" and "Ext"):
    # `index` is the lower row, the one the lines follow.
    stacked: bool = False

    @property
    def inferred(self) -> bool:
        return self.index < 0

    @property
    def top(self) -> int:
        """The first row of the header: what stands above it is the document's, not the table's."""
        return self.index - 1 if self.stacked else self.index


def _whole_name(text: str) -> bool:
    """A column name we know, whole ("Cat#" as "Cat No")."""
    name = _name_norm(text)
    if "#" in text and not name.endswith((" no", " nr")):
        name += " no"
    return name.strip() in _EXACT


def split_run_together(text: str) -> tuple[int, str | None, str | None] | None:
    """Two column names printed without a gap ("Qty OrderedRate", or a word overflowing its cell):
    the cut that makes both halves column names, and those names."""
    if len(text) > 60 or any(c.isdigit() for c in text):
        return None  # column names carry no digits; data cells do, and are many
    for cut in range(1, len(text)):
        # A second name begins with a capital ("Qty Ordered|Rate", "Cat#|Description") or is whole: a cut
        # between two small letters leaves fragments named only by a last word ("RequiredDateVe|ndorName").
        if text[cut - 1].islower() and text[cut].islower() \
                and not (_whole_name(text[:cut]) and _whole_name(text[cut:])):
            continue
        if any(" " not in half.strip() and _RUN_TOGETHER.search(half.strip()) for half in (text[:cut], text[cut:])):
            continue  # a half itself run together ("Unit|priceDisc") is no name cut out whole
        a, b = classify_header(text[:cut]), classify_header(text[cut:])
        if a and b and a != b:
            return cut, a, b
    if text.isalpha() and text.isupper():
        # Capitals printed without a gap, one of them a title we do not read ("COMMODITYQUANTITY"): the
        # column we need is cut out whole, the other kept as a title of its own.
        for cut in range(_CAPS_TITLE_LEAST, len(text) - _CAPS_TITLE_LEAST + 1):
            a, b = classify_header(text[:cut]), classify_header(text[cut:])
            if (a is None) != (b is None) and (a or b) in _CORE_COLUMNS:
                return cut, a, b
    return None


_CAPS_TITLE_LEAST = 5
_CORE_COLUMNS = frozenset({"quantity", "description", "unit_price", "line_total"})


def _classify_row(row: Sequence[Cell]) -> list[str | None]:
    """Each header cell's field; a header word that overflowed its narrow cell into the next one
    ("Qty Order" | "edPart No.") is cut again where both halves become column names."""
    names = [classify_header(cell) for cell in row]
    if not any(names):
        return names  # not a header row: no cutting to try
    for j in range(len(row) - 1):
        if names[j] and names[j + 1]:
            continue
        left, right = text_of(row[j]), text_of(row[j + 1])
        if not left or not right or not re.search(r"[^\W\d_]{2}", left):
            continue  # a sign alone ("#" over the line numbers) is no word cut in two
        if _names_a_party(_name_norm(left).split()) or _names_a_party(_name_norm(right).split()):
            continue  # "RequiredDate" | "VendorName": a column we know is no one's, not a word cut in two
        found = split_run_together(left + right)
        if found and found[0] != len(left):
            names[j], names[j + 1] = found[1], found[2]
    return names


# Names that take their meaning from the group over them: "Unit" or "Each" under "Price".
_WEAK_CHILDREN = {"unit", "each", "ea", "per unit", "unit cost", "u"}


def _stacked_names(upper: Sequence[Cell], lower: Sequence[Cell]) -> list[str | None] | None:
    """The fields of a header written on two rows, or None when the lower row is not the header's.

    A group name spans the columns under it ("Order" over "Qty" and "UOM", "Count" over "On hand" and
    "Par"): each lower name is read alone ("UOM" under "Ordered" is the unit), then with its group's
    when alone it names nothing, and a name that takes its meaning from the group ("Unit" under
    "Price") is the group's. A name standing in both rows (a cell spanning them) is read once.
    The lower row must be names only: every cell of its own a column name, no digit anywhere."""
    names: list[str | None] = []
    own = 0
    for j in range(max(len(upper), len(lower))):
        parent, child = text_of(_cell(upper, j)), text_of(_cell(lower, j))
        if not child or child == parent:
            names.append(classify_header(parent) if parent else None)
            continue
        if any(c.isdigit() for c in child):
            return None
        name = classify_header(child)
        if name is None and parent:
            name = classify_header(f"{parent} {child}")
        elif _norm(child) in _WEAK_CHILDREN and classify_header(parent) in ("unit_price", "line_total"):
            name = "unit_price"  # "Unit" under "Price" is the price of one, not a unit of measure
        if name is None:
            return None
        own += 1
        names.append(name)
    return names if own else None


# Words saying a code column is the seller's own number ("Vendor SKU", "Ref. proveedor", "Ihre Art.-Nr."):
# with it, the table's other code column is the buyer's own part number.
_SELLER_WORDS = {"vendor", "supplier", "proveedor", "fournisseur", "lieferant", "lieferanten", "fornitore",
                 "your", "ihre", "votre", "vuestra", "su", "vostro", "mfr", "manufacturer"}


def _seller_code(cell: Cell) -> bool:
    words = set(_norm(cell).split())
    return bool(words & _SELLER_WORDS) and not words & {"our", "unsere", "notre", "nuestra", "nuestro", "nostro"}


def _settle_codes(row: Sequence[Cell], names: list[str | None]) -> list[str | None]:
    """Two code columns, one of them the seller's ("item_code" and "vendor_sku"): the seller's is the
    item code, the other the buyer's part number (unless the table has one). Two unit columns, one of
    them "Pack": the pack size ("96/CS") is not the unit the quantity counts, but part of the item's
    name. "Order" beside "Qty": the quantity is the "Qty"."""
    # "Order" or "Need" names the quantity of a stock sheet; beside a "Qty" column it is something else.
    quantities = [j for j, name in enumerate(names) if name == "quantity"]
    if len(quantities) > 1 and any(_norm(_cell(row, j)) not in _ALONE_ONLY for j in quantities):
        names = [None if j in quantities and _norm(_cell(row, j)) in _ALONE_ONLY else name
                 for j, name in enumerate(names)]
    units = [j for j, name in enumerate(names) if name == "uom"]
    if len(units) > 1 and any(_norm(_cell(row, j)) != "pack" for j in units):
        # The pack ("20/CS") tells the item apart as a size does: read into the description.
        names = ["variant" if j in units and _norm(_cell(row, j)) == "pack" else name
                 for j, name in enumerate(names)]
    codes = [j for j, name in enumerate(names) if name == "item_code"]
    if len(codes) < 2 or "customer_part" in names:
        return names
    seller = [j for j in codes if _seller_code(_cell(row, j))]
    if not seller or len(seller) == len(codes):
        return names
    out = list(names)
    for j in codes:
        out[j] = None
    out[seller[0]] = "item_code"
    out[next(j for j in codes if j not in seller)] = "customer_part"
    return out


def _columns(names: Sequence[str | None]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for j, field_name in enumerate(names):
        if field_name == "variant" and field_name in columns:
            # "Product | Colour | Size": each column that tells a variant apart names the goods ("variant 2", ...)
            field_name = f"variant {sum(k.startswith('variant') for k in columns) + 1}"
        if field_name and field_name not in columns:
            columns[field_name] = j
    return columns


def _is_header(columns: dict[str, int]) -> bool:
    return "quantity" in columns and ("item_code" in columns or "description" in columns)


def find_header_row(rows: Rows) -> HeaderRow | None:
    """The first row that names a quantity column and an item or description column, wherever it
    stands in the sheet (a cover block of any length may come first); with the row under it when
    the header is written on two rows."""
    best: HeaderRow | None = None
    for i, row in enumerate(rows):
        columns = _columns(_settle_codes(row, _classify_row(row)))
        candidate = HeaderRow(i, columns) if _is_header(columns) else None
        if i + 1 < len(rows) and any(classify_header(c) for c in row):
            names = _stacked_names(row, rows[i + 1])
            stacked = _columns(_settle_codes(rows[i + 1], names)) if names else {}
            if _is_header(stacked) and (candidate is None or len(stacked) >= len(columns)):
                candidate = HeaderRow(i + 1, stacked, stacked=True)
        if candidate is not None:
            if best is None or len(candidate.columns) > len(best.columns):
                best = candidate
            if len(candidate.columns) >= 3:
                return best
    return best


_CODE_VALUE = re.compile(r"^[A-Za-z0-9][\w\-./#]*$")
_WHOLE_NUMBER = re.compile(r"^\d{1,7}(?:[.,]0+)?$")


def _is_prose(text: str) -> bool:
    """'Office Chair', 'Blue widget 12oz' read as words; 'ABC 123' and 'GLV-NIT-L' as codes."""
    words = text.split()
    return len(words) >= 2 and sum(any(c.isdigit() for c in w) for w in words) <= len(words) // 3


# A word as goods are named in lower case ("breaker", "elbow"), standing alone: codes are written in
# capitals or joined to digits and signs ("EL-90-15"), not as a plain word of four letters or more.
_PLAIN_WORD = re.compile(r"[^\W\d_]*[a-z][^\W\d_]{3,}")


def _reads_as_name(text: str) -> bool:
    """A value naming goods rather than coding them: words ("Office Chair"), three or more parts
    ("15mm 90 elbow", "40 A 2P"; a code is written in one part, or two: "ABC 123"), or a plain word
    in lower case ("hacksaw", "20A 1P breaker"). Sizes make a trade's names rich in digits."""
    words = text.split()
    return _is_prose(text) or len(words) >= 3 or any(_PLAIN_WORD.fullmatch(w.strip(",.;()")) for w in words)


def _holds_names(rows: Rows, header: HeaderRow, col: int) -> bool:
    values = [text_of(_cell(r, col)) for r in rows[header.index + 1:]]
    values = [v for v in values if v and not _TOTAL_ROW.match(v) and re.search(r"[^\W\d_]", v)]
    return bool(values) and sum(_reads_as_name(v) for v in values) >= 0.6 * len(values)


def _item_column_is_description(rows: Rows, header: HeaderRow) -> bool:
    """An 'Item' column holding names, not codes, in a table without a description column."""
    if "description" in header.columns or "item_code" not in header.columns:
        return False
    return _holds_names(rows, header, header.columns["item_code"])


def _names_beside_codes(rows: Rows, header: HeaderRow) -> int | None:
    """A second item column holding names beside a column of codes ("SKU" then "Item"), in a table
    without a description column: the column of names, which is the description."""
    if "description" in header.columns or "item_code" not in header.columns or header.inferred:
        return None
    first = header.columns["item_code"]
    names = rows[header.index]
    for j in range(first + 1, len(names)):
        if classify_header(names[j]) == "item_code" and j not in header.columns.values() \
                and _holds_names(rows, header, j):
            return j
    return None


def infer_columns(rows: Rows) -> HeaderRow | None:
    """Columns typed by their values in a file without a header row ("PROD_DEL;2"): a column of
    whole numbers is the quantity, a column of single-token codes the item, a column of words the
    description, a column of decimals the price. Every row must agree, or nothing is inferred."""
    body = [[text_of(c) for c in r] for r in rows if any(text_of(c) for c in r)]
    if not body or len(body) > 10_000:
        return None
    width = len(body[0])
    if not 2 <= width <= 6 or any(len(r) != width for r in body):
        return None
    columns: dict[str, int] = {}
    for j in range(width):
        values = [r[j] for r in body]
        if not all(values):
            continue
        if "quantity" not in columns and all(_WHOLE_NUMBER.match(v) and float(v.replace(",", ".")) > 0
                                             for v in values):
            columns["quantity"] = j
        elif "item_code" not in columns and all(_CODE_VALUE.match(v) for v in values) and any(
                re.search(r"[A-Za-z]", v) for v in values):
            columns["item_code"] = j
        elif "description" not in columns and all(re.search(r"[^\W\d_]{2}", v) for v in values):
            columns["description"] = j
        elif "unit_price" not in columns and all(parse_decimal(v) is not None for v in values):
            columns["unit_price"] = j
    if "quantity" not in columns or not ({"item_code", "description"} & set(columns)):
        return None
    return HeaderRow(-1, columns)


def _cell(row: Sequence[Cell], col: int | None) -> Cell:
    if col is None or col >= len(row):
        return None
    return row[col]


# Thousands grouped with dots and no decimals ("1.200", "12.500"): in a table that writes decimals with a
# comma, that is twelve hundred, never one point two.
_DOT_THOUSANDS = re.compile(r"\s*\d{1,3}(?:\.\d{3})+\s*")


def _number(text: str, decimal_comma: bool | None) -> Decimal | None:
    if decimal_comma and _DOT_THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    return parse_decimal(text, decimal_comma)


def _quantity_and_unit(cell: Cell, decimal_comma: bool | None) -> tuple[Decimal | None, str | None]:
    text = text_of(cell)
    # (The unit in any language's letters: "4 boîtes", "10 Stück".)
    m = re.fullmatch(r"([\d.,' ]+)\s*([^\W\d_]{1,8})\.?", text)
    if m:
        return _number(m.group(1), decimal_comma), normalise_unit(m.group(2))
    if isinstance(cell, str | MergedCopy):
        return _number(text, decimal_comma), None
    return parse_decimal(cell, decimal_comma), None


HEADER_COLUMNS = ("po_number", "order_date", "requested_date", "currency", "buyer")
# The line's own values, each given the provenance of its cell.
LINE_VALUES = ("item_code", "customer_part", "description", "quantity", "uom", "unit_price", "line_total")


@dataclass
class TableRead:
    header: HeaderRow | None
    lines: list[ExtractedLine] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # rows naming an item whose quantity was unreadable
    # Header fields given as columns: the first value in each, as "label: value" text to read.
    header_text: str = ""


def _counts_rows(rows: Rows, header: HeaderRow) -> bool:
    """Whether the item column holds the rows' numbers, 1, 2, 3... in order (two rows at least)."""
    values = [text_of(_cell(row, header.columns["item_code"])).strip().rstrip(".") for row in rows[header.index + 1:]]
    values = [v for v in values if v]
    return len(values) >= 2 and values == [str(k) for k in range(1, len(values) + 1)]


def rows_to_lines(
    rows: Rows,
    kind: str,
    provenance_of: Callable[[int, int | None], Provenance],
    decimal_comma: bool | None = None,
    headerless: bool = False,
    value_provenance_of: Callable[[int, int], Provenance] | None = None,
) -> TableRead:
    """Order lines from a grid. `provenance_of(row, col)` says where a row (and its cell) came from;
    `value_provenance_of(row, col)`, where one cell is, when that differs (a PDF cell's box inside its
    row's). With `headerless`, a grid without a header row has its columns typed by their values."""
    header = find_header_row(rows)
    grid = find_grid_header(rows, header.index if header else None)
    if grid is not None:
        # A size run ("Artikel | S | M | L | XL"): every size column is a quantity column.
        grid_read, unread, _ = grid_lines(rows, grid, provenance_of, value_provenance_of)
        if grid_read:
            return TableRead(HeaderRow(grid.index, {"description": grid.names[0], "quantity": min(grid.sizes)}),
                             grid_read, unread)
    if header is None and headerless:
        header = infer_columns(rows)
    if header is None:
        return TableRead(None)
    named = _names_beside_codes(rows, header)
    if named is not None:
        header.columns["description"] = named  # "SKU" over codes, "Item" over "Packing tape 2in clear"
    elif _item_column_is_description(rows, header):
        # "Item" over "Office Chair", "Desk Lamp": the buyer named the goods, it gave no code.
        header.columns["description"] = header.columns.pop("item_code")
    elif "item_code" in header.columns and "description" in header.columns and _counts_rows(rows, header):
        # "Item" over 1, 2, 3 beside a description: the line's number, no code of goods.
        del header.columns["item_code"]
    unread: list[str] = []
    cols = header.columns
    if decimal_comma is None:
        decimal_comma = _decimal_comma_of(rows, header)
    # A par or stock sheet (On hand / Par / Order): only the rows with something to order are lines.
    stock_sheet = "stock" in cols
    header_texts = [_norm(c) for c in rows[header.index]] if not header.inferred else None
    # "Cases" over the counts: every count is in cases, unless a unit column says otherwise.
    # (A header written on two rows may name the quantity in its upper row only, past the lower row's end.)
    quantity_heading = text_of(_cell(rows[header.index], cols["quantity"]))
    header_unit = _unit_of(quantity_heading) \
        if header_texts is not None and _norm(quantity_heading) in PACK_HEADERS else None
    lines: list[ExtractedLine] = []
    blank: list[tuple[int, str, ExtractedLine]] = []  # rows naming an item whose quantity cell is empty
    below_totals = False  # after a totals row the table has ended: what follows is not a line
    after_gap = False  # an empty row stands between this row and the line above
    for i in range(header.index + 1, len(rows)):
        if _heading_row(rows[i]):
            continue  # a group's name over its rows ("Kitchen", "Nursing Units"), spanning the table
        row = _own_cells([None if isinstance(c, WideCopy) else c for c in rows[i]], cols["quantity"])
        texts = [text_of(c) for c in row]
        if not any(re.search(r"\w", t) for t in texts):
            after_gap = True
            continue  # empty, or a rule drawn with dashes
        gap, after_gap = after_gap, False
        if [_norm(c) for c in row] == header_texts:
            continue  # the header repeated on the next page
        first = next((t for t in texts if t), "")
        code = text_of(_cell(row, cols.get("item_code"))) or None
        description = text_of(_cell(row, cols.get("description"))) or None
        if code and "description" not in cols and _reads_as_name(code):
            # an "Item" column of codes with one row named in words ("B-12", "C-40", "5 gal pail of sealer"):
            # that row's goods are named, not coded
            code, description = None, code
        for key in [k for k in cols if k.startswith("variant")]:
            variant = text_of(_cell(row, cols[key]))
            if description and variant and not re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", description, re.I):
                description = f"{description} {variant}"  # "Class 3 vest, lime" in size "XL"
        qty_text = text_of(_cell(row, cols["quantity"]))
        qty, unit_in_qty = _quantity_and_unit(_cell(row, cols["quantity"]), decimal_comma)
        if total_label(first, qty is not None, code) or total_label(description or "", qty is not None, code):
            below_totals = True
            continue
        if qty == 0 or _NOTHING.fullmatch(qty_text):
            continue  # "0" or a dash in the order column: this row orders nothing
        if qty is None and stock_sheet and not qty_text:
            continue  # a par sheet's row with nothing to order: the buyer counted it, and has enough
        if qty is None:
            if below_totals:
                continue  # payment terms, a tax summary: under the totals, neither a wrap nor a line
            joined = " | ".join(t for t in texts if t)
            if _CONTINUED.match(joined):
                continue  # "Continued on page 2": the page breaks, the table goes on
            reference = _ITEM_REFERENCE.match(" ".join(t for t in texts if t)) if lines and not gap else None
            if reference is not None:
                # "VENDOR ITEM TY-11R225-S  ACCT 10-2750" under "6 EA TIRE 11R22.5 STEER": the item number of
                # the line above, printed under it (a public body's or an ERP's PO), not a line of its own.
                prev = lines[-1]
                if prev.item_code is None or not re.search(r"\d", prev.item_code):
                    # (A word in the code column, "TIRE" of "TIRE 11R22.5 STEER", is the name's first word.)
                    if prev.item_code:
                        prev.description = f"{prev.item_code} {prev.description or ''}".strip()
                    prev.item_code = reference["code"]
                elif reference["whose"] and reference["code"] != prev.item_code:
                    prev.customer_part = prev.customer_part or prev.item_code  # the buyer's own number above ours
                    prev.item_code = reference["code"]
                if prev.item_code == reference["code"]:
                    # its box is where the number is printed, not the code column's cell above
                    at = next((j for j, t in enumerate(texts) if reference["code"] in t), None)
                    if at is not None:
                        prev.values["item_code"] = (value_provenance_of or provenance_of)(i, at)
                prev.raw_text = f"{prev.raw_text} | {joined}"
                continue
            if lines and not gap and _SUB_LINE_FIELD.match(joined):
                # "Acct 01-4410 Site: North", "Deliver to: Room 12" under an item: the buyer's bookkeeping
                # for that line, kept with its text as written, never read into the name the matcher reads.
                lines[-1].raw_text = f"{lines[-1].raw_text} | {joined}"
                continue
            # A row with only a description under a line is that line's description wrapping over.
            # Not across an empty row: what stands below one is a note under the table.
            if lines and description and not code and not gap and not any(
                text_of(_cell(row, cols.get(f))) for f in ("unit_price", "line_total")
            ):
                prev = lines[-1]
                prev.description = f"{prev.description or ''} {description}".strip()
                prev.raw_text = f"{prev.raw_text} {description}"
            elif code or (description and any(text_of(_cell(row, cols.get(f))) for f in ("unit_price", "line_total"))):
                # An item with no quantity read (an empty or unreadable cell), or goods priced on a row of
                # their own: an order line we could not read, never one to drop or to read as 1.
                unread.append(" | ".join(t for t in texts if t))
                if code and not qty_text:
                    raw_uom = text_of(_cell(row, cols.get("uom")))
                    blank.append((len(lines), unread[-1], ExtractedLine(
                        raw_text=unread[-1], quantity=None, item_code=code,
                        customer_part=text_of(_cell(row, cols.get("customer_part"))) or None,
                        description=description, uom=_unit_of(raw_uom) or (raw_uom.upper() or None),
                        confidence=_NO_QUANTITY_CONFIDENCE, provenance=provenance_of(i, cols["quantity"]))))
            continue
        if not code and not description:
            if text_of(_cell(row, cols.get("customer_part"))):
                unread.append(" | ".join(t for t in texts if t))  # the buyer's part number and a quantity
            continue
        raw_uom = text_of(_cell(row, cols.get("uom")))
        uom = _unit_of(raw_uom) or unit_in_qty or header_unit or (None if raw_uom else _unit_in_name(description))
        confidence = 0.95 if (raw_uom == "" or uom is not None) else 0.7
        if header.inferred:
            confidence = min(confidence, 0.7)  # columns guessed from values: a clerk should look
        lines.append(
            ExtractedLine(
                raw_text=" | ".join(t for t in texts if t),
                quantity=qty,
                item_code=code,
                customer_part=text_of(_cell(row, cols.get("customer_part"))) or None,
                description=description,
                uom=uom if uom else (raw_uom.upper() or None),
                unit_price=money(_cell(row, cols.get("unit_price")), decimal_comma),
                line_total=money(_cell(row, cols.get("line_total")), decimal_comma),
                confidence=confidence,
                provenance=provenance_of(i, cols["quantity"]),
                values={name: (value_provenance_of or provenance_of)(i, cols[name]) for name in LINE_VALUES
                        if name in cols and text_of(_cell(row, cols[name]))},
            )
        )
    if blank and _titled_order_form(rows[:header.index]):
        # A sheet that calls itself an order form or a price list lists what could be ordered: a blank
        # quantity there is an item not ordered, neither a line nor a doubt.
        for _, text, _ in blank:
            unread.remove(text)
    elif blank and len(blank) < len(lines):
        # Most rows order something: a row whose quantity cell was left empty is an order line whose count the
        # buyer left out, kept in its place with no quantity for a clerk to fill in. Where as many rows are
        # empty as filled, it is an order form's list of what could be ordered: those rows stay doubts.
        for shift, (at, text, line) in enumerate(blank):
            lines.insert(at + shift, line)
            unread.remove(text)
    labels = {"po_number": "PO Number", "order_date": "Order Date", "requested_date": "Delivery Date",
              "currency": "Currency", "buyer": "Sold To"}
    header_text = []
    for name in HEADER_COLUMNS:
        if name in cols:
            values = [text for r in rows[header.index + 1:] if (text := text_of(_cell(r, cols[name])))]
            first = values[0] if values else ""
            if name == "buyer" and len(set(values)) > 1:
                continue  # several buyers in one file: an export of many orders, not one order's buyer
            if first:
                header_text.append(f"{labels[name]}: {first}")
    ship_to = _ship_to_written(rows[header.index + 1:], cols)
    if ship_to:
        header_text.append(f"Ship To: {ship_to}")
    return TableRead(header, lines, unread, "\n".join(header_text))


_ORDER_FORM_TITLE = re.compile(r"\b(?:order|ordering|requisition)[ \t]+(?:form|sheet|guide)\b|\bprice[ \t]+list\b"
                               r"|\bbestellformular\b|\bbon[ \t]+de[ \t]+commande[ \t]+vierge\b"
                               r"|\bformulario[ \t]+de[ \t]+pedido\b", re.IGNORECASE)


def _titled_order_form(above: Rows) -> bool:
    """Whether the rows above a table's header title the sheet an order form, order guide or price list."""
    return any(_ORDER_FORM_TITLE.search(text_of(cell)) for row in above for cell in row if text_of(cell))


def _ship_to_written(rows: Rows, cols: dict[str, int]) -> str:
    """The ship-to a flat file's columns give on its first row that has one, written as on an envelope ("Kessel
    Heating, 88 Mill Rd, Dayton, OH 45402") for the header's reader; "" without a street or town."""
    for row in rows:
        part = {name: text_of(_cell(row, cols[name])) for name in SHIP_TO_PARTS if name in cols}
        if not (part.get("ship_to_street") and (part.get("ship_to_city") or part.get("ship_to_postal"))):
            continue
        region, postal = part.get("ship_to_region", ""), part.get("ship_to_postal", "")
        city = part.get("ship_to_city", "")
        town = f"{city}, {region} {postal}" if region else f"{postal} {city}"
        if region and re.fullmatch(r"\d{4}", postal):
            town = f"{city} {region} {postal}"  # an Australian town line: "Chatswood NSW 2067"
        pieces = [part.get("ship_to_name", ""), part["ship_to_street"], town.strip(" ,"),
                  part.get("ship_to_country", "")]
        return ", ".join(p for p in pieces if p)
    return ""


# A row saying the table goes on over the page ("Continued on page 2", "(continued)", "Carried forward"):
# no item. "Continued" followed by other words may be a description wrapping over.
_CONTINUED = re.compile(r"\s*\(?\s*(?:(?:continued|cont(?:'|’)?d\.?)\s*(?:\)|$|(?:on|overleaf|to|next)\b)|"
                        r"carried\s+forward\b|see\s+(?:next|following)\s+page\b)", re.IGNORECASE)
# A sub-line under an item that opens with a field's label ("Acct 01-8150", "Cost code: 22-410", "Job #4471",
# "Site: Annex", "Note: ...", "Deliver to: Room 12"): followed by a colon, a sign or a value with a digit, so
# a description wrapping onto words that start alike ("site entrance pack", "notebook") is still a wrap.
# The seller's (or a maker's) item number on a row of its own under a line: "VENDOR ITEM TY-11R225-S",
# "Supplier part no: 4410-22", "Mfr # P165877", "Your item: HX-10".
_ITEM_REFERENCE = re.compile(
    r"\s*(?:(?P<whose>vendor'?s?|supplier'?s?|your|seller'?s?)\s+)?"
    r"(?:item|part|article|art|cat(?:alog)?|sku|product|mfr|mfg|manufacturer'?s?(?:\s+part)?)\b\.?\s*"
    r"(?:no\.?|nr\.?|number|#|code)?\s*[:#]?\s*"
    r"(?P<code>(?=[\w./-]*(?:\d|[A-Za-z][-./][A-Za-z]))(?=[\w./-]*[A-Za-z])[A-Za-z0-9][\w./-]{2,})(?=\s|$)",
    re.IGNORECASE)
_SUB_LINE_FIELD = re.compile(
    r"\s*(?:acct|account|a/c|g/?l(?:\s+acct)?|cost\s*(?:code|cent(?:er|re)|ctr)|job|site|notes?|"
    r"deliver(?:y)?\s+to|ship\s+to|project|proj|dept|department|req(?:uisition)?(?:\s+line)?|wbs|budget|"
    r"fund|location|room|bldg|building|charge\s+to)\b"
    r"(?:\s*(?:no|nr|number|code|#))?\.?\s*(?:[:#]|(?=\S*\d))", re.IGNORECASE)

# A row whose quantity the buyer left out: far below any floor for approving untouched.
_NO_QUANTITY_CONFIDENCE = 0.5

# A cell that says "none" in a quantity column: a dash of any length, alone.
_NOTHING = re.compile(r"\s*[-–—‐]{1,3}\s*")


def _heading_row(row: Sequence[Cell]) -> bool:
    """One text spanning the row (an HTML cell with colspan, given again in each column it covers):
    the name of the group of rows below, not an item."""
    values = [c for c in row if text_of(c)]
    if len(values) < 2 or not any(isinstance(c, MergedCopy) for c in values[1:]):
        return False
    return len({text_of(c) for c in values}) == 1 and not isinstance(values[0], MergedCopy)


def _unit_of(text: str) -> str | None:
    """The unit in a unit cell, also when the pack size follows it ("Pck à 100", "Karton (5 Stk)",
    "case/12"): the leading word is the unit the buyer orders in."""
    if not text:
        return None
    found = normalise_unit(text)
    if found is None:
        lead = re.match(r"[^\W\d_]+", text)
        if lead and lead.end() < len(text):
            found = normalise_unit(lead.group(0))
    return found


# A unit in brackets closing an item's name, as stock sheets write it: "Foil 18in (roll)", "Gloves L (cs/1000)".
_NAMED_UNIT = re.compile(r"\(\s*([^\W\d_]{1,8})\.?\s*(?:[/ ]\s*\d[^()]*)?\)\s*$")


def _unit_in_name(description: str | None) -> str | None:
    """The unit an item's name closes with, for a table that has no unit column."""
    m = _NAMED_UNIT.search(description or "")
    return normalise_unit(m.group(1)) if m else None


# Currency written beside a price in the ways parse_decimal does not read: a country's letters joined
# to the sign ("C$", "CA$", "US$", "A$", "R$"), rupees ("Rs.", "₹") and ISO codes before or after.
_CURRENCY_AFFIX = re.compile(
    r"^\s*(?:[A-Z]{1,3}\s?[$€£¥]|Rs\.?|₹|[A-Z]{3}(?=\s?\d))\s*|\s*(?:[$€£¥]\s?[A-Z]{1,3}|Rs\.?|₹|(?<=\d\s)[A-Z]{3}|(?<=\d)[A-Z]{3})\s*$"
)


def money(cell: Cell, decimal_comma: bool | None = None) -> Decimal | None:
    """A price or amount cell's value, its currency written however the buyer writes it."""
    if isinstance(cell, MergedCopy):
        cell = cell.value
    if not isinstance(cell, str):
        return parse_decimal(cell, decimal_comma)
    value = _number(cell, decimal_comma)
    if value is None:
        value = _number(_CURRENCY_AFFIX.sub("", cell), decimal_comma)
    return value


_COMMA_DECIMALS = re.compile(r"\d,\d{1,2}(?!\d)|\d\.\d{3},\d")
_POINT_DECIMALS = re.compile(r"\d\.\d{1,2}(?!\d)|\d,\d{3}\.\d")


def _decimal_comma_of(rows: Rows, header: HeaderRow) -> bool | None:
    """True when the table writes decimals with a comma, from its price, amount and quantity cells: "14,20 €" and
    "1.234,50" say comma, "14.20" and "1,234.50" say point; nothing, or both, says nothing (None). (An ERP export's
    "10,00" counts say the comma for its prices written to three places, "10,500".)"""
    comma = point = False
    for r in rows[header.index + 1:header.index + 201]:
        for name in ("unit_price", "line_total", "quantity"):
            text = text_of(_cell(r, header.columns.get(name)))
            comma = comma or bool(_COMMA_DECIMALS.search(text))
            point = point or bool(_POINT_DECIMALS.search(text))
    # Only a comma table changes the reading: a point is what parse_decimal assumes already.
    return True if comma and not point else None


def _own_cells(row: Sequence[Cell], quantity_col: int) -> Sequence[Cell]:
    """A row with its merged copies settled: they name its item when the row has a quantity of its
    own, and are left out when it does not (the quantity, or the whole line, was the row above's)."""
    if not any(isinstance(c, MergedCopy) for c in row):
        return row
    own_quantity = _cell(row, quantity_col)
    if isinstance(own_quantity, MergedCopy) or not text_of(own_quantity):
        return [None if isinstance(c, MergedCopy) else c for c in row]
    return [c.value if isinstance(c, MergedCopy) else c for c in row]


def rows_above_as_text(rows: Rows, stop: int) -> str:
    """The cells above a table as 'label: value' lines, for header fields written above it."""
    out: list[str] = []
    for row in rows[:stop]:
        # A label merged down beside a block of values ("Ship To" over three address rows) says its
        # label once: repeated, it would start every line of the block.
        texts = [text_of(c) for c in row if not isinstance(c, MergedCopy) and text_of(c)]
        if not texts:
            out.append("")
            continue
        if len(texts) >= 2 and not texts[0].endswith(":"):
            texts[0] += ":"
        out.append(" ".join(texts))
    return "\n".join(out)
