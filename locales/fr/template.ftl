# Le fichier de réponses vierge (template).

template-schema = (pour créer le schéma : { $command })
template-title = Fichier de réponses wen-assess : { $title } ({ $id } { $version })
template-help =
    Pour chaque critère, indiquez dans `level:` un niveau de 0 à 4, ou `na` en ajoutant
    `reason:` pour expliquer pourquoi il ne s’applique pas. Laissez `~` pour les critères
    pas encore renseignés : ils sont exclus des notes et réduisent la couverture.
    `note:` et `evidence:` sont facultatifs.
    Ensuite, lancez : wen-assess score FICHIER   ou   wen-assess report FICHIER
template-scale = Échelle
template-targets = Cibles par domaine ; la valeur par défaut de la ligne directrice est { $target } pour chaque domaine.
template-participants =
    Ateliers : qui a participé, une entrée par personne, par exemple
      - name: "A. Focal"
        agency: "Douanes"
        country: "Atlantis"
template-findings =
    Ateliers : ce qui a été convenu pour un domaine, par exemple
      finance:
        strengths: "..."
        challenges: "..."
        priorities: "..."
