# clawmedic — ar (translation pending; English is used as fallback)
