# Az ellenőrző üzenetei a forgatókönyvek szerzőinek (az oktató `#/own` oldala, a szerkesztő).
# Ugyanazok az azonosítók és változók, mint a locales/en/author.ftl fájlban (teszt ellenőrzi).
# A mezőnevek, az azonosítók és a TOML-részletek fordítás nélkül maradnak.

## Az üzenet címkéi

diag-severity-error = hiba
diag-severity-warning = figyelmeztetés
diag-hint = tipp

## A fájl egésze

diag-file-too-big = a fájl túl nagy: { $bytes } bájt, a korlát { $limit } bájt
diag-file-too-big-hint = bontsd a tartalmat több forgatókönyvre
diag-not-utf8 = a fájl nem UTF-8 kódolású szöveg
diag-not-utf8-hint = mentsd a fájlt UTF-8 kódolással (a forgatókönyvfájl egyszerű szöveg)
diag-toml-syntax = TOML-szintaxis: { $detail }
diag-toml-syntax-hint = a forgatókönyvfájl felépítését a docs/scenario-format.md írja le
diag-empty-file = a fájl üres
diag-empty-file-hint = indulj ki a docs/scenario-format.md példájából

## Rossz típusú értékek

diag-wrong-type = { $what }: { $expected } kell, nem { $actual }
diag-kind-string = szöveg
diag-kind-integer = egész szám
diag-kind-whole-number = tizedesjegy nélküli szám
diag-kind-float = tizedes szám
diag-kind-bool = true vagy false
diag-kind-date = dátum
diag-kind-list = lista
diag-kind-table = tábla
diag-unknown-field = { $what }: ismeretlen mező: `{ $name }`
diag-did-you-mean = erre gondoltál: `{ $name }`?
diag-may-contain = { $what }: a megengedett mezők: { $fields }
diag-missing-field = { $what }: hiányzik ez a mező: `{ $key }`
diag-missing-field-hint = írd be: `{ $key } = { $example }`
diag-out-of-range = { $what }: a megadott érték ({ $value }) kívül esik a megengedett tartományon
diag-out-of-range-hint = adj meg egy egész számot { $min } és { $max } között
diag-invalid-id = { $what }: `{ $id }` nem érvényes azonosító
diag-invalid-id-hint = 1–48 karaktert használj: kisbetűt, számjegyet és kötőjelet, például `late-delivery`; kötőjel nem állhat az elején, a végén és egy másik kötőjel mellett
diag-empty-id = { $what } üres
diag-empty-id-hint = írj be egy ékezet nélküli kisbetűkből, számjegyekből és kötőjelekből álló azonosítót, például `elveszett-csomag`; két kötőjel nem állhat egymás mellett
diag-unknown-value = { $what }: ismeretlen érték: `{ $value }`
diag-use-one-of = ezek közül válassz: { $options }

## Háromnyelvű szövegek

diag-lang-pl = lengyel
diag-lang-hu = magyar
diag-lang-en = angol
diag-missing-language = { $what }: nincs { $language } szöveg
diag-missing-language-hint = írd be: `{ $code } = "…"`; minden szövegnek meg kell lennie lengyelül, magyarul és angolul is
    .studio = töltsd ki a hiányzó mezőt: minden szövegnek meg kell lennie lengyelül, magyarul és angolul is
diag-empty-wordings = { $what }: { $language } nyelven nincs egyetlen megfogalmazás sem
diag-empty-wordings-hint = adj meg legalább egy megfogalmazást
diag-empty-text = { $what }: { $language } nyelven üres
diag-empty-text-hint = írd meg a szöveget, vagy töröld az egész bejegyzést, ha nincs rá szükség
    .studio = írd meg a szöveget; ha a szöveg elhagyható, mellette találsz egy „… törlése” gombot
diag-wording-counts = { $what }: nyelvenként eltér a megfogalmazások száma ({ $counts })
diag-wording-counts-hint = az azonos sorszámú lengyel, magyar és angol megfogalmazás ugyanannak a mondatnak a változata: minden nyelven ugyanannyit adj meg
diag-pair-syntax = { $what } (pl): { $problem }
    .studio = { $what } (lengyel változat): { $problem }
diag-pair-syntax-hint = a lengyel szövegben a Pan és a Pani megszólítású résztvevőnek szóló alakokat így írod: `{"{"}masculine|feminine{"}"}`, például `Sprawdził{"{"}|a{"}"} {"{"}Pan|Pani{"}"}?`
diag-pair-close-alone = `{"}"}` a hozzá tartozó `{"{"}` nélkül
diag-pair-open-alone = `{"{"}` a hozzá tartozó `{"}"}` nélkül
diag-pair-not-a-pair = `{ $text }` nem pár: írd így: `{"{"}masculine|feminine{"}"}`, egyetlen `|` jellel, egymásba ágyazás nélkül
diag-pair-same-twice = `{ $text }`: a két alak ugyanaz; párt csak ott írj, ahol az alakok eltérnek
diag-braces = { $what } ({ $code }): kapcsos zárójel van a szövegben
diag-braces-hint = `{"{"}masculine|feminine{"}"}` pár csak lengyel szövegben van; ezt a szöveget kapcsos zárójel nélkül írd
diag-unpaired = { $whose }, { $place } (pl): `{ $word }` csak egy alakban szerepel
    .studio = { $whose }, { $place } (lengyel változat): `{ $word }` csak egy alakban szerepel
diag-unpaired-hint = a résztvevő maga választja, hogy Pan vagy Pani legyen a megszólítása: írd be mindkét alakot, `{"{"}masculine|feminine{"}"}`, például `{"{"}Pan|Pani{"}"}`, `sprawdził{"{"}em|am{"}"}` vagy `zrobił{"{"}eś|aś{"}"}`

## Azonosítók és hivatkozások

diag-duplicate-id = kétszer szerepel ez az azonosító: `{ $id }`
diag-duplicate-id-hint = az ügyfélmegszólalásoknak és a befejezéseknek közös azonosítókészletük van; az első `{ $id }` helye: { $line }. sor
diag-reserved-reply-id = `{ $id }` foglalt név, nem lehet válasz azonosítója
diag-reserved-reply-id-hint = válassz másik azonosítót; a `silence` a lejárt időt, a `hang-up` a hívás befejezését jelöli
diag-duplicate-reply-id = a(z) `{ $turn }` ügyfélmegszólalásban kétszer szerepel ez a válaszazonosító: `{ $id }`
diag-duplicate-reply-id-hint = egy ügyfélmegszólalás minden válaszának legyen saját azonosítója
diag-duplicate-trigger-id = két kiváltó szabálynak ugyanaz az azonosítója: `{ $id }`
diag-duplicate-trigger-id-hint = minden kiváltó szabálynak legyen saját azonosítója
diag-dangling = nincs ilyen azonosítójú { $kind }: `{ $id }`
diag-define-first = még nincs ilyen { $kind }: előbb hozd létre, vagy töröld ezt a hivatkozást
diag-known = meglévő azonosítók: { $ids }
diag-kind-turn = ügyfélmegszólalás
diag-kind-target = ügyfélmegszólalás vagy befejezés
diag-kind-reply = válasz a(z) `{ $turn }` ügyfélmegszólalásban
diag-kind-twist = fordulat
diag-not-an-ending = { $what }: befejezést kell megadnia, nem ügyfélmegszólalást
diag-not-an-ending-hint = egy `[[ending]]` azonosítóját add meg
    .studio = válaszd ki a hívás egyik befejezését
diag-not-a-reply-ref = `{ $text }` nem jelöl választ
diag-not-a-reply-ref-hint = így írd: `turn-id.reply-id`
    .studio = írd be az ügyfélmegszólalás azonosítóját, egy pontot és a válasz azonosítóját, például `greeting.apologise`

## A forgatókönyv mezői

diag-skill-twice = a lista kétszer tartalmazza ezt a készséget: `{ $skill }`
diag-unknown-skill = ismeretlen készség: `{ $skill }` (létező készségek: { $known })
diag-skills-empty = a `skills` lista üres
    .studio = az `Értékelt készségek` mezőben nincs egyetlen készség sem
diag-skills-empty-hint = sorold fel, milyen készségeket gyakoroltat ez a forgatókönyv
diag-technique-twice = a lista kétszer tartalmazza ezt a technikát: `{ $technique }`
diag-techniques-empty = a `techniques` lista üres
    .studio = a `Gyakorolt technikák` mezőben nincs egyetlen technika sem
diag-techniques-empty-hint = sorold fel, milyen technikákat tanít ez a forgatókönyv
diag-invalid-variable = `{ $name }` nem érvényes változónév
diag-invalid-variable-hint = kisbetűket, számjegyeket és kötőjelet használj
diag-too-many-variables = túl sok a változó
diag-too-many-variables-hint = egy forgatókönyvben legfeljebb { $max } változó lehet
diag-variable-never-set = a(z) `{ $name }` változó sehol nem kap értéket
diag-variable-never-set-hint = adj neki értéket egy válasz `set` vagy `add` mezőjével, vagy ellenőrizd az írásmódot
    .studio = adj neki értéket egy válasznál a `Változó beállítása` vagy a `Hozzáadás változóhoz` mezőben, vagy ellenőrizd az írásmódot
diag-variable-never-read = a(z) `{ $name }` változó kap értéket, de egyetlen feltétel sem vizsgálja
    .studio = a(z) `{ $name }` változó értéke módosul, de egyetlen feltétel sem vizsgálja
diag-variable-never-read-hint = vizsgáld egy `when` feltételben, vagy töröld azt, ami értéket ad neki
    .studio = használd fel egy feltételben (`Csak akkor, ha`), vagy töröld azt, ami módosítja
diag-too-many-tracked = a feltételek több mint 64 különböző válaszra hivatkoznak
diag-too-many-tracked-hint = egyszerűsítsd a feltételeket
diag-no-hang-up = a forgatókönyvben nincs `[[hang_up]]` szabály
    .studio = a hívásnak nincs bontási szabálya
diag-no-hang-up-hint = adj meg legalább egy `[[hang_up]]` szabályt `ending` mezővel: a résztvevő bármikor befejezheti a hívást
    .studio = az `A hívásról` részben adj meg egy bontási szabályt, és válaszd ki hozzá a befejezést: a résztvevő bármikor bonthatja a hívást
diag-last-hang-up-when = az utolsó `[[hang_up]]` szabálynak van `when` feltétele
    .studio = az utolsó bontási szabály csak akkor érvényes, ha egy feltétel teljesül
diag-last-hang-up-when-hint = az utolsó szabálynak mindig érvényesnek kell lennie, hogy a hívás befejezése mindig vezessen valahová

## Megszólalások, válaszok és feltételek

diag-no-lines = { $what }: nincs `[[turn.line]]`
    .studio = { $what }: nincs megadva az ügyfél szövege
diag-no-lines-hint = írd be, mit mond az ügyfél, `pl`, `hu` és `en` szöveggel
    .studio = írd be, mit mond az ügyfél, lengyelül, magyarul és angolul
diag-no-replies = { $what }: nincs válasz
diag-no-replies-hint = adj meg 1–6 `[[turn.reply]]` táblát
    .studio = adj meg 1–6 választ
diag-reply-count = { $what }: { $count } válasz van
diag-reply-count-hint = egy ügyfélmegszólaláshoz 1–6 válasz tartozhat
diag-no-feedback = { $what }: értékelése `{ $grade }`, de nincs visszajelzése
diag-no-feedback-hint = adj meg `feedback` mezőt: írd le, miért működik vagy miért nem a válasz, és mi működött volna jobban
    .studio = írd meg a visszajelzését: miért működik vagy miért nem a válasz, és mi működött volna jobban
diag-critical-grade = { $what }: értékelése `{ $grade }`, mégis kritikus hibának van jelölve
diag-critical-grade-hint = a kritikus hiba miatt a hívás nem lehet sikeres: csak gyenge választ jelölj kritikusnak (az ártalmas mindig az), vagy adj rá rosszabb értékelést
diag-critical-bool = a `critical` értéke csak true vagy false lehet
    .studio = a `Kritikus hiba` mező csak bejelölt vagy üres lehet
diag-never-holds = ez a feltétel soha nem teljesülhet
diag-never-holds-twist-hint = egy fordulat nem történhet meg és maradhat el egyszerre: töröld a `twist` vagy a `not_twist` listából
    .studio = egy fordulat nem történhet meg és maradhat el egyszerre: vedd ki vagy az `A fordulattal`, vagy az `A fordulat nélkül` mezőből
diag-never-holds-mood-hint = a hangulat nem lehet egyszerre legalább { $least } és { $below } alatti
diag-empty-when = ez a `when` üres
    .studio = ebben a `Csak akkor, ha` mezőben nincs feltétel
diag-empty-when-hint = töröld, vagy adj meg benne feltételt, például `mood_below = 30`
    .studio = töröld, vagy adj meg benne feltételt, például `Hangulat alacsonyabb, mint` 30

## Fordulatok

diag-twist-never-read = a(z) `{ $id }` fordulatot egyetlen feltétel sem vizsgálja
diag-twist-never-read-hint = használd egy kiváltó szabály vagy egy válasz feltételében, például `when = {"{"} twist = ["…"] {"}"}`
    .studio = használd egy szabály vagy egy válasz feltételében, az `A fordulattal` mezőben
diag-twist-twice = a(z) `{ $id }` fordulat kétszer van megadva
diag-twist-twice-hint = minden fordulatnak legyen saját azonosítója
diag-too-many-twists = egy forgatókönyvben legfeljebb { $max } fordulat lehet
diag-too-many-twists-hint = a fordulatok minden kombinációja külön tesztelendő hívás: vonj össze kettőt, vagy hagyj el egyet

## Pontozás és az összes hívás elemzése

diag-points-order = { $name }: értékelése `{ $grade }`, mégis kevesebb pontot ér ({ $points }), mint a(z) `{ $worse }` értékelésű { $other } ({ $more })
diag-points-order-hint = egy ügyfélmegszólaláson belül a jobb értékelés legalább annyi készségpontot érjen, mint a rosszabb: emeld a `skills` értékeit, vagy csökkentsd a másikét
    .studio = egy ügyfélmegszólaláson belül a jobb értékelésű válasz legalább annyi készségpontot érjen, mint a rosszabb értékelésű: adj neki több készségpontot, vagy a másiknak kevesebbet
diag-pass-mark = a ponthatár ({ $mark }) nincs { $min } és { $max } között
diag-pass-mark-hint = { $min } alatt egy főleg gyenge válaszokból álló hívás is sikeres lehet; { $max } fölött egy csupa legjobb és elfogadható válaszból álló hívás is sikertelen lehet (docs/scoring.md)
diag-unreachable-turn = a(z) `{ $turn }` ügyfélmegszólaláshoz semmilyen út nem vezet
diag-unreachable-turn-hint = vezess hozzá egy válasz `goto` mezőjével, vagy töröld
    .studio = válaszd ki egy válasznál az `Ide vezet` mezőben, vagy töröld
diag-unreachable-ending = a(z) `{ $ending }` befejezéshez semmilyen út nem vezet
diag-unreachable-ending-hint = vezess hozzá `goto` mezővel, kiváltó szabállyal vagy `[[hang_up]]` szabállyal, vagy töröld
    .studio = válaszd ki egy `Ide vezet` mezőben, egy kiváltó szabályban vagy egy bontási szabályban, vagy töröld
diag-cycle = { $what } visszavezet a(z) `{ $turn }` ügyfélmegszólaláshoz: ez az út soha nem ér véget
diag-cycle-hint = a hívásnak mindig a befejezés felé kell haladnia; az ismétlődő helyzetnek adj külön ügyfélmegszólalást
diag-no-reply-available = egyes hívásokban a(z) `{ $turn }` ügyfélmegszólalásnál egyetlen válasz sem választható
diag-no-reply-available-hint = hagyj legalább egy választ `when` nélkül, vagy úgy írd meg a feltételeket, hogy minden esetet lefedjenek
    .studio = hagyj legalább egy választ `Csak akkor, ha` feltétel nélkül, vagy úgy írd meg a feltételeket, hogy minden esetet lefedjenek
diag-nothing-passes = egyetlen hívás sem lehet sikeres: minden út rossz befejezéshez, kritikus hibához vagy túl kevés ponthoz vezet
diag-nothing-passes-hint = gondoskodj róla, hogy a legjobb válaszok útja olyan befejezéshez vezessen, amelynek kimenetelével a hívás sikeres lehet (resolved, follow-up, escalated vagy ended-properly)
diag-nothing-passes-with =
    { $count ->
        [0] egyetlen hívás sem lehet sikeres, ha egyik fordulat sem következik be
        [one] egyetlen hívás sem lehet sikeres, ha bekövetkezik a(z) `{ $twists }` fordulat
       *[other] egyetlen hívás sem lehet sikeres, ha bekövetkeznek a(z) `{ $twists }` fordulatok
    }
diag-nothing-passes-with-hint = a fordulatokat nem a résztvevő választja: minden kombinációjukhoz legyen jó válaszokból álló út egy olyan befejezéshez, amellyel a hívás sikeres lehet
diag-ending-never-passes = a(z) `{ $ending }` befejezés kimenetele `{ $outcome }`, amellyel a hívás sikeres lehetne, mégis minden hívás sikertelen, amely ide jut
    .studio = a(z) `{ $ending }` befejezés kimenetelével ({ $outcome }) a hívás sikeres lehetne, mégis minden ide jutó hívás sikertelen
diag-ending-never-passes-hint = vezess hozzá jó válaszokból álló utat, vagy adj neki olyan kimenetelt, amellyel a hívás soha nem sikeres
diag-skill-not-scored = a `skills` listában szerepel a(z) `{ $skill }`, de a hívásban semmi sem változtat rajta
    .studio = a hívás értékeli a(z) `{ $skill }` készséget, de egyetlen válasz vagy szabály sem ad rá pontot, és nem is von le belőle
diag-skill-not-scored-hint = pontozd néhány válasz `skills` mezőjében, vagy töröld a listából
    .studio = adj rá készségpontot néhány válaszban, vagy vedd ki az `Értékelt készségek` mezőből
diag-skill-not-listed = a(z) `{ $skill }` készség pontot kap, pedig nincs benne a `skills` listában: a kiértékelésben így is megjelenik
    .studio = a(z) `{ $skill }` készség pontot kap, pedig nincs az `Értékelt készségek` között: a kiértékelésben így is megjelenne
diag-skill-not-listed-hint = vedd fel a `skills` listába, vagy töröld ezeket a pontokat
    .studio = vedd fel az `Értékelt készségek` közé, vagy töröld ezeket a pontokat
diag-approximate = a forgatókönyv túl nagy ahhoz, hogy minden hívást végig lehessen vizsgálni (több mint { $states } helyzet vagy { $tallies } hívásfajta), ezért a kimeneteleit nem ellenőrizzük
diag-approximate-hint = bontsd kisebb hívásokra, vagy használj kevesebb változót és feltételt

## A katalógus indexe (scenarios/index.toml)

diag-catalog-file = a `file` értéke, { $file }, nem egyszerű .toml fájlnév

## Teszttervek (<név>.plan.toml)

diag-plan-no-case = a tesztterv nem tartalmaz `[[case]]` esetet
    .studio = a teszttervben nincs egyetlen hívásmenet sem
diag-plan-no-case-hint = minden befejezéshez adj meg legalább egy esetet
diag-plan-ending-unreached = egyik eset sem jut el a(z) `{ $ending }` befejezéshez
diag-plan-ending-unreached-hint = adj meg egy esetet, amely eljut hozzá, és a `passed` mezővel rögzíti az eredményét
    .studio = adj meg egy hívásmenetet, amely eljut hozzá, és rögzíti, hogy sikeres-e a hívás
diag-plan-twist-never-on = egyik esetben sincs olyan hívás, amelyben bekövetkezik a(z) `{ $twist }` fordulat
diag-plan-twist-never-on-hint = írd be egy esetbe: `twists = ["{ $twist }"]`
    .studio = adj meg egy hívásmenetet, amelyben bekövetkezik
diag-plan-twist-never-off = egyik esetben sincs olyan hívás, amelyben elmarad a(z) `{ $twist }` fordulat
diag-plan-twist-never-off-hint = adj meg egy esetet nélküle
diag-plan-timer = ismeretlen időmód: `{ $timer }`
diag-plan-timer-hint = ezek közül válassz: off, relaxed, standard, strict
diag-plan-no-seed = { $case }: egyetlen kezdőérték (seed) sem adja pontosan ezeket a fordulatokat
diag-plan-no-twist = a forgatókönyvben nincs ilyen fordulat: `{ $twist }`
diag-plan-no-twists-hint = a forgatókönyvben nincsenek fordulatok: töröld a `twists` mezőt
    .studio = a hívásban nincsenek fordulatok: töröld őket a hívásmenetből
diag-plan-its-twists = a fordulatai: { $twists }
diag-plan-not-a-move = { $case }: `{ $text }` nem érvényes `moves`-elem
diag-plan-not-a-move-hint = így írd: `turn-id.reply-id`, `turn-id.silence` vagy `turn-id.hang-up`
    .studio = írd be az ügyfélmegszólalás azonosítóját, egy pontot, majd a válasz azonosítóját vagy a `silence`, illetve a `hang-up` szót, például `greeting.apologise`
diag-plan-over = { $case }: a hívás már `{ $text }` előtt véget ért
diag-plan-wrong-turn = { $case }: a hívás a(z) `{ $current }` ügyfélmegszólalásnál tart, nem a(z) `{ $turn }` ügyfélmegszólalásnál
diag-plan-no-reply = { $case }: a(z) `{ $turn }` ügyfélmegszólalásnak nincs `{ $reply }` válasza
diag-plan-rejected = { $case }: `{ $text }` itt nem lehetséges ({ $why })
diag-plan-still-at = még a(z) `{ $turn }` ügyfélmegszólalásnál tart
diag-plan-ended-at = itt ért véget: `{ $ending }`
diag-plan-no-ending = { $case }: a forgatókönyvben nincs ilyen befejezés: `{ $ending }`
diag-plan-wrong-ending = { $case }: a várt befejezés `{ $ending }`, de a hívás { $got }
diag-plan-passed = { $case }: a `passed` értéke { $got }, a várt érték { $want }
    .studio = { $case }: a hívásmenet sikeressége { $got }, a várt érték { $want }
diag-plan-passed-bool = a `passed` értéke csak true vagy false lehet
    .studio = az, hogy sikeres-e a hívásmenet, csak true vagy false lehet
diag-plan-number = { $case }: a(z) `{ $key }` értéke { $got }, a várt érték { $want }
diag-plan-unknown-skill = ismeretlen készség: `{ $skill }`
diag-plan-score = { $case }: a(z) `{ $skill }` eredménye { $got }, a várt eredmény { $want }

## Mire vonatkozik a hiba (a `what`, `whose`, `place`, `name` argumentum): útvonal az
## egésztől a részletig, alanyesetben

diag-what-field = `{ $key }` mező
diag-what-field-in = { $what }, `{ $key }` mező
diag-what-each = minden `{ $key }` elem
diag-what-id = azonosító
diag-what-a-scenario = forgatókönyv
diag-what-the-scenario = forgatókönyv
diag-what-scenario-id = a forgatókönyv azonosítója
diag-what-title = cím
diag-what-summary = leírás
diag-what-customer-type = ügyféltípus
diag-what-difficulty = nehézség
diag-what-direction = a hívás iránya
diag-what-self-care = „Vigyázz magadra” tanács
diag-what-pass-mark = ponthatár
diag-what-a-skill = készség
diag-what-technique = technika
diag-what-customer = `[customer]`
    .studio = az ügyfél
diag-what-customer-name = az ügyfél neve
diag-what-starting-mood = kezdő hangulat
diag-what-face = `[customer]`, `face`
    .studio = az ügyfél arca
diag-what-face-field = az ügyfél arca, `{ $key }` mező
diag-what-hold-table = `[hold]`
    .studio = várakoztatás
diag-what-hold-of = { $what }, `hold`
    .studio = { $what }, várakoztatás
diag-what-a-turn = ügyfélmegszólalás
diag-what-turn = `{ $id }` ügyfélmegszólalás
diag-what-turn-id = az ügyfélmegszólalás azonosítója
diag-what-a-turn-id = ügyfélmegszólalás azonosítója
diag-what-emotion = érzelem
diag-what-reply-time = válaszidő
diag-what-a-line-of = { $what }, az ügyfél szövege
diag-what-replies = válaszok
diag-what-a-reply = válasz
diag-what-a-reply-of = { $turn }, válasz
diag-what-reply = { $turn }, `{ $id }` válasz
diag-what-reply-id = a válasz azonosítója
diag-what-a-reply-id = válasz azonosítója
diag-what-reply-ref = válaszhivatkozás
diag-what-text-of = { $what }, szöveg
diag-what-reaction-to = { $what }, az ügyfél reakciója
diag-what-feedback-of = { $what }, visszajelzés
diag-what-grade = értékelés
diag-what-mood-change = hangulatváltozás
diag-what-skill-change = a(z) `{ $skill }` változása
diag-what-silence-of = { $turn }, hallgatás
diag-what-line-of = { $what }, az ügyfél szövege
diag-what-an-ending = befejezés
diag-what-ending = `{ $id }` befejezés
diag-what-ending-id = a befejezés azonosítója
diag-what-an-ending-id = befejezés azonosítója
diag-what-outcome = kimenetel
diag-what-debrief-of = { $what }, kiértékelés
diag-what-a-trigger = kiváltó szabály
diag-what-trigger-id = a kiváltó szabály azonosítója
diag-what-a-hang-up-rule = `[[hang_up]]` szabály
    .studio = bontási szabály
diag-what-feedback = visszajelzés
diag-what-a-twist = fordulat
diag-what-twist-id = a fordulat azonosítója
diag-what-a-twist-id = fordulat azonosítója
diag-what-in-lang = { $what } ({ $code })
diag-what-move-reply = `{ $turn }.{ $reply }`
diag-what-move-silence = hallgatás a(z) `{ $turn }` ügyfélmegszólalásnál
diag-what-cycle-reply = `{ $turn }.{ $reply }` válasz
diag-what-cycle-silence = hallgatás a(z) `{ $turn }` ügyfélmegszólalásnál
diag-what-catalog-entry = katalógusbejegyzés
diag-what-plan = tesztterv
diag-what-a-case = eset
diag-what-case = „{ $name }” eset
diag-what-case-unnamed = névtelen eset
diag-what-a-move = `moves`-elem
diag-what-a-score = eredmény

## Melyik lengyel szövegben van csak egy alakban egy szó (a `place` argumentum)

diag-place-summary = leírás
diag-place-self-care = „Vigyázz magadra” tanács
diag-place-line = { $number }. ügyfélszöveg
diag-place-silence-line = az ügyfél szövege hallgatás után
diag-place-silence-feedback = visszajelzés a hallgatásra
diag-place-wording = `{ $reply }` válasz ({ $number }. megfogalmazás)
diag-place-reply-feedback = `{ $reply }` válasz (visszajelzés)
diag-place-reaction = `{ $reply }` válasz (az ügyfél reakciója)
diag-place-hang-up-feedback = `[[hang_up]]` szabály visszajelzése
    .studio = bontási szabály visszajelzése
diag-place-ending-text = a befejezés szövege
diag-place-debrief = kiértékelés

## A könyvtár minőségi mércéje (crates/engine/src/quality.rs): amit a CalmLine-nal szállított
## hívásoknak az érvényességen túl teljesíteniük kell; a tréner saját hívásának nem kötelező

quality-minutes = a könyvtár hívásai 4–8 percesek, ez { $minutes } perces
quality-turns = a könyvtár hívásaiban legalább { $min } ügyfélmegszólalás van, ebben { $count }
quality-replies = a(z) `{ $turn }` ügyfélmegszólaláshoz { $count } válasz tartozik; a könyvtár hívásaiban ügyfélmegszólalásonként 3 vagy 4
quality-variants = { $count ->
        [0] egyetlen ügyfélmegszólalásnak sincs több szövegváltozata
       *[other] csak { $count } ügyfélmegszólalásnak van több szövegváltozata
    }; legalább { $min } ilyen ügyfélmegszólalásra volna szükség
quality-outcomes = a befejezéseknek { $count } fajta kimenetelük van; legalább { $min } kell
quality-self-care = a hívásból hiányzik a „Vigyázz magadra” tanács (`self_care`)
    .studio = a hívásból hiányzik a `Vigyázz magadra` tanács a kiértékelésben
quality-length = { $lang }: { $turns } ügyfélmegszólalásból { $count } esetben a legjobb válasz { $what ->
        [longest] a leghosszabb
        [top-two] a két leghosszabb egyike
        [shortest] a legrövidebb
       *[bottom-two] a két legrövidebb egyike
    } (legfeljebb { $max } % lehet): váltogasd a válaszok hosszát, hogy a hossz ne árulja el az értékelést
quality-median = { $lang }: { $low ->
        [harmful] az ártalmas
        [poor] a gyenge
        [acceptable] az elfogadható
       *[best] a legjobb
    } válaszok hosszának mediánja { $low_chars } karakter, { $high ->
        [harmful] az ártalmas
        [poor] a gyenge
        [acceptable] az elfogadható
       *[best] a legjobb
    } válaszoké { $high_chars }: a rövidebb mediánnak legalább a hosszabb { $min } %-ának kell lennie
    .studio = { $lang }: { $low ->
        [harmful] az ártalmas
        [poor] a gyenge
        [acceptable] az elfogadható
       *[best] a legjobb
    } válaszok jellemzően { $low_chars }, { $high ->
        [harmful] az ártalmasak
        [poor] a gyengék
        [acceptable] az elfogadhatók
       *[best] a legjobbak
    } { $high_chars } karakter hosszúak: közelítsd egymáshoz a kétféle válasz hosszát (a rövidebbek érjék el a hosszabbak legalább { $min }%-át), hogy a hossz ne árulja el az értékelést
quality-cue = { $lang }: { $cue ->
        [question] a kérdőjel
        [apology] a bocsánatkérés
        [hedge] a fenntartás („lehet, hogy tévedek”)
       *[summary] az összefoglalás
    } { $best } legjobb válaszban szerepel, { $weaker ->
        [0] de egyik gyengébben sem
       *[other] de csak { $weaker } gyengébben
    }: a gyengébb válaszokban legalább olyan gyakran kell szerepelnie, mint a legjobbakban
    .studio = { $lang }: { $cue ->
        [question] a kérdőjel
        [apology] a bocsánatkérés
        [hedge] a fenntartás („lehet, hogy tévedek”)
       *[summary] az összefoglalás
    } { $best } legjobb válaszban szerepel, { $weaker ->
        [0] de egyik gyengébben sem
       *[other] de csak { $weaker } gyengébben
    }: szerepeljen legalább { $best } gyengébb válaszban is, különben a résztvevő erről olvasás nélkül is felismerheti a legjobb választ
quality-first = a legjobb válasz { $turns } ügyfélmegszólalásból { $count } esetben áll elsőként a fájlban (legfeljebb { $max } % lehet)
    .studio = { $turns } ügyfélmegszólalásból { $count } esetben a legjobb válasz az 1. válasz (legfeljebb az esetek { $max }%-ában lehet így): néhány ügyfélmegszólalásnál írd máshová a legjobb választ
quality-one-wording = a(z) `{ $turn }.{ $reply }` legjobb válasznak csak egy megfogalmazása van; adj meg legalább kettőt
    .studio = a(z) `{ $turn }` ügyfélmegszólalásnál a(z) `{ $reply }` legjobb válasznak csak egy megfogalmazása van; adj meg legalább kettőt
quality-reaction-reused = a(z) `{ $turn }.{ $reply }` válaszra adott reakció egy másik válasznál is szerepel: minden válaszhoz saját reakciót írj
    .studio = a(z) `{ $turn }` ügyfélmegszólalásnál a(z) `{ $reply }` válaszra adott reakció egy másik válasznál is szerepel: minden válaszhoz saját reakciót írj
quality-weak-wordings = a(z) `{ $turn }` ügyfélmegszólalásban egyik gyengébb válasznak sincs két vagy több megfogalmazása
quality-reacting = az ügyfél { $weaker } gyengébb válaszból { $count } esetben reagál a maga módján (`reaction` mezővel, vagy úgy, hogy más ügyfélmegszólalás következik, mint a legjobb válasz után): az esetek legalább { $min } %-ában így kellene reagálnia
    .studio = az ügyfél { $weaker } gyengébb válaszból { $count } esetben reagál a maga módján (reakcióval, vagy úgy, hogy más ügyfélmegszólalás következik, mint a legjobb válasz után): az esetek legalább { $min } %-ában így kellene reagálnia
quality-strategy = a tartalmat figyelmen kívül hagyó „{ $strategy }” stratégia { $calls } hívásból { $passed } esetben teljesít a(z) { $reader } változatban: legfeljebb { $max } lehet
    .studio = ha a résztvevő el sem olvassa a válaszokat, hanem mindig { $strategy ->
        [longest] a leghosszabbat választja
        [long-question] a két leghosszabb válasz közül azt választja, amelyik kérdést tesz fel
        [first-in-file] az elsőként megírtat választja
        [first-on-screen] a képernyőn az elsőt választja
        [shortest] a legrövidebbet választja
       *[random] találomra választ egyet
    }, akkor is { $calls } hívásból { $passed } esetben sikeres ({ $reader }): legfeljebb { $max } ilyen eset lehet
