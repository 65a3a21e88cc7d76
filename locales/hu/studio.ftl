# A stúdió (`#/studio`, csak a szerzői változatban): a stúdióba fordítva, a lejátszó nem tölti le.
studio-heading = CalmLine Stúdió
studio-lead = Itt megírhatod és ellenőrizheted a saját hívásaidat. Kiindulhatsz a könyvtár egyik hívásából, vagy megnyithatsz egy forgatókönyvfájlt a gépedről: a térképen látod, merre haladhat a hívás, és a stúdió minden változtatást azonnal ellenőriz. Semmi nem kerül ki a böngésződből.
studio-open-editor = Hívás szerkesztése térképen a stúdióban
studio-open-library = Kiindulás a könyvtár egyik hívásából
studio-open-library-button = Megnyitás sablonként
studio-open-empty = Üres hívás kezdése: egy ügyfélmegszólalás, két válasz és három befejezés – a szövegüket te írod meg
studio-open-new = Új hívás kezdése a magyarázatokkal ellátott mintából (minden mező mellett ott a leírása)
studio-open-file = Forgatókönyvfájl (.toml) megnyitása a gépedről
studio-opening = A hívás megnyitása…
studio-fetch-failed = Nem sikerült betölteni ezt a hívást: „{ $file }”. Ellenőrizd a kapcsolatot, és próbáld újra.
studio-not-toml = A stúdió nem tudja forgatókönyvként beolvasni ezt a fájlt: „{ $file }”. A hiba helye: { $line }. sor, { $column }. oszlop. Nyisd meg egy szövegszerkesztőben, javítsd ki ott a hibát, majd nyisd meg újra.
studio-unreadable = Nem sikerült beolvasni ezt a fájlt: „{ $file }”. Lehet, hogy túl nagy, vagy már nem érhető el.
studio-editing = Szerkesztés: „{ $file }”
studio-editing-unnamed = Szerkesztés: új hívás, még nincs azonosítója (addig „{ $file }” néven menthető)
studio-toolbar = Szerkesztőeszközök
studio-undo = Visszavonás
studio-redo = Újra
studio-undo-keys = Billentyűparancs: Ctrl+Z (szövegmezőn kívül)
studio-redo-keys = Billentyűparancs: Ctrl+Shift+Z vagy Ctrl+Y (szövegmezőn kívül)
studio-download = Mentés a gépedre
studio-saved = Elmentve ezen a néven: „{ $file }”.
studio-saved-errors = A hívásban még { $count } hiba van: amíg ki nem javítod, nem lehet végigjátszani.
studio-close = Másik hívás megnyitása
studio-view = Nézet
studio-view-map = Térkép
studio-view-list = Lista
studio-zoom-in = Nagyítás
studio-zoom-out = Kicsinyítés
studio-map-fit = A teljes hívás megjelenítése
studio-problems =
    { $count ->
        [0] Nincs probléma
       *[other] { $count } probléma
    }
studio-problems-group = { $place } · { $problems }
studio-problems-none = Az ellenőrzés nem talált javítanivalót: a hívás végigjátszható.
studio-problems-go = Ugrás a mezőre
studio-empty-text-needed = írd meg a szöveget: a hívásnak szüksége van rá
studio-problems-in-file = Hely a fájlban
studio-map-label = A hívás térképe: az ügyfélmegszólalások és a befejezések, a köztük vezető utakkal összekötve
studio-list-label = A hívás ügyfélmegszólalásai és befejezései listaként
studio-node-turn = „{ $id }” ügyfélmegszólalás
studio-node-ending = „{ $id }” befejezés
studio-mark-start = itt kezdődik a hívás
studio-mark-unreachable = ide semmilyen út nem vezet
studio-mark-problem = problémás
studio-edge-reply = „{ $id }” válasz ({ $grade }) után „{ $target }” következik
studio-edge-silence = hallgatás után „{ $target }” következik
studio-edge-trigger = ha a(z) „{ $id }” kiváltó szabály feltétele teljesül, „{ $target }” következik
studio-edge-hang-up-when = bontás után ({ $n }. szabály, ha teljesül a feltétele) „{ $target }” következik
studio-edge-hang-up-otherwise = bontás után ({ $n }. szabály, minden más esetben) „{ $target }” következik
studio-edge-gives-up = ha az ügyfél maga teszi le a telefont, „{ $target }” következik
studio-edge-missing = „{ $target }” nem ügyfélmegszólalás, és nem is befejezés
studio-inspector-empty = Válassz ki egy ügyfélmegszólalást vagy befejezést a térképen vagy a listában, hogy szerkeszthesd.
studio-inspector-heading = { $node }: mezők
studio-keeps-layout = Ebben a fájlban az egyik tábla kulcsai közé egy másik tábla kulcsai ékelődnek. Az első módosításkor egy helyre kerülnek; egyetlen szöveg vagy megjegyzés sem vész el.
studio-group-node = Az ügyfélmegszólalás vagy befejezés saját mezői
studio-group-turn-itself = Az ügyfélmegszólalás saját mezői
studio-group-ending-itself = A befejezés saját mezői
studio-fold-reply = { $grade }: „{ $text }” → { $target }
studio-group-reply = { $n }. válasz
studio-group-line = Az ügyfél szövege, { $n }. változat
studio-group-silence = Ha a résztvevő hallgat
studio-group-hold = Várakoztatás
studio-field-id = Azonosító
studio-field-emotion = Az ügyfél hangneme
studio-field-time = Válaszidő (mp)
studio-field-grade = Értékelés
studio-field-goto = Ide vezet
studio-field-mood = Hangulatváltozás
studio-field-feedback = Visszajelzés
studio-field-reaction = Az ügyfél reakciója
studio-field-text = Szöveg
studio-field-outcome = Kimenetel
studio-field-debrief = Kiértékelés
studio-field-line = Az ügyfél szövege
studio-field-wording = { $n }. megfogalmazás
studio-edit-refused = A módosítás nem történt meg ({ $field }): ez a mező másfajta értéket vár.
studio-drafts = Piszkozataid ebben a böngészőben
studio-draft-continue = Folytatás: „{ $file }”
studio-draft-delete = Piszkozat törlése: „{ $file }”
studio-draft-deleted = Törölted ezt a piszkozatot: „{ $file }”.
studio-draft-kept = mentve ebben a böngészőben
studio-draft-not-kept = Az utolsó módosításodat nem sikerült menteni ebben a böngészőben (lehet, hogy megtelt a böngésző tárhelye, vagy privát ablakot használsz). Mentsd a hívást a gépedre, hogy semmi ne vesszen el.
studio-play = Kipróbálás résztvevőként
studio-play-why = Előbb hárítsd el a problémákat: hibás hívást nem lehet végigjátszani.
studio-back-to-editing = Vissza a szerkesztéshez
studio-verdicts = Minden lehetséges hívás eredménye
studio-verdicts-check = Minden lehetséges hívás eredményének ellenőrzése
studio-verdicts-checking = A hívás minden lehetséges útjának ellenőrzése…
studio-verdicts-stale = A hívás az ellenőrzés óta megváltozott: az utolsó módosításod után egy pillanattal újra ellenőrizzük.
studio-verdicts-errors = Előbb hárítsd el a hibákat: hibás hívásnak nincs eredménye.
studio-verdicts-passing = A teljesített hívások pontszáma: { $low }–{ $high }.
studio-verdicts-none-pass = Egyik hívás sem teljesíthető: nézd át a befejezéseket és a ponthatárt.
studio-verdicts-failing = A nem teljesített hívások pontszáma: { $low }–{ $high }.
studio-verdicts-none-fail = Minden hívás teljesítve lesz, még a leggyengébb válaszokkal is: az ilyen hívás semmit sem mér.
studio-verdicts-length = Válaszok száma egy hívásban (a hallgatásokat is beleszámítva): { $shortest }–{ $longest }.
studio-verdicts-paths = A hívás különböző útjainak száma: { $paths }.
studio-verdicts-endings = Teljesített hívással elérhető befejezések: { $passing } / { $endings }.
studio-verdicts-bounds = A hívás túl nagy ahhoz, hogy minden útját végig lehessen követni: a válaszok száma csak alsó és felső korlát, pontszámok pedig nincsenek.
studio-verdicts-bar-met = A hívás megfelel a könyvtár minőségi követelményeinek.
studio-verdicts-bar-not-met = A könyvtár minőségi követelményei közül { $count } még nem teljesül ennél a hívásnál (lent felsorolva). A saját képzéseidhez ez nem gond: tekintsd őket tanácsnak.
studio-verdicts-group-guessable = A legjobb válasz olvasás nélkül is kitalálható: { $count ->
        [one] egy követelmény nem teljesül
       *[other] { $count } követelmény nem teljesül
    }
studio-verdicts-group-variety = A megfogalmazások és az ügyfél reakciói: { $count ->
        [one] egy követelmény nem teljesül
       *[other] { $count } követelmény nem teljesül
    }
studio-verdicts-group-shape = A hívás hossza és felépítése: { $count ->
        [one] egy követelmény nem teljesül
       *[other] { $count } követelmény nem teljesül
    }
studio-reader-every = minden nyelvi változat, a lengyel mindkét megszólítással
studio-reader-every-lang = minden nyelvi változat
studio-reader-en = angol változat
studio-reader-hu = magyar változat
studio-reader-pl = lengyel változat
studio-reader-pl-pan = lengyel változat, a résztvevő megszólítása „Pan”
studio-reader-pl-pani = lengyel változat, a résztvevő megszólítása „Pani”
studio-add-turn = Új ügyfélmegszólalás
studio-add-ending = Új befejezés
studio-add-reply = Új válasz
studio-add-line = Új változat az ügyfél szövegéhez
studio-add-trigger = Új kiváltó szabály, amely máshová viszi a hívást
studio-add-hang-up = Új bontási szabály
studio-add-extra-which = Ami még nincs ebben a válaszban
studio-add-extra = Hozzáadás a válaszhoz
studio-add-wording = Új megfogalmazás
studio-remove-wording = Az utolsó megfogalmazás törlése
studio-remove-turn = Az ügyfélmegszólalás törlése
studio-remove-ending = A befejezés törlése
studio-remove-reply = { $n }. válasz törlése
studio-remove-line = { $n }. változat törlése
studio-field-missing = { $field } (még nincs megírva)
studio-shape-refused = Ezt a módosítást itt nem lehet elvégezni. A fájlban semmi sem változott.
shared-heading = Hívás az oktatódtól
shared-loading = A hívás letöltése és ellenőrzése…
shared-retry = Próbáld újra
shared-bad-address = Ez a hivatkozás nem megnyitható hívásra mutat: „{ $address }”. A címnek https://-sel kell kezdődnie. Kérd el újra a hivatkozást az oktatódtól.
shared-status = A szerver { $status } hibakóddal válaszolt, ezért nem sikerült letölteni a hívást innen: { $address }. Lehet, hogy a fájl máshová került; kérdezd meg az oktatódat.
shared-unreachable = A hívást nem sikerült letölteni innen: { $address }.
shared-unreachable-hint = Vagy nincs hálózati kapcsolat, vagy a szerver nem engedi, hogy más webhelyek olvassák a fájlt (az Access-Control-Allow-Origin fejlécet kell küldenie). Ha a hálózat rendben van, szólj az oktatódnak.
shared-invalid = Az innen betöltött hívás hibás, ezért nem játszható végig: { $address }. Szólj az oktatódnak; az alábbi sorok megmutatják, hol vannak a hibák:
studio-share = Megosztás hivatkozással
studio-share-hosting = Mentsd el a hívást, majd tedd fel a fájlt egy általad kezelt webhelyre, HTTPS-en elérhetően. A szervernek engednie kell, hogy más webhelyek olvassák a fájlt: az „Access-Control-Allow-Origin: *” fejlécet kell küldenie (a GitHub Pages minden fájlnál ezt teszi). Ha módosítod a hívást, töltsd fel az új fájlt ugyanarra a címre; a hivatkozás nem változik.
studio-share-address = A fájl címe a webhelyeden
studio-share-link = Hivatkozás a résztvevőknek
studio-share-try = A hivatkozás kipróbálása
studio-share-needs-https = A címnek https://-sel kell kezdődnie.
studio-package = Nincs webhelyed a fájlhoz? Töltsd le a kész lejátszót
studio-package-hint = Egyetlen zip-fájlban kapod meg a teljes CalmLine-lejátszót, benne csak ezzel a hívással. Csomagold ki, és a mappa teljes tartalmát változatlanul tedd fel bármely webhelyre, amelyet a résztvevők HTTPS-en elérnek: a céges intranetre, a GitHub Pagesre vagy a Netlifyra. Az első látogatás után hálózat nélkül is működik. A böngésző nem tudja közvetlenül a gépedről futtatni.
studio-package-download = A lejátszó letöltése ezzel a hívással (.zip)
studio-package-has-errors =
    { $count ->
        [one] A hívás 1 probléma miatt nem játszható végig. Előbb hárítsd el: a csomagba csak működő hívás kerülhet.
       *[other] A hívás { $count } probléma miatt nem játszható végig. Előbb hárítsd el őket: a csomagba csak működő hívás kerülhet.
    }
studio-package-working = A csomag készül: { $done }/{ $total } fájl…
studio-package-done = Elkészült a csomag: { $file } ({ $size } MB). A böngésző a letöltések közé mentette.
studio-package-no-answer = a webhely nem válaszol
studio-package-fetch-failed = A lejátszó „{ $file }” fájlját nem sikerült letölteni erről a webhelyről ({ $reason }), ezért a csomag nem készült el. Ellenőrizd a kapcsolatot, és próbáld újra.
studio-package-not-release = A stúdiónak ez a példánya fejlesztői szerveren fut, ahol nincs kész lejátszó, amelyet be lehetne csomagolni. Csomagot egy közzétett CalmLine-webhelyen készíthetsz.
studio-package-unexpected = Ezen a webhelyen a lejátszó nem olyan, amilyenre a stúdió számít ({ $what }), ezért a csomag nem készült el.
studio-package-readme =
    CalmLine: { $title }

    Ez a mappa a CalmLine oktatási lejátszója egyetlen hívással: „{ $title }” (fájl: scenarios/{ $file }).

    Így teheted elérhetővé a résztvevőknek:
    1. Csomagold ki a zip-fájlt.
    2. Ennek a mappának a teljes tartalmát változatlanul tedd fel egy olyan webhelyre, amelyet a résztvevők HTTPS-en elérnek, például a céges intranetre, a GitHub Pagesre vagy a Netlifyra. Bármilyen szerver megfelel, amely egyszerűen kiszolgálja a fájlokat; a szerveren semmi sem fut.
    3. Küldd el a résztvevőknek az index.html címét. Ha olyan hivatkozást szeretnél, amely rögtön ezt a hívást nyitja meg, írd a cím végére: #/play/{ $id }. A nyelvet a ?lang=pl, ?lang=hu vagy ?lang=en hozzáírásával választhatod ki, például: #/play/{ $id }?lang=hu.

    Ha a számítógépeden duplán kattintasz az index.html fájlra, nem indul el: a böngészők nem futtatják a lejátszót a lemezen lévő fájlokból.

    Az első látogatás után a hívás hálózat nélkül is működik. A lejátszó semmit sem küld el sehová: az eredmények minden résztvevő saját böngészőjében maradnak.

    A hívás módosításához nyisd meg a scenarios/{ $file } fájlt a CalmLine Stúdióban, tölts le egy új csomagot, és tedd a mostani helyére.
studio-play-from = Kipróbálás innentől
studio-play-unreached = Semmilyen út nem vezet ide: „{ $id }”, ezért innen nem lehet kipróbálni a hívást. Nézd meg, mely válaszok vezetnek ide.
studio-plan = Tesztterv
studio-plan-why = A tesztterv (a hívás mellett lévő „név.plan.toml” fájl) olyan hívásmeneteket sorol fel, amelyeknek a tervezett módon kell végződniük. Nyisd meg itt: ha átnevezel egy ügyfélmegszólalást vagy befejezést, a stúdió a tervben is átnevezi, a terv hívásmeneteit pedig lefuttathatod a módosított híváson.
studio-plan-pick = A tesztterv megnyitása
studio-plan-open = Tesztterv: „{ $file }” (a hívással együtt frissül).
studio-plan-play = A terv hívásmeneteinek lefuttatása
studio-plan-save = A tesztterv mentése
studio-plan-save-changed = A tesztterv mentése (módosítva)
studio-plan-passed = A terv összes hívásmenete ({ $cases }) a tervezett módon végződik.
studio-plan-failed = A terv { $cases } hívásmenetéből { $failures } nem a tervezett módon végződik:
studio-plan-call-invalid = Előbb hárítsd el a hívás problémáit: hibás híváson nem lehet lefuttatni a terv hívásmeneteit.
studio-not-utf8 = Ez a fájl nem UTF-8 kódolású: „{ $file }” (az első nem UTF-8 karakter helye: { $line }. sor, { $column }. oszlop). Nyisd meg egy szövegszerkesztőben, mentsd el „UTF-8” kódolással, majd nyisd meg itt újra.
studio-view-translate = Fordítás
studio-translate-heading = Minden szöveg három nyelven
studio-translate-incomplete =
    { $count ->
        [0] Minden szöveg megvan mindhárom nyelven.
       *[other] A táblázat tetején { $count } olyan szöveg áll, amely még nincs meg mindhárom nyelven.
    }
studio-translate-caption = A hívás szövegei, minden szöveg vagy megfogalmazás külön sorban, lengyelül, magyarul és angolul egymás mellett. Legfelül azok a szövegek állnak, amelyek még nincsenek meg mindhárom nyelven.
studio-translate-where = Hol található
studio-translate-part-title = Cím
studio-translate-part-summary = Leírás
studio-translate-part-self-care = Vigyázz magadra (tanács a kiértékelésben)
studio-translate-part-customer = Ügyfél
studio-translate-part-name = Név
studio-translate-xliff = Fordítási fájlok (XLIFF)
studio-translate-xliff-lead = Küldd el a szövegeket egy fordítónak vagy fordítóirodának XLIFF-fájlként, amelyet minden fordítóprogram meg tud nyitni, majd olvasd be ide a lefordított fájlt. A szövegeken kívül semmi sem változik a hívásban.
studio-translate-source = Forrásnyelv
studio-translate-target = Célnyelv
studio-translate-export = Exportálás a fordítónak
studio-translate-same = Válassz két különböző nyelvet.
studio-translate-import = Fordítás beolvasása (.xlf-fájl)
studio-translate-read =
    Beolvasva: „{ $file }” ({ $lang }), { $count } szöveg, { $changed ->
        [0] egyik sem változott.
       *[other] ebből { $changed } változott.
    } A „Visszavonás” gomb egy lépésben visszavonja az egész beolvasást.
studio-translate-skipped = { $count } szöveg kimaradt, mert még nem volt fordítása.
studio-translate-unknown = A fájlból { $count } szöveg nem szerepel ebben a hívásban (talán az exportálás óta törölték), ezért kimaradt:
studio-translate-other-call = A(z) „{ $file }” fájlt nem a most szerkesztett hívásból („{ $call }”) exportálták, hanem ebből: „{ $original }”. Mégis alkalmazod? Csak azok a szövegek változnak meg, amelyek ebben a hívásban is megvannak.
studio-translate-apply-anyway = Mégis alkalmazom
studio-translate-dont-apply = Nem alkalmazom
studio-translate-failed = Nem sikerült beolvasni ezt a fájlt: „{ $file }”, ezért semmi sem változott. A hiba oka: { $why } ({ $line }. sor, { $column }. oszlop).
studio-translate-error-not-xml = a fájl nem szabályos XML
studio-translate-error-not-xliff = ez nem XLIFF-fájl (a fő eleme <{ $found }>)
studio-translate-error-version = a fájl XLIFF-verziója { $found }, de a stúdió csak az XLIFF 2-t olvassa be (a fordítóprogramból XLIFF 2.0 formátumban exportáld)
studio-translate-error-namespace = az <xliff> elem nem az XLIFF 2 névterébe tartozik
studio-translate-error-no-language = a fájl nem adja meg, milyen nyelvűek a fordítások (trgLang)
studio-translate-error-other-language = a fordítások nyelve „{ $found }”, de a stúdió csak lengyel, magyar és angol szöveget olvas be
studio-translate-error-unit = a(z) „{ $id }” egység nem adja meg, a hívás melyik szövegét tölti ki (hiányzik a neve, vagy megváltoztatták)
studio-translate-error-code-point = a <cp hex="{ $hex }"/> nem érvényes karakter
studio-about = A hívásról
studio-group-customer = Az ügyfél
studio-group-trigger = { $n }. szabály: ha a feltétele teljesül, a hívás máshol folytatódik
studio-group-hang-up = Bontás: { $n }. szabály
studio-group-twist = { $n }. fordulat
studio-remove-hang-up = { $n }. bontási szabály törlése
studio-remove-rule = { $n }. szabály törlése
studio-remove-twist = { $n }. fordulat törlése
studio-choice-unknown = „{ $value }” (ismeretlen érték: válassz a listából)
studio-field-title = Cím
studio-field-summary = Leírás
studio-field-self_care = Vigyázz magadra (a kiértékelésben)
studio-field-name = Név
studio-field-patience = Türelem (hányszor járhat le a válaszidő)
studio-field-pass_mark = Ponthatár
studio-field-minutes = Időtartam (percben, hozzávetőleg)
studio-field-start = Az első ügyfélmegszólalás
studio-field-difficulty = Nehézség
studio-field-format = A fájlformátum verziója
studio-field-version = A hívás verziója
studio-field-direction = Ki telefonál
studio-field-face = Arc
studio-field-age = Életkor
studio-field-presentation = Vonások
studio-field-skin = Bőrszín
studio-field-hair = Frizura
studio-field-hair_colour = Hajszín
studio-field-glasses = Szemüveg
studio-field-beard = Szakáll, bajusz
studio-field-ending = Befejezés
studio-field-mood_below = Hangulat alacsonyabb, mint
studio-field-mood_at_least = Hangulat legalább
studio-field-said = Elhangzottak ezek a válaszok
studio-field-not_said = Nem hangzottak el ezek a válaszok
studio-field-var_at_least = Változó legalább
studio-field-var_below = Változó kisebb, mint
studio-field-twist = A fordulattal
studio-field-not_twist = A fordulat nélkül
studio-field-call-skills = Értékelt készségek
studio-field-start-mood = Hangulat a hívás elején
studio-field-hold-minutes = Ígért várakozási idő (percben)
studio-group-call = A hívás általános adatai
studio-add-skill-which = Pontok egy másik készséghez
studio-add-skill = Készségpontok hozzáadása
studio-add-condition-which = További feltétel (Csak akkor, ha)
studio-add-condition = Feltétel hozzáadása
studio-add-call-skill-which = További értékelt készség
studio-add-call-skill = Készség hozzáadása
studio-add-technique-which = További gyakorolt technika
studio-add-technique = Technika hozzáadása
studio-direction-inbound = Az ügyfél hívja a résztvevőt – bejövő hívás
studio-direction-outbound = A résztvevő hívja az ügyfelet – kimenő hívás
studio-remove-skill = Pontok törlése: „{ $skill }”
studio-reply-no-skills = Ez a válasz még egyetlen készségre sem ad pontot, így a kiértékelés nem tudja megítélni: adj plusz- vagy mínuszpontot azokra a készségekre, amelyeket gyakoroltat.
studio-field-skills = Készségpontok
studio-field-critical = Kritikus hiba
studio-field-add = Hozzáadás változóhoz
studio-field-set = Változó beállítása
studio-field-when = Csak akkor, ha
studio-field-chance = Valószínűség (%)
studio-field-gives_up = Befejezés, ha az ügyfél feladja
studio-field-customer_type = Ügyféltípus
studio-field-techniques = Gyakorolt technikák
studio-field-announced = Hangulatváltozás: bejelentett várakoztatás
studio-field-bare = Hangulatváltozás: csak „tartsa a vonalat”
studio-field-silent = Hangulatváltozás: szó nélküli várakoztatás
studio-field-unthanked = További hangulatváltozás: visszatérés köszönet nélkül
studio-field-again = További hangulatváltozás: minden újabb várakoztatás
studio-field-overrun = További hangulatváltozás: minden fél perc az ígért időn túl
studio-hint-mood = Mennyit változik az ügyfél hangulata: 0 alatt dühösebb lesz, 0 felett nyugodtabb (a hangulat 0 és 100 között van: 0 a dühös, 100 az elégedett ügyfél). A legtöbb válasz 5–20 ponttal változtat rajta.
studio-hint-skills = Ennyivel nő (0 alatt: csökken) ennek a készségnek a pontszáma a kiértékelésben; egy válaszért általában −3 és +3 között (legfeljebb ±10).
studio-hint-time = Hány másodperce van a résztvevőnek a válaszra „Normál” válaszidő mellett; a többi beállítás ezt meghosszabbítja vagy lerövidíti.
studio-hint-grade = Hogyan értékelné ezt a választ egy minőségügyi vezető: legjobb, elfogadható, gyenge vagy ártalmas.
studio-hint-critical = Ha bejelölöd, az a hívás, amelyben ez a válasz elhangzik, a pontszámtól függetlenül nem lehet sikeres. Csak gyenge válaszoknál használd; az ártalmas válasz mindig kritikus hiba.
studio-hint-goto = Az ügyfélmegszólalás vagy befejezés, amely e válasz után következik.
studio-hint-feedback = Mit mond a kiértékelés erről a válaszról: miért működik, vagy mi működött volna jobban. A felülethez hasonlóan tegező formában szól a résztvevőhöz (lengyelül is: „ty”).
studio-hint-hang-up-grade = Hogyan értékelné egy minőségügyi vezető, ha a résztvevő ebben a helyzetben bontaná a hívást: legjobb, elfogadható, gyenge vagy ártalmas.
studio-hint-hang-up-critical = Ha bejelölöd, az így befejezett hívás a pontszámtól függetlenül nem lehet sikeres. Csak gyengére értékelt bontásnál használd; az ártalmasnak értékelt bontás mindig kritikus hiba.
studio-hint-hang-up-feedback = Mit mond a kiértékelés arról, hogy a résztvevő itt bontotta a hívást: miért volt helyes, vagy mi működött volna jobban. A felülethez hasonlóan tegező formában szól a résztvevőhöz (lengyelül is: „ty”).
studio-hint-silence-feedback = Mit mond a kiértékelés, ha itt lejár a résztvevő válaszideje: miért árt ezen a ponton a hallgatás, vagy mi működött volna jobban. A felülethez hasonlóan tegező formában szól a résztvevőhöz (lengyelül is: „ty”).
studio-hint-reaction = Mit mond az ügyfél közvetlenül e válasz után, a következő megszólalása előtt (nem kötelező).
studio-hint-add = A hívás egy számon tartott változójához hozzáadott szám (például warnings = 1); a szabályok a „Csak akkor, ha” mezőben vizsgálják a változó értékét.
studio-hint-set = A változó ezt az értéket kapja (például warnings = 0); a szabályok a „Csak akkor, ha” mezőben vizsgálják az értékét.
studio-hint-patience = Hányszor járhat le a válaszidő (0–5), mielőtt az ügyfél feladja.
studio-hint-pass_mark = Az összpontszám (0–100), amely a hívás sikeréhez kell.
studio-hint-chance = A hívások hány százalékában történik meg ez a fordulat (1–99%); minden hívásnál a véletlen dönt.
studio-hint-silent = Mennyit romlik a hangulat, ha a résztvevő szó nélkül várakoztatja az ügyfelet (−30 és 0 között; ha nincs megadva, −12).
studio-hint-announced = Mennyit romlik a hangulat, ha a résztvevő engedélyt kér a várakoztatásra, és elmondja az okát (−30 és 0 között; ha nincs megadva, −2).
studio-hint-bare = Mennyit romlik a hangulat egy puszta „tartsa a vonalat” után (−30 és 0 között; ha nincs megadva, −6).
studio-hint-presentation = Az arc, amelyet a résztvevő a hívás közben lát: a vonásokat, az életkort, a bőrszínt, a frizurát, a hajszínt, a szemüveget, a szakállt és a bajuszt úgy válaszd meg, hogy illjenek az ügyfél nevéhez.
studio-setup-heading = Kipróbálás ettől az ügyfélmegszólalástól: „{ $id }”
studio-setup-lead = A stúdió lejátssza a hívást eddig az ügyfélmegszólalásig egy olyan úton, amelyen egy résztvevő ide eljuthat: az ide vezető legjobb válaszokon át vagy a leggyengébbeken át, amelyek után a hívás még folytatódik. Válaszd ki az utat, vagy változtasd meg bármelyik lépését. Ha más helyzetben is ki szeretnéd próbálni ezt az ügyfélmegszólalást, módosítsd az ügyfél hangulatát vagy a hívás változóit. Ezután indítsd el a kipróbálást.
studio-setup-lead-one = A stúdió lejátssza a hívást eddig az ügyfélmegszólalásig egy olyan úton, amelyen egy résztvevő ide eljuthat; ebben az esetben a legjobb és a leggyengébb válaszok is ugyanazon az úton vezetnek ide. Az út bármelyik lépését megváltoztathatod. Ha más helyzetben is ki szeretnéd próbálni ezt az ügyfélmegszólalást, módosítsd az ügyfél hangulatát vagy a hívás változóit. Ezután indítsd el a kipróbálást.
studio-setup-way = Az idevezető út
studio-setup-route = Melyik út vezessen ide
studio-setup-route-best = A legjobb válaszokon át
studio-setup-route-weakest = A leggyengébb válaszokon át (rosszul kezelt ügyfél)
studio-setup-move-label = { $n }. lépés ennél az ügyfélmegszólalásnál: „{ $turn }”
studio-setup-choice = { $reply } ({ $grade })
studio-setup-choice-words = { $reply } ({ $grade }): „{ $words }”
studio-setup-own-way = Saját út: az általad választott lépések, onnan pedig eddig az ügyfélmegszólalásig a { $prefer ->
        [best] legjobb
       *[weakest] leggyengébb
    } válaszokon át. Ha egy lépést megváltoztatsz, a stúdió az utána következő lépéseket újra kiválasztja.
studio-setup-choice-dead =
    { $kind ->
        [ending] { $choice } – a hívás véget ér (befejezés: „{ $next }”), mielőtt ide eljutna
       *[turn] { $choice } – a hívás máshol folytatódik (ügyfélmegszólalás: „{ $next }”), és onnan már nem jut el ide
    }
studio-setup-silence = hallgatás (lejárt a válaszidő)
studio-setup-mood = Az ügyfél hangulata ennél az ügyfélmegszólalásnál
studio-setup-mood-hint = 0-tól (dühös) 100-ig (elégedett). Az előre beírt érték az a hangulat, amely az idevezető út végén kialakult. Beállíthatod például közvetlenül egy kiváltó szabály küszöbértéke fölé.
studio-setup-vars = A hívás változói ennél az ügyfélmegszólalásnál
studio-setup-wrong-mood = Egész szám 0-tól 100-ig.
studio-setup-wrong-var = Egész szám, például 2.
studio-setup-start = Kipróbálás indítása
studio-remove-field = „{ $field }” törlése
studio-face-presentation-feminine = Nőies
studio-face-presentation-masculine = Férfias
studio-face-presentation-neutral = Köztes
studio-face-skin-fair = Nagyon világos
studio-face-skin-light = Világos
studio-face-skin-medium = Közepes
studio-face-skin-olive = Olajbarna
studio-face-skin-brown = Barna
studio-face-skin-deep = Sötétbarna
studio-face-hair-bald = Kopasz
studio-face-hair-receding = Hátrahúzódó hajvonal
studio-face-hair-short = Rövid
studio-face-hair-side-part = Rövid, oldalválasztékos
studio-face-hair-curly = Rövid, göndör
studio-face-hair-bob = Bubifrizura frufruval
studio-face-hair-long = Hosszú
studio-face-hair-bun = Konty
studio-face-hair-ponytail = Lófarok
studio-face-hair_colour-black = Fekete
studio-face-hair_colour-dark-brown = Sötétbarna
studio-face-hair_colour-brown = Barna
studio-face-hair_colour-auburn = Gesztenyevörös
studio-face-hair_colour-red = Vörös
studio-face-hair_colour-blonde = Szőke
studio-face-hair_colour-greying = Őszülő
studio-face-hair_colour-grey = Ősz
studio-face-hair_colour-white = Fehér
studio-face-glasses-none = Nincs szemüveg
studio-face-glasses-round = Kerek keret
studio-face-glasses-rectangular = Szögletes keret
studio-face-glasses-reading = Félhold alakú olvasószemüveg
studio-face-beard-none = Se szakáll, se bajusz
studio-face-beard-stubble = Borosta
studio-face-beard-moustache = Bajusz
studio-face-beard-goatee = Kecskeszakáll bajusszal
studio-face-beard-full = Teljes szakáll
studio-map-leads = innen tovább: { $targets }
studio-map-target = „{ $id }”
