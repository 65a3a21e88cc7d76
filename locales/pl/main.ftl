# Tekst interfejsu CalmLine: polski.
# Do kursanta zwracamy się na „ty”. Interfejs nie używa form rodzajowych kursanta w czasie przeszłym;
# w scenariuszach formy rodzajowe kursanta są tylko w parach `{m|f}` (kursant wybiera „Pan” albo „Pani”);
# klienci w scenariuszach mówią i słyszą „Pan/Pani”. Terminy według docs/glossary.md.

## Marka i ramka strony

app-name = CalmLine
app-tagline = Ćwicz trudne rozmowy z klientami tam, gdzie błędy nic nie kosztują.
skip-to-content = Przejdź do treści
footer-privacy = CalmLine działa w całości w Twojej przeglądarce. Nic, co tu robisz, nie jest nigdzie wysyłane.
nav-label = Narzędzia
nav-settings = Ustawienia
back-to-catalog = Wróć do listy rozmów
retry = Spróbuj ponownie
decimal-separator = ,
thousands-separator = {"\u00A0"}

## Przełącznik języka. `language-self-name` to nazwa tego języka w nim samym.

lang-switch-label = Język
language-self-name = Polski
language-short = PL
# Every language in its own words, the same in every file: the switcher needs no other file.
language-name-pl = Polski
language-name-hu = Magyar
language-name-en = English
language-code-pl = PL
language-code-hu = HU
language-code-en = EN

## Komunikaty

notice-dismiss = Zamknij komunikat
notice-settings-reset = Nie udało się odczytać zapisanych ustawień, więc przywrócono domyślne.
notice-progress-reset = Nie udało się odczytać zapisanych wyników, więc zostały wyzerowane. Przepraszamy.
notice-scores-from-old-model = W tej wersji CalmLine zmienił się sposób oceniania, więc Twoje najlepsze wyniki i zaliczenia z poprzedniej wersji zostały usunięte. Liczba podejść do każdej rozmowy została zachowana.
notice-call-not-restored = Nie udało się wznowić przerwanej rozmowy: { $reason }. Możesz zacząć ją od nowa.
notice-call-resumed = Przywróciliśmy przerwaną rozmowę. Jest wstrzymana: wznów ją, kiedy zechcesz.
notice-storage-unavailable = Ta przeglądarka nie pozwala CalmLine niczego zapisać, więc wyniki znikną po zamknięciu karty.
save-error-malformed = zapis jest niekompletny
save-error-unknown-format = zapisała go inna wersja CalmLine
save-error-outdated = zapis pochodzi ze starszej wersji CalmLine, w której rozmowy przebiegały inaczej
save-error-corrupt = zapis jest uszkodzony
save-error-other-scenario = dotyczy innej rozmowy
save-error-scenario-changed = rozmowa została w międzyczasie zmieniona
save-error-replay = zapis nie pasuje już do rozmowy
save-error-too-long = zapis jest za długi

## Katalog

catalog-heading = Rozmowy treningowe
catalog-lead = Wybierz rozmowę, przeczytaj wprowadzenie i odbierz telefon. Każdą odpowiedź ocenimy i omówimy.
catalog-loading = Wczytywanie rozmów treningowych…
catalog-error-title = Nie udało się wczytać rozmów treningowych
catalog-error-body = Sprawdź połączenie i spróbuj ponownie. Jeśli problem się powtarza, daj znać osobie, od której masz ten link.
catalog-error-details = Szczegóły dla osoby, która opiekuje się tą stroną:
catalog-count =
    { $count ->
        [0] Żadna rozmowa nie pasuje do wybranych filtrów
        [one] { $count } rozmowa treningowa
        [few] { $count } rozmowy treningowe
        [many] { $count } rozmów treningowych
       *[other] { $count } rozmowy treningowej
    }
catalog-empty-title = Nie ma jeszcze żadnych rozmów treningowych
catalog-empty-body = Przygotowujemy nowe rozmowy treningowe. Zajrzyj tu wkrótce.
catalog-no-match = Wybierz inną umiejętność lub inny poziom trudności.
catalog-resume = Masz niedokończoną rozmowę: „{ $title }”.
catalog-resume-button = Wznów rozmowę
filter-label = Filtruj rozmowy
filter-skill = Umiejętność
filter-all-skills = Wszystkie umiejętności
filter-difficulty = Poziom trudności
filter-all-difficulties = Wszystkie poziomy
filter-clear = Pokaż wszystkie rozmowy
card-skills = Ćwiczone umiejętności
card-not-played = Jeszcze nieprzećwiczona
card-passed = Zaliczona
card-not-passed = Jeszcze niezaliczona
card-best = Najlepszy wynik: { $score }
card-best-reset = Najlepszy wynik: brak (nowa punktacja)
card-completions =
    { $count ->
        [one] { $count } podejście
        [few] { $count } podejścia
        [many] { $count } podejść
       *[other] { $count } podejścia
    }

## Liczby z jednostką

points =
    { $count ->
        [one] { $count } punkt
        [few] { $count } punkty
        [many] { $count } punktów
       *[other] { $count } punktu
    }
minutes =
    { $count ->
        [one] około { $count } minuty
       *[other] około { $count } minut
    }
seconds-left =
    { $count ->
        [one] { $count } sekunda
        [few] { $count } sekundy
        [many] { $count } sekund
       *[other] { $count } sekundy
    }
seconds-short = { $value } s

## Umiejętności oceniane w rozmowie

skill-empathy = Empatia
skill-calm = Spokój i profesjonalizm
skill-listening = Aktywne słuchanie
skill-solutions = Nastawienie na rozwiązanie
skill-boundaries = Granice i asertywność
skill-clarity = Jasna komunikacja
skill-ownership = Uczciwość i odpowiedzialność

## Typy klientów, poziomy trudności, techniki
# $presentation: the customer's face (feminine, masculine, neutral) where one customer is named
# (the briefing); a catalog's type is the generic, masculine form.

customer-shouter =
    { $presentation ->
        [feminine] Klientka podnosząca głos
       *[other] Klient podnoszący głos
    }
customer-abusive =
    { $presentation ->
        [feminine] Klientka obrażająca konsultanta
       *[other] Klient obrażający konsultanta
    }
customer-supervisor-demander =
    { $presentation ->
        [feminine] Klientka żądająca przełożonego
       *[other] Klient żądający przełożonego
    }
customer-tech-novice =
    { $presentation ->
        [feminine] Klientka bez wiedzy technicznej
       *[other] Klient bez wiedzy technicznej
    }
customer-never-satisfied =
    { $presentation ->
        [feminine] Wiecznie niezadowolona klientka
       *[other] Wiecznie niezadowolony klient
    }
customer-discount-hunter =
    { $presentation ->
        [feminine] Łowczyni rabatów
       *[other] Łowca rabatów
    }
customer-lost =
    { $presentation ->
        [feminine] Zagubiona klientka
       *[other] Zagubiony klient
    }
customer-unsolvable =
    { $presentation ->
        [feminine] Klientka, której sprawy nie da się załatwić od ręki
       *[other] Klient, którego sprawy nie da się załatwić od ręki
    }
customer-call-back =
    { $presentation ->
        [feminine] Sceptyczka czekająca na telefon
       *[other] Sceptyk czekający na telefon
    }
customer-screamer =
    { $presentation ->
        [feminine] Klientka, która nie przestaje krzyczeć
       *[other] Klient, który nie przestaje krzyczeć
    }
difficulty-easy = Łatwy
difficulty-medium = Średni
difficulty-hard = Trudny
technique-venting = Pozwolenie klientowi na wygadanie się
technique-paraphrasing = Parafraza
technique-empathy-statement = Komunikat empatyczny
technique-three-step-method = Metoda trzech kroków
technique-supervisor-demand = Obsługa prośby o przełożonego
technique-follow-up-promise = Obietnica kontaktu zwrotnego
technique-soft-disagreement = Łagodne wyrażenie odmiennego zdania
technique-admitting-mistake = Przyznanie się do błędu
technique-offering-options = Przedstawienie możliwości
technique-plain-language = Prosty język
technique-open-questions = Pytania otwarte
technique-expectation-setting = Ustalanie realnych oczekiwań
technique-firm-boundaries = Stawianie stanowczych granic
technique-closing-summary = Podsumowanie na koniec rozmowy
technique-post-call-reflection = Refleksja po rozmowie
technique-asking-for-calm = Prośba o spokój, żeby móc pomóc
technique-hold-etiquette = Zawieszanie połączenia zgodnie z zasadami

## Wprowadzenie do rozmowy

briefing-eyebrow = Wprowadzenie
briefing-situation = Sytuacja
briefing-customer = Klient
briefing-difficulty = Poziom trudności
briefing-length = Czas trwania
briefing-pass-mark = Próg zaliczenia
briefing-scored = Co oceniamy
briefing-techniques = Co ćwiczysz
briefing-keys-hint = W trakcie rozmowy odpowiedź wybierzesz też klawiszem z jej numerem.
briefing-start = Rozpocznij rozmowę
briefing-last-debrief = Zobacz omówienie ostatniej rozmowy
briefing-locked-heading = Ustawione przez prowadzącego szkolenie
briefing-locked-hint = Te ustawienia określa link od prowadzącego szkolenie, więc nie możesz ich tu zmienić. W trakcie rozmowy nadal działają przyciski „Więcej czasu” i „Wstrzymaj”.

## Czas i tryb

timer-heading = Czas na odpowiedź
timer-off = Bez limitu czasu
timer-off-hint = Masz tyle czasu, ile potrzebujesz.
timer-relaxed = Swobodny
timer-relaxed-hint = Dwa razy więcej czasu niż zwykle.
timer-standard = Standardowy
timer-standard-hint = Mniej więcej tyle, ile prawdziwy klient czeka na odpowiedź.
timer-strict = Wymagający
timer-strict-hint = Nieco ponad połowa standardowego czasu: dla wprawnych konsultantów.
timer-label = Pozostały czas:
timer-more = Więcej czasu (+20 s)
timer-more-stopped = Zegar stoi: o dodatkowy czas możesz poprosić, gdy znów ruszy.
timer-more-used-up = Dodatkowy czas na tę odpowiedź został już wykorzystany.
timer-off-short = Bez limitu czasu
timer-warning = Zostało 10 sekund na odpowiedź.
mode-heading = Informacja zwrotna
mode-coach = Z trenerem
mode-coach-hint = Komentarz trenera zaraz po każdej odpowiedzi.
mode-exam = Egzamin
mode-exam-hint = Komentarze dopiero w omówieniu, jak przy prawdziwej ocenie.

## Rozmowa

call-heading = Na linii: { $name }
call-you = Ty
call-you-silent = (milczysz)
call-you-ended = (kończysz rozmowę)
# QA round 3 of issue 12, item 6: the customer's line after another silence in a row.
silence-again-1 = Halo? Jeśli nikogo tam nie ma, to się rozłączam.
silence-again-more = Halo?! Dalej cisza? No to się rozłączam.
call-your-reply = Twoja odpowiedź
call-transcript = Dotychczasowy przebieg rozmowy
call-pause = Wstrzymaj
call-resume = Wznów rozmowę
call-paused-title = Rozmowa jest wstrzymana
call-paused-body = Czas stoi. Wznów rozmowę, gdy zechcesz.
call-end = Zakończ rozmowę
call-end-confirm = Zakończyć rozmowę teraz?
call-end-yes = Tak, kończę rozmowę
call-end-no = Rozmawiam dalej
coach-heading = Komentarz trenera
coach-continue = Dalej
feedback-best-default = Bardzo dobra odpowiedź: tak trzymaj.
mood-label = Nastrój klienta
mood-furious = Koniec cierpliwości
mood-upset = Zdenerwowanie
mood-tense = Napięcie
mood-calm = Spokój
mood-happy = Zadowolenie
portrait-label = { $name }, nastrój: { $mood }
emotion-furious = wzburzony
emotion-angry = ostry
emotion-frustrated = zniecierpliwiony
emotion-anxious = zaniepokojony
emotion-confused = niepewny
emotion-sceptical = nieufny
emotion-neutral = rzeczowy
emotion-relieved = łagodniejszy
emotion-pleased = ciepły

## Oceny i zakończenia

grade-best = Najlepsza
grade-acceptable = Do przyjęcia
grade-poor = Słaba
grade-harmful = Szkodliwa
outcome-resolved = Sprawa załatwiona
outcome-follow-up = Obiecany kontakt zwrotny
outcome-escalated = Sprawa przekazana wyżej
outcome-customer-hung-up = Rozmowa przerwana przez klienta
outcome-ended-properly = Rozmowa zakończona zgodnie z procedurą
outcome-agent-hung-up = Rozmowa przerwana przez Ciebie
outcome-unresolved = Sprawa niezałatwiona
outcome-passed-on = Sprawa zepchnięta na kogoś innego

## Omówienie rozmowy

debrief-heading = Omówienie rozmowy
debrief-passed = Zaliczona
debrief-failed = Niezaliczona
debrief-verdict-passed-heading = Dlaczego rozmowa została zaliczona
debrief-verdict-failed-heading = Dlaczego rozmowa nie została zaliczona
debrief-why-ending-good = Rozmowę zakończoną w ten sposób („{ $outcome }”) można zaliczyć.
debrief-why-ending-bad = Zakończenie rozmowy: „{ $outcome }”. Rozmowy zakończonej w ten sposób nie da się zaliczyć, niezależnie od punktów.
debrief-why-critical = Błąd krytyczny (odpowiedź { $number }): „{ $said }”. Rozmowy z błędem krytycznym nie da się zaliczyć.
debrief-why-critical-better = Co by zadziałało: „{ $better }”
debrief-why-no-critical = Bez błędów krytycznych.
debrief-why-quality-enough = Twoje odpowiedzi zdobyły { $quality } na 100 punktów, czyli co najmniej tyle, ile wymaga próg zaliczenia ({ $mark }).
debrief-why-quality-short = Twoje odpowiedzi zdobyły { $quality } na 100 punktów, czyli mniej, niż wymaga próg zaliczenia ({ $mark }).
debrief-why-capped = Rozmowa nie została zaliczona, więc jej wynik to { $overall }, tuż poniżej progu, bez względu na punkty za odpowiedzi.
debrief-moves-heading = Twoje odpowiedzi
debrief-critical-badge = Błąd krytyczny
debrief-critical-given = Błąd krytyczny, niewliczany
debrief-not-assessed = Bez oceny
debrief-not-assessed-hint = „Bez oceny”: żadna odpowiedź w tej rozmowie nie sprawdzała tej umiejętności, więc nie liczy się ani na plus, ani na minus.
debrief-thin = Sprawdzona raz
debrief-thin-hint = „Sprawdzona raz”: tę umiejętność sprawdził tylko jeden moment tej rozmowy, więc widzisz jej wynik, ale nie wskazujemy jej jako Twojej najmocniejszej ani najsłabszej strony, a wynik nie trafia do sekcji „Twoje umiejętności”.
debrief-no-extensions = Dodatkowy czas: ani razu.
debrief-pauses =
    { $count ->
        [0] Ani razu nie zatrzymano zegara.
        [one] Zegar zatrzymano raz (pauza, przejście na inną kartę albo odświeżenie strony).
        [few] Zegar zatrzymano { $count } razy (pauzy, przejście na inną kartę albo odświeżenie strony).
       *[other] Zegar zatrzymano { $count } razy (pauzy, przejście na inną kartę albo odświeżenie strony).
    }
debrief-step-pauses =
    { $count ->
        [one] zegar zatrzymany raz
       *[other] zegar zatrzymany { $count } razy
    }
debrief-extensions =
    { $count ->
        [one] Dodatkowy czas: raz.
       *[other] Dodatkowy czas: { $count } razy, przy { $moves ->
            [one] jednej odpowiedzi
           *[other] { $moves } odpowiedziach
        }.
    }
debrief-step-extensions =
    { $count ->
        [one] dodatkowy czas: raz
       *[other] dodatkowy czas: { $count } razy
    }
debrief-pass-mark = Próg zaliczenia: { $points }
debrief-skills-heading = Umiejętności
debrief-strongest = Najlepiej Ci idzie: { $skills }
debrief-weakest = Do poprawy: { $skills }
debrief-mood-heading = Nastrój klienta
debrief-mood-chart = Nastrój klienta zmienił się z { $start } na { $end } po { $count ->
        [one] jednej odpowiedzi
       *[other] { $count } odpowiedziach
    }.
debrief-marker = Odpowiedź { $number }: { $grade }, nastrój { $mood }
debrief-timing-heading = Czas odpowiedzi
debrief-timing =
    { $replies ->
        [one] Twoja odpowiedź padła po { $mean }.
       *[other] Średnio { $mean }; połowa Twoich odpowiedzi padła najpóźniej po { $median }.
    }
debrief-timeouts =
    { $count ->
        [0] Ani razu nie zabrakło Ci czasu.
        [one] Czasu zabrakło Ci raz.
       *[other] Czasu zabrakło Ci { $count } razy.
    }
debrief-review-heading = Krok po kroku
debrief-turn = Odpowiedź { $number }
debrief-better = Co zadziałałoby lepiej
debrief-time = Czas odpowiedzi: { $time }
debrief-timed-out = czas minął
debrief-given = Tę odpowiedź wybrało za Ciebie studio, żeby rozmowa doszła do wskazanej wypowiedzi klienta; nie wlicza się do wyniku ani do czasu odpowiedzi
debrief-given-who = Studio w Twoim imieniu
debrief-mood-set = Twoja część rozmowy zaczęła się przy nastroju { $mood }, ustawionym przez Ciebie na potrzeby tego testu; po ścieżce prowadzącej do tego miejsca nastrój wynosił { $was }.
debrief-mood-change = Nastrój { $from } → { $to }
debrief-self-care = Zadbaj o siebie
debrief-retry = Spróbuj jeszcze raz
debrief-next = Następna rozmowa
reflection-heading = Twoja refleksja
reflection-hint = Minuta refleksji utrwala to, czego się uczysz. Notatki zostają w tej przeglądarce.
reflection-went-well = Co poszło dobrze?
reflection-to-change = Co następnym razem zrobisz inaczej?

## Wczytywanie rozmowy

play-loading = Wczytywanie rozmowy…
play-missing-title = Taka rozmowa treningowa nie istnieje
play-missing-body = Nie ma rozmowy o nazwie „{ $id }”. Link mógł się zdezaktualizować.
play-unreachable-title = Nie udało się wczytać rozmowy
play-unreachable-body = Sprawdź połączenie i spróbuj ponownie.
play-invalid-title = Nie można odczytać pliku tej rozmowy treningowej
play-invalid-body = Dlatego nie można rozpocząć rozmowy. Szczegóły dla osoby, która opiekuje się tą stroną:
fault-not-compiled = Plik { $file } nie jest plikiem rozmowy treningowej wygenerowanym przez CalmLine. Zbuduj stronę ponownie poleceniem „cargo xtask dist” i opublikuj ją w całości.
fault-version = Plik { $file } został zbudowany inną wersją CalmLine. Opublikuj całą stronę z jednej kompilacji.
fault-damaged = Plik { $file } jest uszkodzony albo niekompletny. Opublikuj całą stronę jeszcze raz.

## Ustawienia

settings-heading = Ustawienia
settings-comfort = Wygoda
settings-voice = Czytaj na głos wypowiedzi klienta
settings-voice-hint = Używa syntezatora mowy przeglądarki w wybranym języku, jeśli jest dostępny.
settings-motion = Ogranicz animacje
settings-motion-hint = Jeśli urządzenie ma włączone ograniczenie animacji, CalmLine już to uwzględnia; ten przełącznik wyłącza animacje tutaj niezależnie od tego ustawienia.
settings-saved = Zmiany zapisują się od razu w tej przeglądarce.
address-heading = Jak klienci mają się do Ciebie zwracać (rozmowy po polsku)
address-hint = Klienci zwracają się do Ciebie formą „Pan” albo „Pani”, a ich wypowiedzi, zakończenia rozmów i komentarze trenera dostosowują się do tego wyboru. Wybór nie wpływa na wynik.
address-pan = Pan
address-pan-hint = „Czy sprawdził Pan moje zamówienie?”
address-pani = Pani
address-pani-hint = „Czy sprawdziła Pani moje zamówienie?”
address-needed = Zanim zaczniesz rozmowę po polsku, wybierz, jak klienci mają się do Ciebie zwracać.

## Strony, które nie istnieją

not-found-title = Ta strona nie istnieje
not-found-body = Adres może zawierać literówkę albo być nieaktualny.

## Własny plik scenariusza trenera

catalog-own-file = Dla trenerów: wypróbuj własny plik scenariusza
own-heading = Twój własny plik scenariusza
own-lead = Wybierz plik scenariusza (.toml, w formacie opisanym w docs/scenario-format.md). CalmLine sprawdzi go w Twojej przeglądarce, pokaże każdy błąd z numerem wiersza i kolumny, a jeśli plik jest poprawny, pozwoli od razu przeprowadzić rozmowę. Plik nie jest nigdzie wysyłany.
own-pick = Plik scenariusza
own-reading = Sprawdzanie pliku…
own-unreadable = Nie udało się odczytać pliku „{ $file }”. Może jest za duży albo nie jest już dostępny.
own-problems =
    { $count ->
        [one] W pliku jest { $count } błąd
        [few] W pliku są { $count } błędy
       *[other] W pliku jest { $count } błędów
    }
own-problems-hint = Każda pozycja listy wskazuje, gdzie w pliku „{ $file }” jest błąd (wiersz:kolumna) i jak go poprawić.
own-valid = Plik jest poprawny. Wypowiedzi klienta: { $turns }, odpowiedzi: { $replies }, zakończenia: { $endings }.
own-passing = Zakończenia, do których może prowadzić zaliczona rozmowa: { $passing } z { $endings }.
own-warnings =
    { $count ->
        [one] { $count } ostrzeżenie: rozmowę da się przeprowadzić, ale przed użyciem na szkoleniu trzeba poprawić plik
        [few] { $count } ostrzeżenia: rozmowę da się przeprowadzić, ale przed użyciem na szkoleniu trzeba poprawić plik
       *[other] { $count } ostrzeżeń: rozmowę da się przeprowadzić, ale przed użyciem na szkoleniu trzeba poprawić plik
    }
own-play = Przeprowadź tę rozmowę

## Udostępnianie rozmowy (dla trenerów)

share-heading = Dla trenerów: wyślij tę rozmowę grupie
share-hint = Link otwiera to wprowadzenie w obecnie wyświetlanym języku, z wybranym powyżej czasem na odpowiedź i trybem informacji zwrotnej.
share-same-call = Dla wszystkich te same wypowiedzi klienta i ta sama kolejność odpowiedzi
share-lock = Zablokuj czas na odpowiedź i tryb informacji zwrotnej, żeby kursanci nie mogli ich zmienić
share-link-label = Link do wysłania
call-tone = Ton: { $emotion }
own-technical = Nazwy pól, identyfikatory i fragmenty TOML są cytowane dokładnie tak, jak zapisano je w pliku.
share-copy = Skopiuj link
share-copied = Link skopiowany.
share-copy-failed = Przeglądarka nie pozwoliła skopiować linku: zaznacz go i skopiuj ręcznie.

## Raportowanie do platformy szkoleniowej (pakiet uruchomiony z LMS)

lms-status-connecting = Łączenie z platformą szkoleniową…
lms-status-saved = Zapisano na platformie szkoleniowej.
lms-status-kept = Brak połączenia z platformą szkoleniową: wynik jest zapisany w tej przeglądarce i zostanie wysłany, gdy połączenie wróci.
lms-status-missing = Żadna platforma szkoleniowa nie odpowiedziała: wynik jest zapisany tylko w tej przeglądarce.
lms-status-closed = Twój wynik jest już na platformie szkoleniowej. Możesz zamknąć to okno.
lms-greeting = Witaj, { $name }!
lms-finish = Zakończ i wróć do kursu
lms-finish-hint = Wynik jest już zapisany. Gdy zakończysz, ta sesja na platformie szkoleniowej zostanie zamknięta.

## Udostępnianie rozmowy: kod QR i osadzenie w intranecie (dla trenerów)

share-qr-label = Kod QR z linkiem: na slajd lub do wydruku
share-embed-heading = Umieść tę rozmowę na stronie w intranecie
share-embed-hint = Wklej ten kod na stronę, na której można wstawić kod HTML, na przykład w SharePoincie lub Confluence. Rozmowa dopasuje się do szerokości strony.
share-embed-origin = Adres witryny intranetowej (opcjonalnie)
share-embed-origin-hint = Jeśli ta strona ma otrzymywać wyniki, podaj adres witryny, na przykład https://intranet.example.com. CalmLine przekaże wtedy tylko tej witrynie informację o rozpoczęciu rozmowy, o każdej odpowiedzi i o wyniku.
share-embed-origin-invalid = To nie jest adres bezpiecznej witryny: wpisz go w postaci https://nazwa.witryny (może to być też adres strony w tej witrynie).
share-embed-label = Kod do wklejenia
share-embed-copy = Skopiuj kod
share-embed-copied = Kod skopiowany.
share-embed-title = Rozmowa treningowa CalmLine: { $title }

## Ścieżka nauki i profil umiejętności (katalog), świętowanie zaliczenia (omówienie)

catalog-all-heading = Wszystkie rozmowy
path-heading = Twoja ścieżka nauki
path-lead = Od pierwszej łatwej rozmowy do najtrudniejszych klientów, krok po kroku.
path-start-here = Zacznij tutaj
path-next = Twoja następna rozmowa
path-reason-start = Najłatwiejsza rozmowa na ścieżce, w sam raz na początek.
path-reason-skill = Twoja najsłabsza jak dotąd umiejętność: { $skill } (ostatni wynik: { $score }). W tej rozmowie ją przećwiczysz.
path-reason-order = Kolejna rozmowa na Twojej ścieżce, której jeszcze nie masz zaliczonej.
path-go-first = Przeprowadź pierwszą rozmowę
path-go = Przeprowadź tę rozmowę
path-done = Wszystkie rozmowy na ścieżce masz zaliczone. Powtórz dowolną z nich i spróbuj pobić swój najlepszy wynik.
path-step-passed = Zaliczona
path-step-unfinished = Niedokończona
path-step-best = Najlepszy wynik: { $score }
profile-heading = Twoje umiejętności
profile-passed = Zaliczone rozmowy: { $passed } z { $total }
profile-best = Najlepszy: { $score }
profile-latest = Ostatni: { $score }
profile-none = Jeszcze bez oceny
profile-empty = Po pierwszej rozmowie zobaczysz tu każdą umiejętność z najlepszym i ostatnim wynikiem.
card-unfinished = Niedokończona
card-unfinished-hint = Dokończ ją od miejsca, w którym została przerwana.
verdict-celebrate-title = Rozmowa zaliczona!
verdict-celebrate-body = Wynik: { $score } na 100, próg zaliczenia: { $mark }. Brawo! Na Twojej ścieżce czeka już kolejna rozmowa.
verdict-celebrate-body-last = Wynik: { $score } na 100, próg zaliczenia: { $mark }. Brawo!
verdict-celebrate-announce = Brawo, rozmowa zaliczona. Wynik: { $score } na 100.

## Komunikaty, wyjście z rozmowy, wczytywanie, usuwanie danych, wydruk omówienia, refleksje
notice-bad-link-plain = Ten link zawiera ustawienia, których CalmLine nie rozpoznaje, więc rozmowa korzysta z ustawień domyślnych.
notice-bad-link-details = Szczegóły dla prowadzącego szkolenie
notice-bad-link-item = „{ $name }”: nieznana wartość „{ $value }”
leave-call-title = Wyjść z rozmowy?
leave-call-body = Rozmowa jest wstrzymana i zapisana: możesz do niej wrócić z listy rozmów i kontynuować od tego samego miejsca.
leave-call-stay = Zostaję w rozmowie
leave-call-leave = Wychodzę z rozmowy
app-loading = Wczytywanie CalmLine…
app-description = Ćwicz trudne rozmowy z klientami: wybieraj odpowiedzi pod presją czasu, obserwuj nastrój klienta i otrzymaj omówienie umiejętność po umiejętności.
app-load-failed = Nie udało się wczytać CalmLine. Sprawdź połączenie i spróbuj ponownie.
app-load-retry = Spróbuj ponownie
settings-clear-heading = Wspólny komputer
settings-clear-hint = Usuwa wszystko, co CalmLine przechowuje w tej przeglądarce: wyniki, niedokończone rozmowy, omówienia, refleksje i ustawienia. Skorzystaj z tego, zanim odejdziesz od komputera w sali szkoleniowej.
settings-clear = Usuń moje dane
settings-clear-question = Usunąć wszystko, co CalmLine przechowuje w tej przeglądarce? Tego nie da się cofnąć.
settings-clear-cancel = Zachowaj dane
settings-clear-yes = Tak, usuń
debrief-record-heading = Dane rozmowy
debrief-record-name = Imię i nazwisko
debrief-record-name-hint = Tylko do wydruku; znika po zamknięciu karty.
debrief-record-date = Data
debrief-record-attempt = Podejście
debrief-record-version = Wersja rozmowy
debrief-record-seed = Wariant rozmowy
debrief-record-mode = Tryb
debrief-print = Drukuj omówienie
reflection-attempt = Podejście { $number }
reflection-earlier =
    { $count ->
        [one] Twoja wcześniejsza refleksja
        [few] Twoje wcześniejsze refleksje ({ $count })
       *[many] Twoje wcześniejsze refleksje ({ $count })
    }
profile-focus = Do poprawy
debrief-headline-passed = Zaliczona: { $score } na 100 punktów
debrief-headline-critical = Niezaliczona: błąd krytyczny
debrief-headline-ending = Niezaliczona: { $outcome }
debrief-headline-points = Niezaliczona: wynik poniżej progu
debrief-why-capped-critical = Błąd krytyczny oznacza automatyczne niezaliczenie, bez względu na punkty: Twoje odpowiedzi zdobyły { $quality } na 100 punktów, ale rozmowa nie została zaliczona, więc jej wynik to { $overall } (próg zaliczenia: { $mark }).
debrief-why-capped-ending = Takie zakończenie oznacza automatyczne niezaliczenie, bez względu na punkty: Twoje odpowiedzi zdobyły { $quality } na 100 punktów, ale rozmowa nie została zaliczona, więc jej wynik to { $overall } (próg zaliczenia: { $mark }).
path-step-failed = Niezaliczona · najlepszy wynik: { $score }
path-step-failed-plain = Niezaliczona
notice-data-cleared = Twoje dane zostały usunięte z tej przeglądarki.
notice-update-ready = Dostępna jest nowa wersja CalmLine. Odśwież stronę, żeby przejść na nową wersję; niedokończona rozmowa zostanie zachowana.
notice-update-reload = Odśwież

# Wrażenie prawdziwej rozmowy: dzwonek, czas rozmowy, klient mówi, rozłączenie, czytanie na głos
ring-title = Połączenie przychodzące: { $name }
ring-heading = Połączenie przychodzące
ring-pick-up = Odbierz
call-clock-label = Czas rozmowy:
call-speaking = { $name } mówi…
call-speaking-skip = Pomiń: pokaż od razu
hangup-customer = { $name } rozłącza się
hangup-ended = Rozmowa zakończona
hangup-to-debrief = Zobacz omówienie
voice-offer = Włączyć czytanie na głos? Usłyszysz, co mówi osoba po drugiej stronie.
voice-offer-yes = Tak, włącz
voice-offer-no = Nie teraz
mood-label-short = Nastrój:
hold-button = Zawieś połączenie
hold-menu-heading = Co powiesz klientowi?
hold-cost = Kiedy połączenie jest zawieszone, Twój czas na odpowiedź stoi, więc możesz coś sprawdzić albo się zastanowić. Klient jednak czeka i jego nastrój spada: najmniej, gdy powiesz, co robisz i ile to potrwa, bardziej po samym „proszę czekać”, a najbardziej, gdy nie powiesz nic. Każde kolejne zawieszenie i czekanie dłuższe niż obiecane kosztuje jeszcze więcej.
hold-say-announced = „Sprawdzę to teraz w naszym systemie, zajmie to około { $minutes ->
        [one] minuty
       *[other] { $minutes } minut
    }. Czy mogę na ten czas zawiesić połączenie?”
hold-say-bare = „Proszę czekać.”
hold-say-silent = (Zawieszasz połączenie bez słowa)
hold-cancel = Nie zawieszaj
hold-on = Połączenie zawieszone: { $time }
hold-on-note = Twój czas na odpowiedź stoi, a klient czeka. Wróć w obiecanym czasie.
hold-back-heading = Powrót do klienta
hold-back-thanks = „Dziękuję za cierpliwość.”
hold-back-plain = „Dobrze, już jestem.”
hold-announce-on = Połączenie jest zawieszone, klient czeka. Twój czas na odpowiedź stoi.
hold-announce-back = Wracasz do klienta po { $time } oczekiwania.
hold-line = Połączenie zawieszone: { $time }
# QA round 3 of issue 12, item 4 (hold): what is said around a hold, the customer's answer on
# the return, and the promised time on the on-hold panel.
hold-line-silent = (zawieszasz połączenie bez słowa)
hold-ack-announced = Tak, jestem.
hold-ack-bare = Tak, jeszcze jestem.
hold-ack-silent = Halo? No nareszcie.
hold-ack-late = No nareszcie. Długo to trwało.
hold-promise = { $held } z obiecanych { $promised }
hold-promise-moment = { $held } z { $promised }: nie podano czasu, więc klient spodziewa się czekać najwyżej chwilę
hold-promise-over = { $over } ponad obiecane { $promised }
hold-promise-over-moment = { $over } ponad chwilę ({ $promised }): klient spodziewał się, że już wrócisz
hold-announce-over = Klient czeka już dłużej, niż się spodziewał.
debrief-hold-customer = Klient
debrief-holds-heading = Zawieszenia połączenia
debrief-hold-item = Zawieszenie { $number } (przed { $move }. odpowiedzią): { $way } · { $time } · nastrój { $before } → { $after }
debrief-hold-way-announced = z zapowiedzią
debrief-hold-way-bare = samo „proszę czekać”
debrief-hold-way-silent = bez słowa
debrief-hold-lesson-well-done = Tak trzeba: pytasz o zgodę, mówisz, co sprawdzasz i ile to potrwa, wracasz na czas i dziękujesz za cierpliwość.
debrief-hold-lesson-bare = Samo „proszę czekać” nie mówi klientowi ani dlaczego, ani jak długo ma czekać. Powiedz, co zrobisz i ile to potrwa, i najpierw zapytaj: „Sprawdzę to teraz w naszym systemie, zajmie to około minuty. Czy mogę na ten czas zawiesić połączenie?”
debrief-hold-lesson-silent = Połączenie zostało zawieszone bez słowa, a klient nie wiedział, czy ktoś jeszcze jest na linii. Powiedz, co robisz i ile to potrwa, i zapytaj, zanim zawiesisz połączenie: „Sprawdzę to teraz w naszym systemie, zajmie to około minuty. Czy mogę na ten czas zawiesić połączenie?”
debrief-hold-lesson-overran = Oczekiwanie trwało dłużej, niż zapowiedziano ({ $promised }). Wróć w obiecanym czasie, nawet jeśli tylko po to, żeby powiedzieć, że potrzebujesz jeszcze minuty, i zapytaj, czy klient może dalej czekać.
debrief-hold-lesson-unthanked = Po powrocie podziękuj za czekanie, na przykład: „Dziękuję za cierpliwość”. Pokazujesz w ten sposób, że szanujesz czas klienta.
debrief-hold-lesson-again = Każde kolejne zawieszenie coraz mocniej wystawia cierpliwość klienta na próbę. Sprawdź wszystko, czego potrzebujesz, podczas jednego zawieszenia.

# Połączenie, które wykonujesz (obiecany telefon zwrotny): ekran przed odebraniem przez klienta.
ring-out-title = Połączenie wychodzące: { $name }
ring-out-heading = Połączenie wychodzące
ring-out-call = Zadzwoń
ring-out-ringing = Łączenie…
