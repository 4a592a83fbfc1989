# clawmedic — español.
# Los comandos, ids, nombres de perfil y refs de modelo nunca forman parte de estos mensajes:
# llegan como variables ($provider, $profile, $model, …) o el diseño los muestra en bloques de código.

## Reply layout

reply-title = Diagnóstico de clawmedic
reply-version-seen = OpenClaw { $version } (leído de lo que pegaste).
reply-version-flag = OpenClaw { $version } (según lo indicado).
reply-version-unknown = Versión de OpenClaw desconocida: los pasos de abajo sirven en todas las versiones, salvo que se indique lo contrario.
reply-version-floor = No indicaste la versión de OpenClaw; lo que pegaste parece de { $version } o posterior (ruta del almacén e ids).
reply-top-finding = Lo más probable: { $title }
reply-next-finding = Si eso no lo soluciona: { $title }
reply-evidence = Evidencia
reply-evidence-line = mensaje { $message }, línea { $line }
reply-ruled-out = Causas descartadas
reply-steps = Próximos pasos
reply-asks =
    { $count ->
        [one] Ejecuta este comando y pega su salida
       *[other] Ejecuta estos comandos y pega su salida
    }
reply-need-more-info = Todavía no hay nada concluyente en este hilo. Ejecuta los comandos de abajo y pega su salida (oculta las claves y los tokens).
reply-mask-reminder = Oculta las claves y los tokens antes de pegar.
where-cli = shell del host del gateway
where-chat = el chat de OpenClaw que falla
where-config = archivo de configuración
where-config-cli = shell del host del gateway (cambia el archivo de configuración)
sep-colon = :
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Lo que pegaste contenía un secreto (una clave de API o un token). No se repite aquí. Borra ese mensaje ahora y rota el secreto en su proveedor.
       *[other] Lo que pegaste contenía { $count } secretos (claves de API o tokens). No se repiten aquí. Borra ese mensaje ahora y rota cada uno en su proveedor.
    }
mojibake-note = Algunos caracteres de lo que pegaste llegaron con la codificación rota; se repararon antes de leerlos.

## Notes

note-flag-too-new = Tu OpenClaw todavía no conoce { $flag } (llegó en { $since }). Sin esa opción: `{ $command }`
note-flag-too-new-plain = Tu OpenClaw todavía no conoce { $flag } (llegó en { $since }): ejecuta el mismo comando sin esa opción.

## Cause titles

cause-oauth_expired = el inicio de sesión OAuth ha caducado
cause-refresh_token_reused = el refresh token se usó dos veces
cause-oauth_scope_missing = al inicio de sesión le falta un scope necesario
cause-missing_api_key = no hay credencial para este proveedor
cause-invalid_api_key = el proveedor rechaza la clave de API
cause-external_cli_credential_stale = la credencial copiada de otra CLI está desactualizada
cause-pinned_profile_missing_credential = el perfil fijado no tiene credencial
cause-auth_provider_not_loaded = el inicio de sesión nombra un proveedor que no está cargado
cause-per_agent_auth_store = la credencial está en el almacén de otro agente
cause-auth_store_migration_required = hay que migrar el almacén de autenticación
cause-profile_excluded_by_auth_order = el orden de auth deja fuera los perfiles que funcionan
cause-auth_order_not_applied = el nuevo orden de auth no se aplicó
cause-session_pin_stale = la conversación que falla sigue usando un perfil antiguo
cause-wrong_provider_prefix = la ref del modelo y el perfil son de proveedores distintos
cause-auth_profile_provider_mismatch = un perfil está vinculado a otro proveedor
cause-legacy_codex_ids = ids antiguos de openai-codex en un build que los renombró
cause-unknown_model = el proveedor o la configuración no conocen el modelo
cause-model_not_allowed = el modelo no está en la allowlist
cause-rate_limit_cooldown = el proveedor aplica rate limit o está en cooldown
cause-billing_disabled = la cuenta se quedó sin crédito
cause-provider_unreachable = no se pudo contactar con el proveedor
cause-fallbacks_stripped = los fallbacks desaparecieron de la configuración efectiva
cause-ollama_fallback_dropped = el fallback de Ollama no puede responder
cause-fallback_not_triggered = el turno falló sin probar ningún fallback
cause-runtime_unavailable = el runtime de Codex no puede ejecutar el turno
cause-cloudflare_403 = las solicitudes a ChatGPT chocan con un desafío de Cloudflare
cause-version_regression = un bug conocido de este build de OpenClaw
cause-gateway_not_reloaded = el gateway en ejecución sigue sirviendo el estado anterior
cause-request_rejected = el proveedor rechazó la propia solicitud
cause-status_display_mismatch = una pantalla de estado avisa, pero las ejecuciones funcionan
cause-not_model_auth = no es un problema de autenticación del modelo
cause-all_ok = todo parece estar bien
cause-need_more_info = hace falta más salida

## Finding summaries

oauth_expired-summary = El inicio de sesión guardado para { $provider } ya no puede renovar su access token, así que todas las solicitudes que lo usan fallan. Vuelve a iniciar sesión en el host del gateway y luego reinicia el gateway.
refresh_token_reused-summary = El refresh token de { $provider } lo gastaron dos consumidores (dos gateways, copias por agente o un token importado de una CLI), y el proveedor ahora lo rechaza. Vuelve a iniciar sesión, una sola vez; deja un solo gateway y pon el nuevo perfil en primer lugar.
oauth_scope_missing-summary = Al token de { $provider } le falta el scope que necesita la solicitud, o el inicio de sesión pidió un scope que este build quizá no pueda usar.
missing_api_key-summary = El agente que ejecutó el turno no tiene credencial para { $provider }. Dale una a ese agente y luego reinicia el gateway.
invalid_api_key-summary = Se está enviando una clave de API para { $provider } y se rechaza. Averigua qué clave gana (un perfil guardado tiene prioridad sobre el entorno del shell) y reemplaza esa.
external_cli_credential_stale-summary = OpenClaw usa una credencial de { $provider } copiada de otra CLI, y esa copia está desactualizada. Actualiza el origen y luego vuelve a iniciar sesión.
pinned_profile_missing_credential-summary = El perfil fijado { $profile } no tiene ningún secreto utilizable. Fija ahora un perfil que funcione o dale una credencial a { $profile }.
auth_provider_not_loaded-summary = Ningún plugin cargado registra el proveedor { $provider }, así que el inicio de sesión no puede empezar.
per_agent_auth_store-summary = El agente { $agent } lee su propio almacén de auth, y ese almacén no tiene credencial de { $provider }; tu inicio de sesión fue a otro agente. Inicia sesión para { $agent }.
auth_store_migration_required-summary = Este build guarda las credenciales en un nuevo formato de almacén e ignora el antiguo hasta que doctor lo migre. Detén el gateway, ejecuta doctor, comprueba que los perfiles volvieron y arráncalo de nuevo.
profile_excluded_by_auth_order-summary = El orden de auth excluye todos los perfiles utilizables de { $provider }, así que no se prueba nada. Vacía el orden o ajústalo a los perfiles que existen.
auth_order_not_applied-summary = El cambio de orden no llegó al almacén que lee el agente, así que sigue vigente el orden anterior.
session_pin_stale-summary = La conversación que falla está fijada a { $profile }, que caducó o no existe, mientras que { $working } funciona. Vuelve a fijar esa conversación al perfil que funciona.
session_pin_stale-override-summary = La conversación que falla tiene su propio override de perfil ({ $profile }), que los cambios hechos con la CLI no tocan. Vuelve a fijarlo en esa conversación.
session_pin_stale-cli-healthy-summary = La prueba de la CLI muestra que { $working } funciona, pero la conversación sigue fallando: conserva su perfil antiguo. Fija el perfil que funciona en la conversación que falla; excluir el perfil antiguo del orden es intencionado, así que no vacíes el orden.
wrong_provider_prefix-summary = Al fijar, el proveedor de la ref del modelo debe ser el mismo que el del perfil. { $profile } pertenece a { $provider }, así que en esta versión la ref debe empezar por ese proveedor.
wrong_provider_prefix-default-summary = En esta versión, un modelo openai/… con solo un inicio de sesión OAuth de Codex no tiene credencial; el modelo por defecto debe usar el proveedor openai-codex.
auth_profile_provider_mismatch-summary = { $profile } pertenece a otro proveedor y no puede ponerse en el orden de { $provider }. Deja en el orden de cada proveedor solo sus propios perfiles; para un segundo proveedor, usa un fallback de modelo.
legacy_codex_ids-summary = La configuración o los perfiles siguen usando los ids antiguos de openai-codex, que esta versión renombró o rechaza. Deja que doctor los migre.
unknown_model-summary = { $model } no está en el catálogo del proveedor ni en la configuración. Elige un id de modelo que el proveedor liste.
model_not_allowed-summary = { $model } está fuera de la allowlist de modelos del agente. Añádelo y luego vuelve a seleccionarlo.
rate_limit_cooldown-summary = { $provider } está en cooldown tras errores de rate limit o de límite de uso; volver a iniciar sesión no ayuda. Espera, o añade otro perfil o un fallback.
billing_disabled-summary = El proveedor rechazó la solicitud por facturación o cuota y el perfil quedó desactivado durante horas. Recarga saldo en el proveedor o cambia de proveedor mientras tanto.
provider_unreachable-summary = No llegó ninguna respuesta útil de { $provider } (timeout, red, TLS o error del servidor). Comprueba la conectividad desde el host del gateway.
fallbacks_stripped-summary = El agente { $agent } define su modelo como un simple string, lo que reemplaza los fallbacks por defecto por una lista vacía. Usa la forma de objeto con una lista fallbacks.
ollama_fallback_dropped-summary = El fallback de Ollama no tiene entrada de proveedor ni clave ficticia (placeholder), así que falla en cuanto la cadena llega a él.
fallback_not_triggered-summary = El fallo terminó el turno sin probar los fallbacks; este build tiene ahí un bug de bucle o de límite de uso.
fallback_not_triggered-selected-summary = La conversación que falla tiene { $model } seleccionado a mano. Un modelo elegido a mano se usa tal cual: nunca pasa a otro modelo de fallback. Vuelve al modelo por defecto.
runtime_unavailable-summary = El runtime de Codex (app-server o plugin) no puede ejecutar el turno, a menudo porque un plugin codex externo desactualizado es más antiguo que el core.
cloudflare_403-summary = Las solicitudes a ChatGPT/Codex reciben una página de desafío de Cloudflare, que este build informa como un fallo de DNS o un rate limit.
version_regression-summary = Este build tiene un bug conocido: un inicio de sesión nuevo de Codex pasa la prueba pero falla al renovarse en el runtime.
version_regression-known-summary = OpenClaw { $version } tiene un bug conocido con exactamente esta firma; está corregido en { $fixed }. Actualiza a una versión más reciente (nunca bajes de versión cruzando una migración de almacenamiento).
gateway_not_reloaded-summary = La CLI ve la credencial de { $provider }, pero el gateway en ejecución no se reinició y sigue sirviendo el estado anterior.
request_rejected-summary = El proveedor rechazó el cuerpo de la solicitud (esquema o tamaño de contexto), no la credencial. Empieza una sesión nueva; no hace falta volver a iniciar sesión.
status_display_mismatch-summary = { $profile } aparece como caducado en una pantalla de estado mientras las ejecuciones siguen funcionando; no hay nada roto. Renuévalo solo para quitar el aviso.
not_model_auth-summary = Esto es autenticación del gateway o del dispositivo, no una credencial de modelo; los comandos models auth no lo cambiarán.
not_model_auth-channel-summary = Esto es un token de un canal de chat (la cuenta del bot), no una credencial de modelo; los comandos models auth no lo cambiarán.
all_ok-summary = Todos los perfiles probados responden y nada de lo que pegaste indica un fallo. Si un chat sigue fallando, pega su error y su /model status.

## Step notes

step-login = Vuelve a iniciar sesión en { $provider } desde el host del gateway (abre un navegador o muestra un código).
step-restart = Reinicia el gateway para que el proceso en ejecución recargue la autenticación.
step-verify = Comprueba con una prueba en vivo que la credencial funciona.
step-upgrade = Actualiza OpenClaw a la última versión.
step-doctor-fix = Deja que doctor migre la configuración y los perfiles.
step-claude-setup-token = Crea un nuevo setup token de Claude y luego guárdalo en OpenClaw.
step-one-gateway = Asegúrate de que solo haya un gateway en ejecución para este directorio de estado.
step-order-new-id = Pon primero el perfil recién creado (copia su id de la salida del inicio de sesión).
step-drop-baseurl = Quita la baseUrl de la Platform API para que el token de ChatGPT no se envíe allí.
step-local-placeholder-key = Los proveedores locales solo necesitan una clave ficticia (placeholder).
step-configure-key = Introduce la clave de { $provider } de forma interactiva (nunca pegues claves en el chat).
step-env-file = O pon la clave en el archivo env del gateway: el servicio ignora los export del shell.
step-read-effective = Lee el origen effective= del proveedor: esa es la clave que se envía.
step-refresh-external-cli = Primero renueva el inicio de sesión de la otra CLI.
step-pin-working = Fija el perfil que funciona, { $profile }, en la conversación que falla y luego envía un mensaje de prueba normal.
step-login-renamed-codex = En esta versión, el OAuth de ChatGPT/Codex inicia sesión con el proveedor openai.
step-check-profiles-back = Comprueba que los perfiles vuelven a aparecer en la lista; si está vacía, vuelve a iniciar sesión.
step-order-clear = Quita el override de orden por agente.
step-order-set-alternative = O ajusta el orden a los perfiles que existen.
step-release-lock = Detén el gateway para que libere el bloqueo del almacén.
step-pin = Fija { $profile } en la conversación que falla y luego envía un mensaje de prueba normal.
step-cross-provider-fallback = Para usar otro proveedor como respaldo, añade en su lugar un fallback de modelo.
step-new-drops-auto = Una sesión nueva descarta un override automático.
step-find-current-id = Busca el id actual del perfil (un inicio de sesión nuevo puede haber generado otro).
step-pin-current-id = Luego fija ese id en la conversación que falla.
step-undo-5-5-rewrite = Deshaz la reescritura 5.5 del modelo por defecto.
step-set-unified-ref = O define a mano la ref de modelo actual.
step-ollama-model-entry = Añade el modelo a la lista de modelos del proveedor ollama.
step-list-models = Lista los ids de modelo que ofrece este proveedor.
step-set-listed-model = Pon como predeterminado un id de esa lista.
step-allow-model = Añade el modelo a la allowlist (con el comando que mostró el error).
step-see-cooldowns = Mira qué perfiles están en cooldown y durante cuánto tiempo (Unavailable auth profiles).
step-add-fallback = Añade un fallback en otro proveedor para que los turnos sigan funcionando mientras tanto.
step-after-top-up = Después de recargar, borra el estado de desactivación guardado.
step-object-form-model = Escribe el modelo del agente en forma de objeto, con sus fallbacks.
step-check-fallbacks = Comprueba que Fallbacks (N) ahora los lista.
step-reset-selection = Vuelve a poner la conversación que falla en el modelo por defecto.
step-inspect-codex-plugin = Compara la versión del runtime del plugin codex con la del core.
step-find-stale-plugin = Actualiza o elimina una copia externa desactualizada del plugin codex.
step-step-back-same-era = O vuelve a la última versión buena de la misma generación de almacenamiento.
step-codex-backend-url = Si te quedas en esta versión: envía las solicitudes de Codex al backend de ChatGPT.
step-new-session = Empieza una sesión nueva en la conversación que falla.
step-check-api = Comprueba que el api: que se muestra corresponde al modelo.
step-clear-display = Solo para quitar el aviso: renueva el inicio de sesión de la CLI de Claude y vuelve a vincularlo.
step-channel-status = Comprueba qué canal no arranca.
step-channel-token = Introduce el nuevo token del bot para ese canal.

## Asks

ask-version = El siguiente paso depende de la versión de OpenClaw.
ask-model-status-if-chat-fails = Solo si un chat sigue fallando: ejecútalo en esa conversación.
ask-models-status = Muestra el modelo por defecto, los fallbacks, la credencial efectiva de cada proveedor y los cooldowns.
ask-probe = Prueba cada perfil en vivo y muestra cuál falla y por qué.
ask-order = Muestra qué perfiles deja pasar el orden.
ask-model-status = Ejecútalo en la conversación que falla: muestra el perfil que usa esa conversación.
ask-auth-list = Muestra los ids exactos de los perfiles que se pueden fijar.
ask-decision-lines = Copia las líneas [model-fallback/decision] de un turno que falle.

## Errors (command line and bots)

error-file-missing = No se puede leer { $path }: el archivo no existe.
error-file-unreadable = No se puede leer { $path }: { $reason }
error-binary = { $path } parece contener datos binarios, no texto pegado.
error-too-large =
    { $limit ->
        [one] { $path } supera { $limit } byte; pega solo la salida relevante.
       *[other] { $path } supera los { $limit } bytes; pega solo la salida relevante.
    }
error-unknown-lang = Idioma desconocido { $lang }; usa uno de estos: { $list }.
error-bad-version = No se puede leer la versión de OpenClaw { $version }; usa el formato 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnostica la salida de OpenClaw que pegues y te da el siguiente paso
opt-paste-description = La salida a diagnosticar (déjalo vacío para abrir un formulario para textos largos)
opt-file-description = Un archivo .txt, .log o .json con la salida, o una captura de pantalla de ella
opt-version-description = Tu versión de OpenClaw, p. ej. 2026.6.9
opt-language-description = Idioma de la respuesta
cmd-model-description = Explica la salida de /model status o crea un /model correcto para fijar un perfil
cmd-model-status-description = Explica la salida pegada de /model status o models status
cmd-model-pin-description = Crea el /model para fijar un perfil
opt-profile-description = El id del perfil de auth, p. ej. openai:work
opt-model-description = El modelo, p. ej. openai/gpt-5.5
ctx-diagnose-name = Diagnosticar
modal-title = Pega la salida de OpenClaw
modal-field-label = Salida (oculta claves y tokens)
button-worked = Funcionó
button-still-failing = Sigue fallando
button-show-in = Ver en { $language }
reply-thanks = Gracias por confirmarlo. Me alegra que funcione.
reply-still-failing = Lo siento. Pega aquí la siguiente salida y se leerá junto con los mensajes anteriores.
pin-explain = El perfil { $profile } pertenece a { $provider }, así que en esta versión la ref del modelo debe empezar por { $provider }/.
pin-explain-renamed = En esta versión, los perfiles de ChatGPT/Codex se llaman openai:…; ejecuta primero doctor para que exista { $profile }.
error-no-input = No hay nada que diagnosticar: pega la salida o adjunta un archivo.
error-attachment-type = Solo se pueden leer archivos .txt, .log y .json, además de capturas de pantalla PNG, JPEG o WebP.
error-internal = Algo salió mal por nuestra parte y no se pudo generar la respuesta. Inténtalo de nuevo.
error-rate-limited =
    { $seconds ->
        [one] Demasiadas solicitudes ahora mismo; espera { $seconds } segundo.
       *[other] Demasiadas solicitudes ahora mismo; espera { $seconds } segundos.
    }
web-title = clawmedic — diagnostica la salida de OpenClaw
web-paste-label = Pega aquí la salida de OpenClaw (las claves y los tokens se ocultan antes de mostrar nada)
web-submit = Diagnosticar
web-copy = Copiar
web-copied = Copiado
cmd-watch-description = Activa o desactiva el diagnóstico automático de la salida de OpenClaw pegada en este canal
opt-watch-mode-description = on: responder a la salida de OpenClaw pegada aquí; off: dejar de hacerlo
watch-on =
    { $seconds ->
        [one] Vigilando { $channel }: los mensajes con salida de OpenClaw reciben un diagnóstico, como máximo una respuesta por hilo cada segundo.
       *[other] Vigilando { $channel }: los mensajes con salida de OpenClaw reciben un diagnóstico, como máximo una respuesta por hilo cada { $seconds } segundos.
    }
watch-off = Ya no se vigila { $channel }.
watch-unavailable = El modo de vigilancia está desactivado en la configuración de este bot.
error-permission = Necesitas el permiso «Gestionar servidor» (Manage Server) para cambiar esto.
error-guild-only = Este comando solo funciona en un canal de un servidor.
error-store = No se pudo guardar el ajuste ahora mismo; inténtalo de nuevo en un minuto.
error-no-memory = Este diagnóstico ya no está guardado (caducó o no se puede acceder a la memoria). Vuelve a ejecutar el comando con tu salida.
error-download = No se pudo descargar el adjunto { $path }; pega su texto en su lugar.
error-bad-profile = { $profile } no es un id de perfil de auth; los ids tienen la forma provider:name, por ejemplo openai:work.
pin-title = El /model que fija el perfil en tu conversación de OpenClaw
pin-model-placeholder = Sustituye <model> por un modelo que ofrezca { $provider }; /models { $provider } en esa conversación los lista.
status-title = Tu /model status, explicado
status-current = La conversación en la que lo ejecutaste usa { $model }.
status-current-selected = La conversación en la que lo ejecutaste usa { $model }, elegido a mano: un modelo elegido a mano nunca pasa a otros.
status-default = El modelo por defecto es { $model }.
status-active = La próxima solicitud a { $provider } usa el perfil { $profile }.
status-auth-ok = { $profile }: sesión iniciada, válida durante { $remaining }.
status-auth-ok-plain = { $profile }: sesión iniciada.
status-auth-expiring = { $profile }: caduca en { $remaining }; renueva el inicio de sesión pronto.
status-auth-expired = { $profile }: el inicio de sesión ha caducado.
status-auth-missing = { $profile }: no hay ninguna credencial guardada.
status-auth-cooldown = { $profile }: en cooldown tras errores (quedan { $remaining }).
status-auth-disabled = { $profile }: desactivado ({ $reason }).
status-not-recognized = Esto no es salida de /model status ni de models status. Ejecuta /model status en la conversación que falla, u openclaw models status en el host del gateway, y pega la salida completa.
web-language-auto = El mismo que lo pegado (detectado)
web-privacy = Nada de lo que pegas se guarda ni se registra; solo se muestra el diagnóstico.
web-image-label = O una captura de pantalla de la terminal (PNG, JPEG o WebP): elígela aquí, o arrástrala o pégala en el cuadro de arriba
step-unusable-name = Un nombre de lo que pegaste tiene caracteres que ningún nombre de OpenClaw tiene, así que no se copia en este comando: sustituye `{ $placeholder }` por el nombre exacto que muestra la propia salida de OpenClaw.
step-uncertain-read = Leí `{ $read }` en tu captura de pantalla, pero no estoy seguro de cada carácter, así que no está en este comando: copia el id exacto desde tu terminal (como texto) en lugar de `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = La versión que indicaste, «{ $given }», no es una versión de OpenClaw que esta compilación conozca, así que no se usó. `openclaw --version` en el host del gateway muestra la versión exacta.
note-version-conflict = Indicaste OpenClaw { $given }, pero lo que pegaste muestra { $pasted }; esta respuesta usa { $given }, la versión que indicaste.
error-file-is-dir = { $path } es una carpeta, no un archivo: indica el archivo que contiene la salida.
error-file-permission = No se puede leer { $path }: no tienes permiso para leer este archivo.
error-malformed-json = El cuerpo de la solicitud no es un JSON que esta API lea: envía un objeto con `paste` (texto) o `messages` (una lista de textos).
error-bad-thread = El id del hilo debe tener de 16 a 128 caracteres de A-Z, a-z, 0-9, _ y -; usa un id aleatorio.
error-too-many-messages = Como máximo { $limit } mensajes por solicitud; envía el resto en una segunda solicitud.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = el inicio de sesión necesita una terminal que no tuvo
cause-oauth_profile_not_attached = el inicio de sesión de ChatGPT/Codex no va adjunto a la solicitud
cause-agent_model_override = el modelo propio del agente se impone al modelo por defecto
cause-models_json_rejected = una entrada de proveedor hace que OpenClaw rechace toda la configuración de modelos
cause-custom_model_misrouted = un modelo personalizado se envía al endpoint de otro proveedor
cause-auth_profile_wrong_type = el secreto está guardado como un tipo de credencial equivocado
cause-context_window_too_small = la ventana de contexto del modelo está por debajo del mínimo de OpenClaw
cause-profile_param_ignored = params.authProfileId no elige la cuenta
cause-default_model_not_set = todavía se usa el modelo por defecto integrado
cause-ssrf_blocked = la protección de red privada de OpenClaw bloqueó la dirección del proveedor
cause-context_overflow = la conversación ya no cabe en el contexto del modelo
cause-oauth_refresh_transient = una renovación del inicio de sesión falló una vez sin que hubiera caducado
cause-env_key_not_bound = la clave está en el entorno pero no está vinculada al proveedor
cause-turn_timeout = el turno superó su límite de tiempo
cause-directive_syntax = el comando /model se escribió de una forma que OpenClaw no acepta
login_requires_tty-summary = El inicio de sesión se ejecutó sin una terminal interactiva (un script, una tubería o docker exec sin -t), así que se detuvo antes de preguntar nada. Pasa el secreto por tubería a un comando paste, o ejecuta el inicio de sesión desde una terminal real.
oauth_profile_not_attached-summary = Las solicitudes van a la Platform API de OpenAI sin ninguna credencial aunque existe un perfil OAuth de ChatGPT/Codex: el turno no pasa por el runtime de Codex. No hay ninguna clave que rotar.
agent_model_override-summary = El agente { $agent } tiene un modelo propio ({ $model }), que se impone al modelo por defecto que cambiaste. Edita o quita el modelo del agente.
agent_model_override-summary-plain = Un agente tiene un modelo propio, que se impone al modelo por defecto que cambiaste. Edita o quita el modelo de ese agente.
models_json_rejected-summary = OpenClaw rechazó la lista de modelos que generó porque la entrada de { $provider } no es válida; mientras siga rechazada, los modelos de otros proveedores también parecen desconocidos o no permitidos.
custom_model_misrouted-summary = La entrada del modelo personalizado de { $provider } no tiene api ni baseUrl propios, así que las solicitudes van al endpoint de otro proveedor, que rechaza la clave. La clave en sí está bien.
auth_profile_wrong_type-summary = El secreto de { $provider } es válido, pero está guardado como un tipo de credencial equivocado para ese proveedor, así que OpenClaw lo envía de forma incorrecta. Guárdalo de nuevo con el comando de su tipo.
context_window_too_small-summary = { $model } está configurado con una ventana de contexto de { $ctx } tokens, por debajo del mínimo de { $min } de OpenClaw, así que OpenClaw se niega a usarlo. Normalmente el valor configurado es un valor por defecto copiado, no la ventana real del modelo.
context_window_too_small-summary-plain = El modelo está configurado con una ventana de contexto por debajo del mínimo de OpenClaw, así que OpenClaw se niega a usarlo. Normalmente el valor configurado es un valor por defecto copiado, no la ventana real del modelo.
profile_param_ignored-summary = params.authProfileId en una entrada de modelo no elige la cuenta: OpenClaw sigue usando el primer perfil del orden de auth. Fija el perfil en la conversación, o ponlo primero en el orden.
default_model_not_set-summary = OpenClaw sigue usando su modelo por defecto integrado ({ $provider }), que nunca configuraste. Pon como predeterminado el modelo que elegiste; no hace falta ninguna clave de { $provider }.
ssrf_blocked-summary = OpenClaw se negó a conectarse porque la dirección del proveedor resuelve a una IP privada o de uso especial (lo provoca un proxy fake-IP o un DNS dividido). Corrige el DNS o el modo del proxy, o permite direcciones privadas para un servidor local a propósito.
context_overflow-summary = La conversación es más grande que la ventana de contexto del modelo. Compáctala o empieza una sesión nueva; un modelo con más contexto también ayuda.
oauth_refresh_transient-summary = La renovación del inicio de sesión de { $provider } falló una vez sin indicar que hubiera caducado (un corte de red o un endpoint de tokens saturado). Inténtalo de nuevo primero; vuelve a iniciar sesión solo si sigue pasando.
env_key_not_bound-summary = { $env } está definida en el entorno del gateway, pero este build solo la usa cuando la configuración del proveedor hace referencia a ella. Deja que doctor la vincule, o haz referencia a ella en models.providers.{ $provider }.apiKey.
turn_timeout-summary = El turno superó el límite de tiempo total y se detuvo; el proveedor sí respondió. Sube el límite para trabajos largos, o usa un subagente.
directive_syntax-summary = El comando /model necesita el modelo antes del perfil: /model provider/model@profile.
step-paste-api-key-stdin = Pasa la clave por tubería al comando paste (no hace falta terminal); define KEY antes, no se muestra.
step-paste-token-stdin = Para un token o un setup token, pásalo por tubería a paste-token.
step-docker-tty = O ejecuta el inicio de sesión desde una terminal interactiva dentro del contenedor.
step-codex-runtime-inspect = Comprueba que el plugin del runtime de Codex esté cargado y actualizado.
step-edit-agent-model = Edita o quita el modelo propio del agente (agents.list → model) en el archivo de configuración, para que se aplique el modelo por defecto.
step-check-agent-model = Comprueba qué modelo usa realmente ese agente.
step-fix-provider-entry = Dale a models.providers.{ $provider } un apiKey (una referencia a una variable de entorno, o cualquier placeholder para un servidor local), o quita su lista de modelos personalizados.
step-list-models-after-fix = Vuelve a listar los modelos cuando el gateway haya regenerado su lista de modelos.
step-set-api-baseurl = Define api y baseUrl en models.providers.{ $provider } para que las solicitudes vayan al endpoint de ese proveedor (o quita la entrada personalizada y usa un modelo del catálogo).
step-set-context-window = Pon el contextWindow real del modelo en models.providers.{ $provider }.models (el valor configurado está por debajo del mínimo).
step-choose-bigger-model = O elige un modelo con una ventana de contexto más grande.
step-pin-profile = Fija el perfil en el chat de OpenClaw que falla.
step-order-first = O pon el perfil primero en el orden de auth de { $provider }.
step-set-default-model = Pon como predeterminado el modelo que realmente usas.
step-ssrf-allow-private = Solo para un servidor de modelos local o privado a propósito: permite direcciones privadas para ese proveedor.
step-check-dns-proxy = Comprueba en el host del gateway a qué resuelve el host del proveedor (un proxy en modo fake-IP da 198.18.x.x).
step-compact = Compacta la conversación en el chat que falla.
step-login-if-repeats = Solo si sigue fallando: vuelve a iniciar sesión en { $provider }.
step-raise-timeout = Sube el límite total por turno (en segundos) para trabajos largos.
step-doctor-bind-env = Deja que doctor vincule la clave del entorno al proveedor.
step-env-ref = O haz referencia a la variable en el apiKey del proveedor.
step-store-right-type = Guarda el secreto de nuevo con el comando de su tipo.
step-update-fixed = Actualiza OpenClaw: las versiones posteriores lo corrigen.
ask-logs-one-turn = Las líneas de log de un turno que falla muestran el error que recibió OpenClaw.
reply-candidates = Parece «{ $first }» o «{ $second }»; el comando de abajo permite distinguirlos.
status_display_mismatch-runs-work-summary = Una pantalla de estado informa de un problema, pero dices que las ejecuciones en sí funcionan: el aviso trata de cómo el estado lee la configuración, no de las solicitudes. No hay nada que arreglar para las ejecuciones.
not_model_auth-session-lock-summary = El archivo de sesión está bloqueado por otro proceso (a menudo un segundo gateway o una ejecución atascada), así que todos los modelos fallan igual. No es una credencial de modelo: asegúrate de que solo se ejecute un gateway y luego reinícialo.
not_model_auth-plugin-registry-summary = El registro de plugins rechazó la descarga (límite de frecuencia o error), no un proveedor de modelos. Vuelve a intentar la instalación más tarde; tu configuración de modelos no tiene nada que ver.
step-retry-plugin-later = Comprueba qué está instalado y vuelve a lanzar la instalación dentro de unos minutos.
version_regression-live-switch-summary = La sesión marca el cambio de /model como pendiente pero nunca lo aplica, así que las respuestas siguen viniendo del modelo anterior. Las versiones posteriores lo corrigen.
step-check-switch = Después de actualizar, vuelve a cambiar y comprueba que la sesión usa de verdad el modelo nuevo.
model_not_allowed-picker-summary = El cambio se rechazó como { $model }: los selectores antiguos de la Control UI ponen el proveedor de la sesión delante del modelo de otro proveedor. Selecciona tú la ref completa, o actualiza.
step-pick-full-ref = Selecciona el modelo con su ref completa provider/model en el chat de OpenClaw que falla.
step-set-suggested-model = Usa el modelo que sugiere el mensaje de OpenClaw para tu inicio de sesión.
step-onboard-codex = Añade el inicio de sesión de Codex mediante el onboarding (las versiones antiguas no tienen plugin de proveedor para él).
step-enable-plugin = Activa el plugin del proveedor, luego reinicia el gateway y vuelve a iniciar sesión.
step-order-read = Consulta el orden de auth vigente para ese proveedor.
session_pin_stale-order-summary = La sesión conserva su propia anulación de perfil, así que ignora el orden de auth que pone { $profile } primero. Fija el perfil en el chat de OpenClaw que falla, o empieza una sesión nueva.
auth_order_not_applied-running-summary = El gateway en ejecución guarda su propia copia del orden de auth y la vuelve a escribir, así que tu cambio se deshace. Detén el gateway, define el orden y luego inícialo.
step-stop-gateway-first = Detén primero el gateway para que no pueda volver a escribir su orden anterior.
step-order-again = Define el orden de nuevo mientras el gateway está detenido.
fallback_not_triggered-not-tried-summary = El fallo terminó el turno sin pasar a tus modelos de fallback, aunque con ese tipo de error debería haber pasado. Comprueba que los fallbacks están realmente vigentes, y actualiza: varias versiones corrigieron el fallback con este tipo de error.
fallbacks_stripped-effective-summary = La decisión de failover dice que no hay ningún fallback configurado para el modelo que falló, aunque definiste fallbacks: la configuración efectiva de ese agente o modelo no tiene ninguno.
step-watch-one-turn = Sigue el log mientras envías un mensaje, para ver el error de ese turno.
step-find-full-ref = Lista los modelos configurados para ver la ref completa provider/model que hay que seleccionar.
catalogue-unnamed-summary = OpenClaw imprimió este mensaje por sí mismo, y significa la causa del título. No dice a qué proveedor, modelo o perfil se refiere, así que el primer paso lo muestra.
session_pin_stale-foreign-summary = La conversación está fijada a { $profile }, un perfil de otro proveedor, mientras ejecuta un modelo de { $provider }. Vuelve a seleccionar el modelo sin perfil para quitar la fijación.
unknown_model-unregistered-summary = { $model } está permitido en la configuración pero no registrado en models.providers.{ $provider }.models, así que OpenClaw no lo encuentra. Regístralo, y dale a un proveedor personalizado su api y su baseUrl.
step-register-model = Registra el modelo bajo su proveedor.
auth_profile_provider_mismatch-app-server-summary = El runtime de Codex recibió { $profile }, que no es un inicio de sesión de ChatGPT/Codex que acepte. Vuelve a iniciar sesión en ChatGPT/Codex para que tenga un perfil adecuado, y actualiza: la migración que creó este perfil se corrigió más adelante.
unknown-provider = el proveedor
unknown-model = el modelo
unknown-profile = el perfil
unknown-agent = el agente
unknown-env = la variable de la clave
unknown-working = otro perfil
ask-doctor = doctor enumera lo que repararía tras una actualización (almacenes, ids, rutas) sin cambiar nada.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = No se pudo leer { $path } como captura de pantalla PNG, JPEG o WebP. Pega en su lugar el texto de tu terminal.
error-image-pixels = { $path } mide { $width }×{ $height } píxeles; se leen capturas de pantalla de hasta { $limit } píxeles. Recórtala a la ventana de la terminal o pega el texto.
error-image-timeout = Leer la captura de pantalla { $path } tardó demasiado. Pega en su lugar el texto de tu terminal.
error-image-unavailable = Ahora mismo no se pueden leer capturas de pantalla aquí. Pega en su lugar el texto de tu terminal.
error-image-no-text = No se encontró texto de terminal en { $path }. Pega en su lugar el texto de tu terminal.
