# The studio (`#/studio`, the authoring build only): bundled into the studio, never fetched by
# the player. Field names, ids and pieces of TOML are quoted as they are written in the file.
studio-heading = CalmLine Studio
studio-lead = Write and check your own calls. Start from a call in the library or open a scenario file from your computer: the map shows how the call can go, and every change is checked at once. Nothing leaves your browser.
studio-open-editor = Edit a call on a map in the studio
studio-open-library = Start from a library call
studio-open-library-button = Open as a template
studio-open-new = Start a new call from the annotated example (every field explained beside it)
studio-open-file = Open a scenario file (.toml) from your computer
studio-opening = Opening the call…
studio-fetch-failed = The call “{ $file }” could not be loaded. Check your connection and try again.
studio-not-toml = “{ $file }” is not a scenario file the studio can read: line { $line }, column { $column }. Open it in a text editor, fix that place and open it again.
studio-unreadable = The file “{ $file }” could not be read. It may be too big or no longer available.
studio-editing = Editing “{ $file }”
studio-toolbar = Editing tools
studio-undo = Undo
studio-redo = Redo
studio-download = Save to your computer
studio-close = Open another call
studio-view = Show the call as
studio-view-map = Map
studio-view-list = List
studio-zoom-in = Zoom in
studio-zoom-out = Zoom out
studio-problems =
    { $count ->
        [0] No problems
        [one] 1 problem
       *[other] { $count } problems
    }
studio-problems-none = The validator found nothing to fix: the call can be played.
studio-problems-go = Go to the field
studio-map-label = Map of the call: its turns and endings, joined by what leads from one to another
studio-list-label = The call's turns and endings as a list
studio-node-turn = Turn “{ $id }”
studio-node-ending = Ending “{ $id }”
studio-mark-start = the call starts here
studio-mark-unreachable = no call gets here
studio-mark-problem = has a problem
studio-edge-reply = reply “{ $id }” ({ $grade }) leads to “{ $target }”
studio-edge-silence = silence leads to “{ $target }”
studio-edge-trigger = trigger “{ $id }” leads to “{ $target }”
studio-edge-hang-up = hanging up leads to “{ $target }”
studio-edge-missing = “{ $target }” is neither a turn nor an ending
studio-inspector-empty = Choose a turn or an ending on the map or in the list to edit it.
studio-inspector-heading = { $node }: its fields
studio-keeps-layout = In this file the keys of one table are split up by another's. The first change moves them together; no text and no comment is lost.
studio-group-node = The turn or ending itself
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
studio-edit-refused = This change was not made: { $field } takes another kind of value.
studio-drafts = Your drafts in this browser
studio-draft-continue = Continue “{ $file }”
studio-draft-delete = Delete the draft “{ $file }”
studio-draft-kept = kept in this browser
studio-draft-not-kept = This browser did not keep your last change (its storage may be full, or it is a private window). Save the call to your computer so that nothing is lost.
studio-play = Play-test
studio-play-why = Fix the problems first: a call with errors cannot be played.
studio-back-to-editing = Back to editing
