# clawmedic — fr (translation pending; English is used as fallback)
