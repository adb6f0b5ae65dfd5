# `wen-assess man --output-dir DIR`.

wrote-man-pages = { $count ->
        [one] { $count } página de manual escrita
       *[other] { $count } páginas de manual escritas
    } en { $path }
