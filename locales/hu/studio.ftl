# A stúdió (`#/studio`, csak a szerzői változatban): a stúdióba fordítva, a lejátszó nem tölti le.
studio-heading = CalmLine Stúdió
studio-lead = Itt megírhatod és ellenőrizheted a saját hívásaidat. Kiindulhatsz a könyvtár egyik hívásából, vagy megnyithatsz egy forgatókönyvfájlt a gépedről: a térképen látod, merre haladhat a hívás, és a stúdió minden változtatást azonnal ellenőriz. Semmi nem kerül ki a böngésződből.
studio-open-editor = Hívás szerkesztése térképen a stúdióban
studio-open-library = Kiindulás a könyvtár egyik hívásából
studio-open-library-button = Megnyitás sablonként
studio-open-new = Új hívás kezdése a magyarázatokkal ellátott mintából (minden mező mellett ott a leírása)
studio-open-file = Forgatókönyvfájl (.toml) megnyitása a gépedről
studio-opening = A hívás megnyitása…
studio-fetch-failed = Nem sikerült betölteni ezt a hívást: „{ $file }”. Ellenőrizd a kapcsolatot, és próbáld újra.
studio-not-toml = A stúdió nem tudja forgatókönyvként beolvasni ezt a fájlt: „{ $file }”. A hiba helye: { $line }. sor, { $column }. oszlop. Nyisd meg egy szövegszerkesztőben, javítsd ki ott a hibát, majd nyisd meg újra.
studio-unreadable = Nem sikerült beolvasni ezt a fájlt: „{ $file }”. Lehet, hogy túl nagy, vagy már nem érhető el.
studio-editing = Szerkesztés: „{ $file }”
studio-toolbar = Szerkesztőeszközök
studio-undo = Visszavonás
studio-redo = Újra
studio-download = Mentés a gépedre
studio-close = Másik hívás megnyitása
studio-view = Nézet
studio-view-map = Térkép
studio-view-list = Lista
studio-zoom-in = Nagyítás
studio-zoom-out = Kicsinyítés
studio-problems =
    { $count ->
        [0] Nincs probléma
       *[other] { $count } probléma
    }
studio-problems-none = Az ellenőrzés nem talált javítanivalót: a hívás végigjátszható.
studio-problems-go = Ugrás a mezőre
studio-map-label = A hívás térképe: az ügyfélmegszólalások és a befejezések, a köztük vezető utakkal összekötve
studio-list-label = A hívás ügyfélmegszólalásai és befejezései listaként
studio-node-turn = „{ $id }” ügyfélmegszólalás
studio-node-ending = „{ $id }” befejezés
studio-mark-start = itt kezdődik a hívás
studio-mark-unreachable = ide semmilyen út nem vezet
studio-mark-problem = problémás
studio-edge-reply = „{ $id }” válasz ({ $grade }) után „{ $target }” következik
studio-edge-silence = hallgatás után „{ $target }” következik
studio-edge-trigger = „{ $id }” kiváltó szabály esetén „{ $target }” következik
studio-edge-hang-up = a hívás bontása után „{ $target }” következik
studio-edge-missing = „{ $target }” nem ügyfélmegszólalás, és nem is befejezés
studio-inspector-empty = Válassz ki egy ügyfélmegszólalást vagy befejezést a térképen vagy a listában, hogy szerkeszthesd.
studio-inspector-heading = { $node }: mezők
studio-keeps-layout = Ebben a fájlban az egyik tábla kulcsai közé egy másik tábla kulcsai ékelődnek. Az első módosításkor egy helyre kerülnek; egyetlen szöveg vagy megjegyzés sem vész el.
studio-group-node = Az ügyfélmegszólalás vagy befejezés saját mezői
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
studio-edit-refused = A módosítás nem történt meg, mert ez a mező másfajta értéket vár: { $field }
studio-drafts = Piszkozataid ebben a böngészőben
studio-draft-continue = Folytatás: „{ $file }”
studio-draft-delete = Piszkozat törlése: „{ $file }”
studio-draft-kept = mentve ebben a böngészőben
studio-draft-not-kept = Az utolsó módosításodat nem sikerült menteni ebben a böngészőben (lehet, hogy megtelt a böngésző tárhelye, vagy privát ablakot használsz). Mentsd a hívást a gépedre, hogy semmi ne vesszen el.
studio-play = Kipróbálás résztvevőként
studio-play-why = Előbb hárítsd el a problémákat: hibás hívást nem lehet végigjátszani.
studio-back-to-editing = Vissza a szerkesztéshez
studio-verdicts = Minden lehetséges hívás eredménye
studio-verdicts-check = Minden lehetséges hívás eredményének ellenőrzése
studio-verdicts-checking = A hívás minden lehetséges útjának ellenőrzése…
studio-verdicts-stale = A hívás az ellenőrzés óta megváltozott: ellenőrizd újra.
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
studio-verdicts-bar-not-met = A könyvtár minőségi követelményei közül ennyi nem teljesül még: { $count }. Saját képzéshez ez nem gond; a listájukat a `cargo xtask validate --library` parancs mutatja meg.
studio-add-turn = Új ügyfélmegszólalás
studio-add-ending = Új befejezés
studio-add-reply = Új válasz
studio-add-line = Új változat az ügyfél szövegéhez
studio-add-wording = Új megfogalmazás
studio-remove-wording = Az utolsó megfogalmazás törlése
studio-remove-turn = Az ügyfélmegszólalás törlése
studio-remove-ending = A befejezés törlése
studio-remove-reply = { $n }. válasz törlése
studio-remove-line = { $n }. változat törlése
studio-field-missing = { $field } (még nincs megírva)
studio-shape-refused = Ezt a módosítást itt nem lehet elvégezni. A fájlban semmi sem változott.
studio-view-translate = Fordítás
studio-translate-heading = Minden szöveg három nyelven
studio-translate-incomplete =
    { $count ->
        [0] Minden szöveg megvan mindhárom nyelven.
       *[other] { $count } szövegből még hiányzik valamelyik nyelv: ezek a táblázat tetején vannak.
    }
studio-translate-caption = A hívás szövegei, minden szöveg vagy megfogalmazás külön sorban, lengyelül, magyarul és angolul egymás mellett. Elöl azok a szövegek állnak, amelyekből hiányzik valamelyik nyelv.
studio-translate-where = Hol található
studio-translate-part-title = Cím
studio-translate-part-summary = Leírás
studio-translate-part-self-care = Vigyázz magadra (tanács a kiértékelésben)
studio-translate-part-customer = Ügyfél
studio-translate-part-name = Név
studio-translate-xliff = Fordítási fájlok (XLIFF)
studio-translate-xliff-lead = Küldd el a szövegeket egy fordítónak vagy fordítóirodának XLIFF-fájlként, amelyet minden fordítóprogram megnyit, majd olvasd be ide a lefordított fájlt. A szövegeken kívül semmi sem változik a hívásban.
studio-translate-source = Forrásnyelv
studio-translate-target = Célnyelv
studio-translate-export = Exportálás a fordítónak
studio-translate-same = Válassz két különböző nyelvet.
studio-translate-import = Fordítás beolvasása (.xlf fájl)
studio-translate-read =
    Beolvasva: „{ $file }” ({ $lang }), { $count } szöveg, { $changed ->
        [0] egyik sem változott.
       *[other] ebből { $changed } változott.
    } A Visszavonás egy lépésben visszavonja az egész beolvasást.
studio-translate-skipped = { $count } szövegnek még nem volt fordítása, ezek kimaradtak.
studio-translate-unknown = { $count } szöveg a fájlban nem szerepel ebben a hívásban (talán az exportálás óta törölték), ezek kimaradtak:
studio-translate-other-call = A(z) „{ $file }” fájlt a(z) „{ $original }” hívásból exportálták, nem a most szerkesztett „{ $call }” hívásból. Mégis alkalmazod? Csak azok a szövegek változnak, amelyek ebben a hívásban is megvannak.
studio-translate-apply-anyway = Mégis alkalmazom
studio-translate-dont-apply = Mégsem
studio-translate-failed = Nem sikerült beolvasni ezt a fájlt: „{ $file }”, ezért semmi sem változott. Az ok: { $why } ({ $line }. sor, { $column }. oszlop).
studio-translate-error-not-xml = a fájl nem szabályos XML
studio-translate-error-not-xliff = ez nem XLIFF-fájl (a fő eleme <{ $found }>)
studio-translate-error-version = ez { $found } verziójú XLIFF, a stúdió csak az XLIFF 2-t olvassa be (a fordítóprogramból XLIFF 2.0 formátumban exportáld)
studio-translate-error-namespace = az <xliff> eleme nem az XLIFF 2 névterében van
studio-translate-error-no-language = a fájl nem adja meg, milyen nyelvűek a fordítások (trgLang)
studio-translate-error-other-language = a fordítások nyelve „{ $found }”, a stúdió pedig lengyel, magyar és angol szöveget olvas be
studio-translate-error-unit = a(z) „{ $id }” egység nem adja meg, a hívás melyik szövegét tölti ki (a neve hiányzik, vagy megváltozott)
studio-translate-error-code-point = a <cp hex="{ $hex }"/> nem karakter
