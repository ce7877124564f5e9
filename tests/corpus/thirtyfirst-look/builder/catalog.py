"""Kestrel Components Ltd catalogue: key -> (description, uom, unit_price GBP, pack_size, mpn)."""
import random

ITEMS = []  # (key, description, uom, price, pack, mpn)

def add(key, desc, uom, price, pack, mpn=""):
    ITEMS.append((key, desc, uom, price, pack, mpn))

# --- resistors SMD
RV = [("100R", "100Ω", "100R"), ("1K", "1kΩ", "1K"), ("4K7", "4.7kΩ", "4K7"), ("10K", "10kΩ", "10K"),
      ("47K", "47kΩ", "47K"), ("100K", "100kΩ", "100K")]
for size, w, reel_p, ct_p in (("0603", "0.1W", 4.90, 0.008), ("0805", "0.125W", 5.60, 0.009)):
    for code, txt, mcode in RV:
        mpn = f"RC{size}FR-07{mcode}L"
        add(f"r{size}-{code}-rl", f"Thick film resistor {txt} 1% {w} {size}, reel of 5000 - Yageo {mpn}", "RL", reel_p, 5000, mpn)
        add(f"r{size}-{code}-ct", f"Thick film resistor {txt} 1% {w} {size}, cut tape - Yageo {mpn}", "EA", ct_p, 1, mpn)
add("r0603-10K-5-rl", "Thick film resistor 10kΩ 5% 0.1W 0603, reel of 5000 - Yageo RC0603JR-0710KL", "RL", 3.95, 5000, "RC0603JR-0710KL")
add("r0603-10K-5-ct", "Thick film resistor 10kΩ 5% 0.1W 0603, cut tape - Yageo RC0603JR-0710KL", "EA", 0.006, 1, "RC0603JR-0710KL")
for v, t in (("220R", "220Ω"), ("1K", "1kΩ"), ("4K7", "4.7kΩ"), ("10K", "10kΩ"), ("100K", "100kΩ")):
    add(f"mf-{v}-100", f"Metal film resistor {t} 1% 0.25W axial, bag of 100 - Vishay MBB0207 {v}", "PK", 1.85, 100, f"MBB02070C{v}")
add("mf-10K-1000", "Metal film resistor 10kΩ 1% 0.25W axial, bag of 1000 - Vishay MBB0207 10K", "PK", 14.20, 1000, "MBB02070C10K")

# --- capacitors
MLCC = [("100n50-0603", "100nF 50V X7R 0603", "CL10B104KB8NNNC", 6.80, 0.012),
        ("100n16-0603", "100nF 16V X7R 0603", "CL10B104KO8NNNC", 5.90, 0.010),
        ("100n50-0805", "100nF 50V X7R 0805", "CL21B104KBCNNNC", 8.40, 0.015),
        ("1u25-0603", "1µF 25V X5R 0603", "CL10A105KA8NNNC", 9.10, 0.016),
        ("10u25-0805", "10µF 25V X5R 0805", "CL21A106KAYNNNE", 38.50, 0.045),
        ("10u16-0805", "10µF 16V X5R 0805", "CL21A106KOQNNNE", 29.80, 0.038),
        ("22p50-0603", "22pF 50V C0G 0603", "CL10C220JB8NNNC", 7.20, 0.012)]
for k, t, mpn, rp, cp in MLCC:
    add(f"c{k}-rl", f"MLCC {t}, reel of 4000 - Samsung {mpn}", "RL", rp, 4000, mpn)
    add(f"c{k}-ct", f"MLCC {t}, cut tape - Samsung {mpn}", "EA", cp, 1, mpn)
for k, t, mpn, p in (("100u25", "100µF 25V radial 6.3x11mm", "EEU-FR1E101", 0.21),
                     ("100u50", "100µF 50V radial 8x11.5mm", "EEU-FR1H101", 0.29),
                     ("470u35", "470µF 35V radial 10x20mm", "EEU-FR1V471", 0.58),
                     ("1000u16", "1000µF 16V radial 10x20mm", "EEU-FR1C102", 0.52),
                     ("1000u25", "1000µF 25V radial 12.5x20mm", "EEU-FR1E102", 0.74)):
    add(f"e{k}", f"Electrolytic capacitor {t} 105°C - Panasonic {mpn}", "EA", p, 1, mpn)
add("e10u50-100", "Electrolytic capacitor 10µF 50V radial 5x11mm, bag of 100 - Nichicon UVR1H100MDD", "PK", 6.40, 100, "UVR1H100MDD")

# --- connectors
add("hdr-1x40-st", "Pin header 1x40 2.54mm straight, gold - Würth 61304011121", "EA", 0.62, 1, "61304011121")
add("hdr-1x40-ra", "Pin header 1x40 2.54mm right angle, gold - Würth 61304011021", "EA", 0.79, 1, "61304011021")
add("hdr-2x40-st", "Pin header 2x40 2.54mm straight, gold - Würth 61308021121", "EA", 1.18, 1, "61308021121")
add("skt-1x40", "Female socket strip 1x40 2.54mm straight - Würth 61304011821", "EA", 1.45, 1, "61304011821")
for n in (2, 3, 4):
    add(f"xh{n}-100", f"JST XH housing {n}-way 2.5mm, bag of 100 - JST XHP-{n}", "PK", 2.10 + 0.3 * n, 100, f"XHP-{n}")
add("xh-crimp-rl", "JST XH crimp contact 22-30AWG, reel of 8000 - JST SXH-001T-P0.6", "RL", 64.00, 8000, "SXH-001T-P0.6")
add("xh-crimp-100", "JST XH crimp contact 22-30AWG, bag of 100 - JST SXH-001T-P0.6", "PK", 1.60, 100, "SXH-001T-P0.6")
add("xh2-pcb", "JST XH PCB header 2-way top entry - JST B2B-XH-A", "EA", 0.07, 1, "B2B-XH-A")
add("tb2-508-gn", "PCB terminal block 2-way 5.08mm green - Phoenix Contact MKDS 1,5/2-5,08 (1715721)", "EA", 0.48, 1, "1715721")
add("tb3-508-gn", "PCB terminal block 3-way 5.08mm green - Phoenix Contact MKDS 1,5/3-5,08 (1715734)", "EA", 0.69, 1, "1715734")
add("tb2-508-bl", "PCB terminal block 2-way 5.08mm blue - CUI TB007-508-02BE", "EA", 0.31, 1, "TB007-508-02BE")
add("tb2-plug", "Pluggable terminal block plug 2-way 5.08mm - Phoenix Contact MSTB 2,5/2-ST-5,08 (1757019)", "EA", 0.88, 1, "1757019")
add("usbc-16", "USB Type-C receptacle 16-pin SMD, USB 2.0 - GCT USB4105-GF-A", "EA", 0.71, 1, "USB4105-GF-A")
add("usbc-24", "USB Type-C receptacle 24-pin SMD, USB 3.2 - GCT USB4085-GF-A", "EA", 1.36, 1, "USB4085-GF-A")
add("rj45-sh", "RJ45 jack shielded THT, no LEDs - Amphenol RJHSE-5380", "EA", 1.92, 1, "RJHSE-5380")
add("rj45-unsh", "RJ45 jack unshielded THT, no LEDs - Amphenol RJE1Y32610442", "EA", 0.98, 1, "RJE1Y32610442")
add("dsub9-m", "D-sub 9-way male solder cup - Harting 09670094704", "EA", 1.05, 1, "09670094704")
add("dsub9-f", "D-sub 9-way female solder cup - Harting 09670094604", "EA", 1.09, 1, "09670094604")
add("m12-4f", "M12 4-pin A-coded female cable connector, straight - Phoenix Contact SACC-M12FS-4CON-PG7 (1681088)", "EA", 6.95, 1, "1681088")

# --- ICs
for k, d, mpn, uom, p, pack in (
        ("ne555p", "Timer IC NE555P DIP-8 - Texas Instruments", "NE555P", "EA", 0.32, 1),
        ("ne555d-rl", "Timer IC NE555DR SOIC-8, reel of 2500 - Texas Instruments", "NE555DR", "RL", 340.00, 2500),
        ("ne555d-ct", "Timer IC NE555DR SOIC-8, cut tape - Texas Instruments", "NE555DR", "EA", 0.19, 1),
        ("lm358p", "Dual op-amp LM358P DIP-8 - Texas Instruments", "LM358P", "EA", 0.27, 1),
        ("lm358d-ct", "Dual op-amp LM358DR SOIC-8, cut tape - Texas Instruments", "LM358DR", "EA", 0.14, 1),
        ("m328-pu", "Microcontroller ATmega328P-PU DIP-28 - Microchip", "ATMEGA328P-PU", "EA", 2.45, 1),
        ("m328-au", "Microcontroller ATmega328P-AU TQFP-32 - Microchip", "ATMEGA328P-AU", "EA", 1.98, 1),
        ("stm32c8", "Microcontroller STM32F103C8T6 LQFP-48 64KB - STMicroelectronics", "STM32F103C8T6", "EA", 3.65, 1),
        ("stm32cb", "Microcontroller STM32F103CBT6 LQFP-48 128KB - STMicroelectronics", "STM32F103CBT6", "EA", 4.40, 1),
        ("esp32-n4", "WiFi/BT module ESP32-WROOM-32E 4MB flash - Espressif ESP32-WROOM-32E-N4", "ESP32-WROOM-32E-N4", "EA", 2.90, 1),
        ("esp32-n8", "WiFi/BT module ESP32-WROOM-32E 8MB flash - Espressif ESP32-WROOM-32E-N8", "ESP32-WROOM-32E-N8", "EA", 3.25, 1),
        ("ams33", "LDO regulator AMS1117-3.3 SOT-223, cut tape - Advanced Monolithic", "AMS1117-3.3", "EA", 0.09, 1),
        ("ams50", "LDO regulator AMS1117-5.0 SOT-223, cut tape - Advanced Monolithic", "AMS1117-5.0", "EA", 0.09, 1),
        ("l7805", "Voltage regulator L7805CV 5V 1.5A TO-220 - STMicroelectronics", "L7805CV", "EA", 0.34, 1),
        ("l7812", "Voltage regulator L7812CV 12V 1.5A TO-220 - STMicroelectronics", "L7812CV", "EA", 0.36, 1),
        ("hc595d", "Shift register 74HC595D SOIC-16 - Nexperia", "74HC595D,118", "EA", 0.16, 1),
        ("hc595n", "Shift register SN74HC595N DIP-16 - Texas Instruments", "SN74HC595N", "EA", 0.41, 1),
        ("max232-dip", "RS-232 driver MAX232CPE+ DIP-16 - Analog Devices/Maxim", "MAX232CPE+", "EA", 2.60, 1),
        ("max232-so", "RS-232 driver MAX232ESE+ SOIC-16 - Analog Devices/Maxim", "MAX232ESE+", "EA", 2.95, 1),
        ("ch340g", "USB-UART bridge CH340G SOP-16 - WCH", "CH340G", "EA", 0.38, 1),
        ("ft232rl", "USB-UART bridge FT232RL SSOP-28 - FTDI", "FT232RL-REEL", "EA", 3.95, 1)):
    add(k, d, uom, p, pack, mpn)

# --- LEDs
for k, d, mpn in (("led5-rd", "LED 5mm red diffused 20mA", "L-53HD"), ("led5-gn", "LED 5mm green diffused 20mA", "L-53GD"),
                  ("led5-ye", "LED 5mm yellow diffused 20mA", "L-53YD"), ("led5-bl", "LED 5mm blue water clear 20mA", "L-7113QBC-D"),
                  ("led5-wh", "LED 5mm white water clear 20mA", "L-7113QWC-D"), ("led3-rd", "LED 3mm red diffused 20mA", "L-934HD"),
                  ("led3-gn", "LED 3mm green diffused 20mA", "L-934GD")):
    add(f"{k}-100", f"{d}, bag of 100 - Kingbright {mpn}", "PK", 4.20 if "5mm" in d else 3.80, 100, mpn)
add("led5-rd-1", "LED 5mm red diffused 20mA, single - Kingbright L-53HD", "EA", 0.06, 1, "L-53HD")
add("led3-rd-1000", "LED 3mm red diffused 20mA, bag of 1000 - Kingbright L-934HD", "PK", 31.00, 1000, "L-934HD")
add("led0603-rd-rl", "SMD LED 0603 red, reel of 4000 - Kingbright APT1608EC", "RL", 58.00, 4000, "APT1608EC")
add("led0603-gn-rl", "SMD LED 0603 green, reel of 4000 - Kingbright APT1608SGC", "RL", 64.00, 4000, "APT1608SGC")
add("led0603-rd-ct", "SMD LED 0603 red, cut tape - Kingbright APT1608EC", "EA", 0.05, 1, "APT1608EC")
add("ws2812-rl", "Addressable RGB LED WS2812B 5050, reel of 1000 - Worldsemi WS2812B", "RL", 79.00, 1000, "WS2812B")
add("ws2812-ct", "Addressable RGB LED WS2812B 5050, cut tape - Worldsemi WS2812B", "EA", 0.11, 1, "WS2812B")

# --- cable
for col in ("red", "black", "blue", "yellow", "white"):
    add(f"w05-{col}-100", f"Hook-up wire 0.5mm² (20AWG) stranded PVC, {col}, 100m reel", "RL", 11.90, 100, f"HW05-{col[:2].upper()}-100")
add("w05-red-25", "Hook-up wire 0.5mm² (20AWG) stranded PVC, red, 25m reel", "RL", 3.90, 25, "HW05-RE-25")
add("w025-red-100", "Hook-up wire 0.25mm² (24AWG) stranded PVC, red, 100m reel", "RL", 7.80, 100, "HW025-RE-100")
add("w025-black-100", "Hook-up wire 0.25mm² (24AWG) stranded PVC, black, 100m reel", "RL", 7.80, 100, "HW025-BL-100")
add("rib10-grey", "Flat ribbon cable 10-way 1.27mm pitch, grey, 30m reel - 3M 3302/10", "RL", 22.50, 30, "3302/10")
add("rib40-grey", "Flat ribbon cable 40-way 1.27mm pitch, grey, 30m reel - 3M 3302/40", "RL", 69.00, 30, "3302/40")
add("rib10-rainbow", "Flat ribbon cable 10-way 1.27mm pitch, rainbow coloured, 30m reel - 3M 3302/10 MC", "RL", 31.00, 30, "3302/10MC")
add("liycy4-m", "Control cable LiYCY 4x0.25mm² shielded, grey, per metre - Lapp 0034504", "M", 0.86, 1, "0034504")
add("liycy4-100", "Control cable LiYCY 4x0.25mm² shielded, grey, 100m drum - Lapp 0034504", "RL", 74.00, 100, "0034504")
add("liycy2-m", "Control cable LiYCY 2x0.5mm² shielded, grey, per metre - Lapp 0034600", "M", 0.92, 1, "0034600")
for ln, p in ((1, 1.10), (2, 1.45), (5, 2.60)):
    add(f"cat6-{ln}m-gy", f"Patch cable Cat6 U/UTP {ln}m, grey", "EA", p, 1, f"PC6-{ln}M-GY")
add("cat6-2m-bl", "Patch cable Cat6 U/UTP 2m, blue", "EA", 1.45, 1, "PC6-2M-BL")
add("hs32-bk", "Heat shrink tubing 2:1 3.2mm, black, 10m reel", "RL", 2.40, 10, "HS2-32-BK")
add("hs64-bk", "Heat shrink tubing 2:1 6.4mm, black, 10m reel", "RL", 3.30, 10, "HS2-64-BK")
add("hs32-rd", "Heat shrink tubing 2:1 3.2mm, red, 10m reel", "RL", 2.40, 10, "HS2-32-RD")

# --- enclosures
for k, d, mpn, p in (("abs-100-gy", "ABS enclosure 100x60x25mm, light grey", "Hammond 1591LSGY", 3.10),
                     ("abs-100-bk", "ABS enclosure 100x60x25mm, black", "Hammond 1591LSBK", 3.10),
                     ("abs-120-gy", "ABS enclosure 120x80x40mm, light grey", "Hammond 1591XXSGY", 4.85),
                     ("abs-120-bk", "ABS enclosure 120x80x40mm, black", "Hammond 1591XXSBK", 4.85),
                     ("abs-150-gy", "ABS enclosure 150x80x50mm, light grey", "Hammond 1591ESGY", 6.20),
                     ("alu-100", "Aluminium extruded enclosure 100x76x35mm, natural", "Hammond 1455L1201", 14.90),
                     ("alu-160", "Aluminium extruded enclosure 160x103x53mm, natural", "Hammond 1455N1601", 21.40),
                     ("din-4m", "DIN rail enclosure 4 modules, grey", "CamdenBoss CNMB/4/KIT", 7.60),
                     ("din-6m", "DIN rail enclosure 6 modules, grey", "CamdenBoss CNMB/6/KIT", 9.30),
                     ("ip65-125-gy", "IP65 polycarbonate enclosure 125x125x60mm, grey lid", "Fibox PCM 125/60 G", 12.80),
                     ("ip65-125-tr", "IP65 polycarbonate enclosure 125x125x60mm, transparent lid", "Fibox PCM 125/60 T", 14.10),
                     ("ip65-200-gy", "IP65 ABS enclosure 200x120x75mm, grey", "Fibox ABS 200/75 HG", 16.50)):
    add(k, f"{d} - {mpn}", "EA", p, 1, mpn.split(" ", 1)[1])

# --- misc
add("fuse-1a-f", "Glass fuse 5x20mm 1A fast-acting (F), box of 10", "BX", 1.20, 10, "0217001.HXP")
add("fuse-2a-f", "Glass fuse 5x20mm 2A fast-acting (F), box of 10", "BX", 1.20, 10, "0217002.HXP")
add("fuse-1a-t", "Glass fuse 5x20mm 1A time-lag (T), box of 10", "BX", 1.45, 10, "0218001.HXP")
add("fuse-500-f", "Glass fuse 5x20mm 500mA fast-acting (F), box of 10", "BX", 1.20, 10, "0217.500HXP")
add("fuseholder", "Fuse holder panel mount 5x20mm - Schurter FAU 0031.1663", "EA", 1.75, 1, "0031.1663")
add("tact-5-100", "Tactile switch 6x6mm, height 5mm, bag of 100", "PK", 3.50, 100, "TS66-50")
add("tact-95-100", "Tactile switch 6x6mm, height 9.5mm, bag of 100", "PK", 3.90, 100, "TS66-95")
add("toggle-spdt", "Toggle switch SPDT on-on panel mount 6A - APEM 5236AB", "EA", 2.85, 1, "5236AB")
add("pot-10k-lin", "Potentiometer 10kΩ linear 16mm, 6mm shaft - Alpha RV16AF-41-15R1-B10K", "EA", 0.95, 1, "RV16AF-41-15R1-B10K")
add("pot-10k-log", "Potentiometer 10kΩ logarithmic 16mm, 6mm shaft - Alpha RV16AF-41-15R1-A10K", "EA", 0.95, 1, "RV16AF-41-15R1-A10K")
add("pot-100k-lin", "Potentiometer 100kΩ linear 16mm, 6mm shaft - Alpha RV16AF-41-15R1-B100K", "EA", 0.95, 1, "RV16AF-41-15R1-B100K")
add("xtal16-hc49", "Crystal 16MHz HC-49/S 18pF - Abracon AB-16.000MHZ-B2", "EA", 0.22, 1, "AB-16.000MHZ-B2")
add("xtal16-3225", "Crystal 16MHz SMD 3225 18pF - Abracon ABM8-16.000MHZ-B2-T", "EA", 0.31, 1, "ABM8-16.000MHZ-B2-T")
add("sold-pb-100", "Solder wire Sn60Pb40 0.7mm flux-cored, 100g reel", "EA", 6.90, 1, "SW6040-07-100")
add("sold-pb-500", "Solder wire Sn60Pb40 0.7mm flux-cored, 500g reel", "EA", 24.50, 1, "SW6040-07-500")
add("sold-sac-500", "Solder wire lead-free SAC305 0.7mm flux-cored, 500g reel", "EA", 49.00, 1, "SWSAC-07-500")
add("relay-5v", "Relay SPDT 10A, 5V DC coil - Omron G5LE-1 5VDC", "EA", 1.40, 1, "G5LE-1 DC5")
add("relay-12v", "Relay SPDT 10A, 12V DC coil - Omron G5LE-1 12VDC", "EA", 1.40, 1, "G5LE-1 DC12")
add("flux-pen", "No-clean flux pen 10ml - Chip Quik CQ4LF", "EA", 7.30, 1, "CQ4LF")
add("braid-25", "Desoldering braid 2.5mm x 1.5m - Chemtronics 80-3-5", "EA", 3.20, 1, "80-3-5")


def _gtin(rng):
    d = [rng.randint(0, 9) for _ in range(12)]
    d[0] = 4
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def build():
    rng = random.Random(31)
    used, out = set(), {}
    for key, desc, uom, price, pack, mpn in ITEMS:
        while True:
            sku = f"{rng.randint(100, 899)}-{rng.randint(1000, 9999)}"
            if sku not in used:
                used.add(sku)
                break
        gtin = _gtin(rng) if rng.random() < 0.35 else ""
        out[key] = dict(sku=sku, description=desc, uom=uom, unit_price=price, pack_size=pack, mpn=mpn, gtin=gtin)
    return out

CAT = build()
