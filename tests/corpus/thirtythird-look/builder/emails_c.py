"""Plain order emails, part C (more English variations)."""
from common import *

def build():
    # e27 reply with correction: change a colour, drop a line
    eml("e27_pawsclaws_reply_change", "Gemma Rees <gemma@pawsandclaws-pets.co.uk>", "Re: Order PC-2291",
        when(2026, 12, 8, 9, 3),
        """Hi again - can you change the pink collars to BLACK please (same size, same qty) and
take the small slicker brushes off altogether, we've found a box in the back. Rest is fine.

Thanks!
Gemma

On Mon, 7 Dec 2026 at 16:20, Gemma Rees <gemma@pawsandclaws-pets.co.uk> wrote:
> Hi,
>
> Order PC-2291 please:
> 12 x nylon collar small pink
> 12 x nylon collar small blue
> 6 x cat collar breakaway black
> 10 x slicker brush small
> 8 x chlorhexidine shampoo 250ml
>
> Gemma
> Paws & Claws Pet Centre, 41 Whitchurch Road, Cardiff CF14 3JN
""")
    order("e27_pawsclaws_reply_change", "Paws & Claws Pet Centre", "PC-2291", None, None, None,
          SC("C003"), [
        L("NV-CL-NY-S-BLK", 12, "EA", "nylon collar small black"),
        L("NV-CL-NY-S-BLU", 12, "EA", "nylon collar small blue"),
        L("NV-CL-CAT-BLK", 6, "EA", "cat collar breakaway black"),
        L("NV-GR-SH-CHX-250", 8, "EA", "chlorhexidine shampoo 250ml")])

    # e28 our SKUs, qty before, UK long date
    eml("e28_abbeyfield_skus", "Helen Corbett <h.corbett@abbeyfieldvets.co.uk>", "AVG-2026-1207",
        when(2026, 12, 7, 16, 55),
        """Hi,

PO: AVG-2026-1207
Date: 7th December 2026
Deliver: w/c 14 December, to Shrewsbury (head office) please

20  NV-SY-01-LS
20  NV-SY-01-LL
15  NV-ND-25G16
15  NV-ND-23G25
 8  NV-BD-COH-05-MIX
 8  NV-BD-COH-075-MIX
 4  NV-GR-EAR-100

Helen Corbett
Purchasing Coordinator
Abbeyfield Veterinary Group
3 Castle Foregate, Shrewsbury SY1 2EE
""")
    order("e28_abbeyfield_skus", "Abbeyfield Veterinary Group", "AVG-2026-1207", "2026-12-07", None, None,
          SC("C001"), [
        L("NV-SY-01-LS", 20, "BX", "NV-SY-01-LS"),
        L("NV-SY-01-LL", 20, "BX", "NV-SY-01-LL"),
        L("NV-ND-25G16", 15, "BX", "NV-ND-25G16"),
        L("NV-ND-23G25", 15, "BX", "NV-ND-23G25"),
        L("NV-BD-COH-05-MIX", 8, "RL", "NV-BD-COH-05-MIX"),
        L("NV-BD-COH-075-MIX", 8, "RL", "NV-BD-COH-075-MIX"),
        L("NV-GR-EAR-100", 4, "EA", "NV-GR-EAR-100")])

    # e29 kennels, "a couple", prices in GBP
    eml("e29_brackenridge_couple", "Fergus Lindsay <fergus@brackenridgekennels.co.uk>", "PO 1044",
        when(2026, 12, 8, 7, 45),
        """Morning, PO 1044:

3 x 36" crates (single door) at £34.00
a couple of large slicker brushes at £3.40
senior salmon 12kg x 5 at £35.10
one large guillotine nail clipper £4.60

Cheers, Fergus
Brackenridge Boarding Kennels, Old Scone Road, Perth PH2 7LN
""")
    order("e29_brackenridge_couple", "Brackenridge Boarding Kennels", "1044", None, None, "GBP",
          SC("C004"), [
        L("NV-CG-DC-36", 3, "EA", '36" crates (single door)', 34.00),
        L("NV-GR-SLK-L", 2, "EA", "large slicker brushes", 3.40),
        L("NV-DD-SNSA-12", 5, "BAG", "senior salmon 12kg", 35.10),
        L("NV-GR-NC-L", 1, "EA", "large guillotine nail clipper", 4.60)])

    # e30 farm store, signature vs delivery to another store
    eml("e30_hollins_sedbergh", "Stores - Hollins Farm <stores@hollinsfarm.co.uk>", "Order HF/0461 - SEDBERGH",
        when(2026, 12, 7, 11, 11),
        """Hi

Order HF/0461 dated 7/12/2026 - please deliver this one to our Sedbergh branch NOT Kendal:

Hollins Farm Supplies (Sedbergh)
Station Yard
Sedbergh
LA10 5DL

Dog wormer tabs small dog 2 pack   x 24
Dog wormer tabs medium 2 pack      x 24
Wet dog food lamb 12x400g          x 10 cases
Wet dog food chicken 12x400g       x 10 cases
Dry dog adult chicken 2kg          x 20

Regards
Dave Atkinson
Hollins Farm Supplies Ltd
Mintsfeet Road South, Kendal, Cumbria LA9 6ND
""")
    order("e30_hollins_sedbergh", "Hollins Farm Supplies Ltd", "HF/0461", "2026-12-07", None, None,
          S("Hollins Farm Supplies (Sedbergh)", "Station Yard", "Sedbergh", None, "LA10 5DL", "GB"), [
        L("NV-WM-DG-S-02", 24, "PK", "Dog wormer tabs small dog 2 pack"),
        L("NV-WM-DG-M-02", 24, "PK", "Dog wormer tabs medium 2 pack"),
        L("NV-WD-LMB-12", 10, "CS", "Wet dog food lamb 12x400g"),
        L("NV-WD-CHK-12", 10, "CS", "Wet dog food chicken 12x400g"),
        L("NV-DD-ADCH-02", 20, "EA", "Dry dog adult chicken 2kg")])

    # e31 Irish vet, delivery given only as a week (period -> null)
    eml("e31_riverside_period", "Aoife Kelleher <stores@riversidevets.ie>", "Order 4500012903",
        when(2026, 12, 9, 10, 2),
        """Hi,

PO 4500012903, raised 9th of December. Delivery any day w/c 14/12 is grand.

6 boxes 20ml luer slip syringes
6 boxes 20ml luer lock syringes
4 x cat wormer spot-on 5-8kg
4 x cat wormer spot on 2.5-5kg

Thanks,
Aoife
Riverside Veterinary Hospital, Unit 7, Lee Point, Cork T12 R2K7
""")
    order("e31_riverside_period", "Riverside Veterinary Hospital", "4500012903", "2026-12-09", None, None,
          SC("C007"), [
        L("NV-SY-20-LS", 6, "BX", "20ml luer slip syringes"),
        L("NV-SY-20-LL", 6, "BX", "20ml luer lock syringes"),
        L("NV-WM-CT-L", 4, "PK", "cat wormer spot-on 5-8kg"),
        L("NV-WM-CT-M", 4, "PK", "cat wormer spot on 2.5-5kg")])

    # e32 Irish co-op, "two cases", "three pallets"? keep to cases and bags
    eml("e32_tully_cases", "Siobhán Ryan <purchasing@tullyagri.ie>", "PO TA-26-902",
        when(2026, 12, 9, 14, 30),
        """Hi,

Could you add the following as a new order, PO TA-26-902:

two cases of the beef dog tins (the 6 x 400g ones)
ten bags of puppy chicken 2kg
five bags adult lamb 12kg
one 30L bag of wood pellet litter - just the one, it's for a customer

Delivery Thurles as usual. Required by Friday 18th.

Siobhán
Tully Agri Co-operative Society, Mill Road, Thurles, Co. Tipperary E41 X2F3
""")
    order("e32_tully_cases", "Tully Agri Co-operative Society", "TA-26-902", None, "2026-12-18", None,
          S("Tully Agri Co-operative Society", "Mill Road", "Thurles", "Co. Tipperary", "E41 X2F3", "IE"), [
        L("NV-WD-BEF-06", 2, "CS", "beef dog tins (6 x 400g)"),
        L("NV-DD-PUCH-02", 10, "BAG", "puppy chicken 2kg"),
        L("NV-DD-ADLB-12", 5, "BAG", "adult lamb 12kg"),
        L("NV-LT-WDP-30", 1, "BAG", "30L wood pellet litter")])

    # e33 Canada forwarded from practice manager, pipe table
    eml("e33_maplecreek_forward", "Dr. Priya Nair <pnair@maplecreekvet.ca>", "Fwd: supplies list for Northvale",
        when(2026, 12, 9, 15, 0, -7),
        """Please ship the list below from Kevin. Our PO is MC-20261209-02.

Priya

-------- Forwarded Message --------
Subject: supplies list for Northvale
Date: Wed, 9 Dec 2026 08:31:10 -0700
From: Kevin Boyd <kboyd@maplecreekvet.ca>
To: Priya Nair <pnair@maplecreekvet.ca>

Hi Doc, here's what we need from Northvale:

| Qty | Item                                   |
|-----|----------------------------------------|
| 10  | Cohesive bandage 5cm blue              |
| 10  | Cohesive bandage 5cm red               |
| 24  | Conforming bandage 10cm                |
| 12  | Adhesive elastic bandage 5cm           |
| 3   | Gloves nitrile L (box)                 |

Kevin Boyd, RVT
Maple Creek Animal Hospital | 2215 16 Ave NE, Calgary, AB T2E 1L4
""")
    order("e33_maplecreek_forward", "Maple Creek Animal Hospital", "MC-20261209-02", None, None, None,
          SC("C017"), [
        L("NV-BD-COH-05-BLU", 10, "RL", "Cohesive bandage 5cm blue"),
        L("NV-BD-COH-05-RED", 10, "RL", "Cohesive bandage 5cm red"),
        L("NV-BD-CNF-10", 24, "RL", "Conforming bandage 10cm"),
        L("NV-BD-ADH-05", 12, "RL", "Adhesive elastic bandage 5cm"),
        L("NV-GL-NIT-L", 3, "BX", "Gloves nitrile L (box)")])

    # e34 Bayside terse with AUD prices, US-looking date that must be read AU-style
    eml("e34_bayside_terse", "Craig Denholm <craig@baysidepets.com.au>", "PO 19361",
        when(2026, 12, 10, 8, 0, 11),
        """PO 19361  10/12/2026
4 x silica 8L $18.20
4 x silica 5L $12.30
6 x 2kg indoor turkey cat $17.80
6 x 400g indoor turkey cat $4.40
Craig
Bayside Pet Supplies Pty Ltd, 118 Moorabool Street, Geelong VIC 3220
""")
    order("e34_bayside_terse", "Bayside Pet Supplies Pty Ltd", "19361", "2026-12-10", None, "AUD",
          SC("C019", "Bayside Pet Supplies Pty Ltd"), [
        L("NV-LT-SIL-08", 4, "EA", "silica 8L", 18.20),
        L("NV-LT-SIL-05", 4, "EA", "silica 5L", 12.30),
        L("NV-DC-INDR-02", 6, "EA", "2kg indoor turkey cat", 17.80),
        L("NV-DC-INDR-04", 6, "EA", "400g indoor turkey cat", 4.40)])

    # e35 NZ numbered list, weight bands, one item not in catalogue
    eml("e35_waikato_bands", "Tania Ngata <orders@waikatoruralvets.co.nz>", "Order WRV 10571",
        when(2026, 12, 10, 9, 40, 13),
        """Kia ora team,

Order WRV 10571 for Hamilton:

1. Dog wormer 2-10kg - 24 tab pack x 4
2. Dog wormer 20-40kg - 2 tab x 20
3. Dog wormer 20-40kg - 24 tab x 4
4. Cat spot-on 1-2.5kg x 10
5. Calf feeding bottles 2L x 12 (if you stock them, otherwise skip)

Nga mihi,
Tania Ngata
Waikato Rural Vets | 55 Tristram Street, Hamilton 3204
""")
    order("e35_waikato_bands", "Waikato Rural Vets", "WRV 10571", None, None, None,
          SC("C020"), [
        L("NV-WM-DG-S-24", 4, "PK", "Dog wormer 2-10kg - 24 tab pack"),
        L("NV-WM-DG-L-02", 20, "PK", "Dog wormer 20-40kg - 2 tab"),
        L("NV-WM-DG-L-24", 4, "PK", "Dog wormer 20-40kg - 24 tab"),
        L("NV-WM-CT-S", 10, "PK", "Cat spot-on 1-2.5kg"),
        L(None, 12, "EA", "Calf feeding bottles 2L")])

    # e36 tab-pasted from Excel with header row, written-out weekday date
    eml("e36_oakhurst_excel_paste", "James Whitlock <j.whitlock@oakhurstequine.com>", "order OEC-5540",
        when(2026, 12, 9, 8, 10),
        "Morning,\n\nPO OEC-5540, delivery Tuesday 15 December please.\n\n"
        "Item\tSize\tQty\tUnit\n"
        "Cohesive bandage\t10cm blue\t48\trolls\n"
        "Cohesive bandage\t7.5cm black\t48\trolls\n"
        "Crepe bandage\t7.5cm\t24\trolls\n"
        "Syringe luer lock\t10ml\t5\tboxes\n"
        "Needle\t20G 1.5\"\t5\tboxes\n\n"
        "James Whitlock\nPractice Manager, Oakhurst Equine Clinic\nHamilton Road, Newmarket, Suffolk CB8 7JQ\n")
    order("e36_oakhurst_excel_paste", "Oakhurst Equine Clinic", "OEC-5540", None, "2026-12-15", None,
          SC("C005"), [
        L("NV-BD-COH-10-BLU", 48, "RL", "Cohesive bandage 10cm blue"),
        L("NV-BD-COH-075-BLK", 48, "RL", "Cohesive bandage 7.5cm black"),
        L("NV-BD-CRP-075", 24, "RL", "Crepe bandage 7.5cm"),
        L("NV-SY-10-LL", 5, "BX", "Syringe luer lock 10ml"),
        L("NV-ND-20G38", 5, "BX", 'Needle 20G 1.5"')])

    # e37 Spanish correction reply
    eml("e37_losolmos_correccion", "Lucía Herrero <compras@clinicalosolmos.es>", "RE: Pedido LO-1215",
        when(2026, 12, 10, 12, 20, 1),
        """Perdón, me he equivocado: de jeringas de 2 ml son 10 cajas, no 4. Y las vendas
cohesivas que sean de 7,5 cm, no de 5 cm (mismo color y cantidad). Lo demás igual.

Gracias,
Lucía

-----Mensaje original-----
De: Lucía Herrero <compras@clinicalosolmos.es>
Enviado el: jueves, 10 de diciembre de 2026 11:05
Para: orders@northvale-vet.co.uk
Asunto: Pedido LO-1215

Hola, pedido LO-1215:
4 cajas jeringas 2 ml luer slip
30 rollos venda cohesiva 5 cm surtida
6 collares isabelinos 30 cm
Gracias
Lucía Herrero - Clínica Veterinaria Los Olmos - C/ Olmo 14, 47008 Valladolid
""")
    order("e37_losolmos_correccion", "Clínica Veterinaria Los Olmos", "LO-1215", None, None, None,
          S("Clínica Veterinaria Los Olmos", "C/ Olmo 14", "Valladolid", None, "47008", "ES"), [
        L("NV-SY-02-LS", 10, "BX", "jeringas 2 ml luer slip"),
        L("NV-BD-COH-075-MIX", 30, "RL", "venda cohesiva 7,5 cm surtida"),
        L("NV-EC-30", 6, "EA", "collares isabelinos 30 cm")])

    # e38 Portuguese forwarded internal
    eml("e38_hvporto_reencaminhado", "Compras HVP <compras@hvporto.pt>", "Fwd: Pedido internamento",
        when(2026, 12, 9, 16, 10),
        """Boa tarde, por favor considerem o pedido abaixo como a nossa encomenda n.º 2026/0931.
Entrega no hospital. Obrigada, Inês Carvalho - Compras

-------- Mensagem reencaminhada --------
Assunto: Pedido internamento
Data: 09/12/2026 14:02
De: Enf. Sofia Pinto <internamento@hvporto.pt>
Para: Compras HVP <compras@hvporto.pt>

Inês, precisamos para o internamento:
- 2 jaulas inox 60 cm
- 6 caixas de seringas 5 ml luer slip
- 6 caixas de seringas 2 ml luer lock
- 40 ligaduras coesivas 5 cm azuis
Obrigada!
Sofia
""")
    order("e38_hvporto_reencaminhado", "Hospital Veterinário do Porto", "2026/0931", None, None, None,
          None, [
        L("NV-CG-SS-60", 2, "EA", "jaulas inox 60 cm"),
        L("NV-SY-05-LS", 6, "BX", "seringas 5 ml luer slip"),
        L("NV-SY-02-LL", 6, "BX", "seringas 2 ml luer lock"),
        L("NV-BD-COH-05-BLU", 40, "RL", "ligaduras coesivas 5 cm azuis")])

    # e39 Brazil bulleted, quantities after, "uma dúzia"
    eml("e39_bichofeliz_duzia", "Camila Rocha <compras@bichofeliz.com.br>", "Pedido 000497 - pet shop",
        when(2026, 12, 10, 10, 15, -3),
        """Oi pessoal,

Pedido 000497 para o pet shop da clínica:

• Coleira nylon P rosa – uma dúzia
• Coleira nylon GG preta – 6
• Guia nylon 120 cm azul – uma dúzia
• Caixa de transporte pequena – 4
• Ração cão filhote frango 12 kg – 8

Mesmo endereço de sempre. Obrigada!
Camila – Clínica Veterinária Bicho Feliz
""")
    order("e39_bichofeliz_duzia", "Clínica Veterinária Bicho Feliz", "000497", None, None, None, None, [
        L("NV-CL-NY-S-PNK", 12, "EA", "Coleira nylon P rosa"),
        L("NV-CL-NY-XL-BLK", 6, "EA", "Coleira nylon GG preta"),
        L("NV-LD-NY-120-BLU", 12, "EA", "Guia nylon 120 cm azul"),
        L("NV-CG-CC-S", 4, "EA", "Caixa de transporte pequena"),
        L("NV-DD-PUCH-12", 8, "EA", "Ração cão filhote frango 12 kg")])

    # e40 kennels, weekday date, prices with £
    eml("e40_brackenridge_prices", "Morag Lindsay <office@brackenridgekennels.co.uk>", "Order ref BK/1051",
        when(2026, 12, 14, 9, 0),
        """Hello,

Order ref BK/1051 (Mon 14 Dec 2026). Delivery for Thursday 17th if you can.

Dry dog adult lamb 12kg ......... 15 bags @ £30.90
Dry dog adult chicken 15kg ...... 25 bags @ £33.75
Beef tins 12 x 400g ............. 6 cases @ £10.20
Oatmeal shampoo 5L .............. 1 @ £24.00

Thanks
Morag
Brackenridge Boarding Kennels
Old Scone Road, Perth PH2 7LN
""")
    order("e40_brackenridge_prices", "Brackenridge Boarding Kennels", "BK/1051", "2026-12-14", "2026-12-17", "GBP",
          SC("C004"), [
        L("NV-DD-ADLB-12", 15, "BAG", "Dry dog adult lamb 12kg", 30.90),
        L("NV-DD-ADCH-15", 25, "BAG", "Dry dog adult chicken 15kg", 33.75),
        L("NV-WD-BEF-12", 6, "CS", "Beef tins 12 x 400g", 10.20),
        L("NV-GR-SH-OAT-5L", 1, "EA", "Oatmeal shampoo 5L", 24.00)])

    # e41 UK pet shop, tab table Qty Code Desc with pack-count near duplicates
    eml("e41_pawsclaws_packcounts", "Owen Rees <owen@pawsandclaws-pets.co.uk>", "Xmas stock order PC-2305",
        when(2026, 12, 10, 17, 20),
        "Hi,\n\nXmas stock - order PC-2305. Careful with the pouch sizes, we want the big 48 packs "
        "of the mixed but the 12 packs of chicken!\n\n"
        "Qty\tDescription\n"
        "10\tCat pouches mixed selection 48 x 85g\n"
        "24\tCat pouches chicken in gravy 12 x 85g\n"
        "6\tCat food adult salmon 10kg\n"
        "12\tKitten chicken 400g\n"
        "12\tRabbit... no sorry, 12 x pink collars size M\n\n"
        "Ta,\nOwen\nPaws & Claws Pet Centre\n41 Whitchurch Road, Cardiff CF14 3JN\n")
    order("e41_pawsclaws_packcounts", "Paws & Claws Pet Centre", "PC-2305", None, None, None, SC("C003"), [
        L("NV-WC-MIX-48", 10, "CS", "Cat pouches mixed selection 48 x 85g"),
        L("NV-WC-CHK-12", 24, "CS", "Cat pouches chicken in gravy 12 x 85g"),
        L("NV-DC-ADSA-10", 6, "EA", "Cat food adult salmon 10kg"),
        L("NV-DC-KTCH-04", 12, "EA", "Kitten chicken 400g"),
        L("NV-CL-NY-M-PNK", 12, "EA", "pink collars size M")])

    # e42 PO in subject only, site named without address
    eml("e42_abbeyfield_subject_po", "Helen Corbett <h.corbett@abbeyfieldvets.co.uk>", "PO AVG-2026-1211",
        when(2026, 12, 11, 8, 30),
        "10 boxes nitrile gloves M and 5 L please, for the Ludlow site. Thx H\n")
    order("e42_abbeyfield_subject_po", "Abbeyfield Veterinary Group", "AVG-2026-1211", None, None, None, None, [
        L("NV-GL-NIT-M", 10, "BX", "nitrile gloves M"),
        L("NV-GL-NIT-L", 5, "BX", "nitrile gloves L")])
