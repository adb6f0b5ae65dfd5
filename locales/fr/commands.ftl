# Erreurs sur lesquelles une commande s'arrête, et ce qu'elle dit de ses entrées.

aggregate-one-guideline = { $file } : les réponses portent sur la ligne directrice `{ $guideline }`, mais { $first } porte sur `{ $first_guideline }` ; aggregate demande une seule ligne directrice
aggregate-file-twice = { $file } est donné deux fois (aussi sous le nom { $twin }) ; chaque État membre compte une fois
aggregate-country-twice = { $file } : le pays « { $country } » figure aussi dans { $twin } ; chaque État membre compte une fois, ne garder qu'un fichier par pays
no-answer-files = aucun fichier de réponses donné
assess-no-workbook = { $path } : ce classeur n'existe pas, et `assess` ne modifie que les fichiers de réponses YAML ; donner aux réponses un nom en .yaml (--answers { $yaml }), ou produire un classeur à remplir dans un tableur avec : wen-assess template -o { $xlsx }
yaml-only-no-file = { $path } : ce fichier n'existe pas (et `{ $command }` ne modifie que les fichiers de réponses YAML)
yaml-only =
    { $path } : `{ $command }` ne modifie que les fichiers de réponses YAML ; convertir d'abord le classeur :
    {"  "}wen-assess convert { $path } { $yaml }
    {"  "}wen-assess { $command } { $resume }{ $yaml }
convert-no-ods = { $path } : convert produit des classeurs .xlsx ; LibreOffice les ouvre et les enregistre en .ods (Fichier > Enregistrer sous)
convert-output-name = { $path } : le nom du fichier produit doit finir par .xlsx (un classeur) ou .yaml (un fichier de réponses) ; `-` écrit le YAML sur la sortie standard
exists-use-force = { $path } : existe déjà ; ajouter --force pour le remplacer
man-not-a-folder = { $path } : n'est pas un dossier ; donner le dossier où écrire les pages de manuel
man-cannot-create = { $path } : impossible de créer le dossier : { $reason }
folder-without-answers = { $path } : aucun fichier de réponses (*.yaml, *.yml) ni classeur (*.xlsx, *.ods) dans ce dossier
guideline-not-loaded = { $file } : les réponses portent sur la ligne directrice `{ $id }`, qui n'est pas chargée (disponibles : { $loaded }) ; la charger avec --guidelines CHEMIN
report-md-name = { $path } : --format md produit du Markdown : donner un nom en .md, ou retirer --format pour produire un PDF
report-pdf-name = { $path } : --format pdf produit un PDF : donner un nom en .pdf, ou retirer --format pour produire du Markdown
report-one-file = { $count ->
        [one] report prend un seul fichier de réponses ({ $count } donné) ; pour le rapport d'un réseau à partir de plusieurs fichiers, ajouter --aggregate
       *[other] report prend un seul fichier de réponses ({ $count } donnés) ; pour le rapport d'un réseau à partir de plusieurs fichiers, ajouter --aggregate
    }
fail-under-outside = --fail-under { $value } est hors de l'échelle 0-4
choose-guideline =
    choisir une ligne directrice avec --guideline ID ; celles qui sont chargées :
    { $list }
terminal-error = erreur du terminal : { $error }
template-no-ods = { $path } : template produit des classeurs .xlsx ; LibreOffice les ouvre et les enregistre en .ods (Fichier > Enregistrer sous)
template-xlsx-name = { $path } : --format xlsx produit un classeur : lui donner un nom en .xlsx
template-output-name = { $path } : template produit un fichier de réponses (.yaml) ou un classeur (.xlsx) ; donner au fichier l'un de ces noms
template-yaml-name = --format yaml produit un fichier de réponses YAML : lui donner un nom en .yaml, ou retirer --format pour produire un classeur
workbook-needs-output = un classeur est un fichier binaire : l'écrire avec -o NOM.xlsx (ou -o - pour la sortie standard)
template-read-back = le modèle produit ne se relit pas à l'identique ({ $detail }) ; rien n'a été écrit. C'est un défaut de wen-assess : merci de le signaler
no-such-guideline = aucune ligne directrice `{ $id }` n'est chargée (disponibles : { $loaded })
render-failed = le rapport n'a pas pu être produit : { $error }
cannot-create-answers = impossible de créer un fichier de réponses dans { $folder } : { $reason } ; lancer la commande depuis un dossier modifiable, ou donner --answers CHEMIN
answers-of-another-guideline = { $file } : contient des réponses sur `{ $holds }`, pas sur `{ $wanted }` ; choisir un autre fichier --answers
store-conflict-criteria = { $path } : modifié par un autre programme pendant cette séance, sur les mêmes critères ({ $items }). Le fichier garde l'autre version ; les réponses de cette séance sont enregistrées dans { $side }. Comparer les deux, puis reprendre avec : wen-assess assess --answers { $path } (ou, dans le navigateur : wen-assess serve { $path })
store-conflict-fields = { $path } : modifié par un autre programme pendant cette séance, sur les mêmes champs ({ $items }). Le fichier garde l'autre version ; les réponses de cette séance sont enregistrées dans { $side }. Comparer les deux, puis reprendre avec : wen-assess assess --answers { $path } (ou, dans le navigateur : wen-assess serve { $path })
error = erreur
file-and-error = { $file } : { $error }
guideline-replaces-builtin = remarque : { $file } ({ $id } { $version }) est utilisé à la place de la ligne directrice intégrée { $id } { $builtin }
output-name-contradicts = { $path } : le nom se termine par .{ $ending }, mais --format { $format } écrit un autre type de fichier : donnez un nom qui convient, ou omettez --format et le nom choisit
output-name-no-such-format = { $path } : { $command } n’écrit pas de fichier .{ $ending } ; ses sorties se terminent par { $endings }, ou vont au terminal
aggregate-pdf-name = { $path } : aggregate n’écrit pas de PDF ; le rapport du réseau en PDF se fait avec : wen-assess report --aggregate DOSSIER -o { $path }
