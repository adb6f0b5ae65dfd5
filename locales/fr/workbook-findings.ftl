# Constats sur les classeurs (.xlsx, .ods) et erreurs d’écriture d’un classeur :
# lus par les points focaux qui les remplissent, donc dans chaque langue. Les
# codes (error[invalid-level]), les identifiants, les noms de cellules, de
# feuilles et de fichiers, et ce que l’utilisateur doit saisir restent tels
# quels ; une raison entre parenthèses après « endommagée » ou « XML valide »
# vient de la bibliothèque zip ou XML, dans ses propres mots (en anglais).

## Une ligne de la feuille Réponses ou Atelier, telle que les messages la
## nomment : le numéro, le titre tel que le classeur l’affiche, l’identifiant.
## Sans article : chaque message met « la », « de la », « dans la » devant.
workbook-row = ligne { $row } ({ $title }, `{ $id }`)
# Un identifiant que la ligne directrice n’a pas : pas de titre à montrer.
workbook-row-unknown = ligne { $row } (`{ $id }`)
# Une liste de noms de feuilles (certains suivis de « (masquée) »).
workbook-list = { $first }, { $rest }

## Le fichier et son archive
workbook-empty = le fichier est vide : ce n’est pas un classeur
workbook-xls = c’est un classeur Excel 97-2003 (.xls) ou un classeur protégé par un mot de passe ; ouvrez-le et enregistrez-le comme Classeur Excel (.xlsx), sans mot de passe
workbook-is-yaml = c’est un fichier de réponses YAML, pas un classeur ; donnez-lui un nom en .yaml
workbook-is-csv = le fichier est du texte avec des séparateurs (un fichier CSV renommé ?), pas un classeur (les fichiers .xlsx et .ods sont des archives zip) ; remplissez le classeur créé par `wen-assess template --format xlsx`
workbook-is-text = le fichier est du texte, pas un classeur (les fichiers .xlsx et .ods sont des archives zip) ; remplissez le classeur créé par `wen-assess template --format xlsx`
workbook-not-zip = ce n’est pas un classeur : le fichier n’est pas une archive zip, comme le sont les fichiers .xlsx et .ods (endommagé, ou un autre type de fichier renommé ?)
workbook-zip-damaged = ce n’est pas un classeur : l’archive zip est endommagée ({ $reason }) ; enregistrez de nouveau le classeur depuis le tableur
workbook-zip-cut-short = sa table des matières, à la fin du fichier, manque : le fichier a-t-il été tronqué par un téléchargement ou une copie interrompus ?
workbook-zip-entry-damaged = ce n’est pas un classeur : archive zip endommagée ({ $reason })
workbook-part-twice = ce n’est pas un classeur : l’archive zip contient deux fois la même partie (fichier endommagé ou falsifié)
workbook-encrypted = le classeur est chiffré ; enregistrez-le de nouveau sans mot de passe
workbook-too-many-parts = l’archive compte { $count } parties, plus que les { $limit } dont un classeur peut avoir besoin ; elle a été refusée avant toute décompression
workbook-part-ratio = la partie `{ $part }` passerait de { $packed } à { $size } octets une fois décompressée ({ $ratio }:1), une bombe zip ; elle a été refusée avant toute décompression
workbook-too-large-expanded = les parties occuperaient plus de { $limit } octets une fois décompressées, plus qu’un classeur ne peut en avoir besoin (une bombe zip ?) ; le fichier a été refusé avant toute décompression
workbook-refused = { $reason } ; le fichier a été refusé
workbook-not-a-workbook = ce n’est pas un classeur : { $reason }
workbook-xlsb = c’est un classeur Excel dans un autre format que .xlsx (un .xlsb binaire ?) ; ouvrez-le dans Excel et enregistrez-le comme Classeur Excel (.xlsx)
workbook-word = c’est un document Word, pas un classeur ; remplissez le classeur créé par `wen-assess template --format xlsx`
workbook-powerpoint = c’est une présentation PowerPoint, pas un classeur ; remplissez le classeur créé par `wen-assess template --format xlsx`
workbook-other-opendocument = c’est un fichier OpenDocument d’un autre type ({ $kind }), pas un classeur
workbook-zip-not-workbook = c’est une archive zip, mais pas un classeur (aucune partie de tableur ; un document Word ou autre ?)
workbook-part-not-xml = `{ $part }` n’est pas du XML valide ({ $reason })
workbook-part-unreadable = la partie `{ $part }` ne peut pas être lue ({ $reason })
workbook-part-expands = la partie `{ $part }` dépasse, une fois décompressée, la taille que l’archive annonce pour elle (une bombe zip, ou un fichier endommagé)
workbook-part-inflate = la partie `{ $part }` ne peut pas être décompressée ({ $reason })
workbook-no-workbook-part = l’archive n’a pas de partie classeur (`{ $part }`)
workbook-workbook-part-not-xml = la partie classeur n’est pas du XML valide ({ $reason })
workbook-strings-not-xml = les chaînes partagées (`{ $part }`) ne sont pas du XML valide ({ $reason })
workbook-no-sheet-named = pas de feuille `{ $sheet }`
workbook-sheet-no-part = la feuille `{ $sheet }` n’a pas de partie (`{ $part }`)
workbook-sheet-not-xml = la feuille `{ $sheet }` n’est pas du XML valide ({ $reason })
workbook-no-content = l’archive n’a pas de `content.xml`
workbook-ods-repeat-rows = les feuilles répètent des lignes si souvent que leur lecture dépasserait { $limit } cellules (une bombe zip ?)
workbook-ods-repeat-cells = les feuilles répètent des cellules si souvent que leur lecture dépasserait { $limit } cellules (une bombe zip ?)
workbook-ods-spaces = les cellules représentent plus de { $limit } espaces (une bombe zip ?)
workbook-too-many-cells = les feuilles contiennent plus de { $limit } cellules, plus qu’un classeur ne peut en avoir besoin
workbook-shared-string-missing = la cellule renvoie à la chaîne partagée { $index }, mais { $count ->
        [0] le classeur n’en a aucune
        [one] le classeur n’en a qu’une (la chaîne 0)
       *[other] le classeur n’en a que { $count } (numérotées à partir de 0)
    }
workbook-shared-string-not-number = la cellule renvoie à la chaîne partagée `{ $index }`, qui n’est pas un nombre
workbook-unreadable = le classeur ne peut pas être lu : { $reason } ; enregistrez-le de nouveau depuis le tableur
workbook-sheet-unreadable = feuille { $sheet } : le classeur ne peut pas être lu : { $reason } ; enregistrez-le de nouveau depuis le tableur
workbook-sheet-refused = feuille { $sheet } : { $reason } ; le fichier a été refusé
workbook-damaged-cell = { $reason } : le classeur est endommagé ; enregistrez-le de nouveau depuis le tableur

## Feuilles et colonnes
# Les feuilles d’un classeur, à la fin d’un message sur une feuille absente.
workbook-has-sheets = { $count ->
        [0] le classeur n’a aucune feuille
        [one] le classeur n’a qu’une feuille, { $names }
       *[other] le classeur a les feuilles { $names }
    }
# Une feuille ou une colonne nommée dans chaque langue : celle du classeur d’abord.
workbook-names = { $first } (ou { $others })
workbook-no-hidden-sheet = pas de feuille `{ $sheet }` (masquée, avec l’identifiant et la version de la ligne directrice) : elle a été supprimée ou renommée, ou le classeur n’a pas été créé par `wen-assess template --format xlsx` ; { $sheets }
workbook-is-network-view = ce classeur est la vue du réseau écrite par `wen-assess aggregate`, pas les réponses d’un État membre ou du réseau : sortez-le du dossier des fichiers de réponses, ou nommez les fichiers de réponses un par un
workbook-no-answers-sheet = pas de feuille { $names } : c’est elle qui contient les réponses ; elle a été supprimée ou renommée ; { $sheets }
workbook-no-workshop-sheet = pas de feuille { $names } : c’est elle qui contient les cibles, les constats et les participants ; elle a été supprimée ou renommée ; { $sheets }
workbook-sheets-compete-answers = { $count } feuilles peuvent contenir les réponses : c’est { $chosen } qui est lue, pas { $others } ; supprimez les feuilles inutilisées, ou copiez leur contenu dans { $chosen }
workbook-sheets-compete-workshop = { $count } feuilles peuvent contenir les cibles, les constats et les participants : c’est { $chosen } qui est lue, pas { $others } ; supprimez les feuilles inutilisées, ou copiez leur contenu dans { $chosen }
workbook-sheet-hidden-mark = { $sheet } (masquée)
workbook-answers-sheet-hidden = la feuille { $sheet } est masquée, et les réponses y sont lues malgré tout ; affichez-la (clic droit sur un onglet de feuille, Afficher) pour voir ce qui est lu
workbook-workshop-sheet-hidden = la feuille { $sheet } est masquée, et les cibles, les constats et les participants y sont lus malgré tout ; affichez-la (clic droit sur un onglet de feuille, Afficher) pour voir ce qui est lu
workbook-merged = les cellules { $range } sont fusionnées ; annulez la fusion (Fusionner et centrer dans Excel, Format > Fusionner et scinder les cellules dans LibreOffice) pour que chaque réponse ait sa propre cellule
workbook-missing-column = aucune colonne intitulée { $names } dans la ligne d’en-tête { $row } : la colonne a été supprimée ou son en-tête renommé ; rétablissez-la (Annuler, ou copiez-la depuis un classeur vierge)
workbook-no-header = aucune ligne d’en-tête avec les colonnes { $id } et { $level } : les en-têtes ont été supprimés ou renommés
workbook-no-tables = le tableau des constats (en-têtes { $findings }, ...) ou celui des participants (en-têtes { $participants }, ...) manque : un en-tête a été supprimé ou renommé
workbook-other-guideline-rows = { $unknown } des { $rows } lignes (`{ $first }`, ...) ne sont pas des critères de la ligne directrice `{ $id }` { $version }, que nomme la feuille masquée : ces lignes viennent d’un autre classeur, ou la feuille masquée a été modifiée

## Cellules : ce qu’une cellule contient, nommée par un groupe « what »
workbook-formula = { $what } : c’est une formule (`={ $formula }`), pas du texte ; saisissez le texte lui-même
workbook-error-value = { $what } : c’est l’erreur de tableur { $error } ; saisissez le texte lui-même
workbook-what-criterion-id = l’identifiant du critère
workbook-what-network = le nom du réseau
workbook-what-region = la région
workbook-what-country = le pays
workbook-what-respondent = le nom du répondant
workbook-what-role = la fonction du répondant
workbook-what-date = la date
workbook-what-reason = la raison de la { $criterion }
workbook-what-note = la note de la { $criterion }
workbook-what-evidence = les justificatifs de la { $criterion }
workbook-what-area-id = l’identifiant du domaine
workbook-what-strengths = les points forts de la { $area }
workbook-what-challenges = les difficultés de la { $area }
workbook-what-priorities = les priorités de la { $area }
workbook-what-participant-name = le nom d’un participant
workbook-what-participant-agency = l’organisme d’un participant
workbook-what-participant-country = le pays d’un participant
workbook-what-guideline-id = l’identifiant de la ligne directrice
workbook-what-guideline-version = la version de la ligne directrice
workbook-what-language = la langue

## La feuille Réponses : une ligne par critère
workbook-duplicate-criterion = la { $criterion } reprend le critère de la ligne { $first } ; gardez une seule ligne par critère
workbook-na-without-reason = la { $criterion } est marquée N/A (sans objet) mais n’a pas de raison ; indiquez dans la colonne { $column }, celle de la raison, pourquoi le critère ne s’applique pas
workbook-reason-without-na = la { $criterion } a une raison, mais un niveau au lieu de N/A ; la raison est conservée mais pas utilisée
workbook-level-formula = le niveau de la { $criterion } est une formule (`={ $formula }`) ; choisissez plutôt le niveau dans la liste
workbook-level-date = le niveau de la { $criterion } est une date ({ $date }) : le tableur a transformé ce qui a été saisi (3/4, par exemple) en date ; choisissez le niveau dans la liste
workbook-level-mismatch = le niveau de la { $criterion } indique { $said }, mais `{ $label }` est le libellé du niveau { $level } ; choisissez le niveau dans la liste
workbook-level-invalid = le niveau de la { $criterion } doit être 0, 1, 2, 3, 4 ou N/A (comme la liste les propose), pas `{ $found }`

## La feuille Atelier : une ligne par domaine, puis les participants
workbook-duplicate-area = la { $area } reprend le domaine de la ligne { $first } ; gardez une seule ligne par domaine
workbook-target-formula = la cible de la { $area } est une formule ; saisissez un niveau de 0 à { $max }
workbook-target-invalid = la cible `{ $found }` de la { $area } n’est pas un niveau de l’échelle 0-{ $max }

## La feuille masquée
workbook-hidden-missing-row = la feuille masquée `{ $sheet }` n’a pas de ligne `{ $key }` ; le classeur a été modifié : créez-en un nouveau avec `wen-assess template --format xlsx` et copiez-y les réponses
workbook-format = le format de classeur `{ $found }` n’est pas pris en charge ; format attendu : { $expected }
workbook-guideline-empty = l’identifiant de la ligne directrice est vide ; la feuille masquée a été modifiée
workbook-guideline-not-loaded = le classeur porte sur la ligne directrice `{ $id }`, qui n’est pas chargée (disponibles : { $available }) ; chargez-la avec --guidelines CHEMIN
workbook-kept-not-yaml = les entrées conservées du fichier de réponses ne sont pas du YAML valide ({ $pos } : { $reason }) ; la feuille masquée a été modifiée
workbook-kept-unknown-section = la feuille masquée conserve des entrées sous `{ $section }`, qui ne fait partie d’aucun fichier de réponses que l’outil y écrit ; elles ne sont pas utilisées
workbook-kept-clash = la feuille masquée conserve `{ $key }` pour { $what }, une valeur que les feuilles visibles contiennent ; celle des feuilles visibles est utilisée, celle qui était conservée est écartée
workbook-participant-gone = le participant `{ $name }` ({ $agency }, { $country }) n’a plus de ligne dans le tableau des participants (ligne supprimée, ou nom, organisme ou pays modifié) : les entrées conservées pour cette personne ({ $keys }) ne sont pas utilisées
workbook-participant-number = le participant `{ $number }` de la feuille masquée n’est pas un participant de ce classeur ; ses entrées ne sont pas utilisées

## Écrire un classeur (template, convert)
workbook-too-long = { $what } : { $len } caractères, plus que les 32 767 que peut contenir une cellule de tableur ; raccourcissez ce texte d’abord
workbook-writer = impossible d’écrire le classeur : { $reason }
workbook-what-reason-for = la raison donnée pour `{ $id }`
workbook-what-note-on = la note sur `{ $id }`
workbook-what-evidence-for = les justificatifs de `{ $id }`
workbook-what-an-area-id = un identifiant de domaine
workbook-what-finding-for = un constat de `{ $area }`
workbook-what-scope = le champ d’application
workbook-read-back = le classeur produit ne se relit pas avec les mêmes réponses ({ $detail }) ; rien n’a été écrit. C’est un défaut de wen-assess : merci de le signaler
workbook-open = il semble ouvert dans un tableur (son fichier de verrou { $lock } est à côté) : les modifications qui n’y sont pas encore enregistrées ne sont pas lues ; enregistrez-le et fermez-le, puis relancez
