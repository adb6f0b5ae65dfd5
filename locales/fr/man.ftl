# `wen-assess man --output-dir DIR`.

wrote-man-pages = { $count ->
        [one] { $count } page de manuel écrite
       *[other] { $count } pages de manuel écrites
    } dans { $path }
