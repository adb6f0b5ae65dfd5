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
template-scope-member =
    Ces réponses valent pour { $country }, à son propre sujet (`scope: member`) : seuls les critères
    auxquels répond un État membre figurent ici, formulés pour lui. Le fichier du réseau répond aux autres.
template-scope-network =
    Ces réponses valent pour le réseau dans son ensemble (`scope: network`) : tous les critères, ceux qui
    portent sur ce que fait chaque État membre en tant qu'estimation du réseau pour l'ensemble de ses membres.
