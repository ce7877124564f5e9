"""Order header fields found by their labels in running text (PO number, dates, ship-to, bill-to, currency,
payment terms, notes), what a document calls itself, and what it says it does to an order (a change,
a cancellation...) in a buyer's words."""

from __future__ import annotations

import re
from datetime import date

from models.schemas import Address, DocumentPurpose, ExtractedHeader, Field, Provenance, Purpose
from vocabulary.dates import MONTH_WORDS, ORDER_DATE_WORDS, day_first_evidence, read_stated_date
from vocabulary.units import normalise_unit

_PO_LABEL = re.compile(
    # "PO number/date: 4471 / 01/27/2026", as SAP prints it, is a number label too
    # "PO" glued to digits ("PO284256-1") is the number itself, written with its prefix: no label.
    r"(?:\bP\.?\s?O\.?(?:[ \t]*(?:#|No\.?|Nr\.?|Number(?:/date)?|Num\.?))?(?!\d)"
    r"|\bPurchase[ \t]+Order(?:[ \t]*(?:#|No\.?|Nr\.?|Number(?:/date)?))?"
    r"|\bOrder[ \t]*(?:#|No\.?|Nr\.?|Number(?:/date)?|Code|ID)"
    # a par sheet numbers its order so: "Reorder #"
    r"|\bRe-?order[ \t]*(?:#|No\.?|Number)"
    r"|\bOur[ \t]+(?:PO|order)(?:[ \t]*(?:#|No\.?|number))?"
    r"|\bBestell(?:nummer|-?Nr\.?|code)|\bOrder(?:nummer|nr\.?)"
    r"|\bN(?:[°º]|um[ée]ro)[ \t]*de[ \t]*(?:commande|bon[ \t]+de[ \t]+commande)"
    r"|\bBon[ \t]+de[ \t]+commande(?:[ \t]*(?:N[°º]|No\.?))?"
    r"|\bN[úu]mero[ \t]+de[ \t]+(?:pedido|orden(?:[ \t]+de[ \t]+compra)?)|\bOrden[ \t]+de[ \t]+compra"
    r"|\bPedido[ \t]+de[ \t]+compra[ \t]*(?:No\.?|N[°º])?|\bPedido[ \t]*(?:No\.?|N[°º])"
    # Polish, Czech, Swedish, Italian and Portuguese: "Nr zamówienia", "Číslo objednávky", "Objednávka č.",
    # "Inköpsorder", "Beställningsnummer", "N. ordine", "Encomenda n.º"
    r"|\bNr\.?[ \t]+zam[óo]wienia|\bZam[óo]wienie[ \t]+(?:nr\.?|numer)|\b[ČC][íi]slo[ \t]+objedn[áa]vky"
    r"|\bObjedn[áa]vka[ \t]*(?:[čc]\.|[čc][íi]slo)|\bInk[öo]psorder(?:nummer|nr\.?)?|\bBest[äa]llningsnummer"
    r"|\bN(?:\.|r\.?|umero)[ \t]+(?:d[ie]ll?'?[ \t]*)?ordine|\bEncomenda[ \t]*n\.?[ \t]*[°º]?|\bNota[ \t]+de[ \t]+encomenda"
    # Danish, Norwegian and Finnish: "Indkøbsordre nr.", "Bestillingsnummer", "Ordrenr.", "Tilausnumeromme"
    r"|\bIndk[øo]bsordre(?:[ \t]*nr\.?)?|\bInnkj[øo]psordre(?:[ \t]*nr\.?)?|\bBestillings(?:nummer|nr\.?)|\bOrdre(?:nummer|nr\.?)"
    # an order's noun with its number's word after it, in any of our languages: "ordine n. 388", "Bestilling nr.
    # 2026-131", "bestelling nr. 55", "commande n° 77", "pedido n.º 12", "beställning nr 9", "objednávka č. 5"
    r"|\b(?:ordine|bestilling|bestelling|best[äa]llning|commande|pedido|encomenda|objedn[áa]vk[ay]|zam[óo]wienie"
    r"|tilaus|ordre)[ \t]*(?:n\.[ \t]*[°º]?|nr\.?|n[°º]\.?|no\.|num(?:ero|\.)|nummer|[čc]\.)(?![^\W\d_])"
    r"|\bTilausnumero(?:mme)?|\bTilaus(?:nro|[ \t]*nro\.?)"
    # Hungarian, Romanian, Slovenian, Croatian, Turkish, Greek and German: "Rendelésszám:", "Comanda nr.",
    # "Naročilo št.:", "Narudžbenica br.", "Sipariş No:", "Sipariş numarası:", "Αρ. παραγγελίας", "Auftragsnummer:"
    r"|\bRendel[ée]ssz[áa]m|\bMegrendel[ée]s(?:[ \t]*(?:sz[áa]m|sz\.))|\bComand[aă][ \t]*(?:nr\.?|num[ăa]r)"
    r"|\bNaro[čc]il(?:o|nica)[ \t]*(?:[šs]t\.?|[šs]tevilka)|\bNarud[žz]b(?:a|enica)[ \t]*(?:br\.?|broj)"
    r"|\bSipari[şs][ \t]*(?:No\.?|numaras[ıi]|Nr\.?)|\bΑρ\.?[ \t]*παραγγελ[ίι]ας"
    r"|\bAuftrags(?:nummer|-?Nr\.?)|\bInkoopordernr\.?|\bInkooporder[ \t]*(?:nr\.?|nummer)"
    # Accounting packages (Tally and the like) number a purchase order as a voucher
    r"|\bVoucher[ \t]*(?:No\.?|Number|#))"
    # "PO for this one is BHC-1187", "the PO number for this order is 5521"
    r"(?:[ \t]+for[ \t]+(?:this|these|the|today'?s)(?:[ \t]+(?:one|order|delivery|lot|time|shipment|run))?"
    r"(?=[ \t]+is))?"
    # a typed form pads its labels with dot leaders: "PO NO.....: P26-0877"
    r"[ \t]*(?:is|will[ \t]+be)?[ \t]*(?:[._]{2,}[ \t]*)?[:#]?[ \t]*"
    # (a prefix of capitals set apart from its digits is one number: "Order no: HEC 00781")
    # ("NE 2026/1187", "ZK 26/51": a number in parts after the capitals too)
    r"(?P<value>(?-i:(?!(?:BOX|REF|NO|NR|NUM|DATE|DATED|NUMBER|TOTAL|AMOUNT|VALUE|QTY|LINE|ITEM|PAGE|TERMS)\b)"
    r"[A-Z]{2,5}[ ](?:\d{3,}|\d{2,}(?=[/-]\d))(?:[/-]\d+)*(?![\w/-]|[.,]\d))"
    r"|[A-Z0-9][A-Z0-9\-/_.]*[A-Z0-9]|\d)",
    re.IGNORECASE,
)
_ORDER_DATE_LABEL = re.compile(
    r"\b(?:Order[ \t]+Date|PO[ \t]+Date|Date[ \t]+of[ \t]+Order|Date[ \t]+Ordered|Bestelldatum"
    # the day an ERP issued the order: "PO Issue Date:", "Issue Date:", "Date Issued:"
    r"|(?:P\.?O\.?[ \t]+|Order[ \t]+)?Issue[ \t]+Date|Date[ \t]+Issued|Issued[ \t]+On"
    # field-service and purchasing apps stamp the day the PO was made: "Created 11/27/2026", "Date Created:"
    r"|Date[ \t]+Created|(?<![\w.] )Created(?:[ \t]+On)?(?=[ \t]*:?[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"
    # a stores requisition's day it was raised: "Raised: 07-Dec-2026", "Date Raised:"
    r"|Date[ \t]+Raised|(?<![\w.] )Raised(?:[ \t]+On)?(?=[ \t]*:[ \t]*\d)"
    # "PO number/date: 4471 / 01/27/2026": the date after the number
    r"|(?:P\.?O\.?|Purchase[ \t]+Order|Order)[ \t]*Number/date"
    r"|Fecha[ \t]+(?:del?[ \t]+(?:la[ \t]+)?)?(?:pedido|orden)|Date[ \t]+de[ \t]+(?:la[ \t]+)?commande"
    # Swedish, Dutch, Polish, Czech, Italian and Portuguese: "Orderdatum", "Besteldatum", "Data zamówienia",
    # "Datum objednávky", "Data ordine", "Data da encomenda"; the Polish and Czech "of the day" after the number
    # ("zamówienie nr 58/2026 z dnia 03.12.2026", "objednávka 118/26 ze dne 3. 12. 2026")
    r"|Orderdatum|Besteldatum|Best[äa]llningsdatum|Data[ \t]+zam[óo]wienia|Datum[ \t]+objedn[áa]vky"
    r"|Data[ \t]+(?:dell'[ \t]*)?ordine|Data[ \t]+da[ \t]+encomenda"
    r"|(?<=\d[ \t])z[ \t]+dnia|(?<=\d[ \t])ze[ \t]+dne"
    # a date in brackets right after the order's number: "la Orden de Compra OC-3391 (fecha: 07-dic-2026)"
    r"|(?<=\d[ \t]\()(?:fecha|date|datum|data|dated)(?=[ \t]*:))[ \t]*:?[ \t]*"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# A document's bare "Date:" is its own date; in an email body it is usually a forwarded header's.
# Not "Ship Date:", "Due Date:" or "Req. Date" (a word right before it; "P.O. Date" is the order's), but "Ship To:
# Date: ..." is fine.
# In a printed form the colon may be left out when the date follows at once ("Date 1/27/2026").
_PLAIN_DATE_LABEL = re.compile(r"(?:^|(?<=[\s|:]))(?<![A-Za-z] )(?<![A-NP-Za-np-z]\. )"
                               r"(?:Date|Datum|Fecha|Dato|Data|P[äa]iv[äa]ys|Pvm)"
                               r"(?:[ \t]*:|[ \t]+(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b))[ \t]*(?P<rest>[^\n]*)",
                               re.IGNORECASE | re.MULTILINE)
# Labels written in a language that puts the day first settle an ambiguous 03/04/2026.
_DAY_FIRST_LABEL = re.compile(r"\b(?:Bestell|Liefer|Datum|Fecha|Entrega|Date[ \t]+de|Livraison|Wunschtermin|Data(?=[ \t]*:)"
                              r"|Term[ií]n\b|z[ \t]+dnia\b|ze[ \t]+dne\b)",
                              re.IGNORECASE)
_REQUESTED_DATE_LABEL = re.compile(
    r"\b(?:Requested[ \t]+(?:Delivery|Ship)(?:[ \t]+Date)?|Delivery[ \t]+Date|Required[ \t]+(?:by|Date)"
    r"|Need(?:ed)?[ \t]+by|Deliver[ \t]+by|Ship[ \t]+(?:Date|by)|Due[ \t]+Date|Liefertermin|Lieferdatum"
    r"|Wunschtermin|Date[ \t]+de[ \t]+livraison(?:[ \t]+souhait[ée]e)?|Livraison[ \t]+(?:souhait[ée]e|le)"
    r"|Fecha[ \t]+(?:de[ \t]+entrega|requerida)|Entrega[ \t]+(?:el|antes[ \t]+del?)"
    r"|Expected[ \t]+(?:Delivery[ \t]+)?Date"
    # an ERP's short forms: "REQ DEL: 12/09/2026", "Req'd Date", "Reqd. Delivery", "Del. Date" ("Req Date" alone
    # is a requisition's date on many POs: not the day needed)
    r"|Req(?:'?d)?\.?[ \t]*(?:Del(?:ivery|\.)?|Ship)(?:[ \t]+Date)?(?=[ \t]*:)|Req'?d\.?[ \t]*Date(?=[ \t]*:)"
    r"|Del(?:\.|ivery)?[ \t]+Date"
    r"|(?:Gewenste[ \t]+)?Leverdatum|Leveringsdatum|Data[ \t]+(?:di[ \t]+)?consegna|Consegna[ \t]+entro(?:[ \t]+il)?"
    r"|Data[ \t]+de[ \t]+entrega|Entrega(?:r)?[ \t]+at[ée]|Delivery[ \t]+by"
    # Polish, Czech, Swedish and Portuguese: "Termin dostawy: do 18.12.2026", "Termín dodání", "Önskat lev.datum",
    # "Leveransdatum", "Prazo de entrega"
    r"|Termin[ \t]+dostawy(?:[ \t]*:?[ \t]*do)?|Data[ \t]+dostawy|Term[íi]n[ \t]+dod[áa]n[íi]|Datum[ \t]+dod[áa]n[íi]"
    r"|[ÖO]nskat[ \t]+lev(?:\.|erans)?[ \t]*datum|[ÖO]nskad[ \t]+leverans(?:dag)?|Leveransdatum|Prazo[ \t]+de[ \t]+entrega"
    # Italian, Czech, Hungarian, Romanian, Slovenian, Croatian, Turkish: "Consegna richiesta entro il", "Dodání
    # nejpozději", "Szállítási határidő:", "Termen de livrare:", "Dobava: do", "Rok isporuke:", "Teslim tarihi:";
    # English "Delivery latest", "Required delivery:"
    r"|Consegna[ \t]+richiesta(?:[ \t]+entro(?:[ \t]+il)?)?|Dod[áa]n[íi](?:[ \t]+nejpozd[ěe]ji)?(?=[ \t]*:?[ \t]*\d)"
    r"|Sz[áa]ll[íi]t[áa]si[ \t]+hat[áa]rid[őo]|Termen(?:ul)?[ \t]+de[ \t]+livrare|Dobava(?:[ \t]*:)?[ \t]*do"
    r"|Rok[ \t]+(?:isporuke|dobave)|(?:[İI]stenen[ \t]+)?[Tt]eslim[ \t]+tarihi"
    r"|Delivery[ \t]+(?:latest|no[ \t]+later[ \t]+than)|Required[ \t]+delivery"
    # Danish, Norwegian, Finnish, Portuguese: "Ønsket levering", "Leveringsdato", "Toivottu toimituspäivä",
    # "Toimituspvm", "Entrega prevista"
    r"|[ØO]nsket[ \t]+lever(?:ing|ingsdato|ingsdag)|Leveringsdato|Toivottu[ \t]+toimitus(?:p[äa]iv[äa])?"
    r"|Toimitusp(?:[äa]iv[äa]|vm)|Entrega[ \t]+prevista"
    # "Delivery required: 08/12/2026", "Required: 14 Dec 2026": the bare word only right before a date
    r"|Delivery[ \t]+required|(?:(?<=^)|(?<=\n)|(?<=\|))[ \t]*Required"
    r"(?=[ \t]*:[ \t]*(?:\d{1,2}[ \t-][A-Za-z]{3,9}\.?[ \t-]\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}))"
    # "Delivery 23.01.17 19:00-19:30": the word right before a date says when it is delivered
    r"|(?:Delivery|Lieferung|Livraison|Entrega|Levering|Leverans|Toimitus|Consegna|Dostawa)"
    r"(?=[ \t]*:?[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t]*(?:\n|$))"
    r"|(?:Delivery|Lieferung|Livraison|Entrega|Levering|Leverans|Toimitus|Consegna|Dostawa)"
    r"(?=[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"
    # prose: "we would need everything by December 7", "please deliver by 12/01/2026"
    r"|(?:need|needed|deliver|delivered|ship|shipped|arrive|required|have)[ \t][^\n.:]{0,40}?\bby"
    r"|(?:brauchen|benötigen)[^\n.:]{0,40}?\bbis(?:[ \t]+zum)?)[ \t]*:?[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# In a sheet's cells a short label sits beside its value ("Required" | 11/06/2026, "Entrega:" |
# 17/07/2026): there the bare word is the delivery day's label. (In running text "Delivery: 02/12 went to
# the wrong dock" is a story, so these are read in sheets and CSV files only, and only before a date.)
_CELL_DELIVERY_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:Required|Need(?:ed)?(?:[ \t]+(?:on[ \t]+site|by))?|Delivery|Entrega|Lieferung|Livraison"
    r"|Consegna|Levering|Leverdatum)[ \t]*:[ \t]*(?P<rest>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
_CURRENCY_LABEL = re.compile(r"\b(?:Currency|Währung|Devise|Moneda|Valuta|Divisa|Moeda|M[ěe]na|Waluta)[ \t]*:?[ \t]*"
                             r"(?P<value>[A-Z]{3})\b")
_SHIP_TO_WORDS = (r"(?:Ship[ \t]*To|Ship-to|Shipped[ \t]+To|Deliver[ \t]*To|Delivery[ \t]+Address|Shipping[ \t]+Address"
                  r"|Lieferadresse|Lieferanschrift|Adresse[ \t]+de[ \t]+livraison|Direcci[óo]n[ \t]+de[ \t]+entrega"
                  # (not a bare "Consegna"/"Delivery": as often a day's label as a place's)
                  r"|(?:Indirizzo|Luogo)[ \t]+di[ \t]+consegna|Entregar[ \t]+(?:en|em|a)(?=[ \t]*:)"
                  r"|(?:Morada|Endere[çc]o|Lugar)[ \t]+de[ \t]+entrega|(?:Af)?leveradres"
                  # Polish, Czech and Swedish: "Adres dostawy", "Miejsce dostawy", "Dodací adresa", "Místo dodání",
                  # "Leveransadress"
                  r"|(?:Adres|Miejsce)[ \t]+dostawy|Dodac[íi][ \t]+adresa|M[íi]sto[ \t]+dod[áa]n[íi]|Leveransadress"
                  # Dutch and Flemish, Danish and Norwegian, Finnish, Hungarian, Romanian, Turkish and Greek
                  r"|Leveringsadres(?:se)?|Bezorgadres|Toimitusosoite|Sz[áa]ll[íi]t[áa]si[ \t]+c[íi]m"
                  r"|Adresa[ \t]+de[ \t]+livrare"
                  r"|Teslimat[ \t]+adresi|Διεύθυνση[ \t]+παράδοσης|Destinazione[ \t]+merce)")
# The label at the start of its line, or heading a column beside another block ("Vendor      Ship To"):
# three spaces or a tab set printed columns apart. "Deliver to jobsite:" / "Ship to site:" names the
# kind of place before the colon; the address follows it.
_SHIP_TO_LABEL = re.compile(
    r"^(?:[^\n]*?\S(?:[ \t]{3,}|\t)(?=\S))?[ \t]*(?P<label>" + _SHIP_TO_WORDS + r")"
    r"(?:[ \t]+(?:the[ \t]+|our[ \t]+)?(?:job[ \t]*site|site|jobsite|project|plant|store|branch|warehouse|yard|depot"
    r"|workshop|shop|office|kitchen|restaurant|hotel|venue|sucursal|[a-z]+[ \t]+(?:site|yard|office|branch|store))"
    r"[ \t]*(?=:))?"
    r"[ \t]*:?[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_CITY_LINE = re.compile(
    r"^(?P<city>[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]+?),?[ \t]+\(?(?P<region>[A-Z]{2})\)?[ \t]+(?P<postal>\d{5}(?:-\d{4})?"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
)
# "Bristol BS1 6QH", "London, WC1R 4JS": a town and a UK postcode (outward and inward code).
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_UK_CITY_LINE = re.compile(r"^(?:(?P<city>[A-Za-z][A-Za-z .'-]+?),?[ \t]+)?(?P<postal>" + _UK_POSTCODE + r")$")
# "Nagpur 440010, Maharashtra", "Nagpur Maharashtra 440010", "Nagpur - 440010": a town, a six-digit PIN
# (India) and its state, in either order.
_IN_CITY_LINE = re.compile(r"^(?P<city>[A-Za-z][A-Za-z .'-]*?)(?:,?[ \t]+(?P<region>[A-Za-z][A-Za-z .'-]*?))?"
                           r"[ \t]*[,-]?[ \t]*(?P<postal>\d{3}[ \t]?\d{3})"
                           r"(?:[ \t]*,[ \t]*(?P<state>[A-Za-z][A-Za-z .'-]*))?$")
# (A Dutch postcode has two letters after its four digits: "5294 KT Oosterdijk".)
# (Portugal writes "8600-688 Lagos"; Mexico "68000 Oaxaca de Juárez, Oax.", the state after the town.)
# (Poland writes "43-460 Wisła"; Czechia, Slovakia and Sweden "602 00 Brno", "903 61 Umeå".)
_EU_CITY_LINE = re.compile(r"^(?:(?P<country>[A-Z]{1,2})-)?(?P<postal>\d{4}[ \t]?(?!SS|SD|SA)[A-Z]{2}(?=[ \t])|\d{4}-\d{3}"
                           r"|\d{2}-\d{3}|\d{3}[ \t]\d{2}(?=[ \t]+[^\W\d_])|\d{4,5})[ \t]+(?P<city>[A-Za-zÀ-ÿĀ-ž .'-]+?)(?:,[ \t]*(?P<region>[A-Za-zÀ-ÿĀ-ž .'-]+)"
                           # an Italian province after its town: "24012 Brembilla (BG)"
                           r"|[ \t]*\((?P<province>[A-Z]{2})\))?$")
# Words between a US state and its ZIP code: "Las Cruces, NM USA 88001", "Caguas, PR EE.UU. ZIP Code:00725".
_US_TOWN_WORDS = re.compile(r"(?<=,[ \t][A-Z]{2})(?=[ \t])(?:[ \t]+(?:USA|U\.S\.A\.?|US|EE\.[ \t]?UU\.?))?"
                            r"(?:[ \t]+ZIP(?:[ \t]*Code)?[ \t]*:?)?(?=[ \t]*\d{5}(?:-\d{4})?$)")
# "Cape Town 7530", "Christchurch 8011": a town and a four-digit code after it (South Africa, New Zealand).
# (Not a place in a building or a box: "Suite 1200", "PO Box 4410", "Dock 1200".)
_TOWN_THEN_CODE = re.compile(r"^(?!(?:p\.?[ \t]?o\.?[ \t]+)?(?:suite|ste|unit|box|floor|level|room|bay|door|dock|gate|plot|lot"
                             r"|site|shop|bldg|building|apt|flat|no|nr|ref|order|po|year|page)\b)"
                             r"(?P<city>[A-Za-z][A-Za-z .'-]+?),?[ \t]+(?P<postal>\d{4})$", re.IGNORECASE)
_ZA_PROVINCE = re.compile(r"Gauteng|(?:Western|Eastern|Northern)[ \t]+Cape|KwaZulu[- ]Natal|KZN|Free[ \t]+State|Limpopo"
                          r"|Mpumalanga|North[ \t]+West", re.IGNORECASE)
# "Cairns QLD 4870": an Australian town, its state and a four-digit postcode.
_AU_CITY_LINE = re.compile(r"^(?P<city>[A-Za-z][A-Za-z .'-]+?),?[ \t]+(?P<region>NSW|VIC|QLD|SA|WA|TAS|NT|ACT)"
                           r"[ \t]+(?P<postal>\d{4})$")
# "V94 X2E1", "Galway H91 R2C4": an Irish Eircode (routing key, then four letters and digits), a town before it.
_IE_CITY_LINE = re.compile(r"^(?:(?P<city>[A-Za-z][A-Za-z .'-]+?),?[ \t]+)?"
                           r"(?P<postal>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4})$")
# "State : Punjab-140417", "Noida, Uttar Pradesh-201306": a region and a six-digit PIN (India).
_REGION_PIN_LINE = re.compile(r"^(?:State[ \t]*:[ \t]*)?(?:(?P<city>[A-Za-z][A-Za-z .'-]*?),[ \t]*)?"
                              r"(?P<region>[A-Za-z][A-Za-z .'-]*?)[ \t]*-[ \t]*(?P<postal>\d{6})$")
# A line that is only a telephone number: "0792222680", "078 655 8677", "+41 (0)44 123 45 67".
_PHONE_LINE = re.compile(r"^\+?[\d\s()/.-]{7,}$")
# A postal code alone, bare or with its word: "8002", "C.P. 36275" (Mexico), "PLZ 80331", "PIN 411057".
_POSTAL_ONLY_LINE = re.compile(r"^(?:(?:C\.?[ \t]?P\.?|PLZ|PIN(?:[ \t]*code)?|ZIP(?:[ \t]*code)?|Postal[ \t]+code)"
                               r"[ \t]*:?[ \t]*)?(?P<code>\d{4,6})$", re.IGNORECASE)
# "Bürglistrasse 26", "Edenstrasse 5a": a European street, the house number after the name.
_NUMBER_LAST_STREET = re.compile(r"^[^\W\d_][\w .'-]*[ \t]\d{1,5}[a-zA-Z]?$")
_EMPTY_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z .]{0,30}:$")
_COUNTRIES = {"USA": "US", "UNITED STATES": "US", "UNITED STATES OF AMERICA": "US", "US": "US", "CANADA": "CA",
              "CA": "CA", "GERMANY": "DE", "DEUTSCHLAND": "DE", "FRANCE": "FR", "UNITED KINGDOM": "GB", "UK": "GB",
              "GREAT BRITAIN": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "INDIA": "IN", "MEXICO": "MX",
              "MÉXICO": "MX", "SPAIN": "ES", "ESPAÑA": "ES", "ESPANA": "ES", "ITALY": "IT", "ITALIA": "IT",
              "NETHERLANDS": "NL", "NEDERLAND": "NL", "BELGIUM": "BE", "BELGIQUE": "BE", "AUSTRIA": "AT",
              "ÖSTERREICH": "AT", "SWITZERLAND": "CH", "SCHWEIZ": "CH", "SUISSE": "CH", "IRELAND": "IE",
              "AUSTRALIA": "AU", "PORTUGAL": "PT", "POLAND": "PL", "SINGAPORE": "SG", "CHINA": "CN"}
# Europe's countries as their own people and their neighbours write them on an address's last line.
for _code, _names in {
    "NO": "NORWAY, NORGE, NOREG, NORWEGEN, NORVÈGE, NORVEGE, NORUEGA, NORVEGIA, NOORWEGEN",
    "DK": "DENMARK, DANMARK, DÄNEMARK, DAENEMARK, DANEMARK, DANEMARCA, DANIMARCA, DENEMARKEN, DINAMARCA",
    "SE": "SWEDEN, SVERIGE, SCHWEDEN, SUÈDE, SUEDE, SUECIA, SVEZIA, ZWEDEN, SUÉCIA",
    "FI": "FINLAND, SUOMI, FINNLAND, FINLANDE, FINLANDIA",
    "PL": "POLSKA, POLEN, POLOGNE, POLONIA, POLÓNIA",
    "CZ": "CZECHIA, CZECH REPUBLIC, ČESKO, CESKO, ČESKÁ REPUBLIKA, CESKA REPUBLIKA, TSCHECHIEN",
    "SK": "SLOVAKIA, SLOVENSKO, SLOWAKEI",
    "HU": "HUNGARY, MAGYARORSZÁG, MAGYARORSZAG, UNGARN",
    "RO": "ROMANIA, ROMÂNIA, RUMÄNIEN",
    "SI": "SLOVENIA, SLOVENIJA",
    "HR": "CROATIA, HRVATSKA, KROATIEN",
    "GR": "GREECE, ΕΛΛΑΔΑ, ΕΛΛΆΔΑ, HELLAS",
    "TR": "TURKEY, TÜRKIYE, TURKIYE, TÜRKEI",
    "LU": "LUXEMBOURG, LUXEMBURG",
    "IS": "ICELAND, ÍSLAND",
    "EE": "ESTONIA, EESTI",
    "LV": "LATVIA, LATVIJA",
    "LT": "LITHUANIA, LIETUVA",
    "BG": "BULGARIA",
    "BE": "BELGIË, BELGIE, BELGIEN, BÉLGICA, BELGICA, BELGIO",
    "NL": "NIEDERLANDE, PAYS-BAS, PAÍSES BAJOS, PAISES BAJOS, PAESI BASSI",
    "DE": "ALLEMAGNE, ALEMANIA, GERMANIA, TYSKLAND, NIEMCY, NĚMECKO, NEMECKO, DUITSLAND, ALEMANHA, SAKSA",
    "FR": "FRANKREICH, FRANCIA, FRANKRIJK, FRANKRIKE, FRANKRIG, FRANÇA, FRANCJA, RANSKA",
    "ES": "SPANIEN, ESPAGNE, SPAGNA, ESPANHA, SPANJE, HISZPANIA, ŠPANĚLSKO, ESPANJA",
    "IT": "ITALIEN, ITALIE, ITALIË, ITÁLIA, WŁOCHY, ITALIA",
    "AT": "AUTRICHE, OOSTENRIJK, RAKOUSKO, ÖSTERRIKE, ÖSTRIG, AUSTRIA",
    "CH": "SVIZZERA, ZWITSERLAND, SVEITS, SCHWEIZ, SUIZA, SUÍÇA, SZWAJCARIA, ŠVÝCARSKO",
    "IE": "ÉIRE, EIRE, IRLANDA, IRLAND, IERLAND, IRLANDE, IRLANDIA",
    "GB": "ROYAUME-UNI, REINO UNIDO, REGNO UNITO, VERENIGD KONINKRIJK, STORBRITANNIEN, VEREINIGTES KÖNIGREICH, "
          "STORBRITANNIA, WIELKA BRYTANIA",
}.items():
    for _name in _names.split(", "):
        _COUNTRIES.setdefault(_name, _code)
# A street line names its kind of way; where several lines of a block start with a number
# ("88 Bathurst - Site Office" / "88 Bathurst St"), the one that does is the street.
_STREET_WORD = re.compile(r"\b(?:st|street|rd|road|ave?|avenue|blvd|boulevard|dr|drive|ln|lane|way|pkwy|parkway|hwy"
                          r"|highway|ct|court|pl|place|row|cres|crescent|ter|terrace|sq|square|cir|circle|trail|pike"
                          r"|str|stra(?:ss|ß)e|weg|rue|calle|avenida|av|carretera|marg|nagar)\b\.?", re.IGNORECASE)
_NEXT_LABEL = re.compile(r"^\s*(?:bill\s*to|sold\s*to|ship\s*to|deliver\s*to|invoice\s*to|vendor|supplier|from|"
                         r"ship\s*via|terms|payment\s*terms|zahlungsbedingung|conditions\s*de\s*paiement|"
                         r"condiciones\s*de\s*pago|phone|tel|attn|order|po\b(?!\s*box)|date|item|qty|sku|notes?\b|remarks|"
                         r"fecha|datum|data\b|liefertermin|livraison|entrega\b|"
                         r"comments?\b|bemerkung|anmerkung|hinweis|remarques?\b|observaciones|"
                         r"gstin|e-?mail\b|\d+\s*x\s)", re.IGNORECASE)

# A person or department the delivery is for, printed inside an address block ("Attn: Building Engineer",
# "c/o Receiving", "z. Hd. Frau Weber", "À l'attention de"): not the block's end, nor one of its lines.
_ATTENTION_LINE = re.compile(r"^\s*(?:attn|attention|att|c/o|care[ \t]+of|z\.?[ \t]*hd"
                             r"|[àa][ \t]+l'attention(?:[ \t]+de)?)"
                             r"\b\.?[ \t]*:?", re.IGNORECASE)


def _span(match: re.Match[str], group: str, part_index: int | None, kind: str) -> Provenance:
    return Provenance(kind=kind, part_index=part_index, span=(match.start(group), match.end(group)))


WORDED_PO_CONFIDENCE = 0.75
# What a number after "order"/"Bestellung"/"pedido" is when it is no order's number: a size ("20x25x1",
# "M8x30"), a measure ("750ml", "25kg"), a year, or a date ("12/15").
_SIZE_OR_YEAR = re.compile(r"(?i:M?\d+(?:[.,]\d+)?(?:x\d+(?:[.,]\d+)?)+"
                           r"|\d+(?:[.,]\d+)?(?:ml|l|cl|kg|g|mm|cm|m|in|ft|lb|lbs|oz|gal)"
                           r"|(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)")


def find_po_number(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """The order's number: under a label first, then named in a buyer's words ("our ref X", "notre commande
    n° X"), then written with its "PO" prefix glued on. A number the text calls new ("now on a new PO
    5530") replaces one it names before ("you shorted PO 5512")."""
    # A number named in the buyer's words is a reading a clerk confirms: "Bestellung 4500 Stück", "Pedido 2026
    # de la obra" name a count or a year as often as an order.
    found = [(m, 0.9) for m in _labelled_po(text)] + [(m, WORDED_PO_CONFIDENCE) for m in _worded_po(text)
                                                      if not _SIZE_OR_YEAR.fullmatch(_po_value(m))]
    renewed = [(m, c) for m, c in found if _NEW_BEFORE.search(text, max(0, m.start() - 16), m.start())]
    if renewed:
        m = min(renewed, key=lambda f: -f[0].start())[0]  # the last one called new
        return Field(_po_value(m), 0.85, _span(m, _po_group(m), part_index, kind))
    if found:
        m, confidence = found[0]
        value = _po_value(m).upper()
        corrected = next((c for c in _CORRECTED_PO.finditer(text)
                          if c.group("value")[:3].upper() == value[:3] and c.group("value").upper() != value), None)
        if corrected is not None:
            # "the PO number is wrong, the right one is BE-2026-0944 (not 0494)": the number as corrected, one of
            # the same kind as the one it corrects
            return Field(corrected.group("value").strip(".-/"), 0.85, _span(corrected, "value", part_index, kind))
        return Field(_po_value(m), confidence, _span(m, _po_group(m), part_index, kind))
    # The document's title, then a bare number label under it ("BESTELBON" / "Nummer: 26/0850", "ZAMÓWIENIE" / "Nr:
    # ZAM/2026/12/058"): the number of that order.
    if (m := _TITLED_NUMBER.search(text)) is not None:
        return Field(m.group("value").strip(".-/"), 0.85, _span(m, "value", part_index, kind))
    # No label: a number written with its "PO" prefix glued on ("see PO4471-2 attached") is one.
    if (m := _PREFIXED_PO.search(text)) is not None:
        return Field(m.group("value"), 0.85, _span(m, "value", part_index, kind))
    return None


_ORDER_TITLE_WORDS = (r"(?:purchase[ \t]+order|order|bestelbon|bestelling|inkooporder|bestellung|commande"
                r"|bon[ \t]+de[ \t]+commande"
                r"|pedido|orden[ \t]+de[ \t]+compra|ordine(?:[ \t]+d'acquisto)?|zam[óo]wienie|objedn[áa]vka"
                r"|indk[øo]bsordre"
                r"|best[äa]llning|innkj[øo]psordre|(?:osto)?tilaus|comand[aă]|sipari[şs]|παραγγελία|rendel[ée]s)")
_TITLED_NUMBER = re.compile(
    rf"^[ \t]*{_ORDER_TITLE_WORDS}[ \t]*\n(?:[^\n]*\n){{0,2}}?[ \t]*(?:no\.?|nr\.?|nummer|number|n[°º]|num[ée]ro"
    rf"|n[úu]mero|numer"
    r"|[čc][íi]slo|numero|sz[áa]m)[ \t]*[:.#]?[ \t]*(?P<value>[A-Za-z0-9][\w./-]*\d[\w./-]*)",
    re.IGNORECASE | re.MULTILINE)


def _po_group(m: re.Match[str]) -> str:
    return next((g for g in ("value", "value2", "value3") if g in m.re.groupindex and m.group(g) is not None),
                "value")


def _po_value(m: re.Match[str]) -> str:
    return m.group(_po_group(m)).strip(".-/")


def _labelled_po(text: str) -> list[re.Match[str]]:
    found, pos = [], 0
    while (m := _PO_LABEL.search(text, pos)) is not None:
        value = m.group("value").strip(".-/")
        # A PO number carries a digit; "PO Box" or "Order Date" are labels, not numbers. A rejected
        # match may have swallowed the real label ("PURCHASE ORDER  PO #: 123"), so search on from
        # just after where it started.
        if any(c.isdigit() for c in value) and not re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", value) \
                and not _counted_by_po(m, value, text):
            found.append(m)
            pos = m.end()
        else:
            pos = m.start() + 1
    return found


# A unit word after a bare number: "(po 200 ks)" is the Czech and Polish "by 200 pieces", not PO 200.
_UNIT_AFTER = re.compile(r"[ \t]+(?P<unit>[^\W\d_]{1,12})\.?")


def _counted_by_po(m: re.Match[str], value: str, text: str) -> bool:
    """A "po" in small letters before a count and its unit: a preposition (Slavic "po", "by"), no PO label."""
    if not value.isdigit() or not text[m.start():m.start() + 2] == "po":
        return False
    unit = _UNIT_AFTER.match(text, m.end("value"))
    return unit is not None and normalise_unit(unit["unit"]) is not None


def _worded_po(text: str) -> list[re.Match[str]]:
    """Numbers a buyer's words name as the order's: the words are looser than a label, so the number must
    look like one (three digits or more, not a date) and not count goods ("commande 2000 gobelets")."""
    return [m for m in _PO_WORDED.finditer(text) if _numbers_an_order(_po_value(m), text, m.end())]


def _numbers_an_order(value: str, text: str, end: int) -> bool:
    if sum(c.isdigit() for c in value) < 3 or re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", value):
        return False
    return not (value.isdigit() and (len(value) < 4 or _COUNTED.match(text, end)))


def find_subject_po_number(subject: str) -> Field[str] | None:
    """The PO number an email's subject gives ("PO 4471: ...", "Order 2026/0954", "Bestellung 4500-2640"),
    for an order whose parts name none. A reply's subject names the order its thread is about, which
    this message may not be (a new order sent as a reply): a clerk confirms that one."""
    subject = " ".join(subject.split())  # a folded subject is one line
    found = find_po_number(subject, None, "subject")
    if found is None:
        # A subject is a title: there "Order 2026/0954" is the order's number, not goods to order.
        # (a short number ending the subject is the order's: "Παραγγελία 318", "Ordine n. 42"; before more words
        # it may count goods: "Order 500 cups")
        m = next((m for m in _SUBJECT_ORDER.finditer(subject)
                  if _numbers_an_order(m.group("value").strip(".-/"), subject, m.end())
                  or (m.group("value").isdigit() and len(m.group("value")) >= 2
                      and not subject[m.end():].strip(" .!:-"))), None)
        if m is None:
            m = _CODE_SUBJECT.match(subject)
            if m is None or re.fullmatch(r"\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?", m["value"]):
                return None
        if _SIZE_OR_YEAR.fullmatch(m.group("value").strip(".-/")):
            return None  # "Order 20x25x1 filters", "Order 1000ml bottles": goods, not the order's number
        found = Field(m.group("value").strip(".-/"), WORDED_PO_CONFIDENCE, _span(m, "value", None, "subject"))
    if _REPLY_SUBJECT.match(subject):
        found.confidence = min(found.confidence, 0.75)
    return found


# A subject that is an order's number and nothing else ("P-2260", "RE: DTF/26/0455"): letters and digits in parts,
# never a date.
_CODE_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv|antw|odp|fwd?|wg|tr)\s?:\s*)*(?P<value>(?-i:(?:[A-Z]{1,4}[ ])?"
                           r"(?=[A-Z0-9/-]*\d)[A-Z0-9]+(?:[-/][A-Z0-9]+)+))\s*$", re.IGNORECASE)


_SUBJECT_ORDER = re.compile(r"\b(?:order|ordine(?:[ \t]+di[ \t]+acquisto)?|ordre|pedido|encomenda|commande|bestellung"
                            r"|bestelling|bestilling|best[äa]llning|zam[óo]wienie|objedn[áa]vka|tilaus|comand[aă]"
                            r"|παραγγελ[ίι]α|sipari[şs]|rendel[ée]s|narud[žz]b[ae])"
                            r"[ \t]*(?:(?:n\.?[ \t]*[°º]?|nr\.?|no\.?|[čc]\.|#|:)[ \t]*)?"
                            r"(?P<value>[A-Z0-9][A-Z0-9\-/_.]*[A-Z0-9]|\d)(?![\w/-])",
                            re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|odp)\s?:", re.IGNORECASE)
# ("PO-AVB-03340": the prefix, the buyer's letters, then the number)
_PREFIXED_PO = re.compile(r"(?<![\w/-])(?P<value>PO-?\d[\w\-/]*|PO-[A-Z]{2,5}-\d[\w\-/]*)(?![\w/-])")
# The order's number in a buyer's words, in the languages orders come in: "our ref X", "our purchase
# order reference is X", "(unserer) Bestellung (Nr.) X", "notre commande n° X", "Pedido X", "Ordine n. X",
# "Bestelnummer X", "Inkooporder X", and the Spanish "OC" (orden de compra) glued to its number after an
# article ("con la OC-12011").
_PO_WORDED = re.compile(
    r"(?:\b(?:our|my)[ \t]+ref(?:erence)?\.?(?:[ \t]+(?:no\.?|number|is))?"
    r"|\b(?:purchase[ \t]+order|P\.?O\.?|order)[ \t]+(?:reference|ref\.?)(?:[ \t]+(?:no\.?|number))?(?:[ \t]+is)?"
    r"|\bBestellung(?:[ \t]*(?:Nr\.?|Nummer|No\.?))?|\bBestelnummer|\bBestelling(?:[ \t]*(?:nr\.?|nummer))?"
    r"|\bInkooporder(?:nummer)?|\bInk[öo]psorder|\bBest[äa]llning(?:[ \t]*(?:nr\.?|nummer))?"
    # Polish and Czech: "zamówienie nr ZM/1207/2026", "objednávku OBJ-2026-0925", "objednávka č. 118/26"
    r"|\bzam[óo]wienie(?:[ \t]*(?:nr\.?|numer))?|\bobjedn[áa]vk[auy](?:[ \t]*(?:[čc]\.|[čc][íi]slo))?"
    r"|\bencomenda(?:[ \t]*n\.?[ \t]*[°º]?)?"
    r"|\b(?:commande|Pedido|Ordine(?:[ \t]+d'acquisto|[ \t]+di[ \t]+acquisto)?|Ordinativo|comand[aă])"
    r"(?:[ \t]*(?:n[°º]|n\.|nr\.?|no\.?|num(?:ero|\.)?|nummer))?"
    r"|\bOC[ \t]*(?:n[°º]|no\.?|#|:)"
    # the buyer's own reference in Dutch, Portuguese, Spanish and French ("Onze referentie:", "Nossa ref.", "réf.")
    # and the order named in Romanian, Slovenian, Croatian, Hungarian and Greek words
    r"|\b(?:onze|nossa|nuestra|notre)[ \t]+(?:referentie|refer[êe]ncia|referencia|r[ée]f[ée]rence|ref\.?|r[ée]f\.?)"
    # a reference given under its own label opening the line: "Referentie: ZK 26/51", "Reference: 4471-B"
    r"|^[ \t]*(?:referentie|reference|r[ée]f[ée]rence|referencia|riferimento|refer[êe]ncia|referanse|referens"
    r"|viite)(?=[ \t]*:)"
    r"|\bbestilling(?:[ \t]*(?:nr\.?|nummer))?"
    r"|\bcomenzii[ \t]+nr\.?|\bnaro[čc]il(?:o|nica)|\bnarud[žz]benic[aei](?:[ \t]+br\.?)?|\bmegrendel[ée]s"
    r"|\bπαραγγελ[ίι]α(?:[ \t]+μας)?|\bAuftrag)"
    r"[ \t]*(?:is)?[ \t]*[:#]?[ \t]*(?P<value>(?-i:[A-Z]{2,5}[ ](?:\d{3,}|\d{2,}(?=[/-]\d))(?:[/-]\d+)*(?![\w/-]))"
    r"|[A-Z0-9][A-Z0-9\-/_.]*[A-Z0-9])(?![\w/-])"
    r"|\b(?:la|nuestra|su|mi|tu)[ \t]+(?P<value2>OC-?\d{3,}[\w\-/]*)"
    # "Order DTF/26/0455 for delivery ...", "Works order WO-55120, please quote ...": the noun "order" before a
    # code of capitals and digits in parts, then the sentence going on; not the verb ("please order AB-12 x 4").
    r"|(?<!\bplease[ \t])(?<!\bto[ \t])(?<!\bpls[ \t])(?<!\byou[ \t])(?<!\bwe[ \t])(?<!\bI[ \t])(?<!\balso[ \t])"
    r"\border[ \t]+(?P<value3>(?-i:[A-Z][A-Z0-9]*(?=[A-Z0-9/-]*\d)(?:[-/][A-Z0-9]+)+))"
    r"(?=[ \t]*(?:[,;:()]|\.(?:[ \t]|$)|$|(?:for|please|is|dated|from)\b|-[ \t]))",
    re.IGNORECASE | re.MULTILINE,
)
# After a bare number, a word that is not a preposition or a conjunction is what it counts.
_COUNTED = re.compile(r"[ \t]+(?!(?:von|vom|du|del|de|of|from|dated|for|und|and|et|y|e|en|im|in|on|per|din|od|z|ze"
                      r"|dated|dne|dnia)\b)"
                      r"(?:[x×]\b|[a-zà-ÿ])")
# The right number after a wrong one: "Richtig ist BE-2026-0944", "the correct PO is 4471-B", "should read 5530".
_CORRECTED_PO = re.compile(r"\b(?:richtig(?:e[rn]?[ \t]+\w+)?[ \t]+(?:ist|lautet)"
                           r"|correct[ \t]+(?:one|number|reference|ref|p\.?o\.?(?:[ \t]+(?:number|no\.?))?)[ \t]+is"
                           r"|should[ \t]+(?:be|read|have[ \t]+been)"
                           r"|(?:la[ \t]+)?bonne[ \t]+r[ée]f[ée]rence[ \t]+est|(?:el[ \t]+)?correcto[ \t]+es"
                           r"|(?:il[ \t]+)?corretto[ \t]+[èe])[ \t]*:?[ \t]*"
                           r"(?P<value>[A-Z0-9][\w\-/.]*\d[\w\-/.]*)", re.IGNORECASE)
_NEW_BEFORE = re.compile(r"\b(?:new|neuen?|neuer|nouvelle|nouveau|nuev[oa]|nuov[oa])[ \t]+$", re.IGNORECASE)


# A street line that starts with a unit's word and number rather than a house number: "Unit 7",
# "Plot 22", "Survey No. 41", "Suite 300".
# A British county before the postcode: the shires and the counties named otherwise.
_UK_COUNTY = re.compile(r"(?:(?:North|South|East|West)[ \t]+)?(?:[A-Z][a-z]+shire|Kent|Essex|Surrey"
                        r"|(?:East[ \t]+|West[ \t]+)?Sussex|Devon|Cornwall|Norfolk|Suffolk|Cumbria"
                        r"|(?:Co\.?[ \t]+|County[ \t]+)?Durham"
                        r"|Northumberland|Middlesex|Merseyside|Tyne[ \t]+and[ \t]+Wear|Midlands|Greater[ \t]+Manchester"
                        r"|Rutland|Dorset|Somerset|Cheshire|Yorkshire|Fife|Lothian|Powys|Gwynedd|Antrim|Armagh|Down"
                        r"|Tyrone|Fermanagh|Londonderry|Isle[ \t]+of[ \t]+Wight"
                        # as the post office writes them short: "Hitchin, Herts SG4 9PL"
                        r"|Herts|Beds|Bucks|Berks|Hants|Lancs|Leics|Lincs|Northants|Notts|Oxon|Staffs|Wilts|Worcs"
                        r"|Glos|Cambs|Yorks|Derbys|Shrops|Warks|Northumb|Cumb)")
# An Irish county before the Eircode: "Co. Cork", "County Mayo".
_COUNTY = re.compile(r"^(?:Co\.?|County)[ \t]+[A-Z]")
_UNIT_FIRST = re.compile(r"^(?:unit|suite|ste|plot|lot|site|survey[ \t]+no\.?|flat|shop|bldg|building|apt|no\.?)"
                         r"[ \t]*\d",
                         re.IGNORECASE)


def _town_apart(lines: list[str]) -> list[str]:
    """A block line that runs a street into its town ("Gartenstraße 14, 90402 Nürnberg") or a postal code
    into its country ("H91 R2C4, Ireland") is cut at its commas, so that the town line stands alone; a
    line whose pieces hold no town (a name, "Unit 4, Harbour Park") stays whole."""
    out: list[str] = []
    for i, ln in enumerate(lines):
        pieces = [p.strip() for p in ln.split(",") if p.strip()]
        towns = [bool(_CITY_LINE.match(p) or _EU_CITY_LINE.match(p) or _AU_CITY_LINE.match(p)
                      or _IE_CITY_LINE.match(p) or _UK_CITY_LINE.match(p) or _TOWN_THEN_CODE.match(p)
                      or (_POSTAL_ONLY_LINE.match(p) and k == len(pieces) - 1)) for k, p in enumerate(pieces)]
        if i > 0 and len(pieces) > 1 and (any(towns[1:]) or (
                len(pieces) == 2 and towns[0] and pieces[1].upper() in _COUNTRIES)):
            out.extend(pieces)
        else:
            out.append(ln)
    return out


# A piece of a written address naming who or where at the place takes the goods in, not the place.
_RECEIVING_PIECE = re.compile(r"\b(?:goods[ \t-]*in(?:wards)?|receiving|reception|dock|gate|door|bay|attn|att|attention"
                              r"|c/o|care[ \t]+of|z\.?[ \t]*hd|f\.?[ \t]*a\.?[ \t]*o|room|floor|hall|halle|tor"
                              r"|rampe|quai"
                              r"|magasin|lager|warehouse|store(?:s|room)?|contact|tel|phone"
                              # an attention in Dutch, French, Italian, Spanish and Portuguese: "t.a.v. QC-lab"
                              r"|t\.?[ \t]*a\.?[ \t]*v|ter[ \t]+attentie|l'attention|attenzione|alla[ \t]+c\.?a"
                              r"|atenci[óo]n"
                              r"|a/a|aos[ \t]+cuidados)\b", re.IGNORECASE)


def parse_address(lines: list[str], one_line: bool = False) -> Address | None:
    """Name, street, city line and country from the lines of an address block. `one_line`: the lines
    are the comma-separated parts of one written line, so a street written with a comma in it ("Plot 22,
    Hinjewadi Phase 1", "1280, boul. Lebourgneuf") runs up to the town."""
    lines = [ln.strip().strip(",").strip() for ln in lines if ln.strip()]
    if not one_line and lines and lines[0].count(",") >= 2 and (whole := one_line_address(lines[0])) is not None:
        # The block's first line is the whole address, as on an envelope ("Riverside Auto, 2210 River Rd,
        # Maumee, OH 43537"): what follows it in the block (a currency, a table's headings) is not its street.
        return whole
    lines = [_US_TOWN_WORDS.sub(lambda m: " " if m.group(0) else "", ln) for ln in lines]
    if not one_line:
        lines = _town_apart(lines)
    # A label with nothing after it ("Address :") and a telephone number are not address lines; a
    # postal code alone on its line ("8002") is one, whatever the block does not say around it.
    lines = [ln for ln in lines if not _EMPTY_LABEL_LINE.match(ln)]
    # On one written line, a number before the way's name is the house number: "1280, boul. Ste-Foy".
    house = {i for i in range(len(lines) - 2) if one_line and re.fullmatch(r"\d{1,6}", lines[i])
             and re.match(r"[^\W\d_]", lines[i + 1])}
    postal_only = next((m["code"] for i, ln in enumerate(lines) if (m := _POSTAL_ONLY_LINE.match(ln))
                        and i not in house), None)
    lines = [ln for i, ln in enumerate(lines) if (i in house or not _POSTAL_ONLY_LINE.match(ln))
             and not (_PHONE_LINE.match(ln) and sum(c.isdigit() for c in ln) >= 7)]
    if not lines:
        return None
    addr = Address()
    # The city line decides where the block's parts are. A US/Canadian "City, ST 12345" line is
    # unambiguous; "12345 City" is tried only after it, because "1420 Regal Row" looks like it too.
    city_at = next((i for i, ln in enumerate(lines) if _CITY_LINE.match(ln)), None)
    if city_at is not None:
        m = _CITY_LINE.match(lines[city_at])
        assert m is not None
        addr.city, addr.region, addr.postal_code = m["city"].strip(), m["region"], m["postal"]
        addr.country = "CA" if re.match(r"[A-Z]\d", m["postal"]) else "US"
    elif (city_at := next((i for i, ln in enumerate(lines) if i > 0 and _AU_CITY_LINE.match(ln)), None)) is not None:
        au = _AU_CITY_LINE.match(lines[city_at])
        assert au is not None
        addr.city, addr.region, addr.postal_code, addr.country = au["city"].strip(), au["region"], au["postal"], "AU"
    elif (city_at := next((i for i, ln in enumerate(lines) if i > 0 and _IE_CITY_LINE.match(ln)
                           and not _UK_CITY_LINE.match(ln)), None)) is not None:
        ie = _IE_CITY_LINE.match(lines[city_at])
        assert ie is not None
        addr.postal_code, addr.country = ie["postal"], "IE"
        if ie["city"]:
            addr.city = ie["city"].strip()
            if _COUNTY.match(addr.city) and city_at >= 1 and not re.search(r"\d", lines[city_at - 1]) and (
                    one_line or city_at >= 2):
                # "Glanmire, Co. Cork T45 WR60": the county stands before the Eircode, the town before it.
                addr.region, addr.city = addr.city, lines[city_at - 1].split(",")[-1].strip()
                city_at -= 1
        elif city_at >= 2 and re.fullmatch(r"Dublin[ \t]+\d{1,2}W?", lines[city_at - 1]):
            # "Ranelagh, Dublin 6, D06 Y2K7": a postal district of Dublin, the town Dublin
            city_at -= 1
            addr.city, addr.region = "Dublin", None
        elif city_at >= 2 and not re.search(r"\d", lines[city_at - 1]):
            # The town on the line above the Eircode, after its district: "Castlebar, Mayo" / "F23 ...".
            city_at -= 1
            addr.city = lines[city_at].split(",")[-1].strip()
    elif (city_at := next((i for i, ln in enumerate(lines) if i > 0 and _UK_CITY_LINE.match(ln)), None)) is not None:
        uk = _UK_CITY_LINE.match(lines[city_at])
        assert uk is not None
        addr.postal_code, addr.country = uk["postal"], "GB"
        if uk["city"]:
            addr.city = uk["city"].strip()
            if _UK_COUNTY.fullmatch(addr.city) and city_at >= 1 and not re.search(r"\d", lines[city_at - 1]) and (
                    one_line or city_at >= 2):
                # "Lichfield, Staffordshire WS13 8QT": the county before the postcode, the town before it.
                addr.region, addr.city = addr.city, lines[city_at - 1].split(",")[-1].strip()
                city_at -= 1
        elif city_at >= 2 and not re.search(r"\d", lines[city_at - 1]):
            # The town on the line above its postcode: "Bristol" / "BS1 6QH".
            city_at -= 1
            addr.city = lines[city_at]
    elif (city_at := next((i for i, ln in enumerate(lines) if i > 0 and _IN_CITY_LINE.match(ln)
                           and not _REGION_PIN_LINE.match(ln)), None)) is not None:
        pin = _IN_CITY_LINE.match(lines[city_at])
        assert pin is not None
        region = pin["state"] or pin["region"]
        # Six digits alone are also Singapore's, China's, Russia's...: India only with its state beside.
        addr.city, addr.postal_code, addr.country = pin["city"].strip(), pin["postal"], "IN" if region else None
        if not region and _COUNTRIES.get(addr.city.upper()) == "SG":
            addr.country = "SG"  # "Singapore 039594": the city is the country
        addr.region = region.strip() if region else None
    else:
        city_at = next((i for i, ln in enumerate(lines) if i > 0 and _EU_CITY_LINE.match(ln)), None)
        if city_at is not None:
            eu = _EU_CITY_LINE.match(lines[city_at])
            assert eu is not None
            addr.city, addr.postal_code = eu["city"].strip(), eu["postal"]
            if eu["region"] or eu["province"]:
                addr.region = (eu["region"] or eu["province"]).strip()
            if eu["province"] and re.fullmatch(r"\d{5}", eu["postal"]):
                addr.country = "IT"  # (the province's code in brackets after the town is Italy's way)
            if re.fullmatch(r"\d{4}-\d{3}", eu["postal"]):
                addr.country = "PT"  # (no other country writes its postal code so)
            elif re.fullmatch(r"\d{2}-\d{3}", eu["postal"]):
                addr.country = "PL"  # (nor so: "43-460 Wisła")
            elif re.fullmatch(r"\d{4}[ \t]?[A-Z]{2}", eu["postal"]):
                addr.country = "NL"  # (nor so: "3511 NP Utrecht")
        else:
            city_at = next((i for i, ln in enumerate(lines) if i > 0 and _REGION_PIN_LINE.match(ln)), None)
            if city_at is not None:
                pin = _REGION_PIN_LINE.match(lines[city_at])
                assert pin is not None
                addr.region, addr.postal_code = pin["region"].strip(), pin["postal"]
                addr.city = pin["city"].strip() if pin["city"] else None
                if addr.city is None and city_at >= 3 and not re.search(r"\d", lines[city_at - 1]):
                    # The town stands alone on the line above: "Rajpura" / "State : Punjab-140417".
                    city_at -= 1
                    addr.city = lines[city_at]
            elif (city_at := next((i for i, ln in enumerate(lines) if i > 0 and _TOWN_THEN_CODE.match(ln)),
                                  None)) is not None:
                town = _TOWN_THEN_CODE.match(lines[city_at])
                assert town is not None
                addr.city, addr.postal_code = town["city"].strip(), town["postal"]
                if city_at >= 2 and _ZA_PROVINCE.fullmatch(addr.city) and not re.search(r"\d", lines[city_at - 1]):
                    # "Kempton Park, Gauteng 1619": the province before the code, the town before it
                    addr.region, addr.city = addr.city, lines[city_at - 1]
                    city_at -= 1
                if addr.region or (city_at >= 2 and _ZA_PROVINCE.fullmatch(lines[city_at - 1])):
                    addr.country = "ZA"
            elif postal_only is not None and (pieces := [ln for ln in lines[1:] if not re.search(r"\d", ln)]):
                # "Kempton Park, Gauteng, 1619": the code alone after the town and its province
                if len(pieces) >= 2 and _ZA_PROVINCE.fullmatch(pieces[-1]):
                    addr.region, addr.city, addr.country = pieces[-1], pieces[-2], "ZA"
                    city_at = lines.index(pieces[-2])
    if addr.postal_code is None and postal_only is not None:
        addr.postal_code = postal_only
    before = lines[:city_at] if city_at is not None else lines
    for ln in lines[(city_at or 0) + 1:] if city_at is not None else []:
        if ln.upper() in _COUNTRIES:
            addr.country = _COUNTRIES[ln.upper()]
    numbered = [i for i, ln in enumerate(before) if re.match(r"^\d", ln) or _UNIT_FIRST.match(ln)]
    street_idx = next((i for i in numbered if _STREET_WORD.search(before[i])), None) if len(numbered) > 1 else None
    if street_idx is None:
        street_idx = numbered[0] if numbered else None
    if street_idx is None:
        # (On one written line, "Via Solferino 31, 43121 Parma", the street may be the only piece before the town.)
        street_idx = next((i for i, ln in enumerate(before) if (i > 0 or (one_line and len(before) == 1))
                           and _NUMBER_LAST_STREET.match(ln)), None)
    if street_idx is None:
        # a house number in words ("One Marina Park Drive") under a department line ("Accounts Payable")
        street_idx = next((i for i, ln in enumerate(before) if i > 0 and _STREET_WORD.search(ln)), None)
    if street_idx is None and len(before) >= 2:
        street_idx = 1
    if one_line and street_idx is not None and addr.city is None and addr.postal_code is not None:
        # "Planta Sur, Carretera Federal 45 km 12, Celaya, Gto., C.P. 38000": the town and its region
        # stand apart after the street, the postal code last.
        tail = before[street_idx + 1:]
        if 1 <= len(tail) <= 2 and not any(re.search(r"\d", t) for t in tail):
            addr.city, addr.region = tail[0], (tail[1] if len(tail) == 2 else None)
            before = before[:street_idx + 1]
    if street_idx is not None:
        addr.street = ", ".join(before[street_idx:]) if one_line else before[street_idx]
        addr.name = before[0] if street_idx > 0 else None
        if one_line and street_idx == 2 and not _RECEIVING_PIECE.search(before[1]) and not re.search(r"\d", before[1]):
            # "Vej og Park, Materielgården, Kirkebjerg 10, 7100 Vejle": the depot after its owner is the place's
            # name too (a dock or an attention line is not: "Acme Ltd, Goods In, 12 Mill Lane")
            addr.name = f"{before[0]}, {before[1]}"
    elif before:
        addr.name = before[0]
    if addr.city is None and addr.street is None and addr.postal_code is None:
        return None
    addr.name = place_name(addr.name)
    return addr


# What a name line says that is no place's name: a label before it ("our works: Hartley Ironworks Ltd", "/ Ship to:
# Vltava ..."), a sentence about the place ("Delivery to the hospital please", "our warehouse not the shop this
# time:"), the usual place ("same as buyer address").
_NAME_LABEL = re.compile(r"^.*?(?:ship[ \t]*to|deliver[ \t]*to"
                         r"|^(?:our|the|notre|unser\w*|onze|nuestr\w+)[ \t]+[^\W\d_]+)[ \t]*:[ \t]*(?=\S)",
                         re.IGNORECASE)
_NAME_SENTENCE = re.compile(r"\b(?:please|pls|not[ \t]+the|this[ \t]+time|as[ \t]+usual|same[ \t]+as|instead)\b|:$"
                            r"|^(?:delivery|deliver|ship|send|same)\b|^[(/]", re.IGNORECASE)


def place_name(name: str | None) -> str | None:
    """A name line of an address as the place's name: a label before it taken off, and None when the line is a
    sentence or a pointer to another address, no name."""
    if not name:
        return name
    name = _NAME_LABEL.sub("", name.strip()).strip(" ,;")
    return None if not name or _NAME_SENTENCE.search(name) else name


# A header field printed beside the address block ("Delta DFW Hub    Order Date: Nov 30") is not part
# of the address; pdfplumber gives both on one line.
_BESIDE_LABEL = re.compile(
    r"\s*\b(?:P\.?O\.?(?:[ \t]*(?:#|No\.?|Number))?|Purchase[ \t]+Order(?:[ \t]+No\.?)?"
    r"|Order[ \t]+(?:Date|No\.?|Number)|(?:[A-Z][a-z]+[ \t]+)?Date|Requested[\w \t]*|Need[ \t]+by|Terms"
    r"|Ship[ \t]+Via|Vendor|Supplier|Buyer|Currency|Page|Contact|Phone|Tel|Fax|E-?mail|Attn)"
    r"[ \t]*[:#].*$",
    re.IGNORECASE,
)


# A multi-site buyer's form names the place by its kind, with its address as a field of its own: "Store
# Name: Fraser Peaks Kingsway" / "Store Address: 4700 Kingsway, Burnaby, BC V5H 4M1", "Site  Springfield
# Central Library" / "Site Address  30 Main Street, Springfield Central QLD 4300".
_PLACE_KIND = r"(?:store|site|job[ \t]*site|property|location|clinic|restaurant|school|branch|project|delivery)"
_PLACE_ADDRESS_FIELD = re.compile(r"^[ \t]*(?P<kind>" + _PLACE_KIND
                                  + r")[ \t]+address[ \t]*:?[ \t]*(?P<rest>\S[^\n]*)$",
                                  re.IGNORECASE | re.MULTILINE)
_PLACE_NAME_FIELD = (r"^[ \t]*{kind}(?:[ \t]+name)?[ \t]*"
                     r"(?::[ \t]*|[ \t]+(?!(?:address|contact|phone|tel|manager|code|no|number)\b))"
                     r"(?P<name>[^\W\d_][^\n:]{{1,60}}?)[ \t]*$")
PLACE_FIELD_CONFIDENCE = 0.7


# A place's address as a field: its own ("Store Address: ...", "Job Site Address: ..."), or a bare "Address:"
# under a field naming a place ("Clinic: Banksia Medical Centre Geelong" / "Address: 88 Ryrie Street, ..."); the
# town may follow on the next row ("City/State/Zip: Fresno, CA 93711", "Ipswich QLD 4305").
_ADDRESS_FIELD = re.compile(r"^[ \t]*(?:(?P<kind>" + _PLACE_KIND + r")[ \t]+)?address(?:[ \t]+1)?[ \t]*:?[ \t]*"
                            r"(?P<rest>\S[^\n]*)$", re.IGNORECASE | re.MULTILINE)
_TOWN_FIELD = re.compile(r"^[ \t]*(?:(?:city|town|suburb)(?:[ \t]*/[ \t]*(?:state|province|prov|st))?"
                         r"(?:[ \t]*/[ \t]*(?:zip|postcode|postal[ \t]+code))?[ \t]*:[ \t]*)?(?P<town>[^:\n]+)$",
                         re.IGNORECASE)
# A street and its town on one line without a comma ("1623 Sherman Ave Evanston IL 60201"): the street ends
# with its kind of way.
_STREET_THEN_TOWN = re.compile(r"^(?P<street>\d[^,]*?\b(?:st|street|rd|road|ave?|avenue|blvd|dr|drive|ln|lane|way"
                               r"|pkwy|hwy|ct|court|pl|place)\.?)[ \t]+"
                               r"(?P<town>[A-Za-z][A-Za-z .'-]+[ \t][A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)$", re.IGNORECASE)


def _place_address_field(text: str, part_index: int | None, kind: str) -> Field[Address] | None:
    """The place's address in a field of its own, named by the field naming the place above it."""
    for m in _ADDRESS_FIELD.finditer(text):
        above = text[:m.start()].splitlines()[-3:]
        place = re.escape(m["kind"]) if m["kind"] else _PLACE_KIND
        named = next((found["name"] for line in reversed(above)
                      if (found := re.match(_PLACE_NAME_FIELD.format(kind=place), line, re.IGNORECASE))), None)
        if m["kind"] is None and named is None:
            continue  # a bare "Address:" is a place's only under the place's name
        rest = m["rest"].strip()
        addr = one_line_address(rest)
        if addr is None and (joined := _STREET_THEN_TOWN.match(rest)) is not None:
            addr = one_line_address(f"{joined['street']}, {joined['town']}")
        if addr is None:
            below = text[m.end():].lstrip("\r\n").split("\n", 1)[0]
            town = _TOWN_FIELD.match(below)
            addr = one_line_address(f"{rest}, {town['town'].strip()}") if town else None
        if addr is None:
            continue
        if addr.name is None and named:
            addr.name = named.strip()
        return Field(addr, PLACE_FIELD_CONFIDENCE, _span(m, "rest", part_index, kind))
    return None


def find_ship_to(text: str, part_index: int | None = None, kind: str = "text") -> Field[Address] | None:
    m = _SHIP_TO_LABEL.search(text)
    confidence = 0.8
    if not m and (placed := _place_address_field(text, part_index, kind)) is not None:
        return placed
    if not m:
        # Without a ship-to label, the customer's own address block is where a delivery goes (shop
        # orders: "Customer information" / name / phone / street / postal code).
        m = _CUSTOMER_BLOCK_LABEL.search(text)
        confidence = 0.6
    if not m:
        return None
    # (A sentence's full stop after the postal code is no part of it: "Entregar en: ..., C.P. 36275.")
    addr = one_line_address(re.sub(r"(?<=\w)\.[ \t]*$", "", m.group("rest"))) if m.re is _SHIP_TO_LABEL else None
    if addr is None and m.re is _SHIP_TO_LABEL and m.group("rest").count(",") >= 2 and kind in ("text", "html"):
        # A whole address written after the label in a sentence that could not be read as one: the lines under
        # it are the message going on ("Ring Mick when you're 20 mins out"), not its street; the prose reading
        # of the destination takes it, or a clerk.
        return None
    if addr is None:
        block = _column_after(text, m) if m.re is _SHIP_TO_LABEL else None
        addr = parse_address(block if block is not None else _block_after(text, m))
    if addr is None:
        return None
    return Field(addr, confidence, Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())))


def ship_to_label(text: str) -> re.Match[str] | None:
    """The first ship-to label of a document's header ("Ship To:", "Deliver to", "Lieferadresse"), its
    words beside it in the group "rest"."""
    return _SHIP_TO_LABEL.search(text)


# Where a written-out address stops in a sentence: its postcode, then a full stop or the line's end.
# A sheet's "Entregar en" (deliver at) cell beside the address on one line. (In running text the same
# words start a sentence, which the stated destinations read.)
_CELL_SHIP_TO_LABEL = re.compile(r"(?:^|(?<=\s))(?:Entregar[ \t]+en|Lugar[ \t]+de[ \t]+entrega)[ \t]*:[ \t]*"
                                 r"(?P<rest>[^\n]+)", re.IGNORECASE | re.MULTILINE)


def _cell_ship_to(text: str, part_index: int | None, kind: str) -> Field[Address] | None:
    m = _CELL_SHIP_TO_LABEL.search(text)
    address = one_line_address(m.group("rest")) if m else None
    return Field(address, 0.8, _span(m, "rest", part_index, kind)) if m and address else None


_ADDRESS_SENTENCE_END = re.compile(r"(?<=\d|[A-Z])\.(?:[ \t]+|$)")


# (The way's name may go on with the premises on it: "Bury Road Stables", "Mill Lane Works".)
_BRITISH_WAY = re.compile(r"\b(?:Road|Street|Lane|Avenue|Way|Drive|Place|Row|Close|Crescent|Terrace|Square|Hill"
                          r"|Parade|Walk|Gardens|Yard|Park|Works|Estate)(?:[ \t]+[A-Z][a-z]+)?$")
_REGION_POSTAL_PIECE = re.compile(r"[A-Z]{2}[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)")


_DISTRICT_PIECE = re.compile(r"(?:col\.?|colonia|fracc\.?|fraccionamiento|bairro|barrio|urb\.|urbanizaci[óo]n)[ \t]+\S",
                             re.IGNORECASE)


def one_line_address(rest: str) -> Address | None:
    """The address a label gives on its own line, its parts set apart by commas ("Site Office, 88 Elm St,
    Halton ON L7J 2K4. Call first."): read only when it holds a street, a town and a postcode, so a label
    whose block runs on under it is read as a block."""
    rest = re.split(r"[ \t]{3,}|\t", _BESIDE_LABEL.sub("", rest).strip())[0]
    if rest.count(",") < 1:
        return None
    end = _ADDRESS_SENTENCE_END.search(rest)
    pieces = [p.strip() for p in (rest[:end.start()] if end else rest).split(",") if p.strip()]
    # "Almacén Norte - Avenida del Puerto 12, 29001 Málaga (Málaga)": the place's name before its street,
    # the province after its town.
    if len(pieces) >= 2 and (named := re.fullmatch(r"(?P<name>[^\d].*?)[ \t]+[-–][ \t]+(?P<street>.+)", pieces[0])) \
            and (_NUMBER_LAST_STREET.match(named["street"]) or re.match(r"\d", named["street"])):
        pieces[:1] = [named["name"], named["street"]]
    # "Av. Chapultepec Sur 315, Col. Americana, 44140 Guadalajara": the neighbourhood (a Mexican colonia, a
    # Brazilian bairro, a Spanish urbanización) between the street and the town is no part the address is read by.
    pieces = [p for p in pieces if not _DISTRICT_PIECE.match(p)] if len(pieces) >= 3 else pieces
    # "..., Dayton, OH 45402, US": the country last, as an export writes it.
    country = _COUNTRIES.get(pieces[-1].upper()) if len(pieces) >= 3 else None
    if country is None and len(pieces) >= 3 and re.fullmatch(r"[A-Z]{2}", pieces[-1]) and re.search(r"\d", pieces[-2]):
        # an ISO code after the postal code's piece ("70565 Stuttgart, DE"); in "Dover, DE" it is a state
        country = pieces[-1]
    if country is not None:
        pieces = pieces[:-1]
    # "..., Millbrook, MI 49270": the state and ZIP set apart from their town by a comma, as on an envelope.
    if len(pieces) >= 3 and _REGION_POSTAL_PIECE.fullmatch(pieces[-1]):
        pieces[-2:] = [f"{pieces[-2]}, {pieces[-1]}"]
    province = re.fullmatch(r"(?P<town>.+?)[ \t]*\((?P<province>[^()\d]+)\)", pieces[-1])
    if province:
        pieces[-1] = province["town"]
    addr = parse_address(pieces, one_line=True) if len(pieces) >= 2 else None
    if addr is None or not (addr.street and addr.city and addr.postal_code) or not (
            re.search(r"\d", addr.street) or (addr.country == "GB" and _BRITISH_WAY.search(addr.street))):
        return None  # (a British street is often a way's name alone, "Stour Lane", its full postcode beside)
    if province and addr.region is None:
        addr.region = province["province"].strip()
    if country is not None:
        addr.country = country
    return addr


def _column_after(text: str, m: re.Match[str]) -> list[str] | None:
    """The block under a label printed beside another block ("SHIP TO: ...      BILL TO: ...", "Vendor
    Ship To"), cut to the label's own column on every line, so the neighbour's address never runs into
    it; None when the label's line holds no other block."""
    line_start = text.rfind("\n", 0, m.start("label")) + 1
    line_end = text.find("\n", m.end("label"))
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    col = m.start("label") - line_start
    rest_at = m.start("rest") - line_start
    after = re.search(r"(?:[ \t]{3,}|\t)(?=\S)", line[rest_at:])
    beside_at = rest_at + after.end() if after else None
    if col == 0 and beside_at is None:
        return None
    if "\t" in line:
        return None  # tabs put columns where the reader's tab stops are, not at a character count

    def cut(ln: str) -> str:
        start = col
        while 0 < start <= len(ln) and not ln[start - 1].isspace():
            start -= 1  # a value set a little left of its label keeps its first letters
        return ln[start:beside_at].strip()

    first = line[rest_at:beside_at].strip()
    block: list[str] = [first] if first else []
    for ln in text[line_end + 1:].splitlines()[:8] if line_end >= 0 else []:
        piece = cut(ln)
        if not piece:
            if block and not ln.strip():
                break
            continue
        if _ATTENTION_LINE.match(piece):
            continue  # whom the delivery is for, inside the block: the address goes on below it
        if _NEXT_LABEL.match(piece):
            break
        block.append(piece)
    return block


def _block_after(text: str, m: re.Match[str]) -> list[str]:
    """The lines of the block a label starts: the rest of its line, then lines up to a blank line
    or the next label."""
    first = _BESIDE_LABEL.sub("", m.group("rest")).strip()
    block: list[str] = [first] if first else []
    for ln in text[m.end():].splitlines()[1:9]:
        if not ln.strip():
            if block:
                break
            continue
        if _ATTENTION_LINE.match(ln):
            continue
        if _NEXT_LABEL.match(ln):
            break
        ln = _BESIDE_LABEL.sub("", ln)
        if ln.strip():
            block.append(ln)
    return block


# Blocks that name the buyer on their first line.
_BUYER_LABEL = re.compile(
    r"^[ \t]*(?:Bill(?:ed)?[ \t]*To|Sold[ \t]*To|Invoice[ \t]+To|Buyer|Purchaser|Rechnungsadresse"
    r"|Rechnungsanschrift|Factur[ée]r?[ \t]+[àa]|Facturar[ \t]+a)[ \t]*:?[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_CUSTOMER_BLOCK_LABEL = re.compile(
    r"^[ \t]*(?:Customer(?:[ \t]+(?:information|info|details|data))?|Kunde|Kundeninformation(?:en)?"
    r"|Kundendaten|Client|Informations?[ \t]+client|Datos[ \t]+del[ \t]+cliente|Cliente)"
    r"[ \t]*:?[ \t]*(?P<rest>)$",
    re.IGNORECASE | re.MULTILINE,
)


# A form's field naming who orders, its value beside it: "Customer: Pedernales Greenscapes Inc.", "Store: ...".
_CUSTOMER_FIELD = re.compile(
    r"^[ \t]*(?:Customer(?:[ \t]+name)?|Client(?:[ \t]+name)?|Company(?:[ \t]+name)?|Account[ \t]+name"
    r"|Store(?:[ \t]+name)?|Kunde|Cliente)[ \t]*:[ \t]*(?P<rest>\S[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)


def find_buyer(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """The buyer's name: the first line of a bill-to / sold-to block, else of a customer block, else a form's
    customer field."""
    for label, confidence in ((_BUYER_LABEL, 0.7), (_CUSTOMER_BLOCK_LABEL, 0.6), (_CUSTOMER_FIELD, 0.6)):
        m = label.search(text)
        if not m:
            continue
        block = [ln.strip().strip(",") for ln in _block_after(text, m) if ln.strip()]
        name = block[0] if block else ""
        # A name has letters and is not itself an address line, a phone number or another label.
        if (re.search(r"[^\W\d_]{2}", name) and not re.match(r"^\d", name) and ":" not in name
                and len(name) <= 80):
            return Field(name, confidence, _span(m, "rest", part_index, kind))
    return None


# What a letterhead's first line is not: a document title, a page or copy mark, a label, a number.
_NOT_A_NAME = re.compile(rf"\b(?:{_ORDER_TITLE_WORDS}|encomenda|bestilling|ordre"
                         r"|purchase|order|bestellung|commande|pedido|orden|page|seite|p[áa]gina|copy|original"
                         r"|invoice|date|number|total|confidential|revised|amended|change"
                         # a row of block labels ("Vendor   Ship To", "Fournisseur   Adresse de livraison")
                         r"|vendor|supplier|fournisseur|lieferant|proveedor|ship|bill|sold|deliver|delivery"
                         r"|livraison|lieferadresse|entrega|address|adresse|direcci[óo]n)\b", re.IGNORECASE)


# A sheet's title naming who orders and what: "Fraser Peaks Restaurant Group - Supply Order", "CEDAR VALLEY USD -
# CUSTODIAL SUPPLY ORDER", "Lakeshore Diner Co. - weekly supply order".
_TITLED_ORDER = re.compile(r"^[ \t]*(?P<name>[^\W\d_][^\n:]{2,60}?)[ \t]+[-–—|][ \t]+(?:[^\n:]{0,40}?[ \t])?"
                           r"(?:order|order[ \t]+form|order[ \t]+sheet|requisition)[ \t]*$", re.IGNORECASE)


def find_titled_buyer(text: str, part_index: int | None = None, kind: str = "sheet") -> Field[str] | None:
    """The buyer a sheet's first line names before what kind of order it is ("Fraser Peaks Restaurant Group -
    Supply Order"): low confidence, as a letterhead's, for matching to hold against the customers on file."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    m = _TITLED_ORDER.match(first)
    if m is None or _NOT_A_NAME.search(m["name"]):
        return None
    start = text.index(first) + m.start("name")
    return Field(m["name"].strip(), 0.5, Provenance(kind=kind, part_index=part_index,
                                                    span=(start, start + len(m["name"].strip()))))


def find_issuer(text: str, part_index: int | None = None, kind: str = "pdf",
                first_line: bool = True) -> Field[str] | None:
    """Who issued a printed order, from its letterhead: the document's first line when it names a
    company, or the first name at the top whose own address follows it ("Harbor Mills Inc" / "12 Dock
    Road" / "Salem, OR 97301"). A purchase order is issued by its buyer, so this is the buyer when no
    block names one. Confidence stays low: a letterhead can be an image, and some orders are printed on
    the supplier's form. Without `first_line`, only a name over its address counts (a scan's first
    line is often a logo read as letters)."""
    lines = text.splitlines()[:12]
    offset = 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        start = offset + (len(raw) - len(raw.lstrip()))
        offset += len(raw) + 1
        words = line.split()
        if (not words or len(words) > 6 or ":" in line or _NOT_A_NAME.search(line)
                or not re.search(r"[^\W\d_]{3}", line) or sum(c.isdigit() for c in line) > 2):
            continue
        follows = parse_address(lines[i:i + 4])
        over_its_address = follows is not None and follows.name == line and bool(follows.city or follows.postal_code)
        if (first_line and i == 0) or over_its_address:
            return Field(line, 0.5, Provenance(kind=kind, part_index=part_index, span=(start, start + len(line))))
    return None


# Where the invoice goes: its own block, not the buyer's ("Sold To") nor the delivery address.
_BILL_TO_LABEL = re.compile(
    r"^[ \t]*(?:Bill(?:ed|ing)?[ \t-]*To|Billing[ \t]+Address|Invoice[ \t]+(?:To|Address)|Invoicing[ \t]+Address"
    r"|Rechnungsadresse|Rechnungsanschrift|Rechnungsempf[äa]nger|Adresse[ \t]+de[ \t]+facturation"
    r"|Factur[ée]r?[ \t]+[àa]|Facturar[ \t]+a|Direcci[óo]n[ \t]+de[ \t]+facturaci[óo]n)[ \t]*:?[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Another address label on the same line: two blocks printed side by side, whose lines run together.
_ADDRESS_BESIDE = re.compile(r"\b(?:Ship(?:ped)?[ \t]*To|Ship-to|Deliver[ \t]*To|Delivery[ \t]+Address|Lieferadresse"
                             r"|Lieferanschrift|Adresse[ \t]+de[ \t]+livraison|Direcci[óo]n[ \t]+de[ \t]+entrega)\b",
                             re.IGNORECASE)


def find_bill_to(text: str, part_index: int | None = None, kind: str = "text") -> Field[Address] | None:
    """The bill-to address: the block under a "Bill To" / "Rechnungsadresse" / "Facturar a" label."""
    m = _BILL_TO_LABEL.search(text)
    if not m or _ADDRESS_BESIDE.search(m.group("rest")):
        return None
    addr = parse_address(_block_after(text, m))
    # Without a city line, a "street" without a number may be whatever followed the name (a table's
    # header), and a name alone is the buyer's field, not an address.
    if addr is None or (addr.city is None and addr.postal_code is None
                        and not (addr.street and re.search(r"\d", addr.street))):
        return None
    return Field(addr, 0.8, Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())))


# Labels need their colon (or a line of their own): "terms and conditions apply" is prose.
_TERMS_LABEL = re.compile(
    r"(?:^[ \t]*Terms|(?:^|(?<=[ \t]))(?:Payment[ \t]+Terms|Terms[ \t]+of[ \t]+Payment|Payment[ \t]+Conditions"
    r"|Zahlungsbedingung(?:en)?|Zahlungsziel|Zahlungskonditionen|Conditions[ \t]+de[ \t]+(?:paiement|r[èe]glement)"
    r"|Modalit[ée]s[ \t]+de[ \t]+paiement|Condiciones[ \t]+de[ \t]+pago|T[ée]rminos[ \t]+de[ \t]+pago"
    r"|Forma[ \t]+de[ \t]+pago))[ \t]*(?::[ \t]*(?P<rest>[^\n]*)|$)",
    re.IGNORECASE | re.MULTILINE,
)
_NOTES_LABEL = re.compile(
    r"^[ \t]*(?:Notes?|Comments?|Remarks?|(?:Special|Delivery)[ \t]+Instructions|Bemerkung(?:en)?|Anmerkung(?:en)?"
    r"|Hinweis(?:e)?|Remarques?|Commentaires?|Observaci[óo]n(?:es)?|Comentarios?|Notas?)"
    r"[ \t]*(?::[ \t]*(?P<rest>[^\n]*)|$)",
    re.IGNORECASE | re.MULTILINE,
)
# A mail footer is not the buyer's note.
_DISCLAIMER = re.compile(r"confidential|intended[ \t]+recipient|disclaimer|privileged|vertraulich", re.IGNORECASE)
_MAX_NOTE = 500


def _next_lines(text: str, start: int, limit: int) -> list[str]:
    """Up to `limit` lines after `start`'s line, ending at a blank line or another label."""
    out: list[str] = []
    for ln in text[start:].splitlines()[1:limit + 1]:
        if not ln.strip() or _NEXT_LABEL.match(ln) or _LABELLED_LINE.match(ln):
            break
        out.append(ln.strip())
    return out


def find_payment_terms(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """"Net 30", "30 Tage netto": the rest of a payment-terms label's line, or the line under a lone label."""
    for m in _TERMS_LABEL.finditer(text):
        rest = m.group("rest")
        confidence = 0.8
        if rest is None or not rest.strip():
            under = _next_lines(text, m.start(), 1)
            rest, confidence = (under[0] if under else ""), 0.7
        value = _BESIDE_LABEL.sub("", rest).strip().strip(".,;")
        if re.search(r"\w", value) and len(value) <= 120:
            return Field(value, confidence, Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())))
    return None


def find_notes(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """What the buyer writes under "Notes" / "Bemerkungen" / "Observaciones". In mail and HTML a note
    runs on to a blank line; a PDF or sheet prints no blank lines, so there it is one line."""
    flowing = kind in ("text", "html")
    for m in _NOTES_LABEL.finditer(text):
        rest = (m.group("rest") or "").strip()
        parts = [rest] if rest else []
        parts += _next_lines(text, m.start(), 4 if flowing else (0 if rest else 1))
        value = " ".join(p for p in parts if p)[:_MAX_NOTE].strip()
        if re.search(r"\w{2}", value) and not _DISCLAIMER.search(value):
            return Field(value, 0.7, Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())))
    return None


# A label alone on its line with its value on the next ("Order code" / "1016"): a shop's or a form's
# layout. Only labels of single-value fields, and only with a bare value under them.
_STACKED_LABEL = re.compile(
    r"^(?P<label>[ \t]*(?:P\.?O\.?[ \t]*(?:#|No\.?|Nr\.?|Number(?:/date)?|Num\.?)|Purchase[ \t]+Order[ \t]*"
    r"(?:#|No\.?|Nr\.?|Number(?:/date)?|Date)|Order[ \t]*(?:#|No\.?|Nr\.?|Number(?:/date)?|Code|ID|Date)"
    r"|Bestell(?:nummer|-?Nr\.?|code|datum)"
    r"|(?:Expected[ \t]+|Requested[ \t]+)?Delivery[ \t]+Date|Required[ \t]+Date|Due[ \t]+Date|Ship[ \t]+Date"
    r"|Liefertermin|Lieferdatum|Currency|Währung"
    # a form's bare "Date" or "Required" box over nothing but a date (what it dates is the plain labels' to say)
    r"|(?:Date|Required)(?=[ \t]*\n[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t]*$))[ \t]*[:#]?[ \t]*)"
    r"\n(?=[ \t]*(?P<value>[^\n]{1,60})$)",
    re.IGNORECASE | re.MULTILINE,
)
_LABELLED_LINE = re.compile(r"^[ \t]*[A-Za-z][A-Za-z .#/-]{0,30}:")
_ORDER_LINE_START = re.compile(r"^[ \t]*(?:[-*•]\s*)?\d+[ \t]*[x×][ \t]", re.IGNORECASE)  # "10 x ABC-1" is a line


# A title alone on its line with the order's number alone under it ("Purchase Order" / "4500917733"), as
# ERP forms print it: the number has a digit and is one token, so "Page 1 of 2" or a date is not taken.
_STACKED_TITLE = re.compile(r"^(?P<label>[ \t]*Purchase[ \t]+Order[ \t]*)\n"
                            r"(?=[ \t]*(?P<word>(?:Number|No\.?|Nr\.?|\#)[ \t]*:?[ \t]*)?"
                            r"(?P<value>[A-Z]{0,4}-?\d[\w\-/]{3,24})[ \t]*$)", re.IGNORECASE | re.MULTILINE)
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def join_stacked_labels(text: str) -> str:
    """The text with each stacked label joined to its value, "Order code:1016"; the same length,
    so spans found in it are spans in the original."""
    chars = list(text)
    for m in _STACKED_TITLE.finditer(text):
        if not _DATE_LIKE.match(m.group("value")):
            # "Purchase order" over "Number PO284256-1": one label, "Purchase order Number".
            chars[m.end("label")] = " " if m.group("word") else ":"
    for m in _STACKED_LABEL.finditer(text):
        value = m.group("value")
        if _LABELLED_LINE.match(value) or _STACKED_LABEL.match(value + "\n") or _ORDER_LINE_START.match(value):
            continue
        chars[m.end("label")] = ":" if not m.group("label").rstrip().endswith((":", "#")) else " "
    return "".join(chars)


_CURRENCY_CODES = ("USD|EUR|GBP|CHF|CAD|AUD|NZD|INR|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|ZAR|SGD|HKD|AED"
                   "|SAR|TRY|RON|PHP")
_CURRENCY_BY_AMOUNT = re.compile(
    # (not inside a code: "CFM-2026-AED4F2" is a PO number, no amount in dirhams)
    rf"(?<![\w/-])(?P<before>{_CURRENCY_CODES})[ \t]?(?=\d[\d.,']*(?![\w-]))"
    rf"|(?<=\d)[ \t]?(?P<after>{_CURRENCY_CODES})\b"
    rf"|\b(?:in|en)[ \t]+(?P<in>{_CURRENCY_CODES})\b"
    # beside the totals' label: "Total General / USD", "Importe total (EUR):"
    rf"|\b(?i:(?:sub-?)?total)\b[^\n\d/(\[]{{0,20}}[/(\[][ \t]*(?P<total>{_CURRENCY_CODES})\b"
    # the code after the totals' label, its amount in the next cell or further on: "TOTAL GBP    4634.20",
    # "Total CAD,1,054.30", "Grand total EUR"
    rf"|\b(?i:(?:sub-?|grand[ \t]+|order[ \t]+)?total)[ \t]+(?P<total_code>{_CURRENCY_CODES})\b(?![ \t]*[\w-]*[a-z])"
)


# Signs that name one currency. A bare "$" does not (US, Canada, Australia, Mexico...): it is kept as a
# sign for matching, which knows the customer.
_SIGN_CODES = {"£": "GBP", "€": "EUR", "₹": "INR", "US$": "USD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD",
               "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "R$": "BRL", "$": "$",
               # French Canada writes the country after the sign: "125,00 $ CA", "nos prix en $ CA"
               "$CA": "CAD", "$US": "USD", "$AU": "AUD"}
# Beside an amount ("$41.50", "36,20 €"), or heading a column of amounts ("Unit $", "Ext. Price (€)").
_SIGN_BY_AMOUNT = re.compile(r"(?<![A-Za-z])(?P<before>US\$|CAD?\$|C\$|AU?\$|NZ\$|S\$|HK\$|R\$|\$|£|€|₹)[ \t]?(?=\d)"
                             r"|(?<=\d)[ \t]?(?P<after>€|£|\$[ \t]?(?:CA|US|AU)\b|\$)(?!\w)"
                             r"|\b(?:in|en)[ \t]+(?P<within>\$[ \t]?(?:CA|US|AU)\b|(?:CA|US|AU)\$)"
                             r"|\b(?:price|unit|ext|extension|amount|total|cost|rate|each)\.?[ \t]?[(\[]?"
                             r"(?P<heading>US\$|C\$|\$|£|€|₹)(?![\w$])", re.IGNORECASE)


def find_currency_by_amounts(text: str, part_index: int | None = None,
                             kind: str = "text") -> Field[str] | None:
    """Without a currency label, the one ISO code written beside the amounts ("CHF 26,70",
    "INR 142633.17", "Total in CHF"), else the one currency the signs beside them name ("£7.10",
    "36,20 €", "C$ 12.00"); two different currencies say nothing, and a bare "$" is `find_currency_sign`'s."""
    groups = ("before", "after", "in", "total", "total_code")
    found = {next(m[g] for g in groups if m[g]): m for m in _CURRENCY_BY_AMOUNT.finditer(text)}
    if len(found) == 1:
        code, m = next(iter(found.items()))
        group = next(g for g in groups if m[g])
        return Field(code, 0.75, _span(m, group, part_index, kind))
    if found:
        return None
    signs = _signs(text)
    named = {code for code in signs if code != "$"}
    if len(named) != 1:
        return None
    code = named.pop()
    return Field(code, 0.75, _span(signs[code], _sign_group(signs[code])[0], part_index, kind))


# A sentence about prices that names the currency they are in: "Prices in AUD as per our agreement", "CAD
# pricing please", "zu den Preisen lt. Rahmenvertrag (EUR)", "precios en euros", "as per contract (GBP)".
_PRICE_WORDS = re.compile(r"\b(?:prices?|pricing|priced|preise?n?|prix|tarifs?|precios?|prezzi|prezzo|prijz(?:en)?|"
                          r"prijs|pre[çc]os?)\b", re.IGNORECASE)
_CURRENCY_NAMES = {"euro": "EUR", "euros": "EUR", "sterling": "GBP", "pounds sterling": "GBP",
                   "canadian dollars": "CAD", "australian dollars": "AUD", "us dollars": "USD",
                   "u.s. dollars": "USD", "dollars canadiens": "CAD", "new zealand dollars": "NZD",
                   "swiss francs": "CHF", "franken": "CHF", "indian rupees": "INR", "rupees": "INR"}
_WORDED_CURRENCY = re.compile(rf"(?<![A-Za-z])(?P<code>{_CURRENCY_CODES})(?![A-Za-z])|\b(?P<name>"
                              + "|".join(sorted((re.escape(n) for n in _CURRENCY_NAMES), key=len, reverse=True))
                              + r")\b", re.IGNORECASE)


_DRAWING = re.compile(r"[ \t]*(?:drawings?|models?|files?|dwg|dxf|design|data|software|plans?)\b", re.IGNORECASE)


def find_currency_in_words(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """The one currency the buyer's sentences about prices name, by its code or its name; a code alone
    counts only written in capitals ("cad" is no currency), and two currencies say nothing."""
    found: dict[str, tuple[re.Match[str], str]] = {}
    for line in re.finditer(r"[^\n]+", text):
        if not _PRICE_WORDS.search(line.group()):
            continue
        shouted = line.group().upper() == line.group()  # "PLEASE TRY TO HOLD PRICES": no code stands out
        for m in _WORDED_CURRENCY.finditer(text, line.start(), line.end()):
            if m["code"] and shouted:
                continue
            if m["code"] and _DRAWING.match(text, m.end()):
                continue  # "the CAD drawing", "CAD model": computer-aided design, no currency
            if m["code"] and m["code"].isupper():
                found.setdefault(m["code"], (m, "code"))
            elif m["name"]:
                found.setdefault(_CURRENCY_NAMES[m["name"].lower()], (m, "name"))
    if len(found) != 1:
        return None
    code, (m, group) = next(iter(found.items()))
    return Field(code, 0.75, _span(m, group, part_index, kind))


def find_currency_sign(text: str, part_index: int | None = None, kind: str = "text") -> Field[str] | None:
    """A bare "$" beside the amounts when no other currency is written: which dollar is the customer's."""
    if _CURRENCY_BY_AMOUNT.search(text):
        return None
    signs = _signs(text)
    if set(signs) != {"$"}:
        return None
    return Field("$", 0.75, _span(signs["$"], _sign_group(signs["$"])[0], part_index, kind))


def _signs(text: str) -> dict[str, re.Match[str]]:
    return {_SIGN_CODES[re.sub(r"[ \t]", "", _sign_group(m)[1].upper())]: m for m in _SIGN_BY_AMOUNT.finditer(text)}


def _sign_group(m: re.Match[str]) -> tuple[str, str]:
    group = "before" if m["before"] else "after" if m["after"] else "within" if m["within"] else "heading"
    return group, m[group]


# A price column's heading that names its currency: "Unit price (GBP)", "Preis EUR", "Amount £".
_AMOUNT_HEADING = re.compile(r"\b(?:price|unit|ext|extension|amount|total|cost|rate|value|net|preis|betrag|"
                             r"summe|prix|montant|precio|importe|prezzo|prijs|bedrag)", re.IGNORECASE)
_HEADING_CURRENCY = re.compile(rf"(?<![A-Za-z])(?P<code>{_CURRENCY_CODES})(?![A-Za-z])|(?P<sign>£|€|₹)")


# A currency in a spreadsheet cell's number format: a sign or code quoted ('"€"', '"CHF"') or in a locale
# tag ('[$£-809]', '[$EUR]'); a bare "$" names no one currency.
FORMAT_CURRENCY = re.compile(rf'(?P<sign>£|€|₹)|"[ \t]?(?P<code>{_CURRENCY_CODES})[ \t]?"'
                             rf"|\[\$(?P<code2>{_CURRENCY_CODES})[^\]]*\]")


def find_currency_in_headings(headings: list[str], part_index: int | None = None,
                              kind: str = "csv") -> Field[str] | None:
    """The one currency the price columns' headings name ("Unit price (GBP)", "Line total (GBP)"); none
    when they name two, or name none."""
    codes = set()
    for heading in headings:
        if _AMOUNT_HEADING.search(heading):
            codes |= {m["code"] or _SIGN_CODES[m["sign"]] for m in _HEADING_CURRENCY.finditer(heading)}
    if len(codes) != 1:
        return None
    return Field(codes.pop(), 0.75, Provenance(kind=kind, part_index=part_index))


def document_day_first(text: str) -> bool | None:
    """Whether the text's dates put the day first, by its evidence (other dates, month names) or a
    label in a day-first language; None when nothing says."""
    day_first = day_first_evidence(text)
    if day_first is None and _DAY_FIRST_LABEL.search(text):
        day_first = True
    return day_first


def find_header(text: str, part_index: int | None = None, kind: str = "text",
                day_first: bool | None = None, only: frozenset[str] | None = None,
                letter: bool = False) -> ExtractedHeader:
    """Every header field the text labels (or only those named in `only`, each read as it would be with
    the rest). Fields it does not label stay None, never guessed. `letter`: the text is a printed page's whole
    text, which may date itself as a letter does (a date alone on its line under the letterhead)."""
    # "\r\n" read as " \n" keeps every offset and lets "$" end a line; then stacked labels are joined.
    text = join_stacked_labels(text.replace("\r\n", " \n"))
    wanted = (lambda name: True) if only is None else only.__contains__
    header = ExtractedHeader(po_number=find_po_number(text, part_index, kind) if wanted("po_number") else None)
    if day_first is None and (wanted("order_date") or wanted("requested_date")):
        day_first = document_day_first(text)
    settled = day_first is not None
    order_labels = [_ORDER_DATE_LABEL, ORDER_DATE_WORDS] + ([_PLAIN_DATE_LABEL] if kind not in ("text", "html") else [])
    for name, labels, confidence in (("order_date", order_labels, 0.9),
                                     ("requested_date", [_REQUESTED_DATE_LABEL]
                                      + ([_CELL_DELIVERY_LABEL] if kind in ("sheet", "csv") else []), 0.85)):
        if not wanted(name):
            continue
        m = next((found for label in labels if (found := label.search(text))), None)
        # An ambiguous 09/03/2026 the document does not settle keeps how it was written: filing reads it
        # with what the whole message shows (orchestration/process_message.py), or doubts it.
        if m and (found := read_stated_date(m.group("rest"), day_first if settled else None)):
            value, written, certain = found
            setattr(header, name, Field(value, confidence, _span(m, "rest", part_index, kind),
                                        written=None if certain else written))
    if header.order_date is None and header.po_number is not None and wanted("order_date"):
        header.order_date = _date_after_number(text, header.po_number, day_first if settled else None, part_index,
                                               kind)
    # (a page's whole text only: a layout pass reading fields apart has cut their labels away)
    if header.order_date is None and letter and wanted("order_date"):
        header.order_date = _letter_date(text, day_first if settled else None, part_index, kind)
    m = _CURRENCY_LABEL.search(text) if wanted("currency") else None
    if m:
        header.currency = Field(m.group("value").upper(), 0.9, _span(m, "value", part_index, kind))
    elif wanted("currency"):
        header.currency = (find_currency_by_amounts(text, part_index, kind)
                           or find_currency_in_words(text, part_index, kind))
        header.currency_sign = None if header.currency else find_currency_sign(text, part_index, kind)
    if wanted("ship_to"):
        header.ship_to = find_ship_to(text, part_index, kind)
        if header.ship_to is None and kind in ("sheet", "csv"):
            header.ship_to = _cell_ship_to(text, part_index, kind)
    if wanted("buyer"):
        header.buyer = find_buyer(text, part_index, kind)
    if wanted("bill_to"):
        header.bill_to = find_bill_to(text, part_index, kind)
    if wanted("payment_terms"):
        header.payment_terms = find_payment_terms(text, part_index, kind)
    if wanted("notes"):
        header.notes = find_notes(text, part_index, kind)
    return header


# The order's date said right after its number: "PO 2026/EE/0447 (dated 02/12/2026)", "Order PA-5540 (7 December
# 2026)", "comenzii nr. 1187 din 03.12.2026", "narudžbenici br. 87/2026 od 1.12.2026", "Auftragsnummer: 2026/1419
# vom 25.11.2026", "Order 26-1150, date 08/12/2026", "pedido 2026/88, fecha 07/12/2026", "PO 19361  10/12/2026".
_DATE_AFTER_NUMBER = re.compile(
    r"[ \t]*(?:[,(/]|[ \t]-)?[ \t]*(?:(?:dated|date|datum|raised(?:[ \t]+on)?|issued(?:[ \t]+on)?|of|vom|von|din|od|"
    r"z[ \t]+dnia|ze[ \t]+dne|fecha|data|emitido[ \t]+em|emitida[ \t]+em|du|del|de|ημερομηνία|tarih|kelt)"
    r"[ \t]*:?[ \t]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+)?(?P<rest>[^\n)]{4,30})", re.IGNORECASE)


def _date_after_number(text: str, po: Field[str], day_first: bool | None, part_index: int | None,
                       kind: str) -> Field[date] | None:
    """The date written right after the order's number, as the order's own date."""
    span = po.provenance.span if po.provenance else None
    if not span:
        return None
    m = _DATE_AFTER_NUMBER.match(text, span[1])
    if m is None:
        return None
    found = read_stated_date(m.group("rest"), day_first)
    if found is None or not re.match(r"[ \t]*(?:\d|[^\W\d_]+[ \t]+\d)", m.group("rest")):
        return None
    value, written, certain = found
    return Field(value, 0.85, _span(m, "rest", part_index, kind), written=None if certain else written)


# A date alone on its line, as a letter dates itself: "12/01/26", "1 December 2026", "December 1st, 2026".
_LETTER_DATE_LINE = re.compile(
    r"^[ \t]*(?P<rest>\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?[ \t]+{MONTH_WORDS}\.?,?[ \t]+\d{{4}}"
    rf"|{MONTH_WORDS}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_LETTER_HEAD_LINES = 20


def _letter_date(text: str, day_first: bool | None, part_index: int | None, kind: str) -> Field[date] | None:
    """A document printed as a letter dates itself on a line of its own above the order ("12/01/26" under the
    letterhead): with no dated label, that one date is the order's. Two such lines, or one far down the page
    (a column of dates), say nothing."""
    found = list(_LETTER_DATE_LINE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    if sum(1 for ln in text[:m.start()].splitlines() if ln.strip()) >= _LETTER_HEAD_LINES:
        return None
    read = read_stated_date(m.group("rest"), day_first)
    if read is None:
        return None
    value, written, certain = read
    return Field(value, 0.85, _span(m, "rest", part_index, kind), written=None if certain else written)


# Titles stand at the start of a line; "please confirm receipt", "Invoice to:" (a billing address on a
# PO) or a PO's instructions to the supplier ("Invoice must quote our PO number", "Invoice in
# duplicate") are not titles.
_NOT_ORDER_TITLES = [
    ("invoice", re.compile(r"^[ \t]*(?:tax[ \t]+|commercial[ \t]+|pro[ \t-]?forma[ \t]+)?"
                           r"(?:invoice|rechnung|facture|factura|faktura|fattura|factuur|fatura|credit[ \t]+note)\b"
                           r"(?![ \t]*(?:to|address|instructions?|must|should|shall|will|only|in[ \t]+duplicate|via"
                           r"|by|e-?mail|an|à|a[ \t]+nombre"
                           # "Faktura sendes elektronisk", "Faktura skickas till", "Rechnung bitte an", "Factuur naar":
                           # how the invoice is to reach the buyer, in the Nordic languages, German and Dutch
                           r"|sendes|skickas|s[äa]nds|sendt|til|till|wird|bitte|per|naar|aan|elektronisch|elektronisk"
                           # "Factuur uitsluitend digitaal, met vermelding van ...": how the invoice is to be sent
                           r"|uitsluitend|alleen|nur|ausschlie(?:ß|ss)lich|uniquement|solo|solamente|soltanto|kun|endast"
                           r"|vain|wy[łl][ąa]cznie|pouze|only|digital|digitaal|digitale|digitalt|met|mit|with|avec|con|com"
                           r"|graag|gerne|prosimy|pros[íi]me)\b)",
                           re.IGNORECASE | re.MULTILINE)),
    ("quotation", re.compile(r"^[ \t]*(?:quotation|quote|angebot|devis|cotizaci[óo]n|"
                             r"request[ \t]+for[ \t]+quotation)\b", re.IGNORECASE | re.MULTILINE)),
    # A title set right of the sender's name comes out at the end of its line: "Sammy Co    INVOICE".
    # Only in capitals, as titles are printed; "please send your invoice" is prose.
    ("invoice", re.compile(r"[ \t](?:TAX[ \t]+|COMMERCIAL[ \t]+|PRO[ \t-]?FORMA[ \t]+)?"
                           r"(?:INVOICE|RECHNUNG|FACTURE|FACTURA|FAKTURA|FATTURA|FACTUUR|FATURA|"
                           r"CREDIT[ \t]+NOTE)[ \t]*$",
                           re.MULTILINE)),
    ("quotation", re.compile(r"[ \t](?:QUOTATION|QUOTE|ANGEBOT|DEVIS|COTIZACI[ÓO]N)[ \t]*$", re.MULTILINE)),
    # A supplier's answer to an order (ORDRSP in paper), not a buyer's "Confirming order": a title of its own.
    ("order response", re.compile(r"^[ \t]*(?:order[ \t]+(?:acknowledge?ment|response)|auftragsbest[äa]tigung"
                                  r"|accus[ée][ \t]+de[ \t]+r[ée]ception[ \t]+de[ \t]+commande"
                                  # the supplier's confirmation in Italian, Dutch, the Nordic languages, Polish,
                                  # Czech, Finnish and Portuguese
                                  r"|conferma[ \t]+(?:d'|dell'|di[ \t]+)?ordine|orderbevestiging|ordrebekr[æa]ftelse"
                                  r"|ordrebekreftelse|orderbekr[äa]ftelse|potwierdzenie[ \t]+zam[óo]wienia"
                                  r"|potvrzen[íi][ \t]+objedn[áa]vky|tilausvahvistus"
                                  r"|confirma[çc][ãa]o[ \t]+de[ \t]+encomenda)\b"
                                  r"(?![^\n]*\b(?:required|must|within|please|shall|should|requested)\b)",
                                  re.IGNORECASE | re.MULTILINE)),
]
_ORDER_TITLE = re.compile(r"\bpurchase\s+order\b|\bbestellung\b|\bbon\s+de\s+commande\b|\borden\s+de\s+compra\b|"
                          r"\bpedido\b|\border\s+form\b"
                          # Dutch, Italian, Polish, Czech, the Nordic languages, Finnish, Portuguese, Turkish, Romanian
                          r"|\binkooporder\b|\bbestelbon\b|\bordine\s+(?:d'acquisto|fornitore|di\s+acquisto)\b"
                          r"|\bzam[óo]wienie\b|\bobjedn[áa]vka\b|\bindk[øo]bsordre\b|\bk[øo]bsordre\b|\bbest[äa]llning\b"
                          r"|\binnkj[øo]psordre\b|\bostotilaus\b|\bencomenda\b|\bsipari[şs]\b|\bcomand[ăa]\b",
                          re.IGNORECASE)
# An order word followed by a number label ("Purchase Order No. 4500012345", "PO Ref:", "Bestellung
# Nr. 77", "Pedido: 12") or owned by the reader ("Your purchase order") quotes the buyer's order, as
# invoices do; it is a reference, not what the document calls itself.
_REFERENCE_AFTER = re.compile(r"[ \t]*(?:No\b\.?|Nr\b\.?|N[°º]|#|Number|Num\b\.?|Ref\b\.?|Reference|Date|ID\b|vom\b"
                              r"|du\b|dated\b|:)", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(r"\b(?:your|customer|client|buyer'?s?|ihre?r?|votre|su|vuestro)[ \t]+$", re.IGNORECASE)


def _order_title_at(head: str) -> int | None:
    """Where the first order word that is a title (not a quoted reference) starts."""
    for m in _ORDER_TITLE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _REFERENCE_AFTER.match(head, m.end()) or _REFERENCE_BEFORE.search(head[line_start:m.start()]):
            continue
        return m.start()
    return None


def document_kind(text: str) -> str | None:
    """'invoice', 'quotation' or 'order response' when the document's title says so before anything calls it
    an order.

    Invoices quote the buyer's PO number, so a PO label proves nothing, and neither does "Purchase
    Order No. 4500012345" printed above the invoice's own title; what the document calls itself
    first does."""
    head = text[:800]
    # An invoice quotes the order it bills; an order quotes the quotation it accepts ("Quote No. Q-12"),
    # so before a quotation title any order word counts, before an invoice title only an order title.
    order_at = {"invoice": _order_title_at(head),
                "quotation": m.start() if (m := _ORDER_TITLE.search(head)) else None}
    order_at["order response"] = order_at["invoice"]  # it quotes the order it answers, as an invoice does
    for kind, title in _NOT_ORDER_TITLES:
        found = title.search(head)
        if found and (order_at[kind] is None or found.start() < order_at[kind]):
            return kind
    return None


# ---------------------------------------------------------------- purpose in words

# What a buyer writes when a message is not a new order but does something to one already sent. Each
# phrase names the order it acts on ("cancel our order", "revised PO", "Änderung der Bestellung"), so a
# line's "Cancel button kit" or "we will change suppliers" is not one; "please confirm receipt" and
# "can you confirm the price" are questions, not a confirmation, which counts only as a title.
_ORDER = r"(?:purchase\s+order|p\.?\s?o\b\.?|order)"
_OWNER = r"(?:(?:our|my|the|this|your|that)\s+)?"
# A number token holding a digit, consumed possessively: an unbounded "[\w/-]*\d[\w/-]*" backtracked for
# seconds on one long token after "order" (20 s on 50,000 characters).
_NUMBER = r"(?:\s*(?:#|no\.?|nr\.?|number)?\s*:?\s*[A-Z0-9](?=[\w/-]{0,40}\d)[\w/-]*+)?"
# "PO 7001 - CANCELLED", "PO 4471: revised", "PO 4471 (updated)"
_SEP = r"\s*[-–:(]?\s*"
_PURPOSE_WORDS: list[tuple[Purpose, re.Pattern[str]]] = [(kind, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
                                                          for kind, pattern in (
    (Purpose.CANCEL, rf"\b(?:please\s+)?cancel(?:l?ing)?\s+{_OWNER}{_ORDER}"
                     rf"|\bcancell?ation\s+(?:of\s+)?{_OWNER}{_ORDER}|\b{_ORDER}{_NUMBER}{_SEP}(?:cancell?ation|cancell?ed|void(?:ed)?)\b"
                     rf"|\b(?:please\s+)?void\s+{_OWNER}{_ORDER}"
                     r"|\bstornierung\b|\bstornieren\b|\bstorno\b"
                     r"|\bannulation\s+(?:(?:de\s+la|de\s+notre|de\s+votre|du|de)\s+)?(?:bon\s+de\s+)?commande"
                     r"|\bannul(?:er|ez)\s+(?:(?:la|notre|cette)\s+)?commande|\bcommande\s+annul[ée]e"
                     r"|\b(?:cancelar|anular)\s+(?:(?:el|nuestro|este)\s+)?pedido"
                     r"|\b(?:cancelaci[óo]n|anulaci[óo]n)\s+(?:(?:del|de\s+nuestro|de)\s+)?pedido"
                     r"|\bpedido\s+(?:cancelado|anulado)"),
    (Purpose.REPLACE, rf"\b(?:replaces|supersedes|supercedes)\s+{_OWNER}{_ORDER}"
                      rf"|\breplacement\s+(?:for|of)\s+{_OWNER}{_ORDER}|\breplacement\s+{_ORDER}"
                      rf"|\bcancel\s+(?:and|&)\s+replace\b"
                      r"|\bannule\s+et\s+remplace\b|\bersetzt\s+(?:die\s+|unsere\s+)?bestellung"
                      r"|\breemplaza\s+(?:al?\s+|el\s+)?pedido"),
    # Cancelling some of an order's items ("please cancel the 11x17 paper (line 3)") changes it.
    (Purpose.CHANGE, rf"\b(?:revised|amended|modified|changed|corrected|updated)\s+{_ORDER}"
                     rf"|\bplease\s+cancel\b(?!\s+{_OWNER}{_ORDER})"
                     rf"|\b(?:changes?|amendments?|revisions?|modifications?|corrections?)\s+(?:to|of|for|on)\s+"
                     rf"{_OWNER}{_ORDER}"
                     rf"|\b{_ORDER}{_NUMBER}{_SEP}(?:change[ds]?|amendment|amended|revision|revised|updated|"
                     r"rev\.?\s*[A-Z0-9]{1,3})\b"
                     rf"|\bamendment\s+(?:no\.?\s*|#\s*)?\d{{1,3}}\s+(?:to|of)\s+{_OWNER}{_ORDER}"
                     r"|^[ \t]*correction\s*:"
                     rf"|\b(?:please\s+(?:change|amend|modify|revise|update)\s+{_OWNER}"
                     rf"|(?:change|amend|modify|revise)\s+(?:our|my)\s+){_ORDER}"
                     r"|^[ \t]*change\s+order\b"
                     r"|\b(?:[äa]nderung|aenderung)\s+(?:(?:der|zur|unserer|ihrer)\s+)?bestellung"
                     r"|\bkorrektur\s+(?:zu[rm]?|der|des)\s+(?:(?:unserer|der|ihrer)\s+)?(?:bestellung|auftrag)"
                     r"|\bbestell[äa]nderung|\bbestellaenderung|\bauftrags[äa]nderung|\bge[äa]nderte\s+bestellung"
                     r"|\bmodification\s+(?:(?:de\s+la|de\s+notre|de\s+votre|du|de)\s+)?(?:bon\s+de\s+)?commande"
                     r"|\b(?:correction|rectificati[fo]n?)\s+(?:(?:de\s+la|de\s+notre|du|de)\s+)?(?:bon\s+de\s+)?commande"
                     r"|\bcommande\s+modifi[ée]e|\bmodifier\s+(?:notre|la)\s+commande"
                     r"|\bmodificaci[óo]n\s+(?:(?:del|de\s+la|de\s+nuestro|de\s+nuestra|de)\s+)?"
                     r"(?:pedido|orden\s+de\s+compra)"
                     r"|\bcorri(?:jo|jan|gimos|ja)\s+(?:el|nuestro)\s+pedido"
                     r"|\bcorrecci[óo]n\s+(?:(?:del|de\s+nuestro|de)\s+)?pedido"
                     r"|\bpedido\s+modificado|\bcambios?\s+(?:en|de|del)\s+(?:el\s+)?pedido"
                     r"|\bmodificar\s+(?:el|nuestro)\s+pedido"),
    (Purpose.DUPLICATE, rf"^[ \t]*(?:duplicate|copy)\s*(?:of\s+)?{_OWNER}{_ORDER}"),
    # A replacement asked for goods delivered wrong, said to be no new order: "Please do not invoice this as a new
    # order", "Don't want to reorder, just swap them".
    (Purpose.OTHER, r"\b(?:do\s+not|don'?t)\s+(?:invoice|bill|charge|book|enter|treat|process)"
                    r"\s+(?:this|it|them)\s+as\s+"
                    r"an?\s+(?:new\s+)?order\b|\b(?:do\s+not|don'?t)\s+want\s+to\s+re-?order\b"
                    r"|(?:^|[.!?]\s+)(?:this\s+is\s+)?not\s+a\s+new\s+order\b"),
    (Purpose.CONFIRM, r"^[ \t]*(?:order\s+confirmation|confirmation\s+of\s+(?:our\s+)?order"
                      r"|confirming\s+(?:purchase\s+)?order|auftragsbest[äa]tigung|bestellbest[äa]tigung"
                      r"|confirmation\s+de\s+(?:la\s+)?commande|confirmaci[óo]n\s+del?\s+pedido)\b"),
)]
# Words before or after the phrase that make it a condition, a rule or a denial rather than what this
# message does: "Any changes to this order must be approved", "Buyer may cancel this order", "do not
# cancel the order", "Order confirmation required", "order change policy".
_NOT_THIS_MESSAGE_BEFORE = re.compile(r"\b(?:any|no|not|never|n't|may|might|can|could|shall|will|if|whether|"
                                      r"right\s+to|entitled\s+to)\s*$", re.IGNORECASE)
_NOT_THIS_MESSAGE_AFTER = re.compile(r"^[ \t]*(?:must|shall|should|will|may|can|are|is|require[sd]?|needed|"
                                     r"requested|to|policy|polic(?:y|ies)|fees?|charges?|terms|status|form|if|unless|"
                                     r"subject|without|after|within)\b", re.IGNORECASE)


def document_purpose(text: str, where: str = "text") -> DocumentPurpose | None:
    """What the text says the message does to an order, when it says it is not a new one: a change ("revised
    PO", "change to PO 4471"), a replacement, a cancellation ("please cancel our order") or a confirmation
    (a title: "Order confirmation", "CONFIRMING ORDER"), with the words as written (`where` names the place:
    "subject", "text"). None when the text does not say: most orders never say they are new."""
    found: list[tuple[int, Purpose, str]] = []
    for kind, pattern in _PURPOSE_WORDS:
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if _NOT_THIS_MESSAGE_BEFORE.search(text[line_start:m.start()]) or _NOT_THIS_MESSAGE_AFTER.match(
                    text[m.end():line_end if line_end >= 0 else len(text)]):
                continue
            found.append((m.start(), kind, " ".join(m.group(0).split())))
            break
    if not found:
        return None
    _at, kind, words = min(found)
    return DocumentPurpose(kind, f"the {where} says '{words}'")
