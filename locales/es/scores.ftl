# Tablas de puntuación (score) y mensajes de los comandos.

coverage-line = cobertura { $percent } % ({ $scored ->
        [one] { $scored } puntuado
       *[other] { $scored } puntuados
    }, { $na } N/A, { $open } sin respuesta)
below-fail-under = { $file }: la madurez global { $value } es inferior a --fail-under { $limit }
files-not-scored = { $failed } de { $total ->
        [one] { $total } archivo
       *[other] { $total } archivos
    } { $failed ->
        [one] no se pudo puntuar
       *[other] no se pudieron puntuar
    }
wrote-report = { $path } escrito: madurez global { $value } ({ $label }), { $actions ->
        [one] { $actions } acción
       *[other] { $actions } acciones
    }, cobertura { $percent } %
wrote-network-report = { $path } escrito: { $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    }, madurez global de la red { $value }
wrote-template = { $path } escrito ({ $count ->
        [one] { $count } criterio
       *[other] { $count } criterios
    } de `{ $id }` { $version }). Complete cada `level:` y después ejecute: wen-assess score { $path }
guidelines-column-id = ID
guidelines-column-version = VERSIÓN
guidelines-column-criteria = CRITERIOS
guidelines-column-title = TÍTULO
guideline-languages = Idiomas: { $languages } · meta por defecto: { $target } ({ $label })
guideline-area = { $title } ({ $id }, peso { $weight }, { $count ->
        [one] { $count } criterio
       *[other] { $count } criterios
    })
guideline-criterion = { $title } (peso { $weight })
# What `validate` without arguments checks: a guideline inside the program.
validate-builtin = directriz integrada { $id } { $version }
validate-ok = { $file }: válido, { $criteria ->
        [one] { $criteria } criterio
       *[other] { $criteria } criterios
    } en { $areas ->
        [one] { $areas } área
       *[other] { $areas } áreas
    }
validate-summary = { $files ->
        [one] { $files } archivo revisado
       *[other] { $files } archivos revisados
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }
validate-against = { $file } comparado con { $old }: { $added ->
        [one] { $added } criterio añadido
       *[other] { $added } criterios añadidos
    }, { $renamed ->
        [one] { $renamed } renombrado
       *[other] { $renamed } renombrados
    }, { $removed ->
        [one] { $removed } eliminado
       *[other] { $removed } eliminados
    }, { $changed ->
        [one] { $changed } modificado
       *[other] { $changed } modificados
    }
validate-silenced = { $count ->
        [one] { $count } advertencia no mostrada (--allow)
       *[other] { $count } advertencias no mostradas (--allow)
    }
migrate-nothing = { $path } ya corresponde a { $id } { $version }: nada que cambiar.
migrate-moved = movido { $from } → { $to }
migrate-done = { $path } reescrito para { $id } { $version } (antes { $old }): { $moved ->
        [one] { $moved } respuesta movida
       *[other] { $moved } respuestas movidas
    }, { $new ->
        [one] { $new } criterio nuevo por responder
       *[other] { $new } criterios nuevos por responder
    }, { $kept ->
        [one] { $kept } respuesta conservada pero no puntuada
       *[other] { $kept } respuestas conservadas pero no puntuadas
    }.
migrate-dry-run = { $path } se reescribiría para { $id } { $version } (antes { $old }): { $moved ->
        [one] { $moved } respuesta movida
       *[other] { $moved } respuestas movidas
    }, { $new ->
        [one] { $new } criterio nuevo por responder
       *[other] { $new } criterios nuevos por responder
    }, { $kept ->
        [one] { $kept } respuesta conservada pero no puntuada
       *[other] { $kept } respuestas conservadas pero no puntuadas
    }. No se escribió nada.
provisional = Provisional: { $answered } de { $total } criterios respondidos ({ $percent } %). Las puntuaciones cambiarán a medida que se respondan los demás.
