# Commun à toutes les sorties. Les nombres et les dates des sorties lisibles
# suivent ces règles ; JSON, CSV et les fichiers de réponses gardent 1.8 et 2026-10-14.

# Le nom de la langue dans cette langue, pour les menus.
language-name = Français
# Entre la partie entière et la partie décimale d’un chiffre : 1,8
decimal-separator = ,
# Une date en toutes lettres : 14 octobre 2026 (« 1er » pour le premier du mois
# si le jour est transmis comme nombre).
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# Entre un libellé et sa valeur (« Note : ... »).
label-separator = {" : "}
not-applicable = N/A
not-answered = Sans réponse
unnamed-network = Réseau sans nom
overall = Global
none = Aucun.
# La maturité d’un domaine ou de l’ensemble, sur l’échelle de 0 à 4.
out-of-four = { $value } / 4
value-with-label = { $value } ({ $label })
