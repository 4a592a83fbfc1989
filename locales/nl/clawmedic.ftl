# clawmedic — nl (translation pending; English is used as fallback)
