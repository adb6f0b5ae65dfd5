# La vue du réseau à partir des réponses des États membres (aggregate, report --aggregate).

network-heading = { $network } : { $id } { $version }, { $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    }
spread-min = Min.
spread-max = Max.
country-column-file = Fichier
disagree-title = Là où les pays divergent le plus
spread = Dispersion
spread-line = dispersion { $spread }
below-title = Là où la plupart des pays sont sous la cible
below = Sous la cible
below-line = { $below } sur { $scored } sous la cible
criterion-column = Critère
findings-per-country = Constats par pays

# Le rapport du réseau à taille réelle : fichiers des États membres et du
# réseau (scope), carte de chaleur, dispersion, annexes, classeur, et les
# messages d’aggregate.
network-report-title = Rapport du réseau : { $network }
network-report-kicker = RAPPORT DU RÉSEAU  ·  AUTO-ÉVALUATION D’UN RÉSEAU WEN
# Une période entre deux dates : « du 3 octobre 2026 au 28 octobre 2026 ».
period-range = du { $first } au { $last }
field-period = Période d’évaluation
field-member-states = États membres
field-network-file = Fichier propre au réseau
field-network-maturity = Maturité du réseau
network-file-value = { $file }, { $date }
network-file-value-respondent = { $file }, { $date } ({ $respondent })
network-file-none = aucun
network-own-file = Réseau (fichier propre)
network-coverage-text = { $answered } { $answered ->
        [one] réponse donnée
        *[other] réponses données
    } sur les { $total } attendues ({ $percent } %), { $na } { $na ->
        [one] non applicable
        *[other] non applicables
    }, { $open } { $open ->
        [one] manquante
        *[other] manquantes
    }
network-provisional = Provisoire : { $answered } { $answered ->
        [one] réponse donnée
        *[other] réponses données
    } sur les { $total } attendues ({ $percent } %). Les chiffres changeront à mesure que les autres arriveront.
network-provisional-no-file = Provisoire : aucun fichier du réseau n’a été fourni, si bien que les { $count } critères de portée réseau (sur le réseau en tant qu’organisation) ne sont pas évalués. Ajoutez le fichier propre au réseau (scope: network) pour les couvrir.
method-note-network = Il s’agit de la méthode de wen-assess, et non d’une notation de l’ICCWC. Les critères de portée État membre proviennent des fichiers des États membres, ceux de portée réseau du fichier propre au réseau ; la méthode est exposée à la fin du rapport.
file-version = { $name } ({ $version })
carried-files = Réponses données pour une version antérieure de la ligne directrice et lues selon les critères de la version { $version } : { $files }.
left-out = { $count ->
        [one] Une réponse d’un État membre à un critère de portée réseau est écartée : le fichier propre au réseau y répond.
       *[other] { $count } réponses d’États membres à des critères de portée réseau sont écartées : le fichier propre au réseau y répond.
    }
network-maturity-title = Maturité du réseau par domaine
network-maturity-intro = Le niveau du réseau pour chaque critère est celui du fichier du réseau pour un critère de portée réseau, et la médiane des États membres pour un critère de portée État membre ; la maturité d’un domaine est la moyenne pondérée de ces niveaux.
heat-map-title = États membres par domaine
heat-map-intro = La maturité de chaque État membre dans chaque domaine, sur les critères auxquels un État membre répond pour lui-même. Sous les États membres : leur dispersion, combien atteignent ou dépassent la cible, et l’estimation propre au réseau.
heat-map-intro-no-estimate = La maturité de chaque État membre dans chaque domaine, sur les critères auxquels un État membre répond pour lui-même. Sous les États membres : leur dispersion et combien atteignent ou dépassent la cible.
column-member-state = État membre
heat-map-colours = Chaque chiffre est coloré selon le niveau qu’il atteint ; la légende figure sous le tableau.
row-median = Médiane des membres
row-at-target = À la cible ou au-dessus
row-estimate = Estimation du réseau
# Les colonnes de domaines d’un tableau étroit : « Domaines : 1 Composition · 2 Gouvernance ».
area-legend = Domaines : { $areas }
spread-chart-title = Dispersion par domaine
spread-chart-intro = Pour chaque domaine : l’écart entre l’État membre le plus bas et le plus haut, la médiane des membres, l’estimation du réseau et la cible.
spread-caption = de { $min } à { $max }, médiane { $median }
legend-range = Écart entre États membres
legend-median = Médiane des membres
legend-estimate = Estimation du réseau
differences-title = Là où l’estimation du réseau s’écarte de ses membres
differences-intro = Critères de portée État membre pour lesquels le fichier propre au réseau et la médiane des États membres diffèrent d’au moins un niveau, par écart décroissant : le secrétariat et les États membres ne les voient pas de la même façon, ce qui constitue un constat en soi.
differences-none = Les estimations du réseau restent à moins d’un niveau de la médiane des membres pour chaque critère auquel tous deux répondent.
difference-line = réseau { $estimate }, médiane des membres { $median }
column-estimate = Estimation du réseau
column-median = Médiane des membres
column-difference = Écart
column-levels = Niveau de chaque État membre
disagree-intro-all = Critères de portée État membre dont les niveaux diffèrent de 2 ou plus entre États membres (hors N/A et absences de réponse), par dispersion décroissante.
below-intro-all = Critères de portée État membre pour lesquels plus de la moitié des États membres ayant donné un niveau sont sous la cible, par proportion décroissante.
more-in-annex = { $count ->
        [one] Un autre critère figure à l’annexe A, avec le niveau de chaque État membre.
       *[other] { $count } autres critères figurent à l’annexe A, avec le niveau de chaque État membre.
    }
more-in-formats = { $count ->
        [one] Un de plus : --format md, csv ou json donne chaque critère.
       *[other] { $count } de plus : --format md, csv ou json donne chaque critère.
    }
body-title = Le réseau en tant qu’organisation
body-intro = Critères de portée réseau sous la cible dans le fichier propre au réseau ({ $file }), par écart décroissant.
body-no-file = Aucun fichier du réseau n’a été fourni : les { $count } critères de portée réseau (sur le réseau en tant qu’organisation : mandat, secrétariat, budget, plan de travail) ne sont pas évalués dans ce rapport.
body-none-below = Aucun critère de portée réseau n’est sous sa cible.
body-line = niveau { $level }, cible { $target }
annex-criteria-title = Annexe A : chaque critère de portée État membre
annex-criteria-intro = Chaque critère auquel un État membre répond pour lui-même, avec la dispersion entre États membres et le niveau de chacun (N/A : non applicable ; - : sans réponse).
annex-files-title = Annexe B : les fichiers
annex-files-intro = Tous les fichiers dont ce rapport est tiré.
annex-na-title = Annexe C : raisons données pour les N/A
annex-na-intro = Chaque réponse marquée N/A (non applicable), avec la raison que donne son fichier.
column-na-reason = Raison
column-whose-answers = État membre ou réseau
method-network-members = Les critères de portée État membre (ce que fait chaque État membre) sont lus dans les fichiers des États membres. Chaque État membre compte une fois, quelle que soit sa taille ; le niveau du réseau pour un critère est la médiane des leurs, et la dispersion indique le plus bas, le plus haut et combien atteignent ou dépassent la cible.
method-network-body = Les critères de portée réseau (le réseau en tant qu’organisation) sont lus dans le fichier propre au réseau ; les réponses des États membres à ces critères sont écartées. Les réponses du réseau aux critères de portée État membre sont son estimation pour l’ensemble de ses membres, présentée à côté de la médiane des membres et jamais mêlée à celle-ci.
method-network-maturity = La maturité d’un domaine, pour un État membre ou pour le réseau, est la moyenne pondérée des niveaux qu’il y obtient ; la maturité globale est la moyenne pondérée des domaines. Les critères N/A et ceux sans réponse sont exclus, et la couverture indique combien de réponses ont été données.
method-network-targets = Les cibles sont celles du réseau : celles de son propre fichier, sinon celles de la ligne directrice ({ $target }).
sheet-summary = Synthèse
sheet-criteria = Critères
sheet-files = Fichiers
sheet-criteria-title = Chaque critère : où en est le réseau
column-id = Identifiant
column-scope = Répondu par
column-network-file = Fichier propre au réseau
scope-member = États membres
scope-network = Réseau
aggregate-other-network = { $file } : le réseau est « { $found } », mais { $first } porte sur « { $expected } » ; une vue du réseau exige les fichiers d’un seul réseau
network-file-twice = { $second } est le fichier propre au réseau (scope: network), tout comme { $first } ; une vue du réseau ne prend qu’un fichier du réseau : gardez celui de cette évaluation
by-criterion-needs-csv = --by criterion donne une ligne par État membre et par critère, au format CSV : ajoutez --format csv
wrote-file = { $path } écrit
wrote-network-workbook = { $path } écrit : la vue du réseau de { $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    }, une feuille par domaine
aggregate-not-a-workbook = { $path } : un nom en .xlsx est celui d’un classeur : omettez --format pour en produire un, ou donnez un autre nom à la sortie
