# clawmedic — es (translation pending; English is used as fallback)
