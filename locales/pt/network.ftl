# A vista da rede a partir das respostas dos Estados-Membros (aggregate, report --aggregate).

network-title = Vista da rede: { $network }
network-heading = { $network }: { $id } { $version }, { $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    }
network-intro = Diretriz { $id } { $version }, respostas de { $count ->
        [0] { $count } Estados-Membros
        [one] { $count } Estado-Membro
       *[other] { $count } Estados-Membros
    }. O valor da rede é a média dos países; cada país conta uma vez.
spread-area = Área
spread-min = Mín.
spread-median = Mediana
spread-max = Máx.
spread-network = Rede
member-states = Estados-Membros
country-column-country = País
country-column-file = Ficheiro
country-column-overall = Global
country-column-answered = Respondidos
disagree-title = Onde os países mais divergem
disagree-intro = Critérios cujos níveis diferem 2 ou mais entre países (excluindo N/A e os que não têm resposta), por ordem decrescente de dispersão; mostram-se no máximo 10.
spread = Dispersão
spread-line = dispersão { $spread }
below-title = Onde a maioria dos países está abaixo da meta
below-intro = Critérios em que mais de metade dos países que indicaram um nível está abaixo da sua meta, por ordem decrescente de proporção; mostram-se no máximo 10.
below = Abaixo da meta
below-line = { $below } de { $scored } abaixo da meta
more = Mais { $count } em wen-assess aggregate --format json.
criterion-column = Critério
findings-per-country = Conclusões por país
