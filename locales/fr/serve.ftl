# Le questionnaire en page web (serve) : les lignes de la commande, puis les
# pages. Les textes communs avec assess (questions d’identité, N/A, notes,
# constats) viennent de assess.ftl.

serve-open = wen-assess serve : ouvrez { $url }
serve-answers = Réponses : { $path }
serve-join = Les participants rejoignent la séance à { $url } (le code QR de la page porte ce lien)
serve-how-to-stop = Chaque réponse est enregistrée dès qu’elle est donnée. Arrêtez avec Ctrl-C, ou avec le bouton Arrêter de la page.
serve-no-browser = Aucun navigateur n’a pu être ouvert : ouvrez-y le lien ci-dessus.
serve-warning = avertissement
serve-listen-warning = écoute sur { $address } : toute personne de ce réseau qui a le lien pour les participants peut proposer des niveaux, et toute personne qui a le lien de l’animateur peut lire et modifier chaque réponse. Ne donnez le lien de l’animateur à personne.
serve-stopped-summary = Arrêté. { $path } contient chaque réponse : { $answered } critères renseignés sur { $total }.
serve-stopped-nothing = Arrêté avant la création d’un fichier de réponses : rien n’a été enregistré.
serve-stopped-failed = Arrêté. La séance s’était arrêtée quand un enregistrement a échoué : { $message }
serve-cannot-listen = impossible d’écouter sur { $address } : { $reason }
serve-listen-in-use = un autre programme utilise déjà ce port ; sans --port, un port libre est pris
serve-listen-not-here = cet ordinateur n’a pas cette adresse ; donnez l’une des siennes (ip addr, ipconfig)
serve-listen-denied = le système ne permet pas à ce programme d’utiliser ce port ; choisissez-en un au-dessus de 1024
serve-listen-other = { $reason }

serve-skip = Aller au contenu
serve-nav-label = Pages de la séance
serve-nav-question = Question
serve-nav-review = Relecture
serve-nav-participants = Participants ({ $count })
serve-nav-findings = Constats
serve-nav-scores = Scores et rapports
serve-stop = Arrêter le serveur

serve-start-title = Une nouvelle évaluation
serve-guideline = Ligne directrice
serve-member-country = Pour quel État membre répondez-vous ? (si vous répondez pour l’un d’eux)
serve-workshop = C’est un atelier : enregistrer les participants
serve-start = Commencer
serve-fix = Veuillez corriger :
serve-need-guideline = Choisissez l’évaluation.
serve-need-network = Il faut un nom de réseau : il nomme le fichier de réponses et le rapport.
serve-need-country = Il faut un État membre : ses réponses figurent sous son nom dans la vue du réseau.
serve-saved-to = Les réponses sont enregistrées dans { $path } après chaque réponse.
serve-workshop-next = Ajoutez les participants sur la page Participants.

serve-levels = Niveau retenu par la salle
serve-reason = Raison, si sans objet
serve-note-evidence = Note et justificatifs
serve-evidence = Justificatifs : documents ou liens, un par ligne ou séparés par « ; » (facultatifs)
serve-record = Enregistrer et continuer
serve-back-to-review = Retour à la relecture
serve-keys = Touches : 0-4 choisissent un niveau, N sans objet, ↑/↓ déplacent, Entrée enregistre, ← question précédente, → passer, G conseils.
serve-choose-level = Choisissez un niveau, ou N/A avec une raison.
serve-stale = La question avait changé dans une autre fenêtre : rien n’a été enregistré. Voici la question en cours.
serve-areas = Avancement par domaine
serve-room = La salle

serve-join-title = Les participants se connectent ici
serve-join-qr = Code QR du lien pour les participants
serve-join-text = Scannez le code, ou saisissez le lien :
serve-join-local = Seul cet ordinateur peut ouvrir ce lien. Pour que la salle se connecte depuis les téléphones, lancez le serveur avec --listen et l’adresse de cet ordinateur sur le réseau de l’atelier.

serve-spread-title = Propositions de la salle
serve-spread-saved = Propositions enregistrées auparavant
serve-spread-count = { $count ->
        [one] { $count } proposition
       *[other] { $count } propositions
    }, { $joined ->
        [one] { $joined } participant connecté
       *[other] { $joined } participants connectés
    }
serve-column-level = Niveau
serve-column-count = Propositions
serve-column-bar = Part

serve-review-title = Relecture
serve-review-caption = Chaque critère avec sa réponse
serve-review-done = Chaque critère a une réponse. Modifiez-en une, ou terminez.
serve-answer-now = Y répondre maintenant
serve-column-area = Domaine
serve-column-criterion = Critère
serve-column-answer = Réponse
serve-column-change = Modifier
serve-change = Modifier : { $title }

serve-participants-title = Participants
serve-participants-intro = Les personnes qui prennent part à l’atelier. Corrigez un nom, un organisme ou un pays et enregistrez, ou retirez une personne.
serve-save = Enregistrer
serve-remove = Retirer
serve-add = Ajouter
serve-continue = Retour aux questions

serve-findings-title = Constats convenus par domaine
serve-findings-of = Constats : { $area }
serve-not-now = Pas maintenant

serve-scores-title = Scores et rapports
serve-download-pdf = Télécharger le rapport (PDF)
serve-download-md = Télécharger le rapport (Markdown)

serve-failed-title = Les réponses n’ont pas pu être enregistrées
serve-stopped-title = Le serveur est arrêté
serve-stopped = { $path } contient chaque réponse.
serve-stopped-close = Vous pouvez fermer cet onglet.

serve-room-wait-title = En attente de l’animateur
serve-room-wait = La prochaine question s’affiche ici dès que l’animateur la présente.
serve-room-name = Votre nom (facultatif : visible par l’animateur)
serve-room-propose = Proposer un niveau
serve-room-proposed = Vous avez proposé { $level }. Vous pouvez changer d’avis jusqu’à ce que l’animateur enregistre le niveau retenu par la salle.
serve-said = { $text }

# Constats sur les `votes` d’un fichier de réponses (les propositions de la
# salle, écrites par serve).
votes-not-a-map = `votes` de `{ $id }` doit associer à chaque niveau un nombre (`votes: {"{"}2: 3, 3: 5{"}"}`), trouvé { $found }
votes-level = `votes` de `{ $id }` compte le niveau `{ $found }` ; les niveaux sont 0, 1, 2, 3 et 4
votes-count = `votes` de `{ $id }` pour le niveau { $level } doit être un nombre entier de 0 à { $limit }, trouvé `{ $found }`

# Dans le rapport d’écarts : ce que la salle a proposé, et où elle s’est divisée.
room-proposals = Propositions de la salle
room-agreed = Niveau retenu
room-split-title = Où la salle était partagée
room-split-intro = Critères pour lesquels les propositions des participants étaient éloignées de deux niveaux ou plus avant que la salle ne retienne un niveau : ils méritent un second regard, et une note qui explique pourquoi.

## Refus, en texte brut (le navigateur les montre tels quels).
serve-refused-host = Interdit : ce serveur ne répond qu’à sa propre adresse.
serve-refused-error = Le serveur n’a pas pu répondre ; réessayez.
serve-refused-link = Interdit : ce lien n’est pas valide (il vient peut-être d’un lancement précédent de wen-assess serve).
serve-refused-token = Interdit : ouvrez le lien affiché par wen-assess serve (il porte le jeton d’accès).
serve-refused-participant = Interdit : les participants peuvent seulement proposer des niveaux.
serve-refused-other-site = Interdit : une requête venant d’un autre site.
serve-refused-other-origin = Interdit : une requête venant d’une autre origine.
serve-refused-form = Interdit : ce formulaire ne vient pas des pages de cette séance.
serve-refused-report = Le rapport n’a pas pu être établi ; le fichier de réponses n’a pas changé.
serve-refused-missing = Introuvable : cette page n’existe pas.
serve-refused-too-large = Refusé : ce qui a été envoyé est trop long (plus de 64 Ko) ; raccourcissez la note ou les justificatifs, puis renvoyez.
serve-refused-not-a-form = Refusé : cette requête n’est pas l’un des formulaires de cette séance.
serve-chart-legend = Chaque barre est la maturité d’un domaine, en vert quand elle atteint la cible ; le trait rouge est la cible.
serve-confirm-stop = Arrêter le serveur ? L’atelier s’arrête pour tous ; chaque réponse est déjà enregistrée.
