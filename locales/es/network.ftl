# La vista de la red a partir de las respuestas de los Estados miembros (aggregate, report --aggregate).

network-title = Vista de la red: { $network }
network-heading = { $network }: { $id } { $version }, { $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    }
network-intro = Directriz { $id } { $version }, respuestas de { $count ->
        [one] { $count } Estado miembro
       *[other] { $count } Estados miembros
    }. La cifra de la red es la media de los países; cada país cuenta una vez.
spread-area = Área
spread-min = Mín.
spread-median = Mediana
spread-max = Máx.
spread-network = Red
member-states = Estados miembros
country-column-country = País
country-column-file = Archivo
country-column-overall = Global
country-column-answered = Respondidos
disagree-title = Donde más discrepan los países
disagree-intro = Criterios cuyos niveles difieren en 2 o más entre países (sin contar N/A ni los que no tienen respuesta), de mayor a menor dispersión; se muestran 10 como máximo.
spread = Dispersión
spread-line = dispersión { $spread }
below-title = Donde la mayoría de los países está por debajo de la meta
below-intro = Criterios en los que más de la mitad de los países que indicaron un nivel está por debajo de su meta, de mayor a menor proporción; se muestran 10 como máximo.
below = Por debajo de la meta
below-line = { $below } de { $scored } por debajo de la meta
more = { $count } más en wen-assess aggregate --format json.
criterion-column = Criterio
findings-per-country = Conclusiones por país
