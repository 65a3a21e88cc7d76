# A CalmLine felületének szövege: magyar.
# A tanulót tegezzük; a forgatókönyvekben az ügyfelekkel magázódunk („Ön”).
# Számnév után a főnév egyes számban marad: 5 pont, 12 gyakorló hívás.

## Márka és keret

app-name = CalmLine
app-tagline = Gyakorold a nehéz ügyfélhívásokat ott, ahol a hibáknak nincs ára.
skip-to-content = Ugrás a tartalomra
footer-privacy = A CalmLine teljes egészében a böngésződben fut. Semmi, amit itt csinálsz, nem kerül el sehová.

## Nyelvválasztó. A `language-self-name` a nyelv saját neve.

lang-switch-label = Nyelv
language-self-name = Magyar
language-short = HU

## Katalógus

catalog-heading = Gyakorló hívások
catalog-count =
    { $count ->
        [0] Még nincs gyakorló hívás
       *[other] { $count } gyakorló hívás
    }
catalog-empty-title = Még nem érhető el egyetlen forgatókönyv sem
catalog-empty-body = Az új gyakorló hívások készülnek. Nézz vissza hamarosan!

## Mértékegységgel kiírt számok

points = { $count } pont
