"""Tax and company registration ids printed on an order (VAT, GSTIN, EIN, ABN, SIRET, USt-IdNr...).

A printed id is exact where a printed name only suggests: matched against a customer's tax id on file,
it names the buyer (matching/customers.py). Every id on the page is collected, the seller's own too:
the seller is not among our customers, so only the buyer's can match, and two customers' ids on one
document name nobody.
"""

from __future__ import annotations

import re

from models.schemas import Field, PartyIds, Provenance

# Labels that introduce a tax or registration id, in the languages our buyers write.
_LABEL = (r"(?:VAT|GST|TVA|IVA|MwSt|USt)[ \t.-]*(?:Reg(?:istration)?\.?[ \t]*)?(?:ID|Id\.?[ \t]*Nr|Nr|No|Number|#|IN)?"
          r"|GSTIN(?:/UIN)?|UIN|EIN|FEIN|TIN|ABN|ACN|SIRET|SIREN|NIF|CIF|NIPC|UID|CUIT|RFC|BTW|P\.?[ \t]*IVA"
          r"|Partita[ \t]+IVA|Tax[ \t]*(?:Reg(?:istration)?\.?[ \t]*)?(?:ID|No|Number|#)"
          r"|Steuer[ \t-]*(?:Nr|Nummer)|Company[ \t]+Reg(?:istration)?\.?[ \t]*(?:No|Number|#)"
          r"|(?:N[°º][ \t]*)?(?:de[ \t]+)?TVA[ \t]+intracommunautaire")
_LABELLED = re.compile(
    r"(?<![A-Za-z])(?:" + _LABEL + r")[ \t]*(?:No\.?|Number|Nr\.?|#|N[°º])?[ \t]*[:.#-]?[ \t]*"
    # The id: a country prefix, then groups that each start with a digit ("GB 284 7719 06", "84-2219937",
    # "27AAPFR4821K1ZQ"); a word after it ("VAT Reg", "Phone") is the next field, not the id.
    r"(?P<value>(?:[A-Z]{2,3}[ \t]?)?[0-9][0-9A-Z.\-/]*(?:[ \t][0-9][0-9A-Z.\-/]*)*)", re.IGNORECASE)
# An Indian GSTIN has a form no other number has (state code, the holder's PAN, entity digit, 'Z',
# check character): read wherever it stands, labelled or not.
_GSTIN = re.compile(r"(?<![A-Z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Z0-9])")
_MIN_DIGITS = 5


def _clean(value: str) -> str | None:
    """The id as printed, without what ran on after it on the line (two spaces or more end it); an id
    carries at least five digits, so a date or a phone extension is not read as one."""
    value = re.split(r"[ \t]{2,}", value.strip())[0].strip(" .-/")
    return value if sum(ch.isdigit() for ch in value) >= _MIN_DIGITS else None


def find_tax_ids(text: str, part_index: int | None = None, kind: str = "pdf") -> Field[PartyIds] | None:
    """Every tax or registration id the text prints, labelled or (a GSTIN) by its form."""
    found: list[str] = []
    first: tuple[int, int] | None = None
    for m in list(_LABELLED.finditer(text)) + list(_GSTIN.finditer(text)):
        group = "value" if m.re is _LABELLED else 0
        value = _clean(m.group(group))
        if value is None or value in found:
            continue
        found.append(value)
        first = first or (m.start(group), m.end(group))
    if not found:
        return None
    return Field(PartyIds(tax=tuple(found)), 0.9, Provenance(kind=kind, part_index=part_index, span=first))
