"""Two trades' words in thirteen languages: workwear, uniforms and PPE, and bicycle parts (Dutch and Flemish,
German, French, Danish, Swedish, Norwegian, Finnish, Polish, Czech, Spanish, Italian and Portuguese).

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
]
