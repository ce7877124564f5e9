"""A text that holds several orders one after the other: "PO 4471: ... its lines ...  PO 4472: ... its lines",
or "Order 1 - Riverside yard" / "Order 2 - Lakeview yard" sections, each with its own lines and ship-to.

A buyer who writes two POs in one email means two orders. The lines read from the text are split by the
headings they fall under, and each section's header (its PO number, ship-to, dates) is read from the
section alone, with what the text says outside every section (a greeting naming the buyer, "all to our
Denver yard") lending what a section lacks. The first section stays the extraction's own order; the others
ride along as its `siblings`, the way an EDI interchange's further orders do.

A text is split only when it clearly is several orders: at least two headings, each opening a line, each
with lines of its own under it, no line read above the first, and each heading naming a PO number no other
names (or, for "Order 1 / Order 2", numbering its sections in turn). Anything less stays one order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.header_fields import find_header
from models.schemas import Extraction, Field, Provenance, StatedMention

# A heading at the start of a line: a PO label and its number, or "Order" and the section's number, then the
# end of the line, or a colon or dash and whatever follows ("PO 4471: 10 x AB-12", "Order 2 - Lakeview yard").
# Bullets and markdown before it ("**PO 4471**", "## Order 2", "1) PO 4471") are allowed.
_HEADING = re.compile(
    r"^[ \t]*(?:[-*•#>=]+[ \t]*|\(?\d{1,2}[.)][ \t]+)?\**[ \t]*"
    r"(?P<label>P\.?[ \t]?O\.?|Purchase[ \t]+Order|Order|Bestellung|Commande|Pedido)"
    r"[ \t]*(?:#|No\.?|Nr\.?|N[°º]|Number|Nummer|num[ée]ro)?[ \t]*[:#]?[ \t]*"
    r"(?P<value>[A-Z0-9][A-Z0-9\-/_.]*[A-Z0-9]|\d)\**"
    r"(?=[ \t\r]*(?:$|[:\-–—(,]|\.(?:\s|$))|[ \t]+(?:for|to|at|f[üu]r|pour|para)\b[^\n]{0,60}:[ \t\r]*$)",
    re.IGNORECASE | re.MULTILINE,
)
# "Order 1", "Order 2": a section's number, not a PO's.
_SECTION_NUMBER = re.compile(r"\d{1,2}")
# A blank line (mail keeps "\r\n" line ends): the end of a paragraph.
_PARAGRAPH_END = re.compile(r"\r?\n[ \t]*\r?\n")
# "PO Box 12" is an address, "Order Date 3/4" a label; a PO number carries a digit.
_NOT_A_NUMBER = re.compile(r"box|date|dated|total", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """One order's part of the text: from its heading to the next heading (or the end)."""

    start: int
    end: int
    # The PO number its heading names; None for a numbered section ("Order 2 - Lakeview yard").
    po: str | None
    # Where the heading writes the number, in the text.
    span: tuple[int, int]


def find_sections(text: str, kept: list[tuple[int, str]]) -> list[Section]:
    """The order headings among the text's own lines (`kept`: offset and line, quotes and signatures cut),
    when they clearly head several orders: two or more, naming PO numbers that differ, or numbering their
    sections 1, 2, 3... in turn. Empty otherwise."""
    # (where the heading starts, the number it names, where the number is, whether it is a bare "Order N")
    found: list[tuple[int, str, tuple[int, int], bool]] = []
    for offset, line in kept:
        m = _HEADING.match(line)
        if m is None or _NOT_A_NUMBER.fullmatch(m["value"]) or not any(c.isdigit() for c in m["value"]):
            continue
        span = (offset + m.start("value"), offset + m.end("value"))
        found.append((offset + m.start(), m["value"].strip(".-/"), span, m["label"].lower() == "order"))
    # "Order 1", "Order 2" number the sections in turn: those are the headings, whatever POs the text names.
    numbers = [f for f in found if f[3] and _SECTION_NUMBER.fullmatch(f[1])]
    numbered = len(numbers) >= 2 and [int(v) for _, v, _, _ in numbers] == list(range(1, len(numbers) + 1))
    found = numbers if numbered else [f for f in found if not (f[3] and _SECTION_NUMBER.fullmatch(f[1]))]
    if len(found) < 2:
        return []
    values = [value for _, value, _, _ in found]
    if not numbered and len({v.upper() for v in values}) < len(values):
        return []  # one PO named twice ("PO 4471: ... PO 4471 again:"): one order
    ends = [start for start, _, _, _ in found[1:]] + [len(text)]
    return [Section(start, end, None if numbered else value, span)
            for (start, value, span, _), end in zip(found, ends, strict=True)]


def _within(section: Section, provenance: Provenance | None) -> bool:
    span = provenance.span if provenance is not None else None
    return span is not None and section.start <= span[0] < section.end


def _blank_outside(text: str, keep: list[tuple[int, int]]) -> str:
    """The text with everything outside `keep` blanked, newlines kept: offsets still point into `text`."""
    chars = [c if c in "\r\n" else " " for c in text]
    for start, end in keep:
        chars[start:end] = text[start:end]
    return "".join(chars)


def split_sections(extraction: Extraction, content: str, kept: list[tuple[int, str]]) -> Extraction:
    """The extraction as one order per section when its lines fall under several order headings
    (`content`: the text its lines were read from, quotes and signatures blanked; `kept`: its own lines):
    the first section's order with the others as its siblings. Unchanged when the text is one order."""
    if extraction.siblings or not extraction.lines:
        return extraction
    sections = find_sections(content, kept)
    if not sections:
        return extraction
    spans = [ln.provenance.span if ln.provenance is not None else None for ln in extraction.lines]
    if any(span is None or span[0] < sections[0].start for span in spans):
        return extraction  # a line above the first heading: whose order it is, nobody can say
    lines_of = [[ln for ln in extraction.lines if _within(s, ln.provenance)] for s in sections]
    if any(not lines for lines in lines_of):
        return extraction  # a heading with no lines under it heads no order ("PO 4471: the tape was short")
    # The last section ends with the paragraph of its last line: what the buyer writes below it ("PO 5521 for
    # both", "deliver all by Friday") is said of every order.
    last_end = max(span[1] for span in spans if span is not None)
    paragraph_end = _PARAGRAPH_END.search(content, last_end)
    if paragraph_end is not None:
        sections[-1] = replace(sections[-1], end=paragraph_end.start())
    part_index = extraction.part_index
    kind = extraction.lines[0].provenance.kind if extraction.lines[0].provenance else "text"
    outside = _blank_outside(content, [(0, sections[0].start), (sections[-1].end, len(content))])
    common = find_header(outside, part_index, kind)
    # What the text says outside the sections is every order's; a field a section states is its own only.
    fallback = replace(common.merged_with(extraction.header), po_number=common.po_number, ship_to=common.ship_to,
                       requested_date=common.requested_date)
    orders = []
    for section, lines in zip(sections, lines_of, strict=True):
        own = find_header(_blank_outside(content, [(section.start, section.end)]), part_index, kind)
        if section.po is not None:
            own = replace(own, po_number=Field(section.po, 0.9, Provenance(kind, part_index, span=section.span)))
        elif own.po_number is not None and own.po_number.value == content[section.span[0]:section.span[1]]:
            own = replace(own, po_number=None)  # "Order 2" numbers the section, not the order
        orders.append(replace(
            extraction, header=own.merged_with(fallback), lines=lines,
            unread=[u for u in extraction.unread if _in_section(content, u, section, sections)
                    and not _HEADING.match(u)],
            stated=[m for m in extraction.stated if _stated_in(m, section, sections)], siblings=[]))
    first, *rest = orders
    return replace(first, siblings=rest)


def _in_section(content: str, text: str, section: Section, sections: list[Section]) -> bool:
    """Whether a line left unread is written in this section; one written outside every section (or not
    found) is the first order's, so that a clerk still sees it."""
    at = content.find(text, sections[0].start)
    home = next((s for s in sections if 0 <= at and s.start <= at < s.end), sections[0])
    return home is section


def _stated_in(mention: StatedMention, section: Section, sections: list[Section]) -> bool:
    """A place or day stated in a section is that order's; one stated outside every section, every order's."""
    if _within(section, mention.provenance):
        return True
    return not any(_within(s, mention.provenance) for s in sections)

