# clawmedic — pt-BR (translation pending; English is used as fallback)
