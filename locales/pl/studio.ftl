# Studio (`#/studio`, tylko wersja dla autorów): wkompilowane w studio, odtwarzacz go nie pobiera.
studio-heading = CalmLine Studio
studio-lead = Tu piszesz i sprawdzasz własne rozmowy. Zacznij od rozmowy z biblioteki albo otwórz plik scenariusza ze swojego komputera: mapa pokazuje, jak może potoczyć się rozmowa, a każda zmiana jest od razu sprawdzana. Nic nie opuszcza Twojej przeglądarki.
studio-open-editor = Edytuj rozmowę na mapie w studiu
studio-open-library = Zacznij od rozmowy z biblioteki
studio-open-library-button = Otwórz jako szablon
studio-open-new = Zacznij nową rozmowę od przykładu z objaśnieniami (przy każdym polu opis, do czego służy)
studio-open-file = Otwórz plik scenariusza (.toml) ze swojego komputera
studio-opening = Otwieranie rozmowy…
studio-fetch-failed = Nie udało się wczytać rozmowy „{ $file }”. Sprawdź połączenie i spróbuj ponownie.
studio-not-toml = Studio nie potrafi odczytać pliku „{ $file }” jako scenariusza: wiersz { $line }, kolumna { $column }. Otwórz go w edytorze tekstu, popraw to miejsce i otwórz plik ponownie.
studio-unreadable = Nie udało się odczytać pliku „{ $file }”. Może jest za duży albo nie jest już dostępny.
studio-editing = Edytujesz plik „{ $file }”
studio-toolbar = Narzędzia edycji
studio-undo = Cofnij
studio-redo = Ponów
studio-download = Zapisz na komputerze
studio-close = Otwórz inną rozmowę
studio-view = Widok rozmowy
studio-view-map = Mapa
studio-view-list = Lista
studio-zoom-in = Powiększ
studio-zoom-out = Pomniejsz
studio-problems =
    { $count ->
        [0] Brak problemów
        [one] 1 problem
        [few] { $count } problemy
       *[many] { $count } problemów
    }
studio-problems-none = Walidator nie znalazł nic do poprawienia: rozmowę da się przeprowadzić.
studio-problems-go = Przejdź do pola
studio-map-label = Mapa rozmowy: wypowiedzi klienta i zakończenia połączone przejściami między nimi
studio-list-label = Wypowiedzi klienta i zakończenia rozmowy w formie listy
studio-node-turn = Wypowiedź klienta „{ $id }”
studio-node-ending = Zakończenie „{ $id }”
studio-mark-start = tu zaczyna się rozmowa
studio-mark-unreachable = nie prowadzi tu żadna ścieżka
studio-mark-problem = jest tu problem
studio-edge-reply = odpowiedź „{ $id }” ({ $grade }) prowadzi do „{ $target }”
studio-edge-silence = milczenie prowadzi do „{ $target }”
studio-edge-trigger = wyzwalacz „{ $id }” prowadzi do „{ $target }”
studio-edge-hang-up = rozłączenie prowadzi do „{ $target }”
studio-edge-missing = „{ $target }” nie jest ani wypowiedzią klienta, ani zakończeniem
studio-inspector-empty = Wybierz wypowiedź klienta albo zakończenie na mapie lub na liście, żeby je edytować.
studio-inspector-heading = { $node }: pola
studio-keeps-layout = W tym pliku klucze jednej tabeli są przedzielone kluczami innej. Przy pierwszej zmianie zostaną zebrane w jednym miejscu; żaden tekst ani komentarz nie zginie.
studio-group-node = Wypowiedź klienta lub zakończenie jako całość
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
studio-edit-refused = Tej zmiany nie wprowadzono: pole { $field } wymaga wartości innego rodzaju.
studio-drafts = Twoje wersje robocze w tej przeglądarce
studio-draft-continue = Kontynuuj pracę nad plikiem „{ $file }”
studio-draft-delete = Usuń wersję roboczą pliku „{ $file }”
studio-draft-kept = zapisano w tej przeglądarce
studio-draft-not-kept = Nie udało się zapisać Twojej ostatniej zmiany w tej przeglądarce (być może zabrakło w niej miejsca albo jest to okno prywatne). Zapisz rozmowę na komputerze, żeby nic nie przepadło.
studio-play = Przetestuj rozmowę
studio-play-why = Najpierw usuń problemy: rozmowy z błędami nie da się przeprowadzić.
studio-back-to-editing = Wróć do edycji
