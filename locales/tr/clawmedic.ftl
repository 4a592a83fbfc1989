# clawmedic — tr (translation pending; English is used as fallback)
