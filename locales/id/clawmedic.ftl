# clawmedic — id (translation pending; English is used as fallback)
