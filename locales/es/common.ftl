# Común a todas las salidas. Los números y las fechas de las salidas legibles
# siguen estas reglas; JSON, CSV y los archivos de respuestas mantienen 1.8 y 2026-10-14.

# El nombre del idioma en ese idioma, para los menús.
language-name = Español
# Entre la parte entera y la parte decimal de una cifra: 1,8
decimal-separator = ,
# Una fecha completa: 14 de octubre de 2026
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# Entre una etiqueta y su valor («Nota: ...»).
label-separator = {": "}
not-applicable = N/A
not-answered = Sin respuesta
unnamed-network = Red sin nombre
overall = Global
none = Ninguno.
# La madurez de un área o del conjunto, en la escala de 0 a 4.
out-of-four = { $value } / 4
value-with-label = { $value } ({ $label })
