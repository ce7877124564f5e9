"""An MRO catalog's ways of writing (HCS for a hex bolt, M8-1.25 threads, CL10.9, a hose's -6 dash size, T1
for type 1, NRR29 glued, AEROSOL) against buyers' words. Made-up products."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from matching.wording import read_wording

MRO = CatalogIndex([
    CatalogProduct(sku, description, "EA", Decimal("1.00")) for sku, description in [
        ("HCS-38-G5", "HCS 3/8-16 X 1 GR5 ZP BX100"),
        ("HCS-38-G8", "HCS 3/8-16 X 1 GR8 YZ BX100"),
        ("CS-M8-109", "HCS M8-1.25 X 20 CL10.9 PLAIN BX100"),
        ("CS-M8-88", "HCS M8-1.25 X 20 CL8.8 ZP BX100"),
        ("HS-6", "HOSE SUCTION -6 3/8IN ID PER FT"),
        ("HS-8", "HOSE SUCTION -8 1/2IN ID PER FT"),
        ("MAT-2436", "MAT ANTI-FATIGUE 24 X 36 X 3/8 BLK"),
        ("MAT-3660", "MAT ANTI-FATIGUE 36 X 60 X 3/8 BLK"),
        ("CD-T1", "DISC CUTOFF 6 X .040 T1"),
        ("CD-T27", "DISC CUTOFF 6 X .040 T27"),
        ("EM-29", "EARMUFF FOLDING NRR29"),
        ("EM-25", "EARMUFF FOLDING NRR25"),
        ("SIL-11", "SILICONE LUBE AEROSOL 11OZ"),
        ("SIL-GAL", "SILICONE LUBE LIQUID 1GAL"),
    ]
])


@pytest.mark.parametrize(("written", "sku"), [
    ("3/8-16 x 1 grade 5 hex bolts", "HCS-38-G5"),  # a hex bolt is what the catalog calls a hex cap screw
    ("M8 x 20 class 10.9", "CS-M8-109"),  # an M8 thread, its property class after a dot
    ("3/8 suction hose", "HS-6"),  # "-6 3/8IN" is dash six and 3/8 in, not six and three-eighths
    ("24 x 36 anti-fatigue mat", "MAT-2436"),  # the first sizes of three
    ("type 27 cutoff discs 6 in", "CD-T27"),  # T27
    ("NRR 29 earmuffs", "EM-29"),  # NRR29 glued
    ("silicone spray", "SIL-11"),  # an aerosol is a spray
])
def test_mro_catalog_in_buyers_words(written: str, sku: str) -> None:
    assert MRO.match(None, written).sku == sku


def test_two_letters_glued_to_a_number_stay_one_name() -> None:
    # "BR30" names a lamp's shape; only three or four letters split ("NRR32" is the rating 32).
    assert "br30" in read_wording("LED BR30 flood").words
    assert ("", 32.0) in read_wording("EARPLUG NRR32").measures
