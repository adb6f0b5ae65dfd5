# El archivo de respuestas en blanco (template).

template-schema = (para crear el esquema: { $command })
template-title = Archivo de respuestas de wen-assess: { $title } ({ $id } { $version })
template-help =
    Para cada criterio, indique en `level:` un nivel de 0 a 4, o `na` y añada `reason:`
    explicando por qué no se aplica. Deje `~` en los criterios aún sin responder: no cuentan
    en las puntuaciones y reducen la cobertura. `note:` y `evidence:` son opcionales.
    Después, ejecute: wen-assess score ARCHIVO   o   wen-assess report ARCHIVO
template-scale = Escala
template-targets = Metas por área; el valor por defecto de la directriz es { $target } para cada área.
template-participants =
    Talleres: quién participó, una entrada por persona, por ejemplo
      - name: "A. Focal"
        agency: "Aduanas"
        country: "Atlantis"
template-findings =
    Talleres: lo acordado sobre un área, por ejemplo
      finance:
        strengths: "..."
        challenges: "..."
        priorities: "..."
template-scope-member =
    Estas respuestas valen para { $country }, sobre sí mismo (`scope: member`): solo figuran los criterios
    que responde un Estado miembro, formulados para él. El archivo de la red responde los demás.
template-scope-network =
    Estas respuestas valen para la red en su conjunto (`scope: network`): todos los criterios; los que tratan
    de lo que hace cada Estado miembro, como estimación de la red para el conjunto de sus miembros.
