# `wen-assess man --output-dir DIR`.

wrote-man-pages = { $count ->
        [0] { $count } páginas de manual escritas
        [one] { $count } página de manual escrita
       *[other] { $count } páginas de manual escritas
    } em { $path }
