# A CalmLine felületének szövege: magyar.
# A résztvevőt tegezzük; a forgatókönyvekben az ügyfelekkel magázódunk („Ön”).
# Számnév után a főnév egyes számban marad: 5 pont, 12 gyakorlóhívás. Szakszavak: docs/glossary.md.

## Márka és keret

app-name = CalmLine
app-tagline = Gyakorold a nehéz ügyfélhívásokat ott, ahol a hibáknak nincs ára.
skip-to-content = Ugrás a tartalomra
footer-privacy = A CalmLine teljes egészében a böngésződben fut: amit itt csinálsz, nem hagyja el a gépedet.
nav-label = Eszközök
nav-settings = Beállítások
back-to-catalog = Vissza a hívásokhoz
retry = Próbáld újra
decimal-separator = ,
thousands-separator = {"\u00A0"}

## Nyelvválasztó. A `language-self-name` a nyelv saját neve.

lang-switch-label = Nyelv
language-self-name = Magyar
language-short = HU
# Every language in its own words, the same in every file: the switcher needs no other file.
language-name-pl = Polski
language-name-hu = Magyar
language-name-en = English
language-code-pl = PL
language-code-hu = HU
language-code-en = EN

## Üzenetek

notice-dismiss = Üzenet bezárása
notice-settings-reset = A mentett beállításaidat nem sikerült beolvasni, ezért visszaállítottuk az alapértelmezéseket.
notice-progress-reset = A mentett eredményeidet nem sikerült beolvasni, ezért lenulláztuk őket. Elnézést kérünk.
notice-scores-from-old-model = A CalmLine új verziójában megváltozott a pontozás, ezért töröltük a korábbi verzióban elért legjobb eredményeidet, és azt is, mely hívásokat teljesítetted. Azt viszont megőriztük, hányszor gyakoroltad az egyes hívásokat.
notice-call-not-restored = A félbeszakadt hívást nem sikerült visszaállítani: { $reason }. Elkezdheted újra.
notice-call-resumed = Visszaállítottuk a félbeszakadt hívást. Most szünetel: folytasd, amikor készen állsz.
notice-storage-unavailable = Ez a böngésző nem engedi, hogy a CalmLine bármit elmentsen, ezért az eredményeid csak a lap bezárásáig maradnak meg.
save-error-malformed = a mentés hiányos
save-error-unknown-format = a CalmLine egy másik verziója mentette
save-error-outdated = a CalmLine egy régebbi verziója mentette, amelyben másképp zajlottak a hívások
save-error-corrupt = a mentés megsérült
save-error-other-scenario = a mentés egy másik híváshoz tartozik
save-error-scenario-changed = a hívás azóta megváltozott
save-error-replay = a mentés már nem illik a híváshoz
save-error-too-long = a mentés túl hosszú

## Katalógus

catalog-heading = Gyakorlóhívások
catalog-lead = Válassz egy hívást, olvasd el a bevezetőt, és vedd fel a telefont. Minden válaszodat értékeljük, és meg is beszéljük.
catalog-loading = A gyakorlóhívások betöltése…
catalog-error-title = Nem sikerült betölteni a gyakorlóhívásokat
catalog-error-body = Ellenőrizd a kapcsolatot, és próbáld újra. Ha a hiba ismétlődik, szólj annak, akitől a hivatkozást kaptad.
catalog-error-details = Részletek annak, aki ezt az oldalt gondozza:
catalog-count =
    { $count ->
        [0] Egyetlen hívás sem felel meg
       *[other] { $count } gyakorlóhívás
    }
catalog-empty-title = Még egyetlen gyakorlóhívás sem érhető el
catalog-empty-body = Az új gyakorlóhívások készülnek. Nézz vissza hamarosan!
catalog-no-match = Válassz másik készséget vagy nehézségi szintet.
catalog-resume = Van egy befejezetlen hívásod: „{ $title }”.
catalog-resume-button = A hívás folytatása
filter-label = Hívások szűrése
filter-skill = Készség
filter-all-skills = Minden készség
filter-difficulty = Nehézség
filter-all-difficulties = Minden nehézségi szint
filter-clear = Az összes hívás
card-skills = Gyakorolt készségek
card-not-played = Még nem gyakoroltad
card-passed = Teljesítve
card-not-passed = Még nincs teljesítve
card-best = Legjobb eredmény: { $score }
card-best-reset = Legjobb eredmény: az új pontozással még nincs
card-completions =
    { $count ->
        [one] egyszer gyakoroltad
       *[other] { $count } alkalommal gyakoroltad
    }

## Mértékegységgel kiírt számok

points = { $count } pont
minutes = kb. { $count } perc
seconds-left = { $count } másodperc
seconds-short = { $value } mp

## Az értékelt készségek

skill-empathy = Empátia
skill-calm = Nyugalom és szakszerűség
skill-listening = Aktív hallgatás
skill-solutions = Megoldásközpontúság
skill-boundaries = Határok és asszertivitás
skill-clarity = Világos kommunikáció
skill-ownership = Őszinteség és felelősségvállalás

## Ügyféltípusok, nehézség, technikák

customer-shouter = A kiabáló ügyfél
customer-abusive = A sértegető ügyfél
customer-supervisor-demander = A felettest követelő ügyfél
customer-tech-novice = A technikában járatlan ügyfél
customer-never-satisfied = Az örökké elégedetlen ügyfél
customer-discount-hunter = A kedvezményvadász
customer-lost = A tanácstalan ügyfél
customer-unsolvable = Az ügyfél, akinek a gondja ma nem oldható meg
customer-call-back = A visszahívásra váró, kétkedő ügyfél
customer-screamer = A magából kikelt, üvöltő ügyfél
difficulty-easy = Könnyű
difficulty-medium = Közepes
difficulty-hard = Nehéz
technique-venting = Kibeszélés (hagyd, hogy kiadja magából)
technique-paraphrasing = A hallottak visszamondása (parafrázis)
technique-empathy-statement = Empatikus mondat
technique-three-step-method = Háromlépéses módszer
technique-supervisor-demand = A felettest kérő ügyfél kezelése
technique-follow-up-promise = Visszahívás ígérete
technique-soft-disagreement = Finom ellenvetés
technique-admitting-mistake = A hiba beismerése
technique-offering-options = Lehetőségek felajánlása
technique-plain-language = Egyszerű, érthető nyelv
technique-open-questions = Nyitott kérdések
technique-expectation-setting = Az elvárások kezelése
technique-firm-boundaries = Határozott keretek
technique-closing-summary = Záró összefoglalás
technique-post-call-reflection = Hívás utáni önreflexió
technique-asking-for-calm = Nyugalomkérés azért, hogy segíthess
technique-hold-etiquette = Szabályos várakoztatás

## Bevezető

briefing-eyebrow = Bevezető
briefing-situation = A helyzet
briefing-customer = Ügyfél
briefing-difficulty = Nehézség
briefing-length = Időtartam
briefing-pass-mark = Ponthatár
briefing-scored = Mit értékelünk
briefing-techniques = Mit gyakorolsz
briefing-keys-hint = Hívás közben a válaszodat a számának megfelelő billentyűvel is kiválaszthatod.
briefing-start = A hívás indítása
briefing-last-debrief = A legutóbbi hívásod kiértékelése
briefing-locked-heading = Az oktatód állította be
briefing-locked-hint = Ezeket a beállításokat az oktatódtól kapott hivatkozás rögzíti ehhez a híváshoz, ezért itt nem módosíthatod őket. Hívás közben a „Több időt kérek” és a „Szünet” gomb továbbra is működik.

## Idő és mód

timer-heading = Válaszidő
timer-off = Nincs időkorlát
timer-off-hint = Annyi időd van, amennyi kell.
timer-relaxed = Kényelmes
timer-relaxed-hint = A szokásos idő kétszerese.
timer-standard = Normál
timer-standard-hint = Nagyjából annyi, amennyit egy valódi ügyfél vár.
timer-strict = Szigorú
timer-strict-hint = Valamivel több, mint a szokásos idő fele, gyakorlott ügyintézőknek.
timer-label = Hátralévő idő:
timer-more = Több időt kérek (+20 mp)
timer-more-stopped = Az óra áll: akkor kérhetsz több időt, amikor újra elindul.
timer-more-used-up = Ehhez a válaszhoz már felhasználtad az összes plusz időt.
timer-off-short = Nincs időkorlát
timer-warning = 10 másodperc maradt a válaszra.
mode-heading = Visszajelzés
mode-coach = Trénerrel
mode-coach-hint = A tréner minden válasz után rögtön értékel.
mode-exam = Vizsga
mode-exam-hint = Visszajelzés csak a kiértékelésben, mint egy valódi minősítésnél.

## A hívás

call-heading = Vonalban: { $name }
call-you = Te
call-you-silent = (nem szólsz semmit)
call-you-ended = (befejezed a hívást)
# QA round 3 of issue 12, item 6: the customer's line after another silence in a row.
silence-again-1 = Halló? Ha nincs ott senki, leteszem.
silence-again-more = Halló?! Még mindig semmi? Akkor leteszem.
call-your-reply = A válaszod
call-transcript = A beszélgetés eddig
call-pause = Szünet
call-resume = A hívás folytatása
call-paused-title = A hívás szünetel
call-paused-body = Az óra áll. Folytasd, amikor készen állsz.
call-end = A hívás befejezése
call-end-confirm = Befejezed most a hívást?
call-end-yes = Igen, befejezem
call-end-no = Folytatom a beszélgetést
coach-heading = A tréner visszajelzése
coach-continue = Tovább
feedback-best-default = Erős válasz: csak így tovább!
mood-label = Az ügyfél hangulata
mood-furious = Elfogyott a türelme
mood-upset = Ideges
mood-tense = Feszült
mood-calm = Nyugodt
mood-happy = Elégedett
portrait-label = { $name }, hangulata: { $mood }
emotion-furious = kiabáló
emotion-angry = ingerült
emotion-frustrated = türelmetlen
emotion-anxious = aggodalmas
emotion-confused = bizonytalan
emotion-sceptical = kételkedő
emotion-neutral = tárgyilagos
emotion-relieved = oldottabb
emotion-pleased = barátságos

## Értékelés és kimenetel

grade-best = Legjobb
grade-acceptable = Elfogadható
grade-poor = Gyenge
grade-harmful = Ártalmas
outcome-resolved = Megoldva
outcome-follow-up = Visszahívás megígérve
outcome-escalated = Magasabb szintre továbbítva
outcome-customer-hung-up = Az ügyfél letette a telefont
outcome-ended-properly = Szabályosan befejezve
outcome-agent-hung-up = Letetted a telefont
outcome-unresolved = Megoldatlan
outcome-passed-on = Továbbhárítva

## Kiértékelés

debrief-heading = Kiértékelés
debrief-passed = Teljesítve
debrief-failed = Nem teljesítve
debrief-verdict-passed-heading = Miért sikeres ez a hívás
debrief-verdict-failed-heading = Miért nem sikeres ez a hívás
debrief-why-ending-good = A hívás kimenetele: „{ $outcome }”. Ilyen kimenetellel a hívás sikeres lehet.
debrief-why-ending-bad = A hívás kimenetele: „{ $outcome }”. Ilyen kimenetellel a hívás a pontszámtól függetlenül nem lehet sikeres.
debrief-why-critical = Kritikus hiba ({ $number }. válasz): „{ $said }” – kritikus hibával a hívás nem lehet sikeres.
debrief-why-critical-better = Ez működött volna: „{ $better }”
debrief-why-no-critical = Nem volt kritikus hiba.
debrief-why-quality-enough = A válaszaid 100-ból { $quality } pontot értek, ez eléri a ponthatárt ({ $mark }).
debrief-why-quality-short = A válaszaid 100-ból { $quality } pontot értek, ez nem éri el a ponthatárt ({ $mark }).
debrief-why-capped = Mivel a hívás nem sikeres, az összpontszáma { $overall } lett, épp a ponthatár alatt, akárhány pontot értek is a válaszaid.
debrief-moves-heading = A válaszaid
debrief-critical-badge = Kritikus hiba
debrief-critical-given = Kritikus hiba, nem számít be az eredménybe
debrief-not-assessed = Nem értékelt
debrief-not-assessed-hint = „Nem értékelt”: ebben a hívásban egyik válasz sem mérte ezt a készséget, így sem javadra, sem károdra nem számít.
debrief-thin = Egyszer mért
debrief-thin-hint = „Egyszer mért”: ebben a hívásban csak egy pillanat mérte ezt a készséget, ezért látod az eredményét, de nem jelöljük meg a legerősebb vagy a leggyengébb készségedként, és a készségeid összesítésébe sem számít bele.
debrief-no-extensions = Nem kértél több időt.
debrief-pauses =
    { $count ->
        [0] Egyszer sem állítottad meg az órát.
        [one] Egyszer állítottad meg az órát (szünet, a lap elhagyása vagy az oldal újratöltése).
       *[other] { $count } alkalommal állítottad meg az órát (szünet, a lap elhagyása vagy az oldal újratöltése).
    }
debrief-step-pauses =
    { $count ->
        [one] egyszer állítottad meg az órát
       *[other] { $count } alkalommal állítottad meg az órát
    }
debrief-extensions =
    { $count ->
        [one] Egyszer kértél több időt.
       *[other] { $count } alkalommal kértél több időt, { $moves ->
            [one] egyetlen válasznál
           *[other] { $moves } válasznál
        }.
    }
debrief-step-extensions =
    { $count ->
        [one] egyszer kértél több időt
       *[other] { $count } alkalommal kértél több időt
    }
debrief-pass-mark = Ponthatár: { $points }
debrief-skills-heading = Készségek
debrief-strongest = Legerősebb: { $skills }
debrief-weakest = Fejlesztendő: { $skills }
debrief-mood-heading = Az ügyfél hangulata
debrief-mood-chart = Az ügyfél hangulata { $count } válasz alatt { $start } pontról { $end } pontra változott.
debrief-marker = { $number }. válasz: { $grade }, hangulat: { $mood }
debrief-timing-heading = Válaszidő
debrief-timing =
    { $replies ->
        [one] A válaszod { $mean } alatt született meg.
       *[other] Átlagosan { $mean }; a válaszaid fele legfeljebb { $median } alatt született meg.
    }
debrief-timeouts =
    { $count ->
        [0] Egyszer sem futottál ki az időből.
        [one] Egyszer lejárt az idő.
       *[other] { $count } alkalommal lejárt az idő.
    }
debrief-review-heading = Lépésről lépésre
debrief-turn = { $number }. válasz
debrief-better = Ez jobban működött volna
debrief-time = Válaszidő: { $time }
debrief-timed-out = lejárt az idő
debrief-given = Ezt a választ helyetted adta a stúdió, hogy eljuss az általad kijelölt ügyfélmegszólalásig; nem számít bele sem a pontszámba, sem a válaszidőbe
debrief-given-who = Helyetted válaszolt a stúdió
debrief-mood-set = A hívás rád eső része { $mood } pontos hangulattal indult, mert ezt az értéket állítottad be ehhez a kipróbáláshoz; az odavezető út végén { $was } ponton állt a hangulat.
debrief-mood-change = Hangulat: { $from } → { $to }
debrief-self-care = Vigyázz magadra
debrief-retry = Újra megpróbálom
debrief-next = Következő hívás
reflection-heading = Önreflexió
reflection-hint = Egy perc önreflexió segít rögzíteni, amit tanultál. A jegyzeteid ebben a böngészőben maradnak.
reflection-went-well = Mi ment jól?
reflection-to-change = Mit csinálnál másképp legközelebb?

## Egy hívás betöltése

play-loading = A hívás betöltése…
play-missing-title = Ez a gyakorlóhívás nem létezik
play-missing-body = Nincs „{ $id }” azonosítójú hívás. Lehet, hogy a hivatkozás elavult.
play-unreachable-title = Nem sikerült betölteni a hívást
play-unreachable-body = Ellenőrizd a kapcsolatot, és próbáld újra.
play-invalid-title = Ennek a gyakorlóhívásnak a fájlja nem olvasható be
play-invalid-body = Ezért a hívás nem indítható el. Részletek annak, aki ezt az oldalt gondozza:
fault-not-compiled = A(z) { $file } nem a CalmLine által készített gyakorlóhívás-fájl. Készítsd el újra az oldalt a „cargo xtask dist” paranccsal, és tedd közzé az egészet.
fault-version = A(z) { $file } a CalmLine egy másik verziójával készült. Az egész oldalt ugyanabból a buildből tedd közzé.
fault-damaged = A(z) { $file } sérült vagy hiányos. Tedd közzé újra az egész oldalt.

## Beállítások

settings-heading = Beállítások
settings-comfort = Kényelem
settings-voice = Az ügyfél mondatainak felolvasása
settings-voice-hint = A böngésző hangját használja a választott nyelven, ha van ilyen.
settings-motion = Kevesebb animáció
settings-motion-hint = Ha az eszközödön be van kapcsolva az animációk csökkentése, a CalmLine már most is ehhez igazodik; ez a kapcsoló itt mindenképp kikapcsolja őket.
settings-saved = A változtatásokat azonnal mentjük ebben a böngészőben.
address-heading = Hogyan szólítsanak az ügyfelek (lengyel nyelvű hívások)
address-hint = A lengyelben másképp szólítanak meg egy férfit és egy nőt, és az igealakok is eltérnek. Az ügyfelek „Pan” (uram) vagy „Pani” (hölgyem) formában beszélnek hozzád, és a mondataik, a hívások befejezése és a visszajelzések is ehhez igazodnak. A választás nem befolyásolja a pontszámodat.
address-pan = Pan (férfiként szólítanak meg)
address-pan-hint = „Czy sprawdził Pan moje zamówienie?”
address-pani = Pani (nőként szólítanak meg)
address-pani-hint = „Czy sprawdziła Pani moje zamówienie?”
address-needed = Mielőtt lengyel nyelvű hívást indítasz, válaszd ki, hogyan szólítsanak meg az ügyfelek.

## Nem létező oldalak

not-found-title = Ez az oldal nem létezik
not-found-body = Lehet, hogy elírták a címet, vagy már nem érvényes.

## Az oktató saját forgatókönyvfájlja

catalog-own-file = Oktatóknak: próbáld ki a saját forgatókönyvfájlodat
own-heading = Saját forgatókönyvfájl
own-lead = Válassz egy forgatókönyvfájlt (.toml, a docs/scenario-format.md szerinti formátumban). A CalmLine itt, a böngésződben ellenőrzi, minden hibát sor- és oszlopszámmal mutat, és ha a fájl hibátlan, rögtön ki is próbálhatod. A fájl nem hagyja el a gépedet.
own-pick = Forgatókönyvfájl
own-reading = A fájl ellenőrzése…
own-unreadable = A(z) „{ $file }” fájlt nem sikerült beolvasni. Lehet, hogy túl nagy, vagy már nem érhető el.
own-problems = A fájlban { $count } hiba van
own-problems-hint = Minden sor megmutatja, hol van a hiba a(z) „{ $file }” fájlban (sor:oszlop), és hogyan javíthatod.
own-valid = A fájl hibátlan: { $turns } ügyfélmegszólalás, { $replies } válasz, { $endings } befejezés.
own-passing = { $endings } befejezésből { $passing } érhető el sikeres hívással.
own-warnings = { $count } figyelmeztetés: a hívás végigjátszható, de mielőtt képzésen használnád, érdemes javítani rajta
own-play = Kipróbálom ezt a hívást

## Egy hívás megosztása (oktatóknak)

share-heading = Oktatóknak: küldd el ezt a hívást a csoportnak
share-hint = A hivatkozás ezt a bevezetőt nyitja meg az éppen látható nyelven, a fent választott válaszidővel és visszajelzési móddal.
share-same-call = Mindenkinek ugyanazok az ügyfélmondatok és ugyanaz a válaszsorrend
share-lock = A válaszidő és a visszajelzési mód rögzítése, hogy a résztvevők ne módosíthassák
share-link-label = Elküldendő hivatkozás
call-tone = Hangnem: { $emotion }
own-technical = A mezőneveket, az azonosítókat és a TOML-részleteket pontosan úgy idézzük, ahogy a fájlban szerepelnek.
share-copy = A hivatkozás másolása
share-copied = A hivatkozás a vágólapon van.
share-copy-failed = A böngésző nem engedte a másolást: jelöld ki a hivatkozást, és másold ki.

## Jelentés a képzési rendszernek (LMS-ből indított csomag)

lms-status-connecting = Kapcsolódás a képzési rendszerhez…
lms-status-saved = Az eredményed bekerült a képzési rendszerbe.
lms-status-kept = A képzési rendszer nem érhető el: az eredményedet ez a böngésző megőrzi, és elküldi, amint lehet.
lms-status-missing = A képzési rendszer nem válaszolt: az eredményed csak ebben a böngészőben marad meg.
lms-status-closed = A képzési rendszer megkapta az eredményedet. Ezt az ablakot bezárhatod.
lms-greeting = Üdvözlünk, { $name }!
lms-finish = Befejezés és visszatérés a kurzushoz
lms-finish-hint = Az eredményedet már elmentettük. A befejezéssel lezárod ezt a munkamenetet a képzési rendszerben.

## Hívás megosztása: QR-kód és beágyazás az intranetbe (oktatóknak)

share-qr-label = A hivatkozás QR-kódja, diára vagy nyomtatásra
share-embed-heading = Tedd ki ezt a hívást egy intranetes oldalra
share-embed-hint = Illeszd be ezt a kódot egy olyan oldalra, amely HTML-kódot is elfogad, például SharePointban vagy Confluence-ben. A hívás az oldal szélességéhez igazodik.
share-embed-origin = Intranetes webhely címe (nem kötelező)
share-embed-origin-hint = Ha az oldalnak meg kell kapnia az eredményeket, add meg a címét, például https://intranet.example.com. A CalmLine ekkor csak ennek a webhelynek küld értesítést a hívás kezdetéről, minden válaszról és az eredményről.
share-embed-origin-invalid = Ez nem https-sel kezdődő webhelycím: https://webhely.neve alakban írd be (a webhely egy oldalának címe is jó).
share-embed-label = Beillesztendő kód
share-embed-copy = A kód másolása
share-embed-copied = A kód a vágólapon van.
share-embed-title = CalmLine-gyakorlóhívás: { $title }

## Tanulási út és készségprofil (katalógus), a teljesítés megünneplése (kiértékelés)

catalog-all-heading = Az összes hívás
path-heading = A tanulási utad
path-lead = Az első könnyű hívástól a legnehezebb ügyfelekig, lépésről lépésre.
path-start-here = Itt kezdd
path-next = A következő hívásod
path-reason-start = Az utad legkönnyebb hívása: ideális kezdésnek.
path-reason-skill = Eddig ez a leggyengébb készséged: { $skill } (legutóbbi eredmény: { $score }). Ebben a hívásban éppen ezt gyakorolhatod.
path-reason-order = Az utad következő hívása, amelyet még nem teljesítettél.
path-go-first = Vedd fel az első hívásodat
path-go = Vedd fel ezt a hívást
path-done = A tanulási utad minden hívását teljesítetted. Próbáld újra bármelyiket, és javíts a legjobb eredményeden.
path-step-passed = Teljesítve
path-step-unfinished = Befejezetlen
path-step-best = Legjobb eredmény: { $score }
profile-heading = A készségeid
profile-passed = Teljesített hívások: { $passed } / { $total }
profile-best = Legjobb: { $score }
profile-latest = Legutóbbi: { $score }
profile-none = Még nincs eredmény
profile-empty = Az első hívásod után itt látod majd minden készséged legjobb és legutóbbi eredményét.
card-unfinished = Befejezetlen
card-unfinished-hint = Folytasd ott, ahol abbahagytad.
verdict-celebrate-title = Teljesítetted a hívást!
verdict-celebrate-body = { $score } pont a 100-ból, a teljesítéshez { $mark } kellett. Szép munka! Az utadon már vár a következő hívás.
verdict-celebrate-body-last = { $score } pont a 100-ból, a teljesítéshez { $mark } kellett. Szép munka!
verdict-celebrate-announce = Szép munka: { $score } ponttal teljesítetted a hívást.

## Értesítések, kilépés a hívásból, betöltés, adattörlés, a nyomtatható összesítő, önreflexiók
notice-bad-link-plain = A megnyitott hivatkozásban olyan beállítások voltak, amelyeket a CalmLine nem tud használni, ezért a hívás a szokásos beállításokkal indul.
notice-bad-link-details = Részletek az oktatódnak
notice-bad-link-item = „{ $name }”: ismeretlen érték („{ $value }”)
leave-call-title = Kilépsz a hívásból?
leave-call-body = A hívás szünetel, és megmarad: a hívások listájáról visszatérhetsz hozzá, és ott folytathatod, ahol abbahagytad.
leave-call-stay = Maradok a hívásban
leave-call-leave = Kilépek a hívásból
app-loading = A CalmLine betöltése…
app-description = Gyakorold a nehéz ügyfélhívásokat: válaszolj időnyomás alatt, figyeld az ügyfél hangulatát, és kapj készségenkénti kiértékelést.
app-load-failed = Nem sikerült betölteni a CalmLine-t. Ellenőrizd a kapcsolatot, és próbáld újra.
app-load-retry = Próbáld újra
settings-clear-heading = Közös számítógép
settings-clear-hint = Törli mindazt, amit a CalmLine ebben a böngészőben tárol: az eredményeket, a befejezetlen hívásokat, a kiértékeléseket, az önreflexiókat és a beállításokat. Használd, mielőtt otthagyod a tantermi gépet.
settings-clear = Adataim törlése
settings-clear-question = Törlöd mindazt, amit a CalmLine ebben a böngészőben tárol? Ezt nem lehet visszavonni.
settings-clear-cancel = Megtartom az adataimat
settings-clear-yes = Igen, törlöm
debrief-record-heading = A hívás adatai
debrief-record-name = Név
debrief-record-name-hint = Csak a nyomtatáshoz; a lap bezárásakor elvész.
debrief-record-date = Dátum
debrief-record-attempt = Próbálkozás
debrief-record-version = A hívás verziója
debrief-record-seed = A hívás változatszáma
debrief-record-mode = Mód
debrief-print = Kiértékelés nyomtatása
reflection-attempt = { $number }. próbálkozás
reflection-earlier =
    { $count ->
        [one] Korábbi önreflexiód
       *[other] Korábbi önreflexióid ({ $count })
    }
profile-focus = Ezen dolgozz
debrief-headline-passed = Teljesítve: 100-ból { $score } pont
debrief-headline-critical = Nem teljesítve: kritikus hiba
debrief-headline-ending = Nem teljesítve ({ $outcome })
debrief-headline-points = Nem teljesítve: a ponthatár alatt
debrief-why-capped-critical = A kritikus hiba a pontoktól függetlenül automatikusan sikertelenné teszi a hívást: a válaszaid { $quality } pontot értek, a hívás eredménye mégis { $overall } pont (a ponthatár: { $mark }).
debrief-why-capped-ending = Az ilyen befejezés a pontoktól függetlenül automatikusan sikertelenné teszi a hívást: a válaszaid { $quality } pontot értek, a hívás eredménye mégis { $overall } pont (a ponthatár: { $mark }).
path-step-failed = Nem teljesítve · legjobb eredmény: { $score }
path-step-failed-plain = Nem teljesítve
notice-data-cleared = Az adataidat töröltük ebből a böngészőből.
notice-update-ready = Elérhető a CalmLine új verziója. Töltsd újra az oldalt, hogy használhasd; a befejezetlen hívásod megmarad.
notice-update-reload = Újratöltés

# A hívás élménye: csörgés, hívásidő, az ügyfél beszél, a hívás vége, felolvasás
ring-title = Bejövő hívás: { $name }
ring-heading = Bejövő hívás
ring-pick-up = Felveszem
call-clock-label = Hívásidő:
call-speaking = { $name } beszél…
call-speaking-skip = Mutasd azonnal
hangup-customer = { $name } letette a telefont
hangup-ended = A hívás véget ért
hangup-to-debrief = Nézzük, hogyan ment
voice-offer = Bekapcsolod az ügyfél hangját? Így hallod is, amit mond.
voice-offer-yes = Igen, bekapcsolom
voice-offer-no = Most nem
mood-label-short = Hangulat:
hold-button = Várakoztatás
hold-menu-heading = Mit mondasz az ügyfélnek?
hold-cost = Amíg az ügyfél vár, a válaszidőd áll, így utánanézhetsz valaminek. A hangulata viszont romlik: kevésbé, ha elmondod, mit csinálsz és meddig tart, jobban egy puszta „tartsa a vonalat” után, és a legerősebben akkor, ha szó nélkül várakoztatod. Minden újabb vagy az ígértnél hosszabb várakoztatás még többe kerül.
hold-say-announced = „Most utánanézek a rendszerünkben, ez körülbelül { $minutes ->
        [one] egy percet
       *[other] { $minutes } percet
    } vesz igénybe. Megkérhetem, hogy addig tartsa a vonalat?”
hold-say-bare = „Kérem, tartsa a vonalat.”
hold-say-silent = (Szó nélkül várakoztatod az ügyfelet)
hold-cancel = Mégsem várakoztatom
hold-on = Várakoztatás: { $time }
hold-on-note = A válaszidőd áll, az ügyfél vár. Térj vissza az ígért időben.
hold-back-heading = Vissza az ügyfélhez
hold-back-thanks = „Köszönöm a türelmét.”
hold-back-plain = „Ismét itt vagyok.”
hold-announce-on = Az ügyfél várakozik. A válaszidőd megállt.
hold-announce-back = { $time } várakoztatás után újra az ügyféllel beszélsz.
hold-line = Várakoztatás: { $time }
# QA round 3 of issue 12, item 4 (hold): what is said around a hold, the customer's answer on
# the return, and the promised time on the on-hold panel.
hold-line-silent = (szó nélkül várakoztatod az ügyfelet)
hold-ack-announced = Igen, itt vagyok.
hold-ack-bare = Igen, még itt vagyok.
hold-ack-silent = Halló? Na végre.
hold-ack-late = Na végre. Elég sokáig tartott.
hold-promise = Eltelt: { $held } · ígért idő: { $promised }
hold-promise-moment = Eltelt: { $held } · nem mondtad meg, meddig tart, így az ügyfél legfeljebb egy pillanatra számít ({ $promised })
hold-promise-over = Az ígért idő ({ $promised }) lejárt, túllépés: { $over }
hold-promise-over-moment = Az egy pillanat ({ $promised }) letelt, túllépés: { $over }. Az ügyfél már várja, hogy visszatérj.
hold-announce-over = Az ügyfél már tovább vár, mint amire számított.
debrief-hold-customer = Ügyfél
debrief-holds-heading = Várakoztatások
debrief-hold-item = { $number }. várakoztatás ({ $move }. válaszod előtt): { $way } · { $time } · hangulat: { $before } → { $after }
debrief-hold-way-announced = bejelentve
debrief-hold-way-bare = csak „tartsa a vonalat”
debrief-hold-way-silent = szó nélkül
debrief-hold-lesson-well-done = Így kell: engedélyt kérsz, elmondod, mit nézel meg és meddig tart, időben visszatérsz, és megköszönöd a türelmet.
debrief-hold-lesson-bare = A puszta „tartsa a vonalat” nem mondja meg az ügyfélnek, miért és meddig kell várnia. Mondd el, mit csinálsz és mennyi ideig tart, és előbb kérdezz: „Most utánanézek a rendszerünkben, ez körülbelül egy percet vesz igénybe. Megkérhetem, hogy addig tartsa a vonalat?”
debrief-hold-lesson-silent = Az ügyfelet szó nélkül várakoztattad, így nem tudhatta, van-e még valaki a vonalban. Mondd el, mit csinálsz és meddig tart, és kérdezd meg, mielőtt várakoztatnád: „Most utánanézek a rendszerünkben, ez körülbelül egy percet vesz igénybe. Megkérhetem, hogy addig tartsa a vonalat?”
debrief-hold-lesson-overran = A várakozás tovább tartott, mint amire az ügyfél számíthatott ({ $promised }). Térj vissza az ígért időben, akkor is, ha csak azt mondod, hogy még egy percre van szükséged, és kérdezd meg, tud-e még várni az ügyfél.
debrief-hold-lesson-unthanked = Amikor visszatérsz, köszönd meg a türelmét: „Köszönöm a türelmét.” Ezzel jelzed, hogy értékeled az ügyfél idejét.
debrief-hold-lesson-again = Minden újabb várakoztatás jobban próbára teszi az ügyfél türelmét. Egyetlen várakoztatás alatt nézz utána mindennek, amire szükséged van.

# A hívás, amelyet te indítasz (megígért visszahívás): a csengetés képernyője, mielőtt az ügyfél felveszi.
ring-out-title = Kimenő hívás: { $name }
ring-out-heading = Kimenő hívás
ring-out-call = Hívás
ring-out-ringing = Kicseng…
