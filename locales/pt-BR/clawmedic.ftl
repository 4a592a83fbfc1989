# clawmedic — português do Brasil (pt-BR).
# Comandos, ids, nomes de perfis e refs de modelo nunca fazem parte destas mensagens: eles
# são passados como variáveis ($provider, $profile, $model, …) ou exibidos pelo layout em blocos de código.

## Layout da resposta

reply-title = Diagnóstico do clawmedic
reply-version-seen = OpenClaw { $version } (lido do que você colou).
reply-version-flag = OpenClaw { $version } (informado por você).
reply-version-unknown = Versão do OpenClaw desconhecida: os passos abaixo funcionam em qualquer release, salvo indicação.
reply-version-floor = A versão do OpenClaw não foi informada; o que você colou parece ser da { $version } ou mais nova (caminho do store e ids).
reply-top-finding = Causa mais provável: { $title }
reply-next-finding = Se isso não resolver: { $title }
reply-evidence = Evidências
reply-evidence-line = mensagem { $message }, linha { $line }
reply-ruled-out = Causas descartadas
reply-steps = Próximos passos
reply-asks =
    { $count ->
        [one] Rode este comando e cole a saída dele
       *[other] Rode estes comandos e cole a saída deles
    }
reply-need-more-info = Nada nesta thread é conclusivo ainda. Rode os comandos abaixo e cole a saída deles (mascare chaves e tokens).
reply-mask-reminder = Mascare chaves e tokens antes de colar.
where-cli = shell do host do gateway
where-chat = a conversa do OpenClaw com falha
where-config = arquivo de configuração
where-config-cli = shell do host do gateway (altera o arquivo de configuração)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
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

cause-oauth_expired = o login OAuth expirou
cause-refresh_token_reused = o refresh token foi usado duas vezes
cause-oauth_scope_missing = falta um escopo obrigatório no login
cause-missing_api_key = nenhuma credencial para este provedor
cause-invalid_api_key = a chave de API está sendo rejeitada
cause-external_cli_credential_stale = a credencial copiada de outra CLI está desatualizada
cause-pinned_profile_missing_credential = o perfil fixado não tem credencial
cause-auth_provider_not_loaded = o login aponta para um provedor que não está carregado
cause-per_agent_auth_store = a credencial está no armazenamento de outro agente
cause-auth_store_migration_required = o armazenamento de autenticação precisa ser migrado
cause-profile_excluded_by_auth_order = a ordem de autenticação deixa de fora os perfis que funcionam
cause-auth_order_not_applied = a nova ordem de autenticação não foi aplicada
cause-session_pin_stale = a conversa com falha ainda usa um perfil antigo
cause-wrong_provider_prefix = a ref do modelo e o perfil são de provedores diferentes
cause-auth_profile_provider_mismatch = um perfil está vinculado a outro provedor
cause-legacy_codex_ids = ids antigos de openai-codex em um build que os renomeou
cause-unknown_model = o modelo não é conhecido pelo provedor nem pela config
cause-model_not_allowed = o modelo não está na allowlist
cause-rate_limit_cooldown = o provedor está com rate limit ou em cooldown
cause-billing_disabled = a conta está sem créditos
cause-provider_unreachable = não foi possível acessar o provedor
cause-fallbacks_stripped = os fallbacks sumiram da config efetiva
cause-ollama_fallback_dropped = o fallback do Ollama não consegue responder
cause-fallback_not_triggered = o turno falhou sem tentar um fallback
cause-runtime_unavailable = o runtime do Codex não consegue executar o turno
cause-cloudflare_403 = as requisições ao ChatGPT caem em um desafio do Cloudflare
cause-version_regression = um bug conhecido neste build do OpenClaw
cause-gateway_not_reloaded = o gateway em execução ainda usa o estado antigo
cause-request_rejected = o provedor rejeitou a própria requisição
cause-status_display_mismatch = uma tela de status avisa, mas as execuções funcionam
cause-not_model_auth = não é um problema de autenticação de modelo
cause-all_ok = tudo certo por aqui
cause-need_more_info = é preciso mais saída

## Resumos dos achados

oauth_expired-summary = O login salvo de { $provider } não consegue mais renovar o access token, então toda requisição com ele falha. Faça login de novo no host do gateway e depois reinicie o gateway.
refresh_token_reused-summary = O refresh token de { $provider } foi gasto por dois consumidores (dois gateways, cópias por agente ou um token importado de CLI), e agora o provedor o recusa. Faça login de novo, uma única vez; mantenha um só gateway e coloque o perfil novo em primeiro lugar.
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
session_pin_stale-summary = A conversa com falha está fixada em { $profile }, que expirou ou não existe, enquanto { $working } funciona. Fixe essa conversa de novo no perfil que funciona.
session_pin_stale-override-summary = A conversa com falha tem o próprio override de perfil ({ $profile }), que as mudanças feitas pela CLI não afetam. Fixe o perfil de novo nessa conversa.
session_pin_stale-cli-healthy-summary = O teste pela CLI mostra { $working } funcionando, mas a conversa continua falhando: ela mantém o perfil antigo. Fixe o perfil que funciona na conversa com falha; excluir o perfil antigo da ordem é intencional, então não limpe a ordem.
wrong_provider_prefix-summary = Ao fixar, o provedor da ref do modelo precisa ser igual ao provedor do perfil. { $profile } pertence a { $provider }, então nesta release a ref precisa começar com esse provedor.
wrong_provider_prefix-default-summary = Nesta release, um modelo openai/… com apenas um login Codex OAuth fica sem credencial; o modelo padrão precisa usar o provedor openai-codex.
auth_profile_provider_mismatch-summary = { $profile } pertence a outro provedor e não pode entrar na ordem de { $provider }. Mantenha na ordem de cada provedor só os perfis dele; para um segundo provedor, use um fallback de modelo.
legacy_codex_ids-summary = A config ou os perfis ainda usam os ids antigos de openai-codex, que esta release renomeou ou rejeita. Deixe o doctor migrá-los.
unknown_model-summary = { $model } não está no catálogo do provedor nem na config. Escolha um id de modelo que o provedor liste.
model_not_allowed-summary = { $model } está fora da allowlist de modelos do agente. Adicione-o e depois selecione-o de novo.
rate_limit_cooldown-summary = { $provider } está em cooldown depois de erros de rate limit ou de limite de uso; fazer login de novo não ajuda. Espere, ou adicione outro perfil ou um fallback.
billing_disabled-summary = O provedor recusou por motivo de cobrança ou cota, e o perfil fica desativado por horas. Recarregue créditos no provedor ou, enquanto isso, troque de provedor.
provider_unreachable-summary = Nenhuma resposta utilizável veio de { $provider } (timeout, rede, TLS ou erro do servidor). Verifique a conectividade a partir do host do gateway.
fallbacks_stripped-summary = O agente { $agent } define o modelo como uma string simples, o que substitui os fallbacks padrão por nenhum. Use a forma de objeto com uma lista fallbacks.
ollama_fallback_dropped-summary = O fallback do Ollama não tem entrada de provedor nem chave placeholder, então falha assim que a cadeia chega nele.
fallback_not_triggered-summary = A falha encerrou o turno sem tentar os fallbacks; este build tem um bug de loop ou de limite de uso nesse ponto.
fallback_not_triggered-selected-summary = A conversa com falha está com { $model } selecionado manualmente. Um modelo escolhido à mão é usado do jeito que está: ele nunca cai para outro. Volte para o modelo padrão.
runtime_unavailable-summary = O runtime do Codex (app-server ou plugin) não consegue executar o turno, muitas vezes porque um plugin codex externo desatualizado é mais antigo que o core.
cloudflare_403-summary = As requisições do ChatGPT/Codex recebem uma página de desafio do Cloudflare, que este build reporta como falha de DNS ou rate limit.
version_regression-summary = Este build tem um bug conhecido em que um login novo no Codex passa no teste, mas falha na renovação em execução.
version_regression-known-summary = O OpenClaw { $version } tem um bug conhecido com exatamente esta assinatura; ele foi corrigido em { $fixed }. Atualize para uma versão mais nova (nunca faça downgrade passando por uma migração de armazenamento).
gateway_not_reloaded-summary = A CLI enxerga a credencial de { $provider }, mas o gateway em execução não foi reiniciado e ainda usa o estado antigo.
request_rejected-summary = O provedor rejeitou o corpo da requisição (schema ou tamanho do contexto), não a credencial. Comece uma sessão nova; não é preciso fazer login de novo.
status_display_mismatch-summary = { $profile } aparece como expirado em uma tela de status, mas as execuções continuam funcionando; nada está quebrado. Renove só para sumir com o aviso.
not_model_auth-summary = Isto é autenticação do gateway ou do dispositivo, não uma credencial de modelo; os comandos models auth não vão mudar isso.
not_model_auth-channel-summary = Isto é um token de canal de chat (a conta do bot), não uma credencial de modelo; os comandos models auth não vão mudar isso.
all_ok-summary = Todos os perfis testados respondem e nada no que você colou indica falha. Se um chat ainda falhar, cole o erro e o /model status daquela conversa.

## Notas dos passos

step-login = Faça login de novo em { $provider } no host do gateway (abre um navegador ou mostra um código).
step-restart = Reinicie o gateway para que o processo em execução recarregue a autenticação.
step-verify = Confira com um teste ao vivo se a credencial funciona.
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
step-pin-current-id = Depois fixe esse id na conversa com falha.
step-undo-5-5-rewrite = Desfaça a reescrita do modelo padrão feita pela release 5.5.
step-set-unified-ref = Ou defina manualmente a ref de modelo atual.
step-ollama-model-entry = Adicione o modelo à lista de modelos do provedor ollama.
step-list-models = Liste os ids de modelo que este provedor oferece.
step-set-listed-model = Defina como padrão um id dessa lista.
step-allow-model = Adicione o modelo à allowlist (o comando que o erro mostrou).
step-see-cooldowns = Veja quais perfis estão em cooldown e por quanto tempo (Unavailable auth profiles).
step-add-fallback = Adicione um fallback em outro provedor para os turnos continuarem funcionando enquanto isso.
step-after-top-up = Depois de recarregar, limpe o estado de desativação salvo.
step-object-form-model = Escreva o modelo do agente na forma de objeto, com os fallbacks dele.
step-check-fallbacks = Confira se Fallbacks (N) agora os lista.
step-reset-selection = Volte a conversa com falha para o modelo padrão.
step-inspect-codex-plugin = Compare a versão de runtime do plugin codex com a do core.
step-find-stale-plugin = Atualize ou remova uma cópia externa desatualizada do plugin codex.
step-step-back-same-era = Ou volte para a última release boa com o mesmo formato de armazenamento.
step-codex-backend-url = Se for ficar nesta release: envie as requisições do Codex para o backend do ChatGPT.
step-new-session = Comece uma sessão nova na conversa com falha.
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
error-too-large =
    { $limit ->
        [one] { $path } tem mais de { $limit } byte; cole só a saída relevante.
       *[other] { $path } tem mais de { $limit } bytes; cole só a saída relevante.
    }
error-unknown-lang = Idioma desconhecido { $lang }; use um destes: { $list }.
error-bad-version = Não foi possível ler a versão do OpenClaw { $version }; use o formato 2026.6.9.

## Discord e web

cmd-diagnose-description = Diagnostica a saída colada do OpenClaw e indica o próximo passo
opt-paste-description = A saída a diagnosticar (deixe vazio para abrir um formulário para textos longos)
opt-file-description = Um arquivo .txt, .log ou .json com a saída, ou uma captura de tela dela
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
error-attachment-type = Só é possível ler arquivos .txt, .log e .json, além de capturas de tela PNG, JPEG ou WebP.
error-internal = Algo deu errado do nosso lado e não foi possível montar a resposta. Tente de novo.
error-rate-limited =
    { $seconds ->
        [one] Muitas requisições agora; espere { $seconds } segundo.
       *[other] Muitas requisições agora; espere { $seconds } segundos.
    }
web-title = clawmedic — diagnóstico de saída do OpenClaw
web-paste-label = Cole aqui a saída do OpenClaw (chaves e tokens são ocultados antes de qualquer coisa ser exibida)
web-submit = Diagnosticar
web-copy = Copiar
web-copied = Copiado
cmd-watch-description = Liga ou desliga o diagnóstico automático de saídas do OpenClaw coladas neste canal
opt-watch-mode-description = on: responder a saídas do OpenClaw coladas aqui; off: parar
watch-on =
    { $seconds ->
        [one] Monitorando { $channel }: mensagens com saída do OpenClaw recebem um diagnóstico, no máximo uma resposta por thread a cada segundo.
       *[other] Monitorando { $channel }: mensagens com saída do OpenClaw recebem um diagnóstico, no máximo uma resposta por thread a cada { $seconds } segundos.
    }
watch-off = { $channel } não está mais sendo monitorado.
watch-unavailable = O modo de monitoramento está desativado na configuração deste bot.
error-permission = Você precisa da permissão Gerenciar servidor (Manage Server) para mudar isso.
error-guild-only = Este comando só funciona em um canal de servidor.
error-store = Não foi possível salvar a configuração agora; tente de novo daqui a um minuto.
error-no-memory = Este diagnóstico não está mais guardado (expirou, ou a memória está inacessível). Rode o comando de novo com a sua saída.
error-download = Não foi possível baixar o anexo { $path }; cole o texto dele em vez disso.
error-bad-profile = { $profile } não é um id de perfil de autenticação; os ids têm o formato provider:name, por exemplo openai:work.
pin-title = O /model pin para a sua conversa do OpenClaw
pin-model-placeholder = Substitua <model> por um modelo que { $provider } oferece; /models { $provider } nessa conversa lista os modelos.
status-title = Seu /model status, explicado
status-current = A conversa em que você rodou isto usa { $model }.
status-current-selected = A conversa em que você rodou isto usa { $model }, escolhido manualmente: um modelo escolhido à mão nunca cai para outros.
status-default = O modelo padrão é { $model }.
status-active = A próxima requisição para { $provider } usa o perfil { $profile }.
status-auth-ok = { $profile }: logado, válido por mais { $remaining }.
status-auth-ok-plain = { $profile }: logado.
status-auth-expiring = { $profile }: expira em { $remaining }; renove o login em breve.
status-auth-expired = { $profile }: o login expirou.
status-auth-missing = { $profile }: nenhuma credencial salva.
status-auth-cooldown = { $profile }: em cooldown depois de erros (restam { $remaining }).
status-auth-disabled = { $profile }: desativado ({ $reason }).
status-not-recognized = Isto não é a saída do /model status nem do models status. Rode /model status na conversa com falha, ou openclaw models status no host do gateway, e cole tudo.
web-language-auto = Igual ao texto colado (detectado)
web-privacy = Nada do que você cola é armazenado ou registrado; só o diagnóstico é mostrado.
web-image-label = Ou uma captura de tela do terminal (PNG, JPEG ou WebP): escolha aqui, ou arraste ou cole na caixa acima
step-unusable-name = Um nome no que você colou tem caracteres que nenhum nome do OpenClaw tem, então ele não foi copiado para este comando: troque `{ $placeholder }` pelo nome exato que aparece na própria saída do OpenClaw.
step-uncertain-read = Li `{ $read }` na sua captura de tela, mas não tenho certeza de cada caractere, então ele não está neste comando: copie o id exato do seu terminal (como texto) no lugar de `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = A versão que você informou, “{ $given }”, não é uma versão do OpenClaw que este build conhece, então não foi usada. `openclaw --version` no host do gateway mostra a versão exata.
note-version-conflict = Você informou OpenClaw { $given }, mas o que você colou mostra { $pasted }; esta resposta usa { $given }, a versão que você informou.
error-file-is-dir = { $path } é uma pasta, não um arquivo: indique o arquivo que contém a saída.
error-file-permission = Não foi possível ler { $path }: você não tem permissão para ler este arquivo.
error-malformed-json = O corpo da requisição não é um JSON que esta API lê: envie um objeto com `paste` (texto) ou `messages` (uma lista de textos).
error-bad-thread = O id da thread deve ter de 16 a 128 caracteres entre A-Z, a-z, 0-9, _ e -; use um id aleatório.
error-too-many-messages = No máximo { $limit } mensagens por requisição; envie as demais em uma segunda requisição.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = o login precisa de um terminal que não recebeu
cause-oauth_profile_not_attached = o login do ChatGPT/Codex não está anexado à requisição
cause-agent_model_override = o modelo próprio do agente se sobrepõe ao padrão
cause-models_json_rejected = uma entrada de provedor faz o OpenClaw rejeitar toda a config de modelos
cause-custom_model_misrouted = um modelo personalizado é enviado ao endpoint de outro provedor
cause-auth_profile_wrong_type = o segredo está salvo como o tipo errado de credencial
cause-context_window_too_small = a janela de contexto do modelo está abaixo do mínimo do OpenClaw
cause-profile_param_ignored = params.authProfileId não escolhe a conta
cause-default_model_not_set = o modelo padrão embutido ainda está em uso
cause-ssrf_blocked = a proteção de rede privada do OpenClaw bloqueou o endereço do provedor
cause-context_overflow = a conversa não cabe mais no contexto do modelo
cause-oauth_refresh_transient = uma renovação do login falhou uma vez sem motivo de expiração
cause-env_key_not_bound = a chave está no ambiente, mas não está ligada ao provedor
cause-turn_timeout = o turno passou do limite de tempo
cause-directive_syntax = o comando /model foi digitado num formato que o OpenClaw não aceita
login_requires_tty-summary = O login rodou sem um terminal interativo (um script, um pipe ou docker exec sem -t), então parou antes de perguntar qualquer coisa. Passe o segredo por pipe para um comando paste, ou rode o login num terminal de verdade.
oauth_profile_not_attached-summary = As requisições vão para a Platform API da OpenAI sem nenhuma credencial, embora exista um perfil OAuth do ChatGPT/Codex: o turno não passa pelo runtime do Codex. Não há chave nenhuma para trocar.
agent_model_override-summary = O agente { $agent } tem um modelo próprio ({ $model }), que se sobrepõe ao padrão que você mudou. Edite ou remova o modelo do agente.
agent_model_override-summary-plain = Um agente tem um modelo próprio, que se sobrepõe ao padrão que você mudou. Edite ou remova o modelo desse agente.
models_json_rejected-summary = O OpenClaw recusou a lista de modelos que gerou porque a entrada de { $provider } é inválida; enquanto ela estiver recusada, modelos de outros provedores também parecem desconhecidos ou não permitidos.
custom_model_misrouted-summary = A entrada do modelo personalizado de { $provider } não tem api nem baseUrl próprios, então as requisições vão para o endpoint de outro provedor, que rejeita a chave. A chave em si está certa.
auth_profile_wrong_type-summary = O segredo de { $provider } é válido, mas está salvo como o tipo errado de credencial para esse provedor, então o OpenClaw o envia do jeito errado. Salve de novo com o comando do tipo certo.
context_window_too_small-summary = { $model } está configurado com uma janela de contexto de { $ctx } tokens, abaixo do mínimo de { $min } do OpenClaw, então o OpenClaw se recusa a usá-lo. Normalmente o valor configurado é um padrão copiado, não a janela real do modelo.
context_window_too_small-summary-plain = O modelo está configurado com uma janela de contexto abaixo do mínimo do OpenClaw, então o OpenClaw se recusa a usá-lo. Normalmente o valor configurado é um padrão copiado, não a janela real do modelo.
profile_param_ignored-summary = params.authProfileId numa entrada de modelo não escolhe a conta: o OpenClaw continua usando o primeiro perfil da ordem de autenticação. Fixe o perfil na conversa, ou coloque-o em primeiro na ordem.
default_model_not_set-summary = O OpenClaw ainda roda o modelo padrão embutido ({ $provider }), que você nunca configurou. Defina como padrão o modelo que você escolheu; não precisa de chave para { $provider }.
ssrf_blocked-summary = O OpenClaw se recusou a conectar porque o endereço do provedor resolve para um IP privado ou de uso especial (um proxy fake-IP ou DNS dividido faz isso). Corrija o DNS ou o modo do proxy, ou permita endereços privados para um servidor local de propósito.
context_overflow-summary = A conversa é maior que a janela de contexto do modelo. Compacte a conversa ou comece uma sessão nova; um modelo com contexto maior também ajuda.
oauth_refresh_transient-summary = A renovação do login de { $provider } falhou uma vez sem dizer que o login expirou (uma instabilidade de rede ou um endpoint de tokens sobrecarregado). Tente de novo primeiro; faça login de novo só se continuar acontecendo.
env_key_not_bound-summary = { $env } está definida no ambiente do gateway, mas este build só a usa quando a config do provedor faz referência a ela. Deixe o doctor fazer a ligação, ou faça referência a ela em models.providers.{ $provider }.apiKey.
turn_timeout-summary = O turno passou do limite de tempo total e foi interrompido; o provedor respondeu. Aumente o limite para trabalhos longos, ou use um subagente.
directive_syntax-summary = O comando /model precisa do modelo antes do perfil: /model provider/model@profile.
step-paste-api-key-stdin = Passe a chave por pipe para o comando paste (não precisa de terminal); defina KEY antes, ela não aparece na tela.
step-paste-token-stdin = Para um token ou setup token, passe por pipe para o paste-token.
step-docker-tty = Ou rode o login num terminal interativo dentro do contêiner.
step-codex-runtime-inspect = Confira se o plugin do runtime do Codex está carregado e atualizado.
step-edit-agent-model = Edite ou remova o modelo próprio do agente (agents.list → model) no arquivo de configuração, para que o padrão valha.
step-check-agent-model = Confira qual modelo esse agente usa de verdade.
step-fix-provider-entry = Dê um apiKey para models.providers.{ $provider } (uma referência a uma variável de ambiente, ou qualquer placeholder para um servidor local), ou remova a lista de modelos personalizados dele.
step-list-models-after-fix = Liste os modelos de novo depois que o gateway gerar a lista de modelos outra vez.
step-set-api-baseurl = Defina api e baseUrl em models.providers.{ $provider } para que as requisições vão ao endpoint desse provedor (ou remova a entrada personalizada e use um modelo do catálogo).
step-set-context-window = Defina o contextWindow real do modelo em models.providers.{ $provider }.models (o valor configurado está abaixo do mínimo).
step-choose-bigger-model = Ou escolha um modelo com uma janela de contexto maior.
step-pin-profile = Fixe o perfil na conversa do OpenClaw com falha.
step-order-first = Ou coloque o perfil em primeiro na ordem de autenticação de { $provider }.
step-set-default-model = Defina como padrão o modelo que você realmente usa.
step-ssrf-allow-private = Só para um servidor de modelos local ou privado de propósito: permita endereços privados para esse provedor.
step-check-dns-proxy = Veja no host do gateway para onde o host do provedor resolve (um proxy em modo fake-IP dá 198.18.x.x).
step-compact = Compacte a conversa com falha.
step-login-if-repeats = Só se continuar falhando: faça login em { $provider } de novo.
step-raise-timeout = Aumente o limite total por turno (em segundos) para trabalhos longos.
step-doctor-bind-env = Deixe o doctor ligar a chave do ambiente ao provedor.
step-env-ref = Ou faça referência à variável no apiKey do provedor.
step-store-right-type = Salve o segredo de novo com o comando do tipo certo.
step-update-fixed = Atualize o OpenClaw: as versões seguintes corrigem isso.
ask-logs-one-turn = As linhas de log de um turno com falha mostram o erro que o OpenClaw recebeu.
reply-candidates = Parece “{ $first }” ou “{ $second }”; o comando abaixo distingue os dois.
status_display_mismatch-runs-work-summary = Uma tela de status aponta um problema, mas você diz que as execuções em si funcionam: o aviso é sobre como o status lê a configuração, não sobre as requisições. Não há nada a corrigir para as execuções.
not_model_auth-session-lock-summary = O arquivo de sessão está travado por outro processo (muitas vezes um segundo gateway ou uma execução travada), então todo modelo falha do mesmo jeito. Não é uma credencial de modelo: garanta que só um gateway esteja rodando e depois reinicie-o.
not_model_auth-plugin-registry-summary = Foi o registro de plugins que recusou o download (limite de requisições ou erro), não um provedor de modelos. Tente a instalação de novo mais tarde; sua configuração de modelos não tem a ver com isso.
step-retry-plugin-later = Confira o que está instalado e rode a instalação de novo daqui a alguns minutos.
version_regression-live-switch-summary = A sessão marca a troca de /model como pendente mas nunca a aplica, então as respostas continuam vindo do modelo antigo. Releases posteriores corrigem isso.
step-check-switch = Depois de atualizar, troque de novo e confira se a sessão realmente usa o modelo novo.
model_not_allowed-picker-summary = A troca foi recusada como { $model }: seletores antigos da Control UI colocam o provedor da sessão na frente do modelo de outro provedor. Selecione você mesmo a ref completa, ou atualize.
step-pick-full-ref = Selecione o modelo com a ref completa provider/model na conversa do OpenClaw com falha.
step-set-suggested-model = Use o modelo que a mensagem do OpenClaw sugere para o seu login.
step-onboard-codex = Adicione o login do Codex pelo onboarding (builds antigas não têm plugin de provedor para isso).
step-enable-plugin = Ative o plugin do provedor, depois reinicie o gateway e faça login de novo.
step-order-read = Leia a ordem de autenticação em vigor para esse provedor.
session_pin_stale-order-summary = A sessão mantém a própria substituição de perfil, então ignora a ordem de autenticação que põe { $profile } em primeiro. Fixe o perfil na conversa do OpenClaw com falha, ou comece uma sessão nova.
auth_order_not_applied-running-summary = O gateway em execução guarda a própria cópia da ordem de autenticação e a grava de volta, então sua mudança é desfeita. Pare o gateway, defina a ordem e depois inicie-o.
step-stop-gateway-first = Pare o gateway primeiro para que ele não consiga gravar a ordem antiga de volta.
step-order-again = Defina a ordem de novo enquanto o gateway está parado.
fallback_not_triggered-not-tried-summary = A falha encerrou o turno sem passar para os seus modelos de fallback, embora esse tipo de erro devesse ter passado. Confira se os fallbacks estão mesmo em vigor, e atualize: várias releases corrigiram o fallback nesse tipo de erro.
fallbacks_stripped-effective-summary = A decisão de failover diz que não há fallback configurado para o modelo que falhou, embora você tenha definido fallbacks: a configuração efetiva desse agente ou modelo não tem nenhum.
step-watch-one-turn = Acompanhe o log enquanto envia uma mensagem, para ver o erro desse turno.
step-find-full-ref = Liste os modelos configurados para ver a ref completa provider/model a selecionar.
catalogue-unnamed-summary = O próprio OpenClaw imprimiu esta mensagem, e ela indica a causa do título. Ela não diz a qual provedor, modelo ou perfil se refere, então o primeiro passo mostra isso.
session_pin_stale-foreign-summary = A conversa está fixada em { $profile }, um perfil de outro provedor, enquanto roda um modelo de { $provider }. Selecione o modelo de novo sem perfil para tirar a fixação.
unknown_model-unregistered-summary = { $model } é permitido na configuração, mas não está registrado em models.providers.{ $provider }.models, então o OpenClaw não o encontra. Registre-o, e dê a um provedor personalizado o api e o baseUrl dele.
step-register-model = Registre o modelo sob o provedor dele.
auth_profile_provider_mismatch-app-server-summary = O runtime do Codex recebeu { $profile }, que não é um login do ChatGPT/Codex que ele aceita. Faça login no ChatGPT/Codex de novo para que ele receba um perfil compatível, e atualize: a migração que criou este perfil foi corrigida depois.
unknown-provider = o provedor
unknown-model = o modelo
unknown-profile = o perfil
unknown-agent = o agente
unknown-env = a variável da chave
unknown-working = outro perfil
ask-doctor = O doctor lista o que ele repararia depois de uma atualização (armazenamentos, ids, rotas) sem mudar nada.

## Capturas de tela (issue 15): uma imagem que não pôde ser lida. O caso de arquivo grande demais usa error-too-large.
error-image-unreadable = Não foi possível ler { $path } como captura de tela PNG, JPEG ou WebP. Cole o texto do seu terminal em vez disso.
error-image-pixels = { $path } tem { $width }×{ $height } pixels; são lidas capturas de tela de até { $limit } pixels. Recorte a imagem na janela do terminal ou cole o texto.
error-image-timeout = A leitura da captura de tela { $path } demorou demais. Cole o texto do seu terminal em vez disso.
error-image-unavailable = Não é possível ler capturas de tela aqui agora. Cole o texto do seu terminal em vez disso.
error-image-no-text = Nenhum texto de terminal foi encontrado em { $path }. Cole o texto do seu terminal em vez disso.
