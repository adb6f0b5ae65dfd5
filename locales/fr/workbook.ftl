# Le classeur de réponses (template --format xlsx, convert) : noms des
# feuilles, en-têtes, libellés et instructions. wen-assess lit les noms de
# feuilles, les en-têtes et les libellés de toutes les langues : gardez-les
# uniques dans leur feuille ; le lecteur compare le texte avant une « ( ».

## Noms des feuilles (31 caractères au plus, sans : \ / ? * [ ])
wb-sheet-instructions = Instructions
wb-sheet-answers = Réponses
wb-sheet-workshop = Atelier

## Feuille Réponses : le bloc d’en-tête
wb-title = { $title }
wb-network = Réseau
wb-region = Région
wb-country = Pays
wb-respondent = Répondant
wb-role = Fonction
wb-date = Date (AAAA-MM-JJ)
wb-hint = Répondez dans les cellules jaunes. Niveau : choisissez 0-4 ou N/A dans la liste ; N/A demande une raison. La feuille Instructions explique tout.

## Feuille Réponses : le tableau
wb-col-area = Domaine
wb-col-id = Identifiant
wb-col-criterion = Critère
wb-col-guidance = Conseils
wb-col-levels = Ce que signifie chaque niveau
wb-col-level = Niveau
wb-col-reason = Raison (pour N/A)
wb-col-note = Note
wb-col-evidence = Justificatifs (un par ligne)
wb-not-in-guideline = Pas un critère de { $id } { $version } : conservé du fichier de réponses, non noté.
wb-level-prompt = Choisissez 0-4, ou N/A en indiquant la raison.
wb-level-error = Choisissez un niveau dans la liste : 0 à 4, ou N/A.
wb-target-prompt = Le niveau que ce domaine doit atteindre : un nombre entier de 0 à 4. Laissez vide pour la cible de la ligne directrice.
wb-target-error = Une cible est un nombre entier de 0 à 4.
# A level's number and label before its descriptor.
wb-level-head = { $n } { $label } :
# Autres façons d’écrire N/A que le lecteur accepte, séparées par « | ».
wb-na-words = sans objet|non applicable|s.o.

## Feuille Atelier
wb-workshop-title = Compte rendu d’atelier
wb-workshop-intro = Seulement pour une évaluation faite en atelier : ce qui a été convenu pour chaque domaine, et qui y a participé. Sinon, laissez cette feuille vide. Une cible remplace, pour cette évaluation, celle que la ligne directrice fixe au domaine.
wb-findings = Constats convenus par domaine
wb-col-target = Cible (vide : { $target })
wb-col-strengths = Points forts
wb-col-challenges = Difficultés
wb-col-priorities = Priorités convenues
wb-participants = Participants
wb-col-name = Nom
wb-col-agency = Organisme
wb-col-participant-country = Pays

## Feuille Instructions
wb-instructions-heading = Comment remplir ce classeur
wb-step-1 = Dans la feuille Réponses, indiquez le réseau, la région, votre pays, votre nom, votre fonction et la date (les cellules jaunes du haut).
wb-step-2 = Chaque ligne de la feuille Réponses est un critère. Lisez le critère, ses conseils et ce que signifie chaque niveau, puis choisissez dans la colonne Niveau celui qui décrit la situation actuelle.
wb-step-3 = Ne choisissez N/A que si le critère ne s’applique pas, et dites pourquoi dans la colonne Raison.
wb-step-4 = Note : tout ce qui explique la réponse. Justificatifs : documents ou liens, un par ligne (Alt+Entrée commence une nouvelle ligne dans Excel, Ctrl+Entrée dans LibreOffice).
wb-step-5 = Laissez le niveau vide si vous ne pouvez pas encore répondre : les critères sans réponse sont exclus des notes et réduisent la couverture.
wb-step-6 = La feuille Atelier ne sert que pour une évaluation faite en atelier : les constats convenus par domaine et les participants.
wb-step-7 = Enregistrez le classeur (en .xlsx, ou en .ods dans LibreOffice) et renvoyez-le au coordonnateur du réseau.
wb-scale-heading = L’échelle
wb-scale-intro = Ce que chaque niveau signifie pour un critère est écrit sur sa ligne, dans la colonne « Ce que signifie chaque niveau ».
wb-na-text = N/A (sans objet) : le critère ne s’applique pas, pour une raison que vous indiquez. Il est exclu des notes, alors que le niveau 0 (Absent) compte pour 0.
wb-scores-heading = Notes
wb-scores-text = wen-assess donne à chaque domaine la moyenne pondérée des niveaux indiqués (N/A et critères sans réponse exclus), et le coordonnateur du réseau rassemble les classeurs de tous les États membres. C’est la méthode de wen-assess, pas une notation de l’ICCWC.
wb-keep-heading = Garder le classeur lisible
wb-keep-text = Seules les cellules jaunes sont modifiables ; les feuilles sont protégées sans mot de passe. Ne renommez ni les feuilles ni les en-têtes de colonnes, et ne supprimez pas la colonne Identifiant : wen-assess retrouve les réponses grâce à eux. Les lignes peuvent être filtrées ; pour les trier, ôtez d’abord la protection de la feuille (Révision > Ôter la protection de la feuille dans Excel, Outils > Protéger la feuille dans LibreOffice).
wb-made-with = Créé par wen-assess pour { $id } { $version }, { $count ->
        [one] { $count } critère
       *[other] { $count } critères
    }.
wb-page = Page &P sur &N

## Messages
wrote-workbook-template = { $path } écrit ({ $count ->
        [one] { $count } critère
       *[other] { $count } critères
    } de `{ $id }` { $version }). Envoyez-le au point focal ; à son retour, lancez : wen-assess score { $path }
convert-carried = Les réponses données pour { $id } { $old } sont reportées vers { $version }, la version dont le classeur reprend les critères, comme le fait wen-assess migrate.
wrote-converted = { $path } écrit ({ $answered } sur { $total ->
        [one] { $total } critère renseigné
       *[other] { $total } critères renseignés
    }).
