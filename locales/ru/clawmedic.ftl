# clawmedic — ru (translation pending; English is used as fallback)
