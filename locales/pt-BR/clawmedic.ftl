# clawmedic — português do Brasil (pt-BR).
# Comandos, ids, nomes de perfis e refs de modelo nunca fazem parte destas mensagens: eles
# são passados como variáveis ($provider, $profile, $model, …) ou exibidos pelo layout em blocos de código.

## Layout da resposta

reply-title = Diagnóstico do clawmedic
reply-version-seen = OpenClaw { $version } (lido do que você colou).
reply-version-flag = OpenClaw { $version } (informado por você).
reply-version-unknown = Versão do OpenClaw desconhecida: os passos abaixo funcionam em qualquer release, salvo indicação.
reply-version-floor = A versão do OpenClaw não foi informada; o que você colou parece ser da { $version } ou mais nova (caminho do store e ids).
reply-top-finding = Mais provável: { $title }
reply-next-finding = Se isso não resolver: { $title }
reply-evidence = Evidências
reply-evidence-line = mensagem { $message }, linha { $line }
reply-ruled-out = Descartado
reply-steps = Próximos passos
reply-asks = Rode isto e cole a saída
reply-need-more-info = Nada nesta thread é conclusivo ainda. Rode os comandos abaixo e cole a saída deles (mascare chaves e tokens).
reply-mask-reminder = Mascare chaves e tokens antes de colar.
where-cli = shell do host do gateway
where-chat = este chat
where-config = config
secret-warning =
    { $count ->
        [one] O que você colou continha um segredo (uma chave de API ou token). Ele não é repetido aqui. Apague aquela mensagem agora e gere um novo segredo no provedor.
       *[other] O que você colou continha { $count } segredos (chaves de API ou tokens). Eles não são repetidos aqui. Apague aquela mensagem agora e gere um novo para cada um no respectivo provedor.
    }
mojibake-note = Alguns caracteres do que você colou chegaram com a codificação errada; eles foram corrigidos antes da leitura.

## Observações

note-flag-too-new = Seu OpenClaw ainda não conhece { $flag } (chegou na { $since }). Sem essa opção: `{ $command }`
note-flag-too-new-plain = Seu OpenClaw ainda não conhece { $flag } (chegou na { $since }): rode o mesmo comando sem essa opção.

## Títulos das causas

cause-oauth_expired = O login OAuth expirou
cause-refresh_token_reused = O refresh token foi usado duas vezes
cause-oauth_scope_missing = Falta um escopo obrigatório no login
cause-missing_api_key = Nenhuma credencial para este provedor
cause-invalid_api_key = A chave de API está sendo rejeitada
cause-external_cli_credential_stale = A credencial copiada de outra CLI está desatualizada
cause-pinned_profile_missing_credential = O perfil fixado não tem credencial
cause-auth_provider_not_loaded = O login aponta para um provedor que não está carregado
cause-per_agent_auth_store = A credencial está no armazenamento de outro agente
cause-auth_store_migration_required = O armazenamento de autenticação precisa ser migrado
cause-profile_excluded_by_auth_order = A ordem de autenticação deixa de fora os perfis que funcionam
cause-auth_order_not_applied = A nova ordem de autenticação não foi aplicada
cause-session_pin_stale = Esta conversa ainda usa um perfil antigo
cause-wrong_provider_prefix = A ref do modelo e o perfil são de provedores diferentes
cause-auth_profile_provider_mismatch = Um perfil está vinculado a outro provedor
cause-legacy_codex_ids = Ids antigos de openai-codex em um build que os renomeou
cause-unknown_model = O modelo não é conhecido pelo provedor nem pela config
cause-model_not_allowed = O modelo não está na allowlist
cause-rate_limit_cooldown = O provedor está com rate limit ou em cooldown
cause-billing_disabled = A conta está sem créditos
cause-provider_unreachable = Não foi possível acessar o provedor
cause-fallbacks_stripped = Os fallbacks sumiram da config efetiva
cause-ollama_fallback_dropped = O fallback do Ollama não consegue responder
cause-fallback_not_triggered = A falha nunca passou para um fallback
cause-runtime_unavailable = O runtime do Codex não consegue executar o turno
cause-cloudflare_403 = As requisições ao ChatGPT caem em um desafio do Cloudflare
cause-version_regression = Um bug conhecido neste build do OpenClaw
cause-gateway_not_reloaded = O gateway em execução ainda usa o estado antigo
cause-request_rejected = O provedor rejeitou a própria requisição
cause-status_display_mismatch = Uma tela de status avisa, mas as execuções funcionam
cause-not_model_auth = Não é um problema de autenticação de modelo
cause-all_ok = Tudo parece saudável
cause-need_more_info = É preciso mais saída

## Resumos dos achados

oauth_expired-summary = O login salvo de { $provider } não consegue mais renovar o access token, então toda requisição com ele falha. Faça login de novo no host do gateway e depois reinicie o gateway.
refresh_token_reused-summary = O refresh token de { $provider } foi gasto por dois consumidores (dois gateways, cópias por agente ou um token importado de CLI), e agora o provedor o recusa. Faça login uma vez, mantenha um só gateway e coloque o novo perfil em primeiro.
oauth_scope_missing-summary = O token de { $provider } não tem o escopo de que a requisição precisa, ou o login pediu um escopo que este build não pode usar.
missing_api_key-summary = O agente que executou o turno não tem credencial para { $provider }. Dê uma credencial a esse agente e depois reinicie o gateway.
invalid_api_key-summary = Uma chave de API de { $provider } está sendo enviada e rejeitada. Descubra qual chave prevalece (um perfil salvo tem prioridade sobre o ambiente do shell) e troque exatamente essa.
external_cli_credential_stale-summary = O OpenClaw está usando uma credencial de { $provider } copiada de outra CLI, e essa cópia está desatualizada. Atualize a origem e depois faça login de novo.
pinned_profile_missing_credential-summary = O perfil fixado { $profile } não tem nenhum segredo utilizável. Fixe agora um perfil que funcione ou dê uma credencial a { $profile }.
auth_provider_not_loaded-summary = Nenhum plugin carregado registra o provedor { $provider }, então o login não consegue começar.
per_agent_auth_store-summary = O agente { $agent } lê o próprio armazenamento de autenticação, e nele não há credencial de { $provider }; o login que você fez foi para outro agente. Faça login para { $agent }.
auth_store_migration_required-summary = Este build guarda as credenciais em um novo formato de armazenamento e ignora o antigo até que o doctor o migre. Pare o gateway, rode o doctor, confira se os perfis voltaram e inicie o gateway de novo.
profile_excluded_by_auth_order-summary = Todos os perfis utilizáveis de { $provider } estão excluídos pela ordem de autenticação, então nada é tentado. Limpe a ordem ou defina-a com os perfis que existem.
auth_order_not_applied-summary = A mudança na ordem não chegou ao armazenamento que o agente lê, então a ordem antiga continua valendo.
session_pin_stale-summary = Esta conversa está fixada em { $profile }, que expirou ou não existe, enquanto { $working } funciona. Fixe a conversa de novo no perfil que funciona.
session_pin_stale-override-summary = A conversa tem o próprio override de perfil ({ $profile }), que as mudanças feitas pela CLI não afetam. Fixe o perfil de novo nessa conversa.
session_pin_stale-cli-healthy-summary = O teste pela CLI mostra { $working } funcionando, mas a conversa continua falhando: ela mantém o perfil antigo. Fixe o perfil que funciona na conversa com falha; excluir o perfil antigo da ordem é intencional, então não limpe a ordem.
wrong_provider_prefix-summary = Ao fixar, o provedor da ref do modelo precisa ser igual ao provedor do perfil. { $profile } pertence a { $provider }, então nesta release a ref precisa começar com esse provedor.
wrong_provider_prefix-default-summary = Nesta release, um modelo openai/… com apenas um login Codex OAuth fica sem credencial; o modelo padrão precisa usar o provedor openai-codex.
auth_profile_provider_mismatch-summary = { $profile } pertence a outro provedor e não pode entrar na ordem de { $provider }. Mantenha na ordem de cada provedor só os perfis dele; para um segundo provedor, use um fallback de modelo.
legacy_codex_ids-summary = A config ou os perfis ainda usam os ids antigos de openai-codex, que esta release renomeou ou rejeita. Deixe o doctor migrá-los.
unknown_model-summary = { $model } não está no catálogo do provedor nem na config. Escolha um id de modelo que o provedor liste.
model_not_allowed-summary = { $model } está fora da allowlist de modelos do agente. Adicione-o e depois selecione-o de novo.
rate_limit_cooldown-summary = { $provider } está em pausa depois de erros de rate limit ou de limite de uso; fazer login de novo não ajuda. Espere, ou adicione outro perfil ou um fallback.
billing_disabled-summary = O provedor recusou por motivo de cobrança ou cota, e o perfil fica desativado por horas. Recarregue créditos no provedor ou, enquanto isso, troque de provedor.
provider_unreachable-summary = Nenhuma resposta utilizável veio de { $provider } (timeout, rede, TLS ou erro do servidor). Verifique a conectividade a partir do host do gateway.
fallbacks_stripped-summary = O agente { $agent } define o modelo como uma string simples, o que substitui os fallbacks padrão por nenhum. Use a forma de objeto com uma lista fallbacks.
ollama_fallback_dropped-summary = O fallback do Ollama não tem entrada de provedor nem chave placeholder, então falha assim que a cadeia chega nele.
fallback_not_triggered-summary = A falha encerrou o turno sem tentar os fallbacks; este build tem um bug de loop ou de limite de uso nesse ponto.
fallback_not_triggered-selected-summary = Esta conversa está com { $model } selecionado manualmente. Um modelo escolhido pelo usuário é exato: ele nunca cai para um fallback. Volte para o modelo padrão.
runtime_unavailable-summary = O runtime do Codex (app-server ou plugin) não consegue executar o turno, muitas vezes porque um plugin codex externo desatualizado é mais antigo que o core.
cloudflare_403-summary = As requisições do ChatGPT/Codex recebem uma página de desafio do Cloudflare, que este build reporta como falha de DNS ou rate limit.
version_regression-summary = Este build tem um bug conhecido em que um login novo no Codex passa no teste, mas falha na renovação em execução.
version_regression-known-summary = O OpenClaw { $version } tem um bug conhecido com exatamente esta assinatura; ele foi corrigido em { $fixed }. Atualize para frente (nunca faça downgrade passando por uma migração de armazenamento).
gateway_not_reloaded-summary = A CLI enxerga a credencial de { $provider }, mas o gateway em execução não foi reiniciado e ainda usa o estado antigo.
request_rejected-summary = O provedor rejeitou o corpo da requisição (schema ou tamanho do contexto), não a credencial. Comece uma sessão nova; não é preciso fazer login de novo.
status_display_mismatch-summary = { $profile } aparece como expirado em uma tela de status, mas as execuções continuam funcionando; nada está quebrado. Renove só para sumir com o aviso.
not_model_auth-summary = Isto é autenticação do gateway ou do dispositivo, não uma credencial de modelo; os comandos models auth não vão mudar isso.
not_model_auth-channel-summary = Isto é um token de canal de chat (a conta do bot), não uma credencial de modelo; os comandos models auth não vão mudar isso.
all_ok-summary = Todos os perfis testados respondem e nada no que você colou indica falha. Se um chat ainda falhar, cole o erro e o /model status daquela conversa.

## Notas dos passos

step-login = Faça login de novo em { $provider } no host do gateway (abre um navegador ou mostra um código).
step-restart = Reinicie o gateway para que o processo em execução recarregue a autenticação.
step-verify = Confira com um teste ao vivo se o login funciona.
step-upgrade = Atualize o OpenClaw para a release mais recente.
step-doctor-fix = Deixe o doctor migrar a config e os perfis.
step-claude-setup-token = Crie um novo setup token do Claude e depois guarde-o no OpenClaw.
step-one-gateway = Garanta que só um gateway rode para este diretório de estado.
step-order-new-id = Coloque o perfil recém-criado em primeiro (copie o id dele da saída do login).
step-drop-baseurl = Remova o baseUrl da Platform API para que o token do ChatGPT não seja enviado para lá.
step-local-placeholder-key = Provedores locais só precisam de uma chave placeholder.
step-configure-key = Digite a chave de { $provider } de forma interativa (nunca cole chaves no chat).
step-env-file = Ou coloque a chave no arquivo env do gateway: o serviço ignora exports do shell.
step-read-effective = Leia a origem effective= do provedor: essa é a chave que está sendo enviada.
step-refresh-external-cli = Primeiro renove o login da própria outra CLI.
step-pin-working = Fixe o perfil que funciona, { $profile }, na conversa com falha e depois mande uma mensagem de teste normal.
step-login-renamed-codex = Nesta release, o OAuth do ChatGPT/Codex faz login sob o provedor openai.
step-check-profiles-back = Confira se os perfis voltaram a aparecer na lista; se a lista estiver vazia, faça login de novo.
step-order-clear = Remova o override de ordem por agente.
step-order-set-alternative = Ou defina a ordem com os perfis que existem.
step-release-lock = Pare o gateway para ele liberar o lock do armazenamento.
step-pin = Fixe { $profile } na conversa com falha e depois mande uma mensagem de teste normal.
step-cross-provider-fallback = Para usar outro provedor como backup, adicione um fallback de modelo em vez disso.
step-new-drops-auto = Uma sessão nova descarta um override automático.
step-find-current-id = Encontre o id atual do perfil (um login novo pode ter criado outro).
step-pin-current-id = Depois fixe esse id na conversa.
step-undo-5-5-rewrite = Desfaça a reescrita do modelo padrão feita pela release 5.5.
step-set-unified-ref = Ou defina manualmente a ref de modelo atual.
step-ollama-model-entry = Adicione o modelo à lista de modelos do provedor ollama.
step-list-models = Liste os ids de modelo que este provedor oferece.
step-set-listed-model = Defina como padrão um id dessa lista.
step-allow-model = Adicione o modelo à allowlist (o comando que o erro mostrou).
step-see-cooldowns = Veja quais perfis estão em pausa e por quanto tempo (Unavailable auth profiles).
step-add-fallback = Adicione um fallback em outro provedor para os turnos continuarem funcionando enquanto isso.
step-after-top-up = Depois de recarregar, limpe o estado de desativação salvo.
step-object-form-model = Escreva o modelo do agente na forma de objeto, com os fallbacks dele.
step-check-fallbacks = Confira se Fallbacks (N) agora os lista.
step-reset-selection = Volte esta conversa para o modelo padrão.
step-inspect-codex-plugin = Compare a versão de runtime do plugin codex com a do core.
step-find-stale-plugin = Atualize ou remova uma cópia externa desatualizada do plugin codex.
step-step-back-same-era = Ou volte para a última release boa com o mesmo formato de armazenamento.
step-codex-backend-url = Se for ficar nesta release: envie as requisições do Codex para o backend do ChatGPT.
step-new-session = Comece uma sessão nova naquela conversa.
step-check-api = Confira se o api: mostrado combina com o modelo.
step-clear-display = Só para sumir com o aviso: renove o login da Claude CLI e vincule-o de novo.
step-channel-status = Veja qual canal não consegue iniciar.
step-channel-token = Digite o novo token do bot para esse canal.

## Pedidos

ask-version = O próximo passo depende da release do OpenClaw.
ask-model-status-if-chat-fails = Só se um chat ainda falhar: rode isto naquela conversa.
ask-models-status = Mostra o modelo padrão, os fallbacks, a credencial efetiva de cada provedor e os cooldowns.
ask-probe = Testa cada perfil ao vivo e mostra qual falha e por quê.
ask-order = Mostra quais perfis a ordem deixa passar.
ask-model-status = Rode na conversa com falha: mostra o perfil que essa conversa usa.
ask-auth-list = Mostra os ids exatos dos perfis para fixar.
ask-decision-lines = Copie as linhas [model-fallback/decision] de um turno com falha.

## Erros (linha de comando e bots)

error-file-missing = Não foi possível ler { $path }: o arquivo não existe.
error-file-unreadable = Não foi possível ler { $path }: { $reason }
error-binary = { $path } parece ser dados binários, não texto colado.
error-too-large = { $path } tem mais de { $limit } bytes; cole só a saída relevante.
error-unknown-lang = Idioma desconhecido { $lang }; use um destes: { $list }.
error-bad-version = Não foi possível ler a versão do OpenClaw { $version }; use o formato 2026.6.9.

## Discord e web

cmd-diagnose-description = Diagnostica a saída colada do OpenClaw e indica o próximo passo
opt-paste-description = A saída a diagnosticar (deixe vazio para abrir um formulário para textos longos)
opt-file-description = Um arquivo .txt, .log ou .json com a saída
opt-version-description = Sua versão do OpenClaw, ex.: 2026.6.9
opt-language-description = Idioma da resposta
cmd-model-description = Explica a saída do /model status ou monta um /model pin correto
cmd-model-status-description = Explica a saída colada do /model status ou do models status
cmd-model-pin-description = Monta o /model pin para um perfil
opt-profile-description = O id do perfil de autenticação, ex.: openai:work
opt-model-description = O modelo, ex.: openai/gpt-5.5
ctx-diagnose-name = Diagnosticar
modal-title = Cole a saída do OpenClaw
modal-field-label = Saída (mascare chaves e tokens)
button-worked = Funcionou
button-still-failing = Ainda falha
button-show-in = Mostrar em { $language }
reply-thanks = Valeu por confirmar. Que bom que funcionou.
reply-still-failing = Poxa. Cole aqui a próxima saída, e ela vai ser lida junto com as mensagens anteriores.
pin-explain = O perfil { $profile } pertence a { $provider }, então nesta release a ref do modelo precisa começar com { $provider }/.
pin-explain-renamed = Nesta release, os perfis do ChatGPT/Codex se chamam openai:…; rode o doctor primeiro para que { $profile } exista.
error-no-input = Nada para diagnosticar: cole a saída ou anexe um arquivo.
error-attachment-type = Só é possível ler arquivos .txt, .log e .json.
error-internal = Algo deu errado do nosso lado e não foi possível montar a resposta. Tente de novo.
error-rate-limited = Muitas requisições agora; espere { $seconds } segundos.
web-title = clawmedic — diagnóstico de saída do OpenClaw
web-paste-label = Cole aqui a saída do OpenClaw (chaves e tokens são ocultados antes de qualquer coisa ser exibida)
web-submit = Diagnosticar
web-copy = Copiar
web-copied = Copiado
cmd-watch-description = Liga ou desliga o diagnóstico automático de saídas do OpenClaw coladas neste canal
opt-watch-mode-description = on: responder a saídas do OpenClaw coladas aqui; off: parar
watch-on = Monitorando { $channel }: mensagens com saída do OpenClaw recebem um diagnóstico, no máximo uma resposta por thread a cada { $seconds } segundos.
watch-off = { $channel } não está mais sendo monitorado.
watch-unavailable = O modo de monitoramento está desativado na configuração deste bot.
error-permission = Você precisa da permissão Gerenciar servidor (Manage Server) para mudar isso.
error-guild-only = Este comando só funciona em um canal de servidor.
error-store = Não foi possível salvar a configuração agora; tente de novo daqui a um minuto.
error-no-memory = Este diagnóstico não está mais guardado (expirou, ou a memória está inacessível). Rode o comando de novo com a sua saída.
error-download = Não foi possível baixar o anexo { $path }; cole o texto dele em vez disso.
error-bad-profile = { $profile } não é um id de perfil de autenticação; os ids têm o formato provider:name, por exemplo openai:work.
pin-title = O /model pin para esta conversa
pin-model-placeholder = Substitua <model> por um modelo que { $provider } oferece; /models { $provider } no chat lista os modelos.
status-title = Seu /model status, explicado
status-current = Esta conversa usa { $model }.
status-current-selected = Esta conversa usa { $model }, escolhido manualmente: um modelo escolhido nunca cai para outros.
status-default = O modelo padrão é { $model }.
status-active = A próxima requisição para { $provider } usa o perfil { $profile }.
status-auth-ok = { $profile }: logado, válido por mais { $remaining }.
status-auth-ok-plain = { $profile }: logado.
status-auth-expiring = { $profile }: expira em { $remaining }; renove o login em breve.
status-auth-expired = { $profile }: o login expirou.
status-auth-missing = { $profile }: nenhuma credencial salva.
status-auth-cooldown = { $profile }: em pausa depois de erros (restam { $remaining }).
status-auth-disabled = { $profile }: desativado ({ $reason }).
status-not-recognized = Isto não é a saída do /model status nem do models status. Rode /model status na conversa com falha, ou openclaw models status no host do gateway, e cole tudo.
web-language-auto = Igual ao texto colado (detectado)
web-privacy = Nada do que você cola é armazenado ou registrado; só o diagnóstico é mostrado.
step-unusable-name = Um nome no que você colou tem caracteres que nenhum nome do OpenClaw tem, então ele não foi copiado para este comando: troque `{ $placeholder }` pelo nome exato que aparece na própria saída do OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = A versão que você informou, “{ $given }”, não é uma versão do OpenClaw que este build conhece, então não foi usada. `openclaw --version` no host do gateway mostra a versão exata.
note-version-conflict = Você informou OpenClaw { $given }, mas o que você colou mostra { $pasted }; esta resposta usa { $given }, a versão que você informou.
error-file-is-dir = { $path } é uma pasta, não um arquivo: indique o arquivo que contém a saída.
error-file-permission = Não foi possível ler { $path }: você não tem permissão para ler este arquivo.
error-malformed-json = O corpo da requisição não é um JSON que esta API lê: envie um objeto com `paste` (texto) ou `messages` (uma lista de textos).
error-bad-thread = O id da thread deve ter de 16 a 128 caracteres entre A-Z, a-z, 0-9, _ e -; use um id aleatório.
error-too-many-messages = No máximo { $limit } mensagens por requisição; envie as demais em uma segunda requisição.
