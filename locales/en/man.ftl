# `wen-assess man --output-dir DIR`.

wrote-man-pages = Wrote { $count ->
        [one] { $count } man page
       *[other] { $count } man pages
    } to { $path }
