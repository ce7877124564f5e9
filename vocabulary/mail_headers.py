"""The words mail programs write around a message they quote or forward, in the languages of our buyers' mail
programs: English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish,
Polish and Czech.

Outlook writes a header block above the message it quotes ("From: / Sent: / To: / Subject:", "Da: / Inviato: /
A: / Oggetto:", "Från: / Skickat: / Till: / Ämne:"), Gmail and Apple Mail a line ("On ... wrote:", "Il giorno ...
ha scritto:", "Den ... skrev:", "W dniu ... napisał(a):"), and most a marker over a forward ("---------- Forwarded
message ---------", "-----Messaggio originale-----"). These words are the mail program's, in the locale its
user set, never the buyer's: intake reads them to find who wrote a forwarded order, the extractors to cut a
reply's history from its newest text. Kept here, once, so that every reader knows the same languages.

Each name is a regular expression's source (no groups), to be placed inside the reader's own pattern.
"""

from __future__ import annotations

# The header block's labels. "Da" (Italian) and "De" (French, Spanish, Portuguese) are "From"; "Fra" Danish and
# Norwegian; "Od" Polish and Czech; "Lähettäjä" Finnish.
FROM_LABEL = r"(?:From|Von|De|Van|Da|Fr[åa]n|Fra|L[äa]hett[äa]j[äa]|Od)"
# Outlook for Mac and some webmails write "Date:" where Outlook writes "Sent:"; Italian Outlook "Inviato:" (older
# versions "Data:"), Polish "Wysłano:" or "Data:", Czech "Odesláno:" or "Datum:".
SENT_LABEL = (r"(?:Sent|Date|Gesendet|Datum|Envoy[ée]|Enviado(?: el| em)?|Enviada|Verzonden|Inviato|Data|Skickat"
              r"|Sendt|L[äa]hetetty|Wys[łl]ano|Wys[łl]any|Odesl[áa]no)")
TO_LABEL = r"(?:To|An|[ÀA]|Para|Aan|Till|Til|Vastaanottaja|Do|Komu)"
CC_LABEL = r"(?:Cc|Kopie|Copia|Kopia|Kopio|Kopi)"
SUBJECT_LABEL = (r"(?:Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|[ÄA]mne|Emne|Aihe|Temat"
                 r"|P[řr]edm[ěe]t)")
# Any line of such a block (two of them in a row are a block; one alone may be the buyer's own "Date:").
BLOCK_LABEL = rf"(?:{FROM_LABEL}|{SENT_LABEL}|{TO_LABEL}|{CC_LABEL}|{SUBJECT_LABEL})"

# The verb that ends a reply's header line: "... wrote:", "... schrieb Max Muster <...>:", "... a écrit :",
# "... escribió:", "... ha scritto:", "... escreveu:", "... schreef ...:", "... skrev ...:", "... kirjoitti:",
# "... napisał(a):", "... pisze:", "... napsal(a):".
REPLY_VERB = (r"(?:wrote|schrieb|a\s[ée]crit|escribi[óo]|ha\sscritto|escreveu|schreef|skrev|kirjoitti"
              r"|napisa[łl](?:\(a\)|a)?|pisze|napsal(?:\(a\)|a)?)")
# The word that opens such a line where the language puts one first ("On", "Am", "Le", "El", "Il giorno", "Em",
# "Op", "Den", "W dniu", "Dne").
REPLY_OPENING = r"(?:On|Am|Le|El|Il(?:\sgiorno)?|Em|Op|Den|W\sdniu|Dne)"

# "-----Original Message-----" and its translations (Outlook's separator over a quoted message).
ORIGINAL_MESSAGE = (r"(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original"
                    r"|Messaggio originale|Mensagem original|Oorspronkelijk bericht|Ursprungligt meddelande"
                    r"|Oprindelig meddelelse|Opprinnelig melding|Alkuper[äa]inen viesti|Oryginalna wiadomo[śs][ćc]"
                    r"|P[ůu]vodn[íi] zpr[áa]va)")
# "---------- Forwarded message ---------" and its translations (Gmail's marker over a forward).
FORWARDED_MESSAGE = (r"(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado"
                     r"|Messaggio inoltrato|Mensagem encaminhada|Doorgestuurd bericht"
                     r"|Vidarebefordrat meddelande|Videresendt (?:meddelelse|besked|melding)|V[äa]litetty viesti"
                     r"|Wiadomo[śs][ćc] przekazana dalej|P[řr]eposlan[áa] zpr[áa]va)")
# Apple Mail's line over a forward: "Begin forwarded message:" and its translations.
BEGIN_FORWARDED = (r"(?:Begin forwarded message|Anfang der weitergeleiteten [^\n:]{1,12}"
                   r"|D[ée]but du message r[ée]exp[ée]di[ée]|Inizio messaggio inoltrato"
                   r"|In[íi]cio da mensagem reencaminhada|Begin doorgestuurd bericht|B[öo]rjan av vidarebefordrat"
                   r" meddelande)")

# Subject prefixes. A forward: "Fwd:", "WG:" (German), "TR:" (French), "RV:" (Spanish), "I:" (Italian), "ENC:"
# (Portuguese), "Doorst:" (Dutch), "VB:" (Swedish), "VL:" (Finnish), "PD:" (Polish). Danish and Norwegian "VS:"
# is Finnish's reply ("Vastaus"), so it is neither.
FORWARD_PREFIX = r"(?:fwd?|fw|wg|tr|rv|i|enc|doorst|vb|vl|pd)"
# A reply: "Re:", "AW:" (German), "SV:" (Nordic), "Antw:" (Dutch), "Réf:", "R:" and "Rif:" (Italian), "Res:"
# (Portuguese), "Odp:" (Polish, Czech).
REPLY_PREFIX = r"(?:re|aw|sv|antw|r[ée]f|r|rif|res|odp)"
