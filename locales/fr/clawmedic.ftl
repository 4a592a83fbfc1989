# clawmedic — français.
# Les commandes, ids, noms de profils et refs de modèles ne font jamais partie de ces messages :
# ils arrivent en variables ($provider, $profile, $model, …) ou sont affichés par la mise en page dans des blocs de code.

## Reply layout

reply-title = Diagnostic clawmedic
reply-version-seen = OpenClaw { $version } (lu dans le texte collé).
reply-version-flag = OpenClaw { $version } (version indiquée).
reply-version-unknown = Version d'OpenClaw inconnue : les étapes ci-dessous fonctionnent sur toutes les versions, sauf mention contraire.
reply-version-floor = Version d’OpenClaw non indiquée ; votre collage ressemble à { $version } ou plus récent (chemin du stockage et identifiants).
reply-top-finding = Cause la plus probable : { $title }
reply-next-finding = Si cela ne règle pas le problème : { $title }
reply-evidence = Indices
reply-evidence-line = message { $message }, ligne { $line }
reply-ruled-out = Écarté
reply-steps = Prochaines étapes
reply-asks = Lancez ceci et collez la sortie
reply-need-more-info = Rien dans ce fil n'est encore concluant. Lancez les commandes ci-dessous et collez leur sortie (masquez les clés et les tokens).
reply-mask-reminder = Masquez les clés et les tokens avant de coller.
where-cli = shell de l'hôte du gateway
where-chat = ce chat
where-config = config
secret-warning =
    { $count ->
        [one] Le texte collé contenait un secret (une clé API ou un token). Il n'est pas répété ici. Supprimez ce message maintenant et faites la rotation du secret chez son fournisseur.
       *[other] Le texte collé contenait { $count } secrets (clés API ou tokens). Ils ne sont pas répétés ici. Supprimez ce message maintenant et faites la rotation de chacun d'eux chez son fournisseur.
    }
mojibake-note = Certains caractères du texte collé étaient mal encodés ; ils ont été corrigés avant la lecture.

## Notes

note-flag-too-new = Votre OpenClaw ne connaît pas encore { $flag } (arrivé en { $since }). Sans cette option : `{ $command }`
note-flag-too-new-plain = Votre OpenClaw ne connaît pas encore { $flag } (arrivé en { $since }) : relancez la même commande sans cette option.

## Cause titles

cause-oauth_expired = La connexion OAuth a expiré
cause-refresh_token_reused = Le refresh token a été utilisé deux fois
cause-oauth_scope_missing = Il manque un scope requis à la connexion
cause-missing_api_key = Aucun identifiant pour ce fournisseur
cause-invalid_api_key = La clé API est refusée
cause-external_cli_credential_stale = L'identifiant copié depuis une autre CLI est périmé
cause-pinned_profile_missing_credential = Le profil épinglé n'a pas d'identifiant
cause-auth_provider_not_loaded = La connexion cite un fournisseur qui n'est pas chargé
cause-per_agent_auth_store = L'identifiant se trouve dans le store d'un autre agent
cause-auth_store_migration_required = Le store d'authentification doit être migré
cause-profile_excluded_by_auth_order = L'ordre d'auth exclut les profils qui fonctionnent
cause-auth_order_not_applied = Le nouvel ordre d'auth n'a pas été appliqué
cause-session_pin_stale = Cette conversation utilise encore un ancien profil
cause-wrong_provider_prefix = La ref du modèle et le profil relèvent de fournisseurs différents
cause-auth_profile_provider_mismatch = Un profil est lié à un autre fournisseur
cause-legacy_codex_ids = Anciens ids openai-codex sur un build qui les a renommés
cause-unknown_model = Le modèle est inconnu du fournisseur ou de la config
cause-model_not_allowed = Le modèle n'est pas dans l'allowlist
cause-rate_limit_cooldown = Le fournisseur limite le débit ou est en cooldown
cause-billing_disabled = Le compte n'a plus de crédit
cause-provider_unreachable = Le fournisseur est injoignable
cause-fallbacks_stripped = Les fallbacks ont disparu de la config effective
cause-ollama_fallback_dropped = Le fallback Ollama ne peut pas répondre
cause-fallback_not_triggered = L'échec n'a jamais basculé sur un fallback
cause-runtime_unavailable = Le runtime Codex ne peut pas exécuter le tour
cause-cloudflare_403 = Les requêtes ChatGPT tombent sur un challenge Cloudflare
cause-version_regression = Un bug connu de ce build d'OpenClaw
cause-gateway_not_reloaded = Le gateway en cours d'exécution sert encore l'ancien état
cause-request_rejected = Le fournisseur a rejeté la requête elle-même
cause-status_display_mismatch = Un écran de statut avertit, mais les exécutions fonctionnent
cause-not_model_auth = Pas un problème d'authentification de modèle
cause-all_ok = Tout semble en bon état
cause-need_more_info = Il faut plus de sortie

## Finding summaries

oauth_expired-summary = La connexion enregistrée pour { $provider } ne peut plus renouveler son access token, donc chaque requête qui l'utilise échoue. Reconnectez-vous sur l'hôte du gateway, puis redémarrez le gateway.
refresh_token_reused-summary = Le refresh token de { $provider } a été consommé par deux clients (deux gateways, des copies par agent ou un token importé d'une CLI), et le fournisseur le refuse désormais. Reconnectez-vous une seule fois, gardez un seul gateway et placez le nouveau profil en premier.
oauth_scope_missing-summary = Le token de { $provider } n'a pas le scope requis par la requête, ou la connexion a demandé un scope que ce build n'a peut-être pas le droit d'utiliser.
missing_api_key-summary = L'agent qui a exécuté le tour n'a aucun identifiant pour { $provider }. Donnez-lui-en un, puis redémarrez le gateway.
invalid_api_key-summary = Une clé API pour { $provider } est envoyée puis refusée. Trouvez quelle clé l'emporte (un profil enregistré passe avant l'environnement du shell) et remplacez celle-là.
external_cli_credential_stale-summary = OpenClaw utilise un identifiant { $provider } copié depuis une autre CLI, et cette copie est périmée. Rafraîchissez la source, puis reconnectez-vous.
pinned_profile_missing_credential-summary = Le profil épinglé { $profile } ne contient aucun secret utilisable. Épinglez dès maintenant un profil qui fonctionne, ou donnez un identifiant à { $profile }.
auth_provider_not_loaded-summary = Aucun plugin chargé n'enregistre le fournisseur { $provider }, donc la connexion ne peut pas démarrer.
per_agent_auth_store-summary = L'agent { $agent } lit son propre store d'auth, et ce store n'a aucun identifiant { $provider } ; votre connexion est allée à un autre agent. Connectez-vous pour { $agent }.
auth_store_migration_required-summary = Ce build stocke les identifiants dans un nouveau format de store et ignore l'ancien tant que doctor ne l'a pas migré. Arrêtez le gateway, lancez doctor, vérifiez que les profils sont revenus, puis redémarrez-le.
profile_excluded_by_auth_order-summary = Tous les profils { $provider } utilisables sont exclus par l'ordre d'auth, donc rien n'est essayé. Videz l'ordre ou définissez-le avec les profils qui existent.
auth_order_not_applied-summary = Le changement d'ordre n'a pas atteint le store que lit l'agent, donc l'ancien ordre s'applique toujours.
session_pin_stale-summary = Cette conversation est épinglée sur { $profile }, expiré ou absent, alors que { $working } fonctionne. Réépinglez la conversation sur le profil qui fonctionne.
session_pin_stale-override-summary = La conversation a son propre override de profil ({ $profile }), que les changements faits via la CLI ne touchent pas. Réépinglez-le dans cette conversation.
session_pin_stale-cli-healthy-summary = La sonde CLI montre que { $working } fonctionne, mais la conversation échoue toujours : elle garde son ancien profil. Épinglez le profil qui fonctionne dans la conversation en échec ; l'exclusion de l'ancien profil de l'ordre est voulue, donc ne videz pas l'ordre.
wrong_provider_prefix-summary = Dans un épinglage, le fournisseur de la ref du modèle doit être celui du profil. { $profile } appartient à { $provider }, donc sur cette version la ref doit commencer par ce fournisseur.
wrong_provider_prefix-default-summary = Sur cette version, un modèle openai/… avec seulement une connexion OAuth Codex n'a aucun identifiant ; le modèle par défaut doit utiliser le fournisseur openai-codex.
auth_profile_provider_mismatch-summary = { $profile } appartient à un autre fournisseur et ne peut pas être placé dans l'ordre de { $provider }. Ne mettez dans l'ordre d'un fournisseur que ses propres profils ; pour un second fournisseur, utilisez un fallback de modèle.
legacy_codex_ids-summary = La config ou les profils utilisent encore les anciens ids openai-codex, que cette version a renommés ou refuse. Laissez doctor les migrer.
unknown_model-summary = { $model } ne figure ni dans le catalogue du fournisseur ni dans la config. Choisissez un id de modèle que le fournisseur liste.
model_not_allowed-summary = { $model } est hors de l'allowlist de modèles de l'agent. Ajoutez-le, puis sélectionnez-le à nouveau.
rate_limit_cooldown-summary = { $provider } est en pause après des erreurs de limite de débit ou de quota d'utilisation ; se reconnecter n'y change rien. Patientez, ou ajoutez un autre profil ou un fallback.
billing_disabled-summary = Le fournisseur a refusé pour des raisons de facturation ou de quota, et le profil est désactivé pour plusieurs heures. Rechargez votre crédit chez le fournisseur, ou changez de fournisseur en attendant.
provider_unreachable-summary = Aucune réponse exploitable n'est revenue de { $provider } (timeout, réseau, TLS ou erreur serveur). Vérifiez l'accessibilité depuis l'hôte du gateway.
fallbacks_stripped-summary = L'agent { $agent } définit son modèle comme une simple chaîne, ce qui remplace les fallbacks par défaut par une liste vide. Utilisez la forme objet avec une liste fallbacks.
ollama_fallback_dropped-summary = Le fallback Ollama n'a ni entrée de fournisseur ni clé factice, donc il échoue dès que la chaîne l'atteint.
fallback_not_triggered-summary = L'échec a terminé le tour sans essayer les fallbacks ; ce build a un bug à cet endroit (boucle ou limite d'utilisation).
fallback_not_triggered-selected-summary = Dans cette conversation, { $model } a été choisi à la main. Un modèle choisi par l'utilisateur est strict : il ne bascule jamais sur un fallback. Revenez au modèle par défaut.
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
step-verify = Vérifiez que la connexion fonctionne avec une sonde en direct.
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
step-pin-current-id = Puis épinglez cet id dans la conversation.
step-undo-5-5-rewrite = Annulez la réécriture 5.5 du modèle par défaut.
step-set-unified-ref = Ou définissez à la main la ref de modèle actuelle.
step-ollama-model-entry = Ajoutez le modèle à la liste des modèles du fournisseur ollama.
step-list-models = Listez les ids de modèles proposés par ce fournisseur.
step-set-listed-model = Définissez comme défaut un id de cette liste.
step-allow-model = Ajoutez le modèle à l'allowlist (avec la commande affichée par l'erreur).
step-see-cooldowns = Voyez quels profils sont en pause et pour combien de temps (Unavailable auth profiles).
step-add-fallback = Ajoutez un fallback sur un autre fournisseur pour que les tours continuent de fonctionner en attendant.
step-after-top-up = Après la recharge, effacez l'état de désactivation enregistré.
step-object-form-model = Écrivez le modèle de l'agent sous forme d'objet, avec ses fallbacks.
step-check-fallbacks = Vérifiez que Fallbacks (N) les liste maintenant.
step-reset-selection = Remettez cette conversation sur le modèle par défaut.
step-inspect-codex-plugin = Comparez la version du runtime du plugin codex à celle du cœur.
step-find-stale-plugin = Mettez à jour ou supprimez une copie externe périmée du plugin codex.
step-step-back-same-era = Ou revenez à la dernière bonne version de la même génération de stockage.
step-codex-backend-url = Si vous restez sur cette version : envoyez les requêtes Codex au backend ChatGPT.
step-new-session = Démarrez une nouvelle session dans cette conversation.
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
error-too-large = { $path } dépasse { $limit } octets ; collez seulement la sortie utile.
error-unknown-lang = Langue inconnue { $lang } ; utilisez l'une de celles-ci : { $list }.
error-bad-version = Impossible de lire la version d'OpenClaw { $version } ; utilisez la forme 2026.6.9.

## Discord and web front doors

cmd-diagnose-description = Diagnostiquer une sortie OpenClaw collée et obtenir la prochaine étape
opt-paste-description = La sortie à diagnostiquer (laisser vide pour ouvrir un formulaire pour les longs textes)
opt-file-description = Un fichier .txt, .log ou .json contenant la sortie
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
error-attachment-type = Seuls les fichiers .txt, .log et .json peuvent être lus.
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
opt-watch-mode-description = on: répondre aux sorties OpenClaw collées ici ; off: arrêter
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
pin-title = L'épinglage /model pour cette conversation
pin-model-placeholder = Remplacez <model> par un modèle proposé par { $provider } ; /models { $provider } dans le chat les liste.
status-title = Votre /model status, expliqué
status-current = Cette conversation utilise { $model }.
status-current-selected = Cette conversation utilise { $model }, choisi à la main : un modèle choisi ne bascule jamais sur un autre.
status-default = Le modèle par défaut est { $model }.
status-active = La prochaine requête vers { $provider } utilise le profil { $profile }.
status-auth-ok = { $profile } : connecté, valide encore { $remaining }.
status-auth-ok-plain = { $profile } : connecté.
status-auth-expiring = { $profile } : expire dans { $remaining } ; rafraîchissez bientôt la connexion.
status-auth-expired = { $profile } : la connexion a expiré.
status-auth-missing = { $profile } : aucun identifiant enregistré.
status-auth-cooldown = { $profile } : en pause après des erreurs (encore { $remaining }).
status-auth-disabled = { $profile } : désactivé ({ $reason }).
status-not-recognized = Ce n'est pas une sortie de /model status ou de models status. Lancez /model status dans la conversation en échec, ou openclaw models status sur l'hôte du gateway, et collez l'intégralité de la sortie.
web-language-auto = Comme le collage (détectée)
web-privacy = Rien de ce que vous collez n’est stocké ni journalisé ; seul le diagnostic est affiché.
step-unusable-name = Un nom de votre collage contient des caractères qu'aucun nom OpenClaw ne contient ; il n'est donc pas recopié dans cette commande : remplacez `{ $placeholder }` par le nom exact tel qu'il apparaît dans la sortie d'OpenClaw.

## Versions the asker gave, and input errors (CLI files, web, API).
note-version-not-a-release = La version indiquée, « { $given } », n'est pas une version d'OpenClaw connue de ce build ; elle n'a donc pas été utilisée. `openclaw --version` sur l'hôte du gateway affiche la version exacte.
note-version-conflict = Vous avez indiqué OpenClaw { $given }, mais le texte collé montre { $pasted } ; cette réponse utilise { $given }, la version indiquée.
error-file-is-dir = { $path } est un dossier, pas un fichier : indiquez le fichier qui contient la sortie.
error-file-permission = Impossible de lire { $path } : vous n'avez pas le droit de lire ce fichier.
error-malformed-json = Le corps de la requête n'est pas un JSON que cette API lit : envoyez un objet avec `paste` (texte) ou `messages` (une liste de textes).
error-bad-thread = L'identifiant de fil doit compter de 16 à 128 caractères parmi A-Z, a-z, 0-9, _ et - ; utilisez un identifiant aléatoire.
error-too-many-messages = Au plus { $limit } messages par requête ; envoyez les autres dans une deuxième requête.
