# Score tables (score) and command messages.

coverage-line = coverage { $percent }% ({ $scored } scored, { $na } N/A, { $open } not answered)
below-fail-under = { $file }: overall maturity { $value } is below --fail-under { $limit }
files-not-scored = { $failed } of { $total ->
        [one] { $total } file
       *[other] { $total } files
    } could not be scored
wrote-report = Wrote { $path }: overall maturity { $value } ({ $label }), { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, coverage { $percent }%
wrote-network-report = Wrote { $path }: { $count ->
        [one] { $count } member state
       *[other] { $count } member states
    }, network overall { $value }
wrote-template = Wrote { $path } ({ $count ->
        [one] { $count } criterion
       *[other] { $count } criteria
    } of `{ $id }` { $version }). Fill in each `level:`, then run: wen-assess score { $path }
guidelines-column-id = ID
guidelines-column-version = VERSION
guidelines-column-criteria = CRITERIA
guidelines-column-title = TITLE
guideline-languages = Languages: { $languages } · default target: { $target } ({ $label })
guideline-area = { $title } ({ $id }, weight { $weight }, { $count ->
        [one] { $count } criterion
       *[other] { $count } criteria
    })
guideline-criterion = { $title } (weight { $weight })
# What `validate` without arguments checks: a guideline inside the program.
validate-builtin = built-in guideline { $id } { $version }
validate-ok = { $file }: ok, { $criteria ->
        [one] { $criteria } criterion
       *[other] { $criteria } criteria
    } in { $areas ->
        [one] { $areas } area
       *[other] { $areas } areas
    }
validate-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
validate-against = { $file } against { $old }: { $added ->
        [one] { $added } criterion added
       *[other] { $added } criteria added
    }, { $renamed } renamed, { $removed } removed, { $changed } changed
validate-silenced = { $count ->
        [one] { $count } warning not shown (--allow)
       *[other] { $count } warnings not shown (--allow)
    }
migrate-nothing = { $path } is already for { $id } { $version }: nothing to change.
migrate-moved = moved { $from } → { $to }
migrate-done = Rewrote { $path } for { $id } { $version } (was { $old }): { $moved ->
        [one] { $moved } answer moved
       *[other] { $moved } answers moved
    }, { $new ->
        [one] { $new } new criterion to answer
       *[other] { $new } new criteria to answer
    }, { $kept ->
        [one] { $kept } answer kept but not scored
       *[other] { $kept } answers kept but not scored
    }.
migrate-dry-run = { $path } would be rewritten for { $id } { $version } (was { $old }): { $moved ->
        [one] { $moved } answer moved
       *[other] { $moved } answers moved
    }, { $new ->
        [one] { $new } new criterion to answer
       *[other] { $new } new criteria to answer
    }, { $kept ->
        [one] { $kept } answer kept but not scored
       *[other] { $kept } answers kept but not scored
    }. Nothing was written.
provisional = Provisional: { $answered } of { $total } criteria answered ({ $percent }%). The scores will change as the others are answered.
