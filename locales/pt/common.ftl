# Comum a todas as saídas. Os números e as datas das saídas legíveis
# seguem estas regras; JSON, CSV e os ficheiros de respostas mantêm 1.8 e 2026-10-14.
#
# Plurais: o código de língua "pt" segue a regra CLDR do Brasil, em que 0 cai em
# [one]. Na norma europeia e africana, 0 leva plural ("0 critérios"); por isso as
# seleções sobre contagens que podem ser 0 têm uma variante [0] antes de [one].

# O nome da língua nessa língua, para os menus.
language-name = Português
# Entre a parte inteira e a parte decimal de um valor: 1,8
decimal-separator = ,
# Uma data por extenso: 14 de outubro de 2026
date = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
# Entre uma etiqueta e o seu valor ("Nota: ...").
label-separator = {": "}
not-applicable = N/A
not-answered = Sem resposta
unnamed-network = Rede sem nome
overall = Global
none = Nenhum.
# A maturidade de uma área ou do conjunto, na escala de 0 a 4.
out-of-four = { $value } / 4
value-with-label = { $value } ({ $label })
