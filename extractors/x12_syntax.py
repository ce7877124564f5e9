"""The X12 rules an interchange must keep before its orders are read, each breach as an `EdiSyntaxError` with the
code the 997 (and its TA1) answers it with.

Checked: the envelopes' control numbers and counts (ISA13/IEA02, IEA01; GS06/GE02, GE01; ST02/SE02, SE01, a
missing GE or SE), transaction sets we do not know (AK502 1), an order set without its mandatory head
segment (850 BEG, 860 BCH, 875 G50: AK304 3), and a line's quantity or price that is no number (AK403 6).
Sets we know but do not read (855, 810, 856...) are not checked, and an interchange holding only such sets
or acknowledgements (997, 999) gets no errors at all: it is not ours to answer, and an acknowledgement is
never acknowledged.

What each error rejects: a missing trailer (GE: AK9 R 3; SE: AK5 R 2), a set we do not know, a missing head
segment or an element that is no number reject their group or set, which becomes no order. A trailer whose
count or control number disagrees with what was received (IEA01/IEA02: TA1 E 021/001; GE01/GE02: AK9 E 5/4;
SE01/SE02: AK5 E 4/3) is noted and the set accepted, as X12 leaves to the receiver ("accepted, but errors
were noted"): every segment of it was read, and published partners' files often carry such numbers (a
sample 850 whose IEA02 is not its ISA13). An order whose own SE01 or SE02 disagrees may miss a segment, so
a clerk checks it (its `syntax_doubts`); a group's or interchange's numbers say nothing of its sets."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.edi_x12 import ORDER_SETS, TRANSACTION_NAMES, Interchange, Segment, Transaction
from models.schemas import EdiSyntaxError
from vocabulary.numbers import plain_decimal

X12 = "x12"
ACKNOWLEDGEMENTS = {"997", "999", "TA1"}
HEADS = {"850": "BEG", "860": "BCH", "875": "G50"}
# Elements that must be numbers where they are given: (segment, position) -> data element reference number.
NUMBERS = {("PO1", 2): "330", ("PO1", 4): "212", ("POC", 3): "380", ("POC", 4): "380", ("POC", 6): "212",
           ("G68", 1): "330", ("G68", 3): "212"}


@dataclass
class Checked:
    """An interchange's errors, and which of its transaction sets they reject (not to be read as orders)."""

    errors: list[EdiSyntaxError] = field(default_factory=list)
    rejected: list[Transaction] = field(default_factory=list)

    def rejects(self, txn: Transaction) -> bool:
        return any(txn is t for t in self.rejected)

    def noted(self, txn: Transaction) -> list[str]:
        """What was noted of this set's own trailer (an SE01 count, an SE02 number): a clerk checks its order."""
        gs = next((s for s in txn.senders if s.tag == "GS"), None)
        group = gs.el(6) if gs is not None else ""
        return [e.text for e in self.errors if e.level == "set" and e.accepted and e.group == group
                and e.set_control == txn.control]


@dataclass
class _Group:
    gs: Segment
    ge: Segment | None = None
    sets: list[tuple[Segment, Segment | None, list[Segment]]] = field(default_factory=list)


def _groups(interchange: Interchange) -> list[_Group]:
    """GS ... GE groups with their ST ... SE sets (SE None: missing), read from the segments as sent."""
    groups: list[_Group] = []
    group: _Group | None = None
    open_set: tuple[Segment, list[Segment]] | None = None

    def close_set(se: Segment | None) -> None:
        nonlocal open_set
        if open_set is not None and group is not None:
            group.sets.append((open_set[0], se, open_set[1]))
        open_set = None

    for seg in interchange.segments[1:]:
        if seg.tag == "GS":
            close_set(None)
            group = _Group(seg)
            groups.append(group)
        elif seg.tag == "ST" and group is not None:
            close_set(None)
            open_set = (seg, [])
        elif seg.tag == "SE":
            close_set(seg)
        elif seg.tag in ("GE", "IEA"):
            close_set(None)
            if seg.tag == "GE" and group is not None:
                group.ge = seg
            group = None
        elif open_set is not None:
            open_set[1].append(seg)
    return groups


def check(interchange: Interchange, txns: list[Transaction]) -> Checked:
    """The interchange's errors; `txns` are its transaction sets as `edi_x12.transactions` gave them."""
    isa, iea = interchange.segments[0], interchange.segments[-1]
    ref = isa.el(13)
    groups = _groups(interchange)
    ours = [st.el(1) for g in groups for st, _, _ in g.sets
            if st.el(1) in ORDER_SETS or st.el(1) not in TRANSACTION_NAMES]
    if not ours:
        return Checked()
    errors: list[EdiSyntaxError] = []

    def add(level: str, code: str, text: str, **where: object) -> None:
        errors.append(EdiSyntaxError(X12, level, code, text, interchange=ref, **where))  # type: ignore[arg-type]

    if iea.el(2) != ref:
        add("interchange", "001", f"X12 interchange {ref}: its IEA02 control number {iea.el(2)!r} is not the "
                                  f"ISA13 {ref!r} (noted, accepted)", accepted=True)
    if iea.el(1).isdecimal() and int(iea.el(1)) != len(groups):
        add("interchange", "021", f"X12 interchange {ref}: IEA01 says {iea.el(1)} functional groups, it holds "
                                  f"{len(groups)} (noted, accepted)", accepted=True)
    for group in groups:
        gs = group.gs
        control = gs.el(6)
        at = {"group": control}
        if group.ge is None:
            add("group", "3", f"X12 group {control}: no GE trailer (rejected)", **at)
        elif group.ge.el(2) != control:
            add("group", "4", f"X12 group {control}: its GE02 control number {group.ge.el(2)!r} is not the GS06 "
                              f"{control!r} (noted, accepted)", accepted=True, **at)
        elif group.ge.el(1).isdecimal() and int(group.ge.el(1)) != len(group.sets):
            add("group", "5", f"X12 group {control}: GE01 says {group.ge.el(1)} transaction sets, it holds "
                              f"{len(group.sets)} (noted, accepted)", accepted=True, **at)
        for st, se, body in group.sets:
            errors += _set_errors(ref, control, st, se, body)
    return Checked(errors, _rejected(errors, ref, txns))


def _set_errors(ref: str, group: str, st: Segment, se: Segment | None, body: list[Segment]) -> list[EdiSyntaxError]:
    set_id, control = st.el(1), st.el(2)
    if set_id in ACKNOWLEDGEMENTS or (set_id in TRANSACTION_NAMES and set_id not in ORDER_SETS):
        return []  # not ours to read, so not ours to judge
    name = f"X12 {set_id} {control}"
    where = {"interchange": ref, "group": group, "set_id": set_id, "set_control": control}
    errors: list[EdiSyntaxError] = []

    def add(code: str, text: str, **more: object) -> None:
        errors.append(EdiSyntaxError(X12, "set", code, text, **where, **more))  # type: ignore[arg-type]

    if set_id not in TRANSACTION_NAMES:
        add("1", f"{name}: transaction set {set_id!r} is not one we read (rejected)")
    if se is None:
        add("2", f"{name}: no SE trailer (rejected)")
    elif se.el(2) != control:
        add("3", f"{name}: its SE02 control number {se.el(2)!r} is not the ST02 {control!r} (noted, accepted)",
            accepted=True)
    elif not se.el(1).isdecimal() or int(se.el(1)) != len(body) + 2:
        add("4", f"{name}: SE01 says {se.el(1) or '(nothing)'} segments, the set has {len(body) + 2} (noted, "
                 "accepted)", accepted=True)
    head = HEADS.get(set_id)
    if head is not None and not any(s.tag == head for s in body):
        add("5", f"{name}: no {head} segment, which the {set_id} must have (rejected)", segment_id=head,
            segment_position=2, segment_code="3")
    for n, seg in enumerate(body, 2):  # ST is the set's first segment
        for (tag, position), reference in NUMBERS.items():
            value = seg.el(position)
            if seg.tag == tag and value and plain_decimal(value, 30) is None:
                add("5", f"{name}: segment {n} {tag}{position:02d} {value[:30]!r} is not a number (rejected)",
                    segment_id=tag, segment_position=n, segment_code="8", element_position=position,
                    element_reference=reference, element_code="6", value=value[:99])
    return errors


def _rejected(errors: list[EdiSyntaxError], ref: str, txns: list[Transaction]) -> list[Transaction]:
    """The sets the errors reject: every set of a rejected interchange or group, and each set in error."""
    if any(e.level == "interchange" and not e.accepted for e in errors):
        return list(txns)
    groups = {e.group for e in errors if e.level == "group" and not e.accepted}
    sets = {(e.group, e.set_control) for e in errors if e.level == "set" and not e.accepted}
    out = []
    for txn in txns:
        gs = next((s for s in txn.senders if s.tag == "GS"), None)
        group = gs.el(6) if gs is not None else ""
        if group in groups or (group, txn.control) in sets:
            out.append(txn)
    return out
