# The validator's messages for scenario authors (`cargo xtask validate`, the trainer's page
# `#/own`, the studio). The engine records each problem as one of these ids with its arguments
# (crates/engine/src/diag/); field names, ids and TOML stay literal in every language.
# The command line shows the English; the same ids, with the same variables, are in every
# language (a test checks).
#
# A trainer in the studio edits through forms and never sees the file's keys: where a message
# names one (`skills`, `goto`, `[[hang_up]]`), its `.studio` attribute says the same with the
# studio's own words (the field labels of studio.ftl, in backticks). Backticks left in what the
# studio shows (an id, a word to type) become the language's quotation marks.

## How a diagnostic is labelled

diag-severity-error = error
diag-severity-warning = warning
diag-hint = hint

## The file as a whole

diag-file-too-big = the file is { $bytes } bytes, over the limit of { $limit }
diag-file-too-big-hint = split the content into several scenarios
diag-not-utf8 = the file is not UTF-8 text
diag-not-utf8-hint = save the file as UTF-8 (scenario files are plain text)
diag-toml-syntax = TOML syntax: { $detail }
diag-toml-syntax-hint = see docs/scenario-format.md for the shape of a scenario file
diag-empty-file = the file is empty
diag-empty-file-hint = start from the example in docs/scenario-format.md

## Values of the wrong shape

diag-wrong-type = { $what } must be { $expected }, not { $actual }
diag-kind-string = a string
diag-kind-integer = an integer
diag-kind-whole-number = a whole number
diag-kind-float = a number with a fraction
diag-kind-bool = true or false
diag-kind-date = a date
diag-kind-list = a list
diag-kind-table = a table
diag-unknown-field = unknown field `{ $name }` in { $what }
diag-did-you-mean = did you mean `{ $name }`?
diag-may-contain = { $what } may contain: { $fields }
diag-missing-field = { $what } has no `{ $key }`
diag-missing-field-hint = add `{ $key } = { $example }`
diag-out-of-range = { $what } { $value } is out of range
diag-out-of-range-hint = use a whole number from { $min } to { $max }
diag-invalid-id = { $what } `{ $id }` is not a valid id
diag-invalid-id-hint = use 1 to 48 lowercase letters, digits and single hyphens, such as `late-delivery`
diag-empty-id = { $what } is empty
diag-empty-id-hint = write an id of lowercase letters, digits and single hyphens, such as `lost-parcel`
diag-unknown-value = { $what } `{ $value }` is not known
diag-use-one-of = use one of: { $options }

## Texts in three languages

diag-lang-pl = Polish
diag-lang-hu = Hungarian
diag-lang-en = English
diag-missing-language = { $what } has no { $language } text
diag-missing-language-hint = add `{ $code } = "…"`: every text is needed in Polish, Hungarian and English
    .studio = fill in the missing box: every text is needed in Polish, Hungarian and English
diag-empty-wordings = { $what } has an empty list of { $language } wordings
diag-empty-wordings-hint = give at least one wording
diag-empty-text = { $what } has an empty { $language } text
diag-empty-text-hint = write the text, or remove the whole entry if it is not wanted
    .studio = write the text; a text the call can do without has a “Remove” button beside it
diag-wording-counts = { $what } has a different number of wordings per language ({ $counts })
diag-wording-counts-hint = wordings with the same number in Polish, Hungarian and English are versions of one sentence: give each language the same number
diag-pair-syntax = { $what } (pl): { $problem }
    .studio = { $what } (Polish): { $problem }
diag-pair-syntax-hint = Polish text writes the forms for a trainee addressed as Pan and as Pani as `{"{"}masculine|feminine{"}"}`, such as `Sprawdził{"{"}|a{"}"} {"{"}Pan|Pani{"}"}?`
diag-pair-close-alone = a `{"}"}` without its `{"{"}`
diag-pair-open-alone = a `{"{"}` without its `{"}"}`
diag-pair-not-a-pair = `{ $text }` is not a pair: write `{"{"}masculine|feminine{"}"}`, one `|`, no nesting
diag-pair-same-twice = `{ $text }` has the same form twice: write the pair only where the forms differ
diag-braces = { $what } ({ $code }) has braces
diag-braces-hint = only Polish text has `{"{"}masculine|feminine{"}"}` pairs; write the text without braces
diag-unpaired = { $whose }, { $place } (pl): `{ $word }` has one form only
    .studio = { $whose }, { $place } (Polish): `{ $word }` has one form only
diag-unpaired-hint = the trainee chooses to be addressed as Pan or Pani: write both forms, `{"{"}masculine|feminine{"}"}`, such as `{"{"}Pan|Pani{"}"}`, `sprawdził{"{"}em|am{"}"}` or `zrobił{"{"}eś|aś{"}"}`

## Ids and references

diag-duplicate-id = the id `{ $id }` is used twice
diag-duplicate-id-hint = turns and endings share one set of ids; the first `{ $id }` is on line { $line }
diag-reserved-reply-id = `{ $id }` is reserved and cannot be a reply id
diag-reserved-reply-id-hint = choose another id; `silence` and `hang-up` name the timeout and ending the call
diag-duplicate-reply-id = the reply id `{ $id }` is used twice in turn `{ $turn }`
diag-duplicate-reply-id-hint = give each reply of a turn its own id
diag-duplicate-trigger-id = the trigger id `{ $id }` is used twice
diag-duplicate-trigger-id-hint = give each trigger its own id
diag-dangling = no { $kind } has the id `{ $id }`
diag-define-first = define the { $kind } first, or remove this reference to it
diag-known = known: { $ids }
diag-kind-turn = turn
diag-kind-target = turn or ending
diag-kind-reply = reply of turn `{ $turn }`
diag-kind-twist = twist
diag-not-an-ending = { $what } must name an ending, not a turn
diag-not-an-ending-hint = use the id of an `[[ending]]`
    .studio = choose one of the call's endings
diag-not-a-reply-ref = `{ $text }` does not name a reply
diag-not-a-reply-ref-hint = write `turn-id.reply-id`
    .studio = write the turn's id, a full stop and the reply's id, such as `greeting.apologise`

## The scenario's fields

diag-skill-twice = the skill `{ $skill }` is listed twice
diag-unknown-skill = unknown skill `{ $skill }` (known: { $known })
diag-skills-empty = `skills` is empty
    .studio = `Skills scored` names no skill
diag-skills-empty-hint = list the skills this scenario trains
diag-technique-twice = the technique `{ $technique }` is listed twice
diag-techniques-empty = `techniques` is empty
    .studio = `Techniques practised` names no technique
diag-techniques-empty-hint = list the techniques this scenario teaches
diag-invalid-variable = `{ $name }` is not a valid variable name
diag-invalid-variable-hint = use lowercase letters, digits and hyphens
diag-too-many-variables = too many variables
diag-too-many-variables-hint = a scenario may use at most { $max } variables
diag-variable-never-set = the variable `{ $name }` is never set
diag-variable-never-set-hint = set it with `set` or `add` in a reply, or check the spelling
    .studio = set it in a reply with `Set a variable` or `Add to a variable`, or check the spelling
diag-variable-never-read = the variable `{ $name }` is set, but no condition reads it
    .studio = the variable `{ $name }` is changed, but no condition reads it
diag-variable-never-read-hint = read it in a `when` condition, or remove what sets it
    .studio = use it in a condition (`Only when`), or take out what changes it
diag-too-many-tracked = conditions refer to more than 64 different replies
diag-too-many-tracked-hint = simplify the conditions
diag-no-hang-up = the scenario has no `[[hang_up]]` rule
    .studio = the call has no rule for hanging up
diag-no-hang-up-hint = add at least one `[[hang_up]]` with an `ending`: the trainee may end the call at any time
    .studio = add a hang-up rule with its ending in `About this call`: the trainee may end the call at any time
diag-last-hang-up-when = the last `[[hang_up]]` rule has a `when`
    .studio = the last hang-up rule applies only when a condition holds
diag-last-hang-up-when-hint = the last rule must apply always, so that ending the call always leads somewhere

## Turns, replies and conditions

diag-no-lines = { $what } has no `[[turn.line]]`
    .studio = { $what } has no customer line
diag-no-lines-hint = add what the customer says, with `pl`, `hu` and `en`
    .studio = add what the customer says, in Polish, Hungarian and English
diag-no-replies = { $what } has no replies
diag-no-replies-hint = add one to six `[[turn.reply]]` tables
    .studio = add one to six replies
diag-reply-count = { $what } has { $count } replies
diag-reply-count-hint = give a turn one to six replies
diag-no-feedback = { $what } is graded `{ $grade }` but has no feedback
diag-no-feedback-hint = add `feedback` that says why the reply works or doesn't, and what would have worked better
    .studio = write its feedback: why the reply works or doesn't, and what would have worked better
diag-critical-grade = { $what } is graded `{ $grade }` and marked critical
diag-critical-grade-hint = a critical error fails the call: mark only poor replies critical (harmful ones always are), or lower the grade
diag-critical-bool = `critical` must be true or false
    .studio = `Critical error` must be ticked or not
diag-never-holds = this condition can never hold
diag-never-holds-twist-hint = a twist cannot both happen and not happen: remove it from `twist` or `not_twist`
    .studio = a twist cannot both happen and not happen: take it out of `With the twist` or `Without the twist`
diag-never-holds-mood-hint = the mood cannot be at least { $least } and below { $below }
diag-empty-when = this `when` is empty
    .studio = this `Only when` has no condition
diag-empty-when-hint = remove it, or give it a condition such as `mood_below = 30`
    .studio = remove it, or give it a condition such as `Mood below` 30

## Twists

diag-twist-never-read = the twist `{ $id }` is never read
diag-twist-never-read-hint = use it in a condition, such as `when = {"{"} twist = ["…"] {"}"}` on a trigger or a reply
    .studio = use it in a condition (`With the twist`) of a rule or a reply
diag-twist-twice = the twist `{ $id }` is defined twice
diag-twist-twice-hint = give every twist its own id
diag-too-many-twists = a scenario has at most { $max } twists
diag-too-many-twists-hint = every combination of twists is a different call to test: merge or drop one

## Scoring and the analysis of every call

diag-points-order = { $name } is graded `{ $grade }` but is worth fewer points ({ $points }) than { $other }, graded `{ $worse }` ({ $more })
diag-points-order-hint = within a turn a better grade must be worth at least as many skill points as a worse one: raise its `skills` or lower the other's
    .studio = within a turn a better grade must be worth at least as many skill points as a worse one: give it more points or the other fewer
diag-pass-mark = the pass mark { $mark } is outside { $min } to { $max }
diag-pass-mark-hint = below { $min } a call made mostly of poor replies can pass; above { $max } a call of only best and acceptable replies can fail (docs/scoring.md)
diag-unreachable-turn = turn `{ $turn }` can never be reached
diag-unreachable-turn-hint = lead to it with a reply's `goto`, or remove it
    .studio = choose it in a reply's `Leads to`, or remove it
diag-unreachable-ending = ending `{ $ending }` can never be reached
diag-unreachable-ending-hint = lead to it with a `goto`, a trigger or a `[[hang_up]]` rule, or remove it
    .studio = choose it in a `Leads to`, a rule or a hang-up rule, or remove it
diag-cycle = { $what } leads back to turn `{ $turn }`: this path never ends
diag-cycle-hint = a call must always move on towards an ending; give the repeated situation a turn of its own
diag-no-reply-available = in some calls no reply of turn `{ $turn }` is available
diag-no-reply-available-hint = give at least one reply no `when`, or make the conditions cover every case
    .studio = leave at least one reply without `Only when`, or make the conditions cover every case
diag-nothing-passes = no call can pass: every path has a bad ending, a critical error or too few points
diag-nothing-passes-hint = make sure a path of best replies reaches an ending whose outcome can pass (resolved, follow-up, escalated or ended-properly)
diag-nothing-passes-with =
    { $count ->
        [0] no call can pass when no twist happens
        [one] no call can pass when the twist `{ $twists }` happens
       *[other] no call can pass when the twists `{ $twists }` happen
    }
diag-nothing-passes-with-hint = a trainee cannot choose the twists: give every combination a path of good replies to an ending that can pass
diag-ending-never-passes = ending `{ $ending }` is `{ $outcome }`, an outcome that can pass, but every call that reaches it fails
    .studio = ending `{ $ending }` has an outcome that can pass ({ $outcome }), but every call that reaches it fails
diag-ending-never-passes-hint = make a path of good replies lead to it, or give it an outcome that never passes
diag-skill-not-scored = `skills` lists `{ $skill }`, but no move changes it
    .studio = the call scores `{ $skill }`, but no reply or rule gives or takes its points
diag-skill-not-scored-hint = score it in some replies' `skills`, or remove it from the list
    .studio = give it skill points in some replies, or take it out of `Skills scored`
diag-skill-not-listed = points for `{ $skill }`, which `skills` does not list: the debrief shows it all the same
    .studio = points for `{ $skill }`, which is not among `Skills scored`: the debrief would show it all the same
diag-skill-not-listed-hint = add it to `skills`, or take these points out
    .studio = add it to `Skills scored`, or take these points out
diag-approximate = the scenario is too big to explore every call (over { $states } situations or { $tallies } kinds of call), so its verdicts are not checked
diag-approximate-hint = split it into smaller calls, or use fewer variables and conditions

## The catalog index (scenarios/index.toml)

diag-catalog-file = the `file` value { $file } is not a plain .toml file name

## Test plans (<name>.plan.toml)

diag-plan-no-case = the plan has no `[[case]]`
    .studio = the test plan has no case
diag-plan-no-case-hint = add at least one case per ending
diag-plan-ending-unreached = no case reaches the ending `{ $ending }`
diag-plan-ending-unreached-hint = add a case that reaches it and pins its verdict with `passed`
    .studio = add a case that reaches it and says whether the call passes
diag-plan-twist-never-on = no case plays a call in which the twist `{ $twist }` happens
diag-plan-twist-never-on-hint = add `twists = ["{ $twist }"]` to a case
    .studio = add a case in which it happens
diag-plan-twist-never-off = no case plays a call in which the twist `{ $twist }` does not happen
diag-plan-twist-never-off-hint = add a case without it
diag-plan-timer = unknown timer mode `{ $timer }`
diag-plan-timer-hint = use off, relaxed, standard or strict
diag-plan-no-seed = { $case }: no seed gives exactly these twists
diag-plan-no-twist = the scenario has no twist `{ $twist }`
diag-plan-no-twists-hint = the scenario has no twists: remove `twists`
    .studio = the call has no twists: take them out of the case
diag-plan-its-twists = its twists: { $twists }
diag-plan-not-a-move = { $case }: `{ $text }` is not a move
diag-plan-not-a-move-hint = write `turn-id.reply-id`, `turn-id.silence` or `turn-id.hang-up`
    .studio = write the turn's id, a full stop, then the reply's id, `silence` or `hang-up`, such as `greeting.apologise`
diag-plan-over = { $case }: the call is already over before `{ $text }`
diag-plan-wrong-turn = { $case }: the call is at turn `{ $current }`, not `{ $turn }`
diag-plan-no-reply = { $case }: turn `{ $turn }` has no reply `{ $reply }`
diag-plan-rejected = { $case }: `{ $text }` is not possible here ({ $why })
diag-plan-still-at = is still at turn `{ $turn }`
diag-plan-ended-at = ended at `{ $ending }`
diag-plan-no-ending = { $case }: the scenario has no ending `{ $ending }`
diag-plan-wrong-ending = { $case }: expected ending `{ $ending }`, but the call { $got }
diag-plan-passed = { $case }: passed is { $got }, expected { $want }
    .studio = { $case }: whether the call passes is { $got }, expected { $want }
diag-plan-passed-bool = `passed` must be true or false
    .studio = whether the case passes must be true or false
diag-plan-number = { $case }: { $key } is { $got }, expected { $want }
diag-plan-unknown-skill = unknown skill `{ $skill }`
diag-plan-score = { $case }: `{ $skill }` scored { $got }, expected { $want }

## What has the problem (the arguments `what`, `whose`, `place`, `name`)

diag-what-field = `{ $key }`
diag-what-field-in = `{ $key }` in { $what }
diag-what-each = each `{ $key }`
diag-what-id = id
diag-what-a-scenario = a scenario
diag-what-the-scenario = the scenario
diag-what-scenario-id = the scenario id
diag-what-title = the title
diag-what-summary = the summary
diag-what-customer-type = the customer type
diag-what-difficulty = the difficulty
diag-what-direction = the direction
diag-what-self-care = the self-care tip
diag-what-pass-mark = the pass mark
diag-what-a-skill = a skill
diag-what-technique = the technique
diag-what-customer = `[customer]`
    .studio = the customer
diag-what-customer-name = the customer's name
diag-what-starting-mood = the starting mood
diag-what-face = `face` in `[customer]`
    .studio = the customer's face
diag-what-face-field = the face's `{ $key }`
diag-what-hold-table = `[hold]`
    .studio = holding the call
diag-what-hold-of = `hold` of { $what }
    .studio = the hold of { $what }
diag-what-a-turn = a turn
diag-what-turn = turn `{ $id }`
diag-what-turn-id = the turn id
diag-what-a-turn-id = a turn id
diag-what-emotion = the emotion
diag-what-reply-time = the reply time
diag-what-a-line-of = a line of { $what }
diag-what-replies = replies
diag-what-a-reply = a reply
diag-what-a-reply-of = a reply of { $turn }
diag-what-reply = reply `{ $id }` of { $turn }
diag-what-reply-id = the reply id
diag-what-a-reply-id = a reply id
diag-what-reply-ref = a reply reference
diag-what-text-of = the text of { $what }
diag-what-reaction-to = the reaction to { $what }
diag-what-feedback-of = the feedback of { $what }
diag-what-grade = the grade
diag-what-mood-change = the mood change
diag-what-skill-change = the change to `{ $skill }`
diag-what-silence-of = the silence of { $turn }
diag-what-line-of = the line of { $what }
diag-what-an-ending = an ending
diag-what-ending = ending `{ $id }`
diag-what-ending-id = the ending id
diag-what-an-ending-id = an ending id
diag-what-outcome = the outcome
diag-what-debrief-of = the debrief of { $what }
diag-what-a-trigger = a trigger
diag-what-trigger-id = the trigger id
diag-what-a-hang-up-rule = a `[[hang_up]]` rule
    .studio = a hang-up rule
diag-what-feedback = the feedback
diag-what-a-twist = a twist
diag-what-twist-id = the twist id
diag-what-a-twist-id = a twist id
diag-what-in-lang = { $what } ({ $code })
diag-what-move-reply = `{ $turn }.{ $reply }`
diag-what-move-silence = the silence of `{ $turn }`
diag-what-cycle-reply = reply `{ $turn }.{ $reply }`
diag-what-cycle-silence = the silence of turn `{ $turn }`
diag-what-catalog-entry = a catalog entry
diag-what-plan = a test plan
diag-what-a-case = a case
diag-what-case = case "{ $name }"
diag-what-case-unnamed = case "unnamed case"
diag-what-a-move = a move
diag-what-a-score = a score

## Which Polish text has a word in one form only (the argument `place`)

diag-place-summary = the summary
diag-place-self-care = the self-care tip
diag-place-line = line { $number }
diag-place-silence-line = the silence line
diag-place-silence-feedback = the silence feedback
diag-place-wording = reply `{ $reply }` (wording { $number })
diag-place-reply-feedback = reply `{ $reply }` (feedback)
diag-place-reaction = reply `{ $reply }` (reaction)
diag-place-hang-up-feedback = a `[[hang_up]]` feedback
    .studio = the feedback of a hang-up rule
diag-place-ending-text = the text
diag-place-debrief = the debrief

## The library's quality bar (crates/engine/src/quality.rs): what a call shipped with CalmLine
## meets beyond being valid; a trainer's own call need not, the studio shows it as advice

quality-minutes = a library call takes 4 to 8 minutes, not { $minutes }
quality-turns = a library call has at least { $min } turns; this one has { $count }
quality-replies = turn `{ $turn }` has { $count ->
        [one] 1 reply
       *[other] { $count } replies
    }; library turns have 3 or 4
quality-variants = { $count ->
        [0] no turn has
        [one] only 1 turn has
       *[other] only { $count } turns have
    } customer line variants; at least { $min } should
quality-outcomes = the endings have { $count ->
        [one] 1 kind
       *[other] { $count } kinds
    } of outcome; at least { $min } are needed
quality-self-care = the call has no self-care tip (`self_care`)
    .studio = the call has no `Look after yourself` tip for the debrief
quality-length = { $lang }: the best reply is { $what ->
        [longest] the longest
        [top-two] one of the two longest
        [shortest] the shortest
       *[bottom-two] one of the two shortest
    } in { $count } of { $turns } turns (at most { $max } %): vary the lengths so that length says nothing about the grade
quality-median = { $lang }: the median { $low ->
        [harmful] harmful
        [poor] poor
        [acceptable] acceptable
       *[best] best
    } reply has { $low_chars } characters and the median { $high ->
        [harmful] harmful
        [poor] poor
        [acceptable] acceptable
       *[best] best
    } one { $high_chars }: the shorter median must be at least { $min } % of the longer
    .studio = { $lang }: a typical { $low ->
        [harmful] harmful
        [poor] poor
        [acceptable] acceptable
       *[best] best
    } reply has { $low_chars } characters and a typical { $high ->
        [harmful] harmful
        [poor] poor
        [acceptable] acceptable
       *[best] best
    } one { $high_chars }: bring their lengths closer (the shorter at least { $min } % of the longer), so that length does not give the grade away
quality-cue = { $lang }: { $cue ->
        [question] a question mark
        [apology] an apology
        [hedge] a hedge (“I may be wrong”)
       *[summary] a summary
    } is in { $best } best replies but only { $weaker } weaker ones: weaker replies must use it at least as often
    .studio = { $lang }: { $cue ->
        [question] a question mark
        [apology] an apology
        [hedge] a hedge (“I may be wrong”)
       *[summary] a summary
    } is in { $best } best replies but only { $weaker } weaker ones: use it in weaker replies as often, or a trainee picks the best reply by spotting it, without reading
quality-first = the best reply comes first in the file in { $count } of { $turns } turns (at most { $max } %)
    .studio = the best reply is the one written first in { $count } of { $turns } turns (at most { $max } % may be): write it in another place in some turns
quality-one-wording = the best reply `{ $turn }.{ $reply }` has one wording; give it two or more
    .studio = the best reply `{ $reply }` of turn `{ $turn }` has one wording; give it two or more
quality-reaction-reused = the reaction to `{ $turn }.{ $reply }` is used for another reply too: write each reaction for its reply
    .studio = the reaction to reply `{ $reply }` of turn `{ $turn }` is used for another reply too: write each reaction for its reply
quality-weak-wordings = turn `{ $turn }`: no weaker reply has two or more wordings
quality-reacting = the customer reacts in their own way to { $count } of { $weaker } weaker replies (a `reaction`, or another next turn than the best reply's): at least { $min } % should
    .studio = the customer reacts in their own way to { $count } of { $weaker } weaker replies (with a reaction, or by going on to another turn than the best reply does): at least { $min } % should
quality-strategy = the content-blind strategy “{ $strategy }” passes { $passed } of { $calls } calls in { $reader }: at most { $max } may
    .studio = a trainee who, without reading, always picks { $strategy ->
        [longest] the longest reply
        [long-question] of the two longest replies the one that asks a question
        [first-in-file] the reply written first
        [first-on-screen] the first reply on the screen
        [shortest] the shortest reply
       *[random] a reply at random
    } passes { $passed } of { $calls } calls ({ $reader }): at most { $max } may
