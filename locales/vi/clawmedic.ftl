# clawmedic — vi (translation pending; English is used as fallback)
