"""Four trades' words in thirteen languages: workwear, uniforms and PPE; bicycle parts; a coffee roaster's and
café supplier's goods (CAFE); and a fresh fish, seafood and produce wholesaler's goods (SEAFOOD_PRODUCE) (Dutch and
Flemish, German, French, Danish, Swedish, Norwegian, Finnish, Polish, Czech, Spanish, Italian and Portuguese, and
the trades' own abbreviations).

Tables in the glossary's own form (`catalog_words._gloss`: the English word as wording reads it after SYNONYMS
and PHRASES, then the folded foreign words), read into catalog_words' tables at its end. A buyer ordering
"Warnweste Kl. 2 gelb" or "kedja 11 växlar" from an English catalog names goods the glossary did not know: the
words of a trade, not of a document. Words left out because they already mean something else there, or are
English words too:
  kabel (= cord; bike cable), schlauch (= hose; German inner tube), pastilla/pastiglie (= tablet; brake pads),
  felpa (= terry; Italian sweatshirt), pile, enduit (= filler), foret (= drill; Nordic "lined"), manche (= pole;
  French sleeve, in PHRASES), brust/poitrine (= breast), puntale, tassen, tasche, cadenas, blatt, corrente,
  llave/nombre, band, slot, gang/fach, rower, taller, hose, pull, polar, mono, stal, fram, vast, slang, par/pares,
  but, rug/dos/ryg, haft, mascara, camara/camera (in PHRASES), llanta, cubo, vanne, cerchio, torr, cire, zloty,
  seda, rode, marine, kaki, and "str" as a size word (SYNONYMS reads it as stranded). "tshirt"/"tee" are not
  made "shirt": a catalog sells T-shirts beside shirts.
Left out of the café's and the fish trade's: English words (filet, lax, tun, tang, vis, vers/verse, frisk, heel,
hummer, haver, bund/bunt/bundt, torsk, robalo, sola, sepia, seiche, scampi, calamari, cilantro, estragon, coco/choco,
cotta, crude, cru/crus, fume, vide, testa, plie, rape, lieu, bar, dos, pave, moot, tong, wand, media, simples,
melange, branding, drank, stamper, dragon, cupola/cupula, lebkuchen, queller, "lock" and "pose" for a lid and a bag,
"pase" for a Swedish bag); words that already mean something else in catalog_words or a trade above (dorada and
dourada = gold, grano = grit, polvo = powder, moule = molded, manchon = coupling, botte = boot, pele = peeled,
piatto = plate, hoja/folha/feuille/blatt = sheet, algas/algen/algues = algae, gamba/gambas stay shrimp, koper =
copper and buyer in Dutch, salata = lettuce in Polish, skarp = sharp, tunga/tunge = heavy, raka = straight, haut =
high, vel = a size word, kop/log/lok, oring = an O-ring, kummel, persil = a washing powder, "choc" = shock); and
words that name a family, not one thing: German "Krabben" (shrimps in the trade, crabs in Dutch), "Seelachs" and
"koolvis" (saithe or Alaska pollock), "limande"/"limanda" alone (dab; "limande sole" is in PHRASES_ADD),
"blad" (leaf, sheet, blade, tray), "salade"/"salat" (salad or lettuce), "Tintenfisch"-like generic words for
squid and octopus only where the trade uses them so. Cognates the matcher reads by itself ("sardina", "filetto",
"capsula") are listed where a language writes them so, without relying on that.
"""

WORKWEAR: dict[str, str] = {
    # Hi-vis (PHRASES reads "hi-vis" as "safety") and safety in general.
    "safety": "veiligheids signalisatie sikkerhed sikkerheds sikkerhet sikkerhets sakerhet sakerhets varsel "
              "turvallisuus bezpieczenstwa bezpecnostni bezpecnost sicherheits warnschutz ostrzegawcza "
              "ostrzegawcze ostrzegawczy vystrazna vystrazne vystrazny",
    "vest": "veiligheidsvest veiligheidsvesten signalisatievest signalisatievesten fluohesje westen warnwesten "
            "sikkerhedsvest refleksvest varselvast varselvaster varselvastar vernevest liivi liivit huomioliivi "
            "turvaliivi kamizelka kamizelki vesta vesty chalecos",
    "jacket": "jassen jasje werkjas werkjack jacke jacken veste vestes blouson blousons jakke jakker jacka jackor "
              "takki takit kurtka kurtki bunda bundy chaqueta chaquetas cazadora cazadoras chamarra chamarras "
              "giacca giacche giubbotto giubbotti giubbino jaqueta jaquetas casaco casacos blusao",
    "work": "werk arbeits arbeit trabajo lavoro trabalho arbejds arbets arbeids robocze robocza roboczy "
            "pracovni",
    "padded": "gewatteerd gewatteerde wattiert wattierte gepolstert matelasse matelassee vatteret vadderad "
              "vadderade vattert toppattu pikowana pikowany prosivana prosivany acolchado acolchada acolchados "
              "imbottito imbottita imbottiti acolchoado acolchoada",
    "lined": "gevoerd gevoerde gefuttert gefutterte fourre fourree doublee fodrad fodrade vuorattu forrado "
             "forrada forrados foderato foderata",
    "insulated": "ocieplana ocieplany ocieplane zateplena zatepleny zateplene",
    "bomber jacket": "pilotenjacke pilotenjacken pilotjack pilotjas bomberjacke bomberjack bomberjas",
    "shirt": "overhemd overhemden hemd hemden chemise chemises skjorte skjorter skjorta skjortor paita paidat "
             "koszula koszule koszulka koszulki kosile tricko tricka camisa camisas camiseta camisetas camicia "
             "camicie maglietta magliette",
    "polo shirt": "poloshirt poloshirts polokosile",
    "sweater": "trui truien troje trojer troja trojor genser gensere villapaita neule sweter swetry svetr "
               "svetry maglione maglioni camisola camisolas",
    "sweatshirt": "bluza bluzy mikina mikiny collegepaita sudadera sudaderas moletom",
    "hoodie": "kapuzenpullover hettegenser huppari luvtroja",
    "fleece": "polaire polaires flis",
    "trousers": "broek broeken werkbroek bundhose bukser bukse byxor byxa housut housu spodnie kalhoty "
                "pantalon pantalons pantalones pantalone pantaloni calca calcas",
    "work trousers": "arbeitshose arbeitshosen werkbroeken arbejdsbukser arbetsbyxor arbeidsbukse tyohousut",
    "rain": "pluie regn sade lluvia pioggia antipioggia chuva przeciwdeszczowa przeciwdeszczowy "
            "przeciwdeszczowe regen",
    "rain jacket": "regenjas regenjassen regenjack regenjacke regenjacken regnjakke regnjacka sadetakki",
    "rain trousers": "regenbroek regenbroeken regenhose regenhosen regnbukser regnbukse regnbyxor sadehousut",
    "coverall": "werkoverall arbeitsoverall kedeldragt kjeledress haalari haalarit kombinezon kombinezony "
                "kombineza kombinezy buzo",
    "bib overall": "tuinbroek tuinbroeken latzhose latzhosen salopette salopettes smaekbukser hangselbyxor "
                   "selebukse lappuhaalari ogrodniczki laclace laclaky",
    "apron": "schort schorten forklaede forklade forkle esiliina esiliinat fartuch fartuchy zastera zastery "
             "avental aventais mandil mandiles",
    "chef jacket": "koksbuis koksbuizen kochjacke kochjacken kokkejakke kockrock kokintakki",
    "tunic": "tuniek tunieken kasack kasacks kasak tunika tuniky jaleco jalecos casacca casacche",
    "sleeve": "mouw mouwen rekaw rekawem rukav rukavem rukavy manica maniche",
    "long sleeve": "langarm langarmig langaermet langarmad langermet pitkahihainen",
    "short sleeve": "kurzarm kurzarmig kortaermet kortarmad kortermet lyhythihainen",
    "long": "longue longues larga largas lunga lunghe lunghi longa longas dlugi dlugie dluga dlouhy dlouhe dlouha",
    "short": "courte courtes corta cortas krotki krotkie krotka kratky kratke kratka lyhyt",
    "boot": "bottine bottines werklaars stovle stovler kanga kangor stovel stovlar stovler saapas saappaat "
            "trzewik trzewiki holinky botin botines botina botinas",
    "shoe": "schoeisel sko skor kenka kengat buty polbuty obuwie boty obuv calzado calcado calcados calzatura "
            "calzature",
    "safety shoe": "werkschoen werkschoenen sikkerhedssko skyddssko vernesko turvakenka turvakengat",
    "safety boot": "veiligheidslaars veiligheidslaarzen sicherheitsstiefel sikkerhedsstovle skyddskanga "
                   "vernestovel turvasaapas",
    "steel toe cap": "stahlkappe stahlkappen",
    "toe cap": "zehenschutzkappe tahaette tahatta tahette varvassuoja podnosek tuzinka puntera punteras "
               "biqueira biqueiras",
    "composite": "composiet komposit komposiitti kompozyt kompozytowy kompozitni",
    "steel": "stalen teras stalowy stalowa stalowe ocelova ocelove ocelovy ocel",
    "glove": "handske handsker hanske hansker kasine kasineet rekawica guanto",
    "cutresistant": "snijbestendig snijbestendige snijvast snijwerend schnittfest schnittschutz anticoupure "
                    "coupure coupures snitbeskyttelse skarskydd kuttbeskyttelse viiltosuoja antyprzecieciowe "
                    "protiporezove anticorte antitaglio",
    "coated": "gecoat gecoate beschichtet beschichtete belagt belagd pinnoitettu recubierto recubierta "
              "recubiertos recubiertas revestido revestida revestidos rivestito rivestita rivestiti spalmato "
              "spalmati",
    "disposable": "engangs kertakaytto kertakayttoinen jednorazowe jednorazowy jednorazowa jednorazove "
                  "jednorazovy",
    "hardhat": "kask kaski helma hjelm hjelme hjalm hjalmar kypara kyparat elmetto elmetti bauhelm skyddshjalm "
               "vernehjelm sikkerhedshjelm suojakypara",
    "bump cap": "stootpet stootpetten anstosskappe",
    "earplug": "ohrstopsel orepropper oronproppar horselproppar oreplugger korvatulpat korvatulppa zatyczki "
               "tampoes",
    "earmuff": "gehoorkap gehoorkappen antibruit horselkapor kuulonsuojain kuulonsuojaimet nauszniki orejeras "
               "antirumore abafador abafadores",
    "hearing protection": "gehorschutz gehoorbescherming horevaern horselskydd horselvern",
    "corded": "koord koordje kordel sznurkiem snurkou cordino cordao",
    "glasses": "bril brille brillen glasogon lasit okulary bryle anteojos",
    "safety glasses": "beskyttelsesbriller sikkerhedsbriller skyddsglasogon vernebriller suojalasit",
    "goggles": "ruimzichtbril ruimzichtbrillen vollsichtbrille vollsichtbrillen korbbrille gogle antiparras",
    "tinted": "getint getinte getont getonte teinte teintee teintees tonet tonad tonade przyciemniane "
              "przyciemniana tonovane tonovany tintado tintada tintados tintadas",
    "clear": "helder heldere klar klare incolore incolores kirkas kirkkaat bezbarwne incoloro incolora",
    "mask": "masker maskers mondmasker stofmasker maske masken atemschutzmaske staubmaske schutzmaske "
            "masque masques maski maskit maska polmaska "
            "rouska rousky mascherina mascherine maschera",
    "respirator": "andningsskydd hengityssuojain",
    "embroidery": "borduring borduursel stickerei broderie broderies broderi brodyr brodering kirjonta vysivka "
                  "vysivky bordado bordados ricamo ricami",
    "embroidered": "geborduurd geborduurde bestickt bestickte brode brodee broderet broderad brodert kirjailtu "
                   "haftowany haftowane haftowana vysivany vysivana bordada ricamato ricamata",
    "print": "opdruk druck aufdruck tryk tryck trykk painatus nadruk potisk stampa",
    "logo": "logotipo logotipos logotyp",
    "name": "naam naamopdruk navn namn nimi imie jmeno nome nomi",
    "chest": "borst bryst brost rinta hrud pecho petto peito",
    "chest pocket": "borstzak brusttasche brystlomme brostficka",
    "pocket": "poche poches lomme lommer ficka fickor tasku taskut kieszen kieszenie kapsa kapsy bolsillo "
              "bolsillos tasca",
    "back": "rucken rygg selka plecy zada espalda schiena costas",
    "reflective": "reflecterend reflecterende reflektierend reflektierende reflechissant reflechissante "
                  "reflechissants reflechissantes reflekterende reflekterande refleks heijastava odblaskowa "
                  "odblaskowy odblaskowe reflexni reflectante reflectantes riflettente riflettenti rifrangente "
                  "rifrangenti refletivo refletiva",
    "reflector": "heijastin heijastimet",
    "waterproof": "waterdicht waterdichte wasserdicht wasserdichte vandtaet vandtaette vattentat vattentata "
                  "vanntett vanntette vedenpitava wodoodporny wodoodporna wodoodporne nepromokavy nepromokava "
                  "nepromokave impermeabile impermeabili impermeavel impermeaveis",
    "class": "klasse klassen klass luokka klasa trida",
    "level": "niveau niva taso poziom uroven nivel livello",
    "pair": "paar paire paires paia paio pary pari",
}

BICYCLE: dict[str, str] = {
    "bicycle": "fiets fietsen fahrrad fahrrader cykel cykler cyklar sykkel sykler polkupyora rowerowy rowerowa "
               "rowerowe bicicleta bicicletas bicicletta biciclette velo velos",
    "wheel": "wiel wielen laufrad laufrader roue roues hjul pyora pyorat rueda ruedas ruota ruote roda rodas",
    "tire": "buitenband buitenbanden fietsband fietsbanden reifen fahrradreifen pneu pneus neumatico neumaticos "
            "cubierta cubiertas daek dack dekk rengas renkaat opona opony pneumatika pneumatiky copertone "
            "copertoni pneumatico pneumatici",
    "inner tube": "binnenband binnenbanden fahrradschlauch fahrradschlauche cykelslange cykelslanger cykelslang "
                  "sykkelslange sisarengas sisarenkaat sisakumi detka detki duse",
    "folding": "vouwbaar faltbar foldbar vikbar sammenleggbar taitettava zwijana skladana skladany "
               "skladaci plegable plegables pieghevole pieghevoli dobravel dobraveis",
    "folding tire": "vouwband vouwbanden faltreifen",
    "wire bead tire": "drahtreifen",
    "puncture": "lekbescherming antilek lekvrij pannenschutz pannensicher crevaison anticrevaison "
                "punkteringsbeskyttelse punkteringssikker punkteringsskydd puhkeamissuoja antyprzebiciowa "
                "antipinchazos antipinchazo pinchazo pinchazos antiforatura foratura antifuro",
    "valve": "ventiel ventielen venttiili wentyl wentyle ventilek ventilky valvola valvole",
    "presta": "sclaverand sclaverandventiel",
    "schrader": "autoventiel autoventil",
    "chain": "ketting kettingen kette ketten chaine chaines kaede kaeden kedja kedjor kjede kjeder ketju ketjut "
             "lancuch lancuchy retez retezy cadena cadenas catena catene",
    "chain lube": "kettingolie kettingsmeer kettenol kettenschmierstoff kaedeolie kedjeolja kjedeolje ketjuoljy",
    "speed": "versnelling versnellingen vitesse vitesses vaxlar vaihde vaihteet rzedowa rzedowy biegowy biegowa "
             "rychlost rychlostni velocidad velocidades velocita velocidade velocidades",
    "cassette": "kassette kassetten kassett kasetti kaseta kasety kazeta kazety cassete cassetta",
    "brake": "remmen bremse bremsen frein freins bremser broms bromsar brems jarru jarrut hamulec hamulce "
             "hamulcowe hamulcowy brzda brzdy brzdove freno frenos freni travao travoes freio freios rem",
    "brake pad": "remblok remblokken remblokjes bremsbelag bremsbelage bremsbelaege bremsklotz bremsklotze "
                 "bremseklods bremseklodser bromsbelagg bromskloss bremsekloss bremsebelegg jarrupala jarrupalat",
    "pad": "plaquette plaquettes klocki klocek desticky pastilha pastilhas zapata zapatas pattino pattini "
           "patin patins",
    "brake shoe": "remschoen remschoenen bremsschuh bremsschuhe",
    "disc brake": "schijfrem schijfremmen scheibenbremse scheibenbremsen skivebremse skivbroms levyjarru",
    "brake disc": "remschijf remschijven bremsscheibe bremsscheiben bremseskive bromsskiva jarrulevy",
    "rim": "velg velgen felge felgen jante jantes faelg falg felg vanteet obrecz obrecze rafek rafky cerchione "
           "cerchioni",
    "hub": "naaf naven nabe naben moyeu moyeux piasta piasty naboj naboje bujes mozzo mozzi",
    "hub dynamo": "naafdynamo nabendynamo",
    "dynamo": "dinamo pradnica",
    "cable": "bowdenzug bowdenzuge vaijeri linka linki lanko",
    "brake cable": "remkabel remkabels bremszug bremszuge",
    "shift cable": "schakelkabel schakelkabels schaltzug schaltzuge",
    "housing": "gaine gaines guaina guaine buitenkabel buitenkabels aussenhulle aussenhullen zughulle zughullen "
               "pancerz pancerze",
    "ferrule": "eindkapje eindkapjes endkappe endkappen endhulse endhulsen embout embouts casquillo casquillos",
    "light": "verlichting fietslamp fietslampen fietsverlichting beleuchtung eclairage belysning lykt lykter "
             "lygte lygter valo valot lampka lampki oswietlenie svetlo svetla luz luces luce luci fanale fanali "
             "fanalino feu feux",
    "lamp": "lampa lampor",
    "front light": "koplamp koplampen vorderlicht frontlicht scheinwerfer phare phares forlygte framlampa "
                   "frontlykt etuvalo farol farois",
    "rear light": "achterlicht achterlichten rucklicht baglygte baklampa baklykt takavalo",
    "front": "vorne vorder vorderrad avant przedni przednia przednie predni delantero delantera delanteros "
             "delanteras anteriore anteriori dianteiro dianteira",
    "rear": "achter hinten hinter hinterrad arriere taka tylny tylna tylne zadni trasero trasera traseros "
            "traseras posteriore posteriori traseiro traseira",
    "lock": "fietsslot fietssloten schloss fahrradschloss antivol antivols cykellas sykkellas lukko lukot "
            "zapiecie zapiecia candado candados lucchetto lucchetti antifurto cadeado cadeados",
    "chain lock": "kettingslot kettingsloten kettenschloss kaedelas kedjelas kjedelas ketjulukko",
    "frame": "rahmen ramme rammer runko rama ramy cuadro cuadros telaio telai",
    "frame lock": "ringslot rahmenschloss ramlas rammelas runkolukko",
    "key": "sleutel sleutels schlussel nogle nogler nyckel nycklar nokkel nokler avain avaimet klucz klucze "
           "klic chiave chiavi chave chaves",
    "hardhat": "fietshelm fietshelmen fahrradhelm fahrradhelme radhelm cykelhjelm cykelhjalm sykkelhjelm "
               "pyorailykypara kask",
    "grip": "handvat handvatten griff griffe poignee poignees handtag handtak kahva kahvat chwyt chwyty gripy "
            "puno punos manopola manopole punho punhos",
    "saddle": "zadel zadels sattel sadel sadler sadlar satula satulat siodlo siodelko siodelka sedlo sedla "
              "sillin sillines sella selle selles selim selins",
    "pedal": "pedaal pedalen pedale pedali poljin polkimet",
    "bell": "fietsbel fietsbellen klingel klingeln fahrradklingel sonnette sonnettes ringeklokke ringklocka "
            "soittokello dzwonek dzwonki zvonek zvonky campanello campanelli campainha campainhas ",
    "mudguard": "spatbord spatborden schutzblech schutzbleche gardeboue stankskaerm stankskarm sprutskjerm "
                "lokasuoja lokasuojat blotnik blotniki blatnik blatniky guardabarros parafango parafanghi "
                "guardalamas paralama paralamas",
    "rack": "bagagedrager bagagedragers gepacktrager portebagages bagagebaerer pakethallare bagasjebrett "
            "tavarateline bagaznik nosic portabultos portaequipajes portapacchi bagageiro",
    "pannier": "fietstas fietstassen packtasche packtaschen sacoche sacoches alforja alforjas cykeltaske "
               "cykelvaska sykkelveske",
    "liner": "taske tasker vaska vaskor veske vesker laukku laukut torba torby taska tasky borsa borse",
    "bottle": "bidon bidons trinkflasche drikkedunk vattenflaska juomapullo pullo pullot borraccia borracce "
              "caramanhola",
    "bottle cage": "bidonhouder bidonhouders flaschenhalter portabidon portabidones portaborraccia flaskhallare",
    "pump": "fietspomp fietspompen pumppu pompka pompki pumpa pumpicka inflador infladores",
    "floor pump": "standpomp standpumpe",
    "grease": "smeervet schmierfett fett graisse graisses fedt rasva smar smary grasa grasas grasso graxa graxas",
    "lube": "smeermiddel schmiermittel lubrifiant lubrifiants smoremiddel smorjmedel voiteluaine mazivo maziva "
            "lubricante lubricantes lubrificante lubrificanti",
    "degreaser": "avfettning avfettningsmedel affedtning affedtningsmiddel rasvanpoisto "
                 "odtluszczacz odmastovac",
    "wet": "natte nass nasse humide humedo humeda umido umida mokry mokre mokra",
    "dry": "droog droge trocken trockene seche secco secca suchy suche sucha seco seca",
    "workshop": "werkplaats werkstatt atelier ateliers vaerksted verkstad verksted korjaamo verstas warsztat "
                "warsztatowe warsztatowy dilna dilenske officina oficina",
    "box": "doos kiste kisten boks laatikko pudelko pudelka krabice krabicka caixa caixas scatole lada",
    "roll": "rulle rullar rullen rulla rullat rolka rolki rolo rolos rotolo rotoli",
    "reel": "haspel haspels spoel spoelen bobine bobines bobina bobinas rocchetto rocchetti civka civky kela "
            "kelat szpula szpule",
}

CAFE: dict[str, str] = {
    # Coffee: the bean, its grind, roast and blend, and the ways it is sold.
    "coffee": "kaffe kahvi kahvia kawa kawy kawe",
    "coffee bean": "kaffeebohnen kaffebonner kaffebonor kahvipavut",
    "bean": "bonner bonor pavut papu",
    "whole": "hele hela kokonainen kokonaiset kokonaisina ganzer ganzes intera interi intere inteiro inteira "
             "inteiros inteiras",
    "whole bean": "ziarnista ziarnisty ziarniste zrnkova zrnkove zrnkovy",
    "ground": "gemahlener malet formalet malede jauhettu jauhetut jauhettua mielona mielony mielone mleta mlety "
              "mlete",
    "espresso": "expresso expressos",
    "filter coffee": "filterkaffe bryggkaffe suodatinkahvi",
    "filter": "suodatin przelewowa przelewowy",
    "decaf": "koffeinfrei koffeinfreier cafeinevrije koffeinfri koffeinfritt kofeiiniton kofeiinittomat "
             "bezkofeinowa bezkofeinowy bezkofeinova bezkofeinovy decaffeinati descafeinados deca",
    "blend": "mischung mischungen mezcla mezclas miscela miscele mistura blanding blandning sekoitus mieszanka "
             "mieszanki smes",
    "roast": "rostung geroestet gerostet geroosterd torrefie torrefiee torrefaction tostado tostatura "
             "torrefazione torra torrado ristning rostning risting paahto paahdettu palona "
             "prazeni prazena prazeny",
    "light": "lys ljus ljusrost vaalea jasna jasny jasne clair claire chiara chiaro",
    "medium": "mellem mellanrost middels keskipaahto srednia sredni srednie stredni stredne mittlere",
    "dark": "donker donkere dunkel dunkle dunkler fonce foncee mork morke morkrost tumma tummapaahto ciemna "
            "ciemny ciemne tmava tmavy tmave oscuro oscura scuro scura escuro escura",
    "capsule": "kapsel kapseln kapsler kapslar kapseli kapselit kapsulki kapsulka kapsle kapsli capsula capsulas",
    "pod": "dosette dosettes cialda cialde monodosis",
    "coffee pod": "koffiepad koffiepads kaffeepad kaffeepads",
    "liner": "torebka torebki sacek sacky",
    # Syrups and flavours.
    "syrup": "siirappi siirapit syrop syropy sirupy siropen",
    "vanilla": "vanilje vanilj vanilja wanilia waniliowy waniliowa waniliowe vanilka vanilkovy vanilkova "
               "vanilkove",
    "caramel": "karamelli karmel karmelowy karmelowa karamelovy karamelova",
    "salted": "gezouten zoute gesalzen gesalzenes saltet saltede saltad saltade suolattu solony slony slona "
              "slany slana salado salato salgado salgada",
    "salted caramel": "salzkaramell saltkaramel saltkaramell suolakaramelli",
    "hazelnut": "hasselnod hasselnodder hasselnot hasselnotter hasselnott hasselpahkina laskowy laskowe "
                "laskowa liskovy liskova liskove oriskovy oriskova",
    "sugar free": "suikervrij suikervrije zuckerfrei zuckerfreier sukkerfri sockerfri sockerfritt sokeriton "
                  "sokerittomat",
    "gingerbread": "peperkoek pepparkaka pepparkakor pepperkake pepperkaker piparkakku piparkakut "
                   "piernik piernikowy piernikowa pernik pernikovy pernikova",
    "cinnamon": "kanel kaneli cynamon cynamonowy cynamonowa skorice skoricovy skoricova",
    "coconut": "kookos cocco",
    "almond": "mandler mandlar manteli migdal migdalowy migdalowe migdalowa mandle mandlovy mandlove mandlova",
    # Plant milks (sold as "drinks" in the EU: the compound says which).
    "milk": "maelk mjolk maito mleko",
    "oat": "hafer avoine havre kaura owies owsiany owsiane owsiana ovesny ovesne ovesna avena aveia",
    "oat milk": "havermelk haverdrink haferdrink havredrik havredryck havremaelk havremjolk havremelk "
                "kaurajuoma kauramaito",
    "soy": "soja soija sojowy sojowe sojowa sojovy sojove sojova soia",
    "soy milk": "sojamelk sojadrink sojadrik sojadryck soijajuoma soijamaito",
    "almond milk": "amandelmelk amandeldrink mandeldrink mandeldrik mandeldryck mandelmjolk mantelijuoma "
                   "mantelimaito",
    "coconut milk": "kokosmelk kokosdrink kokosdryck kookosjuoma kookosmaito",
    "organic": "biologisch biologische biologique biologiques okologisk okologiske ekologisk ekologiska luomu "
               "ekologiczny ekologiczna ekologiczne biologico biologica biologici ecologico ecologica",
    # Cups, lids and what goes with them.
    "cup": "beker bekers bekertje bekertjes kopper kopp begre beger kuppi kupit muki mukit kubek kubki "
           "kubeczek kubeczki kelimek kelimky",
    "paper cup": "pappbecher papirkop papirkopper pappersmugg pappersmuggar papirbeger pahvikuppi pahvimuki "
                 "pahvimukit",
    "paper": "papir papper paperi papierowy papierowe papierowa papirovy papirove papirova",
    "wall": "vaeg vagg vegg seina scianka scianki stena stenou",
    "single": "enkelt enkel yksinkertainen pojedyncza pojedyncze jednoducha jednoduche",
    "double": "dobbelt dobbel dubbla dubbelt kaksinkertainen podwojna podwojne podwojny dvojita dvojite dvojity",
    "double wall": "dobbeltvaegget dubbelvaggig dubbelvaggad dobbeltvegget kaksiseinainen kaksiseinaiset "
                   "dwuscienny dwuscienne dwuscienna dvoustenny dvoustenne dvoustenna",
    "single wall": "enkeltvaegget enkelvaggig enkeltvegget yksiseinainen yksiseinaiset jednoscienny "
                   "jednoscienne jednostenny jednostenne",
    "lid": "lokk kansi kannet pokrywka pokrywki wieczko wieczka vicko vicka",
    "sip lid": "drikkelag",
    "dome": "koepel koepeldeksel kuppel kuppeldeckel kupol kupu kupukansi kopulowa kopulowe kupolove kupolova "
            "bombee abombada",
    "flat": "platt platta flad flade littea plaski plaskie plaska plochy ploche",
    "sleeve": "manschette manschetten manchet manchetten mansjett manschett mankiet",
    "stirrer": "omrorer omrorare rorepinne sekoitustikku sekoitustikut mieszadelko mieszadelka michatko michatka",
    "wooden": "houten holzern holzerne puinen puiset drewniany drewniane drewniana dreveny drevene drevena",
    "straw": "sugror sugeror pilli pillit slomka slomki brcko brcka",
    "napkin": "serwetka serwetki ubrousek ubrousky",
    "sugar": "sukker socker sokeri cukier cukru",
    "sugar stick": "sukkerstick sockerstick sokeritikku",
    "stick": "stokje stokjes tikku tikut tycinka tycinky bastoncino bastoncini",
    "cane sugar": "rietsuiker rohrzucker rorsukker rorsocker ruokosokeri",
    "cane": "trzcinowy trzcinowego trzcinowa trtinovy trtinova",
    "sweetener": "sodemiddel sotningsmedel sotstoff makeutusaine slodzik slodziki sladidlo sladidla",
    "chocolate": "chokolade choklad sjokolade suklaa czekolada czekoladowy czekoladowa cokolada cokoladovy "
                 "cokoladova",
    "cocoa": "kakao kaakao cacau",
    "powder": "jauhe",
    # Tea.
    "tea": "herbata herbaty caj",
    "tea liner": "tepase tepasar teposer teepussi teepussit",
    "mint": "mynte mynta minttu mieta mietowa mietowy matovy matova",
    "chamomile": "kamomill kamomille kamomilla rumianek rumiankowa rumiankowy hermanek hermankovy hermankova",
    # Cleaning and the machine's parts.
    "cleaning": "reiniging reinigings reinigung reinigungs nettoyage rengoring rengorings rengjoring puhdistus "
                "czyszczenie czyszczace czyszczacy cisteni cistici limpieza pulizia limpeza",
    "cleaning tablet": "reinigingstabletten reinigingstablet reinigungstabletten reinigungstablette "
                       "rengoringstabletter rengjoringstabletter puhdistustabletit puhdistustabletti",
    "descaler": "ontkalker ontkalkingsmiddel entkalker entkalkungsmittel detartrant detartrants afkalker "
                "afkalkningsmiddel avkalkning avkalkningsmedel avkalker avkalkningsmiddel kalkinpoisto "
                "kalkinpoistoaine odkamieniacz odkamieniacze odvapnovac odvapnovace descalcificador "
                "descalcificante decalcificante decalcificanti antical",
    "milk cleaner": "milchreiniger melkreiniger maelkerens melkerens mjolkrengoring",
    "milk system cleaner": "milchsystemreiniger melksysteemreiniger",
    "gasket": "pakning pakninger packning packningar tiiviste tiivisteet uszczelka uszczelki tesneni",
    "group": "groep groupe gruppe grupp gruppo grupo grupa",
    "group head": "bruhgruppe bruhgruppen groepskop",
    "group gasket": "bruhgruppendichtung siebtragerdichtung groepsrubber",
    "shower screen": "duschsieb duschsiebe douchezeef douchezeefje douchette doccetta",
    "portafilter": "siebtrager siebtraeger filterhouder portefiltre filterholder filterhallare portafiltro",
    "basket": "filterkorb filterkorbe mandje kurv korg kori koszyk koszyczek kosik cestino cestini",
    "filter basket": "filtermandje filterkurv filterkorg suodatinkori",
    "blind": "aveugle ciego ciega cieco cieca cego cega slepy slepe slepa sokea",
    "blind filter": "blindfilter blindsieb blindsiebe",
    "knock box": "abklopfbehalter abschlagbehalter abklopfkasten abschlagkasten klopbak uitklopbak knockbox "
                 "battifondo battifondi odklepavac",
    "tamper": "tasseur tasseurs tamperi ubijak ubijaki prensador pressino pressini calcador",
    "jug": "kande kanna kannu dzbanek dzbanki dzbanuszek konvicka konvice",
    "milk jug": "melkkan melkkannetje maelkekande mjolkkanna melkekanne maitokannu lechera lattiera lattiere "
                "leiteira",
}

# The fish trade: a fresh fish, seafood and produce wholesaler's goods.
SEAFOOD_PRODUCE: dict[str, str] = {
    # Fish (the fillet of a compound, "zeebaarsfilet", "Lachsfilet", is split off in PHRASES_ADD).
    "fish": "fisk kala ryba ryby peixe",
    "seafood": "zeevruchten meeresfruchte skaldyr skaldjur merenelavat marisco mariscos",
    "salmon": "zalm lachs saumon laks lakse lohi losos",
    "smoked salmon": "raucherlachs rokelaks",
    "cod": "kabeljauw torske turska dorsz treska bacalhau skrei",
    "haddock": "schelvis schellfisch eglefin aiglefin kuller kolja hyse plamiak eglefino arinca",
    "hake": "heek seehecht merlu kulmule lysing kummeliturska morszczuk merluza nasello pescada",
    "sea bass": "zeebaars wolfsbarsch seebarsch havaborre havsabborre havabbor meriahven labraks lubina "
                "branzino spigola",
    "sea bream": "zeebrasem dorade goldbrasse daurade guldbrasen prazma orata",
    "turbot": "tarbot steinbutt piggvar piikkikampela rodaballo rombo pregado",
    "sole": "zeetong seezunge sotunge sjotunga sjotunge meriantura lenguado sogliola linguado",
    "lemon sole": "tongschar rotzunge rodtunge bergtunga lomre zimnica",
    "plaice": "schol scholle carrelet rodspaette rodspotta raudspette punakampela gladzica platyz solla "
              "passera solha",
    "monkfish": "zeeduivel seeteufel lotte baudroie havtaske marulk breiflabb merikrotti zabnica pescatrice "
                "tamboril",
    "halibut": "heilbot heilbutt fletan helleflynder helleflundra kveite ruijanpallas ippoglosso alabote",
    "mackerel": "makreel makrele makrel makrill makrell makrilli makrela maquereau caballa sgombro cavala",
    "tuna": "tonijn tonfisk tunfisk tonnikala tunczyk tunak atum",
    "swordfish": "zwaardvis schwertfisch espadon svaerdfisk svardfisk sverdfisk miekkakala miecznik mecoun "
                 "espadarte",
    "sardine": "sardien sardientjes sardin sardiini sardynka sardynki sardinka sardina sardinha",
    "anchovy": "ansjovis sardelle sardellen anchois ansjos anjovis sardela ancovicka anchoa anchoas boqueron "
               "boquerones acciuga acciughe anchova biqueirao",
    "trout": "forel forellen forelle forell orred orret regnbagsforell taimen kirjolohi pstrag pstruh trucha "
             "trota truta",
    "pollock": "pollak lyr lyyraturska alaskanseiti mintaj abadejo",
    "skate": "rog rochen raie rokke rocka rausku rejnok razza raia",
    "john dory": "zonnevis petersfisch sanktpersfisk sanktpetersfisk pietarinkala piotrosz",
    "red mullet": "rotbarbe rouget barwena parmice salmonete triglia triglie",
    # Shellfish.
    "squid": "pijlinktvis inktvis tintenfisch calamar calamars kalmar kalmare kalmari kalmary kalamary "
             "calamares calamaro lula lulas totano",
    "cuttlefish": "zeekat seppia seppie matwa matwy sepie seepia",
    "octopus": "krake poulpe pieuvre blaeksprutte blekksprut tursas osmiornica osmiornice chobotnice pulpo "
               "pulpos polpo polpi",
    "shrimp": "garnaal garnalen rejer reje reke reker rakor katkarapu katkaravut katkarapuja krewetka krewetki "
              "kreveta krevety camarao camaroes gamberetto gamberetti",
    "brown shrimp": "noordzeegarnaal noordzeegarnalen nordseekrabben nordseegarnelen hestereje hesterejer "
                    "sandraka sandrakor sandreke sandreker hietakatkarapu quisquilla quisquillas",
    "prawn": "steurgarnaal steurgarnalen langostino langostinos gamberone gamberoni",
    "king prawn": "koningsgarnaal koningsgarnalen riesengarnele riesengarnelen",
    "langoustine": "kaisergranat kaisergranate jomfruhummer havskrafta havskraftor keisarihummeri homarzec "
                   "humrik cigala cigalas scampo lagostim lagostins",
    "lobster": "kreeft homard hummeri homar homary humr bogavante langosta astice aragosta lavagante lagosta",
    "crab": "krab kraby krabbe krabber krabba krabbor taschenkrebs taskurapu crabe crabes cangrejo cangrejos "
            "granchio granchi caranguejo caranguejos sapateira",
    "mussel": "mossel mosselen miesmuschel miesmuscheln muschel muscheln moules blamusling muslinger musling "
              "blamussla mussla musslor blaskjell sinisimpukka omulek omulki slavka slavky mejillon mejillones "
              "cozza cozze mexilhao mexilhoes",
    "oyster": "oester oesters auster austern huitre huitres osters ostron osteri ostryga ostrygi ustrice ostra "
              "ostras ostrica ostriche",
    "clam": "venusschelp venusschelpen venusmuschel venusmuscheln palourde palourdes almeja almejas vongola "
            "vongole ameijoa ameijoas",
    "scallop": "jakobsschelp jakobsschelpen jacobsschelp jacobsschelpen jakobsmuschel jakobsmuscheln kammusling "
               "kammuslinger kammussla pilgrimsmussla kamskjell kampasimpukka przegrzebek przegrzebki hrebenatka "
               "hrebenatky vieira vieiras capasanta capesante",
    # Cuts and states.
    "loin": "lomo lomos lombo lombi lombos poledwica poledwice poledwiczka",
    "steak": "darne darnes stek rodaja rodajas trancio tranci posta postas pihvi",
    "gutted": "gestript ausgenommen ausgenommene videe renset rensad rensade perattu perattuna patroszony "
              "patroszona patroszone vykuchany vykuchana eviscerado eviscerada eviscerados eviscerato eviscerata",
    "skin": "huid peau skind skinn nahka skora skore kuze kuzi piel pelle",
    "skinless": "ontveld ontvelde nahaton nahattomat",
    "boneless": "graatloos graatvrij gratenfrei benfri benfrit benfritt ruodoton ruodottomat deshuesado "
                "deshuesada disossato disossata desossado desossada",
    "pin boned": "ontgraat ontgraatte entgratet entgratete desarete desaretee desaretes",
    "head": "kopf tete hoved huvud hode glowa glowy hlava cabeza cabezas cabeca",
    "peeled": "gepeld gepelde geschalte geschalter decortique decortiquee decortiquees pillede pillet skalade "
              "skalad kuorittu kuoritut obrane obrany obrana loupane loupany pelada peladas sgusciato sgusciati "
              "sgusciate descascado descascados descascada",
    "cooked": "gekookt gekookte gekocht gekochte cuit cuite cuits cuites kogt kogte kokt kokta keitetty "
              "keitetyt gotowany gotowane gotowana vareny varene varena cocido cocidos cocida cocidas cotto "
              "cotti cozido cozidos cozida",
    "raw": "rauw rauwe rohe roher crue crues raaka raakat surowy surowe surowa syrovy syrove syrova crudo "
           "crudos cruda crudas crudi",
    "frozen": "tiefgefroren tiefgefrorene gefroren gefrorene diepgevroren frossen frosne dybfrost dybfrosne "
              "fryst frysta djupfryst pakastettu pakastetut pakaste mrozony mrozone mrozona mrazeny mrazene "
              "mrazena ultracongelado ultracongelados congelato congelati",
    "fresh": "frische frischer farsk farska tuore tuoreet swiezy swieze swieza cerstvy cerstve cerstva freschi "
             "fresche",
    "smoked": "gerookt gerookte geraucherte geraucherter roget rogede rokt rokta savustettu savustetut wedzony "
              "wedzona wedzone uzeny uzena uzene affumicato affumicata affumicati fumado fumada",
    "portion": "portie porties porsjon annospala porcja porcje porcion porciones porzione porzioni porcao "
               "porcoes",
    # Produce.
    "lemon": "sitruuna sitruunat cytryna cytryny",
    "lime": "limoen limoenen limette limetten limetti limetit limonka limonki limetka limetky",
    "orange": "sinaasappel sinaasappelen sinaasappels apfelsine apfelsinen appelsin appelsiner apelsin "
              "apelsiner appelsiini appelsiinit pomarancza pomarancze pomeranc pomerance arancia arance",
    "parsley": "peterselie petersilie persille persilja pietruszka petrzel petrzelka perejil "
               "prezzemolo",
    "coriander": "koriander korianteri kolendra koriandr coriandolo coentro coentros",
    "dill": "dille dild aneth tilli koperek kopr eneldo aneto endro",
    # (black tiger prawns: "langostino tigre", "tijgergarnalen" split by the compound reader, "tiikerikatkarapu")
    "tiger": "tigre tijger tiikeri tygrys tygrysie tygr",
    "chives": "bieslook schnittlauch ciboulette purloeg purlog graslok gresslok ruohosipuli szczypiorek pazitka "
              "cebollino cipollina cebolinho",
    "basil": "basilicum basilikum basilic basilika bazylia bazalka albahaca basilico manjericao",
    "thyme": "tijm thymian thym timian timjan timjami tymianek tymian tomillo timo tomilho",
    "rosemary": "rozemarijn rosmarin romarin rosmariini rozmaryn rozmaryna romero rosmarino alecrim",
    "tarragon": "rakuuna estragao dragoncello",
    "bunch": "bosje bosjes knippe nippu nippua peczek svazek svazecek manojo manojos mazzo mazzetto mazzi",
    "leaf": "foglia foglie liscie lehtineen",
    "potato": "kartofler potatis potet poteter peruna perunat ziemniak ziemniaki brambory brambor",
    "onion": "sipuli sipulit cebula cebule cibule",
    "tomato": "tomat tomater tomaatti tomaatit pomidor pomidory rajce rajcata",
    "lettuce": "kropsla hovedsalat huvudsallat issalat kerasalaatti alface",
    "samphire": "zeekraal salicorne salturt glasort suolayrtti solirod slanorozec salicornia",
    "seaweed": "zeewier zeewieren seetang merileva wodorosty",
}

# Colours not yet in FOREIGN/COLOUR_WORDS (the file already has most base colours of these languages).
COLOURS: dict[str, str] = {
    "light blue": "lichtblauw lichtblauwe hellblau hellblaue lyseblaa lysebla ljusbla vaaleansininen "
                  "jasnoniebieski jasnoniebieska jasnoniebieskie blekitny blekitna blekitne svetlemodry "
                  "svetlemodra svetlemodre celeste celestes",
    "dark blue": "donkerblauw donkerblauwe dunkelblau dunkelblaue morkeblaa morkebla morkbla tummansininen "
                 "ciemnoniebieski ciemnoniebieska tmavomodry tmavomodra tmavomodre",
    "navy": "navyblau marineblaa marinbla marinebla laivastonsininen granatowy granatowa granatowe",
    "silver": "zilveren solv hopea srebrny srebrna srebrne stribrny stribrna stribrne",
    "pink": "lyserod lyserode pinkki vaaleanpunainen rozowy rozowa rozowe ruzovy ruzova ruzove",
    "purple": "lilla violetti fioletowy fioletowa fioletowe fialovy fialova fialove",
    "gold": "kulta",
    "beige": "bezowy bezowa bezowe",
    "brown": "marrom marrons castanho castanha castanhos castanhas ruskeat",
    "gray": "sedy sedych harmaat",
    "black": "svarte",
    "yellow": "keltaiset neongelb warngelb leuchtgelb fluogeel",
    "orange": "arancio warnorange leuchtorange fluooranje oranssit pomaranczowe oranzove",
    "red": "rott",
    "anthracite": "anthrazit antraciet antracit antracite antrasiitti antracyt antracitova",
}

# Words for "size" not in SIZE_LABELS (read whole, before a size code: "maat XL", "storlek M", "koko L").
SIZE_WORDS: list[str] = [
    "maat", "maten", "grossen", "groessen", "tailles", "taglie", "tallas", "storlek", "storleken", "stl",
    "strl", "storrelse", "koko", "koot", "rozmiar", "rozmiary", "rozm", "velikost", "velikosti", "vel",
    "tamano", "tamanos", "tamanho", "tamanhos", "tam",
]

# Buyers' English shorthand (applied to both sides, like SYNONYMS). Left out: "sp" (single pole: PHRASES reads it
# beside a breaker, and "SP switch" is single pole too), "hv" (high voltage), "ss" (already stainless, so no
# "short sleeve"), "wp" (waterproof or weatherproof), "fv"/"sv"/"av"/"dv" valve types ("av" is audio-visual),
# "str" (already stranded), "overall" (an English adjective), "hi-viz" and "l/s" (split at the mark: PHRASES_ADD).
SYNONYMS_ADD: dict[str, str] = {
    "spd": "speed", # ("SPD pedals" read as "speed pedals" on both sides: consistent, only a little noisier.)
    "spds": "speed",
    "hiviz": "safety", "hivis": "safety", # (PHRASES already reads "hi-vis", "hivis", "high-vis" as "safety")
    "pr": "pair", "prs": "pair",
    "ls": "long sleeve",
    "tyre": "tire", "tyres": "tire",
    "bike": "bicycle", "bikes": "bicycle",
    "overalls": "coverall", "boilersuit": "coverall", "boilersuits": "coverall",
    "refl": "reflective",
    "lubricant": "lube", "lubricants": "lube",
    "mudguards": "mudguard",
    "pants": "trousers",
    # The café's and the fish trade's (English words for one thing, read as the glossary's key on both sides).
    "decaff": "decaf", "pitcher": "jug", "pitchers": "jug", "calamari": "squid", "cilantro": "coriander",
    "estragon": "tarragon", "frz": "frozen", "fzn": "frozen", "cong": "frozen", "congel": "frozen", "skls": "skinless", "bnls": "boneless",
}

# Short or risky words of the tables above, to be read only whole (add to WHOLE_FOREIGN): 3-letter words, and words
# an English word begins with ("gained", "seller", "velour", "lucid", "regent", "fetter", "ocelot", "patina", "Paris").
WHOLE_ONLY: list[str] = [
    "rem", "luz", "feu", "sko",
    "gaine", "gaines", "selle", "selles", "velo", "velos", "patin", "patins", "luci", "luce", "regen", "fett",
    "fedt", "ocel", "pari", "kask", "taka", "lada", "rolo", "kela", "rama", "smar", "seca", "seco", "klar",
    "hemd", "naam", "nome", "nomi", "imie", "nimi", "navn", "namn", "koord", "rygg", "zada", "brode", "duse",
    "hinter", "achter", "vorder", "ramme", "courte", "courtes", "griff", "griffe", "kanga", "linka", "linki",
    "maske", "maski", "rammer", "sillines", "pullo", "pullot", "sade", "sillin", "stalen", "taske", "trui", "valo",
    "veste", "wiel", "atelier", "ateliers", "masque", "masques",
    "masker", "maskers", "flis", "kasak", "daek", "dack", "dekk", "klic", "rott", "solv", "kulta", "sedy",
    # (the café and fish tables: "interi" opens "interior", "cotto" "cotton", "posta" "postal", "pelle" "pellet")
    "aneth", "arance", "atum", "auster", "basilic", "biologica", "caj", "calamar", "capsula", "cega", "cego",
    "congelati", "cotti", "cotto", "crudi", "crue", "cuit", "cuits", "darne", "deca", "decaffeinati", "ecologica",
    "fisk", "flad", "forel", "groupe", "hafer", "heek", "hela", "hele", "hode", "huid", "humr", "hyse", "intera",
    "intere", "interi", "kala", "kawa", "kawe", "kawy", "kogt", "kokt", "kopf", "kopp", "kopr", "korg", "kori",
    "krab", "krabbe", "krake", "kupu", "kurv", "kuze", "kuzi", "laks", "ljus", "lohi", "lokk", "lomo", "lotte",
    "lula", "lyr", "lys", "lysing", "mork", "muki", "orata", "oscuro", "osters", "ostra", "ostriche", "paperi",
    "papu", "peau", "pelle", "piel", "pilli", "platt", "posta", "raia", "raie", "rauw", "reje", "reke", "rocka",
    "rog", "rohe", "rokt", "ryba", "ryby", "sardin", "schol", "scuro", "skinn", "smes", "soia", "soja", "stek",
    "tamperi", "tete", "thym", "tijm", "tilli", "timo", "tomat", "vaeg", "vagg", "vegg", "zalm",
]

# Units for the buyer's words after a number (UNITS in the file): metres and litres in these languages.
UNITS_ADD: dict[str, str] = {
    "m": "metri metros metrow metru metr metria metrin",
    "l": "litri litros litrow litru litr litra litraa litran",
}

# Phrases of several words (regex, replacement) in the style of PHRASES.
PHRASES_ADD: list[tuple[str, str]] = [
    (r"\bhi(?:gh)?[- ]?vi[sz]\w*\b", " safety "),
    (r"\bhaute[- ]visibilite\b|\balta[- ]visibili(?:dad|ta|dade)\b", " safety "),
    (r"\bl/s\b", " long sleeve "),
    (r"\bs/s\b(?=[^\n]*\b(?:shirts?|polos?|tees?|t-shirts?|tunics?)\b)", " short sleeve "),
    (r"\bmanches? longues?\b", " long sleeve "), (r"\bmanches? courtes?\b", " short sleeve "),
    (r"\bmanga (?:larga|comprida)\b", " long sleeve "), (r"\bmanga (?:corta|curta)\b", " short sleeve "),
    (r"\bchambres? a air\b|\bcamaras? de aire?\b|\bcamer[ae] d ?'? ?aria\b|\bcamaras? de ar\b", " inner tube "),
    (r"\bgarde[- ]boue\b|\bguarda[- ]lamas\b|\bpara[- ]lamas?\b", " mudguard "),
    (r"\bporte[- ]bagages?\b|\bporta[- ]bagagens?\b", " rack "),
    (r"\bporte[- ]bidons?\b|\bporta[- ]?bidones?\b", " bottle cage "),
    (r"\banti[- ]crevaison\b|\banti[- ]pinchazos?\b|\banti[- ]?furo\b", " puncture "),
    (r"\banti[- ]coupures?\b|\banti[- ]corte\b", " cutresistant "),
    (r"\bfrein a disque\b|\bfreno de disco\b|\bfreno a disco\b|\btravao de disco\b", " disc brake "),
    (r"\bveste de (?:cuisine|chef)\b|\bchaqueta de (?:cocinero|chef)\b|\bgiacca (?:da )?cuoco\b", " chef jacket "),
    (r"\b(\d{1,2})[- ]?(?:fach|speed|sp|spd|vitesses?|velocidades?|v)\b(?=[^\n]*\b(?:chain|chaine|kette|ketting"
     r"|cassette|kassette|cadena|catena|lancuch|retez|kedja|kjede|kaede|ketju)s?\b)", r" \1 speed "),
    # The café's: flavours and parts named by several words, and what is said to be without sugar (before the
    # negations: "sin azúcar" is the sugar-free syrup, not one lacking sugar).
    (r"\b(?:sans|sin|senza|sem|zonder|ohne|uden|utan|uten|bez) (?:sucre|azucar|zucchero|acucar|suiker|zucker|sukker"
     r"|socker|cukru)\b", " sugar free "),
    (r"\bcaramel (?:au beurre )?sale\b", " salted caramel "),
    (r"\bpains? d ?'? ?epices?\b|\bpan(?:e|s)? (?:de|di) (?:jengibre|zenzero|gengibre)\b", " gingerbread "),
    (r"\bnoix de coco\b|\bnuez de coco\b", " coconut "),
    (r"\bbacs? a marcs?\b|\bcajon(?:es)? (?:de|para) (?:posos|marcos|residuos)\b|\bgavetas? (?:de|para) borras?\b"
     r"|\bpojemniki? na fusy\b", " knock box "),
    (r"\bporte[- ]filtres?\b", " portafilter "),
    # The fish trade's. A fillet or a steak written in one word with its fish ("zeebaarsfilet", "Lachsfilet",
    # "lohifilee", "Thunfischsteak") is the fish and the cut (a back fillet is the loin).
    (r"\b(?:rug|rugge|rucken|ryg|rygg|selka)fil(?:et|ee)\w*\b", " loin "),
    (r"\b([a-z]{4,}?)(?:filet|filee)(?:s|t|en|er|ar|ta|y)?\b", r" \1 fillet "),
    (r"\b([a-z]{4,}?)steaks?\b", r" \1 steak "),
    (r"\bloups? de mer\b", " sea bass "),
    (r"\b(?:saint|st)[- ]pierre\b|\b(?:pez|pesce) (?:de )?san (?:pedro|pietro)\b|\bpeixe[- ]galo\b", " john dory "),
    (r"\b(?:(?:coquilles?|noix) (?:de )?)?(?:saint|st)[- ]jacques\b", " scallop "),
    (r"\blieu jaune\b", " pollock "),
    (r"\bpez espada\b|\bpesce spada\b|\bpeixe[- ]espada\b", " swordfish "),
    (r"\blimandes?[- ]soles?\b|\bsogliol[ae] limand[ae]\b|\bmendos? limon\b", " lemon sole "),
    (r"\bnoorse kreeft(?:en)?\b", " langoustine "),
    (r"\bgrijze garna(?:al|len)\b|\bcrevettes? grises?\b|\bgamberett[oi] grigi?o?\b|\bgr[ae]y shrimps?\b",
     " brown shrimp "),
    (r"\bcitrons? verts?\b", " lime "),
    (r"\berba cipollina\b", " chives "),
    (r"\bfruits de mer\b|\bfrutti di mare\b|\bfrutos do mar\b|\bowoce morza\b|\bplody more\b", " seafood "),
    (r"\b(?:sans|sin|senza|sem|zonder|ohne|uden|utan|uten|bez) (?:peau|piel|pelle|pele|vel|huid|haut|skind|skinn"
     r"|skory|kuze)\b|\bs/less\b", " skinless "),
    (r"(?<!')\b(?:avec|con|com|met|mit|med|ze|s) (?:peau|piel|pelle|pele|vel|huid|haut|skind|skinn|skora|kuzi)\b"
     r"|\bs/on\b", " skin "),
    (r"\b(?:sans|sin|senza|sem|zonder|ohne|uden|utan|uten|bez) (?:aretes?|espinas?|spine|espinhas?|graat|graten"
     r"|ben|osci|kosti)\b|\bb/less\b", " boneless "),
    (r"\b(?:sans|sin|senza|sem|zonder|ohne|uden|utan|uten|bez) (?:tete|cabeza|testa|cabeca|kop|kopf|hoved|huvud|hode"
     r"|glowy|hlavy)\b", " headless "),
    (r"(?<!')\b(?:avec|con|com|met|mit|med|z|s) (?:tete|cabeza|testa|cabeca|kop|kopf|hoved|huvud|hode|glowa|hlavou)\b"
     r"|\bh/on\b", " head "),
    (r"\b(?:met|mit|med) (?:blad|blatt|blade|loof)\b|\bavec feuilles?\b|\bcon (?:hojas?|foglie|foglia)\b"
     r"|\bcom folhas?\b|\bz lisc\w*\b|(?<!')\bs list(?:em|y|ky)\b", " leaf "),
]
