# clawmedic — it (translation pending; English is used as fallback)
