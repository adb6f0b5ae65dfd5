# Le rapport d’écarts d’un fichier de réponses (Markdown et PDF).

report-title = Rapport d’écarts : { $network }
report-name = Rapport d’écarts
# Une seule ligne en haut de la première page du PDF : le terme complet
# « réseau de lutte contre la fraude liée aux espèces sauvages » n’y tient pas.
report-kicker = RAPPORT D’ÉCARTS  ·  AUTO-ÉVALUATION D’UN RÉSEAU WEN
field-network = Réseau
field-region = Région
field-guideline = Ligne directrice
field-answered-against = Réponses données pour
field-date = Date
field-respondent = Répondant
field-coverage = Couverture
field-overall-maturity = Maturité globale
guideline-value = { $title }, version { $version }
answered-version = la version { $old } (notées selon la version { $new })
coverage-text = { $answered ->
        [one] { $answered } critère sur { $total } renseigné
       *[other] { $answered } critères sur { $total } renseignés
    } ({ $percent } %), { $na } sans objet, { $open } sans réponse
summary-title = Synthèse par domaine
column-area = Domaine
column-maturity = Maturité
column-level = Niveau
column-target = Cible
column-gap = Écart
column-answered = Renseignés
column-chart = Graphique (0-4)
chart-legend = Graphique : █ la maturité atteinte, ░ la distance à la cible, une case par quart de niveau.
action-plan-title = Plan d’action
action-plan-intro = Critères sous la cible, par priorité décroissante (priorité = écart × poids du critère × poids du domaine).
no-actions = Aucun critère renseigné n’est sous sa cible.
action-line = niveau { $level } { $label } → cible { $target }, priorité { $priority }
next-step = Prochaine étape
see = Voir
answers-title = Réponses
answer = Réponse
note = Note
evidence = Justificatifs
kept-title = Réponses conservées mais non notées
kept-intro = Ces critères ne figurent pas dans { $id } { $version } ; leurs réponses restent dans le fichier.
kept-column-criterion = Critère
kept-column-answer = Réponse
kept-column-note = Note
method-title = Mode de calcul des notes
method-levels = Chaque critère reçoit un niveau de 0 (Absent) à 4 (Avancé), ou N/A avec une justification.
method-area = La maturité d’un domaine est la moyenne pondérée des niveaux de ses critères renseignés ; les critères N/A et ceux sans réponse sont exclus, et la couverture indique combien ont été renseignés.
method-overall = La maturité globale est la moyenne pondérée des maturités des domaines.
method-gap = Un critère sous la cible de son domaine présente un écart (cible - niveau) ; sa priorité est écart × poids du critère × poids du domaine, et la prochaine étape indiquée est celle de son niveau actuel.
method-ours = Les cinq domaines suivent les catégories que les réseaux évaluent à l’aide des Lignes directrices de l’ICCWC pour les réseaux de lutte contre la fraude liée aux espèces sauvages. Les critères, l’échelle de 0 à 4, les poids, les cibles et le chiffre global relèvent de la méthode de wen-assess ; ce n’est pas une notation de l’ICCWC.
generated = Produit par { $tool } à partir de la ligne directrice { $id } { $version }, sha256 des réponses { $hash }.
executive-summary = Synthèse
card-overall = maturité globale : { $label }
card-answered = critères renseignés
card-actions = critères sous la cible dans le plan d’action
card-areas = domaines à la cible ou au-dessus
chart-title = Maturité par domaine par rapport à la cible
legend-met = Cible atteinte
legend-close = Jusqu’à 1 niveau sous la cible
legend-far = Plus d’un niveau sous la cible
legend-overall = Global
legend-target = Cible
current-level = Niveau actuel
priority = Priorité
references = Références
chart-axis = niveau de maturité (0-4)
not-scored = non noté
area-status = maturité { $value } ({ $label }), cible { $target }
area-status-unscored = non noté, cible { $target }
page = Page { $page } / { $pages }
footer = { $short } { $version }  ·  sha256 des réponses { $hash }
participants-title = Participants
participant-name = Nom
participant-agency = Organisme
participant-country = Pays
findings-title = Constats convenus
findings-strengths = Points forts
findings-challenges = Difficultés
findings-priorities = Priorités convenues
derived-from = D’après la ligne directrice { $part } de l’ICCWC, { $category }
derived-extension = Au-delà des lignes directrices de l’ICCWC (au plus près : ligne directrice { $part }, { $category })
carried-title = Réponses reprises de la version { $version }
carried-intro = Ces critères ont été déplacés ou renommés dans { $id } { $version } ; leurs réponses sont notées sous le nouveau critère.
carried-column-old = Répondu sous
carried-column-new = Noté désormais sous
