"""Delivery blocks as Mexico, Portugal and Singapore write them, under the labels their buyers use: a state
after the town ("68000 Oaxaca de Juárez, Oax."), a Portuguese postal code ("8600-688 Lagos"), the city-state
before its code ("Singapore 039594"). Every address here is made up."""

from __future__ import annotations

import pytest

from extractors.header_fields import find_ship_to


@pytest.mark.parametrize("block,expected", [
    ("Entregar en:\nPosada del Valle\nCalle Hidalgo 214, Centro\n37700 San Miguel de Allende, Gto.\n",
     ("Posada del Valle", "Calle Hidalgo 214, Centro", "San Miguel de Allende", "Gto.", "37700", None)),
    ("Morada de entrega:\nQuinta da Ribeira\nRua do Sol 14\n4400-123 Vila Nova de Gaia\n",
     ("Quinta da Ribeira", "Rua do Sol 14", "Vila Nova de Gaia", None, "4400-123", "PT")),
    ("Deliver to:\nMarina Kitchen\n12 Harbour Walk #02-05\nSingapore 018953\n",
     ("Marina Kitchen", "12 Harbour Walk #02-05", "Singapore", None, "018953", "SG")),
])
def test_a_delivery_block_in_each_countrys_form(block: str, expected: tuple):
    found = find_ship_to(f"Hola,\n\n{block}\n- 4 cajas de jabón\n", 0)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.region, a.postal_code, a.country) == expected


def test_a_one_line_delivery_sentence_never_takes_the_next_line_for_its_street():
    """GIVEN "Entregar en: <name>, <street>, <town>, <state>, C.P. <code>." and a date line under it
    THEN the date line is no part of the address (the sentence is read whole, or left to the prose reading)."""
    found = find_ship_to("Hola,\n\nEntregar en: Comedor Norte, Carretera Federal 57 km 12, Querétaro, Qro., "
                         "C.P. 76000.\nFecha requerida: 03/07/2026.\n\nSaludos\n", 0)
    assert found is None or "Fecha" not in (found.value.street or "")


def test_a_delivery_sentence_to_a_named_place_reads_a_british_way_without_a_number():
    """GIVEN "Deliver to the yard: <farm>, <lane>, <town> <postcode>." and a line of talk under it
    THEN the place's words before the colon are no part of the address, a British lane needs no house number
    beside its full postcode, and the talk under it is never the street."""
    found = find_ship_to("Hi,\n\nDeliver to the yard: Hollow Oak Farm, Mill Lane, Sturminster Newton DT10 1AB.\n"
                         "Ring Dave when you're 20 mins out.\n\nTa\n", 0)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.postal_code) == ("Hollow Oak Farm", "Mill Lane", "Sturminster Newton", "DT10 1AB")
    unread = find_ship_to("Hi,\n\nShip to: our unit, the far side, by the gate, near Swindon.\nCall first.\n", 0)
    assert unread is None or "Call" not in (unread.value.street or "")
