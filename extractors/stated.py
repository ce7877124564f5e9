"""Destinations and needed-by days a buyer states in their own words ("Ship to Alder Creek Elementary -
Jobsite, 9120 Alder Creek Rd, Bothell WA 98011", "deliver to our Sparks plant", "need these on site Mon
11/30"): found in the order content of a text, with the address when the words give one. Matching holds
each one against the order's header; nothing here decides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.header_fields import find_ship_to, one_line_address, parse_address, ship_to_label
from extractors.signatures import is_closing
from models.schemas import Address, Provenance, StatedMention
from vocabulary.dates import FULL_DAY_WORDS, MONTH_WORDS, PLAIN_DAY_START, STATED_DAY, WEEKDAY_WORDS
from vocabulary.mail_headers import FROM_LABEL, REPLY_OPENING, REPLY_VERB, SENT_LABEL

# Asking for goods to go somewhere: "ship to", "please deliver these to", "drop them off at", "send
# the order to", "delivery to", "Lieferung an", "livrer à", "entregar en". A verb alone ("please ship
# asap", "ship via UPS", "delivery charges") names no place.
# What is sent may be named too: "send our monthly glove order to", "send the below to" (a goods word ends
# it: "send our thanks to the team" sends nothing).
_OBJECT = (r"(?:(?:it|them|these|this|those|everything|all(?:[ \t]+of[ \t]+(?:it|them))?"
           r"|the[ \t]+(?:order|goods|material|materials|parts|items|pallets?|lot)"
           r"|(?:the[ \t]+)?(?:below|following|above|attached)"
           r"|(?:our|the|this|my|these)[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:order|goods|materials?|parts|items|supplies|stuff"
           r"|pallets?))[ \t]+)?")
_DESTINATION = re.compile(
    r"\b(?:(?:(?:ship(?:s|ped|ping)?|deliver(?:s|ed|y|ies)?|send|sent|bring|drop(?:ped)?(?:[ \t]+off)?)[ \t]+" + _OBJECT
    + r"|get[ \t]+(?:it|them|these|this|those|everything|the[ \t]+order)[ \t]+)"
    r"(?:(?:off|out|over|down|up)[ \t]+)?(?:directly[ \t]+|straight[ \t]+)?(?P<prep>to|at)\b"
    r"|\b(?:ship|deliver)[ \t]*-?[ \t]*to\b"
    # where the goods go, said of them: "note it goes to the isolation unit", "these need to go to our Leeds site"
    r"|\b(?:it|this|these|they|everything|the[ \t]+(?:order|goods|lot))[ \t]+(?:goes|go|is[ \t]+going|are[ \t]+going"
    r"|needs?[ \t]+to[ \t]+go|should[ \t]+go|ha(?:s|ve)[ \t]+to[ \t]+go|must[ \t]+go)[ \t]+to"
    r"(?![ \t]+(?:waste|show|plan)\b)\b"
    r"|\bLieferung[ \t]+(?:bitte[ \t]+)?(?:an|nach)\b|\bliefern[ \t]+(?:an|nach)\b|\bLieferadresse\b|\bLieferanschrift\b"
    # "Consegna c/o cantiere: Via Milano 12, ...", "consegna presso ..."
    r"|\bconsegna(?:re)?[ \t]+(?:c/o|presso)"
    # a place by its kind, its address in brackets after it: "to the yard please (Carr Mill Yard, Halifax Road,
    # Brighouse HD6 2QQ)", "to our unit pls (Unit 4 ..., Rainham RM13 9BU)" (kept only when the brackets hold one)
    r"|(?<![\w-])to[ \t]+(?:the|our)[ \t]+(?P<bracketed>)(?=[^\n()]{1,40}?\((?=[^)\n]*\d)[^)\n]{8,}\))"
    # a day, then where to: "Tues 15/12 to 2 The Paragon, Clifton, Bristol BS8 4LA" (kept only with an address)
    r"|(?m:^)[ \t]*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?[ \t]+\d{1,2}(?:/\d{1,2})?"
    r"(?:st|nd|rd|th)?[ \t]+to(?P<dated>)(?=[ \t]+\d)"
    # an address's label opening its line: "Address: Corrib Bay Hotel, ...", "Site address:", "Adres budowy:",
    # "Adresa:", "Indirizzo:", "Dirección:", "Anschrift:" (in the writer's own text: a signature is not read here)
    r"|(?m:^)[ \t]*(?:(?:delivery|site|shipping|job|project)[ \t]+)?address[ \t]*:"
    r"|(?m:^)[ \t]*(?:Adres(?:[ \t]+[^\W\d_]+)?|Adresse|Adresa|Indirizzo|Direcci[óo]n|Anschrift|Adress|Morada"
    r"|Endere[çc]o)[ \t]*:"
    # a delivery's bare label with a whole address after it ("Livraison : Magasin central, Place Louise Godin 15, 5000
    # Namur", "Levering: Hotel Strandlyst, Fyrvej 22, 9990 Skagen"); with a day after it, it labels the day
    r"|(?:(?m:^)[ \t]*|(?<=[.!?][ \t]))"
    r"(?:livraison|levering|leverans|lieferung|entrega|consegna|dostawa|delivery|toimitus)"
    r"[ \t]*:"
    r"(?=[^\n]*,[^\n]*(?:\b\d{4,5}|\b\d{3}[ \t]\d{2}|\b\d{2}-\d{3}|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})"
    r"[ \t]+[^\W\d_])"
    r"|\b(?:af)?leveradres\b|\bbezorgadres\b"
    r"|\blivr(?:er|ez|aison)[ \t]+(?:[àa]|au|aux|chez)\b|\badresse[ \t]+de[ \t]+livraison\b"
    r"|\bentreg(?:ar|a|uen)[ \t]+(?:en|a)\b|\bdirecci[óo]n[ \t]+de[ \t]+entrega\b"
    # a delivery sentence that names its place later: "Livraison souhaitée semaine 39 au dépôt de Lyon",
    # "Fecha de entrega: 12/06/2026 en nuestro almacén de Albolote"
    r"|\b(?:livraison|entrega|(?:an)?lieferung|consegna)\b[^\n.;]{0,50}?[ \t]"
    r"(?:au|aux|chez|[àa][ \t]+(?=notre|nos|l')|en[ \t]+(?=nuestr)"
    r"|an[ \t]+(?=unser)|presso|(?:al|nel)[ \t]+(?=nostr))"
    # Dutch: "Afleveren op ons magazijn", "levering aan onze vestiging"
    # Danish, Norwegian and Swedish: "Levering til vores lager", "Leverans senast 15/1 till vår verkstad"
    r"|\b(?:levering|leveres|leverans|levereras|leverera|leveranse|skickas|sendes)\b[^\n;]{0,40}?[ \t]till?\b"
    r"|\bleverings?adresse\b|\bleveransadress\b|\btoimitusosoite\b"
    # Polish and Czech: "Dostawa na budowę", "adres dostawy", "doručení do skladu", "dodací adresa"
    r"|\b(?:dostaw[aęy]|dostarczy[ćc]|wysy[łl]ka|doru[čc]en[íi]|dodejte|doru[čc]te)\b[^\n.;]{0,30}?[ \t](?:na|do)\b"
    r"|\badres[ \t]+dostawy\b|\bdodac[íi][ \t]+adresa\b"
    r"|\b(?:af)?lever(?:en|ing)[ \t]+(?:op|aan|bij|naar)\b(?![ \t]+(?:tijd|korte[ \t]+termijn|\d"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag|de[ \t]+volgende|volgende|week)\b)"
    # the day first, then the place: "Deliver: 09/15/2026 to Receiving Dock B", "Delivery required:
    # 14/05/2026, to Leeds as usual"
    r"|\b(?:deliver(?:y|ed)?|ship(?:ment|ped)?|dropped|sent|required|needed|wanted|due)\b[^\n.;]{0,30}?"
    r"(?:\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\b\d{4}-\d{2}-\d{2}"
    r"|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ \t]+\d{4})?"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow)(?:[ \t]+\d{1,2}/\d{1,2}|[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)?),?[ \t]+to\b"
    # a need for a place whose address follows on its line: "need for the Birchwood show garden, 5 Birch
    # Hollow Ln, Boulder CO 80302" (the address says it is a place, not a purpose: "need for the weekend")
    r"|\bneed(?:ed|s)?(?:[ \t]+(?:these|this|it|them|everything))?[ \t]+for(?=[^\n]{1,80}?,[ \t]*\d{1,6}[ \t]+[A-Za-z])"
    # Spanish "enviar (lo siguiente) a / al / en": "Favor de enviar lo siguiente a la obra en ..."
    r"|\benvi(?:ar|en|e|a|ar[áa]n)(?:[ \t]+(?:lo[ \t]+siguiente|el[ \t]+pedido|esto))?[ \t]+(?:al?|en)\b"
    # a need stated with its place: "lo necesitamos para el lunes en nuestro CEDIS de León", "wir brauchen
    # das bis Freitag in unserem Lager Kassel", "nous en avons besoin lundi à notre dépôt"
    r"|\b(?:necesitamos|brauchen|ben[öo]tigen|besoin)\b[^\n.;]{0,60}?[ \t]"
    r"(?:en[ \t]+(?=nuestr)|in[ \t]+(?=unser)|an[ \t]+(?=unser)|[àa][ \t]+(?=notre|nos\b)|au[ \t]+(?=d[ée]p[ôo]t))"
    # "Need for the Fruitvale job", "PO attached for the Kirkland Library job": a job names a site
    # (the name capitalised, as names are: "the store refresh project" is work, not a place)
    r"|\bfor[ \t]+the(?=(?-i:(?:[ \t]+[A-Z][\w'-]*){1,4})[ \t]+(?:job|jobsite|site|project)\b)"
    # goods going "to the Oak st job", "to the Miller Farm site": a named job or site (its name opens with a
    # capital: "to the next job" names none)
    r"|\bto[ \t]+the(?=(?-i:[ \t]+[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,3})[ \t]+(?:job|jobsite|site|project)\b))"
    r"[ \t]*:?[ \t]*(?P<place>[^\n]*)",
    re.IGNORECASE,
)
# Where the place ends: a sentence's end, a day asked for, a courtesy.
_PLACE_END = re.compile(
    r"(?:[.;!?](?:[ \t]|$)|[ \t]+(?:by|before|no[ \t]+later[ \t]+than|on[ \t]+or[ \t]+before|asap|please|thanks?|thank"
    # (not an Italian street: "Via Milano 12, 25126 Brescia")
    r"|until|via(?![ \t]+[^\n,]{1,30}?[ \t]\d{1,4}[a-zA-Z]?(?:,|[ \t]*$))"
    r"|and[ \t]+(?:please|let|call|invoice|bill)|for[ \t]+(?:delivery|arrival)|bis|avant|antes"
    r"|if|no[ \t]+rush|graag|bitte)\b"
    # the order's number after the place: "to our Greyridge site, PO NCR-26-1207:"
    r"|,[ \t]*(?=(?:p\.?[ \t]?o\.?|purchase[ \t]+order|order)[ \t]*(?:#|no\.?|number|nr\.?)?[ \t]*:?[ \t]*[\w-]*\d)"
    # the next clause of the order after a comma: "to the Elm st job, also 4 wht 4 grn", ", plus 2 boxes"
    r"|,[ \t]*(?=(?:also|plus|then|and[ \t]+(?:also|then|\d))\b)"
    # the place it must not go to: "to the Elm St building, not to our Marina Park office", "rather than HQ"
    # (not when the place follows the aside: "ship to the jobsite, not the office: Juanita Heights, ...")
    r"|,?[ \t]+(?=(?:not[ \t]+(?:to|at|the|our)|rather[ \t]+than|instead[ \t]+of)\b(?![^\n:.]*:))"
    # a dash before the day: "Abbey Hall, Mill Lane, Leeds LS1 4AB - needed by 11 Dec"
    r"|[ \t]+-[ \t]+(?=(?:needed|required|wanted|due|by)\b)"
    r"|[ \t]+on[ \t]+" + r"(?=" + STATED_DAY.pattern + r")"
    r"|[ \t]+(?=(?:this|next|coming|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))",
    re.IGNORECASE,
)
# Not a place of its own: the buyer's usual address, a person, a mailbox, an infinitive.
_NO_PLACE = re.compile(
    r"^(?:(?:us|me|you|him|her|them|myself|ourselves|yourselves?)\b(?![ \t]+at\b)"
    r"|(?:our|my|the|your)[ \t]+(?:usual|regular|normal|standard|same|default|registered|main|billing)\b"
    r"|(?:the[ \t]+)?(?:same|usual)[ \t]+(?:address|place|location)|(?:the[ \t]+)?address[ \t]+on[ \t]+file"
    r"|our[ \t]+(?:address|attention)|(?:my|your|the)[ \t]+attention|attn\b|attention\b"
    r"|(?:the[ \t]+)?(?:invoice|bill|confirmation|tracking|quote|acknowledg)"
    r"|(?:arrive|be|get|meet|make|reach|have|follow|you|your|confirm|customer|customers|invoice)\b"
    # a party, as a contract's small print names one: "goods delivered to Buyer or shipped ..."
    r"|(?:the[ \t]+)?(?:buyer|seller|supplier|vendor|purchaser|carrier|consignee)s?\b"
    r"(?![ \t]*'s[ \t]+(?:site|plant|dock))"
    r"|[^\n]*@)",
    re.IGNORECASE,
)
# An address promised below: "ship to the following address:", "deliver to:".
_PLACE_BELOW = re.compile(r"^(?:(?:the|this)[ \t]+(?:following|below|address[ \t]+below)|(?:the[ \t]+)?following"
                          r"[ \t]+(?:address|location|site)|(?:the[ \t]+)?address[ \t]+below)?[ \t]*:?[ \t]*$",
                          re.IGNORECASE)
# A street written in a sentence, then its town: "9120 Alder Creek Rd, Bothell WA 98011".
_INLINE_ADDRESS = re.compile(
    r"(?P<street>\b\d{1,6}[A-Za-z]?[ \t]+(?!(?:to|at|of|for|by|on|in|from|and|or|x|the|pcs|cs|ea)\b)"
    r"[A-Za-z0-9][^,\n]*?),[ \t]*(?:(?:suite|ste|unit|bldg|building)\.?[ \t]*"
    r"[\w-]+,[ \t]*)?(?P<town>[A-Za-z][A-Za-z .'-]+?,?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?"
    r"|(?:\d{4,5}|\d{2}-\d{3}|\d{3}[ \t]\d{2})[ \t]+[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]+"
    # a Canadian postal code ("Laval (QC) H7N 1B2") or a UK postcode ("London WC1R 4JS") after the town
    r"|[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]+?,?[ \t]+\(?[A-Z]{2}\)?[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    r"|[A-Za-z][A-Za-z .'-]+?,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
    # an Australian town, its state and postcode ("Southport QLD 4215")
    r"|[A-Za-z][A-Za-z .'-]+?,?[ \t]+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{4})\b",
)

# Asking for a day: "need these on site Mon 11/30", "by Friday", "no later than the 14th", "Lieferung
# bis", "livrer avant", "entregar antes del". A date alone in a sentence (a reference, a meeting) is not
# a needed-by day; the asking words must stand before it in the same sentence.
_ASK = (r"(?:need(?:ed|s)?|require[sd]?|must[ \t]+(?:have|arrive|be)|deliver(?:y)?|ship(?:ment)?|arriv(?:e|al)|send"
        r"|Liefertermin|Lieferdatum|Wunschtermin|Termin|on[ \t-]?site|onsite"
        r"|have[ \t]+(?:it|them|these|this|everything)|get[ \t]+(?:it|them|these|this)|ETA"

        # the goods arriving, said of where the buyer is: "if it's not here by Thursday 10/8"
        r"|(?:be|is|are|it'?s|they'?re|isn'?t|aren'?t|get|gets)[ \t]+(?:not[ \t]+)?here"
        r"|brauchen|ben[öo]tigen|Lieferung|liefern|livr(?:er|aison|ez)|besoin|entreg(?:ar|a)|necesitamos"
        # delivery in Dutch, the Nordic languages, Finnish, Polish, Czech and Italian: "levering donderdag 10-12",
        # "til levering lørdag 12/12", "leverans fredag", "toimitus torstaina", "dostawa w czwartek", "consegna giovedì"
        r"|levering|leveren|bezorg(?:ing|en)|leverans|leverera|leveranse|toimitus|dostaw[ay]|dod[áa]n[íi]|consegna)")
# Collecting the goods asks for a day too ("will pick up Thursday", "grabbing it tomorrow", "for pickup tmrw"),
# but only as a weekday or "tomorrow" later in the sentence: "pickup 12/3" or "pick up Dec 3" straight after
# may say when goods were or can be collected, not when they are needed.
_PICKUP = (r"(?P<pickup>pick(?:ing)?[ \t]+(?:(?:it|them|these|this|everything)[ \t]+)?up|pick-?up|grab(?:bing)?"
           r"|swing(?:ing)?[ \t]+by|will[ \t]+call)")
_DAY_ASKED = re.compile(
    rf"\b(?:{_PICKUP}|{_ASK})\b(?:"
    # the day straight after the asking words: "deliver Dec 14 to", "need Thurs 12/3"
    r"(?(pickup)(?!)|(?:[ \t]+(?:it|them|these|this|those|everything))?[ \t]+" + PLAIN_DAY_START.pattern + ")" +
    # a deadline after a destination written out: "deliver to the Parks Garage, 300 Service Center Dr., Millbrook
    # IL 60536, by December 15th" (an address is longer than a sentence's usual gap, and may hold a dot)
    r"|(?:[^\n.;!?]|\.(?![ \t]|$)){0,160}?\b(?:by|before|no[ \t]+later[ \t]+than|NLT|on[ \t]+or[ \t]+before)[ \t]+"
    r"|[^\n.;!?]{0,60}?"
    r"(?P<prep>\b(?:by|before|no[ \t]+later[ \t]+than|not[ \t]+later[ \t]+than|NLT|on[ \t]+or[ \t]+before|until|till"
    r"|on|for|bis(?:[ \t]+(?:zum|spätestens))?|spätestens(?:[ \t]+am)?|am|avant(?:[ \t]+le)?|le|pour[ \t]+le"
    r"|antes[ \t]+del?|el|para[ \t]+el)\b[ \t]*|(?<=site)[ \t]+|(?<=onsite)[ \t]+"
    r"|[ \t]*:[ \t]*|(?<=termin)[ \t]+|(?<=datum)[ \t]+"
    # "deliver next Monday", "need it tomorrow": a weekday or a relative day needs no preposition.
    r"|(?<=[ \t])(?=(?:this|next|coming|tomorrow|tmrw|tmw|monday|tuesday|wednesday|thursday|friday|saturday)\b)"
    # nor does a week by its number: "Livraison souhaitée semaine 39", "delivery wanted wk 49"
    r"|(?<=[ \t])(?=(?:KW|week|wk|semaine|semana|Woche)[ \t]*\d)))"
    rf"(?:\(?(?:{STATED_DAY.pattern}))",
    re.IGNORECASE,
)

# A day named by what the order is for, with no asking verb: "for Saturday:", "Order for Tuesday's delivery",
# "Couple add-ons for Friday:", "(Friday delivery)", "this week's delivery (Thursday)". A standing-order buyer
# (a kitchen, a shop restocking) names the delivery day so. "for <weekday>" counts only where it opens the
# order (a line's or sentence's start, after "order"/"get") or ends its line or heads the list (a colon,
# "please"), or names the delivery outright ("Tuesday's delivery"): "Thanks for Friday", "closed for
# Monday's holiday", "the meeting is set for Tuesday." are about something else. Whole weekday names only:
# "sat", "wed", "sun" are words too.
_FULL_WEEKDAY = r"(?:(?:this|next|coming)[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DELIVERY_RUN = r"(?:delivery|deliveries|drop|drop-off|truck|run)"
_DAY_FOR = re.compile(
    r"(?:(?:^|(?<=[\n.!?:(]))[ \t>]*|\b(?:order|orders|get|send|need)[ \t]+(?:(?:these|this|it|them)[ \t]+)?)"
    rf"for[ \t]+(?P<day>{_FULL_WEEKDAY})\b(?=[ \t]*(?:[:,-]|please\b|pls\b|$)|'s[ \t]+{_DELIVERY_RUN}\b)"
    rf"|\bfor[ \t]+(?P<day2>{_FULL_WEEKDAY})(?=(?:[ \t]+(?:morning|afternoon|am|a\.m\.|pm))?(?:[ \t]*:|[ \t]+please\b"
    rf"|[ \t]+if[ \t]+(?:you|possible|poss)\b|'s[ \t]+{_DELIVERY_RUN}\b|[ \t]+{_DELIVERY_RUN}\b))"
    rf"|\((?P<day3>{_FULL_WEEKDAY})[ \t]+{_DELIVERY_RUN}\)"
    rf"|\b{_DELIVERY_RUN}[ \t]*\((?P<day4>{_FULL_WEEKDAY})\)"
    # a sentence of its own that is the day asked: "Tomorrow by noon if you can.", "Friday AM please", "Monday."
    # ("Sat AM pls:": a weekday written short, with the time of day after it)
    rf"|(?:^|(?<=[\n.!?]))[ \t>]*(?P<day5>tomorrow|tmrw|{_FULL_WEEKDAY}"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?=\.?[ \t]+(?:am|a\.m\.|morning)\b))\.?"
    r"\b(?=[ \t]*(?:by[ \t]+(?:noon|\d)|(?:am|a\.m\.|"
    r"morning|first[ \t]+thing)\b|if[ \t]+(?:you|possible|poss)\b|please\b|pls\b|[.!]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# The same in our buyers' other languages: "para el jueves por la mañana:", "Bestilling til torsdag morgen:", "Para
# amanhã de manhã (quinta) por favor", "pour jeudi :", "Kun je voor maandagochtend het volgende sturen", "na czwartek
# rano:". The day opens its sentence (an order's noun before it at most) or ends its line, or a verb of sending or
# delivering shares its sentence; "voor maandag" in "bedankt voor maandag" is about something else.
_FOR = (r"(?:para(?:[ \t]+(?:el|la|a|o))?|pour(?:[ \t]+le)?|per(?:[ \t]+(?:il|la))?|voor|f[üu]r(?:[ \t]+den)?|zum|til"
        r"|till|p[åa]|na|entro(?:[ \t]+il)?)")
_ORDER_NOUN = (r"(?:order|bestilling|bestelling|bestellung|best[äa]llning|pedido|encomenda|commande|ordine"
               r"|zam[óo]wienie|objedn[áa]vka|tilaus|levering|leverans|lieferung|livraison|entrega|consegna|dostawa)")
_DAY_PART = (r"(?:(?<=[^\W\d_])(?:ochtend|middag|morgen)|[ \t]+(?:morgen|morgens|fr[üu]h|vormittag|formiddag"
             r"|f[öo]rmiddag|eftermiddag|ochtend|matin|mattina|pomeriggio|rano|r[áa]no|aamulla|am|a\.m\.|pm|morning"
             r"|por[ \t]+la[ \t]+(?:ma[ñn]ana|tarde)|de[ \t]+(?:manh[ãa]|tarde)|di[ \t]+mattina))?")
_SEND_VERB = (r"(?:sturen|leveren|bezorgen|schicken|senden|liefern|envoyer|livrer|enviar|mandar|entregar|inviare"
              r"|consegnare|mandare|sende|levere|skicka|leverera|l[äa]het[äa]|toimit\w*|wys[łl]a[ćc]|dostarczy[ćc]"
              r"|posla[ťt]|dodat|doru[čc]it|deliver|send|ship)")
_DAY_FOR_WORDS = re.compile(
    rf"(?:(?:^|(?<=[\n.!?:(]))[ \t>]*(?:{_ORDER_NOUN}[ \t]+)?{_FOR}[ \t]+(?P<day>{FULL_DAY_WORDS}){_DAY_PART}\b"
    rf"|\b{_FOR}[ \t]+(?P<day2>{FULL_DAY_WORDS}){_DAY_PART}(?=[ \t]*(?:[:(]|-[ \t]|$))"
    rf"|\b{_SEND_VERB}\b[^\n.!?]{{0,40}}?\b{_FOR}[ \t]+(?P<day3>{FULL_DAY_WORDS}){_DAY_PART}\b"
    rf"|\b{_FOR}[ \t]+(?P<day4>{FULL_DAY_WORDS}){_DAY_PART}\b(?=[^\n.!?]{{0,40}}?\b{_SEND_VERB}\b))",
    re.IGNORECASE | re.MULTILINE,
)


# A weekday with its date, anywhere in the buyer's own text: "- Friday 13th March please", "on Tuesday 28th April",
# "op dinsdag 17 maart 2026", "consegna giovedì 16/07/2026", "Next Wednesday 16th". Naming both, the writer means
# one day; an order's text names such a day for when it is wanted. (Not a mail program's header line:
# "Sent: Wednesday, June 10, 2026 7:20 AM" carries a time.)
_DAY_DATED = re.compile(
    rf"(?<![\w-])(?P<day>(?:(?:next|this|coming)[ \t]+)?{WEEKDAY_WORDS}\.?,?[ \t]+(?:the[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?(?:[ \t]+(?:de[ \t]+|of[ \t]+)?{MONTH_WORDS}\b\.?(?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?"
    rf"|[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|(?<=st|nd|rd|th))"
    rf"|{MONTH_WORDS}\b\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?))(?![\w/]|[ \t]*\d{{1,2}}:\d{{2}})",
    re.IGNORECASE)
_MAIL_HEADER_START = re.compile(rf"^[ \t>]*{SENT_LABEL}[ \t]*:|^[ \t>]*{REPLY_OPENING}[ \t].*{REPLY_VERB}",
                                re.IGNORECASE)

def find_stated(text: str, part_index: int | None = None, kind: str = "text") -> list[StatedMention]:
    """Every destination and needed-by day the text states, and every other address it writes out,
    each with its provenance."""
    destinations = _destinations(text, part_index, kind)
    for b in [*_address_blocks(text, part_index, kind), *_address_lines(text, part_index, kind)]:
        if not any(d.address is not None and _same_street(d.address, b.address) for d in destinations):
            destinations.append(b)
    return [*destinations, *_addresses_written(text, destinations, part_index, kind), *_days(text, part_index, kind)]


# A label rather than a sentence: "Ship To:", "SHIP TO", "Deliver-to", "Lieferadresse", "Adresse de
# livraison", "Dirección de entrega" (a document's address block, which the header fields read).
_LABEL_FORM = re.compile(r"(?:(?-i:Ship|SHIP|Deliver|DELIVER)[ \t]*-?[ \t]*(?-i:To|TO|to)\b"
                         r"|(?:ship|deliver)[ \t]*-?[ \t]*to[ \t]*:|lieferadresse|lieferanschrift"
                         r"|adresse[ \t]+de[ \t]+livraison|direcci[óo]n[ \t]+de[ \t]+entrega"
                         r"|leverings?adresse|leveransadress|toimitusosoite|(?:af)?leveradres|bezorgadres"
                         r"|adres[ \t]+dostawy|dodac[íi][ \t]+adresa"
                         r"|(?:livraison|levering|leverans|lieferung|entrega|consegna"
                         r"|dostawa|delivery|toimitus)[ \t]*:)", re.IGNORECASE)


def find_requested_in_document(text: str, part_index: int | None = None, kind: str = "pdf") -> list[StatedMention]:
    """The places a document asks to deliver to in sentences ("Please deliver to the Kirkland jobsite"),
    for a laid-out document (a PDF): its labelled address blocks are the header's to read, its other
    addresses (vendor, buyer, bill-to) are printed on every PO, and its columns run side by side in the
    page text, so neither bare addresses nor days are taken from it."""
    return [m for m in _destinations(text, part_index, kind) if not _LABEL_FORM.match(_keyword(text, m))]


# What a ship-to cell says instead of a place: the same as another block, a collection, not yet known.
_NO_OTHER_PLACE = re.compile(r"(?:same\b|as[ \t]+(?:above|before|billed|billing|invoiced?)\b|see[ \t]+(?:above|below)\b"
                             r"|n/?a$|tb[ac]\b|collect|pick[ \t-]*up|will[ \t]+call|customer[ \t]+(?:pick|collect))",
                             re.IGNORECASE)


def unread_ship_to(text: str, part_index: int | None = None, kind: str = "text") -> StatedMention | None:
    """A document's ship-to label with a place beside it that no address was read from ("Deliver to | Oakhurst
    Clinic - Isolation Unit, Bury Road Stables, Newmarket"), as a destination the document states: matching then
    says the order names a place it did not read, so the order never goes unread to the customer's usual
    address. None when the label reads as an address, says the usual place, or the document has none."""
    if find_ship_to(text, part_index, kind) is not None or (m := ship_to_label(text)) is None:
        return None
    place = _QUALIFIER.sub("", " ".join(m.group("rest").split())).strip(" ,:-.")
    if not re.search(r"[^\W\d_]{2}", place) or _NO_PLACE.match(place) or _NO_OTHER_PLACE.match(place):
        return None
    return StatedMention("destination", " ".join(m.group(0).split())[:200],
                         Provenance(kind=kind, part_index=part_index, span=(m.start("rest"), m.end("rest"))),
                         place=place[:120])


def _keyword(text: str, mention: StatedMention) -> str:
    span = mention.provenance.span if mention.provenance else None
    return text[span[0]:span[1]] if span else ""


def _addresses_written(text: str, destinations: list[StatedMention], part_index: int | None,
                       kind: str) -> list[StatedMention]:
    """Addresses written out in the order's own words with no delivery verb before them ("this one needs
    to go to our Fernley plant, not Sparks: 1200 Newlands Dr, Fernley NV 89408"): the words asking for
    delivery are too many to list, but a street with its town in an order's text is rarely there for
    nothing, so matching holds each against the addresses the order goes to and is billed at."""
    taken = [m.provenance.span for m in destinations if m.provenance is not None and m.provenance.span]
    found: list[StatedMention] = []
    for m in _INLINE_ADDRESS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if any(start <= m.start() and line_start <= end for start, end in taken):
            continue  # the street of a destination already stated ("Ship to ..., 9120 Alder Creek Rd, ...")
        address = _address(m.group(0), [])
        if address is None:
            continue
        found.append(StatedMention(
            "address", _wrapped_sentence(text, m.start(), m.end()),
            Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())),
            place=" ".join(m.group(0).split())[:120], address=address))
    return found



# A line closing an address block: a town with a US state and ZIP or a Canadian province and postal code
# ("Dayton, OH 45402", "Sherbrooke (Québec) J1H 3T4"), a UK postcode (alone or after its town), an
# Australian state and postcode.
_TOWN_LINE = re.compile(
    r"^[ \t]*(?:[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]*?,?[ \t]+\(?[A-Za-zÀ-ÿĀ-ž .-]{2,25}\)?[ \t]+"
    r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"
    r"|(?:[A-Za-z][A-Za-z .'-]*?,?[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
    r"|[A-Za-z][A-Za-z .'-]*?,?[ \t]+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{4})[ \t]*$")
# Canadian provinces written in words, as a Québec or Ontario address often has them: "Montréal (Québec)".
_PROVINCES = {"québec": "QC", "quebec": "QC", "ontario": "ON", "british columbia": "BC", "colombie-britannique": "BC",
              "alberta": "AB", "manitoba": "MB", "saskatchewan": "SK", "nova scotia": "NS", "nouvelle-écosse": "NS",
              "new brunswick": "NB", "nouveau-brunswick": "NB", "newfoundland and labrador": "NL",
              "prince edward island": "PE"}
_PROVINCE_WORDS = re.compile(r"[ \t]+\(?(" + "|".join(sorted(_PROVINCES, key=len, reverse=True))
                             + r")\)?(?=[ \t]+[A-Z]\d[A-Z])", re.IGNORECASE)
# The line above a block that says whose or what address it is when it is not where goods go.
_OTHER_PARTY_LABEL = re.compile(r"^[ \t]*(?:bill(?:ed|ing)?|invoices?|sold|remit|mail(?:ing)?|from|vendor|supplier"
                                r"|head[ \t]+office|registered|factur\w*|rechnung\w*)\b", re.IGNORECASE)
# A block's line is short and is not a sentence, a label, a mailbox or an order line ("2 flats marigolds").
_BLOCK_LINE = re.compile(r"^[^\n:@]{2,60}$")


def _address_blocks(text: str, part_index: int | None, kind: str) -> list[StatedMention]:
    """Addresses written as a block on their own lines ("Greenleaf Garden Center #4" / "61 Orchard Hill Rd"
    / "Dayton, OH 45402") in the order's own words: with no label, a block above the closing is where the
    buyer wants the goods (a new store, a jobsite, a plant), the lines above it say so or not. Under a
    billing or sender's label it is not."""
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    found: list[StatedMention] = []
    for j, town in enumerate(lines):
        if not _TOWN_LINE.match(town):
            continue
        top = j
        while top > 0 and j - top < 3 and lines[top - 1].strip() and _BLOCK_LINE.match(lines[top - 1].strip()) \
                and not _OTHER_PARTY_LABEL.search(lines[top - 1]):
            top -= 1
        above = lines[top - 1] if top > 0 else ""
        if _OTHER_PARTY_LABEL.search(above):
            continue
        block = [_PROVINCE_WORDS.sub(lambda m: " " + _PROVINCES[m[1].lower()], ln.strip()) for ln in lines[top:j + 1]]
        # The name is the line above the street: a line starting with a number, or a unit or way word.
        address = None
        for start in range(len(block) - 1):
            parsed = parse_address(block[start:])
            if _whole(parsed):
                address = parsed
                break
        if address is None:
            continue
        span = (offsets[top], offsets[j] + len(town))
        found.append(StatedMention(
            "destination", " ".join(block)[:200], Provenance(kind=kind, part_index=part_index, span=span),
            place=(address.name or address.street or "")[:120], address=address, asked=False))
    return found


# A line that is an address by itself, its parts apart by commas ("Lot 7 Wattlebird Drive, Ballarat VIC 3350",
# "Quayside Apartments, Wharf Street, Gloucester GL1 2EH"), maybe under a short label ("Cantiere: Via Solferino
# 31, 43121 Parma (PR)") and before a sentence of its own ("... Galway H91 X2C4. Needed Wed 11 March.").
_LABELLED_LINE = re.compile(r"^[ \t>]*(?:(?P<label>[^\W\d_][^\W\d_ .'/-]*(?:[ \t]+[^\W\d_][^\W\d_.'/-]*){0,2})"
                            r"[ \t]*:[ \t]*)?(?P<rest>\S[^\n]*,[^\n]*)$")
# Labels saying the address is where work or goods go: a site, a job, a delivery, in the languages orders come in.
_SITE_LABEL = re.compile(r"^(?:(?:job|work|building|construction|delivery)?[ \t]*site|jobsite|job|project|delivery"
                         r"|obra|cantiere|chantier|baustelle|bouwplaats|werf|lieferung|livraison|entrega|consegna)$",
                         re.IGNORECASE)


# A signature's contact line: a telephone, a mailbox, a web address.
_CONTACT_LINE = re.compile(r"@|https?:|www\.|\b(?:tel|phone|mob(?:ile)?|fax|cell|m|t|p)\b\.?[ \t]*:?[ \t]*\+?[\d(]"
                           r"|^[ \t]*\+?[\d()][\d ()./-]{6,}[ \t]*$", re.IGNORECASE)


# The head of an earlier message quoted or forwarded below ("-----Messaggio originale-----", "From: ...").
_MESSAGE_BELOW = re.compile(rf"^\s*(?:-{{3,}}[^\n]{{3,40}}-{{3,}}|{FROM_LABEL}\s?:\s*\S)\s*", re.IGNORECASE)


def _address_lines(text: str, part_index: int | None, kind: str) -> list[StatedMention]:
    """Addresses written whole on a line of their own in the order's words: with no label, or a label that is
    no other party's (bill to, from, head office), a place the buyer names so is likely where the goods go,
    for a clerk to confirm; under a site or delivery label it is where they go."""
    found: list[StatedMention] = []
    offset = 0
    rows = text.split("\n")
    signed = False
    for i, line in enumerate(rows):
        start, previous = offset, rows[i - 1] if i else ""
        offset += len(line) + 1
        if _MESSAGE_BELOW.match(line):
            signed = False  # an earlier message quoted under the signature: its own words again
            continue
        if signed or is_closing(line):
            signed = True  # the signature under a closing writes the sender's own address
            continue
        m = _LABELLED_LINE.match(line)
        if m is None or _OTHER_PARTY_LABEL.search(line) or _OTHER_PARTY_LABEL.search(previous):
            continue
        label = (m["label"] or "").strip()
        asked = bool(label) and _SITE_LABEL.match(label) is not None
        if not asked and previous.strip() and all(not r.strip() or _CONTACT_LINE.search(r) for r in rows[i + 1:]):
            break  # the last lines of a signature with no closing above it: name, company, address, phone
        rest = re.sub(r"(?<=\w)\.[ \t]*$", "", m["rest"].strip())
        address = one_line_address(rest)
        if not _whole(address):
            continue
        assert address is not None and address.postal_code is not None
        # The line opens with the address: no sentence or label before its postcode ("Thanks. This batch has to
        # go to our Dayton shop, not the main one: 48 Kettering Blvd, ..." is a sentence the prose readers take).
        head = rest[:rest.find(address.postal_code)] if address.postal_code in rest else rest
        if ":" in head or re.search(r"[.!?][ \t]", head) or len((address.name or "").split()) > 6:
            continue
        if label and not asked and not re.fullmatch(r"(?i:address|adresse|dirección|direccion|indirizzo|adres)", label):
            continue  # a label naming something else ("Registered office", "Showroom")
        found.append(StatedMention(
            "destination", " ".join(line.split())[:200],
            Provenance(kind=kind, part_index=part_index, span=(start + m.start("rest"), start + len(line))),
            place=(address.name or address.street or "")[:120], address=address, asked=asked))
    return found


def _wrapped_sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span, with the line above it when the sentence runs on from there ("Can I get the
    following delivered" / "to a job at 5 Orchard Close, ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > 0 and _WRAPPED.match(text, len(text[:line_start - 1].rstrip(" \t"))):
        return _sentence(text, text.rfind("\n", 0, line_start - 1) + 1, end)
    return _sentence(text, start, end)


def find_signed_addresses(text: str, part_index: int | None = None, kind: str = "text") -> list[StatedMention]:
    """The addresses a signature writes out (only the signature's text, the rest blanked): who the
    sender is and where, never a request to deliver; matching takes one for the ship-to only when it is
    the customer's own address on file and the order names no other place."""
    found = [StatedMention("signature", m.text, m.provenance, place=m.place, address=m.address)
             for m in _addresses_written(text, [], part_index, kind)]
    return found + [m for m in _signature_lines(text, part_index, kind)
                    if not any(_same_street(m.address, f.address) for f in found if m.address)]


# What sets a signature's pieces apart on one line: "Via Saragozza 112 – 40135 Bologna", "... | Tel. ...".
_SIGNATURE_PIECES = re.compile(r"[ \t]+[–—|·•-][ \t]+|[ \t]*\|[ \t]*")


def _signature_lines(text: str, part_index: int | None, kind: str) -> list[StatedMention]:
    """Addresses a signature writes street first, as most of Europe does ("Via Saragozza 112 – 40135 Bologna",
    "Sennhof Automation AG, Industriestrasse 22, 8406 Winterthur"), on one line or on two ("Křenová 57" /
    "602 00 Brno"), its pieces apart by commas, dashes or bars; the telephone and mailbox pieces left out."""
    rows = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    found: list[StatedMention] = []
    for i, (start, row) in enumerate(rows):
        for joined, end in ((row, start + len(row)),
                            *(((f"{row}, {rows[i + 1][1]}", rows[i + 1][0] + len(rows[i + 1][1])),)
                              if i + 1 < len(rows) else ())):
            pieces = [p.strip() for p in _SIGNATURE_PIECES.sub(", ", joined).split(",")]
            kept = [p for p in pieces if p and not _CONTACT_LINE.search(p)]
            address = one_line_address(", ".join(kept)) if len(kept) >= 2 else None
            if _whole(address) and not any(_same_street(address, f.address) for f in found if address):
                assert address is not None
                found.append(StatedMention("signature", " ".join(joined.split())[:200],
                                           Provenance(kind=kind, part_index=part_index, span=(start, end)),
                                           place=(address.name or address.street or "")[:120], address=address))
                break
    return found


def _same_street(a: Address, b: Address | None) -> bool:
    return b is not None and (a.street or "").lower() == (b.street or "").lower() and a.postal_code == b.postal_code


def _sentence(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return " ".join(text[line_start:line_end if line_end >= 0 else len(text)].split())[:200]


# A period after these ends no sentence: "1280, boul. Lebourgneuf", "C.P. 36275", "St. Paul".
# (Italian "ns." and "vs." are "our" and "your": "presso il ns. magazzino"; Polish "ul." a street.)
# (Mexican addresses: "Col. Americana" the colonia, "Fracc." a fraccionamiento, "Int." an inner number.)
_ABBREVIATION = re.compile(r"(?:\b(?:boul|blvd|st|rd|ave?|ste|dr|no|nr|co|inc|ltd|corp|mt|ft|hwy|bldg|gto|ns|vs|ul|col"
                           r"|fracc|int|ext|mz|p|c|n|s|e|w)"
                           # letters with stops between them: "t.a.v." (Dutch attention), "z.Hd.", "B.V."
                           r"|(?:\b[^\W\d_]\.){1,3}[^\W\d_])$", re.IGNORECASE)
# Two blocks printed side by side ("SHIP TO: CENTRAL WAREHOUSE      BILL TO: ...") or another label after it.
_BESIDE = re.compile(r"[ \t]{3,}|\t|[ \t]+(?:bill(?:ed)?|sold|invoice)[ \t]*to\b", re.IGNORECASE)
# What says the place is the usual one, not which it is: "our Leeds unit as usual", "cette fois-ci".
_QUALIFIER = re.compile(r"[ \t,(]+(?:as[ \t]+(?:usual|always|before)|same[ \t]+as[ \t]+(?:last|before|always)\b.*"
                        r"|like[ \t]+last[ \t]+time|cette[ \t]+fois.*|comme[ \t]+d'habitude|como[ \t]+siempre"
                        r"|wie[ \t]+immer)\)?[ \t]*$", re.IGNORECASE)


def _place_end(rest: str) -> int | None:
    for end in _PLACE_END.finditer(rest):
        if rest[end.start()] == "." and _ABBREVIATION.search(rest[:end.start()]):
            continue
        return end.start()
    return None


def asks_to_deliver(text: str) -> bool:
    """Whether the text holds words asking for delivery somewhere ("Entregar en ...", "please deliver to")."""
    return _DESTINATION.search(text) is not None


def _destination_phrases(text: str) -> Iterator[re.Match[str]]:
    """Each phrase asking for delivery somewhere, two on one line included ("Deliver to our office. The
    second pallet: deliver to the Bothell jobsite."): the place runs to the line's end, so the search
    goes on from where the place starts, not from where the line ends."""
    pos = 0
    while (m := _DESTINATION.search(text, pos)) is not None:
        yield m
        pos = max(m.start("place"), m.start() + 1)


def _destinations(text: str, part_index: int | None, kind: str) -> list[StatedMention]:
    found: list[StatedMention] = []
    for m in _destination_phrases(text):
        rest = m.group("place").replace("\r", "")
        beside = _BESIDE.search(rest)
        if beside:
            rest = rest[:beside.start()]
        # "the yard please (Carr Mill Yard, Halifax Road, ...)": the courtesy before the bracketed address ends nothing
        bracket = re.match(r"[^\n()]{0,40}\([^()\n]*\d[^()\n]*\)", rest)
        end_at = _place_end(rest[bracket.end():] if bracket else rest)
        if bracket and end_at is not None:
            end_at += bracket.end()
        end = end_at is not None
        place = rest[:end_at] if end else rest
        place = _QUALIFIER.sub("", place.strip(" \t,:-")).strip(" \t,:-.")
        below = not place or _PLACE_BELOW.match(place)
        if not below and _NO_PLACE.match(place) and _address(place, [place]) is None:
            continue  # (but "the main lab, 14 Lawson Crescent Southport QLD 4215" writes its place out)
        if not below and not re.search(r"[^\W\d_]{2}", place):
            continue
        block = [] if below else [place]
        # "Please deliver to our Kempton Park workshop by Friday 18 December:" / the address: the colon ending
        # the sentence promises the place's address under it, however the sentence ended the place's name
        if below or not end or m.group("place").rstrip().endswith(":"):
            # The place runs on under its line: "Ship to Alder Creek Elementary" / "9120 ..." / "Bothell ...".
            line_start = text.rfind("\n", 0, m.start()) + 1
            col = m.start() - line_start
            # A label heading a column beside another ("Vendor      Ship To") reads its own column below;
            # any label's block stops where the next block beside it starts (3 spaces or a tab).
            heads_column = col > 0 and re.search(r"\S(?:[ \t]{3,}|\t)$", text[line_start:m.start()]) is not None
            # "Ship to the lab receiving dock as usual:" then a blank line, then the address: the colon
            # promises it, so the blank line does not end the place.
            promised = m.group("place").rstrip().endswith(":")
            for ln in text[m.end():].splitlines()[1:7]:
                if heads_column:
                    start = min(col, len(ln))
                    while start > 0 and not ln[start - 1].isspace():
                        start -= 1
                    ln = ln[start:]
                ln = re.split(r"[ \t]{3,}|\t", ln.strip())[0] if ln.strip() else ""
                if ln and is_closing(ln):
                    break  # "Thanks" under the address: the letter's end, not a line of it
                if not ln:
                    if block and not (promised and block == [place]):
                        break
                    continue
                block.append(ln)
        address = _address(place, block)
        aside = _ASIDE_AFTER_ADDRESS.search(place) if address is None and block == [place] else None
        if aside is not None and _address(place[:aside.start("dash")], [place[:aside.start("dash")]]) is not None:
            # "..., 5000 Namur – quai n° 3": the dock after a dash is an aside to the address, no part of it
            place = place[:aside.start("dash")]
            block = [place]
            address = _address(place, block)
        if address is None and not below and len(block) > 2 and m.group("place").rstrip().endswith(":"):
            # "Leverans ... till vår verkstad:" / "Göteborg Hyrcykel AB" / "Verkstaden, Järnvågsgatan 6" / "414 58
            # Göteborg": the place's kind ends the sentence, its colon promising the whole address under it
            under = parse_address(block[1:])
            address = under if _whole(under) else None
        if address is None and (m.group("bracketed") is not None or m.group("dated") is not None):
            continue  # "to the team (2 people)": no address in the brackets, no destination
        if below and address is None:
            place = " ".join(block[:2]) or "an address that was not read"
        found.append(StatedMention(
            "destination", _sentence(text, m.start(), m.end()),
            Provenance(kind=kind, part_index=part_index, span=(m.start(), m.end())),
            place=place[:120], address=address))
    return found


# A street and its town written without a comma between them ("14 Lawson Crescent Southport QLD 4215", "22 Kiln
# Row Leeds LS1 4AB"): the way's word ends the street when a town with its state and postcode follows.
_WAY_THEN_TOWN = re.compile(
    r"(?<=\d)(?P<way>[ \t]+[A-Za-z][\w'.-]*(?:[ \t]+[A-Za-z][\w'.-]*){0,3}?[ \t]+(?:St|Street|Rd|Road|Ave|Avenue"
    r"|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Cres|Crescent|Tce|Terrace"
    r"|Close|Row|Parade|Pde|Square|Sq)\.?)(?=[ \t]+[A-Z][A-Za-z'.-]+(?:[ \t]+[A-Z][A-Za-z'.-]+){0,2}[ \t]+"
    r"(?:(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{4}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})\b)")


# (Written as a name is, "Unit 4", "SITE 3": "deliver to our site 12 Elm St" names the kind of place, not its number.)
_UNIT_WORD = re.compile(r"(?<![\w-])(?:Unit|Suite|Ste|Flat|Plot|Lot|Site|Shop|Bldg|Building|UNIT|SUITE|FLAT|PLOT|LOT|SITE"
                        r"|SHOP|BLDG|BUILDING)\.?[ \t]*$")


# A dash set apart by spaces after the address's numbers: what follows is an aside ("– quai n° 3", "- ring first").
_ASIDE_AFTER_ADDRESS = re.compile(r"(?<=\d)[^\n–—]*?[^\W\d_](?P<dash>[ \t]+[–—-][ \t]+)(?=\S)")


def _address(place: str, block: list[str]) -> Address | None:
    """The address the words give, only when it holds a street and a town (a city with its postal code)."""
    place = _WAY_THEN_TOWN.sub(lambda m: m["way"] + ",", place)
    block = [_WAY_THEN_TOWN.sub(lambda m: m["way"] + ",", ln) for ln in block]
    inline = _INLINE_ADDRESS.search(place)
    bracketed = re.search(r"\((?P<inside>[^()]*\d[^()]*)\)", place) if len(block) == 1 else None
    if bracketed is not None:
        # "the school office (Oakfield Primary School, Oak Avenue, Hitchin, Herts SG4 9PL) during term time": the
        # address in brackets, the place's kind or name before them
        found = _address(bracketed["inside"].strip(), [bracketed["inside"].strip()])
        if found is not None:
            if found.name is None and (name := _place_name(place[:bracketed.start()])) is not None:
                found.name = name
            return found
    if inline is None and ":" in place and len(block) == 1:
        # "our yard: 22 Voortrekker Road, ...", "obra: Avenida del Puerto 112, ...": the kind of place, then
        # its address after the colon
        kind, _, written = place.rpartition(":")
        found = _address(written.strip(), [written.strip()])
        if found is not None:
            if found.name is None and (name := _place_name(kind)) is not None and not _KIND_ONLY.match(name):
                found.name = name
            return found
    # "Please ship to our Harbourview site:" / "388 Esplanade Ave E, North Vancouver, BC V7L 1A6": the place
    # named on the label's line, its address written out on the line under it.
    under = next((m for ln in block[1:2] if (m := _INLINE_ADDRESS.match(ln.strip()))), None) if not inline else None
    if inline or under:
        found = inline or under
        assert found is not None
        before = (place if inline else block[1])[:found.start()]
        # "Unit 4 Ferry Lane Ind Est, Rainham ...": the unit's word belongs to the street its number opens
        unit = _UNIT_WORD.search(before)
        street = (unit.group().strip() + " " + found["street"]) if unit else found["street"]
        # "reception at 22 Kiln Row, ...": who takes it in, not a name line of the address
        name = _place_name(before[:unit.start()] if unit else before) if inline else _place_name(place)
        parsed = parse_address([*([name] if name else []), street, found["town"]])
    elif len(block) == 1 and _whole(whole := one_line_address(re.sub(r"(?<=\w)\.[ \t]*$", "", block[0].strip()))):
        parsed = whole  # the place written out on one line, its parts apart by commas
        if parsed is not None and parsed.name:
            parsed.name = _place_name(parsed.name)
    else:
        lines = [piece.strip() for ln in block for piece in ln.split(",")] if len(block) == 1 else block
        parsed = parse_address(lines, one_line=len(block) == 1) if len(lines) >= 2 else None
        # A block under "the address below" may open with the person who signs ("Sam Pardee" / "Pardee
        # Lawn Care" / "88 Birchwood Ln" / ...): the place's name is the line just above its street.
        street_at = next((i for i, ln in enumerate(block) if parsed is not None and parsed.street
                          and ln.strip().startswith(parsed.street)), 0)
        # (Who takes it in, "Attn: Maintenance Shop", is not the place's name: the name is above it.)
        if len(block) > 2 and street_at > 1 and not _ATTENTION.match(block[street_at - 1]):
            parsed = parse_address(block[street_at - 1:]) or parsed
    if not inline and not under and len(block) == 2 and _whole(
            written := one_line_address(re.sub(r"(?<=\w)\.[ \t]*$", "", block[1].strip()))):
        # "Delivery to goods-in please:" / "Harrow Precision Engineering Ltd, Unit 4 Brindley Road, Coventry CV7
        # 9EP.": the whole address on the one line under the sentence, its pieces read as a line's
        if written is not None and written.name is None and (name := _place_name(place)) is not None \
                and not _KIND_ONLY.match(name) and not re.search(r"\d", name):
            written.name = name
        return written
    if not _whole(parsed) and len(block) == 2:
        # "Entregar en Rancho El Mezquite, Carretera Tepatitlán-Arandas km 12," / "47600 Tepatitlán de Morelos,
        # Jalisco.": one address written on, its line broken after a comma
        joined = one_line_address(re.sub(r"(?<=\w)\.[ \t]*$", "", f"{block[0].strip()}, {block[1].strip()}"))
        if _whole(joined):
            return joined
    return parsed if _whole(parsed) else None


# Words around a place's name in a sentence that are not its name: "the", "our", "la obra en", "at".
_NAME_DETERMINER = re.compile(r"^(?:the|our|my|their|this|la|el|le|les|los|las|notre|nuestr[ao]s?|het|il|lo|ons|onze)"
                               r"[ \t]+",
                              re.IGNORECASE)
_NAME_TRAILER = re.compile(r"[ \t]+(?:at|@|en|in|à|a)$", re.IGNORECASE)
# Words of the sentence after the place's name: "Monroe FC as usual", "the Elm St job please".
_NAME_FILLER = re.compile(r"[ \t]+(?:as[ \t]+(?:usual|always|before|last[ \t]+time)|please|pls|thanks|again)$",
                          re.IGNORECASE)
# A kind of place with no name of its own ("the site", "la obra", "al vivero"): no name line.
_KIND_ONLY = re.compile(r"^(?:al[ \t]+)?(?:site|jobsite|job|job[ \t]+site|project|obra|vivero|chantier|baustelle|shop"
                        r"|store|plant|warehouse|yard|office|building|werk|bouwplaats|cantiere|magazzino|budowa|budowę"
                        r"|stavba|sklad|almac[ée]n|entrep[ôo]t|d[ée]p[ôo]t|lager|unit|workshop|stores|goods[ \t-]*in)$",
                        re.IGNORECASE)


def _place_name(words: str) -> str | None:
    """The name a sentence gives its place before the address ("our Harbourview Residences site" ->
    "Harbourview Residences site"); none when it names only a kind of place."""
    # (The address may follow in brackets: "Ship to Monroe FC as usual (9900 Logistics Pkwy, ...)".)
    name = _NAME_TRAILER.sub("", words.strip(" \t,:-(")).strip(" \t,:-(")
    name = _NAME_FILLER.sub("", name).strip(" \t,:-(")
    name = _NAME_DETERMINER.sub("", name)
    return None if not name or _KIND_ONLY.match(name) else name


_ATTENTION = re.compile(r"^[ \t]*(?:attn|attention|c/o|z\.?[ \t]*hd|à l'attention)\b", re.IGNORECASE)
# A way written by its name alone, no number: "Forbury Road", "Quarry Lane" (a British street often has none).
_NAMED_WAY = re.compile(r"^[^\W\d_][\w'.-]*(?:[ \t]+[\w'.-]+){0,3}[ \t]+(?:Road|Street|Lane|Avenue|Way|Drive|Place"
                        r"|Row|Close|Crescent|Terrace|Square|Hill|Parade|Walk|Gardens)$")


def _whole(parsed: Address | None) -> bool:
    """An address with a street (its number, or a way's name with a full postcode) and a town."""
    if parsed is None or not parsed.street or not (parsed.postal_code and parsed.city):
        return False
    # (Ireland names its ways so too, its Eircode unique to the building: "Upper Salthill Road, Galway H91 X2T5".)
    return bool(re.search(r"\d", parsed.street)) or (
        parsed.country in ("GB", "IE") and _NAMED_WAY.match(parsed.street) is not None)


# "Could you get these out this week?" asks for speed, as "asap" does: what the order's normal course
# gives it anyway, not a day a clerk could set. A deadline ("by end of the week", "EOW", "end of next
# week") or a day is a statement a clerk must see.
_SOON = re.compile(r"^(?:this[ \t]+week|today)$", re.IGNORECASE)


# A sentence wrapped onto the next line, which goes on in lower case ("Please send the following to ... HOA"
# / "by Friday 3/13:") or with the day it asks for ("please send" / "Thursday:"): one line break, after a word, a
# number, a comma or a bracket.
_WRAPPED = re.compile(r"(?<=[\w,)])[ \t]*\n(?=[ \t]*(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))")


def _days(text: str, part_index: int | None, kind: str) -> list[StatedMention]:
    found: list[StatedMention] = []
    # (The break read as a space keeps every offset: the spans found point into the text as written.)
    for m in _DAY_ASKED.finditer(_WRAPPED.sub(lambda w: w.group(0).replace("\n", " "), text)):
        day = m.group("day")
        if day is None or _SOON.match(" ".join(day.split())):
            continue
        found.append(StatedMention(
            "date", _sentence(text, m.start(), m.end()),
            Provenance(kind=kind, part_index=part_index, span=(m.start("day"), m.end("day"))),
            when=" ".join(day.split())))
    for m in _DAY_DATED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if _MAIL_HEADER_START.match(text[line_start:line_end if line_end >= 0 else len(text)]):
            continue
        if any(f.provenance is not None and f.provenance.span is not None
               and f.provenance.span[0] <= m.start("day") < f.provenance.span[1] for f in found):
            continue
        found.append(StatedMention(
            "date", _sentence(text, m.start(), m.end()),
            Provenance(kind=kind, part_index=part_index, span=(m.start("day"), m.end("day"))),
            when=" ".join(m.group("day").split())))
    for m in [*_DAY_FOR.finditer(text), *_DAY_FOR_WORDS.finditer(text)]:
        group = next(g for g in ("day", "day2", "day3", "day4", "day5")
                     if g in m.re.groupindex and m.group(g) is not None)
        if any(f.provenance is not None and f.provenance.span == (m.start(group), m.end(group)) for f in found):
            continue
        found.append(StatedMention(
            "date", _sentence(text, m.start(), m.end()),
            Provenance(kind=kind, part_index=part_index, span=(m.start(group), m.end(group))),
            when=" ".join(m.group(group).split())))
    return found
