# Tekst interfejsu CalmLine: polski.
# Do kursanta zwracamy się na „ty”; klienci w scenariuszach mówią i słyszą „Pan/Pani”.

## Marka i ramka strony

app-name = CalmLine
app-tagline = Ćwicz trudne rozmowy z klientami tam, gdzie błędy nic nie kosztują.
skip-to-content = Przejdź do treści
footer-privacy = CalmLine działa w całości w Twojej przeglądarce. Nic, co tu robisz, nie jest nigdzie wysyłane.

## Przełącznik języka. `language-self-name` to nazwa tego języka w nim samym.

lang-switch-label = Język
language-self-name = Polski
language-short = PL

## Katalog

catalog-heading = Rozmowy treningowe
catalog-count =
    { $count ->
        [0] Brak rozmów treningowych
        [one] { $count } rozmowa treningowa
        [few] { $count } rozmowy treningowe
        [many] { $count } rozmów treningowych
       *[other] { $count } rozmowy treningowej
    }
catalog-empty-title = Nie ma jeszcze dostępnych scenariuszy
catalog-empty-body = Przygotowujemy nowe rozmowy treningowe. Zajrzyj tu wkrótce.

## Liczby z jednostką

points =
    { $count ->
        [one] { $count } punkt
        [few] { $count } punkty
        [many] { $count } punktów
       *[other] { $count } punktu
    }
