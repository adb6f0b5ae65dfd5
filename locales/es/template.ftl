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
