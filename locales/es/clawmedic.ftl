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
reply-ruled-out = Descartado
reply-steps = Próximos pasos
reply-asks = Ejecuta esto y pega la salida
reply-need-more-info = Todavía no hay nada concluyente en este hilo. Ejecuta los comandos de abajo y pega su salida (oculta las claves y los tokens).
reply-mask-reminder = Oculta las claves y los tokens antes de pegar.
where-cli = shell del host del gateway
where-chat = este chat
where-config = configuración
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

cause-oauth_expired = El inicio de sesión OAuth ha caducado
cause-refresh_token_reused = El refresh token se usó dos veces
cause-oauth_scope_missing = Al inicio de sesión le falta un scope necesario
cause-missing_api_key = No hay credencial para este proveedor
cause-invalid_api_key = La clave de API es rechazada
cause-external_cli_credential_stale = La credencial copiada de otra CLI está desactualizada
cause-pinned_profile_missing_credential = El perfil fijado no tiene credencial
cause-auth_provider_not_loaded = El inicio de sesión nombra un proveedor que no está cargado
cause-per_agent_auth_store = La credencial está en el almacén de otro agente
cause-auth_store_migration_required = Hay que migrar el almacén de autenticación
cause-profile_excluded_by_auth_order = El orden de auth deja fuera los perfiles que funcionan
cause-auth_order_not_applied = El nuevo orden de auth no se aplicó
cause-session_pin_stale = Esta conversación sigue usando un perfil antiguo
cause-wrong_provider_prefix = La ref del modelo y el perfil son de proveedores distintos
cause-auth_profile_provider_mismatch = Un perfil está vinculado a otro proveedor
cause-legacy_codex_ids = Ids antiguos de openai-codex en un build que los renombró
cause-unknown_model = El proveedor o la configuración no conocen el modelo
cause-model_not_allowed = El modelo no está en la allowlist
cause-rate_limit_cooldown = El proveedor aplica rate limit o está en cooldown
cause-billing_disabled = La cuenta se quedó sin crédito
cause-provider_unreachable = No se pudo contactar con el proveedor
cause-fallbacks_stripped = Los fallbacks desaparecieron de la configuración efectiva
cause-ollama_fallback_dropped = El fallback de Ollama no puede responder
cause-fallback_not_triggered = El fallo nunca pasó a un fallback
cause-runtime_unavailable = El runtime de Codex no puede ejecutar el turno
cause-cloudflare_403 = Las solicitudes a ChatGPT chocan con un desafío de Cloudflare
cause-version_regression = Un bug conocido de este build de OpenClaw
cause-gateway_not_reloaded = El gateway en ejecución sigue sirviendo el estado anterior
cause-request_rejected = El proveedor rechazó la propia solicitud
cause-status_display_mismatch = Una pantalla de estado avisa, pero las ejecuciones funcionan
cause-not_model_auth = No es un problema de autenticación del modelo
cause-all_ok = Todo parece estar bien
cause-need_more_info = Hace falta más salida

## Finding summaries

oauth_expired-summary = El inicio de sesión guardado para { $provider } ya no puede renovar su access token, así que todas las solicitudes que lo usan fallan. Vuelve a iniciar sesión en el host del gateway y luego reinicia el gateway.
refresh_token_reused-summary = El refresh token de { $provider } lo gastaron dos consumidores (dos gateways, copias por agente o un token importado de una CLI), y el proveedor ahora lo rechaza. Inicia sesión una sola vez, deja un solo gateway y pon el nuevo perfil en primer lugar.
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
session_pin_stale-summary = Esta conversación está fijada a { $profile }, que caducó o no existe, mientras que { $working } funciona. Vuelve a fijar la conversación al perfil que funciona.
session_pin_stale-override-summary = La conversación tiene su propio override de perfil ({ $profile }), que los cambios hechos con la CLI no tocan. Vuelve a fijarlo en esa conversación.
session_pin_stale-cli-healthy-summary = La prueba de la CLI muestra que { $working } funciona, pero la conversación sigue fallando: conserva su perfil antiguo. Fija el perfil que funciona en la conversación que falla; excluir el perfil antiguo del orden es intencionado, así que no vacíes el orden.
wrong_provider_prefix-summary = Al fijar, el proveedor de la ref del modelo debe ser el mismo que el del perfil. { $profile } pertenece a { $provider }, así que en esta versión la ref debe empezar por ese proveedor.
wrong_provider_prefix-default-summary = En esta versión, un modelo openai/… con solo un inicio de sesión OAuth de Codex no tiene credencial; el modelo por defecto debe usar el proveedor openai-codex.
auth_profile_provider_mismatch-summary = { $profile } pertenece a otro proveedor y no puede ponerse en el orden de { $provider }. Deja en el orden de cada proveedor solo sus propios perfiles; para un segundo proveedor, usa un fallback de modelo.
legacy_codex_ids-summary = La configuración o los perfiles siguen usando los ids antiguos de openai-codex, que esta versión renombró o rechaza. Deja que doctor los migre.
unknown_model-summary = { $model } no está en el catálogo del proveedor ni en la configuración. Elige un id de modelo que el proveedor liste.
model_not_allowed-summary = { $model } está fuera de la allowlist de modelos del agente. Añádelo y luego vuelve a seleccionarlo.
rate_limit_cooldown-summary = { $provider } está en pausa tras errores de rate limit o de límite de uso; volver a iniciar sesión no ayuda. Espera, o añade otro perfil o un fallback.
billing_disabled-summary = El proveedor rechazó la solicitud por facturación o cuota y el perfil quedó desactivado durante horas. Recarga saldo en el proveedor o cambia de proveedor mientras tanto.
provider_unreachable-summary = No llegó ninguna respuesta útil de { $provider } (timeout, red, TLS o error del servidor). Comprueba la conectividad desde el host del gateway.
fallbacks_stripped-summary = El agente { $agent } define su modelo como un simple string, lo que reemplaza los fallbacks por defecto por una lista vacía. Usa la forma de objeto con una lista fallbacks.
ollama_fallback_dropped-summary = El fallback de Ollama no tiene entrada de proveedor ni clave de relleno, así que falla en cuanto la cadena llega a él.
fallback_not_triggered-summary = El fallo terminó el turno sin probar los fallbacks; este build tiene ahí un bug de bucle o de límite de uso.
fallback_not_triggered-selected-summary = Esta conversación tiene { $model } seleccionado a mano. Un modelo elegido por el usuario es exacto: nunca pasa a un fallback. Vuelve al modelo por defecto.
runtime_unavailable-summary = El runtime de Codex (app-server o plugin) no puede ejecutar el turno, a menudo porque un plugin codex externo desactualizado es más antiguo que el core.
cloudflare_403-summary = Las solicitudes a ChatGPT/Codex reciben una página de desafío de Cloudflare, que este build informa como un fallo de DNS o un rate limit.
version_regression-summary = Este build tiene un bug conocido: un inicio de sesión nuevo de Codex pasa la prueba pero falla al renovarse en el runtime.
version_regression-known-summary = OpenClaw { $version } tiene un bug conocido con exactamente esta firma; está corregido en { $fixed }. Actualiza hacia adelante (nunca bajes de versión cruzando una migración de almacenamiento).
gateway_not_reloaded-summary = La CLI ve la credencial de { $provider }, pero el gateway en ejecución no se reinició y sigue sirviendo el estado anterior.
request_rejected-summary = El proveedor rechazó el cuerpo de la solicitud (esquema o tamaño de contexto), no la credencial. Empieza una sesión nueva; no hace falta volver a iniciar sesión.
status_display_mismatch-summary = { $profile } aparece como caducado en una pantalla de estado mientras las ejecuciones siguen funcionando; no hay nada roto. Renuévalo solo para quitar el aviso.
not_model_auth-summary = Esto es autenticación del gateway o del dispositivo, no una credencial de modelo; los comandos models auth no lo cambiarán.
not_model_auth-channel-summary = Esto es un token de un canal de chat (la cuenta del bot), no una credencial de modelo; los comandos models auth no lo cambiarán.
all_ok-summary = Todos los perfiles probados responden y nada de lo que pegaste indica un fallo. Si un chat sigue fallando, pega su error y su /model status.

## Step notes

step-login = Vuelve a iniciar sesión en { $provider } desde el host del gateway (abre un navegador o muestra un código).
step-restart = Reinicia el gateway para que el proceso en ejecución recargue la autenticación.
step-verify = Comprueba con una prueba en vivo que el inicio de sesión funciona.
step-upgrade = Actualiza OpenClaw a la última versión.
step-doctor-fix = Deja que doctor migre la configuración y los perfiles.
step-claude-setup-token = Crea un nuevo setup token de Claude y luego guárdalo en OpenClaw.
step-one-gateway = Asegúrate de que solo haya un gateway en ejecución para este directorio de estado.
step-order-new-id = Pon primero el perfil recién creado (copia su id de la salida del inicio de sesión).
step-drop-baseurl = Quita la baseUrl de la Platform API para que el token de ChatGPT no se envíe allí.
step-local-placeholder-key = Los proveedores locales solo necesitan una clave de relleno.
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
step-pin-current-id = Luego fija ese id en la conversación.
step-undo-5-5-rewrite = Deshaz la reescritura 5.5 del modelo por defecto.
step-set-unified-ref = O define a mano la ref de modelo actual.
step-ollama-model-entry = Añade el modelo a la lista de modelos del proveedor ollama.
step-list-models = Lista los ids de modelo que ofrece este proveedor.
step-set-listed-model = Pon como predeterminado un id de esa lista.
step-allow-model = Añade el modelo a la allowlist (con el comando que mostró el error).
step-see-cooldowns = Mira qué perfiles están en pausa y durante cuánto tiempo (Unavailable auth profiles).
step-add-fallback = Añade un fallback en otro proveedor para que los turnos sigan funcionando mientras tanto.
step-after-top-up = Después de recargar, borra el estado de desactivación guardado.
step-object-form-model = Escribe el modelo del agente en forma de objeto, con sus fallbacks.
step-check-fallbacks = Comprueba que Fallbacks (N) ahora los lista.
step-reset-selection = Vuelve a poner esta conversación en el modelo por defecto.
step-inspect-codex-plugin = Compara la versión del runtime del plugin codex con la del core.
step-find-stale-plugin = Actualiza o elimina una copia externa desactualizada del plugin codex.
step-step-back-same-era = O vuelve a la última versión buena de la misma generación de almacenamiento.
step-codex-backend-url = Si te quedas en esta versión: envía las solicitudes de Codex al backend de ChatGPT.
step-new-session = Empieza una sesión nueva en esa conversación.
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
error-too-large = { $path } supera los { $limit } bytes; pega solo la salida relevante.
error-unknown-lang = Idioma desconocido { $lang }; usa uno de estos: { $list }.
error-bad-version = No se puede leer la versión de OpenClaw { $version }; usa el formato 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnostica la salida de OpenClaw que pegues y te da el siguiente paso
opt-paste-description = La salida a diagnosticar (déjalo vacío para abrir un formulario para textos largos)
opt-file-description = Un archivo .txt, .log o .json con la salida
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
error-attachment-type = Solo se pueden leer archivos .txt, .log y .json.
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
pin-title = El /model que fija el perfil en esta conversación
pin-model-placeholder = Sustituye <model> por un modelo que ofrezca { $provider }; /models { $provider } en el chat los lista.
status-title = Tu /model status, explicado
status-current = Esta conversación usa { $model }.
status-current-selected = Esta conversación usa { $model }, elegido a mano: un modelo elegido nunca pasa a otros.
status-default = El modelo por defecto es { $model }.
status-active = La próxima solicitud a { $provider } usa el perfil { $profile }.
status-auth-ok = { $profile }: sesión iniciada, válida durante { $remaining }.
status-auth-ok-plain = { $profile }: sesión iniciada.
status-auth-expiring = { $profile }: caduca en { $remaining }; renueva el inicio de sesión pronto.
status-auth-expired = { $profile }: el inicio de sesión ha caducado.
status-auth-missing = { $profile }: no hay ninguna credencial guardada.
status-auth-cooldown = { $profile }: en pausa tras errores (quedan { $remaining }).
status-auth-disabled = { $profile }: desactivado ({ $reason }).
status-not-recognized = Esto no es salida de /model status ni de models status. Ejecuta /model status en la conversación que falla, u openclaw models status en el host del gateway, y pega la salida completa.
web-language-auto = El mismo que lo pegado (detectado)
web-privacy = Nada de lo que pegas se guarda ni se registra; solo se muestra el diagnóstico.
step-unusable-name = Un nombre de lo que pegaste tiene caracteres que ningún nombre de OpenClaw tiene, así que no se copia en este comando: sustituye `{ $placeholder }` por el nombre exacto que muestra la propia salida de OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = La versión que indicaste, «{ $given }», no es una versión de OpenClaw que esta compilación conozca, así que no se usó. `openclaw --version` en el host del gateway muestra la versión exacta.
note-version-conflict = Indicaste OpenClaw { $given }, pero lo que pegaste muestra { $pasted }; esta respuesta usa { $given }, la versión que indicaste.
error-file-is-dir = { $path } es una carpeta, no un archivo: indica el archivo que contiene la salida.
error-file-permission = No se puede leer { $path }: no tienes permiso para leer este archivo.
error-malformed-json = El cuerpo de la solicitud no es un JSON que esta API lea: envía un objeto con `paste` (texto) o `messages` (una lista de textos).
error-bad-thread = El id del hilo debe tener de 16 a 128 caracteres de A-Z, a-z, 0-9, _ y -; usa un id aleatorio.
error-too-many-messages = Como máximo { $limit } mensajes por solicitud; envía el resto en una segunda solicitud.
