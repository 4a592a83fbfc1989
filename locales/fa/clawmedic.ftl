# clawmedic — fa (translation pending; English is used as fallback)
