# CalmLine interface text: English (the fallback for any message missing elsewhere).
# Every message here must exist in locales/pl/main.ftl and locales/hu/main.ftl too (a test checks).

## Brand and page frame

app-name = CalmLine
app-tagline = Practise difficult customer calls where mistakes cost nothing.
skip-to-content = Skip to main content
footer-privacy = CalmLine runs entirely in your browser. Nothing you do here is sent anywhere.

## Language switcher. `language-self-name` is this language's name in its own words.

lang-switch-label = Language
language-self-name = English
language-short = EN

## Catalog

catalog-heading = Training calls
catalog-count =
    { $count ->
        [0] No training calls yet
        [one] { $count } training call
       *[other] { $count } training calls
    }
catalog-empty-title = No scenarios are available yet
catalog-empty-body = New training calls are being prepared. Check back soon.

## Numbers shown with a unit

points =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
