# The studio (`#/studio`, the authoring build only): bundled into the studio, never fetched by
# the player. Field names, ids and pieces of TOML are quoted as they are written in the file.
studio-heading = CalmLine Studio
studio-lead = Write and check your own calls. Start from a call in the library or open a scenario file from your computer: the map shows how the call can go, and every change is checked at once. Nothing leaves your browser.
studio-open-editor = Edit a call on a map in the studio
studio-open-library = Start from a library call
studio-open-library-button = Open as a template
studio-open-empty = Start an empty call: one customer turn, two replies and three endings, their texts left for you to write
studio-open-new = Start a new call from the annotated example (every field explained beside it)
studio-open-file = Open a scenario file (.toml) from your computer
studio-opening = Opening the call…
studio-fetch-failed = The call “{ $file }” could not be loaded. Check your connection and try again.
studio-not-toml = “{ $file }” is not a scenario file the studio can read: line { $line }, column { $column }. Open it in a text editor, fix that place and open it again.
studio-unreadable = The file “{ $file }” could not be read. It may be too big or no longer available.
studio-editing = Editing “{ $file }”
studio-editing-unnamed = Editing a new call that has no id yet (saved as “{ $file }” until it has one)
studio-toolbar = Editing tools
studio-undo = Undo
studio-redo = Redo
studio-undo-keys = Keyboard: Ctrl+Z (outside text fields)
studio-redo-keys = Keyboard: Ctrl+Shift+Z or Ctrl+Y (outside text fields)
studio-download = Save to your computer
studio-saved = Saved as “{ $file }”.
studio-saved-errors =
    { $count ->
        [one] The call still has 1 error: it cannot be played until you fix it.
       *[other] The call still has { $count } errors: it cannot be played until you fix them.
    }
studio-close = Open another call
studio-view = Show the call as
studio-view-map = Map
studio-view-list = List
studio-zoom-in = Zoom in
studio-zoom-out = Zoom out
studio-map-fit = Show the whole call
studio-problems =
    { $count ->
        [0] No problems
        [one] 1 problem
       *[other] { $count } problems
    }
studio-problems-group = { $place } · { $problems }
studio-problems-none = The validator found nothing to fix: the call can be played.
studio-problems-go = Go to the field
studio-empty-text-needed = write the text: the call cannot do without it
studio-problems-in-file = Where in the file
studio-map-label = Map of the call: its turns and endings, joined by what leads from one to another
studio-list-label = The call's turns and endings as a list
studio-node-turn = Turn “{ $id }”
studio-node-ending = Ending “{ $id }”
studio-mark-start = the call starts here
studio-mark-unreachable = no call gets here
studio-mark-problem = has a problem
studio-edge-reply = reply “{ $id }” ({ $grade }) leads to “{ $target }”
studio-edge-silence = silence leads to “{ $target }”
studio-edge-trigger = rule “{ $id }” moves the call to “{ $target }”
studio-edge-hang-up-when = hanging up, rule { $n } (when its condition holds), leads to “{ $target }”
studio-edge-hang-up-otherwise = hanging up, rule { $n } (in every other case), leads to “{ $target }”
studio-edge-gives-up = the customer hanging up on their own leads to “{ $target }”
studio-edge-missing = “{ $target }” is neither a turn nor an ending
studio-inspector-empty = Choose a turn or an ending on the map or in the list to edit it.
studio-inspector-heading = { $node }: its fields
studio-keeps-layout = In this file the keys of one table are split up by another's. The first change moves them together; no text and no comment is lost.
studio-group-node = The turn or ending itself
studio-group-turn-itself = This turn itself
studio-group-ending-itself = This ending itself
studio-fold-reply = { $grade }: “{ $text }” → { $target }
studio-group-reply = Reply { $n }
studio-group-line = Customer line, variant { $n }
studio-group-silence = When the trainee says nothing
studio-group-hold = Holding the call
studio-field-id = Id
studio-field-emotion = How the customer sounds
studio-field-time = Seconds to reply
studio-field-grade = Grade
studio-field-goto = Leads to
studio-field-mood = Mood change
studio-field-feedback = Feedback
studio-field-reaction = The customer's reaction
studio-field-text = Text
studio-field-outcome = Outcome
studio-field-debrief = Debrief
studio-field-line = The customer says
studio-field-wording = wording { $n }
studio-edit-refused = This change was not made ({ $field }): the field needs another kind of value.
studio-drafts = Your drafts in this browser
studio-draft-continue = Continue “{ $file }”
studio-draft-delete = Delete the draft “{ $file }”
studio-draft-deleted = The draft “{ $file }” was deleted.
studio-draft-kept = kept in this browser
studio-draft-not-kept = This browser did not keep your last change (its storage may be full, or it is a private window). Save the call to your computer so that nothing is lost.
studio-play = Play-test
studio-play-why = Fix the problems first: a call with errors cannot be played.
studio-back-to-editing = Back to editing
studio-verdicts = Every call's verdict
studio-verdicts-check = Check every call's verdict
studio-verdicts-checking = Checking every way through the call…
studio-verdicts-stale = The call has changed since this check: it is checked again a moment after your last change.
studio-verdicts-errors = Fix the errors first: a call with errors has no verdicts.
studio-verdicts-passing = Scores of calls that pass: { $low }–{ $high }.
studio-verdicts-none-pass = No call passes: check the endings and the pass mark.
studio-verdicts-failing = Scores of calls that do not pass: { $low }–{ $high }.
studio-verdicts-none-fail = Every call passes, even with the weakest replies: such a call tests nothing.
studio-verdicts-length = Moves in a call: from { $shortest } to { $longest }.
studio-verdicts-paths = Different ways through the call: { $paths }.
studio-verdicts-endings = Endings that a passing call can reach: { $passing } of { $endings }.
studio-verdicts-bounds = The call is too large to follow every way through it: the moves are only bounds, and there are no scores.
studio-verdicts-bar-met = It meets the library's quality bar.
studio-verdicts-bar-not-met = Checks the built-in library's calls must pass that this call does not pass yet: { $count }, listed below. That is fine for your own training: take them as advice.
studio-verdicts-group-guessable = The best reply can be found without reading it: { $count ->
        [one] one check
       *[other] { $count } checks
    }
studio-verdicts-group-variety = Wordings and the customer's reactions: { $count ->
        [one] one check
       *[other] { $count } checks
    }
studio-verdicts-group-shape = Length and size of the call: { $count ->
        [one] one check
       *[other] { $count } checks
    }
# Which version of the call a quality check is about (the language, and in Polish the form of address).
studio-reader-every = every version: each language, and in Polish both forms of address
studio-reader-every-lang = every language
studio-reader-en = English
studio-reader-hu = Hungarian
studio-reader-pl = Polish
studio-reader-pl-pan = Polish, trainee addressed as Pan
studio-reader-pl-pani = Polish, trainee addressed as Pani
studio-add-turn = Add a turn
studio-add-ending = Add an ending
studio-add-reply = Add a reply
studio-add-line = Add a variant of the customer line
studio-add-trigger = Add a rule that moves the call elsewhere
studio-add-hang-up = Add a hang-up rule
studio-add-extra-which = Not in this reply yet
studio-add-extra = Add to this reply
studio-add-wording = Add a wording
studio-remove-wording = Remove the last wording
studio-remove-turn = Remove this turn
studio-remove-ending = Remove this ending
studio-remove-reply = Remove reply { $n }
studio-remove-line = Remove variant { $n }
studio-field-missing = { $field } (not written yet)
studio-shape-refused = This change could not be made here. Nothing in the file was changed.
shared-heading = A call from your trainer
shared-loading = Fetching the call and checking it…
shared-retry = Try again
shared-bad-address = This link does not name a call that can be opened: “{ $address }”. The address must start with https://. Ask your trainer for the link again.
shared-status = The server at { $address } answered with error { $status }, so the call could not be fetched. The file may have moved; ask your trainer.
shared-unreachable = The call at { $address } could not be fetched.
shared-unreachable-hint = Either there is no network connection, or the server does not let other sites read the file (it must send the header Access-Control-Allow-Origin). If the network is fine, tell your trainer.
shared-invalid = The call at { $address } has problems and cannot be played. Tell your trainer; these lines say where each problem is:
studio-share = Share with a link
studio-share-hosting = Save the call, then put the file on a website you control, over HTTPS. The server must let other sites read it: it sends the header “Access-Control-Allow-Origin: *” (GitHub Pages does this for every file). When you change the call, upload the new file to the same address; the link stays the same.
studio-share-address = Address of the file on your website
studio-share-link = Link for your trainees
studio-share-try = Open the link to try it
studio-share-needs-https = The address must start with https://.
studio-package = No website for the file? Download a ready player
studio-package-hint = You get the whole CalmLine player as one zip, with this call as its only call. Unpack it and put everything in the folder, as it is, on any website your trainees can open over HTTPS: your company intranet, GitHub Pages, Netlify. After their first visit it works without a network. A browser cannot play it straight from your disk.
studio-package-download = Download the player with this call (.zip)
studio-package-has-errors =
    { $count ->
        [one] The call has 1 problem that stops it from being played. Fix it first: a package holds only a call that works.
       *[other] The call has { $count } problems that stop it from being played. Fix them first: a package holds only a call that works.
    }
studio-package-working = Preparing the package: { $done } of { $total } files…
studio-package-done = The package is ready: { $file } ({ $size } MB). Your browser has saved it to your downloads.
studio-package-no-answer = no answer from the site
studio-package-fetch-failed = The player's file { $file } could not be downloaded from this site ({ $reason }), so no package was made. Check your connection and try again.
studio-package-not-release = This copy of the studio runs on a development server, which has no finished player to pack. Packages can be made on a published CalmLine site.
studio-package-unexpected = The player on this site is not what the studio expects ({ $what }), so no package was made.
studio-package-readme =
    CalmLine: { $title }

    This folder is the CalmLine training player with one call in it: “{ $title }” (file scenarios/{ $file }).

    How to give it to your trainees:
    1. Unpack the zip file.
    2. Put everything in the folder, as it is, on a website that your trainees can open over HTTPS: your company intranet, GitHub Pages or Netlify, for example. Any server that serves plain files will do; nothing runs on the server.
    3. Send your trainees the address of index.html. A link that opens this call at once: the address followed by #/play/{ $id }. Add ?lang=pl, ?lang=hu or ?lang=en to choose the language, for example #/play/{ $id }?lang=en.

    Double-clicking index.html on your computer does not work: browsers do not run the player from files on a disk.

    After the first visit the call works without a network. Nothing is sent anywhere: scores stay in each trainee's browser.

    To change the call, open scenarios/{ $file } in the CalmLine Studio, then download a new package and put it in place of this one.
studio-play-from = Play-test from here
studio-play-unreached = No call reaches “{ $id }”, so it cannot be play-tested from there. Check which replies lead to it.
studio-plan = Test plan
studio-plan-why = A test plan (“name.plan.toml” beside the call) lists calls that must end as intended. Open it here: renaming a turn or an ending renames it in the plan too, and its calls can be played against your changes.
studio-plan-pick = Open the test plan
studio-plan-open = Test plan “{ $file }”, kept in step with the call.
studio-plan-play = Play the plan's calls
studio-plan-save = Save the test plan
studio-plan-save-changed = Save the test plan (changed)
studio-plan-passed = All { $cases } calls of the plan end as intended.
studio-plan-failed = { $failures } of the plan's { $cases } calls do not end as intended:
studio-plan-call-invalid = Fix the call's problems first: the plan's calls cannot be played on a call with errors.
studio-not-utf8 = The file “{ $file }” is not saved as UTF-8 (the first other character is on line { $line }, column { $column }). Open it in a text editor, save it with the encoding “UTF-8”, and open it here again.
studio-view-translate = Translate
studio-translate-heading = Every text in three languages
studio-translate-incomplete =
    { $count ->
        [0] Every text is written in all three languages.
        [one] 1 text is still missing a language: it is at the top of the table.
       *[other] { $count } texts are still missing a language: they are at the top of the table.
    }
studio-translate-caption = The call's texts, one row per text or wording, in Polish, Hungarian and English side by side. Texts with a language missing come first.
studio-translate-where = Where it is
studio-translate-part-title = Title
studio-translate-part-summary = Summary
studio-translate-part-self-care = Look after yourself (tip in the debrief)
studio-translate-part-customer = Customer
studio-translate-part-name = Name
studio-translate-xliff = Translation files (XLIFF)
studio-translate-xliff-lead = Send the texts to a translator or a translation agency as an XLIFF file, which every translation tool opens, then read the translated file back in here. Nothing else in the call changes.
studio-translate-source = Translate from
studio-translate-target = Translate into
studio-translate-export = Export for translators
studio-translate-same = Choose two different languages.
studio-translate-import = Import a translation (.xlf file)
studio-translate-read =
    Read from “{ $file }” ({ $lang }): { $count ->
        [one] 1 text
       *[other] { $count } texts
    }, { $changed ->
        [0] none of them changed.
        [one] 1 of them changed.
       *[other] { $changed } of them changed.
    } Undo takes the whole import back in one step.
studio-translate-skipped =
    { $count ->
        [one] 1 text had no translation yet and was skipped.
       *[other] { $count } texts had no translation yet and were skipped.
    }
studio-translate-unknown =
    { $count ->
        [one] 1 text in the file is not in this call (perhaps removed since the export) and was left out:
       *[other] { $count } texts in the file are not in this call (perhaps removed since the export) and were left out:
    }
studio-translate-other-call = “{ $file }” was exported from “{ $original }”, not from “{ $call }”, the call you are editing. Apply it anyway? Only the texts this call has too will change.
studio-translate-apply-anyway = Apply anyway
studio-translate-dont-apply = Do not apply
studio-translate-failed = “{ $file }” could not be read, so nothing was changed: { $why } (line { $line }, column { $column }).
studio-translate-error-not-xml = the file is not well-formed XML
studio-translate-error-not-xliff = it is not an XLIFF file (its main element is <{ $found }>)
studio-translate-error-version = it is XLIFF version { $found }, and only XLIFF 2 is read (export it from the translation tool as XLIFF 2.0)
studio-translate-error-namespace = its <xliff> element is not in the XLIFF 2 namespace
studio-translate-error-no-language = it does not say which language the translations are in (trgLang)
studio-translate-error-other-language = its translations are in “{ $found }”, and the studio reads Polish, Hungarian and English
studio-translate-error-unit = the unit “{ $id }” does not say which text of the call it fills (its name is missing or was changed)
studio-translate-error-code-point = <cp hex="{ $hex }"/> is not a character
studio-about = About this call
studio-group-customer = The customer
studio-group-trigger = Rule { $n }: when this holds, the call goes elsewhere
studio-group-hang-up = Hanging up: rule { $n }
studio-group-twist = Twist { $n }
studio-remove-hang-up = Remove hang-up rule { $n }
studio-remove-rule = Remove rule { $n }
studio-remove-twist = Remove twist { $n }
studio-choice-unknown = “{ $value }” (not a known value: pick one)
studio-field-title = Title
studio-field-summary = Summary
studio-field-self_care = Look after yourself (debrief)
studio-field-name = Name
studio-field-patience = Patience (timeouts tolerated)
studio-field-pass_mark = Pass mark
studio-field-minutes = Minutes (about)
studio-field-start = First turn
studio-field-difficulty = Difficulty
studio-field-format = Version of the file format
studio-field-version = Version of this call
studio-field-direction = Who calls
studio-field-face = Face
studio-field-age = Age
studio-field-presentation = Looks
studio-field-skin = Skin tone
studio-field-hair = Hair
studio-field-hair_colour = Hair colour
studio-field-glasses = Glasses
studio-field-beard = Beard
studio-field-ending = Ending
studio-field-mood_below = Mood below
studio-field-mood_at_least = Mood at least
studio-field-said = After these replies
studio-field-not_said = Unless these replies were said
studio-field-var_at_least = Variable at least
studio-field-var_below = Variable below
studio-field-twist = With the twist
studio-field-not_twist = Without the twist
studio-field-call-skills = Skills scored
studio-field-start-mood = Mood at the start
studio-field-hold-minutes = Minutes a hold promises
studio-group-call = The call itself
studio-add-skill-which = Points for another skill
studio-add-skill = Add skill points
studio-add-condition-which = Another condition (Only when)
studio-add-condition = Add this condition
studio-add-call-skill-which = Another skill this call scores
studio-add-call-skill = Add this skill
studio-add-technique-which = Another technique it practises
studio-add-technique = Add this technique
studio-direction-inbound = The customer calls
studio-direction-outbound = The trainee calls the customer
studio-remove-skill = Remove the points for “{ $skill }”
studio-reply-no-skills = This reply scores no skill yet, so the debrief cannot say what it shows: give it points for (or against) the skills it practises.
studio-field-skills = Skill points
studio-field-critical = Critical error
studio-field-add = Add to a variable
studio-field-set = Set a variable
studio-field-when = Only when
studio-field-chance = Chance (%)
studio-field-gives_up = Ending when the customer gives up
studio-field-customer_type = Customer type
studio-field-techniques = Techniques practised
studio-field-announced = Mood change: an announced hold
studio-field-bare = Mood change: a bare “please wait”
studio-field-silent = Mood change: a hold without a word
studio-field-unthanked = Extra mood change: back without a thank-you
studio-field-again = Extra mood change: each further hold
studio-field-overrun = Extra mood change: each half minute over the promised time
studio-hint-mood = How far the customer's mood moves: below 0 angrier, above 0 calmer (the mood runs from 0, furious, to 100, content). Most replies move it by 5 to 20.
studio-hint-skills = Points for this skill (or against it, below 0) in the debrief, usually −3 to +3 for one reply (at most ±10).
studio-hint-time = Seconds the trainee has to pick a reply with the standard timer; the other timer settings lengthen or shorten it.
studio-hint-grade = How a quality manager would rate this reply: best, acceptable, poor or harmful.
studio-hint-critical = Ticked: a call with this reply cannot pass, whatever its score. Only for poor replies; harmful replies always are critical.
studio-hint-goto = The turn or ending that comes after this reply.
studio-hint-feedback = What the debrief says about this reply: why it works, or what would have worked better. It speaks to the trainee as the interface does: Polish “ty”, Hungarian “te”.
studio-hint-hang-up-grade = How a quality manager would rate hanging up in this situation: best, acceptable, poor or harmful.
studio-hint-hang-up-critical = Ticked: a call the trainee ends this way cannot pass, whatever its score. Only for a poor grade; hanging up graded harmful always is a critical error.
studio-hint-hang-up-feedback = What the debrief says about hanging up here: why it was right, or what would have worked better. It speaks to the trainee as the interface does: Polish “ty”, Hungarian “te”.
studio-hint-silence-feedback = What the debrief says when the trainee lets the clock run out here: why silence hurts at this point, or what would have worked better. It speaks to the trainee as the interface does: Polish “ty”, Hungarian “te”.
studio-hint-reaction = What the customer says straight after this reply, before the next turn (optional).
studio-hint-add = A number added to a variable the call keeps (for example warnings = 1); rules check it under “Only when”.
studio-hint-set = A variable set to this value (for example warnings = 0); rules check it under “Only when”.
studio-hint-patience = How many times the reply time may run out (0 to 5) before the customer gives up.
studio-hint-pass_mark = The overall score (0 to 100) a call needs to pass.
studio-hint-chance = In what share of calls this twist happens (1 to 99 %); each call's random seed decides.
studio-hint-silent = How far the mood drops when the trainee puts the customer on hold without a word (−30 to 0; −12 if left out).
studio-hint-announced = How far the mood drops on a hold the trainee asked for and explained (−30 to 0; −2 if left out).
studio-hint-bare = How far the mood drops on a bare “please wait” (−30 to 0; −6 if left out).
studio-hint-presentation = The face the trainee sees during the call: choose its looks, age, skin tone, hair, hair colour, glasses and beard to fit the customer's name.
studio-setup-heading = Play-test from turn “{ $id }”
studio-setup-lead = The call is played up to this turn along a way a trainee could take there: through the best replies that lead here, or through the weakest that keep the call going. Choose the way or change any move on it, change the customer's mood or the call's variables to try the turn in another state, then start.
studio-setup-lead-one = The call is played up to this turn along a way a trainee could take there; here the best replies and the weakest take the same way. You may change any move on it, and change the customer's mood or the call's variables to try the turn in another state. Then start.
studio-setup-way = The way here
studio-setup-route = Which way here
studio-setup-route-best = Through the best replies
studio-setup-route-weakest = Through the weakest replies (a customer handled badly)
studio-setup-move-label = Move { $n }, at “{ $turn }”
studio-setup-choice = { $reply } ({ $grade })
studio-setup-choice-words = { $reply } ({ $grade }): “{ $words }”
studio-setup-own-way = Your own way: the moves you picked, then on to this turn through the { $prefer ->
        [best] best
       *[weakest] weakest
    } replies. Changing a move chooses the moves after it again.
studio-setup-choice-dead =
    { $kind ->
        [ending] { $choice } — ends the call (ending “{ $next }”) before this turn
       *[turn] { $choice } — goes on to “{ $next }” and never reaches this turn
    }
studio-setup-silence = silence (the clock ran out)
studio-setup-mood = Customer's mood at this turn
studio-setup-mood-hint = From 0 (furious) to 100 (content): the value the way here left. Set it, for example, just above a trigger's threshold.
studio-setup-vars = Variables at this turn
studio-setup-wrong-mood = A whole number from 0 to 100.
studio-setup-wrong-var = A whole number, such as 2.
studio-setup-start = Start the play-test
studio-remove-field = Remove “{ $field }”
studio-face-presentation-feminine = Feminine
studio-face-presentation-masculine = Masculine
studio-face-presentation-neutral = In between
studio-face-skin-fair = Very light
studio-face-skin-light = Light
studio-face-skin-medium = Medium
studio-face-skin-olive = Olive
studio-face-skin-brown = Brown
studio-face-skin-deep = Deep brown
studio-face-hair-bald = Bald
studio-face-hair-receding = Receding hairline
studio-face-hair-short = Short
studio-face-hair-side-part = Short with a side parting
studio-face-hair-curly = Short curls
studio-face-hair-bob = Bob with a fringe
studio-face-hair-long = Long
studio-face-hair-bun = In a bun
studio-face-hair-ponytail = Ponytail
studio-face-hair_colour-black = Black
studio-face-hair_colour-dark-brown = Dark brown
studio-face-hair_colour-brown = Brown
studio-face-hair_colour-auburn = Auburn
studio-face-hair_colour-red = Red
studio-face-hair_colour-blonde = Blonde
studio-face-hair_colour-greying = Salt and pepper
studio-face-hair_colour-grey = Grey
studio-face-hair_colour-white = White
studio-face-glasses-none = No glasses
studio-face-glasses-round = Round frames
studio-face-glasses-rectangular = Rectangular frames
studio-face-glasses-reading = Half-moon reading glasses
studio-face-beard-none = No beard
studio-face-beard-stubble = Stubble
studio-face-beard-moustache = Moustache
studio-face-beard-goatee = Goatee
studio-face-beard-full = Full beard
studio-map-leads = leads to { $targets }
studio-map-target = “{ $id }”
