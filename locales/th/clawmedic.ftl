# clawmedic — th (translation pending; English is used as fallback)
