# Constats sur les fichiers de réponses et les classeurs, et erreurs qui
# terminent une commande : lus par les points focaux et les coordonnateurs,
# donc dans chaque langue. Les codes (error[na-without-reason]), les
# identifiants, les clés YAML entre `...` et les positions restent tels quels ;
# après une position (fichier:ligne:colonne), le deux-points reste collé, comme
# les éditeurs l’attendent.
#
# Les groupes « what » (what-*, field-of, entry-of, les kind-*) s’insèrent dans
# d’autres messages : ils y viennent en tête, suivis de « : » (pas d’accord à
# faire avec le verbe), ou après « dans », qui ne se contracte pas avec
# l’article (« dans le fichier de réponses »).

wrong-type = { $what } : on attend { $expected }, pas { $found }
kind-null = une valeur vide
kind-bool = un booléen
kind-int = un nombre entier
kind-float = un nombre
kind-text = du texte
kind-list = une liste
kind-map = un ensemble de paires clé-valeur
kind-string = du texte
kind-true-false = `true` ou `false`
did-you-mean = vouliez-vous dire `{ $key }` ?
expected-one-of = clés attendues : { $keys }
unknown-key-strict = clé inconnue `{ $key }` dans { $what } ({ $hint })
missing-key = { $what } : il manque la clé `{ $key }`
field-of = `{ $key }` dans { $what }
entry-of = une entrée dans { $what }
not-answers = c’est un fichier de ligne directrice (il contient `areas:`), pas un fichier de réponses ; vérifiez-le avec `wen-assess validate { $file }`
answers-not-a-mapping = un fichier de réponses est un ensemble de paires `clé: valeur` (`format: 1`, `guideline: ...`, `answers: ...`), et celui-ci ne contient que du texte : est-ce un autre type de fichier, comme un CSV ? Les réponses s’écrivent en YAML, ou dans un classeur (.xlsx, .ods)
what-answer-file = le fichier de réponses
answers-format = le format de fichier de réponses { $found } n’est pas pris en charge ; format attendu : { $expected }
answers-scope = `scope` vaut `{ $found }` ; écrivez `network` (les réponses valent pour le réseau dans son ensemble) ou `member` (pour un État membre, le pays du répondant, à son propre sujet)
what-target-of = la cible de `{ $area }`
target-outside-scale = la cible { $target } de `{ $area }` est hors de l’échelle 0-4
what-participant = une entrée de `participants`
what-findings-of = les constats de `{ $area }`
what-criterion-id = un identifiant de critère
answers-not-a-map = `answers` doit associer à chaque identifiant de critère sa réponse (des paires `clé: valeur`), pas { $found }
too-many-entries = { $what } : { $count } entrées, au-delà de la limite de { $limit } ; aucun fichier de réponses n’en compte autant : est-ce le bon fichier ?
text-too-long = { $what } : { $chars } caractères, au-delà de la limite de { $limit } ; gardez les longs documents comme justificatifs (un nom de fichier ou un lien)
what-key-of = `{ $key }` dans { $what }
what-unknown-keys-of = les clés inconnues dans { $what }
unknown-key-kept = la clé inconnue `{ $key }` dans { $what } est conservée mais pas utilisée
unknown-key-kept-suggest = la clé inconnue `{ $key }` dans { $what } est conservée mais pas utilisée ; vouliez-vous dire `{ $suggestion }` ?
what-answer-to = la réponse à `{ $id }`
what-reason-of = la raison (`reason:`) dans { $what }
na-without-reason = `{ $id }` est marqué `na` (sans objet) mais n’a pas de `reason:` ; indiquez pourquoi il ne s’applique pas
level-quoted = le niveau de `{ $id }` est le texte entre guillemets { $quoted }, pas un nombre ; écrivez-le sans guillemets : `level: { $level }`
level-invalid = le niveau de `{ $id }` doit être 0, 1, 2, 3, 4 ou na, pas `{ $found }`
reason-without-na = `{ $id }` a une `reason:`, mais un niveau au lieu de `na` ; la raison est conservée mais pas utilisée
what-note-of = la note (`note:`) dans { $what }
what-evidence-of = les justificatifs de `{ $id }`
invalid-date = la date `{ $date }` n’est pas au format AAAA-MM-JJ
unknown-language = la langue `{ $language }` ne fait pas partie de { $known } ; l’anglais est utilisé
guideline-mismatch = ces réponses portent sur la ligne directrice `{ $found }`, pas sur `{ $expected }`
guideline-version = les réponses ont été données pour `{ $id }` { $old } et sont notées selon la version { $new }
network-scope-answer = `{ $id }` porte sur le réseau en tant qu’organe, et ce fichier répond au nom d’un État membre (`scope: member`) ; la réponse est conservée mais non notée. C’est le fichier du réseau qui y répond
unknown-criterion = `{ $id }` n’est pas un critère de `{ $guideline }` { $version } ; la réponse est conservée mais non notée
unknown-area = `{ $area }` n’est pas un domaine de `{ $guideline }` ; sa cible est ignorée
migration-conflict-answered = `{ $old }` est devenu `{ $new }` dans `{ $guideline }` { $version }, qui a déjà une réponse ; la réponse donnée sous `{ $old }` est conservée mais non notée
migration-conflict-entries = `{ $old }` est devenu `{ $new }` dans `{ $guideline }` { $version }, qui a déjà sa propre note, ses justificatifs ou d’autres entrées ; la réponse donnée sous `{ $old }` est conservée mais non notée
migrated-answer = `{ $old }` est `{ $new }` dans `{ $guideline }` { $version } ; sa réponse y est notée (wen-assess migrate réécrit le fichier)
read-io = { $path } : lecture impossible : { $reason }
read-folder = { $path } : c’est un dossier, pas un fichier
read-special = { $path } : c’est { $kind }, pas un fichier ordinaire ; indiquez le chemin d’un fichier
read-too-large = { $path } : le fichier fait { $size } octets, au-delà de la limite de { $limit } octets
read-not-text = { $path }:{ $pos }: ce n’est pas du texte UTF-8 ; enregistrez le fichier en UTF-8 (ou est-ce un fichier binaire ?)
write-over-input = { $path } : cette commande lit ce fichier ; wen-assess refuse de l’écraser : choisissez un autre fichier de sortie
write-over-input-as = { $path } : cette commande lit ce fichier (sous le nom { $input }) ; wen-assess refuse de l’écraser : choisissez un autre fichier de sortie
write-no-folder = { $path } : écriture impossible : le dossier { $folder } n’existe pas
write-folder = { $path } : c’est un dossier ; indiquez un nom de fichier
write-io = { $path } : écriture impossible : { $reason }
write-stdout = sortie standard : écriture impossible : { $reason }
lock-busy = { $path } : une autre session de wen-assess travaille sur ce fichier (verrou { $lock }) ; attendez qu’elle se termine, ou travaillez sur une copie
lock-io = { $path } : impossible de créer le fichier de verrou { $lock } : { $reason }
io-not-found = fichier introuvable
io-permission = accès refusé
io-full = plus d’espace libre sur le disque
io-read-only = le système de fichiers est en lecture seule
io-no-folder = le dossier { $folder } n’existe pas
special-fifo = un tube nommé (FIFO)
special-char-device = un périphérique en mode caractère
special-block-device = un périphérique en mode bloc
special-socket = un socket
special-other = un fichier spécial
save-references = { $path }:{ $pos }: le fichier utilise des ancres, des alias ou des clés de fusion YAML (`&`, `*`, `<<`) ; wen-assess lit un tel fichier mais ne le réécrit pas. Écrivez les valeurs en entier, puis réessayez ; le fichier n’a pas été modifié
save-line-endings = { $path }:{ $pos }: le fichier termine ses lignes par un retour chariot seul (comme sur les très anciens Mac) ; wen-assess lit un tel fichier mais ne le réécrit pas. Enregistrez-le avec des fins de ligne ordinaires, puis réessayez ; le fichier n’a pas été modifié
save-layout = { $path } : le fichier utilise une forme de YAML que wen-assess ne sait pas modifier sur place (une clé `?`, par exemple), et le réécrire entièrement ferait perdre ses commentaires et sa mise en page ; wen-assess lit un tel fichier mais ne le réécrit pas. Écrivez-le sous la forme simple `clé: valeur` du fichier vierge que produit `wen-assess template`, puis réessayez ; le fichier n’a pas été modifié
save-read-back = { $path } : le texte écrit pour ce fichier ne se relit pas comme les mêmes réponses ({ $detail }) ; rien n’a été écrit. C’est une erreur de wen-assess : merci de la signaler
save-flow-comments = { $path }:{ $pos }: le fichier est écrit comme un seul bloc `{"{"}...{"}"}` avec des commentaires, et le réécrire entièrement ferait perdre les commentaires ; wen-assess lit un tel fichier mais ne le réécrit pas. Écrivez-le sous la forme simple `clé: valeur` du fichier vierge que produit `wen-assess template`, puis réessayez ; le fichier n’a pas été modifié
save-write = { $error } ; la version précédente du fichier n’a pas été modifiée

## Pourquoi un fichier n’est pas du YAML valide. Les clés, `---`, `*nom`,
## `&nom`, `<<`, `!tag` et ce que l’utilisateur tape restent tels quels.
## yaml-parser cite l’analyseur (en anglais) pour les rares problèmes sans
## message ici.
yaml-empty = le fichier est vide
yaml-end-of-list = fin de liste inattendue
yaml-end-of-map = fin d’un ensemble de paires clé-valeur inattendue
yaml-second-document = un second document YAML (`---`) suit le premier ; un fichier n’en contient qu’un
yaml-too-many-aliases = le fichier utilise plus de { $limit } alias (`*nom`)
yaml-unknown-alias = cet alias (`*nom`) ne renvoie à aucune ancre (`&nom`) complète avant lui
yaml-alias-expansion = les alias (`*nom`) portent le fichier à plus de { $limit } valeurs ; écrivez les valeurs en entier
yaml-too-deep = imbrication de plus de { $limit } niveaux
yaml-too-many-values = le fichier compte plus de { $limit } valeurs (par ses alias ou par sa taille)
yaml-tag-here = l’étiquette `{ $tag }` n’est pas acceptée ici ; supprimez-la
yaml-tag-mismatch = `{ $value }` ne correspond pas à son étiquette `{ $tag }`
yaml-tag-unsupported = l’étiquette `{ $tag }` n’est pas acceptée ; supprimez-la
yaml-complex-key = une clé doit être un mot ou un texte, pas une liste ni un ensemble de paires clé-valeur
yaml-merge-not-map = une clé de fusion `<<` doit désigner un ensemble de paires clé-valeur (ou une liste de tels ensembles)
yaml-duplicate-key = clé en double `{ $key }` : elle figure déjà à la ligne { $line }, et chaque clé ne peut apparaître qu’une fois au même niveau
yaml-duplicate-merged = clé en double `{ $key }` : la clé de fusion `<<` l’apporte une seconde fois ; chaque clé ne peut apparaître qu’une fois au même niveau
yaml-colon = un deux-points suivi d’une espace (`: `) ne peut pas figurer ici : mettez entre guillemets un texte qui contient `: `, ou vérifiez l’indentation de cette ligne
yaml-indentation = cette ligne n’est pas indentée comme les clés qui l’entourent ; vérifiez son indentation
yaml-list-item = un élément de liste (`- `) ne peut pas commencer ici ; vérifiez l’indentation
yaml-open-quote = un guillemet est ouvert et jamais fermé
yaml-escape = une barre oblique inverse entre guillemets doubles commence une séquence d’échappement que YAML ne connaît pas ; écrivez `\\` pour une barre oblique inverse, ou utilisez des guillemets simples
yaml-tab = une tabulation sert à l’indentation ; indentez avec des espaces
yaml-brackets = des crochets `[ ]` ou des accolades `{"{ }"}` ne se correspondent pas, ou une virgule manque entre deux éléments
yaml-value-expected = une valeur est attendue ici
yaml-key-one-line = une clé ne se termine pas sur sa ligne : une clé et son deux-points doivent tenir sur une seule ligne
yaml-comment-space = `#` ne commence un commentaire qu’après une espace ; mettez le texte entre guillemets
yaml-bom = une marque d’ordre des octets invisible (U+FEFF) se trouve dans le texte ; supprimez-la
yaml-unexpected-end = le fichier se termine au milieu d’une valeur ; vérifiez les dernières lignes
yaml-reserved-character = `{ $character }` ne peut pas commencer une valeur ; mettez le texte entre guillemets
yaml-anchor-name = `&` ou `*` au début d’une valeur doit être suivi d’un nom ; mettez le texte entre guillemets
yaml-block-scalar = l’en-tête d’un bloc de texte (`|` ou `>`, suivi éventuellement d’un chiffre et de `+` ou `-`) est mal écrit, ou ses lignes ne sont pas indentées
yaml-directive = une ligne qui commence par `%` est une directive YAML, que ces fichiers n’utilisent pas ; mettez le texte entre guillemets ou supprimez la ligne
yaml-tag-syntax = une étiquette (`!`) est mal écrite ; supprimez-la ou mettez le texte entre guillemets
yaml-parser = YAML non valide (selon l’analyseur : « { $words } »)
