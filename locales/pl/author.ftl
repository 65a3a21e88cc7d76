# Komunikaty walidatora dla autorów scenariuszy (strona trenera `#/own`, edytor). Te same
# identyfikatory i zmienne co w locales/en/author.ftl (sprawdza to test). Nazwy pól,
# identyfikatory i fragmenty TOML zostają bez tłumaczenia.

## Etykiety komunikatu

diag-severity-error = błąd
diag-severity-warning = ostrzeżenie
diag-hint = wskazówka

## Plik jako całość

diag-file-too-big = plik jest za duży: { $bytes } B, a limit to { $limit } B
diag-file-too-big-hint = podziel treść na kilka scenariuszy
diag-not-utf8 = plik nie jest tekstem w kodowaniu UTF-8
diag-not-utf8-hint = zapisz plik w kodowaniu UTF-8 (pliki scenariuszy to zwykły tekst)
diag-toml-syntax = składnia TOML: { $detail }
diag-toml-syntax-hint = budowę pliku scenariusza opisuje docs/scenario-format.md
diag-empty-file = plik jest pusty
diag-empty-file-hint = zacznij od przykładu z docs/scenario-format.md

## Wartości złego rodzaju

diag-wrong-type = { $what }: musi być { $expected }, a nie { $actual }
diag-kind-string = tekstem
diag-kind-integer = liczbą całkowitą
diag-kind-whole-number = liczbą całkowitą (np. `3`, a nie `3.5`)
diag-kind-float = liczbą z częścią ułamkową
diag-kind-bool = wartością true albo false
diag-kind-date = datą
diag-kind-list = listą
diag-kind-table = tabelą
diag-unknown-field = { $what }: nieznane pole `{ $name }`
diag-did-you-mean = czy chodziło Ci o `{ $name }`?
diag-may-contain = { $what }: dozwolone pola to { $fields }
diag-missing-field = { $what }: brak pola `{ $key }`
diag-missing-field-hint = dodaj `{ $key } = { $example }`
diag-out-of-range = { $what }: wartość { $value } jest poza zakresem
diag-out-of-range-hint = wpisz liczbę całkowitą od { $min } do { $max }
diag-invalid-id = { $what }: `{ $id }` nie jest poprawnym identyfikatorem
diag-invalid-id-hint = użyj od 1 do 48 małych liter, cyfr i pojedynczych łączników, np. `late-delivery`
diag-empty-id = { $what }: pole jest puste
diag-empty-id-hint = wpisz identyfikator złożony z małych liter (bez polskich znaków), cyfr i pojedynczych łączników, np. `zgubiona-paczka`
diag-unknown-value = { $what }: nieznana wartość `{ $value }`
diag-use-one-of = wybierz jedną z wartości: { $options }

## Teksty w trzech językach

diag-lang-pl = po polsku
diag-lang-hu = po węgiersku
diag-lang-en = po angielsku
diag-missing-language = { $what }: brak tekstu { $language }
diag-missing-language-hint = dodaj `{ $code } = "…"`: każdy tekst jest potrzebny po polsku, po węgiersku i po angielsku
    .studio = uzupełnij puste pole: każdy tekst musi mieć wersję polską, węgierską i angielską
diag-empty-wordings = { $what }: pusta lista sformułowań { $language }
diag-empty-wordings-hint = podaj co najmniej jedno sformułowanie
diag-empty-text = { $what }: pusty tekst { $language }
diag-empty-text-hint = wpisz tekst albo usuń cały wpis, jeśli nie jest potrzebny
    .studio = wpisz tekst; jeśli rozmowa może się bez niego obejść, obok znajdziesz przycisk „Usuń…”
diag-wording-counts = { $what }: w każdym języku jest inna liczba sformułowań ({ $counts })
diag-wording-counts-hint = sformułowania o tym samym numerze po polsku, po węgiersku i po angielsku to wersje tego samego zdania: w każdym języku podaj ich tyle samo
diag-pair-syntax = { $what } (pl): { $problem }
    .studio = { $what } (wersja polska): { $problem }
diag-pair-syntax-hint = w polskim tekście formy dla kursanta, do którego klient mówi „Pan” albo „Pani”, zapisujesz jako `{"{"}forma męska|forma żeńska{"}"}`, np. `Sprawdził{"{"}|a{"}"} {"{"}Pan|Pani{"}"}?`
diag-pair-close-alone = `{"}"}` bez otwierającego `{"{"}`
diag-pair-open-alone = `{"{"}` bez zamykającego `{"}"}`
diag-pair-not-a-pair = `{ $text }` nie jest parą: napisz `{"{"}forma męska|forma żeńska{"}"}`, z jednym `|`, bez zagnieżdżania
diag-pair-same-twice = w `{ $text }` obie formy są takie same: parę pisz tylko tam, gdzie formy się różnią
diag-braces = { $what } ({ $code }): tekst zawiera nawiasy klamrowe
diag-braces-hint = pary `{"{"}forma męska|forma żeńska{"}"}` są tylko w polskim tekście; napisz ten tekst bez nawiasów klamrowych
diag-unpaired = { $whose }, { $place } (pl): `{ $word }` ma tylko jedną formę
    .studio = { $whose }, { $place } (wersja polska): `{ $word }` ma tylko jedną formę
diag-unpaired-hint = kursant sam wybiera, czy klient mówi do niego „Pan”, czy „Pani”: zapisz obie formy, `{"{"}forma męska|forma żeńska{"}"}`, np. `{"{"}Pan|Pani{"}"}`, `sprawdził{"{"}em|am{"}"}` albo `zrobił{"{"}eś|aś{"}"}`

## Identyfikatory i odwołania

diag-duplicate-id = identyfikator `{ $id }` występuje dwa razy
diag-duplicate-id-hint = wypowiedzi klienta i zakończenia mają wspólną pulę identyfikatorów; pierwszy `{ $id }` jest w wierszu { $line }
diag-reserved-reply-id = `{ $id }` to nazwa zastrzeżona, nie może być identyfikatorem odpowiedzi
diag-reserved-reply-id-hint = wybierz inny identyfikator; `silence` oznacza upływ czasu, a `hang-up` zakończenie rozmowy
diag-duplicate-reply-id = identyfikator odpowiedzi `{ $id }` występuje dwa razy w wypowiedzi klienta `{ $turn }`
diag-duplicate-reply-id-hint = każda odpowiedź w wypowiedzi klienta musi mieć własny identyfikator
diag-duplicate-trigger-id = identyfikator wyzwalacza `{ $id }` występuje dwa razy
diag-duplicate-trigger-id-hint = każdy wyzwalacz musi mieć własny identyfikator
diag-dangling = brak { $kind }: identyfikator `{ $id }` nie istnieje
diag-define-first = najpierw dodaj definicję { $kind } albo usuń to odwołanie
diag-known = istniejące: { $ids }
diag-kind-turn = wypowiedzi klienta
diag-kind-target = wypowiedzi klienta lub zakończenia
diag-kind-reply = odpowiedzi w wypowiedzi klienta `{ $turn }`
diag-kind-twist = zwrotu akcji
diag-not-an-ending = { $what }: musi wskazywać zakończenie, a nie wypowiedź klienta
diag-not-an-ending-hint = użyj identyfikatora któregoś `[[ending]]`
    .studio = wybierz jedno z zakończeń tej rozmowy
diag-not-a-reply-ref = `{ $text }` nie wskazuje odpowiedzi
diag-not-a-reply-ref-hint = napisz `turn-id.reply-id`
    .studio = wpisz identyfikator wypowiedzi klienta, kropkę i identyfikator odpowiedzi, np. `greeting.apologise`

## Pola scenariusza

diag-skill-twice = umiejętność `{ $skill }` jest na liście dwa razy
diag-unknown-skill = nieznana umiejętność `{ $skill }` (istniejące: { $known })
diag-skills-empty = lista `skills` jest pusta
    .studio = w polu `Oceniane umiejętności` nie ma żadnej umiejętności
diag-skills-empty-hint = wymień umiejętności, które ćwiczy ten scenariusz
diag-technique-twice = technika `{ $technique }` jest na liście dwa razy
diag-techniques-empty = lista `techniques` jest pusta
    .studio = w polu `Ćwiczone techniki` nie ma żadnej techniki
diag-techniques-empty-hint = wymień techniki, których uczy ten scenariusz
diag-invalid-variable = `{ $name }` nie jest poprawną nazwą zmiennej
diag-invalid-variable-hint = użyj małych liter, cyfr i łączników
diag-too-many-variables = za dużo zmiennych
diag-too-many-variables-hint =
    { $max ->
        [one] scenariusz może mieć najwyżej { $max } zmienną
        [few] scenariusz może mieć najwyżej { $max } zmienne
       *[many] scenariusz może mieć najwyżej { $max } zmiennych
    }
diag-variable-never-set = zmienna `{ $name }` nigdzie nie dostaje wartości
diag-variable-never-set-hint = nadaj jej wartość przez `set` albo `add` w którejś odpowiedzi albo sprawdź pisownię
    .studio = nadaj jej wartość w którejś odpowiedzi, w polu `Ustaw zmienną` lub `Dodaj do zmiennej`, albo sprawdź pisownię
diag-variable-never-read = zmienna `{ $name }` dostaje wartość, ale żaden warunek jej nie sprawdza
    .studio = zmienna `{ $name }` się zmienia, ale żaden warunek jej nie sprawdza
diag-variable-never-read-hint = użyj jej w warunku `when` albo usuń to, co nadaje jej wartość
    .studio = użyj jej w warunku (w polu `Tylko gdy`) albo usuń to, co ją zmienia
diag-too-many-tracked = warunki odwołują się do ponad 64 różnych odpowiedzi
diag-too-many-tracked-hint = uprość warunki
diag-no-hang-up = scenariusz nie ma reguły `[[hang_up]]`
    .studio = rozmowa nie ma żadnej reguły rozłączenia
diag-no-hang-up-hint = dodaj co najmniej jedną regułę `[[hang_up]]` z polem `ending`: kursant może zakończyć rozmowę w każdej chwili
    .studio = w panelu `O tej rozmowie` dodaj regułę rozłączenia i wybierz jej zakończenie: kursant może zakończyć rozmowę w każdej chwili
diag-last-hang-up-when = ostatnia reguła `[[hang_up]]` ma warunek `when`
    .studio = ostatnia reguła rozłączenia obowiązuje tylko wtedy, gdy jest spełniony jej warunek
diag-last-hang-up-when-hint = ostatnia reguła musi obowiązywać zawsze, żeby zakończenie rozmowy zawsze dokądś prowadziło

## Wypowiedzi, odpowiedzi i warunki

diag-no-lines = { $what }: brak `[[turn.line]]`
    .studio = { $what }: brak kwestii klienta
diag-no-lines-hint = dodaj to, co mówi klient, z `pl`, `hu` i `en`
    .studio = dodaj to, co mówi klient, po polsku, po węgiersku i po angielsku
diag-no-replies = { $what }: brak odpowiedzi
diag-no-replies-hint = dodaj od jednej do sześciu tabel `[[turn.reply]]`
    .studio = dodaj od jednej do sześciu odpowiedzi
diag-reply-count = { $what }: liczba odpowiedzi to { $count }
diag-reply-count-hint = wypowiedź klienta musi mieć od jednej do sześciu odpowiedzi
diag-no-feedback = { $what }: ma ocenę `{ $grade }`, ale nie ma komentarza
diag-no-feedback-hint = dodaj `feedback`: wyjaśnij, dlaczego ta odpowiedź działa albo nie działa, i co zadziałałoby lepiej
    .studio = napisz komentarz: wyjaśnij, dlaczego ta odpowiedź działa albo nie działa, i co zadziałałoby lepiej
diag-critical-grade = { $what }: ma ocenę `{ $grade }`, a jest oznaczona jako błąd krytyczny
diag-critical-grade-hint = błąd krytyczny oznacza niezaliczoną rozmowę: jako krytyczne oznaczaj tylko słabe odpowiedzi (szkodliwe zawsze są krytyczne) albo obniż ocenę
diag-critical-bool = `critical` musi mieć wartość true albo false
    .studio = pole `Błąd krytyczny` może być tylko zaznaczone albo niezaznaczone
diag-never-holds = ten warunek nigdy nie może być spełniony
diag-never-holds-twist-hint = zwrot akcji nie może jednocześnie wystąpić i nie wystąpić: usuń go z `twist` albo z `not_twist`
    .studio = zwrot akcji nie może jednocześnie wystąpić i nie wystąpić: usuń go z pola `Ze zwrotem akcji` albo z pola `Bez zwrotu akcji`
diag-never-holds-mood-hint = nastrój nie może być jednocześnie co najmniej { $least } i poniżej { $below }
diag-empty-when = ten warunek `when` jest pusty
    .studio = w tym polu `Tylko gdy` nie ma żadnego warunku
diag-empty-when-hint = usuń go albo wpisz warunek, np. `mood_below = 30`
    .studio = usuń je albo dodaj do niego warunek, np. `Nastrój poniżej` 30

## Zwroty akcji

diag-twist-never-read = zwrot akcji `{ $id }` nie jest nigdzie sprawdzany
diag-twist-never-read-hint = użyj go w warunku, np. `when = {"{"} twist = ["…"] {"}"}` w wyzwalaczu albo w odpowiedzi
    .studio = użyj go w warunku reguły albo odpowiedzi (w polu `Ze zwrotem akcji`)
diag-twist-twice = zwrot akcji `{ $id }` jest zdefiniowany dwa razy
diag-twist-twice-hint = każdy zwrot akcji musi mieć własny identyfikator
diag-too-many-twists =
    { $max ->
        [one] scenariusz może mieć najwyżej { $max } zwrot akcji
        [few] scenariusz może mieć najwyżej { $max } zwroty akcji
       *[many] scenariusz może mieć najwyżej { $max } zwrotów akcji
    }
diag-too-many-twists-hint = każda kombinacja zwrotów akcji to osobna rozmowa do przetestowania: połącz dwa w jeden albo jeden usuń

## Punktacja i analiza wszystkich rozmów

diag-points-order = { $name }: ma ocenę `{ $grade }`, ale daje mniej punktów ({ $points }) niż { $other } z oceną `{ $worse }` ({ $more })
diag-points-order-hint = w jednej wypowiedzi klienta lepsza ocena musi dawać co najmniej tyle punktów umiejętności co gorsza: podnieś jej `skills` albo obniż tamtej
    .studio = w jednej wypowiedzi klienta lepsza ocena musi dawać co najmniej tyle punktów umiejętności co gorsza: daj tej odpowiedzi więcej punktów albo tamtej mniej
diag-pass-mark = próg zaliczenia { $mark } jest poza zakresem od { $min } do { $max }
diag-pass-mark-hint = poniżej { $min } rozmowa złożona głównie ze słabych odpowiedzi może zostać zaliczona; powyżej { $max } rozmowa złożona tylko z odpowiedzi „Najlepsza” i „Do przyjęcia” może zostać niezaliczona (docs/scoring.md)
diag-unreachable-turn = do wypowiedzi klienta `{ $turn }` nie prowadzi żadna ścieżka
diag-unreachable-turn-hint = poprowadź do niej `goto` którejś odpowiedzi albo ją usuń
    .studio = wybierz ją w polu `Prowadzi do` którejś odpowiedzi albo ją usuń
diag-unreachable-ending = do zakończenia `{ $ending }` nie prowadzi żadna ścieżka
diag-unreachable-ending-hint = poprowadź do niego ścieżkę przez `goto`, wyzwalacz lub regułę `[[hang_up]]` albo je usuń
    .studio = wybierz je w polu `Prowadzi do` którejś odpowiedzi lub reguły albo w polu `Zakończenie` reguły rozłączenia, albo je usuń
diag-cycle = { $what } prowadzi z powrotem do wypowiedzi klienta `{ $turn }`: ta ścieżka nigdy się nie kończy
diag-cycle-hint = rozmowa musi zawsze zmierzać do zakończenia; powtarzającej się sytuacji daj osobną wypowiedź klienta
diag-no-reply-available = w niektórych rozmowach wypowiedź klienta `{ $turn }` nie ma żadnej dostępnej odpowiedzi
diag-no-reply-available-hint = zostaw co najmniej jedną odpowiedź bez `when` albo ułóż warunki tak, żeby obejmowały każdy przypadek
    .studio = zostaw co najmniej jedną odpowiedź bez pola `Tylko gdy` albo ułóż warunki tak, żeby obejmowały każdy przypadek
diag-nothing-passes = żadnej rozmowy nie da się zaliczyć: każda ścieżka kończy się złym zakończeniem, błędem krytycznym albo za małą liczbą punktów
diag-nothing-passes-hint = zadbaj, żeby ścieżka najlepszych odpowiedzi prowadziła do zakończenia, którego rezultat pozwala zaliczyć (resolved, follow-up, escalated albo ended-properly)
diag-nothing-passes-with =
    { $count ->
        [0] żadnej rozmowy nie da się zaliczyć, gdy nie wystąpi żaden zwrot akcji
        [one] żadnej rozmowy nie da się zaliczyć, gdy wystąpi zwrot akcji `{ $twists }`
       *[other] żadnej rozmowy nie da się zaliczyć, gdy wystąpią zwroty akcji `{ $twists }`
    }
diag-nothing-passes-with-hint = kursant nie wybiera zwrotów akcji: dla każdej ich kombinacji zapewnij ścieżkę dobrych odpowiedzi do zakończenia, które pozwala zaliczyć
diag-ending-never-passes = zakończenie `{ $ending }` ma rezultat `{ $outcome }`, który pozwala zaliczyć, ale każda rozmowa, która do niego dochodzi, jest niezaliczona
    .studio = zakończenie `{ $ending }` ma rezultat, który pozwala zaliczyć ({ $outcome }), ale każda rozmowa, która do niego dochodzi, jest niezaliczona
diag-ending-never-passes-hint = poprowadź do niego ścieżkę dobrych odpowiedzi albo daj mu rezultat, który nigdy nie pozwala zaliczyć
diag-skill-not-scored = lista `skills` zawiera `{ $skill }`, ale żaden wybór w rozmowie tej umiejętności nie zmienia
    .studio = rozmowa ocenia umiejętność `{ $skill }`, ale żadna odpowiedź ani reguła nie dodaje ani nie odejmuje za nią punktów
diag-skill-not-scored-hint = oceniaj ją w `skills` którychś odpowiedzi albo usuń ją z listy
    .studio = przyznaj za nią punkty w niektórych odpowiedziach albo usuń ją z pola `Oceniane umiejętności`
diag-skill-not-listed = punkty za umiejętność `{ $skill }`, której nie ma na liście `skills`: omówienie i tak ją pokaże
    .studio = punkty za umiejętność `{ $skill }`, której nie ma w polu `Oceniane umiejętności`: omówienie i tak ją pokaże
diag-skill-not-listed-hint = dodaj ją do `skills` albo usuń te punkty
    .studio = dodaj ją do pola `Oceniane umiejętności` albo usuń te punkty
diag-approximate = scenariusz jest za duży, żeby zbadać każdą rozmowę (ponad { $states } sytuacji albo { $tallies } rodzajów rozmów), więc jego werdykty nie są sprawdzane
diag-approximate-hint = podziel go na mniejsze rozmowy albo użyj mniej zmiennych i warunków

## Indeks katalogu (scenarios/index.toml)

diag-catalog-file = wartość `file` { $file } nie jest zwykłą nazwą pliku .toml

## Plany testów (<nazwa>.plan.toml)

diag-plan-no-case = plan nie ma żadnego `[[case]]`
    .studio = plan testów nie ma żadnego przypadku
diag-plan-no-case-hint = dodaj co najmniej jeden przypadek na każde zakończenie
diag-plan-ending-unreached = żaden przypadek nie dochodzi do zakończenia `{ $ending }`
diag-plan-ending-unreached-hint = dodaj przypadek, który do niego dochodzi, i ustal jego werdykt polem `passed`
    .studio = dodaj przypadek, który do niego dochodzi i określa, czy rozmowa jest zaliczona
diag-plan-twist-never-on = w żadnym przypadku nie ma rozmowy, w której występuje zwrot akcji `{ $twist }`
diag-plan-twist-never-on-hint = dodaj `twists = ["{ $twist }"]` do któregoś przypadku
    .studio = dodaj przypadek, w którym ten zwrot akcji występuje
diag-plan-twist-never-off = w żadnym przypadku nie ma rozmowy bez zwrotu akcji `{ $twist }`
diag-plan-twist-never-off-hint = dodaj przypadek bez niego
diag-plan-timer = nieznany tryb czasu `{ $timer }`
diag-plan-timer-hint = użyj off, relaxed, standard albo strict
diag-plan-no-seed = { $case }: żadne ziarno nie daje dokładnie tych zwrotów akcji
diag-plan-no-twist = scenariusz nie ma zwrotu akcji `{ $twist }`
diag-plan-no-twists-hint = scenariusz nie ma zwrotów akcji: usuń `twists`
    .studio = rozmowa nie ma zwrotów akcji: usuń je z przypadku
diag-plan-its-twists = jego zwroty akcji: { $twists }
diag-plan-not-a-move = { $case }: `{ $text }` nie jest poprawnym wpisem listy `moves`
diag-plan-not-a-move-hint = napisz `turn-id.reply-id`, `turn-id.silence` albo `turn-id.hang-up`
    .studio = wpisz identyfikator wypowiedzi klienta, kropkę, a po niej identyfikator odpowiedzi, `silence` albo `hang-up`, np. `greeting.apologise`
diag-plan-over = { $case }: rozmowa skończyła się już przed `{ $text }`
diag-plan-wrong-turn = { $case }: rozmowa jest w wypowiedzi klienta `{ $current }`, a nie `{ $turn }`
diag-plan-no-reply = { $case }: wypowiedź klienta `{ $turn }` nie ma odpowiedzi `{ $reply }`
diag-plan-rejected = { $case }: `{ $text }` nie jest tu możliwe ({ $why })
diag-plan-still-at = wciąż jest w wypowiedzi klienta `{ $turn }`
diag-plan-ended-at = skończyła się w `{ $ending }`
diag-plan-no-ending = { $case }: scenariusz nie ma zakończenia `{ $ending }`
diag-plan-wrong-ending = { $case }: oczekiwano zakończenia `{ $ending }`, ale rozmowa { $got }
diag-plan-passed = { $case }: `passed` ma wartość { $got }, oczekiwano { $want }
    .studio = { $case }: zaliczenie rozmowy ma wartość { $got }, oczekiwano { $want }
diag-plan-passed-bool = `passed` musi mieć wartość true albo false
    .studio = informacja, czy przypadek kończy się zaliczeniem, może mieć tylko wartość true albo false
diag-plan-number = { $case }: `{ $key }` wynosi { $got }, oczekiwano { $want }
diag-plan-unknown-skill = nieznana umiejętność `{ $skill }`
diag-plan-score = { $case }: `{ $skill }` ma wynik { $got }, oczekiwano { $want }

## Czego dotyczy problem (argumenty `what`, `whose`, `place`, `name`): ścieżka od ogółu do
## szczegółu, w mianowniku

diag-what-field = pole `{ $key }`
diag-what-field-in = { $what }, pole `{ $key }`
diag-what-each = każdy element `{ $key }`
diag-what-id = identyfikator
diag-what-a-scenario = scenariusz
diag-what-the-scenario = scenariusz
diag-what-scenario-id = identyfikator scenariusza
diag-what-title = tytuł
diag-what-summary = opis
diag-what-customer-type = typ klienta
diag-what-difficulty = poziom trudności
diag-what-direction = kierunek połączenia
diag-what-self-care = rada „Zadbaj o siebie”
diag-what-pass-mark = próg zaliczenia
diag-what-a-skill = umiejętność
diag-what-technique = technika
diag-what-customer = `[customer]`
    .studio = klient
diag-what-customer-name = imię i nazwisko klienta
diag-what-starting-mood = początkowy nastrój
diag-what-face = `face` w `[customer]`
    .studio = twarz klienta
diag-what-face-field = wygląd klienta, pole `{ $key }`
diag-what-hold-table = `[hold]`
    .studio = zawieszenie połączenia
diag-what-hold-of = { $what }, `hold`
    .studio = { $what }, zawieszenie połączenia
diag-what-a-turn = wypowiedź klienta
diag-what-turn = wypowiedź klienta `{ $id }`
diag-what-turn-id = identyfikator wypowiedzi klienta
diag-what-a-turn-id = identyfikator wypowiedzi klienta
diag-what-emotion = emocja
diag-what-reply-time = czas na odpowiedź
diag-what-a-line-of = { $what }, kwestia klienta
diag-what-replies = odpowiedzi
diag-what-a-reply = odpowiedź
diag-what-a-reply-of = { $turn }, odpowiedź
diag-what-reply = { $turn }, odpowiedź `{ $id }`
diag-what-reply-id = identyfikator odpowiedzi
diag-what-a-reply-id = identyfikator odpowiedzi
diag-what-reply-ref = odwołanie do odpowiedzi
diag-what-text-of = { $what }, tekst
diag-what-reaction-to = { $what }, reakcja klienta
diag-what-feedback-of = { $what }, komentarz
diag-what-grade = ocena
diag-what-mood-change = zmiana nastroju
diag-what-skill-change = zmiana `{ $skill }`
diag-what-silence-of = { $turn }, milczenie
diag-what-line-of = { $what }, kwestia klienta
diag-what-an-ending = zakończenie
diag-what-ending = zakończenie `{ $id }`
diag-what-ending-id = identyfikator zakończenia
diag-what-an-ending-id = identyfikator zakończenia
diag-what-outcome = rezultat
diag-what-debrief-of = { $what }, omówienie
diag-what-a-trigger = wyzwalacz
diag-what-trigger-id = identyfikator wyzwalacza
diag-what-a-hang-up-rule = reguła `[[hang_up]]`
    .studio = reguła rozłączenia
diag-what-feedback = komentarz
diag-what-a-twist = zwrot akcji
diag-what-twist-id = identyfikator zwrotu akcji
diag-what-a-twist-id = identyfikator zwrotu akcji
diag-what-in-lang = { $what } ({ $code })
diag-what-move-reply = `{ $turn }.{ $reply }`
diag-what-move-silence = milczenie w `{ $turn }`
diag-what-cycle-reply = odpowiedź `{ $turn }.{ $reply }`
diag-what-cycle-silence = milczenie w wypowiedzi klienta `{ $turn }`
diag-what-catalog-entry = wpis katalogu
diag-what-plan = plan testów
diag-what-a-case = przypadek
diag-what-case = przypadek „{ $name }”
diag-what-case-unnamed = przypadek bez nazwy
diag-what-a-move = wpis listy `moves`
diag-what-a-score = wynik

## Który polski tekst ma słowo tylko w jednej formie (argument `place`)

diag-place-summary = opis
diag-place-self-care = rada „Zadbaj o siebie”
diag-place-line = kwestia { $number }
diag-place-silence-line = kwestia po milczeniu
diag-place-silence-feedback = komentarz do milczenia
diag-place-wording = odpowiedź `{ $reply }` (sformułowanie { $number })
diag-place-reply-feedback = odpowiedź `{ $reply }` (komentarz)
diag-place-reaction = odpowiedź `{ $reply }` (reakcja klienta)
diag-place-hang-up-feedback = komentarz reguły `[[hang_up]]`
    .studio = komentarz reguły rozłączenia
diag-place-ending-text = tekst
diag-place-debrief = omówienie

## Poprzeczka jakości biblioteki (crates/engine/src/quality.rs): czego wymagamy od rozmów
## dołączonych do CalmLine poza poprawnością; własna rozmowa trenera nie musi jej spełniać

quality-minutes = rozmowa z biblioteki trwa od 4 do 8 minut, a nie { $minutes }
quality-turns = rozmowa z biblioteki ma co najmniej { $min } wypowiedzi klienta, a ta ma { $count }
quality-replies = wypowiedź klienta `{ $turn }` ma { $count ->
        [one] 1 odpowiedź
        [few] { $count } odpowiedzi
       *[many] { $count } odpowiedzi
    }; w rozmowach z biblioteki każda ma 3 albo 4
quality-variants = { $count ->
        [0] żadna wypowiedź klienta nie ma wariantów kwestii
        [one] tylko 1 wypowiedź klienta ma warianty kwestii
        [few] tylko { $count } wypowiedzi klienta mają warianty kwestii
       *[many] tylko { $count } wypowiedzi klienta ma warianty kwestii
    }; potrzeba co najmniej { $min ->
        [one] 1 takiej wypowiedzi
       *[other] { $min } takich wypowiedzi
    }
quality-outcomes = zakończenia mają { $count ->
        [one] 1 rodzaj rezultatu
        [few] { $count } rodzaje rezultatów
       *[many] { $count } rodzajów rezultatów
    }; potrzeba co najmniej { $min }
quality-self-care = w rozmowie brakuje rady „Zadbaj o siebie” (`self_care`)
    .studio = w rozmowie brakuje rady dla kursanta: pole `Zadbaj o siebie (w omówieniu)` jest puste
quality-length = { $lang }: najlepsza odpowiedź jest { $what ->
        [longest] najdłuższa
        [top-two] jedną z dwóch najdłuższych
        [shortest] najkrótsza
       *[bottom-two] jedną z dwóch najkrótszych
    } w { $count } z { $turns } wypowiedzi klienta (dopuszczalne najwyżej { $max } %): zróżnicuj długość odpowiedzi, żeby nie zdradzała oceny
quality-median = { $lang }: mediana liczby znaków { $low ->
        [harmful] w szkodliwych odpowiedziach
        [poor] w słabych odpowiedziach
        [acceptable] w odpowiedziach do przyjęcia
       *[best] w najlepszych odpowiedziach
    } to { $low_chars }, a { $high ->
        [harmful] w szkodliwych odpowiedziach
        [poor] w słabych odpowiedziach
        [acceptable] w odpowiedziach do przyjęcia
       *[best] w najlepszych odpowiedziach
    } – { $high_chars }: krótsza mediana musi wynosić co najmniej { $min } % dłuższej
    .studio = { $lang }: { $low ->
        [harmful] szkodliwe odpowiedzi
        [poor] słabe odpowiedzi
        [acceptable] odpowiedzi do przyjęcia
       *[best] najlepsze odpowiedzi
    } mają zwykle około { $low_chars ->
        [one] 1 znaku
       *[other] { $low_chars } znaków
    }, a { $high ->
        [harmful] szkodliwe
        [poor] słabe
        [acceptable] odpowiedzi do przyjęcia
       *[best] najlepsze
    } – około { $high_chars }: zbliż do siebie długość tych odpowiedzi (krótsze powinny mieć co najmniej { $min } % długości dłuższych), żeby długość nie zdradzała oceny
quality-cue = { $lang }: { $cue ->
        [question] znak zapytania jest
        [apology] przeprosiny są
        [hedge] zastrzeżenie („mogę się mylić”) jest
       *[summary] podsumowanie jest
    } w { $best ->
        [one] 1 najlepszej odpowiedzi
        [few] { $best } najlepszych odpowiedziach
       *[many] { $best } najlepszych odpowiedziach
    }, ale { $weaker ->
        [0] w żadnej słabszej
        [one] tylko w 1 słabszej
        [few] tylko w { $weaker } słabszych
       *[many] tylko w { $weaker } słabszych
    }: słabsze odpowiedzi muszą to zawierać co najmniej tak samo często
    .studio = { $lang }: { $cue ->
        [question] znak zapytania jest
        [apology] przeprosiny są
        [hedge] zastrzeżenie („mogę się mylić”) jest
       *[summary] podsumowanie jest
    } w { $best ->
        [one] 1 najlepszej odpowiedzi
        [few] { $best } najlepszych odpowiedziach
       *[many] { $best } najlepszych odpowiedziach
    }, ale { $weaker ->
        [0] w żadnej słabszej
        [one] tylko w 1 słabszej
        [few] tylko w { $weaker } słabszych
       *[many] tylko w { $weaker } słabszych
    }: używaj { $cue ->
        [question] go
        [apology] ich
        [hedge] go
       *[summary] go
    } w słabszych odpowiedziach co najmniej równie często, bo inaczej kursant rozpozna najlepszą odpowiedź po { $cue ->
        [question] znaku zapytania
        [apology] przeprosinach
        [hedge] zastrzeżeniu
       *[summary] podsumowaniu
    }, bez czytania
quality-first = najlepsza odpowiedź stoi w pliku na pierwszym miejscu w { $count } z { $turns } wypowiedzi klienta (dopuszczalne najwyżej { $max } %)
    .studio = najlepsza odpowiedź jest wpisana jako pierwsza w { $count } z { $turns } wypowiedzi klienta (dopuszczalne najwyżej { $max } %): w niektórych z nich wpisz ją na innym miejscu
quality-one-wording = najlepsza odpowiedź `{ $turn }.{ $reply }` ma tylko jedno sformułowanie; dodaj co najmniej jeszcze jedno
    .studio = najlepsza odpowiedź `{ $reply }` w wypowiedzi klienta `{ $turn }` ma tylko jedno sformułowanie; dodaj co najmniej jeszcze jedno
quality-reaction-reused = reakcja na `{ $turn }.{ $reply }` jest użyta także przy innej odpowiedzi: każda odpowiedź potrzebuje własnej reakcji
    .studio = reakcja na odpowiedź `{ $reply }` w wypowiedzi klienta `{ $turn }` jest użyta także przy innej odpowiedzi: każda odpowiedź potrzebuje własnej reakcji
quality-weak-wordings = wypowiedź klienta `{ $turn }`: żadna słabsza odpowiedź nie ma dwóch lub więcej sformułowań
quality-reacting = klient reaguje po swojemu na { $count } z { $weaker } słabszych odpowiedzi (`reaction` albo przejście do innej wypowiedzi klienta niż po najlepszej odpowiedzi): powinien tak reagować na co najmniej { $min } % z nich
    .studio = klient reaguje po swojemu na { $count } z { $weaker } słabszych odpowiedzi (własną reakcją albo przejściem do innej wypowiedzi klienta niż po najlepszej odpowiedzi): powinien tak reagować na co najmniej { $min } % z nich
quality-strategy = strategia, która nie czyta treści („{ $strategy }”), zalicza { $passed } z { $calls } rozmów w wersji { $reader }: może zaliczyć najwyżej { $max }
    .studio = kursant, który bez czytania zawsze wybiera { $strategy ->
        [longest] najdłuższą odpowiedź
        [long-question] z dwóch najdłuższych odpowiedzi tę, która zawiera pytanie
        [first-in-file] odpowiedź wpisaną jako pierwszą
        [first-on-screen] pierwszą odpowiedź na ekranie
        [shortest] najkrótszą odpowiedź
       *[random] losową odpowiedź
    }, zalicza { $passed } z { $calls } rozmów ({ $reader }), a nie powinien zaliczać więcej niż { $max }
