# Erros com que um comando termina, e o que diz das suas entradas.

aggregate-one-guideline = { $file }: as respostas referem-se à diretriz `{ $guideline }`, mas { $first } refere-se a `{ $first_guideline }`; aggregate precisa de uma só diretriz
aggregate-file-twice = { $file } é indicado duas vezes (também como { $twin }); cada Estado-Membro conta uma vez
aggregate-country-twice = { $file }: o país "{ $country }" também figura em { $twin }; cada Estado-Membro conta uma vez, por isso mantenha um ficheiro por país
no-answer-files = nenhum ficheiro de respostas indicado
assess-no-workbook = { $path }: esse livro não existe, e `assess` só altera ficheiros de respostas YAML; dê às respostas um nome .yaml (--answers { $yaml }), ou crie um livro para preencher numa folha de cálculo com: wen-assess template -o { $xlsx }
yaml-only-no-file = { $path }: esse ficheiro não existe (e `{ $command }` só altera ficheiros de respostas YAML)
yaml-only =
    { $path }: `{ $command }` só altera ficheiros de respostas YAML; converta primeiro o livro:
    {"  "}wen-assess convert { $path } { $yaml }
    {"  "}wen-assess { $command } { $resume }{ $yaml }
convert-no-ods = { $path }: convert cria livros .xlsx; o LibreOffice abre-os e guarda-os como .ods (Ficheiro > Guardar como)
convert-output-name = { $path }: o nome do ficheiro de saída deve terminar em .xlsx (um livro) ou .yaml (um ficheiro de respostas); `-` escreve o YAML na saída padrão
exists-use-force = { $path }: já existe; acrescente --force para o substituir
man-not-a-folder = { $path }: não é uma pasta; indique a pasta onde escrever as páginas do manual
man-cannot-create = { $path }: não é possível criar a pasta: { $reason }
folder-without-answers = { $path }: não há ficheiros de respostas (*.yaml, *.yml) nem livros (*.xlsx, *.ods) nesta pasta
guideline-not-loaded = { $file }: as respostas referem-se à diretriz `{ $id }`, que não está carregada (disponíveis: { $loaded }); carregue-a com --guidelines CAMINHO
report-md-name = { $path }: --format md cria Markdown: dê à saída um nome .md, ou retire --format para criar um PDF
report-pdf-name = { $path }: --format pdf cria um PDF: dê à saída um nome .pdf, ou retire --format para criar Markdown
report-one-file = { $count ->
        [0] report recebe um só ficheiro de respostas (foram indicados { $count }); para o relatório de uma rede a partir de vários ficheiros, acrescente --aggregate
        [one] report recebe um só ficheiro de respostas (foi indicado { $count }); para o relatório de uma rede a partir de vários ficheiros, acrescente --aggregate
       *[other] report recebe um só ficheiro de respostas (foram indicados { $count }); para o relatório de uma rede a partir de vários ficheiros, acrescente --aggregate
    }
fail-under-outside = --fail-under { $value } está fora da escala 0-4
choose-guideline =
    escolha uma diretriz com --guideline ID; as carregadas são:
    { $list }
terminal-error = erro do terminal: { $error }
template-no-ods = { $path }: template cria livros .xlsx; o LibreOffice abre-os e guarda-os como .ods (Ficheiro > Guardar como)
template-xlsx-name = { $path }: --format xlsx cria um livro: dê-lhe um nome .xlsx
template-output-name = { $path }: template cria um ficheiro de respostas (.yaml) ou um livro (.xlsx); dê à saída um desses nomes
template-yaml-name = --format yaml cria um ficheiro de respostas YAML: dê-lhe um nome .yaml, ou retire --format para criar um livro
workbook-needs-output = um livro é um ficheiro binário: escreva-o com -o NOME.xlsx (ou -o - para a saída padrão)
template-read-back = o modelo criado não se relê igual ({ $detail }); nada foi escrito. É uma falha do wen-assess: por favor comunique-a
no-such-guideline = não está carregada nenhuma diretriz `{ $id }` (disponíveis: { $loaded })
render-failed = não foi possível criar o relatório: { $error }
cannot-create-answers = não é possível criar um ficheiro de respostas em { $folder }: { $reason }; execute o comando a partir de uma pasta onde possa escrever, ou indique --answers CAMINHO
answers-of-another-guideline = { $file }: contém respostas de `{ $holds }`, não de `{ $wanted }`; escolha outro ficheiro --answers
store-conflict-criteria = { $path }: foi alterado por outro programa durante esta sessão, nos mesmos critérios ({ $items }). O ficheiro mantém a outra versão; as respostas desta sessão estão guardadas em { $side }. Compare os dois e retome depois com: wen-assess assess --answers { $path } (ou, no navegador: wen-assess serve { $path })
store-conflict-fields = { $path }: foi alterado por outro programa durante esta sessão, nos mesmos campos ({ $items }). O ficheiro mantém a outra versão; as respostas desta sessão estão guardadas em { $side }. Compare os dois e retome depois com: wen-assess assess --answers { $path } (ou, no navegador: wen-assess serve { $path })
error = erro
file-and-error = { $file }: { $error }
guideline-replaces-builtin = nota: { $file } ({ $id } { $version }) é usado em vez da diretriz integrada { $id } { $builtin }
output-name-contradicts = { $path }: o nome termina em .{ $ending }, mas --format { $format } escreve outro tipo de ficheiro: indique um nome adequado, ou omita --format e o nome escolhe
output-name-no-such-format = { $path }: { $command } não escreve ficheiros .{ $ending }; as suas saídas terminam em { $endings }, ou vão para o terminal
aggregate-pdf-name = { $path }: aggregate não escreve PDF; o relatório da rede em PDF faz-se com: wen-assess report --aggregate PASTA -o { $path }
