# CalmLine interface text: English (the fallback for any message missing elsewhere).
# Every message here must exist in locales/pl/main.ftl and locales/hu/main.ftl too (a test checks).
# Terms follow docs/glossary.md.

## Brand and page frame

app-name = CalmLine
app-tagline = Practise difficult customer calls where mistakes cost nothing.
skip-to-content = Skip to main content
footer-privacy = CalmLine runs entirely in your browser. Nothing you do here is sent anywhere.
nav-label = Tools
nav-settings = Settings
back-to-catalog = Back to all calls
retry = Try again
decimal-separator = .
thousands-separator = ,

## Language switcher. `language-self-name` is this language's name in its own words.

lang-switch-label = Language
language-self-name = English
language-short = EN
# Every language in its own words, the same in every file: the switcher needs no other file.
language-name-pl = Polski
language-name-hu = Magyar
language-name-en = English
language-code-pl = PL
language-code-hu = HU
language-code-en = EN

## Notices

notice-dismiss = Dismiss this message
notice-settings-reset = Your saved settings could not be read and were reset to the defaults.
notice-progress-reset = Your saved scores could not be read and were reset. Sorry about that.
notice-scores-from-old-model = Scoring has changed in this version of CalmLine, so your best scores and passes from the earlier version have been reset. The number of times you played each call is kept.
notice-call-not-restored = Your unfinished call could not be restored: { $reason }. You can start it again.
notice-call-resumed = Your unfinished call was restored. It is paused: resume when you are ready.
notice-storage-unavailable = This browser does not let CalmLine save anything, so your scores last only until you close the tab.
save-error-malformed = the saved data is incomplete
save-error-unknown-format = it was saved by another version of CalmLine
save-error-outdated = it was saved by an older version of CalmLine, in which calls played out differently
save-error-corrupt = the saved data is damaged
save-error-other-scenario = it belongs to another call
save-error-scenario-changed = the call has been updated since
save-error-replay = it no longer fits the call
save-error-too-long = the saved data is too long

## Catalog

catalog-heading = Training calls
catalog-lead = Pick a call, read the briefing, and take it. Every reply is scored and explained.
catalog-loading = Loading the training calls…
catalog-error-title = The training calls could not be loaded
catalog-error-body = Check your connection and try again. If it keeps happening, tell whoever gave you this link.
catalog-error-details = Details for whoever looks after this site:
catalog-count =
    { $count ->
        [0] No training calls match
        [one] { $count } training call
       *[other] { $count } training calls
    }
catalog-empty-title = No training calls are available yet
catalog-empty-body = New training calls are being prepared. Check back soon.
catalog-no-match = Try another skill or difficulty.
catalog-resume = You have an unfinished call: “{ $title }”.
catalog-resume-button = Resume the call
filter-label = Filter the calls
filter-skill = Skill
filter-all-skills = All skills
filter-difficulty = Difficulty
filter-all-difficulties = All difficulties
filter-clear = Show all calls
card-skills = Skills trained
card-not-played = Not played yet
card-passed = Passed
card-not-passed = Not passed yet
card-best = Best score: { $score }
card-best-reset = Best score: none yet under the new scoring
card-completions =
    { $count ->
        [one] played once
       *[other] played { $count } times
    }

## Numbers shown with a unit

points =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
minutes =
    { $count ->
        [one] about { $count } minute
       *[other] about { $count } minutes
    }
seconds-left =
    { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
seconds-short = { $value } s

## The rubric

skill-empathy = Empathy
skill-calm = Calm and professionalism
skill-listening = Active listening
skill-solutions = Solution focus
skill-boundaries = Boundaries and assertiveness
skill-clarity = Clear communication
skill-ownership = Honesty and ownership

## Customer types, difficulty, techniques

customer-shouter = The shouter
customer-abusive = The abusive caller
customer-supervisor-demander = The caller who demands a supervisor
customer-tech-novice = The tech novice
customer-never-satisfied = The never-satisfied customer
customer-discount-hunter = The discount hunter
customer-lost = The lost customer
customer-unsolvable = The customer with no quick fix
customer-call-back = The sceptic waiting for a call-back
customer-screamer = The screamer
difficulty-easy = Easy
difficulty-medium = Medium
difficulty-hard = Hard
technique-venting = Letting the customer vent
technique-paraphrasing = Paraphrasing
technique-empathy-statement = Empathy statement
technique-three-step-method = The three-step method
technique-supervisor-demand = Handling a supervisor demand
technique-follow-up-promise = Follow-up promise
technique-soft-disagreement = Soft disagreement
technique-admitting-mistake = Admitting a mistake
technique-offering-options = Offering options
technique-plain-language = Plain language
technique-open-questions = Open questions
technique-expectation-setting = Setting expectations
technique-firm-boundaries = Firm boundaries
technique-closing-summary = Closing summary
technique-post-call-reflection = Post-call reflection
technique-asking-for-calm = Asking for calm in order to help
technique-hold-etiquette = Putting on hold by the book

## Briefing

briefing-eyebrow = Briefing
briefing-situation = The situation
briefing-customer = Customer
briefing-difficulty = Difficulty
briefing-length = Length
briefing-pass-mark = Pass mark
briefing-scored = What is scored
briefing-techniques = What you practise
briefing-keys-hint = During the call, you can also choose a reply by pressing its number key.
briefing-start = Start the call
briefing-last-debrief = See the debrief of your last call
briefing-locked-heading = Set by your trainer
briefing-locked-hint = Your trainer's link sets these for this call, so you cannot change them here. During the call, “More time” and “Pause” still work.

## Timer and mode

timer-heading = Time to reply
timer-off = No time limit
timer-off-hint = Take as long as you need.
timer-relaxed = Relaxed
timer-relaxed-hint = Twice the usual time.
timer-standard = Standard
timer-standard-hint = About as long as a real customer waits.
timer-strict = Strict
timer-strict-hint = A little over half the time, for practised agents.
timer-label = Time left:
timer-more = More time (+20 s)
timer-more-stopped = The clock is stopped: you can ask for more time once it runs again.
timer-more-used-up = You have used all the extra time for this reply.
timer-off-short = No time limit
timer-warning = 10 seconds left to reply.
mode-heading = Feedback
mode-coach = Coach
mode-coach-hint = See the feedback right after each reply.
mode-exam = Exam
mode-exam-hint = Feedback only in the debrief, as in a real assessment.

## The call

call-heading = On the phone with { $name }
call-you = You
call-you-silent = (you say nothing)
call-you-ended = (you end the call)
# QA round 3 of issue 12, item 6: the customer's line after another silence in a row.
silence-again-1 = Hello? If nobody's there, I'm hanging up.
silence-again-more = Hello?! Still nothing? Right, I'm hanging up.
call-your-reply = Your reply
call-transcript = The conversation so far
call-pause = Pause
call-resume = Resume the call
call-paused-title = The call is paused
call-paused-body = The timer is stopped. Resume when you are ready.
call-end = End the call
call-end-confirm = End the call now?
call-end-yes = Yes, end the call
call-end-no = Keep talking
coach-heading = Coach's feedback
coach-continue = Continue
feedback-best-default = A strong reply: keep doing this.
mood-label = Customer's mood
mood-furious = Out of patience
mood-upset = Upset
mood-tense = Tense
mood-calm = Calm
mood-happy = Satisfied
portrait-label = { $name }, mood: { $mood }
emotion-furious = shouting
emotion-angry = sharp
emotion-frustrated = impatient
emotion-anxious = worried
emotion-confused = unsure
emotion-sceptical = doubtful
emotion-neutral = matter-of-fact
emotion-relieved = softer
emotion-pleased = warm

## Grades and outcomes

grade-best = Best
grade-acceptable = Acceptable
grade-poor = Poor
grade-harmful = Harmful
outcome-resolved = Resolved
outcome-follow-up = Follow-up promised
outcome-escalated = Escalated
outcome-customer-hung-up = The customer hung up
outcome-ended-properly = Ended by the book
outcome-agent-hung-up = You hung up
outcome-unresolved = Unresolved
outcome-passed-on = Passed on to get rid of the call

## Debrief

debrief-heading = Debrief
debrief-passed = Passed
debrief-failed = Not passed
debrief-verdict-passed-heading = Why this call passed
debrief-verdict-failed-heading = Why this call did not pass
debrief-why-ending-good = The call reached an ending that can pass: { $outcome }.
debrief-why-ending-bad = The call ended as “{ $outcome }”. A call that ends this way cannot pass, whatever the points.
debrief-why-critical = Critical error in reply { $number }: “{ $said }” A call with a critical error cannot pass.
debrief-why-critical-better = What would have worked: “{ $better }”
debrief-why-no-critical = No critical errors.
debrief-why-quality-enough = Your replies scored { $quality } out of 100, at or above the pass mark of { $mark }.
debrief-why-quality-short = Your replies scored { $quality } out of 100, below the pass mark of { $mark }.
debrief-why-capped = Because the call did not pass, its overall score is capped at { $overall }, just below the pass mark, however well your replies scored.
debrief-moves-heading = Your replies
debrief-critical-badge = Critical error
debrief-critical-given = Critical error, not counted
debrief-not-assessed = Not assessed
debrief-not-assessed-hint = “Not assessed”: no reply in this call tested that skill, so it counts neither for nor against you.
debrief-thin = Tested once
debrief-thin-hint = “Tested once”: only one moment of this call tested that skill, so its score is shown, but it is not named as your strongest or weakest and does not count in “Your skills”.
debrief-no-extensions = You did not ask for more time.
debrief-pauses =
    { $count ->
        [0] You never stopped the clock.
        [one] You stopped the clock once (a pause, leaving the tab or reloading).
       *[other] You stopped the clock { $count } times (pauses, leaving the tab or reloading).
    }
debrief-step-pauses =
    { $count ->
        [one] clock stopped once
       *[other] clock stopped { $count } times
    }
debrief-extensions =
    { $count ->
        [one] You asked for more time once.
       *[other] You asked for more time { $count } times, for { $moves ->
            [one] one reply
           *[other] { $moves } replies
        }.
    }
debrief-step-extensions =
    { $count ->
        [one] more time asked once
       *[other] more time asked { $count } times
    }
debrief-pass-mark = Pass mark: { $points }
debrief-skills-heading = Skills
debrief-strongest = Strongest: { $skills }
debrief-weakest = To work on: { $skills }
debrief-mood-heading = The customer's mood
debrief-mood-chart = The customer's mood went from { $start } to { $end } over { $count ->
        [one] one reply
       *[other] { $count } replies
    }.
debrief-marker = Reply { $number }: { $grade }, mood { $mood }
debrief-timing-heading = Response time
debrief-timing =
    { $replies ->
        [one] Your reply took { $mean }.
       *[other] On average { $mean }; half of your replies took { $median } or less.
    }
debrief-timeouts =
    { $count ->
        [0] You never ran out of time.
        [one] You ran out of time once.
       *[other] You ran out of time { $count } times.
    }
debrief-review-heading = Turn by turn
debrief-turn = Reply { $number }
debrief-better = What would have worked better
debrief-time = Response time: { $time }
debrief-timed-out = ran out
debrief-given = Played for you on the way to the turn you chose: not scored or timed
debrief-given-who = Played for you
debrief-mood-set = Your part of the call started at mood { $mood }, the value you set for this play-test; the way there had left it at { $was }.
debrief-mood-change = Mood { $from } → { $to }
debrief-self-care = Look after yourself
debrief-retry = Try this call again
debrief-next = Next call
reflection-heading = Your reflection
reflection-hint = A minute of reflection makes what you learnt stick. Your notes stay in this browser.
reflection-went-well = What went well?
reflection-to-change = What will you do differently next time?

## Loading a call

play-loading = Loading the call…
play-missing-title = This training call does not exist
play-missing-body = There is no call named “{ $id }”. The link may be out of date.
play-unreachable-title = The call could not be loaded
play-unreachable-body = Check your connection and try again.
play-invalid-title = The file for this training call cannot be read
play-invalid-body = So the call cannot start. Details for whoever looks after this site:
fault-not-compiled = { $file } is not a training-call file built by CalmLine. Build the site again with “cargo xtask dist” and publish all of it.
fault-version = { $file } was built by another version of CalmLine. Publish the whole site from one build.
fault-damaged = { $file } is damaged or was cut short. Publish the whole site again.

## Settings

settings-heading = Settings
settings-comfort = Comfort
settings-voice = Read the customer's lines aloud
settings-voice-hint = Uses your browser's voice for the language you chose, where it has one.
settings-motion = Reduce motion
settings-motion-hint = If your device is set to reduce motion, CalmLine already follows it; this switch turns animations off here in any case.
settings-saved = Changes are saved at once in this browser.
address-heading = How customers address you (calls in Polish)
address-hint = Polish speaks to a man and to a woman in different words: customers call you “Pan” or “Pani”, and their lines, the endings and the feedback follow your choice. It does not change your score.
address-pan = Pan (addressed as a man)
address-pan-hint = „Czy sprawdził Pan moje zamówienie?”
address-pani = Pani (addressed as a woman)
address-pani-hint = „Czy sprawdziła Pani moje zamówienie?”
address-needed = Choose how customers address you before you start a call in Polish.

## Pages that do not exist

not-found-title = This page does not exist
not-found-body = The address may be mistyped or out of date.

## A trainer's own scenario file

catalog-own-file = Trainers: try your own scenario file
own-heading = Your own scenario file
own-lead = Pick a scenario file (.toml, the format in docs/scenario-format.md). CalmLine checks it here in your browser, shows every problem with its line and column, and lets you play it when it is valid. The file is not sent anywhere.
own-pick = Scenario file
own-reading = Checking the file…
own-unreadable = The file “{ $file }” could not be read. It may be too big or no longer available.
own-problems =
    { $count ->
        [one] The file has one problem
       *[other] The file has { $count } problems
    }
own-problems-hint = Each line says where in “{ $file }” the problem is (line:column) and how to fix it.
own-valid = The file is valid: { $turns } customer turns, { $replies } replies, { $endings } endings.
own-passing = { $passing } of the { $endings } endings can be reached by a call that passes.
own-warnings =
    { $count ->
        [one] One warning: the call plays, but fix it before you use it in training
       *[other] { $count } warnings: the call plays, but fix it before you use it in training
    }
own-play = Play this call

## Sharing a call (trainers)

share-heading = For trainers: send this call to a group
share-hint = The link opens this briefing in the language shown now, with the timer and feedback chosen above.
share-same-call = The same customer lines and reply order for everybody
share-lock = Lock the timer and feedback so trainees cannot change them
share-link-label = Link to send
call-tone = Tone: { $emotion }
own-technical = Field names, ids and pieces of TOML are quoted as they are written in the file.
share-copy = Copy the link
share-copied = Link copied.
share-copy-failed = The browser did not allow copying: select the link and copy it.

## Reporting to a learning platform (a package launched from an LMS)

lms-status-connecting = Connecting to your learning platform…
lms-status-saved = Saved to your learning platform.
lms-status-kept = Your learning platform cannot be reached: your result is kept in this browser and will be sent when it can.
lms-status-missing = No learning platform answered: your result is kept in this browser only.
lms-status-closed = Your learning platform has your result. You can close this window.
lms-greeting = Hello, { $name }!
lms-finish = Finish and return to the course
lms-finish-hint = Your result is already saved. Finishing closes this session in your learning platform.

## Sharing a call: QR code and intranet embed (trainers)

share-qr-label = QR code of the link, for a slide or a printout
share-embed-heading = Put this call on an intranet page
share-embed-hint = Paste this code into a page that accepts HTML, such as SharePoint or Confluence. The call fits the width of the page.
share-embed-origin = Address of the intranet site (optional)
share-embed-origin-hint = Give it, for example https://intranet.example.com, if that page should receive the results: CalmLine then tells that site, and no other, when a call starts, each reply and the result.
share-embed-origin-invalid = This is not the address of a secure site: write it as https://name.of.the.site (a page of the site works too).
share-embed-label = Code to paste
share-embed-copy = Copy the code
share-embed-copied = Code copied.
share-embed-title = CalmLine training call: { $title }

## The learning path and the skill profile (catalog), a pass celebrated (debrief)

catalog-all-heading = All calls
path-heading = Your learning path
path-lead = From a first easy call to the hardest customers, one step at a time.
path-start-here = Start here
path-next = Next for you
path-reason-start = The easiest call on the path: a good first one.
path-reason-skill = Your weakest skill so far is { $skill } (latest score { $score }), and this call trains it.
path-reason-order = The next call on your path that you have not passed yet.
path-go-first = Take your first call
path-go = Take this call
path-done = You have passed every call on the path. Take any of them again to beat your best.
path-step-passed = Passed
path-step-unfinished = Unfinished
path-step-best = Best score { $score }
profile-heading = Your skills
profile-passed = Calls passed: { $passed } of { $total }
profile-best = Best { $score }
profile-latest = Latest { $score }
profile-none = Not measured yet
profile-empty = After your first call you will see each skill here, with its best and latest score.
card-unfinished = Unfinished
card-unfinished-hint = Carry on where you left off.
verdict-celebrate-title = You passed this call!
verdict-celebrate-body = { $score } out of 100, with { $mark } needed to pass. Well done: the next call on your path is waiting.
verdict-celebrate-body-last = { $score } out of 100, with { $mark } needed to pass. Well done!
verdict-celebrate-announce = Well done: you passed this call with { $score } out of 100.

## Issue 12, part E: notices, leaving a call, loading, clearing data, the printed record, reflections
notice-bad-link-plain = The link you opened had some settings CalmLine could not use, so the call uses its usual settings.
notice-bad-link-details = Details for your trainer
notice-bad-link-item = “{ $name }”: value “{ $value }” not understood
leave-call-title = Leave this call?
leave-call-body = The call is paused and kept: you can come back to it from the catalog and go on from the same point.
leave-call-stay = Stay in the call
leave-call-leave = Leave the call
app-loading = Loading CalmLine…
app-description = Practise difficult customer calls: choose your replies under time pressure, watch the customer’s mood and get a debrief skill by skill.
app-load-failed = CalmLine could not be loaded. Check your connection and try again.
app-load-retry = Try again
settings-clear-heading = Shared computer
settings-clear-hint = Removes everything CalmLine keeps in this browser: scores, unfinished calls, debriefs, reflections and settings. Use it before you leave a training-room computer.
settings-clear = Clear my data
settings-clear-question = Clear everything CalmLine keeps in this browser? This cannot be undone.
settings-clear-cancel = Keep my data
settings-clear-yes = Yes, clear it
debrief-record-heading = Record of this call
debrief-record-name = Name
debrief-record-name-hint = Only for the printout; forgotten when you close the tab.
debrief-record-date = Date
debrief-record-attempt = Attempt
debrief-record-version = Call version
debrief-record-seed = Call variant
debrief-record-mode = Mode
debrief-print = Print the debrief
reflection-attempt = Attempt { $number }
reflection-earlier =
    { $count ->
        [one] Your earlier reflection
       *[other] Your earlier reflections ({ $count })
    }
profile-focus = Work on this
debrief-headline-passed = Passed: { $score } out of 100
debrief-headline-critical = Not passed: critical error
debrief-headline-ending = Not passed: { $outcome }
debrief-headline-points = Not passed: below the pass mark
debrief-why-capped-critical = A critical error fails the call automatically, whatever the points: your replies scored { $quality }, but the call did not pass, so it is recorded as { $overall } (pass mark { $mark }).
debrief-why-capped-ending = An ending like this fails the call automatically, whatever the points: your replies scored { $quality }, but the call did not pass, so it is recorded as { $overall } (pass mark { $mark }).
path-step-failed = Not passed · best score { $score }
path-step-failed-plain = Not passed
notice-data-cleared = Your data was deleted from this browser.
notice-update-ready = A new version of CalmLine is ready. Reload to use it; a call you have not finished is kept.
notice-update-reload = Reload

# Call feel (issue 12, helper A): ringing, call clock, the customer speaking, hang-up, voice offer
ring-title = Incoming call: { $name }
ring-heading = Incoming call
ring-pick-up = Pick up
call-clock-label = Call time:
call-speaking = { $name } is speaking…
call-speaking-skip = Skip: show it now
hangup-customer = { $name } hung up
hangup-ended = The call has ended
hangup-to-debrief = See how it went
voice-offer = Turn on the customer's voice? You will hear their lines read aloud.
voice-offer-yes = Yes, turn it on
voice-offer-no = Not now
mood-label-short = Mood:
hold-button = Put on hold
hold-menu-heading = What do you say to the customer?
hold-cost = While the customer is on hold your reply clock stops, so you have time to check or think. But the customer waits: the mood drops a little if you say what you are doing and for how long, more after a bare “please hold”, most if you say nothing, and more again with every further hold and every hold longer than promised.
hold-say-announced = “I'll check that in our system now; it will take about { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }. May I put you on hold for that time?”
hold-say-bare = “Please hold.”
hold-say-silent = (Put the customer on hold without a word)
hold-cancel = Don't put on hold
hold-on = On hold { $time }
hold-on-note = Your reply clock is stopped and the customer is waiting. Come back when you promised.
hold-back-heading = Back to the customer
hold-back-thanks = “Thank you for waiting.”
hold-back-plain = “Right, I'm back.”
hold-announce-on = The customer is on hold. Your reply clock has stopped.
hold-announce-back = You are back with the customer after { $time } on hold.
hold-line = On hold { $time }
# QA round 3 of issue 12, item 4 (hold): what is said around a hold, the customer's answer on
# the return, and the promised time on the on-hold panel.
hold-line-silent = (you put the customer on hold without a word)
hold-ack-announced = Yes, I'm here.
hold-ack-bare = Yes, I'm still here.
hold-ack-silent = Hello? Finally.
hold-ack-late = Finally. That took quite a while.
hold-promise = { $held } of the { $promised } you promised
hold-promise-moment = { $held } of { $promised }: you gave no time, so the customer expects a moment at most
hold-promise-over = { $over } past the { $promised } you promised
hold-promise-over-moment = { $over } past a moment ({ $promised }): the customer expected you back by now
hold-announce-over = The customer has now waited longer than they were led to expect.
debrief-hold-customer = Customer
debrief-holds-heading = Holds
debrief-hold-item = Hold { $number } (before reply { $move }): { $way } · { $time } · mood { $before } → { $after }
debrief-hold-way-announced = announced
debrief-hold-way-bare = a bare “please hold”
debrief-hold-way-silent = without a word
debrief-hold-lesson-well-done = Well done: you asked, said what you were doing and for how long, came back in time and thanked the customer for waiting.
debrief-hold-lesson-bare = “Please hold” tells the customer neither why nor for how long. Say what you are going to do and how long it will take, and ask first: “I'll check that in our system now; it will take about a minute. May I put you on hold for that time?”
debrief-hold-lesson-silent = The customer was put on hold without a word and could not tell whether anyone was still there. Say what you are doing and for how long, and ask before you put someone on hold: “I'll check that in our system now; it will take about a minute. May I put you on hold for that time?”
debrief-hold-lesson-overran = The hold lasted longer than the customer had been led to expect ({ $promised }). Come back when you promised, even if only to say that you need another minute, and ask whether the customer can wait.
debrief-hold-lesson-unthanked = When you come back, thank the customer for waiting: “Thank you for waiting.” It shows that you value their time.
debrief-hold-lesson-again = Every further hold tries the customer's patience more. Check everything you need during a single hold.

# The call the trainee places (an outbound call-back): the ring screen before the customer answers.
ring-out-title = Calling { $name }
ring-out-heading = Calling
ring-out-call = Call
ring-out-ringing = Ringing…
