# Studio (`#/studio`, tylko wersja dla autorów): wkompilowane w studio, odtwarzacz go nie pobiera.
studio-heading = CalmLine Studio
studio-lead = Tu piszesz i sprawdzasz własne rozmowy. Zacznij od rozmowy z biblioteki albo otwórz plik scenariusza ze swojego komputera: mapa pokazuje, jak może potoczyć się rozmowa, a każda zmiana jest od razu sprawdzana. Nic nie opuszcza Twojej przeglądarki.
studio-open-editor = Edytuj rozmowę na mapie w studiu
studio-open-library = Zacznij od rozmowy z biblioteki
studio-open-library-button = Otwórz jako szablon
studio-open-empty = Zacznij od pustej rozmowy: jedna wypowiedź klienta, dwie odpowiedzi i trzy zakończenia, a wszystkie teksty wpisujesz samodzielnie
studio-open-new = Zacznij nową rozmowę od przykładu z objaśnieniami (przy każdym polu opis, do czego służy)
studio-open-file = Otwórz plik scenariusza (.toml) ze swojego komputera
studio-opening = Otwieranie rozmowy…
studio-fetch-failed = Nie udało się wczytać rozmowy „{ $file }”. Sprawdź połączenie i spróbuj ponownie.
studio-not-toml = Studio nie potrafi odczytać pliku „{ $file }” jako scenariusza: wiersz { $line }, kolumna { $column }. Otwórz go w edytorze tekstu, popraw to miejsce i otwórz plik ponownie.
studio-unreadable = Nie udało się odczytać pliku „{ $file }”. Może jest za duży albo nie jest już dostępny.
studio-editing = Edytujesz plik „{ $file }”
studio-editing-unnamed = Edytujesz nową rozmowę, która nie ma jeszcze identyfikatora (dopóki go nie wpiszesz, będzie zapisywana jako „{ $file }”)
studio-toolbar = Narzędzia edycji
studio-undo = Cofnij
studio-redo = Ponów
studio-undo-keys = Skrót klawiszowy: Ctrl+Z (poza polami tekstowymi)
studio-redo-keys = Skrót klawiszowy: Ctrl+Shift+Z lub Ctrl+Y (poza polami tekstowymi)
studio-download = Zapisz na komputerze
studio-saved = Zapisano jako „{ $file }”.
studio-saved-errors =
    { $count ->
        [one] Rozmowa ma jeszcze 1 błąd: nie da się jej przeprowadzić, dopóki go nie poprawisz.
        [few] Rozmowa ma jeszcze { $count } błędy: nie da się jej przeprowadzić, dopóki ich nie poprawisz.
       *[many] Rozmowa ma jeszcze { $count } błędów: nie da się jej przeprowadzić, dopóki ich nie poprawisz.
    }
studio-close = Otwórz inną rozmowę
studio-view = Widok rozmowy
studio-view-map = Mapa
studio-view-list = Lista
studio-zoom-in = Powiększ
studio-zoom-out = Pomniejsz
studio-map-fit = Pokaż całą rozmowę
studio-problems =
    { $count ->
        [0] Brak problemów
        [one] 1 problem
        [few] { $count } problemy
       *[many] { $count } problemów
    }
studio-problems-group = { $place } · { $problems }
studio-problems-none = Walidator nie znalazł nic do poprawienia: rozmowę da się przeprowadzić.
studio-problems-go = Przejdź do pola
studio-empty-text-needed = wpisz tekst: rozmowa nie może się bez niego obejść
studio-problems-in-file = Miejsce w pliku
studio-map-label = Mapa rozmowy: wypowiedzi klienta i zakończenia połączone przejściami między nimi
studio-list-label = Wypowiedzi klienta i zakończenia rozmowy w formie listy
studio-node-turn = Wypowiedź klienta „{ $id }”
studio-node-ending = Zakończenie „{ $id }”
studio-mark-start = tu zaczyna się rozmowa
studio-mark-unreachable = nie prowadzi tu żadna ścieżka
studio-mark-problem = jest tu problem
studio-edge-reply = odpowiedź „{ $id }” ({ $grade }) prowadzi do „{ $target }”
studio-edge-silence = milczenie prowadzi do „{ $target }”
studio-edge-trigger = reguła „{ $id }” przenosi rozmowę do „{ $target }”
studio-edge-hang-up-when = rozłączenie, reguła { $n } (gdy jej warunek jest spełniony), prowadzi do „{ $target }”
studio-edge-hang-up-otherwise = rozłączenie, reguła { $n } (w pozostałych przypadkach), prowadzi do „{ $target }”
studio-edge-gives-up = rozłączenie się klienta prowadzi do „{ $target }”
studio-edge-missing = „{ $target }” nie jest ani wypowiedzią klienta, ani zakończeniem
studio-inspector-empty = Wybierz wypowiedź klienta albo zakończenie na mapie lub na liście, żeby je edytować.
studio-inspector-heading = { $node }: pola
studio-keeps-layout = W tym pliku klucze jednej tabeli są przedzielone kluczami innej. Przy pierwszej zmianie zostaną zebrane w jednym miejscu; żaden tekst ani komentarz nie zginie.
studio-group-node = Wypowiedź klienta lub zakończenie jako całość
studio-group-turn-itself = Ustawienia tej wypowiedzi klienta
studio-group-ending-itself = Ustawienia tego zakończenia
studio-fold-reply = { $grade }: „{ $text }” → { $target }
studio-group-reply = Odpowiedź { $n }
studio-group-line = Kwestia klienta, wariant { $n }
studio-group-silence = Gdy kursant milczy
studio-group-hold = Zawieszenie połączenia
studio-field-id = Identyfikator
studio-field-emotion = Jak brzmi klient
studio-field-time = Czas na odpowiedź (s)
studio-field-grade = Ocena
studio-field-goto = Prowadzi do
studio-field-mood = Zmiana nastroju
studio-field-feedback = Komentarz
studio-field-reaction = Reakcja klienta
studio-field-text = Tekst
studio-field-outcome = Rezultat
studio-field-debrief = Omówienie
studio-field-line = Klient mówi
studio-field-wording = sformułowanie { $n }
studio-edit-refused = Tej zmiany nie wprowadzono ({ $field }): to pole wymaga wartości innego rodzaju.
studio-drafts = Twoje wersje robocze w tej przeglądarce
studio-draft-continue = Kontynuuj pracę nad plikiem „{ $file }”
studio-draft-delete = Usuń wersję roboczą pliku „{ $file }”
studio-draft-deleted = Wersja robocza pliku „{ $file }” została usunięta.
studio-draft-kept = zapisano w tej przeglądarce
studio-draft-not-kept = Nie udało się zapisać Twojej ostatniej zmiany w tej przeglądarce (być może zabrakło w niej miejsca albo jest to okno prywatne). Zapisz rozmowę na komputerze, żeby nic nie przepadło.
studio-play = Przetestuj rozmowę
studio-play-why = Najpierw usuń problemy: rozmowy z błędami nie da się przeprowadzić.
studio-back-to-editing = Wróć do edycji
studio-verdicts = Werdykty wszystkich możliwych rozmów
studio-verdicts-check = Sprawdź werdykty wszystkich możliwych rozmów
studio-verdicts-checking = Sprawdzanie każdej możliwej ścieżki rozmowy…
studio-verdicts-stale = Rozmowa zmieniła się od ostatniego sprawdzenia: zostanie sprawdzona ponownie chwilę po Twojej ostatniej zmianie.
studio-verdicts-errors = Najpierw usuń błędy: rozmowy z błędami nie da się ocenić.
studio-verdicts-passing = Wyniki zaliczonych rozmów: { $low }–{ $high }.
studio-verdicts-none-pass = Żadnej rozmowy nie da się zaliczyć: sprawdź zakończenia i próg zaliczenia.
studio-verdicts-failing = Wyniki niezaliczonych rozmów: { $low }–{ $high }.
studio-verdicts-none-fail = Każda rozmowa jest zaliczona, nawet z najsłabszymi odpowiedziami: taka rozmowa niczego nie sprawdza.
studio-verdicts-length = Liczba odpowiedzi w rozmowie (milczenie też się liczy): od { $shortest } do { $longest }.
studio-verdicts-paths = Liczba różnych ścieżek rozmowy: { $paths }.
studio-verdicts-endings = Zakończenia, do których może prowadzić zaliczona rozmowa: { $passing } z { $endings }.
studio-verdicts-bounds = Rozmowa jest za duża, żeby prześledzić każdą jej ścieżkę: liczba odpowiedzi to tylko dolna i górna granica, a wyników brak.
studio-verdicts-bar-met = Rozmowa spełnia wymagania jakościowe biblioteki.
studio-verdicts-bar-not-met = Liczba wymagań jakościowych biblioteki, których rozmowa jeszcze nie spełnia: { $count } (lista poniżej). We własnych szkoleniach to nie przeszkadza: potraktuj je jako wskazówki.
studio-verdicts-group-guessable = Najlepszą odpowiedź da się wskazać bez czytania: { $count ->
        [one] { $count } niespełnione wymaganie
        [few] { $count } niespełnione wymagania
       *[many] { $count } niespełnionych wymagań
    }
studio-verdicts-group-variety = Sformułowania i reakcje klienta: { $count ->
        [one] { $count } niespełnione wymaganie
        [few] { $count } niespełnione wymagania
       *[many] { $count } niespełnionych wymagań
    }
studio-verdicts-group-shape = Długość i budowa rozmowy: { $count ->
        [one] { $count } niespełnione wymaganie
        [few] { $count } niespełnione wymagania
       *[many] { $count } niespełnionych wymagań
    }
studio-reader-every = każda wersja: wszystkie języki, a w polskiej obie formy zwracania się do kursanta, „Pan” i „Pani”
studio-reader-every-lang = każda wersja językowa
studio-reader-en = wersja angielska
studio-reader-hu = wersja węgierska
studio-reader-pl = wersja polska
studio-reader-pl-pan = wersja polska, klient mówi do kursanta „Pan”
studio-reader-pl-pani = wersja polska, klient mówi do kursanta „Pani”
studio-add-turn = Dodaj wypowiedź klienta
studio-add-ending = Dodaj zakończenie
studio-add-reply = Dodaj odpowiedź
studio-add-line = Dodaj wariant kwestii klienta
studio-add-trigger = Dodaj regułę, która przenosi rozmowę w inne miejsce
studio-add-hang-up = Dodaj regułę rozłączenia
studio-add-extra-which = Czego jeszcze nie ma w tej odpowiedzi
studio-add-extra = Dodaj do odpowiedzi
studio-add-wording = Dodaj inne sformułowanie
studio-remove-wording = Usuń ostatnie sformułowanie
studio-remove-turn = Usuń tę wypowiedź klienta
studio-remove-ending = Usuń to zakończenie
studio-remove-reply = Usuń odpowiedź { $n }
studio-remove-line = Usuń wariant { $n }
studio-field-missing = { $field } (jeszcze nie napisano)
studio-shape-refused = Tej zmiany nie da się tu wprowadzić. Plik pozostał bez zmian.
shared-heading = Rozmowa od Twojego trenera
shared-loading = Pobieranie i sprawdzanie rozmowy…
shared-retry = Spróbuj ponownie
shared-bad-address = Ten link nie prowadzi do rozmowy, którą można otworzyć: „{ $address }”. Adres musi zaczynać się od https://. Poproś trenera, żeby jeszcze raz przesłał Ci link.
shared-status = Serwer pod adresem { $address } zwrócił błąd { $status }, więc nie udało się pobrać rozmowy. Plik mógł zostać przeniesiony; zapytaj trenera.
shared-unreachable = Nie udało się pobrać rozmowy spod adresu { $address }.
shared-unreachable-hint = Albo nie ma połączenia z internetem, albo serwer nie pozwala innym witrynom odczytywać pliku (musi wysyłać nagłówek Access-Control-Allow-Origin). Jeśli połączenie działa, daj znać trenerowi.
shared-invalid = Rozmowa spod adresu { $address } zawiera błędy i nie da się jej przeprowadzić. Daj znać trenerowi; poniższe wiersze pokazują, gdzie jest każdy z błędów:
studio-share = Udostępnij przez link
studio-share-hosting = Zapisz rozmowę, a potem umieść plik na stronie internetowej, którą zarządzasz, dostępnej przez HTTPS. Serwer musi pozwalać innym witrynom odczytywać plik, czyli wysyłać nagłówek „Access-Control-Allow-Origin: *” (GitHub Pages robi to dla każdego pliku). Gdy zmienisz rozmowę, wgraj nowy plik pod ten sam adres; link się nie zmieni.
studio-share-address = Adres pliku na Twojej stronie
studio-share-link = Link dla kursantów
studio-share-try = Otwórz link, żeby sprawdzić, czy działa
studio-share-needs-https = Adres musi zaczynać się od https://.
studio-package = Nie masz strony, na której umieścisz plik? Pobierz gotowy odtwarzacz
studio-package-hint = Dostajesz cały odtwarzacz CalmLine w jednym pliku zip, a w nim tylko tę rozmowę. Rozpakuj go i umieść całą zawartość folderu, bez zmian, na dowolnej stronie internetowej, którą Twoi kursanci otworzą przez HTTPS: w firmowym intranecie, na GitHub Pages czy Netlify. Po pierwszym otwarciu odtwarzacz działa też bez dostępu do sieci. Przeglądarka nie uruchomi go bezpośrednio z dysku.
studio-package-download = Pobierz odtwarzacz z tą rozmową (.zip)
studio-package-has-errors =
    { $count ->
        [one] W rozmowie jest 1 problem, przez który nie da się jej przeprowadzić. Najpierw go usuń: spakować można tylko działającą rozmowę.
        [few] W rozmowie są { $count } problemy, przez które nie da się jej przeprowadzić. Najpierw je usuń: spakować można tylko działającą rozmowę.
       *[many] W rozmowie jest { $count } problemów, przez które nie da się jej przeprowadzić. Najpierw je usuń: spakować można tylko działającą rozmowę.
    }
studio-package-working = Przygotowywanie paczki: { $done } z { $total } plików…
studio-package-done = Paczka jest gotowa: { $file } ({ $size } MB). Przeglądarka zapisała ją w pobranych plikach.
studio-package-no-answer = strona nie odpowiada
studio-package-fetch-failed = Nie udało się pobrać z tej strony pliku odtwarzacza „{ $file }” ({ $reason }), więc paczka nie powstała. Sprawdź połączenie i spróbuj ponownie.
studio-package-not-release = Ta kopia studia działa na serwerze deweloperskim, na którym nie ma gotowego odtwarzacza do spakowania. Paczki można tworzyć na opublikowanej stronie CalmLine.
studio-package-unexpected = Odtwarzacz na tej stronie nie jest taki, jakiego oczekuje studio ({ $what }), więc paczka nie powstała.
studio-package-readme =
    CalmLine: { $title }

    Ten folder to odtwarzacz szkoleniowy CalmLine z jedną rozmową: „{ $title }” (plik scenarios/{ $file }).

    Jak udostępnić go kursantom:
    1. Rozpakuj plik zip.
    2. Umieść całą zawartość tego folderu, bez zmian, na stronie internetowej, którą Twoi kursanci otworzą przez HTTPS, na przykład w firmowym intranecie, na GitHub Pages albo Netlify. Wystarczy dowolny serwer udostępniający zwykłe pliki; na serwerze nic nie jest uruchamiane.
    3. Wyślij kursantom adres pliku index.html. Link, który od razu otwiera tę rozmowę, to ten adres z końcówką #/play/{ $id }. Język wybierzesz, dopisując ?lang=pl, ?lang=hu albo ?lang=en, na przykład #/play/{ $id }?lang=pl.

    Dwukrotne kliknięcie pliku index.html na komputerze nic nie da: przeglądarki nie uruchamiają odtwarzacza z plików na dysku.

    Po pierwszym otwarciu rozmowa działa też bez dostępu do sieci. Nic nie jest nigdzie wysyłane: wyniki zostają w przeglądarce każdego kursanta.

    Aby zmienić rozmowę, otwórz plik scenarios/{ $file } w CalmLine Studio, pobierz nową paczkę i wstaw ją w miejsce obecnej.
studio-play-from = Przetestuj od tej wypowiedzi
studio-play-unreached = Żadna ścieżka rozmowy nie prowadzi do „{ $id }”, więc nie da się od tego miejsca przetestować rozmowy. Sprawdź, które odpowiedzi tu prowadzą.
studio-plan = Plan testów
studio-plan-why = Plan testów (plik „nazwa.plan.toml” obok rozmowy) wymienia przebiegi rozmowy, które muszą zakończyć się zgodnie z zamierzeniem. Otwórz go tutaj: jeśli zmienisz identyfikator wypowiedzi klienta lub zakończenia, zmieni się on też w planie, a przebiegi z planu możesz uruchomić na zmienionej rozmowie.
studio-plan-pick = Otwórz plan testów
studio-plan-open = Plan testów „{ $file }”, aktualizowany razem z rozmową.
studio-plan-play = Uruchom przebiegi z planu
studio-plan-save = Zapisz plan testów
studio-plan-save-changed = Zapisz plan testów (niezapisane zmiany)
studio-plan-passed = Przebiegi z planu: { $cases }; wszystkie kończą się zgodnie z zamierzeniem.
studio-plan-failed = Przebiegi z planu, które nie kończą się zgodnie z zamierzeniem ({ $failures } z { $cases }):
studio-plan-call-invalid = Najpierw usuń problemy w rozmowie: przebiegów z planu nie da się uruchomić na rozmowie z błędami.
studio-not-utf8 = Plik „{ $file }” nie jest zapisany w kodowaniu UTF-8 (pierwszy znak spoza UTF-8 jest w wierszu { $line }, w kolumnie { $column }). Otwórz go w edytorze tekstu, zapisz w kodowaniu „UTF-8” i otwórz go tu ponownie.
studio-view-translate = Tłumaczenie
studio-translate-heading = Wszystkie teksty w trzech językach
studio-translate-incomplete =
    { $count ->
        [0] Każdy tekst jest napisany we wszystkich trzech językach.
        [one] W 1 tekście wciąż brakuje któregoś języka: jest na górze tabeli.
        [few] W { $count } tekstach wciąż brakuje któregoś języka: są na górze tabeli.
       *[many] W { $count } tekstach wciąż brakuje któregoś języka: są na górze tabeli.
    }
studio-translate-caption = Teksty rozmowy, każdy tekst lub sformułowanie w osobnym wierszu, po polsku, węgiersku i angielsku obok siebie. Teksty, w których brakuje któregoś języka, są na początku.
studio-translate-where = Miejsce w rozmowie
studio-translate-part-title = Tytuł
studio-translate-part-summary = Opis
studio-translate-part-self-care = Zadbaj o siebie (rada w omówieniu)
studio-translate-part-customer = Klient
studio-translate-part-name = Imię i nazwisko
studio-translate-xliff = Pliki do tłumaczenia (XLIFF)
studio-translate-xliff-lead = Wyślij teksty tłumaczowi albo biuru tłumaczeń jako plik XLIFF, który otworzysz w każdym narzędziu do tłumaczenia, a potem wczytaj tu przetłumaczony plik. Poza tekstami nic w rozmowie się nie zmieni.
studio-translate-source = Język źródłowy
studio-translate-target = Język docelowy
studio-translate-export = Eksportuj dla tłumacza
studio-translate-same = Wybierz dwa różne języki.
studio-translate-import = Wczytaj tłumaczenie (plik .xlf)
studio-translate-read =
    Wczytano plik „{ $file }” ({ $lang }): { $count ->
        [one] 1 tekst
        [few] { $count } teksty
       *[many] { $count } tekstów
    }, { $changed ->
        [0] żaden się nie zmienił.
        [one] z czego zmienił się 1.
        [few] z czego zmieniły się { $changed }.
       *[many] z czego zmieniło się { $changed }.
    } „Cofnij” wycofa cały import jednym kliknięciem.
studio-translate-skipped =
    { $count ->
        [one] 1 tekst nie miał jeszcze tłumaczenia i został pominięty.
        [few] { $count } teksty nie miały jeszcze tłumaczenia i zostały pominięte.
       *[many] { $count } tekstów nie miało jeszcze tłumaczenia i zostało pominiętych.
    }
studio-translate-unknown =
    { $count ->
        [one] 1 tekst z pliku nie występuje w tej rozmowie (może usunięto go po eksporcie) i został pominięty:
        [few] { $count } teksty z pliku nie występują w tej rozmowie (może usunięto je po eksporcie) i zostały pominięte:
       *[many] { $count } tekstów z pliku nie występuje w tej rozmowie (może usunięto je po eksporcie) i zostało pominiętych:
    }
studio-translate-other-call = Plik „{ $file }” wyeksportowano z rozmowy „{ $original }”, a nie z rozmowy „{ $call }”, którą teraz edytujesz. Chcesz go mimo to zastosować? Zmienią się tylko teksty, które są także w tej rozmowie.
studio-translate-apply-anyway = Zastosuj mimo to
studio-translate-dont-apply = Nie stosuj
studio-translate-failed = Nie udało się odczytać pliku „{ $file }”, więc nic się nie zmieniło. Przyczyna: { $why } (wiersz { $line }, kolumna { $column }).
studio-translate-error-not-xml = plik nie jest poprawnym dokumentem XML
studio-translate-error-not-xliff = to nie jest plik XLIFF (jego główny element to <{ $found }>)
studio-translate-error-version = to plik XLIFF w wersji { $found }, a studio odczytuje tylko XLIFF 2 (wyeksportuj plik z narzędzia do tłumaczenia jako XLIFF 2.0)
studio-translate-error-namespace = element <xliff> nie należy do przestrzeni nazw XLIFF 2
studio-translate-error-no-language = plik nie określa, w jakim języku są tłumaczenia (trgLang)
studio-translate-error-other-language = tłumaczenia są w języku „{ $found }”, a studio obsługuje tylko polski, węgierski i angielski
studio-translate-error-unit = jednostka „{ $id }” nie wskazuje, który tekst rozmowy uzupełnia (brakuje jej nazwy albo nazwa została zmieniona)
studio-translate-error-code-point = <cp hex="{ $hex }"/> nie oznacza prawidłowego znaku
studio-about = O tej rozmowie
studio-group-customer = Klient
studio-group-trigger = Reguła { $n }: gdy warunek jest spełniony, rozmowa przechodzi w inne miejsce
studio-group-hang-up = Rozłączenie: reguła { $n }
studio-group-twist = Zwrot akcji { $n }
studio-remove-hang-up = Usuń regułę rozłączenia { $n }
studio-remove-rule = Usuń regułę { $n }
studio-remove-twist = Usuń zwrot akcji { $n }
studio-choice-unknown = „{ $value }” (nieznana wartość: wybierz jedną z listy)
studio-field-title = Tytuł
studio-field-summary = Opis
studio-field-self_care = Zadbaj o siebie (w omówieniu)
studio-field-name = Imię i nazwisko
studio-field-patience = Cierpliwość (ile razy może minąć czas na odpowiedź)
studio-field-pass_mark = Próg zaliczenia
studio-field-minutes = Czas trwania (orientacyjnie, w minutach)
studio-field-start = Pierwsza wypowiedź klienta
studio-field-difficulty = Poziom trudności
studio-field-format = Wersja formatu pliku
studio-field-version = Wersja tej rozmowy
studio-field-direction = Kto dzwoni
studio-field-face = Twarz
studio-field-age = Wiek
studio-field-presentation = Rysy
studio-field-skin = Odcień skóry
studio-field-hair = Fryzura
studio-field-hair_colour = Kolor włosów
studio-field-glasses = Okulary
studio-field-beard = Zarost
studio-field-ending = Zakończenie
studio-field-mood_below = Nastrój poniżej
studio-field-mood_at_least = Nastrój co najmniej
studio-field-said = Padły te odpowiedzi
studio-field-not_said = Nie padły te odpowiedzi
studio-field-var_at_least = Zmienna co najmniej
studio-field-var_below = Zmienna poniżej
studio-field-twist = Ze zwrotem akcji
studio-field-not_twist = Bez zwrotu akcji
studio-field-call-skills = Oceniane umiejętności
studio-field-start-mood = Nastrój na początku
studio-field-hold-minutes = Obiecany czas zawieszenia (w minutach)
studio-group-call = Sama rozmowa
studio-add-skill-which = Punkty za inną umiejętność
studio-add-skill = Dodaj punkty za umiejętność
studio-add-condition-which = Kolejny warunek (Tylko gdy)
studio-add-condition = Dodaj ten warunek
studio-add-call-skill-which = Kolejna umiejętność oceniana w tej rozmowie
studio-add-call-skill = Dodaj tę umiejętność
studio-add-technique-which = Kolejna ćwiczona technika
studio-add-technique = Dodaj tę technikę
studio-direction-inbound = Dzwoni klient
studio-direction-outbound = Kursant dzwoni do klienta
studio-remove-skill = Usuń punkty za „{ $skill }”
studio-reply-no-skills = Ta odpowiedź nie daje jeszcze punktów za żadną umiejętność, więc omówienie nie może jej ocenić: przyznaj jej punkty (dodatnie albo ujemne) za umiejętności, których dotyczy.
studio-field-skills = Punkty za umiejętności
studio-field-critical = Błąd krytyczny
studio-field-add = Dodaj do zmiennej
studio-field-set = Ustaw zmienną
studio-field-when = Tylko gdy
studio-field-chance = Prawdopodobieństwo (%)
studio-field-gives_up = Zakończenie, gdy klient rezygnuje
studio-field-customer_type = Typ klienta
studio-field-techniques = Ćwiczone techniki
studio-field-announced = Zmiana nastroju: zapowiedziane zawieszenie
studio-field-bare = Zmiana nastroju: samo „proszę czekać”
studio-field-silent = Zmiana nastroju: zawieszenie bez słowa
studio-field-unthanked = Dodatkowa zmiana nastroju: powrót bez podziękowania
studio-field-again = Dodatkowa zmiana nastroju: każde kolejne zawieszenie
studio-field-overrun = Dodatkowa zmiana nastroju: każde pół minuty ponad obiecany czas
studio-hint-mood = O ile zmienia się nastrój klienta: poniżej 0 klient bardziej się złości, powyżej 0 się uspokaja (skala nastroju: od 0, wściekły, do 100, zadowolony). Większość odpowiedzi zmienia go o 5–20 punktów.
studio-hint-skills = Punkty za tę umiejętność w omówieniu (poniżej 0 liczą się na minus), zwykle od −3 do +3 za jedną odpowiedź (najwyżej ±10).
studio-hint-time = Ile sekund ma kursant na wybór odpowiedzi, gdy czas na odpowiedź jest ustawiony na „Standardowy”; pozostałe ustawienia go wydłużają albo skracają.
studio-hint-grade = Jak tę odpowiedź oceniłby kierownik ds. jakości: najlepsza, do przyjęcia, słaba albo szkodliwa.
studio-hint-critical = Jeśli to zaznaczysz, rozmowy z tą odpowiedzią nie da się zaliczyć, niezależnie od wyniku. Zaznaczaj tylko przy słabych odpowiedziach; szkodliwa odpowiedź zawsze jest błędem krytycznym.
studio-hint-goto = Wypowiedź klienta albo zakończenie, które następuje po tej odpowiedzi.
studio-hint-feedback = Komentarz do tej odpowiedzi w omówieniu: dlaczego działa albo co zadziałałoby lepiej. Tak jak interfejs, komentarz zwraca się do kursanta na „ty” (po węgiersku „te”).
studio-hint-hang-up-grade = Jak kierownik ds. jakości oceniłby rozłączenie się w tej sytuacji: „Najlepsza”, „Do przyjęcia”, „Słaba” albo „Szkodliwa”.
studio-hint-hang-up-critical = Jeśli to zaznaczysz, rozmowy zakończonej w ten sposób nie da się zaliczyć, niezależnie od wyniku. Zaznaczaj tylko przy ocenie „Słaba”; rozłączenie z oceną „Szkodliwa” zawsze jest błędem krytycznym.
studio-hint-hang-up-feedback = Komentarz do rozłączenia się w tej sytuacji, wyświetlany w omówieniu: dlaczego było to słuszne albo co zadziałałoby lepiej. Tak jak interfejs, komentarz zwraca się do kursanta na „ty” (po węgiersku „te”).
studio-hint-silence-feedback = Komentarz w omówieniu, gdy kursantowi skończy się tu czas na odpowiedź: dlaczego milczenie w tym miejscu szkodzi albo co zadziałałoby lepiej. Tak jak interfejs, komentarz zwraca się do kursanta na „ty” (po węgiersku „te”).
studio-hint-reaction = Co klient mówi zaraz po tej odpowiedzi, przed swoją następną wypowiedzią (nieobowiązkowe).
studio-hint-add = Liczba dodawana do zmiennej zapisanej w rozmowie (np. warnings = 1); reguły sprawdzają tę zmienną w polu „Tylko gdy”.
studio-hint-set = Wartość, którą dostaje zmienna (np. warnings = 0); reguły sprawdzają tę zmienną w polu „Tylko gdy”.
studio-hint-patience = Ile razy może minąć czas na odpowiedź (od 0 do 5), zanim klient zrezygnuje.
studio-hint-pass_mark = Wynik ogólny (od 0 do 100) potrzebny do zaliczenia rozmowy.
studio-hint-chance = W jakiej części rozmów następuje ten zwrot akcji (od 1 do 99%); w każdej rozmowie decyduje losowanie.
studio-hint-silent = O ile spada nastrój, gdy kursant zawiesza połączenie bez słowa (od −30 do 0; domyślnie −12).
studio-hint-announced = O ile spada nastrój, gdy kursant prosi o zgodę na zawieszenie połączenia i wyjaśnia, po co je zawiesza (od −30 do 0; domyślnie −2).
studio-hint-bare = O ile spada nastrój po samym „proszę czekać” (od −30 do 0; domyślnie −6).
studio-hint-presentation = Twarz, którą kursant widzi podczas rozmowy: dobierz rysy, wiek, odcień skóry, fryzurę, kolor włosów, okulary i zarost tak, by pasowały do imienia klienta.
studio-setup-heading = Test rozmowy od wypowiedzi klienta „{ $id }”
studio-setup-lead = Rozmowa zostanie odegrana aż do tej wypowiedzi ścieżką, którą mógłby tu dotrzeć kursant: przez najlepsze odpowiedzi, które tu prowadzą, albo przez najsłabsze, po których rozmowa jeszcze trwa. Wybierz ścieżkę albo zmień na niej dowolny ruch, a jeśli chcesz sprawdzić tę wypowiedź w innej sytuacji, zmień nastrój klienta lub zmienne rozmowy. Potem rozpocznij test rozmowy.
studio-setup-lead-one = Rozmowa zostanie odegrana aż do tej wypowiedzi ścieżką, którą mógłby tu dotrzeć kursant; w tym wypadku zarówno najlepsze, jak i najsłabsze odpowiedzi wyznaczają tę samą ścieżkę. Możesz zmienić na niej dowolny ruch, a jeśli chcesz sprawdzić tę wypowiedź w innej sytuacji, zmień nastrój klienta lub zmienne rozmowy. Potem rozpocznij test rozmowy.
studio-setup-way = Ścieżka do tej wypowiedzi
studio-setup-route = Którędy tu dojść
studio-setup-route-best = Przez najlepsze odpowiedzi
studio-setup-route-weakest = Przez najsłabsze odpowiedzi (źle obsłużony klient)
studio-setup-move-label = Ruch { $n }, przy wypowiedzi „{ $turn }”
studio-setup-choice = { $reply } ({ $grade })
studio-setup-choice-words = { $reply } ({ $grade }): „{ $words }”
studio-setup-own-way = Własna ścieżka: wybrane przez Ciebie ruchy, a dalej do tej wypowiedzi przez { $prefer ->
        [best] najlepsze
       *[weakest] najsłabsze
    } odpowiedzi. Gdy zmienisz ruch, kolejne ruchy zostaną wybrane od nowa.
studio-setup-choice-dead =
    { $kind ->
        [ending] { $choice } – kończy rozmowę przed tą wypowiedzią (zakończenie „{ $next }”)
       *[turn] { $choice } – prowadzi do wypowiedzi „{ $next }”, z której rozmowa nigdy tu nie dociera
    }
studio-setup-silence = milczenie (skończył się czas)
studio-setup-mood = Nastrój klienta przy tej wypowiedzi
studio-setup-mood-hint = Od 0 (wściekły) do 100 (zadowolony). Pole pokazuje nastrój, z jakim klient dochodzi do tej wypowiedzi powyższą ścieżką. Możesz go zmienić, np. ustawić tuż powyżej progu nastroju, przy którym reguła przenosi rozmowę w inne miejsce.
studio-setup-vars = Zmienne rozmowy przy tej wypowiedzi
studio-setup-wrong-mood = Liczba całkowita od 0 do 100.
studio-setup-wrong-var = Liczba całkowita, np. 2.
studio-setup-start = Rozpocznij test
studio-remove-field = Usuń „{ $field }”
studio-face-presentation-feminine = Kobiece
studio-face-presentation-masculine = Męskie
studio-face-presentation-neutral = Neutralne
studio-face-skin-fair = Bardzo jasna
studio-face-skin-light = Jasna
studio-face-skin-medium = Średnia
studio-face-skin-olive = Oliwkowa
studio-face-skin-brown = Brązowa
studio-face-skin-deep = Ciemnobrązowa
studio-face-hair-bald = Łysina
studio-face-hair-receding = Zakola
studio-face-hair-short = Krótkie włosy
studio-face-hair-side-part = Krótkie włosy z bocznym przedziałkiem
studio-face-hair-curly = Krótkie loki
studio-face-hair-bob = Bob z grzywką
studio-face-hair-long = Długie włosy
studio-face-hair-bun = Kok
studio-face-hair-ponytail = Kucyk
studio-face-hair_colour-black = Czarne
studio-face-hair_colour-dark-brown = Ciemnobrązowe
studio-face-hair_colour-brown = Brązowe
studio-face-hair_colour-auburn = Kasztanowe
studio-face-hair_colour-red = Rude
studio-face-hair_colour-blonde = Blond
studio-face-hair_colour-greying = Szpakowate
studio-face-hair_colour-grey = Siwe
studio-face-hair_colour-white = Białe
studio-face-glasses-none = Bez okularów
studio-face-glasses-round = Okrągłe oprawki
studio-face-glasses-rectangular = Prostokątne oprawki
studio-face-glasses-reading = Połówki do czytania
studio-face-beard-none = Bez zarostu
studio-face-beard-stubble = Kilkudniowy zarost
studio-face-beard-moustache = Wąsy
studio-face-beard-goatee = Kozia bródka z wąsami
studio-face-beard-full = Pełna broda
studio-map-leads = prowadzi do: { $targets }
studio-map-target = „{ $id }”
