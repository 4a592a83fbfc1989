# clawmedic — ko (translation pending; English is used as fallback)
