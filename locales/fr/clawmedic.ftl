# clawmedic — français.
# Les commandes, ids, noms de profils et refs de modèles ne font jamais partie de ces messages :
# ils arrivent en variables ($provider, $profile, $model, …) ou sont affichés par la mise en page dans des blocs de code.

## Reply layout

reply-title = Diagnostic clawmedic
reply-version-seen = OpenClaw { $version } (lu dans le texte collé).
reply-version-flag = OpenClaw { $version } (version indiquée).
reply-version-unknown = Version d'OpenClaw inconnue : les étapes ci-dessous fonctionnent sur toutes les versions, sauf mention contraire.
reply-version-floor = Version d'OpenClaw non indiquée ; votre texte collé ressemble à { $version } ou plus récent (chemin du stockage et identifiants).
reply-top-finding = Cause la plus probable : { $title }
reply-next-finding = Si cela ne règle pas le problème : { $title }
reply-evidence = Indices
reply-evidence-line = message { $message }, ligne { $line }
reply-ruled-out = Causes écartées
reply-steps = Prochaines étapes
reply-asks =
    { $count ->
        [one] Lancez cette commande et collez sa sortie
       *[other] Lancez ces commandes et collez leur sortie
    }
reply-need-more-info = Rien dans ce fil n'est encore concluant. Lancez les commandes ci-dessous et collez leur sortie (masquez les clés et les tokens).
reply-mask-reminder = Masquez les clés et les tokens avant de coller.
where-cli = shell de l'hôte du gateway
where-chat = la conversation OpenClaw en échec
where-config = fichier de configuration
where-config-cli = shell de l'hôte du gateway (modifie le fichier de configuration)
sep-colon = { "\u00A0:" }
paren-open = { " (" }
paren-close = )
bracket-open = [
bracket-close = ]
sep-gloss = { " — " }
secret-warning =
    { $count ->
        [one] Le texte collé contenait un secret (une clé API ou un token). Il n'est pas répété ici. Supprimez dès maintenant votre message qui contient le secret et faites la rotation du secret chez son fournisseur.
       *[other] Le texte collé contenait { $count } secrets (clés API ou tokens). Ils ne sont pas répétés ici. Supprimez dès maintenant votre message qui contient les secrets et faites la rotation de chacun d'eux chez son fournisseur.
    }
mojibake-note = Certains caractères du texte collé étaient mal encodés ; ils ont été corrigés avant la lecture.

## Notes

note-flag-too-new = Votre OpenClaw ne connaît pas encore { $flag } (arrivé en { $since }). Sans cette option : `{ $command }`
note-flag-too-new-plain = Votre OpenClaw ne connaît pas encore { $flag } (arrivé en { $since }) : relancez la même commande sans cette option.

## Cause titles

cause-oauth_expired = la connexion OAuth a expiré
cause-refresh_token_reused = le refresh token a été utilisé deux fois
cause-oauth_scope_missing = il manque un scope requis à la connexion
cause-missing_api_key = aucun identifiant pour ce fournisseur
cause-invalid_api_key = la clé API est refusée
cause-external_cli_credential_stale = l'identifiant copié depuis une autre CLI est périmé
cause-pinned_profile_missing_credential = le profil épinglé n'a pas d'identifiant
cause-auth_provider_not_loaded = la connexion cite un fournisseur qui n'est pas chargé
cause-per_agent_auth_store = l'identifiant se trouve dans le store d'un autre agent
cause-auth_store_migration_required = le store d'authentification doit être migré
cause-profile_excluded_by_auth_order = l'ordre d'auth exclut les profils qui fonctionnent
cause-auth_order_not_applied = le nouvel ordre d'auth n'a pas été appliqué
cause-session_pin_stale = la conversation en échec utilise encore un ancien profil
cause-wrong_provider_prefix = la ref du modèle et le profil relèvent de fournisseurs différents
cause-auth_profile_provider_mismatch = un profil est lié à un autre fournisseur
cause-legacy_codex_ids = anciens ids openai-codex sur un build qui les a renommés
cause-unknown_model = le modèle est inconnu du fournisseur ou de la config
cause-model_not_allowed = le modèle n'est pas dans l'allowlist
cause-rate_limit_cooldown = le fournisseur limite le débit ou est en cooldown
cause-billing_disabled = le compte n'a plus de crédit
cause-provider_unreachable = le fournisseur est injoignable
cause-fallbacks_stripped = les fallbacks ont disparu de la config effective
cause-ollama_fallback_dropped = le fallback Ollama ne peut pas répondre
cause-fallback_not_triggered = le tour a échoué sans essayer de fallback
cause-runtime_unavailable = le runtime Codex ne peut pas exécuter le tour
cause-cloudflare_403 = les requêtes ChatGPT tombent sur un challenge Cloudflare
cause-version_regression = un bug connu de ce build d'OpenClaw
cause-gateway_not_reloaded = le gateway en cours d'exécution sert encore l'ancien état
cause-request_rejected = le fournisseur a rejeté la requête elle-même
cause-status_display_mismatch = un écran de statut avertit, mais les exécutions fonctionnent
cause-not_model_auth = pas un problème d'authentification de modèle
cause-all_ok = tout semble en bon état
cause-need_more_info = il faut plus de sortie

## Finding summaries

oauth_expired-summary = La connexion enregistrée pour { $provider } ne peut plus renouveler son access token, donc chaque requête qui l'utilise échoue. Reconnectez-vous sur l'hôte du gateway, puis redémarrez le gateway.
refresh_token_reused-summary = Le refresh token du fournisseur { $provider } a été consommé par deux clients (deux gateways, des copies par agent ou un token importé d'une CLI), et le fournisseur le refuse désormais. Reconnectez-vous, une seule fois ; gardez un seul gateway et placez le nouveau profil en premier.
oauth_scope_missing-summary = Le token du fournisseur { $provider } n'a pas le scope requis par la requête, ou la connexion a demandé un scope que ce build n'a peut-être pas le droit d'utiliser.
missing_api_key-summary = L'agent qui a exécuté le tour n'a aucun identifiant pour { $provider }. Donnez-lui-en un, puis redémarrez le gateway.
invalid_api_key-summary = Une clé API pour { $provider } est envoyée puis refusée. Trouvez quelle clé l'emporte (un profil enregistré passe avant l'environnement du shell) et remplacez celle-là.
external_cli_credential_stale-summary = OpenClaw utilise un identifiant { $provider } copié depuis une autre CLI, et cette copie est périmée. Rafraîchissez la source, puis reconnectez-vous.
pinned_profile_missing_credential-summary = Le profil épinglé { $profile } ne contient aucun secret utilisable. Épinglez dès maintenant un profil qui fonctionne, ou donnez un identifiant à { $profile }.
auth_provider_not_loaded-summary = Aucun plugin chargé n'enregistre le fournisseur { $provider }, donc la connexion ne peut pas démarrer.
per_agent_auth_store-summary = L'agent { $agent } lit son propre store d'auth, et ce store n'a aucun identifiant { $provider } ; votre connexion est allée à un autre agent. Connectez-vous pour { $agent }.
auth_store_migration_required-summary = Ce build stocke les identifiants dans un nouveau format de store et ignore l'ancien tant que doctor ne l'a pas migré. Arrêtez le gateway, lancez doctor, vérifiez que les profils sont revenus, puis redémarrez-le.
profile_excluded_by_auth_order-summary = Tous les profils { $provider } utilisables sont exclus par l'ordre d'auth, donc rien n'est essayé. Videz l'ordre ou définissez-le avec les profils qui existent.
auth_order_not_applied-summary = Le changement d'ordre n'a pas atteint le store que lit l'agent, donc l'ancien ordre s'applique toujours.
session_pin_stale-summary = La conversation en échec est épinglée sur { $profile }, expiré ou absent, alors que { $working } fonctionne. Réépinglez cette conversation sur le profil qui fonctionne.
session_pin_stale-override-summary = La conversation en échec a son propre override de profil ({ $profile }), que les changements faits via la CLI ne touchent pas. Réépinglez-le dans cette conversation.
session_pin_stale-cli-healthy-summary = La sonde CLI montre que { $working } fonctionne, mais la conversation échoue toujours : elle garde son ancien profil. Épinglez le profil qui fonctionne dans la conversation en échec ; l'exclusion de l'ancien profil de l'ordre est voulue, donc ne videz pas l'ordre.
wrong_provider_prefix-summary = Dans un épinglage, le fournisseur de la ref du modèle doit être celui du profil. { $profile } appartient à { $provider }, donc sur cette version la ref doit commencer par ce fournisseur.
wrong_provider_prefix-default-summary = Sur cette version, un modèle openai/… avec seulement une connexion OAuth Codex n'a aucun identifiant ; le modèle par défaut doit utiliser le fournisseur openai-codex.
auth_profile_provider_mismatch-summary = { $profile } appartient à un autre fournisseur et ne peut pas être placé dans l'ordre d'auth du fournisseur { $provider }. Ne mettez dans l'ordre d'un fournisseur que ses propres profils ; pour un second fournisseur, utilisez un fallback de modèle.
legacy_codex_ids-summary = La config ou les profils utilisent encore les anciens ids openai-codex, que cette version a renommés ou refuse. Laissez doctor les migrer.
unknown_model-summary = { $model } ne figure ni dans le catalogue du fournisseur ni dans la config. Choisissez un id de modèle que le fournisseur liste.
model_not_allowed-summary = { $model } est hors de l'allowlist de modèles de l'agent. Ajoutez-le, puis sélectionnez-le à nouveau.
rate_limit_cooldown-summary = { $provider } est en cooldown après des erreurs de limite de débit ou de quota d'utilisation ; se reconnecter n'y change rien. Patientez, ou ajoutez un autre profil ou un fallback.
billing_disabled-summary = Le fournisseur a refusé pour des raisons de facturation ou de quota, et le profil est désactivé pour plusieurs heures. Rechargez votre crédit chez le fournisseur, ou changez de fournisseur en attendant.
provider_unreachable-summary = Aucune réponse exploitable n'est revenue du fournisseur { $provider } (timeout, réseau, TLS ou erreur serveur). Vérifiez l'accessibilité depuis l'hôte du gateway.
fallbacks_stripped-summary = L'agent { $agent } définit son modèle comme une simple chaîne, ce qui remplace les fallbacks par défaut par une liste vide. Utilisez la forme objet avec une liste fallbacks.
ollama_fallback_dropped-summary = Le fallback Ollama n'a ni entrée de fournisseur ni clé factice, donc il échoue dès que la chaîne l'atteint.
fallback_not_triggered-summary = L'échec a terminé le tour sans essayer les fallbacks ; ce build a un bug à cet endroit (boucle ou limite d'utilisation).
fallback_not_triggered-selected-summary = Dans la conversation en échec, { $model } a été choisi à la main. Un modèle choisi à la main est utilisé tel quel : il ne bascule jamais sur un autre. Revenez au modèle par défaut.
runtime_unavailable-summary = Le runtime Codex (app-server ou plugin) ne peut pas exécuter le tour, souvent parce qu'un plugin codex externe périmé est plus ancien que le cœur.
cloudflare_403-summary = Les requêtes ChatGPT/Codex reçoivent une page de challenge Cloudflare, que ce build signale comme un échec DNS ou une limite de débit.
version_regression-summary = Ce build a un bug connu : une nouvelle connexion Codex passe la sonde mais échoue au rafraîchissement dans le runtime.
version_regression-known-summary = OpenClaw { $version } a un bug connu avec exactement cette signature ; il est corrigé dans { $fixed }. Mettez à jour vers une version plus récente (ne revenez jamais en arrière par-dessus une migration du stockage).
gateway_not_reloaded-summary = La CLI voit l'identifiant { $provider }, mais le gateway en cours d'exécution n'a pas été redémarré et sert encore l'ancien état.
request_rejected-summary = Le fournisseur a rejeté le corps de la requête (schéma ou taille du contexte), pas l'identifiant. Démarrez une nouvelle session ; aucune nouvelle connexion n'est nécessaire.
status_display_mismatch-summary = { $profile } apparaît comme expiré sur un écran de statut alors que les exécutions fonctionnent ; rien n'est cassé. Rafraîchissez-le uniquement pour faire disparaître l'avertissement.
not_model_auth-summary = Il s'agit de l'authentification du gateway ou de l'appareil, pas d'un identifiant de modèle ; les commandes models auth n'y changeront rien.
not_model_auth-channel-summary = Il s'agit d'un token de canal de chat (le compte du bot), pas d'un identifiant de modèle ; les commandes models auth n'y changeront rien.
all_ok-summary = Chaque profil testé répond et rien dans le texte collé ne signale d'échec. Si un chat échoue encore, collez son erreur et son /model status.

## Step notes

step-login = Reconnectez-vous pour { $provider } sur l'hôte du gateway (cela ouvre un navigateur ou affiche un code).
step-restart = Redémarrez le gateway pour que le processus en cours recharge l'auth.
step-verify = Vérifiez que l'identifiant fonctionne avec une sonde en direct.
step-upgrade = Mettez à jour OpenClaw vers la dernière version.
step-doctor-fix = Laissez doctor migrer la config et les profils.
step-claude-setup-token = Créez un nouveau setup token Claude, puis enregistrez-le dans OpenClaw.
step-one-gateway = Assurez-vous qu'un seul gateway tourne pour ce répertoire d'état.
step-order-new-id = Placez le profil nouvellement créé en premier (copiez son id depuis la sortie de la connexion).
step-drop-baseurl = Supprimez une baseUrl de la Platform API pour que le token ChatGPT n'y soit pas envoyé.
step-local-placeholder-key = Les fournisseurs locaux n'ont besoin que d'une clé factice.
step-configure-key = Saisissez la clé { $provider } de façon interactive (ne collez jamais de clé dans le chat).
step-env-file = Ou mettez la clé dans le fichier env du gateway : le service ignore les exports du shell.
step-read-effective = Lisez la source effective= du fournisseur : c'est la clé qui est envoyée.
step-refresh-external-cli = Rafraîchissez d'abord la connexion propre à l'autre CLI.
step-pin-working = Épinglez le profil qui fonctionne, { $profile }, dans la conversation en échec, puis envoyez un message de test normal.
step-login-renamed-codex = Sur cette version, l'OAuth ChatGPT/Codex se connecte sous le fournisseur openai.
step-check-profiles-back = Vérifiez que les profils sont de nouveau listés ; si la liste est vide, reconnectez-vous.
step-order-clear = Supprimez la surcharge d'ordre propre à l'agent.
step-order-set-alternative = Ou définissez l'ordre avec les profils qui existent.
step-release-lock = Arrêtez le gateway pour qu'il libère le verrou du store.
step-pin = Épinglez { $profile } dans la conversation en échec, puis envoyez un message de test normal.
step-cross-provider-fallback = Pour utiliser un autre fournisseur en secours, ajoutez plutôt un fallback de modèle.
step-new-drops-auto = Une nouvelle session supprime un override automatique.
step-find-current-id = Trouvez l'id actuel du profil (une nouvelle connexion a pu en créer un nouveau).
step-pin-current-id = Puis épinglez cet id dans la conversation en échec.
step-undo-5-5-rewrite = Annulez la réécriture 5.5 du modèle par défaut.
step-set-unified-ref = Ou définissez à la main la ref de modèle actuelle.
step-ollama-model-entry = Ajoutez le modèle à la liste des modèles du fournisseur ollama.
step-list-models = Listez les ids de modèles proposés par ce fournisseur.
step-set-listed-model = Définissez comme défaut un id de cette liste.
step-allow-model = Ajoutez le modèle à l'allowlist (avec la commande affichée par l'erreur).
step-see-cooldowns = Voyez quels profils sont en cooldown et pour combien de temps (Unavailable auth profiles).
step-add-fallback = Ajoutez un fallback sur un autre fournisseur pour que les tours continuent de fonctionner en attendant.
step-after-top-up = Après la recharge, effacez l'état de désactivation enregistré.
step-object-form-model = Écrivez le modèle de l'agent sous forme d'objet, avec ses fallbacks.
step-check-fallbacks = Vérifiez que Fallbacks (N) les liste maintenant.
step-reset-selection = Remettez la conversation en échec sur le modèle par défaut.
step-inspect-codex-plugin = Comparez la version du runtime du plugin codex à celle du cœur.
step-find-stale-plugin = Mettez à jour ou supprimez une copie externe périmée du plugin codex.
step-step-back-same-era = Ou revenez à la dernière bonne version de la même génération de stockage.
step-codex-backend-url = Si vous restez sur cette version : envoyez les requêtes Codex au backend ChatGPT.
step-new-session = Démarrez une nouvelle session dans la conversation en échec.
step-check-api = Vérifiez que la valeur api: affichée correspond au modèle.
step-clear-display = Uniquement pour faire disparaître l'avertissement : rafraîchissez la connexion de la CLI Claude et reliez-la à nouveau.
step-channel-status = Vérifiez quel canal ne démarre pas.
step-channel-token = Saisissez le nouveau token du bot pour ce canal.

## Asks

ask-version = La prochaine étape dépend de la version d'OpenClaw.
ask-model-status-if-chat-fails = Seulement si un chat échoue encore : lancez-la dans cette conversation.
ask-models-status = Affiche le modèle par défaut, les fallbacks, l'identifiant effectif de chaque fournisseur et les cooldowns.
ask-probe = Teste chaque profil en direct et montre lequel échoue et pourquoi.
ask-order = Montre quels profils l'ordre laisse passer.
ask-model-status = Lancez-la dans la conversation en échec : elle montre le profil utilisé par cette conversation.
ask-auth-list = Affiche les ids exacts des profils à épingler.
ask-decision-lines = Copiez les lignes [model-fallback/decision] d'un tour en échec.

## Errors (command line and bots)

error-file-missing = Impossible de lire { $path } : le fichier n'existe pas.
error-file-unreadable = Impossible de lire { $path } : { $reason }
error-binary = { $path } ressemble à des données binaires, pas à du texte collé.
error-too-large =
    { $limit ->
        [one] { $path } dépasse { $limit } octet ; collez seulement la sortie utile.
       *[other] { $path } dépasse { $limit } octets ; collez seulement la sortie utile.
    }
error-unknown-lang = Langue inconnue { $lang } ; utilisez l'une de celles-ci : { $list }.
error-bad-version = Impossible de lire la version d'OpenClaw { $version } ; utilisez la forme 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnostiquer une sortie OpenClaw collée et obtenir la prochaine étape
opt-paste-description = La sortie à diagnostiquer (laisser vide pour ouvrir un formulaire pour les longs textes)
opt-file-description = Un fichier .txt, .log ou .json contenant la sortie, ou une capture d'écran de celle-ci
opt-version-description = Votre version d'OpenClaw, p. ex. 2026.6.9
opt-language-description = Langue de la réponse
cmd-model-description = Expliquer la sortie de /model status ou construire un épinglage /model correct
cmd-model-status-description = Expliquer une sortie collée de /model status ou models status
cmd-model-pin-description = Construire l'épinglage /model pour un profil
opt-profile-description = L'id du profil d'auth, p. ex. openai:work
opt-model-description = Le modèle, p. ex. openai/gpt-5.5
ctx-diagnose-name = Diagnostiquer
modal-title = Coller la sortie OpenClaw
modal-field-label = Sortie (masquez clés et tokens)
button-worked = Ça marche
button-still-failing = Toujours en échec
button-show-in = Afficher en { $language }
reply-thanks = Merci pour la confirmation. Content que ça marche !
reply-still-failing = Désolé. Collez la sortie suivante ici : elle sera lue avec les messages précédents.
pin-explain = Le profil { $profile } appartient à { $provider }, donc sur cette version la ref du modèle doit commencer par { $provider }/.
pin-explain-renamed = Sur cette version, les profils ChatGPT/Codex s'appellent openai:… ; lancez d'abord doctor pour que { $profile } existe.
error-no-input = Rien à diagnostiquer : collez la sortie ou joignez un fichier.
error-attachment-type = Seuls les fichiers .txt, .log et .json, ainsi que les captures d'écran PNG, JPEG ou WebP, peuvent être lus.
error-internal = Un problème est survenu de notre côté ; la réponse n'a pas pu être générée. Veuillez réessayer.
error-rate-limited =
    { $seconds ->
        [one] Trop de requêtes pour le moment ; veuillez patienter { $seconds } seconde.
       *[other] Trop de requêtes pour le moment ; veuillez patienter { $seconds } secondes.
    }
web-title = clawmedic — diagnostiquer une sortie OpenClaw
web-paste-label = Collez la sortie OpenClaw ici (les clés et les tokens sont masqués avant tout affichage)
web-submit = Diagnostiquer
web-copy = Copier
web-copied = Copié
cmd-watch-description = Activer ou désactiver le diagnostic automatique des sorties OpenClaw collées dans ce salon
opt-watch-mode-description = on : répondre aux sorties OpenClaw collées ici ; off : arrêter
watch-on =
    { $seconds ->
        [one] Surveillance de { $channel } activée : les messages contenant une sortie OpenClaw reçoivent un diagnostic, au plus une réponse par fil et par seconde.
       *[other] Surveillance de { $channel } activée : les messages contenant une sortie OpenClaw reçoivent un diagnostic, au plus une réponse par fil toutes les { $seconds } secondes.
    }
watch-off = { $channel } n'est plus surveillé.
watch-unavailable = Le mode surveillance est désactivé dans la configuration de ce bot.
error-permission = Il vous faut la permission « Gérer le serveur » (Manage Server) pour modifier ceci.
error-guild-only = Cette commande ne fonctionne que dans un salon de serveur.
error-store = Le réglage n'a pas pu être enregistré pour le moment ; réessayez dans une minute.
error-no-memory = Ce diagnostic n'est plus en mémoire (il a expiré, ou la mémoire est inaccessible). Relancez la commande avec votre sortie.
error-download = La pièce jointe { $path } n'a pas pu être téléchargée ; collez plutôt son texte.
error-bad-profile = { $profile } n'est pas un id de profil d'auth ; les ids ont la forme provider:name, par exemple openai:work.
pin-title = L'épinglage /model pour votre conversation OpenClaw
pin-model-placeholder = Remplacez <model> par un modèle proposé par { $provider } ; /models { $provider } dans cette conversation les liste.
status-title = Votre /model status, expliqué
status-current = La conversation où vous l'avez lancé utilise { $model }.
status-current-selected = La conversation où vous l'avez lancé utilise { $model }, choisi à la main : un modèle choisi à la main ne bascule jamais sur un autre.
status-default = Le modèle par défaut est { $model }.
status-active = La prochaine requête vers { $provider } utilise le profil { $profile }.
status-auth-ok = { $profile } : connecté, valide encore { $remaining }.
status-auth-ok-plain = { $profile } : connecté.
status-auth-expiring = { $profile } : expire dans { $remaining } ; rafraîchissez bientôt la connexion.
status-auth-expired = { $profile } : la connexion a expiré.
status-auth-missing = { $profile } : aucun identifiant enregistré.
status-auth-cooldown = { $profile } : en cooldown après des erreurs (encore { $remaining }).
status-auth-disabled = { $profile } : désactivé ({ $reason }).
status-not-recognized = Ce n'est pas une sortie de /model status ou de models status. Lancez /model status dans la conversation en échec, ou openclaw models status sur l'hôte du gateway, et collez l'intégralité de la sortie.
web-language-auto = Même langue que le texte collé (détectée)
web-privacy = Rien de ce que vous collez n'est stocké ni journalisé ; seul le diagnostic est affiché.
web-image-label = Ou une capture d'écran du terminal (PNG, JPEG ou WebP) : choisissez-la ici, ou déposez-la ou collez-la dans la zone ci-dessus
step-unusable-name = Un nom de votre texte collé contient des caractères qu'aucun nom OpenClaw ne contient ; il n'est donc pas recopié dans cette commande : remplacez `{ $placeholder }` par le nom exact tel qu'il apparaît dans la sortie d'OpenClaw.
step-uncertain-read = J’ai lu `{ $read }` dans ta capture d’écran sans être sûr de chaque caractère, donc il n’est pas dans cette commande : copie l’identifiant exact depuis ton terminal (en texte) à la place de `{ $placeholder }`.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = La version indiquée, « { $given } », n'est pas une version d'OpenClaw connue de ce build ; elle n'a donc pas été utilisée. `openclaw --version` sur l'hôte du gateway affiche la version exacte.
note-version-conflict = Vous avez indiqué OpenClaw { $given }, mais le texte collé montre { $pasted } ; cette réponse utilise { $given }, la version indiquée.
error-file-is-dir = { $path } est un dossier, pas un fichier : indiquez le fichier qui contient la sortie.
error-file-permission = Impossible de lire { $path } : vous n'avez pas le droit de lire ce fichier.
error-malformed-json = Le corps de la requête n'est pas un JSON que cette API lit : envoyez un objet avec `paste` (texte) ou `messages` (une liste de textes).
error-bad-thread = L'identifiant de fil doit compter de 16 à 128 caractères parmi A-Z, a-z, 0-9, _ et - ; utilisez un identifiant aléatoire.
error-too-many-messages = Au plus { $limit } messages par requête ; envoyez les autres dans une deuxième requête.

## Field-report causes (causes.md §3.9), §12 messages, the message catalogue and words for unnamed values
cause-login_requires_tty = la connexion a besoin d'un terminal qu'elle n'a pas eu
cause-oauth_profile_not_attached = la connexion ChatGPT/Codex n'est pas jointe à la requête
cause-agent_model_override = le modèle propre de l'agent l'emporte sur le modèle par défaut
cause-models_json_rejected = une entrée de fournisseur fait rejeter toute la config des modèles par OpenClaw
cause-custom_model_misrouted = un modèle personnalisé est envoyé vers l'endpoint d'un autre fournisseur
cause-auth_profile_wrong_type = le secret est enregistré comme un mauvais type d'identifiant
cause-context_window_too_small = la fenêtre de contexte du modèle est sous le minimum d'OpenClaw
cause-profile_param_ignored = params.authProfileId ne choisit pas le compte
cause-default_model_not_set = le modèle par défaut intégré est toujours utilisé
cause-ssrf_blocked = la protection réseau privé d'OpenClaw a bloqué l'adresse du fournisseur
cause-context_overflow = la conversation ne tient plus dans le contexte du modèle
cause-oauth_refresh_transient = un rafraîchissement de la connexion a échoué une fois, sans expiration
cause-env_key_not_bound = la clé est dans l'environnement mais n'est pas liée au fournisseur
cause-turn_timeout = le tour a dépassé sa limite de temps
cause-directive_syntax = la commande /model a été saisie sous une forme qu'OpenClaw n'accepte pas
login_requires_tty-summary = La connexion s'est lancée sans terminal interactif (un script, un pipe ou docker exec sans -t), elle s'est donc arrêtée avant de poser la moindre question. Passez plutôt le secret par un pipe à une commande paste, ou lancez la connexion depuis un vrai terminal.
oauth_profile_not_attached-summary = Les requêtes partent vers la Platform API d'OpenAI sans aucun identifiant alors qu'un profil OAuth ChatGPT/Codex existe : le tour ne passe pas par le runtime Codex. Il n'y a aucune clé à renouveler.
agent_model_override-summary = L'agent { $agent } a son propre modèle ({ $model }), qui l'emporte sur le modèle par défaut que vous avez changé. Modifiez ou supprimez le modèle de l'agent.
agent_model_override-summary-plain = Un agent a son propre modèle, qui l'emporte sur le modèle par défaut que vous avez changé. Modifiez ou supprimez le modèle de cet agent.
models_json_rejected-summary = OpenClaw a refusé la liste de modèles qu'il a générée parce que l'entrée du fournisseur { $provider } est invalide ; tant qu'elle est refusée, les modèles des autres fournisseurs semblent eux aussi inconnus ou non autorisés.
custom_model_misrouted-summary = L'entrée du modèle personnalisé du fournisseur { $provider } n'a ni api ni baseUrl propres, donc les requêtes partent vers l'endpoint d'un autre fournisseur, qui refuse la clé. La clé elle-même est bonne.
auth_profile_wrong_type-summary = Le secret du fournisseur { $provider } est valide, mais il est enregistré comme un mauvais type d'identifiant pour ce fournisseur, donc OpenClaw l'envoie de la mauvaise façon. Enregistrez-le à nouveau avec la commande de son type.
context_window_too_small-summary = { $model } est configuré avec une fenêtre de contexte de { $ctx } tokens, sous le minimum de { $min } d'OpenClaw, donc OpenClaw refuse de l'utiliser. En général la valeur configurée est une valeur par défaut copiée, pas la vraie fenêtre du modèle.
context_window_too_small-summary-plain = Le modèle est configuré avec une fenêtre de contexte sous le minimum d'OpenClaw, donc OpenClaw refuse de l'utiliser. En général la valeur configurée est une valeur par défaut copiée, pas la vraie fenêtre du modèle.
profile_param_ignored-summary = params.authProfileId dans une entrée de modèle ne choisit pas le compte : OpenClaw utilise toujours le premier profil de l'ordre d'auth. Épinglez le profil dans la conversation, ou placez-le en premier dans l'ordre.
default_model_not_set-summary = OpenClaw utilise encore son modèle par défaut intégré ({ $provider }), que vous n'avez jamais configuré. Définissez comme modèle par défaut celui que vous avez choisi ; aucune clé pour { $provider } n'est nécessaire.
ssrf_blocked-summary = OpenClaw a refusé de se connecter parce que l'adresse du fournisseur se résout en une IP privée ou à usage spécial (c'est ce que fait un proxy en mode fake-IP ou un DNS partagé). Corrigez le DNS ou le mode du proxy, ou autorisez les adresses privées pour un serveur volontairement local.
context_overflow-summary = La conversation dépasse la fenêtre de contexte du modèle. Compactez-la ou démarrez une nouvelle session ; un modèle avec un contexte plus grand aide aussi.
oauth_refresh_transient-summary = Le rafraîchissement de la connexion du fournisseur { $provider } a échoué une fois sans indiquer que la connexion avait expiré (une coupure réseau ou un endpoint de tokens surchargé). Réessayez d'abord ; ne vous reconnectez que si cela se reproduit.
env_key_not_bound-summary = { $env } est défini dans l'environnement du gateway, mais ce build ne l'utilise que si la config du fournisseur y fait référence. Laissez doctor la lier, ou faites-y référence dans models.providers.{ $provider }.apiKey.
turn_timeout-summary = Le tour a dépassé la limite de temps globale et a été arrêté ; le fournisseur, lui, a répondu. Augmentez la limite pour les longues tâches, ou utilisez un sous-agent.
directive_syntax-summary = La commande /model a besoin du modèle avant le profil : /model provider/model@profile.
step-paste-api-key-stdin = Passez la clé par un pipe à la commande paste (aucun terminal nécessaire) ; définissez KEY d'abord, elle n'est pas affichée.
step-paste-token-stdin = Pour un token ou un setup token, passez-le plutôt par un pipe à paste-token.
step-docker-tty = Ou lancez la connexion depuis un terminal interactif dans le conteneur.
step-codex-runtime-inspect = Vérifiez que le plugin du runtime Codex est chargé et à jour.
step-edit-agent-model = Modifiez ou supprimez le modèle propre de l'agent (agents.list → model) dans le fichier de configuration, pour que le modèle par défaut s'applique.
step-check-agent-model = Vérifiez quel modèle cet agent utilise réellement.
step-fix-provider-entry = Donnez un apiKey à models.providers.{ $provider } (une référence à une variable d'environnement, ou n'importe quelle valeur factice pour un serveur local), ou supprimez sa liste de modèles personnalisés.
step-list-models-after-fix = Listez à nouveau les modèles une fois que le gateway a régénéré sa liste de modèles.
step-set-api-baseurl = Définissez api et baseUrl dans models.providers.{ $provider } pour que les requêtes aillent à l'endpoint de ce fournisseur (ou supprimez l'entrée personnalisée et utilisez un modèle du catalogue).
step-set-context-window = Indiquez le vrai contextWindow du modèle dans models.providers.{ $provider }.models (la valeur configurée est sous le minimum).
step-choose-bigger-model = Ou choisissez un modèle avec une fenêtre de contexte plus grande.
step-pin-profile = Épinglez le profil dans la conversation OpenClaw en échec.
step-order-first = Ou placez le profil en premier dans l'ordre d'auth du fournisseur { $provider }.
step-set-default-model = Définissez comme modèle par défaut celui que vous utilisez vraiment.
step-ssrf-allow-private = Uniquement pour un serveur de modèles volontairement local ou privé : autorisez les adresses privées pour ce fournisseur.
step-check-dns-proxy = Vérifiez sur l'hôte du gateway en quoi se résout l'hôte du fournisseur (un proxy en mode fake-IP donne 198.18.x.x).
step-compact = Compactez la conversation en échec.
step-login-if-repeats = Seulement si l'échec se répète : reconnectez-vous au fournisseur { $provider }.
step-raise-timeout = Augmentez la limite globale par tour (en secondes) pour les longues tâches.
step-doctor-bind-env = Laissez doctor lier la clé de l'environnement au fournisseur.
step-env-ref = Ou faites référence à la variable dans l'apiKey du fournisseur.
step-store-right-type = Enregistrez le secret à nouveau avec la commande de son type.
step-update-fixed = Mettez à jour OpenClaw : les versions suivantes corrigent ce problème.
ask-logs-one-turn = Les lignes de log d'un tour en échec montrent l'erreur reçue par OpenClaw.
reply-candidates = Cela ressemble à « { $first } » ou à « { $second } » ; la commande ci-dessous permet de les distinguer.
status_display_mismatch-runs-work-summary = Un écran de statut signale un problème, mais d'après vous les exécutions elles-mêmes fonctionnent : l'avertissement porte sur la façon dont le statut lit la configuration, pas sur les requêtes. Rien n'est à corriger pour les exécutions.
not_model_auth-session-lock-summary = Le fichier de session est verrouillé par un autre processus (souvent un deuxième gateway ou une exécution bloquée), donc tous les modèles échouent de la même façon. Ce n'est pas un identifiant de modèle : assurez-vous qu'un seul gateway tourne, puis redémarrez-le.
not_model_auth-plugin-registry-summary = C'est le registre de plugins qui a refusé le téléchargement (limite de débit ou erreur), pas un fournisseur de modèles. Relancez l'installation plus tard ; votre configuration de modèles n'est pas en cause.
step-retry-plugin-later = Vérifiez ce qui est installé, puis relancez l'installation dans quelques minutes.
version_regression-live-switch-summary = La session marque le changement /model comme en attente mais ne l'applique jamais, donc les réponses viennent toujours de l'ancien modèle. Les versions suivantes corrigent ce problème.
step-check-switch = Après la mise à jour, changez à nouveau de modèle et vérifiez que la session utilise vraiment le nouveau.
model_not_allowed-picker-summary = Le changement a été refusé sous la forme { $model } : les anciens sélecteurs de la Control UI placent le fournisseur de la session devant le modèle d'un autre fournisseur. Sélectionnez vous-même la ref complète, ou mettez à jour.
step-pick-full-ref = Sélectionnez le modèle avec sa ref complète provider/model dans la conversation OpenClaw en échec.
step-set-suggested-model = Utilisez le modèle que le message d'OpenClaw suggère pour votre connexion.
step-onboard-codex = Ajoutez la connexion Codex via l'onboarding (les anciennes versions n'ont pas de plugin de fournisseur pour cela).
step-enable-plugin = Activez le plugin du fournisseur, puis redémarrez le gateway et reconnectez-vous.
step-order-read = Lisez l'ordre d'auth en vigueur pour ce fournisseur.
session_pin_stale-order-summary = La session garde son propre profil forcé, elle ignore donc l'ordre d'auth qui place { $profile } en premier. Épinglez le profil dans la conversation OpenClaw en échec, ou démarrez une nouvelle session.
auth_order_not_applied-running-summary = Le gateway en cours d'exécution garde sa propre copie de l'ordre d'auth et la réécrit, donc votre modification est annulée. Arrêtez le gateway, définissez l'ordre, puis redémarrez-le.
step-stop-gateway-first = Arrêtez d'abord le gateway pour qu'il ne puisse pas réécrire son ancien ordre.
step-order-again = Définissez à nouveau l'ordre pendant que le gateway est arrêté.
fallback_not_triggered-not-tried-summary = L'échec a terminé le tour sans passer à vos modèles de fallback, alors que ce type d'erreur aurait dû y passer. Vérifiez que les fallbacks sont bien en vigueur, et mettez à jour : plusieurs versions ont corrigé le fallback sur ce type d'erreur.
fallbacks_stripped-effective-summary = La décision de failover indique qu'aucun fallback n'est configuré pour le modèle en échec, alors que vous avez défini des fallbacks : la config effective de cet agent ou de ce modèle n'en a aucun.
step-watch-one-turn = Suivez le log pendant que vous envoyez un message, pour voir l'erreur de ce tour.
step-find-full-ref = Listez les modèles configurés pour voir la ref complète provider/model à sélectionner.
catalogue-unnamed-summary = OpenClaw a affiché ce message lui-même, et il correspond à la cause du titre. Il ne dit pas quel fournisseur, modèle ou profil est concerné, c'est donc ce que montre la première étape.
session_pin_stale-foreign-summary = La conversation est épinglée sur { $profile }, un profil d'un autre fournisseur, alors qu'elle utilise un modèle { $provider }. Sélectionnez à nouveau le modèle sans profil pour retirer l'épinglage.
unknown_model-unregistered-summary = { $model } est autorisé dans la config mais pas enregistré sous models.providers.{ $provider }.models, donc OpenClaw ne le trouve pas. Enregistrez-le, et donnez à un fournisseur personnalisé son api et sa baseUrl.
step-register-model = Enregistrez le modèle sous son fournisseur.
auth_profile_provider_mismatch-app-server-summary = Le runtime Codex a reçu { $profile }, qui n'est pas une connexion ChatGPT/Codex qu'il accepte. Reconnectez-vous à ChatGPT/Codex pour qu'il obtienne un profil correspondant, et mettez à jour : la migration qui a créé ce profil a été corrigée depuis.
unknown-provider = le fournisseur
unknown-model = le modèle
unknown-profile = le profil
unknown-agent = l'agent
unknown-env = la variable de la clé
unknown-working = un autre profil
ask-doctor = doctor liste ce qu'il réparerait après une mise à jour (stores, ids, routes) sans rien modifier.

## Screenshots (issue 15): an image that could not be read. The too-large case uses error-too-large.
error-image-unreadable = { $path } n'a pas pu être lu comme capture d'écran PNG, JPEG ou WebP. Collez plutôt le texte de votre terminal.
error-image-pixels = { $path } fait { $width }×{ $height } pixels ; les captures d'écran sont lues jusqu'à { $limit } pixels. Recadrez l'image sur la fenêtre du terminal, ou collez le texte.
error-image-timeout = La lecture de la capture d'écran { $path } a pris trop de temps. Collez plutôt le texte de votre terminal.
error-image-unavailable = Les captures d'écran ne peuvent pas être lues ici pour le moment. Collez plutôt le texte de votre terminal.
error-image-no-text = Aucun texte de terminal n'a été trouvé dans { $path }. Collez plutôt le texte de votre terminal.
