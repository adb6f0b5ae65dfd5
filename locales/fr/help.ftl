# La ligne de commande : `--help` et `help`, les lignes d'utilisation,
# `--version`, et les erreurs que clap trouve dans une ligne de commande
# (src/cli_text.rs).
#
# Les noms de commandes et d'options, les noms de valeurs en capitales (FILE,
# OUT) et les lignes de commande `wen-assess` restent tels quels ; les noms
# de fichiers des exemples peuvent être français. Les textes après l'aide
# s'affichent tels quels : garder leurs lignes sous 80 caractères.

## Titres et marques de l'aide et des lignes d'utilisation.

help-usage = Utilisation :
help-commands = Commandes :
help-arguments = Arguments :
help-options = Options :
# Tient la place des options d'une commande dans sa ligne d'utilisation.
help-options-placeholder = [OPTIONS]
# Tient la place d'un nom de commande : wen-assess [OPTIONS] <COMMANDE>
help-command-placeholder = COMMANDE

## `--version`

version-guidelines = lignes directrices intégrées : { $list }
version-guideline = { $id } { $version } ({ $count ->
        [one] { $count } critère
       *[other] { $count } critères
    })
version-languages = langues : { $list }

## Le programme

cmd-about = Auto-évaluation des réseaux de lutte contre la fraude liée aux espèces sauvages (WEN) selon des critères structurés d'après les Lignes directrices de l'ICCWC pour les WEN (2020)
cmd-after-help =
    Exemples :
      wen-assess assess --guideline strengthening
      wen-assess score examples/strengthening-example.yaml
      wen-assess report examples/strengthening-example.yaml --format pdf
      wen-assess template --guideline establishing -o mon-reseau.yaml
      wen-assess template --guideline strengthening --country Atlantis -o atlantis.xlsx
      wen-assess aggregate pays/*.xlsx
      wen-assess validate guidelines/

    Codes de sortie : 0 tout s'est bien passé ; 1 constats (erreurs de
    validation, maturité sous --fail-under) ; 2 erreur d'utilisation ou de
    fonctionnement (fichier illisible ou invalide, pas de terminal) ;
    130 interruption.
arg-guidelines = Charger les lignes directrices de ce fichier ou de ce dossier en plus des lignes directrices intégrées ; un fichier qui porte l'identifiant d'une ligne directrice intégrée la remplace
arg-no-builtin-guidelines = Avec --guidelines : ne charger que ces fichiers, sans les lignes directrices intégrées
arg-lang = Langue des messages, de l'aide, des rapports, des tableaux et des questions, parmi celles intégrées : { $languages }. Sans --lang : la langue du fichier de réponses, sinon celle des paramètres régionaux (LC_ALL, LC_MESSAGES, LANG), sinon l'anglais
arg-help = Afficher l'aide
arg-version = Afficher la version

## help

cmd-help-about = Afficher cette aide, ou l'aide de la commande indiquée

## assess

cmd-assess-about = Questionnaire interactif : répondre à chaque critère, chaque réponse étant enregistrée aussitôt
cmd-assess-after-help =
    Exemples :
      wen-assess assess                                   # demande tout
      wen-assess assess --guideline strengthening --lang fr
      wen-assess assess --answers mon-reseau.yaml         # reprendre ou réviser

    Touches : flèches et Entrée pour choisir ; le menu propose aussi N/A,
    passer, question précédente, aller à un domaine (Échap pour revenir), les
    indications quand l'écran est trop petit pour les afficher, et enregistrer
    et quitter. Les critères renseignés ne sont pas redemandés ; quand chaque
    critère a une réponse, une relecture les présente tous, pour en modifier
    avant les scores et le rapport. Ctrl-C arrête aussitôt ; chaque réponse
    confirmée est déjà enregistrée.

    Avec --plain (ou TERM=dumb), chaque question s'affiche avec des choix
    numérotés et la réponse se tape : 0-4, na, s (passer), p (précédente),
    j (aller à un domaine), q (enregistrer et quitter), puis Entrée.
arg-assess-guideline = Identifiant de la ligne directrice : establishing (création d'un WEN) ou strengthening (renforcement d'un WEN existant)
arg-assess-answers = Fichier de réponses à reprendre, ou où enregistrer une nouvelle évaluation
arg-assess-plain = Poser les questions ligne par ligne, sans déplacer le curseur : pour les lecteurs d'écran, les consoles série et les terminaux rudimentaires (par défaut quand TERM=dumb)

## serve

cmd-serve-about = Le questionnaire sous forme de page web locale, pour un atelier en salle
cmd-serve-after-help =
    Exemples :
      wen-assess serve                       # une nouvelle évaluation
      wen-assess serve mon-reseau.yaml       # reprendre ou réviser
      wen-assess serve --guideline strengthening --lang fr --no-browser
      wen-assess serve mon-reseau.yaml --listen 192.168.1.20 --port 8080

    La commande affiche un lien muni d'un jeton d'accès
    (http://127.0.0.1:PORT/?t=...) et l'ouvre dans le navigateur par défaut.
    Seul cet ordinateur peut s'y connecter, sauf si --listen donne son
    adresse sur le réseau de l'atelier : les participants rejoignent alors la
    séance depuis leur téléphone avec le code QR affiché sur la page et
    proposent des niveaux ; l'animateur enregistre le niveau retenu par la
    salle. Chaque réponse est enregistrée aussitôt, comme avec assess.
    Ctrl-C arrête le serveur (code de sortie 0).
arg-serve-answers = Fichier de réponses à reprendre, ou où enregistrer une nouvelle évaluation (par défaut : un nouveau fichier au nom du réseau, dans le dossier courant)
arg-serve-guideline = Identifiant de la ligne directrice d'une nouvelle évaluation : establishing (création d'un WEN) ou strengthening (renforcement d'un WEN existant) ; demandé sur la page s'il n'est pas donné
arg-serve-port = Port d'écoute (par défaut : un port libre)
arg-serve-listen = Adresse d'écoute (par défaut : 127.0.0.1, cet ordinateur seulement) ; toute autre adresse laisse participer quiconque se trouve sur ce réseau et possède le lien
arg-serve-no-browser = Afficher le lien sans ouvrir de navigateur

## validate

cmd-validate-about = Vérifier des fichiers de lignes directrices et signaler chaque problème par fichier:ligne:colonne
cmd-validate-after-help =
    Exemples :
      wen-assess validate                       # les lignes directrices intégrées
      wen-assess validate guidelines/ mes.yaml  # fichiers et dossiers
      wen-assess validate --format json guidelines/
      wen-assess validate nos-lignes.yaml --against ancien.yaml   # ce qui a changé depuis
      wen-assess validate nos-lignes.yaml --against strengthening --allow missing-scope
arg-validate-paths = Fichiers de lignes directrices, ou dossiers de fichiers *.yaml (par défaut : les lignes directrices intégrées)
arg-validate-format = Format de sortie : human (une ligne par problème, par défaut), json (un seul document JSON) ou github (annotations GitHub Actions)
arg-validate-against = Comparer avec la version précédente : un fichier de lignes directrices, un dossier ou l'identifiant d'une ligne directrice intégrée ; chaque ligne directrice est comparée à celle qui porte le même identifiant
arg-validate-allow = Ne pas afficher les avertissements portant ce code (option répétable) ; les erreurs ne peuvent pas être masquées
arg-validate-deny = Transformer en erreurs les avertissements portant ce code (option répétable)
arg-validate-verbose = Afficher chaque constat, au lieu d'une ligne avec un décompte pour un code répété dans un fichier

## template

cmd-template-about = Écrire un fichier de réponses vierge à remplir dans un éditeur, ou un classeur (.xlsx) pour un tableur
cmd-template-after-help =
    Exemples :
      wen-assess template --guideline strengthening -o reponses.yaml
      wen-assess template --guideline establishing \
          --network "Réseau régional d'exemple" > nouveau.yaml
      wen-assess template -g strengthening --network "Réseau régional d'exemple" \
          --country Atlantis --respondent "A. Focal" \
          --role "Point focal national" -o atlantis.yaml
      wen-assess template -g strengthening --network "Réseau régional d'exemple" \
          --country Atlantis -o atlantis.xlsx

    Un nom finissant par .xlsx (ou --format xlsx) produit un classeur pour Excel
    ou LibreOffice : des instructions, une ligne par critère avec une liste
    déroulante pour le niveau, une feuille Atelier ; seules les cellules de
    réponse sont modifiables.
arg-template-format = Ce qu'il faut écrire : yaml (un fichier de réponses) ou xlsx (un classeur) ; sans cette option, xlsx quand le nom donné à -o finit par .xlsx, sinon yaml
arg-template-guideline = Identifiant de la ligne directrice (voir `wen-assess guidelines`) ; demandé sur un terminal s'il n'est pas donné
arg-template-output = Où écrire (par défaut : la sortie standard)
arg-template-network = Nom du réseau à préremplir
arg-template-region = Région du réseau à préremplir
arg-template-country = Pays de l'État membre qui répondra (aggregate regroupe les réponses par pays)
arg-template-respondent = Nom de la personne qui répondra
arg-template-role = Fonction de la personne qui répondra, par exemple « Point focal national »
arg-template-date = Date à préremplir, AAAA-MM-JJ (sinon laissée vide : la date est celle des réponses)
arg-template-force = Remplacer le fichier donné à -o s'il existe
arg-template-lang = Langue du modèle, parmi celles intégrées : { $languages } ; le fichier de réponses l'enregistre, et les rapports qui en sont tirés l'emploient. Sans --lang : celle des paramètres régionaux (LC_ALL, LC_MESSAGES, LANG), sinon l'anglais

## score

cmd-score-about = Noter des fichiers de réponses : maturité par domaine et globale, écarts, couverture
cmd-score-after-help =
    Exemples :
      wen-assess score examples/strengthening-example.yaml
      wen-assess score reponses/*.yaml --format csv > scores.csv
      wen-assess score reponses.yaml --fail-under 2.5   # code 1 sous 2,5
arg-score-files = Fichiers de réponses ou classeurs (.yaml, .yml, .xlsx, .ods), ou dossiers qui en contiennent
arg-score-format = Format de sortie : table (un tableau par fichier, par défaut), json (un seul document JSON) ou csv (une ligne par fichier et par domaine, et une ligne pour l'ensemble)
arg-score-fail-under = Terminer avec le code 1 quand la maturité globale d'un fichier est inférieure à N (de 0 à 4, par exemple 2.5)

## report

cmd-report-about = Écrire le rapport d'écarts avec le plan d'action par priorité
cmd-report-after-help =
    Exemples :
      wen-assess report examples/strengthening-example.yaml
      wen-assess report reponses.yaml --format pdf      # reponses-report.pdf
      wen-assess report reponses.yaml -o rapport.pdf    # le nom choisit le PDF
      wen-assess report reponses.yaml --format md -o rapport.md
      wen-assess report reponses.yaml -o -              # sur la sortie standard
      wen-assess report reponses.yaml --format pdf -o - > rapport.pdf
arg-report-files = Fichier de réponses (avec --aggregate : les fichiers de chaque État membre et du réseau, ou des dossiers qui en contiennent)
arg-report-aggregate = Écrire le rapport du réseau à partir des fichiers de plusieurs États membres
arg-report-format = Format du rapport : md (Markdown) ou pdf (PDF, A4, polices incluses) ; sans cette option, pdf quand OUT finit par .pdf, sinon md
arg-report-output = Fichier à écrire, - pour la sortie standard (par défaut : à côté du fichier de réponses, son nom suivi de -report.md ou .pdf ; avec --aggregate, network-report.md ou .pdf à côté du premier fichier)

## compare

cmd-compare-about = Évolution sur plusieurs évaluations d'une même ligne directrice
cmd-compare-after-help =
    Exemples :
      wen-assess compare reponses-2025.yaml reponses-2026.yaml
      wen-assess compare avant.yaml apres.yaml --format md > evolution.md
      wen-assess compare examples/network/2025 examples/network/2026 --format pdf
arg-compare-assessments = Deux évaluations ou plus, dans n'importe quel ordre (elles sont remises dans l'ordre des dates) : fichiers de réponses d'un même État membre ou du réseau, ou dossiers de fichiers des États membres, un par année
arg-compare-format = Format de sortie : table (tableaux et listes en texte, par défaut), md (Markdown), json (un seul document JSON) ou pdf (PDF A4, avec un graphique en courbes de chaque domaine) ; sans cette option, le format que donne la fin du nom de OUT (.md, .json, .pdf), sinon table
arg-compare-output = Fichier de sortie, - pour la sortie standard (par défaut : la sortie standard ; avec --format pdf, progress-report.pdf à côté de la première évaluation)

## aggregate

cmd-aggregate-about = Vue du réseau à partir des fichiers de réponses ou des classeurs des États membres
cmd-aggregate-after-help =
    Exemples :
      wen-assess aggregate examples/network/2026
      wen-assess aggregate pays/ reseau.yaml --format csv --by criterion > long.csv
      wen-assess aggregate pays/ reseau.yaml -o reseau.xlsx
      wen-assess report --aggregate pays/ reseau.yaml -o rapport-reseau.pdf
arg-aggregate-files = Fichiers de réponses ou classeurs, un par État membre, et au plus un du réseau lui-même (scope: network) ; ou dossiers qui en contiennent
arg-aggregate-format = Format de sortie : table (tableaux et listes en texte, par défaut), md (Markdown), json (un seul document JSON), csv (voir --by) ou xlsx (un classeur avec une feuille de synthèse, une feuille par domaine, chaque critère et les fichiers) ; sans cette option, le format que donne la fin du nom de OUT (.md, .json, .csv, .xlsx), sinon table
arg-aggregate-by = Avec --format csv : area (une ligne par État membre et par domaine, puis les lignes du réseau ; par défaut) ou criterion (une ligne par État membre et par critère, le format long)
arg-aggregate-output = Fichier de sortie, - pour la sortie standard (par défaut : la sortie standard ; avec --format xlsx, network.xlsx à côté du premier fichier)

## convert

cmd-convert-about = Convertir un fichier de réponses (YAML) en classeur (.xlsx, .ods) ou l'inverse, sans rien perdre
cmd-convert-after-help =
    Exemples :
      wen-assess convert atlantis.xlsx atlantis.yaml  # classeur reçu, à versionner
      wen-assess convert atlantis.ods atlantis.yaml   # enregistré dans LibreOffice
      wen-assess convert atlantis.yaml atlantis.xlsx  # à compléter dans un tableur
      wen-assess convert atlantis.xlsx -              # YAML sur la sortie standard

    Le nom du fichier produit en choisit le type : .yaml ou .yml, ou .xlsx. Les
    niveaux, les raisons des N/A, les notes, les justificatifs, le réseau et la
    personne qui répond, les cibles, les participants et les constats des
    ateliers, les réponses à des critères absents de la ligne directrice et les
    clés que l'outil n'utilise pas passent intacts dans les deux sens ; pas les
    commentaires YAML, et un justificatif contenant un saut de ligne revient
    découpé (convert le signale). Un fichier de réponses établi pour une version
    plus ancienne de sa ligne directrice est porté à la version chargée en
    devenant un classeur, comme le fait `migrate`. Un OUT existant n'est
    remplacé qu'avec --force.
arg-convert-input = Le fichier de réponses ou le classeur à lire (.yaml, .yml, .xlsx, .ods)
arg-convert-output = Où écrire : NOM.xlsx pour un classeur, NOM.yaml pour un fichier de réponses, - pour du YAML sur la sortie standard
arg-convert-force = Remplacer OUT s'il existe

## migrate

cmd-migrate-about = Réécrire un fichier de réponses pour la version chargée de sa ligne directrice
cmd-migrate-after-help =
    Exemples :
      wen-assess migrate reponses-2025.yaml              # réécrit sur place
      wen-assess migrate reponses-2025.yaml --dry-run    # dit seulement ce qui changerait

    Les réponses données à des critères qu'une version plus récente de la ligne
    directrice a déplacés ou renommés (ses liens `replaces:`) passent à leurs
    nouveaux identifiants ; les nouveaux critères restent à renseigner ; les
    réponses à des critères que la ligne directrice n'a plus restent dans le
    fichier. Les commentaires et tout le reste du fichier sont conservés. Le
    fichier est remplacé d'un seul coup.
arg-migrate-file = Le fichier de réponses à réécrire
arg-migrate-dry-run = Dire ce qui changerait, sans rien écrire

## schema

cmd-schema-about = Afficher le schéma JSON d'un format de fichier, pour les éditeurs et les validateurs
cmd-schema-after-help =
    Exemples :
      wen-assess schema answers > wen-assess-answers.schema.json
      wen-assess schema guideline > wen-assess-guideline.schema.json
arg-schema-kind = Quel format : answers (les fichiers de réponses) ou guideline (les fichiers de lignes directrices)

## guidelines

cmd-guidelines-about = Lister les lignes directrices chargées, ou afficher les critères de l'une d'elles
cmd-guidelines-after-help =
    Exemples :
      wen-assess guidelines
      wen-assess guidelines strengthening
arg-guidelines-id = Afficher les critères de cette ligne directrice

## completions

cmd-completions-about = Afficher le script de complétion pour bash, zsh, fish, PowerShell ou elvish
cmd-completions-after-help =
    Exemples :
      wen-assess completions bash > ~/.local/share/bash-completion/completions/wen-assess
      wen-assess completions zsh > ~/.zfunc/_wen-assess     # un dossier de $fpath
      wen-assess completions fish > ~/.config/fish/completions/wen-assess.fish
      wen-assess completions powershell | Out-String | Invoke-Expression   # dans $PROFILE
arg-completions-shell = L'interpréteur de commandes : bash, elvish, fish, powershell ou zsh

## man

cmd-man-about = Afficher la page de manuel (roff), ou écrire une page par commande dans un dossier
cmd-man-after-help =
    Exemples :
      wen-assess man > ~/.local/share/man/man1/wen-assess.1   # puis : man wen-assess
      wen-assess man --output-dir ~/.local/share/man/man1    # wen-assess-report.1, ...
      wen-assess man | man -l -                               # la lire tout de suite
arg-man-output-dir = Écrire wen-assess.1 et une page par commande (wen-assess-report.1, ...) dans DIR, créé s'il manque, au lieu d'afficher la page principale

## Les titres des sections des pages de manuel.

man-section-name = NOM
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = COMMANDES
man-section-extra = EXEMPLES ET REMARQUES
man-section-version = VERSION

## Les erreurs dans la ligne de commande, telles que clap les trouve : la
## première ligne dit ce qui ne va pas (après « erreur: »), puis viennent les
## astuces et la ligne d'utilisation.

# Un mot de la ligne de commande (une option, une valeur) dans un message.
help-quoted = « { $text } »
help-error-unknown-argument = argument inattendu { $arg }
help-error-unknown-command = commande inconnue { $command }
help-error-invalid-value = valeur invalide { $value } pour { $arg }
help-error-value-missing = { $arg } demande une valeur, mais aucune n'a été donnée
help-possible-values = [valeurs possibles : { $values }]
help-error-missing-arguments = les arguments obligatoires suivants manquent :
help-error-missing-command = { $command } demande une commande, mais aucune n'a été donnée
help-possible-commands = [commandes : { $commands }]
help-error-used-twice = l'argument { $arg } ne peut être donné qu'une fois
help-error-conflict = l'argument { $subject } ne peut pas être employé avec { $others }
help-error-conflict-list = l'argument { $subject } ne peut pas être employé avec :
help-error-conflict-command = la commande { $subject } ne peut pas être employée avec { $others }
help-error-conflict-command-list = la commande { $subject } ne peut pas être employée avec :
help-error-conflict-others = un ou plusieurs des autres arguments donnés
help-error-too-many-values = valeur inattendue { $value } pour { $arg } : aucune autre n'était attendue
help-error-too-few-values = { $arg } demande { $expected } valeurs ; { $count ->
        [0] aucune n'a été donnée
        [one] une seule a été donnée
       *[other] seulement { $count } ont été données
    }
help-error-wrong-number-of-values = { $arg } demande { $expected } valeurs, mais { $count ->
        [0] aucune n'a été donnée
        [one] { $count } a été donnée
       *[other] { $count } ont été données
    }
help-error-no-equals = un signe égal est nécessaire pour donner une valeur à { $arg }
help-error-invalid-utf8 = un ou plusieurs arguments ne sont pas en UTF-8 valide
help-error-other = la ligne de commande n'est pas valide
# Pourquoi une valeur est refusée : un nombre était attendu.
help-reason-number = ce n'est pas un nombre (l'écrire comme 2.5)
help-reason-whole-number = ce n'est pas un nombre entier
help-reason-date = une date s’écrit AAAA-MM-JJ, par exemple 2026-11-23
help-reason-port = un port est un nombre entier de 0 à 65535 (0 : un port libre)
help-reason-address = il faut une adresse IP, comme 192.168.1.20 (un nom comme localhost n’est pas accepté)
help-reason-unknown-code = aucun constat ne porte le code `{ $code }` ; les codes des avertissements sont : { $codes }
help-reason-unknown-code-close = aucun constat ne porte le code `{ $code }` ; codes proches : { $codes }
help-reason-error-code = `{ $code }` est une erreur, et --allow ne masque que des avertissements ; les codes des avertissements sont : { $codes }
help-tip = astuce
help-tip-similar-command = { $count ->
        [one] une commande semblable existe : { $list }
       *[other] des commandes semblables existent : { $list }
    }
help-tip-similar-argument = { $count ->
        [one] un argument semblable existe : { $list }
       *[other] des arguments semblables existent : { $list }
    }
help-tip-similar-value = { $count ->
        [one] une valeur semblable existe : { $list }
       *[other] des valeurs semblables existent : { $list }
    }
help-tip-pass-as-value = pour donner { $arg } comme valeur, écrire { $usage }
help-tip-exists = { $usage } existe
help-tip-remove-dashes = la commande { $command } existe ; pour l'employer, retirer le « -- » qui la précède
help-more = Pour en savoir plus, essayer { $help }.
