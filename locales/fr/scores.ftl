# Tableaux de notes (score) et messages des commandes.

coverage-line = couverture { $percent } % ({ $scored ->
        [one] { $scored } noté
       *[other] { $scored } notés
    }, { $na } N/A, { $open } sans réponse)
below-fail-under = { $file } : la maturité globale { $value } est inférieure à --fail-under { $limit }
files-not-scored = { $failed ->
        [one] { $failed } fichier sur { $total } n’a pas pu être noté
       *[other] { $failed } fichiers sur { $total } n’ont pas pu être notés
    }
wrote-report = { $path } écrit : maturité globale { $value } ({ $label }), { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, couverture { $percent } %
wrote-network-report = { $path } écrit : { $count ->
        [one] { $count } État membre
       *[other] { $count } États membres
    }, maturité globale du réseau { $value }
wrote-template = { $path } écrit ({ $count ->
        [one] { $count } critère
       *[other] { $count } critères
    } de `{ $id }` { $version }). Remplissez chaque `level:`, puis lancez : wen-assess score { $path }
guidelines-column-id = ID
guidelines-column-version = VERSION
guidelines-column-criteria = CRITÈRES
guidelines-column-title = TITRE
guideline-languages = Langues : { $languages } · cible par défaut : { $target } ({ $label })
guideline-area = { $title } ({ $id }, poids { $weight }, { $count ->
        [one] { $count } critère
       *[other] { $count } critères
    })
guideline-criterion = { $title } (poids { $weight })
# What `validate` without arguments checks: a guideline inside the program.
validate-builtin = ligne directrice intégrée { $id } { $version }
validate-ok = { $file } : valide, { $criteria ->
        [one] { $criteria } critère
       *[other] { $criteria } critères
    } dans { $areas ->
        [one] { $areas } domaine
       *[other] { $areas } domaines
    }
validate-summary = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }
validate-against = { $file } comparé à { $old } : { $added ->
        [one] { $added } critère ajouté
       *[other] { $added } critères ajoutés
    }, { $renamed ->
        [one] { $renamed } renommé
       *[other] { $renamed } renommés
    }, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }, { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }
validate-silenced = { $count ->
        [one] { $count } avertissement masqué (--allow)
       *[other] { $count } avertissements masqués (--allow)
    }
migrate-nothing = { $path } correspond déjà à { $id } { $version } : rien à modifier.
migrate-moved = déplacé { $from } → { $to }
migrate-done = { $path } réécrit pour { $id } { $version } (auparavant { $old }) : { $moved ->
        [one] { $moved } réponse déplacée
       *[other] { $moved } réponses déplacées
    }, { $new ->
        [one] { $new } nouveau critère à renseigner
       *[other] { $new } nouveaux critères à renseigner
    }, { $kept ->
        [one] { $kept } réponse conservée mais non notée
       *[other] { $kept } réponses conservées mais non notées
    }.
migrate-dry-run = { $path } serait réécrit pour { $id } { $version } (auparavant { $old }) : { $moved ->
        [one] { $moved } réponse déplacée
       *[other] { $moved } réponses déplacées
    }, { $new ->
        [one] { $new } nouveau critère à renseigner
       *[other] { $new } nouveaux critères à renseigner
    }, { $kept ->
        [one] { $kept } réponse conservée mais non notée
       *[other] { $kept } réponses conservées mais non notées
    }. Rien n’a été écrit.
provisional = Provisoire : { $answered ->
        [one] { $answered } critère renseigné
       *[other] { $answered } critères renseignés
    } sur { $total } ({ $percent } %). Les scores changeront à mesure que les autres seront renseignés.
