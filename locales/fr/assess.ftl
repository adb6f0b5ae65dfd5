# Le questionnaire interactif (assess).

welcome = wen-assess : auto-évaluation d’un réseau de lutte contre la fraude liée aux espèces sauvages
which-assessment = Quelle évaluation ?
ask-network = Nom du réseau
ask-region = Région
ask-name = Votre nom
ask-role = Votre fonction
ask-language = Langue du rapport
saved-to =
    Les réponses sont enregistrées dans { $path } après chaque réponse. Vous pouvez arrêter à tout moment et reprendre avec :
      wen-assess assess --answers { $path }
exists-resuming = { $path } existe déjà : reprise de ce fichier.
resuming = Reprise de { $path } : { $answered ->
        [one] { $answered } critère sur { $total } renseigné
       *[other] { $answered } critères sur { $total } renseignés
    }.
progress = question { $index } sur { $total } · { $answered ->
        [one] { $answered } renseignée
       *[other] { $answered } renseignées
    }
guidance = Conseils
current-answer = Réponse actuelle
your-answer = Votre réponse (↑/↓, Entrée)
menu-na = N/A : sans objet (indiquez la raison)
menu-skip = Passer pour l’instant
menu-previous = ← Question précédente
menu-jump = Aller à un domaine…
menu-quit = Enregistrer et quitter (reprendre plus tard)
why-na = Pourquoi ce critère ne s’applique-t-il pas ?
why-na-again = Une raison est nécessaire pour N/A. Pourquoi ce critère ne s’applique-t-il pas ?
ask-note = Note (facultative)
ask-evidence = Justificatifs : documents ou liens, séparés par « ; » (facultatifs)
first-question = C’est la première question.
jump-to = Aller à
area-choice = { $area } ({ $answered }/{ $total } { $answered ->
        [one] renseigné
       *[other] renseignés
    })
paused = { $path } enregistré ({ $answered ->
        [one] { $answered } renseigné
       *[other] { $answered } renseignés
    } sur { $total }). Pour reprendre :
    {"  "}wen-assess assess --answers { $path }
answer-skipped = { $count ->
        [one] { $count } critère est encore sans réponse. Y répondre maintenant ?
       *[other] { $count } critères sont encore sans réponse. Y répondre maintenant ?
    }
complete = Évaluation terminée.
top-gaps = Principaux écarts :
gap-line = { $title } ({ $id }) : niveau { $level } → cible { $target }, priorité { $priority }
report-question = Écrire le rapport à côté du fichier de réponses ?
report-markdown = Markdown : { $path }
report-pdf = PDF : { $path }
report-both = Les deux
report-none = Pas de rapport pour l’instant
wrote = { $path } écrit
merged = Les modifications apportées au fichier en dehors de cette session ont été conservées : { $items }.
ask-network-again = Un nom de réseau est nécessaire : il sert à nommer le fichier de réponses et le rapport. Nom du réseau
exists-other-respondent = { $path } existe déjà et contient les réponses de { $who }.
which-file = Quel fichier ?
continue-their-file = Poursuivre ce fichier (vous êtes ajouté à ses participants)
start-new-file = Créer un nouveau fichier à votre nom : { $path }
press-enter = Appuyer sur Entrée pour revenir à la question
menu-back = ← Retour
review-title = Relecture : chaque critère avec sa réponse. Choisir un critère pour modifier sa réponse, ou terminer.
review-prompt = Modifier une réponse, ou terminer (↑/↓, Entrée)
review-finish = Terminer : scores et rapport
review-item = { $area } › { $title } : { $answer }
report-later = Pas de rapport pour l’instant. Pour l’écrire plus tard : wen-assess report { $path }
not-a-choice = Ce n’est pas l’un des choix : taper la touche indiquée entre crochets, puis Entrée.
yes = oui
no = non
plain-intro = Mode ligne par ligne : taper la touche indiquée entre crochets, puis Entrée. Entrée seule retient le choix indiqué entre crochets après la question.
your-answer-typed = Votre réponse
review-prompt-typed = Modifier une réponse, ou terminer
press-enter-start = Appuyer sur Entrée pour commencer
press-enter-continue = Appuyer sur Entrée pour continuer
ask-workshop = S’agit-il d’un atelier ? Enregistrer les participants
ask-participant = Nom du participant (Entrée seule quand tous sont inscrits)
ask-participant-agency = Son organisme
ask-participant-country = Son pays
ask-findings = Enregistrer les constats convenus pour { $area } (points forts, difficultés, priorités) ?
ask-strengths = Points forts
ask-challenges = Difficultés
ask-priorities = Priorités convenues
not-saved =
    Les réponses n'ont pas pu être enregistrées dans { $path } : { $reason }
not-saved-aside =
    Toutes les réponses de cette séance, y compris la dernière, sont dans { $aside } (un fichier de réponses complet). Une fois le problème réglé, gardez le fichier voulu : renommez { $aside } en { $path }, ou reprenez à partir de lui avec :
      wen-assess assess --answers { $aside }
not-saved-nowhere =
    Aucun dossier n'a pu recevoir de copie non plus. Voici toutes les réponses de cette séance sous forme de fichier de réponses : copiez-les dans un fichier avant de fermer cette fenêtre.
recreated = { $path } a été supprimé pendant cette séance ; il est réécrit, avec toutes les réponses.
ask-speaks-for = Au nom de qui répondez-vous ?
speaks-for-network = Du réseau dans son ensemble (coordonnateur, secrétariat ou atelier du réseau)
speaks-for-member = D'un État membre, à son propre sujet
ask-member-country = Pour quel État membre répondez-vous ?
ask-member-country-again = Un État membre est nécessaire : ses réponses figurent sous son nom dans la vue du réseau. Pour quel État membre répondez-vous ?
menu-read-in-full = Lire les indications et les cinq niveaux en entier
press-enter-more = Appuyer sur Entrée pour la page suivante
review-participants = Participants ({ $count })…
review-findings = Constats convenus par domaine…
participants-screen-title = Qui participe : choisir une personne pour la corriger (un nom vide la retire), ou ajouter quelqu'un.
participants-prompt = Participants (↑/↓, Entrée ; Échap : retour)
participants-prompt-typed = Participants
participant-item = { $name } ({ $agency }, { $country })
participant-add = Ajouter un participant
ask-participant-edit = Nom (vide pour retirer cette personne)
ask-edit-participants = { $count ->
        [one] { $count } participant est enregistré. Ajouter ou corriger des participants ?
       *[other] { $count } participants sont enregistrés. Ajouter ou corriger des participants ?
    }
findings-which = Constats de quel domaine ?
findings-recorded = { $area } (enregistrés)
interrupted-saved = Interrompu. { $path } contient toutes les réponses confirmées : { $answered ->
        [one] { $answered } critère renseigné
       *[other] { $answered } critères renseignés
    } sur { $total }{ $participants ->
        [0] .
        [one] , { $participants } participant.
       *[other] , { $participants } participants.
    } Reprendre avec :
      wen-assess assess --answers { $path }
interrupted-nothing = Interrompu avant la création du fichier de réponses : rien n'a été enregistré.
assess-needs-terminal =
    `assess` a besoin d'un terminal interactif, et l'entrée ou la sortie standard n'en est pas un.
    Sans terminal, écrire un fichier de réponses vierge, le remplir dans un éditeur ou un tableur, puis le noter :
      wen-assess template --guideline strengthening -o reponses.yaml
      wen-assess score reponses.yaml
      wen-assess report reponses.yaml
# Ends a prompt in line mode (a no-break space before the colon in French).
prompt-colon = { "\u00A0:" }
